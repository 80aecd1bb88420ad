"""Split article text into sentences and tokens, keeping character offsets."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from itertools import pairwise

from kg.lexicon import Lexicon
from kg.literals import gate_of, required_literals
from kg.literals import trie_alternation as trie_alternation  # at home here before
from kg.model import Sentence

# every branch opens with a literal or a class (not a repeat), which the engine checks
# before entering it: '(?:X){2,}' as 'X(?:X)+', '\$?' as two branches, '\w+' as '\w\w*'
# match the same, twice as fast
_TOKEN = re.compile(
    r"[A-Za-z]\.(?:[A-Za-z]\.)+"  # U.S., H.E.
    r"|\$\d+(?:[.,]\d+)*%?|\d+(?:[.,]\d+)*%?"  # amounts and numbers
    r"|\w\w*(?:-\w+)*(?:['’](?!s\b)\w+)*"  # words, O'Brien, d'Affaires, Khyber-Pakhtunkhwa
    r"|['’]s\b"  # possessive
    r"|\S"
)
# a sentence ends at . ! ? (with closing quotes) before white space and a capital, digit or quote
_BOUNDARY = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9À-Þ])")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")


def abbreviations_of(lexicon: Lexicon) -> frozenset[str]:
    """Return the abbreviations a full stop after which ends no sentence (text.json)."""
    return frozenset(a.lower().rstrip(".") for a in lexicon["text.json"]["abbreviations"])


class Token:
    """A token with its offsets in the string it was read from (immutable by convention)."""

    __slots__ = ("end", "is_capitalized", "key", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        #: the lookup form: lower case, straight apostrophes
        key = text.lower()
        self.key = key.replace("’", "'") if "’" in key else key
        #: whether the token starts with an upper-case letter
        self.is_capitalized = text[:1].isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.text, self.start, self.end) == (
            other.text,
            other.start,
            other.end,
        )

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Return the tokens of `text`, offsets shifted by `offset`."""
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


def _ends_with_abbreviation(chunk: str, abbreviations: AbstractSet[str]) -> bool:
    words = chunk.rstrip(".!?\"'”’)").split()
    if not words:
        return False
    last = words[-1].lower().rstrip(".")
    if last in abbreviations:
        return True
    if "." in last:  # H.E, U.S; not the name of 'Minister G.Munkhjargal.'
        return all(len(part) <= 3 for part in last.split("."))
    return len(last) == 1 and last.isalpha()  # an initial: "A. Khan"


def split_sentences(text: str, abbreviations: AbstractSet[str]) -> list[Sentence]:
    """Split `text` into sentences; paragraphs and lines always end a sentence.

    abbreviations: words after which a full stop ends no sentence, lower case, without
    the stop (text.json "abbreviations", see `abbreviations_of`).
    """
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        start = block_start
        block = text[block_start:block_end]
        for m in _BOUNDARY.finditer(block):
            end = block_start + m.start() + 1
            while end < block_start + m.end() and text[end] in "\"'”’)":
                end += 1
            if _ends_with_abbreviation(text[start:end], abbreviations):
                continue
            _add(sentences, text, start, end)
            start = block_start + m.end()
        _add(sentences, text, start, block_end)
    return sentences


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _PARAGRAPH.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(text[start:end], start, end, len(sentences)))


