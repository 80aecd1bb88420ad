"""Match phrases from the lexicon against token runs, longest first."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from kg.text import Token, tokenize

T = TypeVar("T")


def key_of(tokens: Sequence[Token]) -> tuple[str, ...]:
    """Return the lookup key of a token run: its lower-cased token texts."""
    return tuple([t.key for t in tokens])  # from a list: faster than from a generator


class PhraseTable(Generic[T]):
    """A table from phrases (tokenised like article text) to values.

    Lookups first check the phrase's first (or last) word, so the common case of
    a token that starts no phrase costs one set look-up.
    """

    def __init__(self, items: Iterable[tuple[str, T]] = ()) -> None:
        self._table: dict[tuple[str, ...], T] = {}
        self._first: dict[str, int] = {}  # first word → longest phrase starting with it
        self._last: dict[str, int] = {}  # last word → longest phrase ending with it
        self.longest = 0
        for phrase, value in items:
            self.add(phrase, value)

    def add(self, phrase: str, value: T) -> None:
        """Add a phrase; the first value given for a phrase is kept."""
        key = key_of(tokenize(phrase))
        if key and key not in self._table:
            self._table[key] = value
            self.longest = max(self.longest, len(key))
            self._first[key[0]] = max(self._first.get(key[0], 0), len(key))
            self._last[key[-1]] = max(self._last.get(key[-1], 0), len(key))

    def starts(self, tokens: Sequence[Token]) -> list[int]:
        """Return the indices of the tokens a phrase may start at (in one pass)."""
        first = self._first
        return [i for i, t in enumerate(tokens) if t.key in first]

    def match(self, tokens: Sequence[Token], i: int) -> tuple[int, T] | None:
        """Return (end, value) of the longest phrase starting at token i (None past the end)."""
        if i >= len(tokens):
            return None
        longest = self._first.get(tokens[i].key)
        if longest is None:
            return None
        for j in range(min(len(tokens), i + longest), i, -1):
            value = self._table.get(key_of(tokens[i:j]))
            if value is not None:
                return j, value
        return None

    def match_ending(self, tokens: Sequence[Token], j: int) -> tuple[int, T] | None:
        """Return (start, value) of the longest phrase ending just before token j."""
        if j <= 0:
            return None
        longest = self._last.get(tokens[j - 1].key)
        if longest is None:
            return None
        for i in range(max(0, j - longest), j):
            value = self._table.get(key_of(tokens[i:j]))
            if value is not None:
                return i, value
        return None

    def __contains__(self, phrase: str) -> bool:
        return key_of(tokenize(phrase)) in self._table
