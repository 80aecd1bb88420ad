"""Score the built graph against gold facts (see the annotation guidelines).

Predictions are read back from the RDF, so what is scored is what users get.
Each gold fact matches at most one predicted fact, exact matches first.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, Dataset, URIRef

from kg.errors import GoldError
from kg.lexicon import Lexicon
from kg.text import fold
from kg.vocab import KG, ORG, SCHEMA

FAMILIES = ("posts", "exports", "events")


@dataclass
class Prediction:
    """A fact read back from the graph, with what scoring needs."""

    family: str
    article: str
    fields: dict[str, Any]
    evidence: str

    def describe(self) -> str:
        """Return a one-line view of the fact."""
        return _describe(self.family, self.fields)


@dataclass
class Score:
    """Counts of one family."""

    tp: int = 0
    predicted: int = 0
    required: int = 0
    matched_required: int = 0

    @property
    def precision(self) -> float:
        """Return matched predictions over predictions."""
        return self.tp / self.predicted if self.predicted else 1.0 if not self.required else 0.0

    @property
    def recall(self) -> float:
        """Return matched required gold facts over required gold facts."""
        return self.matched_required / self.required if self.required else 1.0

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """Return the figures as a mapping."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "true_positives": self.tp,
            "predicted": self.predicted,
            "gold": self.required,
        }


@dataclass
class Report:
    """Scores by family, with every miss and spurious fact."""

    scores: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FAMILIES})
    missed: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    spurious: list[Prediction] = field(default_factory=list)
    unmatched_gold_files: list[str] = field(default_factory=list)

    @property
    def micro(self) -> Score:
        """Return the counts summed over the families."""
        total = Score()
        for s in self.scores.values():
            total.tp += s.tp
            total.predicted += s.predicted
            total.required += s.required
            total.matched_required += s.matched_required
        return total

    def as_dict(self) -> dict[str, Any]:
        """Return the report as JSON-ready data."""
        return {
            **{f: s.as_dict() for f, s in self.scores.items()},
            "micro": self.micro.as_dict(),
            "missed": [{"article": a, "family": f, "fact": g} for a, f, g in self.missed],
            "spurious": [
                {"article": p.article, "family": p.family, "fact": p.fields, "evidence": p.evidence}
                for p in self.spurious
            ],
            "gold_files_without_article": self.unmatched_gold_files,
        }


class Names:
    """Compare names as the guidelines say: folded, accents and honorifics dropped."""

    def __init__(self, lexicon: Lexicon) -> None:
        names = lexicon["names.json"]
        words = {fold(h).rstrip(".") for h in names["honorifics"] + names["ranks"]}
        self._honorific = {w for w in words if " " not in w}
        self._retired = {fold(r) for r in names["retired"]}

    def key(self, name: str) -> str:
        """Return the comparison key of a person or place name."""
        words = [w.rstrip(".,") for w in fold(name).split() if fold(w) not in self._retired]
        while words and words[0] in self._honorific and len(words) > 1:
            words = words[1:]
        return " ".join(words)


def load_gold(gold_dir: Path) -> list[dict[str, Any]]:
    """Load and check every gold file of a folder."""
    files = sorted(gold_dir.glob("*.json")) if gold_dir.is_dir() else []
    if not files:
        raise GoldError(f"{gold_dir}: no gold files (*.json) found")
    golds = []
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise GoldError(f"{path}: not a readable JSON gold file ({exc})") from exc
        if not isinstance(data, dict) or not isinstance(data.get("article"), str):
            raise GoldError(f"{path}: a gold file needs an 'article' string")
        for family in FAMILIES:
            if not isinstance(data.get(family, []), list):
                raise GoldError(f"{path}: '{family}' must be a list")
        data["_path"] = str(path)
        golds.append(data)
    return golds


def predictions(dataset: Dataset) -> dict[str, list[Prediction]]:
    """Read every fact of the graph, keyed by each of its article's names."""
    by_article: dict[str, list[Prediction]] = {}
    for graph in dataset.graphs():
        if (
            not isinstance(graph.identifier, URIRef)
            or (graph.identifier, RDF.type, KG.Article) not in graph
        ):
            continue
        keys = _article_keys(graph, graph.identifier)
        facts = list(_graph_facts(graph))
        for key in keys:
            by_article.setdefault(key, []).extend(facts)
    return by_article


