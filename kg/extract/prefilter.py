"""Skip patterns a sentence cannot match: the word classes each one requires.

A trade pattern such as `{EXP} (?:<adj> )*<export_noun> (?:to|with) {IMP} <list_verb>
{LIST}` cannot match a sentence without an export noun and a list verb. Finding
which `<class>` placeholders a template cannot do without, then whether a sentence
holds a word of each, is far cheaper than running every long pattern on it.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from kg.text import trie_alternation

L = TypeVar("L", bound=Hashable)

_NAME = re.compile(r"<(\w+)>")


@dataclass
class _Group:
    classes: set[str] = field(default_factory=set)
    alternated: bool = False  # holds a top-level '|': none of its parts is required
    lookaround: bool = False


def required_classes(template: str) -> frozenset[str]:
    """Return the `<class>` names a template matches only with a word of each.

    A class inside an optional group (`?`, `*`, `{0,n}`), an alternation or a
    look-around is not required. Anything the scanner does not understand only
    makes it return fewer classes, so a pattern is never skipped wrongly.
    """
    stack = [_Group()]
    i, n = 0, len(template)
    while i < n:
        ch = template[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(template, i)
            continue
        if ch == "(":
            group = _Group()
            if template.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
                group.lookaround = True
            if template.startswith("(?P<", i):
                i = template.index(">", i) + 1  # a named group's name is not a class
                stack.append(group)
                continue
            stack.append(group)
            i += 1
            continue
        if ch == ")":
            if len(stack) == 1:
                return frozenset()  # unbalanced: give up
            group = stack.pop()
            if not (_optional(template, i + 1) or group.alternated or group.lookaround):
                stack[-1].classes |= group.classes
            i += 1
            continue
        if ch == "|":
            stack[-1].alternated = True
            i += 1
            continue
        if ch == "<":
            m = _NAME.match(template, i)
            if m:
                if not _optional(template, m.end()):
                    stack[-1].classes.add(m.group(1))
                i = m.end()
                continue
        i += 1
    root = stack[0]
    return frozenset() if root.alternated or len(stack) > 1 else frozenset(root.classes)


def _optional(template: str, i: int) -> bool:
    """Tell whether the quantifier at i (if any) lets what comes before it be absent."""
    return template.startswith(("?", "*", "{0"), i)


def _class_end(template: str, i: int) -> int:
    """Return the index after the character class `[...]` opening at i."""
    j = i + 1
    if j < len(template) and template[j] == "^":
        j += 1
    if j < len(template) and template[j] == "]":
        j += 1
    while j < len(template) and template[j] != "]":
        j += 2 if template[j] == "\\" else 1
    return j + 1


class Substrings(Generic[L]):
    """Tell which of many labelled strings a text holds (anywhere), in one scan.

    The scan finds, at each position, the longest string starting there; every
    shorter string starting there is a prefix of it, so holds too. That is far
    cheaper than looking for each string, or each group of strings, in turn.
    """

    def __init__(self, labels: Mapping[str, Iterable[L]]) -> None:
        strings = sorted(s for s in labels if s)
        self._scan = re.compile(f"(?=({trie_alternation(strings)}))") if strings else None
        #: a string found → the labels of it and of the strings it starts with
        self._labels = {
            s: frozenset(label for t in strings if s.startswith(t) for label in labels[t])
            for s in strings
        }

    def held(self, text: str) -> set[L]:
        """Return the labels of the strings `text` holds."""
        found: set[L] = set()
        if self._scan is not None:
            labels = self._labels
            for s in set(self._scan.findall(text)):
                found |= labels[s]
        return found


class WordClasses:
    """Tell which word classes a (lower-cased) sentence holds a word of."""

    def __init__(self, words: Mapping[str, Sequence[str]]) -> None:
        # no word boundaries: a class word inside a longer one counts, so a sentence
        # is only ever said to hold too much, never too little
        # one-word classes as a trie (fast); phrases ('export items') by their first word
        #: class → the words looked for (a phrase's first word)
        self.words = {
            name: frozenset(p.lower().split()[0] for p in phrases if p.split())
            for name, phrases in words.items()
            if phrases and not name.startswith("_")
        }
        self._patterns = {name: re.compile(trie_alternation(w)) for name, w in self.words.items()}
        labels: dict[str, set[str]] = {}
        for name, class_words in self.words.items():
            for word in class_words:
                labels.setdefault(word, set()).add(name)
        self._scan = Substrings(labels)

    def present(self, low: str) -> set[str]:
        """Return the classes `low` holds a word of (of those with words), in one scan."""
        return self._scan.held(low)

    def scan_of(self, classes: Iterable[str]) -> Substrings[str]:
        """Return a scan telling which of `classes` a sentence holds a word of: with no
        words of the other classes to look for, cheaper than `present`."""
        labels: dict[str, set[str]] = {}
        for name in sorted(set(classes) & self.words.keys()):
            for word in self.words[name]:
                labels.setdefault(word, set()).add(name)
        return Substrings(labels)

    def holds(self, low: str, classes: frozenset[str], seen: dict[str, bool]) -> bool:
        """Tell whether `low` holds a word of every class (memoized in `seen`)."""
        for name in classes:
            found = seen.get(name)
            if found is None:
                pattern = self._patterns.get(name)
                found = seen[name] = pattern is None or pattern.search(low) is not None
            if not found:
                return False
        return True
