"""The literal strings a pattern needs, and the gate built on them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.literals import gate_of, joinable, required_literals
from kg.text import Caseless


@pytest.mark.parametrize(
    ("pattern", "groups"),
    [
        (r"\bexports?\s+of\s+(?:goods|items)\b", [("export",), ("goods", "items")]),
        (r"(?:accounts?|made up) for", [("account", "made up"), (" for",)]),
        (r"(?:to )?market", [("market",)]),  # optional parts need nothing
        (r"(?:sales|\w+) of", [(" of",)]),  # a branch that needs nothing: neither does the choice
        (r"(?i:export) of", [(" of",)]),  # case-insensitive parts are not literals
        (r"(?i)export", []),
        (r"(?=export)x|y", []),
        (r"(unbalanced", []),
    ],
)
def test_required_literals(pattern: str, groups: list[tuple[str, ...]]) -> None:
    assert required_literals(pattern) == groups


def test_no_groups_no_gate() -> None:
    assert gate_of([]) is None
    holds = gate_of([("ab", "cd"), ("xyz",)])
    assert holds is not None
    assert holds("cd xyz") and not holds("ab cd")


_PATTERNS = [
    r"\b(?:shipments|exports?|sales) of (?P<list>[^;]+?) to ⟦c\d+⟧",
    r"(?:^|(?<=, ))(?P<list>[a-z ]+) (?:accounts?|made up|forms?) (?:for )?\d+%",
    r"\bthe\s+(?:[a-z-]+\s+)?(?:minister|envoy)\b",
]
_WORDS = ["shipments", "exports", "sales", "of", "to", "⟦C0⟧", "tea", "made", "up", "for", "40%"]


@given(st.lists(st.sampled_from([*_WORDS, "accounts", "the", "Minister", ",", "İ"]), max_size=12))
def test_gate_changes_no_result(words: list[str]) -> None:
    text = " ".join(words)
    for pattern in _PATTERNS:
        caseless = Caseless(pattern)
        expected = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
        assert [m.span() for m in caseless.finditer(text)] == expected
        assert bool(caseless.search(text)) == bool(expected)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^\(?(photo|image)\)?$", True),
        (r"(?i:x)|(a)", True),
        (r"(a)\1", False),  # a back-reference's number changes beside other patterns
        (r"(?P<x>a)(?P=x)", False),
        (r"(a)?(?(1)b|c)", False),
        (r"(?i)abc", False),  # a global flag would reach the other patterns
        (r"(unbalanced", False),
    ],
)
def test_joinable(pattern: str, expected: bool) -> None:
    assert joinable(pattern) is expected