def _article_keys(graph: Any, article: URIRef) -> list[str]:
    keys = [str(article).rsplit("/", 1)[-1]]
    for source in graph.objects(article, KG.sourceFile):
        path = re.sub(r":\d+$", "", str(source))
        keys.append(Path(path).name)
    return keys


def _graph_facts(graph: Any) -> Iterable[Prediction]:
    def names(node: Any) -> list[str]:
        return [str(v) for p in (SCHEMA.name, SCHEMA.alternateName) for v in graph.objects(node, p)]

    def first(node: Any, prop: Any) -> Any:
        return next(iter(graph.objects(node, prop)), None)

    article = str(graph.identifier).rsplit("/", 1)[-1]
    for post in graph.subjects(RDF.type, ORG.Post):
        holder = first_subject(graph, ORG.holds, post)
        org = first(post, ORG.postIn)
        country = first(org, KG.country) if org is not None else None
        fields = {
            "person": names(holder),
            "country": _iso3(graph, country),
            "title": str(first(post, RDFS.label) or ""),
            "org": str(first(org, SCHEMA.name) or ""),
        }
        yield Prediction("posts", article, fields, str(first(post, KG.evidence) or ""))
    for flow in graph.subjects(RDF.type, KG.TradeFlow):
        product = first(flow, KG.product)
        fields = {
            "exporter": _iso3(graph, first(flow, KG.exporter)),
            "importer": _iso3(graph, first(flow, KG.importer)),
            "product": names(product),
        }
        yield Prediction("exports", article, fields, str(first(flow, KG.evidence) or ""))
    for kind, cls in (("meeting", KG.Meeting), ("visit", KG.Visit)):
        for event in graph.subjects(RDF.type, cls):
            location = first(event, SCHEMA.location)
            places: list[str] = []
            seen = set()
            while location is not None and location not in seen:
                seen.add(location)
                places.extend(names(location))
                location = first(location, SCHEMA.containedInPlace)
            date = first(event, SCHEMA.startDate)
            fields = {
                "type": kind,
                "participants": [names(p) for p in graph.objects(event, SCHEMA.attendee)],
                "location": places,
                "date": str(date) if date is not None else "",
                "planned": (event, SCHEMA.eventStatus, SCHEMA.EventScheduled) in graph,
            }
            yield Prediction("events", article, fields, str(first(event, KG.evidence) or ""))


def first_subject(graph: Any, prop: Any, obj: Any) -> Any:
    """Return one subject of (?, prop, obj), or None."""
    return next(iter(graph.subjects(prop, obj)), None)


def _iso3(graph: Any, country: Any) -> str | None:
    if country is None:
        return None
    value = next(iter(graph.objects(country, KG.iso3)), None)
    return str(value) if value is not None else str(country).rsplit("/", 1)[-1]


