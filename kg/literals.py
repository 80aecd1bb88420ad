"""The literal strings a regular expression cannot match without: a cheap gate.

`required_literals(r"(?:exports?|sales) of \\w+ to")` is `[("export", "sales"), (" of ",)]`
in spirit: every match holds one string of each group. A text holding no string
of some group cannot match, and `str.__contains__` tells that far faster than the
regex engine can try a long pattern at every position. Whatever the analysis does
not understand yields no group, so a gate built on it never rejects a text the
pattern matches.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

try:  # Python 3.11+
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]

#: a group of strings, one of which every match holds
Alternatives = tuple[str, ...]

_IGNORECASE = 2  # re.IGNORECASE, as the parser's flags hold it
_UNICODE = 32  # re.UNICODE, which the parser sets on every str pattern
#: zero-width items: the characters on either side of them are adjacent in the match
_ZERO_WIDTH = {"AT"}
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}
#: a group of more strings than this is looked for with a regular expression: up to
#: about 20 strings, `str.__contains__` on each in turn is faster than the engine
_FEW = 16


def required_literals(
    pattern: str, most: int = 5, shortest: int = 3, widest: int = 64
) -> list[Alternatives]:
    """Return up to `most` groups of strings of which every match of `pattern` holds one.

    Only groups of at most `widest` strings, each of `shortest` characters or more
    or with a non-ASCII character, are kept (a wider group costs about as much as the
    pattern), the most selective first. A pattern matched case-insensitively, or one
    the parser rejects, has none.
    """
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:  # not for us to report: the caller compiles the pattern itself
        return []
    if parsed.state.flags & _IGNORECASE:
        return []
    groups = [_reduce(g) for g in _sequence(list(parsed))]
    groups = [g for g in groups if g and len(g) <= widest and _telling(g, shortest)]
    groups.sort(key=lambda g: (any(map(str.isascii, g)), -min(map(len, g)), len(g)))
    return list(dict.fromkeys(groups))[:most]


def _telling(group: Alternatives, shortest: int) -> bool:
    """Tell whether a group is worth checking: its strings are long, or hold a rare
    (non-ASCII) character such as the slots ⟦c0⟧ that trade patterns need."""
    return all(len(s) >= shortest or not s.isascii() for s in group)


def joinable(pattern: str) -> bool:
    """Tell whether `pattern` means the same as one branch of a larger pattern: it sets
    no global flag and refers to no group by number or name."""
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:
        return False
    if parsed.state.flags & ~_UNICODE:
        return False
    return not any(name.startswith("GROUPREF") for name in _op_names(parsed))


def _op_names(items: Any) -> Iterator[str]:
    """Yield the name of every parsed item, nested ones included."""
    for op, av in items:
        yield op.name
        yield from _nested_names(av)


def _nested_names(av: Any) -> Iterator[str]:
    if isinstance(av, _sre_parse.SubPattern):
        yield from _op_names(av)
    elif isinstance(av, (tuple, list)):
        for part in av:
            yield from _nested_names(part)


def gate_of(groups: Sequence[Alternatives]) -> Callable[[str], bool] | None:
    """Return a test that a text holds a string of every group, or None for no groups.

    A few strings are looked for one by one; more, with one regular expression. The
    test is an object, not a closure, so that the extractors holding it pickle (the
    build cache keeps them between runs).
    """
    if not groups:
        return None
    if len(groups) == 1 and len(groups[0]) == 1:
        return _Single(groups[0][0])
    return _Gate(tuple(g if len(g) <= _FEW else re.compile(trie_alternation(g)) for g in groups))


class _Single:
    """Whether a text holds one string."""

    __slots__ = ("literal",)

    def __init__(self, literal: str) -> None:
        self.literal = literal

    def __call__(self, text: str) -> bool:
        return self.literal in text


class _Gate:
    """Whether a text holds a string of every group (a tuple, or a compiled pattern)."""

    __slots__ = ("checks",)

    def __init__(self, checks: tuple[Alternatives | re.Pattern[str], ...]) -> None:
        self.checks = checks

    def __call__(self, text: str) -> bool:
        for check in self.checks:
            if type(check) is tuple:
                for s in check:
                    if s in text:
                        break
                else:
                    return False
            elif check.search(text) is None:  # type: ignore[union-attr]
                return False
        return True


def _sequence(items: list[tuple[Any, Any]]) -> list[Alternatives]:
    """Return the groups a sequence of parsed items requires: its literal runs and
    the groups of the parts it cannot do without."""
    groups: list[Alternatives] = []
    run: list[str] = []
    for op, av in items:
        name = op.name
        if name == "LITERAL":
            run.append(chr(av))
            continue
        if name in _ZERO_WIDTH:
            continue
        if run:
            groups.append(("".join(run),))
            run = []
        groups.extend(_item(name, av))
    if run:
        groups.append(("".join(run),))
    return groups


def _item(name: str, av: Any) -> list[Alternatives]:
    """Return the groups one non-literal item requires."""
    if name == "SUBPATTERN":
        _group, add_flags, _del_flags, inner = av
        return [] if add_flags & _IGNORECASE else _sequence(list(inner))
    if name == "ATOMIC_GROUP":
        return _sequence(list(av))
    if name in _REPEATS:
        low, _high, inner = av
        return _sequence(list(inner)) if low >= 1 else []
    if name == "BRANCH":
        union: list[str] = []
        for branch in av[1]:
            best = _best(_sequence(list(branch)))
            if best is None:
                return []  # a branch that requires nothing: neither does the choice
            union.extend(best)
        return [tuple(union)]
    return []  # classes, look-arounds, back-references ...: nothing required here


def _best(groups: list[Alternatives]) -> Alternatives | None:
    """Return the most selective group: the longest shortest string, then the fewest."""
    groups = [_reduce(g) for g in groups if g]
    if not groups:
        return None
    return max(groups, key=lambda g: (min(map(len, g)), -len(g)))


def _reduce(group: Alternatives) -> Alternatives:
    """Drop the strings that hold another string of the group: that one is found anyway."""
    unique = sorted(set(group), key=lambda s: (len(s), s))
    kept: list[str] = []
    for s in unique:
        if not any(k in s for k in kept):
            kept.append(s)
    return tuple(kept)


def trie_alternation(words: Iterable[str]) -> str:
    """Return a regex matching any of the words, as a trie ('visit(?:ed|s)?').

    Python's regex engine tries each branch of a flat alternation at every
    position; sharing prefixes makes a gate of a hundred words several times faster.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie) if trie else "(?!)"


def _trie_regex(node: dict) -> str:
    branches = [re.escape(ch) + _trie_regex(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        body = f"(?:{body})?"
    return body
