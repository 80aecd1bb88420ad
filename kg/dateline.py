"""Read a news dateline: 'Rawalpindi, 12 June 2024 (TDI):', 'MINSK, 23 May (BelTA) –'."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.dates import DateReader
from kg.model import PartialDate

#: Where a dateline ends and the story starts.
_END = re.compile(
    r"\s*(?::|\s[–—-]{1,2}\s|[–—]|\)\s*[–—:,.-]{0,2}|/?\.\s|/\s(?:[–—-]{1,2}\s)?|\.?$)\s*"
)
_WORD = r"[A-Z](?:[^\W\d_]|['’.-])*"
#: 'Dar es Salaam', 'Rio de Janeiro': a particle inside a place's name
_PARTICLE = r"(?:(?:es|de|del|la|el|al|da|do|dos|das|di|du|des|le|los|las)[ -])?"
_PLACE = re.compile(rf"^({_WORD}(?:[ -]{_PARTICLE}{_WORD}){{0,3}})(?=[\s,(.:/–—-]|$)")
_PAREN = re.compile(r"\(([^()]{1,80})\)")
_PROSE = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b")  # three lower-case words
_MAX_LEN = 140
#: a short name in parentheses: an agency's, as in 'Mogadishu (SONNA) –'
_AGENCY = re.compile(r"\s*\(\s*[A-Z][A-Za-z.-]{1,11}\s*\)\s*")


@dataclass(frozen=True)
class Dateline:
    """What a dateline says, and where the story after it starts."""

    place: str | None
    region: str | None
    date: PartialDate | None
    outlet: str | None
    end: int  # offset of the first character of the story


def read_dateline(
    paragraph: str,
    dates: DateReader,
    outlets: dict[str, str],
    anchor: dt.date | None = None,
    known_place: Callable[[str], bool] = lambda name: False,
) -> Dateline | None:
    """Parse a dateline at the start of `paragraph`; None if there is none.

    `outlets` maps folded outlet names and aliases to their display name.
    `anchor` gives the year of a dateline that omits it. `known_place` tells
    whether a bare 'Dubai:' names a place (an upper-case 'LAHORE:' always does).
    """
    head = paragraph[:_MAX_LEN]
    place_match = _PLACE.match(head)
    if not place_match:
        return None
    candidates: list[Dateline] = []
    # 'Dar es Salaam. India has ...': the full stop after a known place ends the dateline
    after = place_match.end()
    stop = re.search(r"\.\s", place_match.group())
    if stop is not None and known_place(place_match.group()[: stop.start()]):
        after = stop.start()
    for end_match in _END.finditer(head, after):
        if end_match.end() == len(head) < len(paragraph):
            continue  # the cut at _MAX_LEN, not the end of a dateline on a line of its own
        prefix = head[
            : end_match.start() + (1 if end_match.group().lstrip().startswith(")") else 0)
        ]
        if prefix.count("(") != prefix.count(")"):
            continue  # inside the parentheses of '(UrduPoint / Pakistan Point News - 4th Apr)'
        found = _parse_prefix(prefix, dates, outlets, anchor, known_place)
        if (
            found is not None
            and end_match.end() == len(paragraph)
            and None in found[2:]
            and not (found[2] is not None and known_place(found[0]))
        ):
            continue  # a line of its own is a dateline with a date and an outlet ('Baku,
            # February 18, AZERTAC') or a known place and a date ('Kathmandu, Jan 23, 2025:'),
            # not a byline such as 'Business Desk' or 'KARACHI'
        if found is not None:
            candidates.append(Dateline(*found, end_match.end()))
    if not candidates:
        return None
    # the fullest reading wins: date and outlet, then date, then outlet; the first of equals
    return max(candidates, key=lambda c: (c.date is not None, c.outlet is not None, -c.end))


def _parse_prefix(
    prefix: str,
    dates: DateReader,
    outlets: dict[str, str],
    anchor: dt.date | None,
    known_place: Callable[[str], bool],
) -> tuple[str, str | None, PartialDate | None, str | None] | None:
    place_match = _PLACE.match(prefix)
    if not place_match:
        return None
    place = place_match.group(1).strip()
    if " ".join(place.casefold().split()) in outlets:
        return None  # 'ANGOP - Angola Press Agency': the outlet's name, not a place
    if dates.is_date_word(place) or place.lower().startswith("by "):
        return None  # 'Sunday, 16 February 2025 6:48 PM', 'By Staff Reporter | Updated: ...'
    if " ".join(place.lower().split()) in dates.date_labels:
        return None  # 'Published: 03 Mar 2025, 19:45': the page's date, not a place
    rest = prefix[place_match.end() :]
    head, _, last = rest.rpartition(",")
    if (
        "," in rest
        and dates.is_date_word(last.strip())  # a weekday or a month, as one word
        and dates.names_weekday(last)  # a weekday
        and not dates.parse(rest)
    ):
        rest = head  # 'NAIROBI, Kenya, Tuesday —': the day the story tells of, dated by the article
    if ". " in place:  # 'ASTANA. KAZINFORM'
        place, tail = place.split(". ", 1)
        rest = " " + tail + rest
    outlet = None
    for inner in _PAREN.findall(rest):
        outlet = outlet or _find_outlet(inner, outlets)
    if outlet is None:
        outlet = _find_outlet(re.sub(r"\d", " ", rest), outlets)
    region = None
    region_match = re.match(r"\s*,\s*([A-Z][A-Za-z'’ ]{2,30}?)\s*(?=,|\(|$)", rest)
    if region_match and not dates.parse(region_match.group(1)):
        region = region_match.group(1).strip()
    date = dates.parse(rest)
    if date is None:
        date = _date_without_year(rest, dates, anchor)
    only_region = region is not None and rest.strip(" ,") == region and known_place(region)
    bare = (rest.strip() == "" or only_region) and (place.isupper() or known_place(place))
    # 'LAHORE:', 'MANILA, Philippines —'

    # 'Mogadishu (SONNA) –': an agency not listed, after a place that is known
    agency = _AGENCY.fullmatch(rest) is not None and (place.isupper() or known_place(place))
    if date is None and outlet is None and not bare and not agency:
        return None  # a sentence that merely starts with a capitalised word
    if len(rest) > 100 or rest.count(" ") > 16:
        return None
    if _PROSE.search(_PAREN.sub(" ", rest)):
        return None  # 'Jakarta (ANTARA) - The minister received ... (May 15)': story, not dateline
    if place.isupper() or place.istitle() or outlet or known_place(place):  # 'Dar es Salaam'
        return _title_place(place), region, date, outlet
    return None


def _date_without_year(text: str, dates: DateReader, anchor: dt.date | None) -> PartialDate | None:
    if anchor is None:
        return None
    found = dates.find(text, anchor, absolute_only=True, past=None)
    return found[0].date if found else None


def _find_outlet(text: str, outlets: dict[str, str]) -> str | None:
    parts = [p.strip(' .,()«»"') for p in re.split(r"[/,|]|\s[-–—]\s|\.\s", text)]
    parts += [w for p in parts for w in p.split() if len(p.split()) > 1]
    for part in [text.strip(' .,()«»/"'), *parts]:
        if len(part) <= 4 and part.istitle():
            continue  # 'Ana Rojas' is no 'ANA', 'UzA' still UzA: a given name is no agency
        name = outlets.get(" ".join(part.casefold().split()))
        if name:
            return name
    return None


def _title_place(place: str) -> str:
    place = place.strip(" ,.")
    return place.title() if place.isupper() else place
