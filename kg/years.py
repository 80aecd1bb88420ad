"""The year of an article whose dateline gives only a day and a month ('SEOUL, Oct. 7').

Wire copy names the year rarely but leaves clues: years in source or byline lines,
years the story names ('trade reached $60 million in 2024'), and the weekday of
the lead ('agreed Monday'), which is the dateline's day or the day before it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from kg.lexicon import Lexicon
from kg.text import abbreviations_of, alternation, split_sentences

_YEAR = re.compile(r"\b(20\d{2}|19\d{2})(?:[-–/](\d{4}|\d{2})\b)?")  # '2023-24', '2024-2025'
_EVENT_NAME = re.compile(r"\s+[A-Z]")
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+\.?)\s+$")
#: a relative clause the weekday may sit in: ', who arrived in Kuala Lumpur on Monday'
_RELATIVE = re.compile(r",\s+(?:who|which|where)\s+[^,]*$", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: a weekday the lead reports something on: not 'next Monday' nor 'last Friday'
_LEAD_WEEKDAY = re.compile(
    r"(?<!next )(?<!last )(?<!this )(?<!coming )\b(" + "|".join(_WEEKDAYS) + r")\b", re.I
)
#: how far back the latest year a weekday fits is sought when nothing else tells
_LOOK_BACK = 12


@dataclass(frozen=True)
class _Clues:
    """The years an article names: reported (lowest reading of a span) and announced."""

    certain: int | None  # a year in a source, copyright or byline line
    reported: int | None  # the latest reported year, a span counting as its first year
    reported_end: int | None  # the same, a span counting as its last ('2023-24': 2024)
    announced: int | None  # the earliest announced year ('will meet in 2026')


class YearReader:
    """Read the year of an article from its clues, with the words of one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        dates = lexicon["dates.json"]
        self.abbreviations = abbreviations_of(lexicon)
        #: words just before a year that make it a target, not a report ('by 2030', 'Vision
        #: 2030')
        targets = alternation(dates["target_words"])
        self.future_before = re.compile(
            rf"\b(?:by|until|till|through|to|beyond|{targets})\s+$", re.I
        )
        #: words before a year or weekday that make it announced, not reported
        announcing = alternation(dates["announcing_words"])
        self.future_clause = re.compile(rf"\b(?:will|shall|is\s+to|are\s+to|{announcing})\b", re.I)
        #: words just before a year that make it history, not the story's time ('came into
        #: force in 2012', 'established in 1971', 'since 2015')
        past = alternation(dates["past_year_verbs"])
        self.past_before = re.compile(
            rf"\b(?:(?:{past})\s+in|since|as\s+early\s+as|dating\s+back\s+to|back\s+in)\s+$",
            re.I,
        )
        #: a whole year's figure or change: 'reached $1.8 billion in 2024', 'grew by 9.2% in
        #: 2024' (the year is over)
        totals = alternation(dates.get("year_total_verbs", []))
        self.whole_year = (
            re.compile(
                rf"\b(?:{totals})\s+(?:[^.;]|\.\d){{0,60}}?"
                r"(?:\$|\b(?:USD|US\$|EUR|euros?|dollars?|billion|million|tonnes|tons)\b)"
                r"(?:[^.;]|\.\d){0,30}?\bin\s+(?:19|20)\d{2}$"
            )
            if totals
            else None
        )
        changes = alternation(dates.get("year_change_verbs", []))
        self.year_change = (
            re.compile(
                rf"\b(?:{changes})\s+(?:by\s+)?(?:almost\s+|nearly\s+|about\s+|some\s+|over\s+)?"
                r"\d[\d.,]*\s?(?:%|percent|per\s+cent)(?:\s+year-on-year)?\s+in\s+(?:19|20)\d{2}$"
            )
            if changes
            else None
        )
        #: capitalised words before a year that do not make it a name: months, sentence
        #: openers
        self.not_names = {m.lower() for m in dates["months"]} | {
            w.lower() for w in dates["not_year_names"]
        }

    def _year_over(self, text: str, m: re.Match[str]) -> bool:
        """Whether the year at m is told as a whole year's figure or change."""
        return bool(
            (self.whole_year and self.whole_year.search(text, max(0, m.start() - 90), m.end()))
            or (self.year_change and self.year_change.search(text, max(0, m.start() - 60), m.end()))
        )

    def _clues(self, noise: Sequence[str], paragraphs: Sequence[str]) -> _Clues:
        for line in noise:
            years = [_year(m) for m in _YEAR.finditer(line)]
            if years:
                return _Clues(max(years), None, None, None)
        text = " ".join(paragraphs)
        first: list[int] = []
        last: list[int] = []
        announced: list[int] = []
        for m in _YEAR.finditer(text):
            if self.future_before.search(text[max(0, m.start() - 12) : m.start()]):
                continue  # a target: 'by 2030', 'Vision 2030'
            if self.past_before.search(text[max(0, m.start() - 30) : m.start()]):
                continue  # history: 'the MCFTA, which came into force in 2012'
            if (
                _EVENT_NAME.match(text, m.end())
                and text[max(0, m.start() - 4) : m.start()] == "the "
            ):
                continue  # the name of an event: 'the 2026 FIFA World Cup'
            before = _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if before and before.group(1).lower().rstrip(".") not in self.not_names:
                continue  # a programme's name: 'National Food Security Strategy 2030', 'Expo 2020'
            if self._announced(text, m.start()):
                announced.append(int(m.group(1)))
            elif self._year_over(text, m):
                # 'trade reached $1.8 billion in 2024', 'grew 9% in 2024': a year's total
                # or change, so the year is over
                first.append(int(m.group(1)) + 1)
                last.append(_year(m) + 1)
            else:
                first.append(int(m.group(1)))
                last.append(_year(m))
        return _Clues(
            None,
            max(first) if first else None,
            max(last) if last else None,
            min(announced) if announced else None,
        )

    def hint(self, noise: Sequence[str], paragraphs: Sequence[str]) -> int | None:
        """Return the likeliest year of an article from the years it names, if any.

        A year in a source, copyright or byline line wins; else the latest year the
        story reports ('trade reached $60 million in 2024'), but no earlier than the
        year before the first it announces ('the next session will be held in 2026');
        targets ('by 2030', 'Vision 2030') do not count.
        """
        return _hint(self._clues(noise, paragraphs))

    def _announced(self, text: str, start: int) -> bool:
        """Tell whether the year at `start` is announced ('will meet in 2026'), not reported."""
        sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
        return self.future_clause.search(text, sentence_start, start) is not None

    def dateline_year(
        self,
        month: int,
        day: int,
        lead: str,
        noise: Sequence[str],
        paragraphs: Sequence[str],
        today: dt.date | None = None,
    ) -> int | None:
        """Return the year of a dateline day given without one.

        Without a weekday in the lead, the year hint. With one ('agreed Monday'), a
        year in which the dateline day falls on it (or the day after it, for copy
        filed the next day): the latest year reported or the one after it, or the
        year before the first announced; else the latest such year after them up to
        `today` (default: the current date), since an article is no older than what
        it reports; with no year named anywhere, the latest such year up to `today`.
        """
        clues = self._clues(noise, paragraphs)
        wanted = self._lead_weekday(lead)
        if wanted is None or clues.certain is not None:
            return _hint(clues)
        now = (today or dt.date.today()).year
        if clues.reported is None:
            return _fitting(range(now, now - _LOOK_BACK, -1), month, day, wanted)
        floor = clues.reported
        candidates = [floor, floor + 1]
        if clues.announced is not None and clues.announced - 1 > floor + 1:
            candidates.append(clues.announced - 1)
        found = _fitting(candidates, month, day, wanted)
        if found is None:  # only older years named ('relations established in 1971')
            found = _fitting(range(now, floor + 1, -1), month, day, wanted)
        return found if found is not None else _hint(clues)

    def _lead_weekday(self, lead: str) -> int | None:
        """Return the weekday (0 = Monday) the lead's first two sentences report something on."""
        for sentence in split_sentences(lead, self.abbreviations)[:2]:
            m = _LEAD_WEEKDAY.search(sentence.text)
            if m is not None:
                if self.future_clause.search(sentence.text, 0, m.start()):
                    return None  # 'will visit Baku on Friday' says nothing of the dateline's day
                if _RELATIVE.search(sentence.text, 0, m.start()):
                    continue  # 'X, who arrived on Monday, yesterday co-chaired': not the lead's day
                return _WEEKDAYS.index(m.group(1).lower())
        return None


@lru_cache(maxsize=4)
def year_reader_for(lexicon: Lexicon) -> YearReader:
    """Return the year reader of a lexicon, built once."""
    return YearReader(lexicon)


def _hint(clues: _Clues) -> int | None:
    """Return the year hint of an article's clues (see `YearReader.hint`)."""
    if clues.certain is not None:
        return clues.certain
    if clues.reported_end is None:
        return None
    if clues.announced is not None:
        return max(clues.reported_end, clues.announced - 1)
    return clues.reported_end


def _year(m: re.Match[str]) -> int:
    """Return the year a match names: the later one of a span ('2023-24', '2024/25')."""
    first = int(m.group(1))
    second = m.group(2)
    if second and int(second) in ((first + 1) % 100, first + 1):
        return first + 1
    return first


def _fitting(years: Sequence[int] | range, month: int, day: int, wanted: int) -> int | None:
    """Return the first year in which month/day falls on the weekday, else the first in
    which it falls on the day after it."""
    after: int | None = None
    for year in years:
        try:
            date = dt.date(year, month, day)
        except ValueError:  # 29 February
            continue
        if date.weekday() == wanted:
            return year
        if after is None and (date - dt.timedelta(days=1)).weekday() == wanted:
            after = year
    return after
