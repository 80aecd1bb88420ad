"""Compiled regular expressions pickled with their program (kg.patterns)."""

from __future__ import annotations

import pickle
import re

import pytest

from kg import patterns
from kg.readers import RawDoc

PATTERNS = [
    re.compile(r"(?P<who>[A-Z]\w+) (?:met|received) (\w+)"),
    re.compile(r"(?i)minister of (?P<office>trade|foreign affairs)\b"),
    re.compile(r"\d{1,3}(?:,\d{3})*", re.ASCII),
    re.compile(r"^\s*#+\s*(.+)$", re.MULTILINE),
    re.compile(r"(a)\1|(?=b)b(?<!c)"),
    re.compile(rb"\x00+"),
]
TEXT = "Pakistan met Kenya; Minister of TRADE 12,345\n# Head\naa b"


def refuse_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make compiling a pattern (re.compile, or unpickling a plain pattern) fail."""

    def refuse(*args: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(re, "compile", refuse)
    monkeypatch.setattr(re, "_compile", refuse)


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: repr(p.pattern))
def test_a_pattern_loads_equal_without_compiling(
    pattern: re.Pattern, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = patterns.dumps({"nested": [pattern, pattern]})
    refuse_compiling(monkeypatch)
    loaded = pickle.loads(data)["nested"]
    assert loaded[0] is loaded[1]
    assert loaded[0] == pattern
    assert loaded[0].groupindex == pattern.groupindex
    text = TEXT.encode() if isinstance(pattern.pattern, bytes) else TEXT
    assert [m.span() for m in loaded[0].finditer(text)] == [
        m.span() for m in pattern.finditer(text)
    ]


def test_another_engine_compiles_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    data = patterns.dumps(PATTERNS)
    monkeypatch.setattr(patterns, "ENGINE", ("another", 0, 0))
    assert pickle.loads(data) == PATTERNS


def test_the_cached_tools_load_without_compiling(lexicon, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader and extractor a rebuild loads from the cache compile no pattern again."""
    from kg.parallel import make_tools

    data = patterns.dumps(make_tools(lexicon))
    with monkeypatch.context() as patched:
        refuse_compiling(patched)
        tools = pickle.loads(data)
    raw = RawDoc("x", "ISLAMABAD, Nov 5, 2024 (APP): Pakistan exports rice to Kenya.", "x", "text")
    flows = tools.extractor.extract(tools.reader.read(raw)).flows
    assert [(f.exporter, f.importer, f.product) for f in flows] == [("PAK", "KEN", "rice")]


def test_the_packaged_trade_patterns_stay_caseless(lexicon) -> None:
    """A pattern falls back to slow IGNORECASE only for a case-sensitive part of its own
    ({ORG}, {PRODUCT}, [A-Z]); an upper-case letter slipped into a shared slot (an 'FY' in
    {TIME} once made every pattern holding it 2.5× slower) fails here."""
    from kg.extract import extractor_for
    from kg.text import Caseless

    templates = {p["name"]: p["regex"] for p in lexicon["trade.json"]["patterns"]}
    cased = [
        p.name
        for p in extractor_for(lexicon).trade.patterns
        if not isinstance(p.regex, Caseless)
        and not any(part in templates[p.name] for part in ("{ORG}", "{PRODUCT}", "[A-Z]"))
    ]
    assert cased == []