@lru_cache(maxsize=65536)
@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Return `text` case-folded with accents removed, for comparing names."""
    if text.isascii():
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.replace("’", "'").casefold().split())


def slugify(text: str) -> str:
    """Return a lower-case ASCII slug: 'Jam Kamal Khan' → 'jam-kamal-khan'."""
    ascii_text = fold(text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return slug or "x"


def join_tokens(tokens: Sequence[Token]) -> str:
    """Return the text a run of tokens covers, with single spaces where there were gaps."""
    if not tokens:
        return ""
    out = [tokens[0].text]
    for prev, tok in pairwise(tokens):
        out.append((" " if tok.start > prev.end else "") + tok.text)
    return "".join(out)


def alternation(phrases: Iterable[str]) -> str:
    """Return a regex matching any of the phrases, the longest first, a space in a phrase
    matching any run of white space."""
    return "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)
    )


def literal_words(phrases: Sequence[str]) -> list[str] | None:
    """Return words one of which every phrase (regex or plain) must contain, or None.

    Used as a cheap gate: a sentence holding none of them cannot match any phrase.
    """
    words: set[str] = set()
    for phrase in phrases:
        plain = _required_part(phrase.lower())
        plain = re.sub(r"<\w+>|\(\?[:!=<]+|\\[a-z]", " ", plain)
        found = [w for w in re.findall(r"[a-z]{3,}", plain) if w not in _GATE_STOPWORDS]
        if not found:
            return None
        words.update(found)
    return sorted(words)


def literal_gate(patterns: Sequence[str]) -> re.Pattern[str] | None:
    """Return a pattern that finds, in lower-cased text, a string without which none
    of `patterns` (lower-case regexes) can match; None when some pattern needs none.

    Each pattern gives its most selective group of required strings (kg.literals)
    that holds no common word, so the gate is far stricter than `literal_words`.
    """
    strings: set[str] = set()
    for pattern in patterns:
        groups = required_literals(pattern)
        best = next((g for g in groups if not _GATE_STOPWORDS.intersection(g)), None)
        if best is None:
            return None
        strings.update(best)
    return re.compile(trie_alternation(strings))


_LOOKAROUND = re.compile(r"\(\?<?[!=][^()]*\)")
_OPTIONAL_GROUP = re.compile(r"\((?:\?:)?[^()]*\)(?:\?|\*|\{0,\d*\})")


def _required_part(phrase: str) -> str:
    """Return a regex phrase without its look-arounds and optional groups.

    What is left must be in any text the phrase matches ('visit' of '(?:a |the )?visit
    to'), so a gate on its words stays sound and lets fewer sentences through.
    """
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _OPTIONAL_GROUP.sub(" ", _LOOKAROUND.sub(" ", phrase))
    return phrase


#: Words too common to tell anything; phrases are assumed to hold another word of 3+ letters.
_GATE_STOPWORDS = {
    "the",
    "his",
    "her",
    "its",
    "their",
    "and",
    "with",
    "was",
    "were",
    "are",
    "has",
    "have",
    "had",
    "will",
    "would",
    "also",
    "for",
    "from",
    "into",
    "who",
    "which",
    "then",
    "that",
}


class Caseless:
    """A regular expression matched without regard to case, quickly.

    Python's IGNORECASE matching is several times slower than plain matching, so
    the pattern runs on the lower-cased text whenever lower-casing keeps every
    offset (it does for nearly all text), and falls back to IGNORECASE otherwise.
    Patterns must be written in lower case. On the lower-cased text, a text that
    lacks a literal string every match needs (see kg.literals) is not searched.
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._plain = re.compile(pattern)
        self._folded = re.compile(pattern, re.IGNORECASE)
        #: groups of strings of which every match holds one, in the lower-cased text
        self.literals = required_literals(pattern)
        self._holds = gate_of(self.literals)

    def _pick(self, text: str) -> tuple[re.Pattern[str], str] | None:
        """Return the pattern and the text to run it on; None when it cannot match."""
        low = _lowered(text)
        if len(low) != len(text):
            return self._folded, text
        if self._holds is not None and not self._holds(low):
            return None
        return self._plain, low

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Search like `re.Pattern.search`; the match holds the lower-cased text."""
        picked = self._pick(text)
        return picked[0].search(picked[1], pos, endpos) if picked else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Match like `re.Pattern.match`."""
        picked = self._pick(text)
        return picked[0].match(picked[1], pos, endpos) if picked else None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """Match the whole text like `re.Pattern.fullmatch`."""
        picked = self._pick(text)
        return picked[0].fullmatch(picked[1]) if picked else None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """Iterate like `re.Pattern.finditer`."""
        picked = self._pick(text)
        return picked[0].finditer(picked[1], pos, endpos) if picked else iter(())

    def search_lowered(self, low: str, pos: int = 0) -> re.Match[str] | None:
        """Search `low` from `pos`: a text the caller lower-cased with every offset kept
        and found to hold a string of each group of `literals`."""
        return self._plain.search(low, pos)


#: the text lower-cased last and its lower case: Caseless patterns run in turn on one text
_LAST_LOWERED = ("", "")


def _lowered(text: str) -> str:
    """Return `text.lower()`, reusing the last result for the same string object."""
    global _LAST_LOWERED
    last = _LAST_LOWERED
    if last[0] is text:
        return last[1]
    low = text.lower()
    _LAST_LOWERED = (text, low)
    return low
