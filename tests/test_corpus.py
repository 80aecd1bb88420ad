"""Accuracy on the project's gold corpora, kept from sliding back.

The floors sit a little under the figures in the README; a change that lowers
accuracy on the held-back part fails here even when every unit test passes.
"""

from __future__ import annotations

from functools import cache

import pytest
from conftest import CORPUS, ROOT, SEEDS, SEEDS_GOLD
from rdflib import Graph

import kg
from kg.evaluate import Report, Scorer, load_gold, predictions
from kg.lexicon import load_lexicon

FLOORS = {
    "seeds": {"micro": 0.95},
    # (dev and blind grew on 2026-12-02 and 2026-12-03 with harder articles written
    # those days: their floors follow the figures of the larger sets, not a loss; dev
    # events went from 0.885 to 0.871 when the sets ak, al and am joined, and are 0.879;
    # with ap to au, dev went from 0.923 to 0.915 (posts 0.941 to 0.937) and is 0.919;
    # with av to ax it went from 0.919 to 0.916 and is 0.921; blind events went from
    # 0.808 to 0.789 when ay joined, and are 0.795; on 2026-12-03 blind events went from
    # 0.797 to 0.774 when bm and bo joined, and are 0.785; blind posts went from 0.937
    # to 0.928 when br and bt joined, and are 0.930)
    "dev": {"micro": 0.91, "posts": 0.93, "exports": 0.92, "events": 0.87},
    "holdout": {"micro": 0.93, "posts": 0.94, "exports": 0.94, "events": 0.90},
    # written blind while the rules changed and never tuned on (see README, Accuracy)
    "blind": {"micro": 0.85, "posts": 0.92, "exports": 0.84, "events": 0.77},
}


@cache
def build(name: str) -> kg.BuildResult:
    inputs = [SEEDS] if name == "seeds" else [CORPUS / name]
    result = kg.build_corpus(inputs)
    assert not [p for p in result.problems if p.severity == "error"], result.problems
    return result


def report(name: str) -> Report:
    gold = SEEDS_GOLD if name == "seeds" else CORPUS / name / "gold"
    return Scorer(load_lexicon()).score(load_gold(gold), predictions(build(name).dataset))


@pytest.mark.parametrize("name", ["seeds", "dev", "holdout", "blind"])
def test_accuracy_floor(name: str) -> None:
    result = report(name)
    assert result.unmatched_gold_files == []
    for family, floor in FLOORS[name].items():
        score = result.micro if family == "micro" else result.scores[family]
        assert score.f1 >= floor, f"{name} {family} F1 {score.f1:.3f} < {floor}"


def test_no_flow_from_wished_for_trade_in_the_corpus() -> None:
    """Every spurious export in the corpora is listed, so none can hide there."""
    for name in ("dev", "holdout", "blind"):
        hedged = [
            p
            for p in report(name).spurious
            if p.family == "exports"
            and any(w in p.evidence.lower() for w in ("potential", "keen", "can become", "hope"))
        ]
        assert hedged == [], [(p.describe(), p.evidence) for p in hedged]


@pytest.mark.parametrize("name", ["dev", "holdout"])
def test_corpus_graph_conforms_to_the_shapes(name: str) -> None:
    pyshacl = pytest.importorskip("pyshacl")
    union = Graph()
    for s, p, o, _ in build(name).dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    ontology = Graph().parse(ROOT / "ontology" / "newskg.ttl")
    conforms, _, text = pyshacl.validate(union, shacl_graph=shapes, ont_graph=ontology)
    assert conforms, text


def test_corpus_has_the_promised_breadth() -> None:
    """At least 40 articles, 15 countries, 5 HTML pages and a JSONL feed, as issue 3 asks."""
    files = [p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".html", ".jsonl")]
    golds = list(CORPUS.rglob("gold/*.json"))
    assert len(golds) >= 40
    assert sum(p.suffix == ".html" for p in files) >= 5
    assert any(p.suffix == ".jsonl" for p in files)
    countries = {
        iso3
        for name in ("dev", "holdout")
        for facts in build(name).facts
        for f in facts.flows
        for iso3 in (f.exporter, f.importer)
        if iso3
    }
    assert len(countries) >= 15
