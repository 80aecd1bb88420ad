"""Property-based tests: any text, any bytes, and the build neither raises nor writes bad RDF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, Dataset, URIRef

from kg.lexicon import load_lexicon
from kg.parallel import extract_file, make_tools
from kg.rdf import article_iri
from kg.readers import RawDoc, read_file
from kg.resolve import resolve
from kg.serialize import GraphTextWriter, header
from kg.vocab import KG

TOOLS = make_tools(load_lexicon())

#: pieces of the genre, so that generated text reaches deep into the extractors
FRAGMENTS = [
    "ISLAMABAD, 12 June 2024 (APP):",
    "MINSK, 23 May (BelTA) –",
    "Federal Minister for Commerce",
    "Ambassador of Belarus",
    "Minister of Foreign Affairs of Kazakhstan",
    "Prime Minister",
    "Jam Kamal Khan",
    "Andrei Metelitsa",
    "Khan",
    "Dr.",
    "met",
    "called on",
    "held talks with",
    "visited",
    "will visit",
    "is on a three-day official visit to",
    "Pakistan",
    "Belarus",
    "China",
    "Türkiye",
    "the UAE",
    "Pakistani",
    "Belarusian",
    "exports to",
    "'s exports to",
    "imports",
    "from",
    "include",
    "rice, textiles and tractors",
    "mangoes",
    "on Monday",
    "last month",
    "on 9 May",
    "in Rawalpindi",
    "at the Ministry of Commerce",
    ".",
    ",",
    " and ",
    "\n\n",
    "(",
    ")",
    '"',
    "’",
    "—",
    "Also Read:",
    "\ufffd",
]
NEWSY = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=60).map(
    " ".join
)
TEXT = st.one_of(st.text(max_size=1500), NEWSY)
SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=True,
)


def _rdf_of(raw: RawDoc) -> tuple[object, Dataset]:
    article = TOOLS.reader.read(raw)
    facts = TOOLS.extractor.extract(article)
    for fact in (*facts.posts, *facts.flows, *facts.events):
        evidence = fact.evidence
        assert 0 <= evidence.start <= evidence.end <= len(article.text)
        assert article.text[evidence.start : evidence.end] == evidence.sentence
        assert 0.0 <= evidence.confidence <= 1.0
    text = GraphTextWriter(TOOLS.gazetteer, resolve([facts])).write(facts)
    quads = Dataset()
    quads.parse(data=text.nquads(), format="nquads")
    trig = Dataset()
    trig.parse(data=header() + text.trig, format="trig")
    assert set(quads.quads()) == set(trig.quads())
    iri = article_iri(article)
    assert (iri, RDF.type, KG.Article, iri) in quads.quads((iri, RDF.type, KG.Article, iri))
    assert {g for _, _, _, g in quads.quads()} == {URIRef(text.name)}
    return facts, quads


@SETTINGS
@given(text=TEXT)
def test_extractors_take_any_text(text: str) -> None:
    _rdf_of(RawDoc("prop", text, "prop.txt", "text"))


@SETTINGS
@given(text=TEXT, title=st.none() | st.text(max_size=40), date=st.none() | st.text(max_size=30))
def test_extractors_take_any_feed_record(text: str, title: str | None, date: str | None) -> None:
    _rdf_of(RawDoc("feed-1", text, "feed.jsonl:1", "jsonl", title, date, None, title))


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".jsonl"])
def test_any_bytes_in_any_format_are_read_or_reported(suffix: str, tmp_path: Path) -> None:
    @settings(max_examples=60, deadline=None, derandomize=True)
    @given(data=st.binary(max_size=600) | NEWSY.map(lambda t: t.encode("utf-8", "surrogatepass")))
    def check(data: bytes) -> None:
        path = tmp_path / f"x{suffix}"
        path.write_bytes(data)
        docs, problems = read_file(path, "x")
        assert all(p.source.startswith(path.as_posix()) and p.reason for p in problems)
        result = extract_file(path, "x", TOOLS)
        assert len(result.articles) <= len(docs)
        assert not docs or result.articles or result.problems

    check()


@SETTINGS
@given(
    lines=st.lists(
        st.one_of(
            st.text(max_size=80),
            st.builds(
                lambda i, t: json.dumps({"id": i, "text": t}),
                st.one_of(st.none(), st.text(max_size=8), st.integers()),
                NEWSY,
            ),
        ),
        max_size=8,
    )
)
def test_jsonl_lines_never_stop_the_feed(lines: list[str], tmp_path_factory) -> None:
    path = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    result = extract_file(path, "feed", TOOLS)
    ids = [a.iri for a in result.articles]
    assert len(ids) == len(set(ids))
    for problem in result.problems:
        assert problem.source.startswith(path.as_posix())
