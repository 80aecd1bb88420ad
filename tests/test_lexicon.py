"""Language data: loading, checking, and extending it without touching code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.article import article_reader_for
from kg.cli import cli
from kg.errors import LexiconError
from kg.extract import extractor_for
from kg.extract.trade import TradeExtractor
from kg.gazetteer import gazetteer_for
from kg.lexicon import SCHEMA, load_lexicon
from kg.model import Facts, Location
from kg.readers import RawDoc

ARTICLE = (
    "LUSAKA, 3 March 2025 (ZNBC): Chief Trade Negotiator Mwansa Phiri received the "
    "Ambassador of Zambia. Zambia dispatched copper and cobalt to China last year."
)


def _write(folder: Path, name: str, data: dict) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(json.dumps(data), encoding="utf-8")


def _facts(dataset) -> tuple[set[str], set[str]]:
    posts = {
        str(r[0])
        for r in dataset.query(
            "PREFIX org: <http://www.w3.org/ns/org#> PREFIX schema: <https://schema.org/> "
            "SELECT ?n WHERE { ?p org:holds ?post ; schema:name ?n }"
        )
    }
    products = {
        str(r[0])
        for r in dataset.query(
            "PREFIX kg: <https://w3id.org/newskg/ontology#> PREFIX schema: <https://schema.org/> "
            "SELECT ?n WHERE { ?f a kg:TradeFlow ; kg:product/schema:name ?n }"
        )
    }
    return posts, products


def test_packaged_data_loads_and_has_every_file() -> None:
    lexicon = load_lexicon()
    assert set(lexicon.files) == set(SCHEMA)


def test_packaged_event_triggers_keep_their_literal_gates() -> None:
    # a trigger without a selective literal ('go on to') turns a gate off for every sentence
    events = extractor_for(load_lexicon()).events
    assert events.meeting_literals is not None
    assert events.visit_literals is not None
    assert events.past_session_gate is not None


def test_readme_extension_adds_a_title_and_a_trade_verb(tmp_path: Path) -> None:
    article = tmp_path / "zambia.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    before = _facts(kg.build([article]))
    assert "Mwansa Phiri" not in before[0]
    assert "copper" not in before[1]

    words = tmp_path / "my-words"
    _write(
        words,
        "roles.json",
        {
            "titles": [
                {
                    "head": "Chief Trade Negotiator",
                    "role": "Official",
                    "org": "Ministry of Trade",
                }
            ]
        },
    )
    _write(words, "trade.json", {"words": {"export_verb": ["dispatches", "dispatched"]}})
    after = _facts(kg.build([article], lexicon_dirs=[words]))
    assert "Mwansa Phiri" in after[0]
    assert {"copper", "cobalt"} <= after[1]


def test_a_user_pattern_is_used(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("COLOMBO, 2024-08-22 — Sri Lanka shipped off tea to Iran.", encoding="utf-8")
    words = tmp_path / "words"
    _write(
        words,
        "trade.json",
        {
            "patterns": [
                {"name": "ships-off", "regex": "{EXP} (?:<adv> )?shipped off {LIST} to {IMP}"}
            ]
        },
    )
    assert "tea" not in _facts(kg.build([article]))[1]
    assert "tea" in _facts(kg.build([article], lexicon_dirs=[words]))[1]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("roles.json", "{", "not valid JSON"),
        ("roles.json", '{"titles": {}}', "'titles' must be a JSON list"),
        ("roles.json", '{"titles": [{"head": "Consul"}]}', "needs 'head', 'role' and 'org'"),
        ("trade.json", '{"patterns": [{"name": "x"}]}', "needs 'name' and 'regex'"),
        (
            "trade.json",
            '{"patterns": [{"name": "x", "regex": "{LIST}", "implicit": "buyer"}]}',
            "'implicit' must be",
        ),
        (
            "trade.json",
            '{"patterns": [{"name": "x", "regex": "{LIST}", "rivals": "both"}]}',
            "'rivals' must be",
        ),
        (
            "trade.json",
            '{"patterns": [{"name": "x", "regex": "{LIST}", "closed": "yes"}]}',
            "'closed' must be",
        ),
        ("roles.json", '{"titles": [{"head": "Tsar", "role": "Tsar", "org": "x"}]}', "use one of"),
        ("colours.json", "{}", "unknown lexicon file"),
    ],
)
def test_malformed_user_data_is_named(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as error:
        load_lexicon([tmp_path])
    assert name in str(error.value)


def test_an_unknown_word_class_in_a_user_pattern_is_named(tmp_path: Path) -> None:
    (tmp_path / "trade.json").write_text(
        '{"patterns": [{"name": "x", "regex": "{EXP} <sends> {LIST} to {IMP}"}]}',
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="<sends>, which is no word class"):
        TradeExtractor(load_lexicon([tmp_path]), gazetteer_for(load_lexicon()))


def test_a_broken_user_regex_is_a_clear_cli_error(tmp_path: Path) -> None:
    words = tmp_path / "words"
    _write(words, "trade.json", {"patterns": [{"name": "bad", "regex": "{EXP} (unclosed"}]})
    article = tmp_path / "a.txt"
    article.write_text("Pakistan exports rice to China.", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["build", str(article), "--out", str(tmp_path / "out"), "--lexicon", str(words)]
    )
    assert result.exit_code == 1
    assert "trade.json" in result.output and "Traceback" not in result.output


def _read(text: str, lexicon_dirs: list[Path]) -> Facts:
    """Return what the extractors find in `text` with the packaged data and `lexicon_dirs`."""
    lexicon = load_lexicon(lexicon_dirs)
    article = article_reader_for(lexicon).read(RawDoc("t", text, "t.txt", "text"))
    return extractor_for(lexicon).extract(article)


def test_a_user_venue_noun_places_a_meeting_at_the_venue(tmp_path: Path) -> None:
    text = (
        "DUBAI, March 3, 2025 (WAM): Minister of Economy Abdulla bin Touq Al Marri met Kenyan "
        "Trade Minister Lee Kinyanjui at the Kenya Pavilion on Monday."
    )
    before = _read(text, [])
    assert [e.location.name for e in before.events if e.location] == ["Kenya"]

    words = tmp_path / "words"
    _write(words, "events.json", {"venue_nouns": ["Pavilion"]})
    (event,) = _read(text, [words]).events
    assert event.location == Location("Kenya Pavilion", "ARE", "place", "Dubai")


def test_a_user_abbreviation_ends_no_sentence(tmp_path: Path) -> None:
    text = (
        "ISLAMABAD, March 3, 2025 (APP): Pakistan exported rice worth Rs. 5 billion to Kenya "
        "last year."
    )
    # 'Rs.' before '5' ends the sentence: Kenya is in the next one
    assert {(f.exporter, f.importer) for f in _read(text, []).flows} == {("PAK", None)}

    words = tmp_path / "words"
    _write(words, "text.json", {"abbreviations": ["rs"]})
    flows = {(f.exporter, f.importer, f.product) for f in _read(text, [words]).flows}
    assert flows == {("PAK", "KEN", "rice")}