class Scorer:
    """Match predictions to gold facts, family by family."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.names = Names(lexicon)

    def score(self, golds: list[dict[str, Any]], by_article: dict[str, list[Prediction]]) -> Report:
        """Return the report of all gold files against the predictions."""
        report = Report()
        for gold in golds:
            article = gold["article"]
            predicted = by_article.get(article)
            if predicted is None:
                report.unmatched_gold_files.append(gold["_path"])
                predicted = []
            for family in FAMILIES:
                self._family(
                    report,
                    family,
                    article,
                    gold.get(family, []),
                    [p for p in predicted if p.family == family],
                )
        return report

    def _family(
        self,
        report: Report,
        family: str,
        article: str,
        gold: list[dict[str, Any]],
        predicted: list[Prediction],
    ) -> None:
        score = report.scores[family]
        match = getattr(self, f"_match_{family}")
        free = list(range(len(predicted)))
        open_gold = list(range(len(gold)))
        pairs: list[tuple[int, int]] = []
        # exact matches first, then the looser ones; each a maximum matching
        for strict in (True, False):
            found = _max_matching(
                open_gold,
                free,
                lambda g, p: match(gold[g], predicted[p], strict),  # noqa: B023
                priority=lambda g: bool(gold[g].get("optional")),
            )
            pairs.extend(found)
            used_gold = {g for g, _ in found}
            used_pred = {p for _, p in found}
            open_gold = [g for g in open_gold if g not in used_gold]
            free = [p for p in free if p not in used_pred]
        optional_hits = sum(1 for g, _ in pairs if gold[g].get("optional"))
        hits = len(pairs) - optional_hits
        score.matched_required += hits
        score.tp += hits
        score.required += sum(1 for g in gold if not g.get("optional"))
        score.predicted += len(predicted) - optional_hits
        report.missed.extend(
            (article, family, gold[g]) for g in open_gold if not gold[g].get("optional")
        )
        report.spurious.extend(replace(predicted[p], article=article) for p in free)

    # -- matchers ----------------------------------------------------------------------------

    def _person(self, gold_name: str, names: list[str]) -> bool:
        key = self.names.key(gold_name)
        return any(self.names.key(n) == key for n in names)

    def _match_posts(self, g: dict[str, Any], p: Prediction, strict: bool) -> bool:
        f = p.fields
        if not self._person(g["person"], f["person"]) or g.get("country") != f["country"]:
            return False
        keys = g.get("key") or []
        text = fold(f"{f['title']} {f['org']}")
        return not keys or any(fold(k) in text for k in keys)

    def _match_exports(self, g: dict[str, Any], p: Prediction, strict: bool) -> bool:
        f = p.fields
        if g.get("exporter") != f["exporter"] or g.get("importer") != f["importer"]:
            return False
        gold = fold(g.get("product") or "")
        names = [fold(n) for n in f["product"]]
        if strict:
            return gold in names
        return any(_head(gold) == _head(n) for n in names)

    def _match_events(self, g: dict[str, Any], p: Prediction, strict: bool) -> bool:
        f = p.fields
        if not f["date"] or not f["date"].startswith(g.get("date") or ""):
            return False
        gold_places = {self.names.key(x) for x in g.get("location") or []}
        if not gold_places & {self.names.key(x) for x in f["location"]}:
            return False
        people = g.get("participants") or []
        if people:
            attendees = [n for names in f["participants"] for n in names]
            if not any(self._person(person, attendees) for person in people):
                return False
        return not strict or g.get("type") == f["type"]


def _max_matching(
    golds: list[int], preds: list[int], fits: Any, priority: Any
) -> list[tuple[int, int]]:
    """Return a maximum one-to-one matching (Kuhn's augmenting paths), required gold first."""
    edges = {g: [p for p in preds if fits(g, p)] for g in golds}
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in sorted(golds, key=priority):
        augment(g, set())
    return sorted((g, p) for p, g in owner.items())


def _head(product: str) -> str:
    words = re.findall(r"[\w-]+", product)
    if not words:
        return ""
    head = words[-1]
    return head[:-1] if head.endswith("s") and len(head) > 3 else head


def _describe(family: str, f: dict[str, Any]) -> str:
    if family == "posts":
        return f"{(f['person'] or ['?'])[0]} — {f['title']} ({f['org']}, {f['country']})"
    if family == "exports":
        return f"{f['exporter']} → {f['importer'] or '?'}: {(f['product'] or ['?'])[0]}"
    who = ", ".join(n[0] for n in f["participants"] if n) or "—"
    where = " < ".join(f["location"]) or "?"
    planned = " (planned)" if f.get("planned") else ""
    return f"{f['type']} {f['date'] or '?'} at {where}: {who}{planned}"


def describe_gold(family: str, g: dict[str, Any]) -> str:
    """Return a one-line view of a gold fact."""
    if family == "posts":
        return f"{g.get('person')} — {'/'.join(g.get('key') or [])} ({g.get('country')})"
    if family == "exports":
        return f"{g.get('exporter')} → {g.get('importer') or '?'}: {g.get('product')}"
    who = ", ".join(g.get("participants") or []) or "—"
    planned = " (planned)" if g.get("planned") else ""
    return f"{g.get('type')} {g.get('date')} at {'/'.join(g.get('location') or [])}: {who}{planned}"
