"""The year of an article whose dateline gives only a day and a month ('SEOUL, Oct. 7').

Wire copy names the year rarely but leaves clues: years in source or byline lines,
years the story names ('trade reached $60 million in 2024'), and the weekday of
the lead ('agreed Monday'), which is the dateline's day or the day before it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from kg.text import split_sentences

_YEAR = re.compile(r"\b(20\d{2}|19\d{2})(?:[-–/](\d{2})\b)?")  # '2023-24': fiscal 2024
#: words just before a year that make it a target, not a report ('by 2030', 'Vision 2030')
_FUTURE_BEFORE = re.compile(r"\b(?:by|until|till|through|to|vision|target|beyond)\s+$", re.I)
#: words before a weekday that make it announced, not reported
_FUTURE_CLAUSE = re.compile(
    r"\b(?:will|shall|scheduled|expected|planned|plans?|aims?|aiming|set\s+to|is\s+to|are\s+to"
    r"|due\s+to|next|upcoming|forthcoming|target(?:s|ed|ing)?)\b",
    re.I,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: a weekday the lead reports something on: not 'next Monday' nor 'last Friday'
_LEAD_WEEKDAY = re.compile(
    r"(?<!next )(?<!last )(?<!this )(?<!coming )\b(" + "|".join(_WEEKDAYS) + r")\b", re.I
)
#: how far back the latest year a weekday fits is sought when nothing else tells
_LOOK_BACK = 12


def year_hint(noise: Sequence[str], paragraphs: Sequence[str]) -> int | None:
    """Return the likeliest year of an article from the years it names, if any.

    A year in a source, copyright or byline line wins; else the latest year the
    story names outside a target or a plan ('by 2030', 'Vision 2030', 'will meet
    in Muscat in 2025').
    """
    for line in noise:
        years = [_year(m) for m in _YEAR.finditer(line)]
        if years:
            return max(years)
    text = " ".join(paragraphs)
    years = [_year(m) for m in _YEAR.finditer(text) if not _announced(text, m.start())]
    return max(years) if years else None


def _announced(text: str, start: int) -> bool:
    """Tell whether the year at `start` is a target or a plan, not something reported."""
    if _FUTURE_BEFORE.search(text[max(0, start - 12) : start]):
        return True
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    return _FUTURE_CLAUSE.search(text, sentence_start, start) is not None


def _year(m: re.Match[str]) -> int:
    """Return the year a match names: the later one of a span ('2023-24', '2024/25')."""
    first = int(m.group(1))
    if m.group(2) and int(m.group(2)) == (first + 1) % 100:
        return first + 1
    return first


def dateline_year(
    month: int,
    day: int,
    lead: str,
    noise: Sequence[str],
    paragraphs: Sequence[str],
    today: dt.date | None = None,
) -> int | None:
    """Return the year of a dateline day given without one.

    The year hint, unless the lead reports something on a weekday ('agreed
    Monday') on which the dateline day (or the day before it, for copy filed the
    next day) falls only in the year after or before the hint, or else only in a
    later year up to `today` (default: the current date): then the latest such
    year. With no year named anywhere, the latest year up to `today` that fits.
    """
    hint = year_hint(noise, paragraphs)
    wanted = _lead_weekday(lead)
    if wanted is None:
        return hint
    now = (today or dt.date.today()).year
    if hint is None:
        return _fitting(range(now, now - _LOOK_BACK, -1), month, day, wanted, in_order=False)
    found = _fitting((hint, hint + 1, hint - 1), month, day, wanted, in_order=True)
    if found is None:
        # the story names only older years ('relations established in 1971'): an
        # article is no older than the years it reports
        found = _fitting(range(now, hint + 1, -1), month, day, wanted, in_order=False)
    return found if found is not None else hint


def _lead_weekday(lead: str) -> int | None:
    """Return the weekday (0 = Monday) the lead's first two sentences report something on."""
    for sentence in split_sentences(lead)[:2]:
        m = _LEAD_WEEKDAY.search(sentence.text)
        if m is not None:
            if _FUTURE_CLAUSE.search(sentence.text, 0, m.start()):
                return None  # 'will visit Baku on Friday' says nothing of the dateline's day
            return _WEEKDAYS.index(m.group(1).lower())
    return None


def _fitting(
    years: Sequence[int] | range, month: int, day: int, wanted: int, *, in_order: bool
) -> int | None:
    """Return a year in which month/day falls on the weekday, or on the day after it.

    in_order: the first year that fits either way (the years are ranked by likelihood);
    otherwise the first that fits exactly, else the first that fits the day after.
    """
    exact: int | None = None
    after: int | None = None
    for year in years:
        try:
            date = dt.date(year, month, day)
        except ValueError:  # 29 February
            continue
        if date.weekday() == wanted:
            exact = year
        elif (date - dt.timedelta(days=1)).weekday() == wanted:
            after = year
        else:
            continue
        if in_order or exact is not None:
            return year
    return after
