"""Match phrases from the lexicon against token runs, longest first."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from kg.text import Token, tokenize

T = TypeVar("T")


def key_of(tokens: Sequence[Token]) -> tuple[str, ...]:
    """Return the lookup key of a token run: its lower-cased token texts."""
    return tuple(t.text.lower().replace("’", "'") for t in tokens)


class PhraseTable(Generic[T]):
    """A table from phrases (tokenised like article text) to values."""

    def __init__(self, items: Iterable[tuple[str, T]] = ()) -> None:
        self._table: dict[tuple[str, ...], T] = {}
        self.longest = 0
        for phrase, value in items:
            self.add(phrase, value)

    def add(self, phrase: str, value: T) -> None:
        """Add a phrase; the first value given for a phrase is kept."""
        key = key_of(tokenize(phrase))
        if key and key not in self._table:
            self._table[key] = value
            self.longest = max(self.longest, len(key))

    def match(self, tokens: Sequence[Token], i: int) -> tuple[int, T] | None:
        """Return (end, value) of the longest phrase starting at token i."""
        for j in range(min(len(tokens), i + self.longest), i, -1):
            value = self._table.get(key_of(tokens[i:j]))
            if value is not None:
                return j, value
        return None

    def match_ending(self, tokens: Sequence[Token], j: int) -> tuple[int, T] | None:
        """Return (start, value) of the longest phrase ending just before token j."""
        for i in range(max(0, j - self.longest), j):
            value = self._table.get(key_of(tokens[i:j]))
            if value is not None:
                return i, value
        return None

    def __contains__(self, phrase: str) -> bool:
        return key_of(tokenize(phrase)) in self._table
