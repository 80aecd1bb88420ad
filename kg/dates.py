"""Find and resolve date expressions, absolute or relative to the article's date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from kg.lexicon import Lexicon
from kg.model import PartialDate
from kg.text import Caseless, alternation, trie_alternation

_ORD = r"(?:st|nd|rd|th)?"
_DIGIT = re.compile(r"\d")


def _alternation(words: dict[str, int]) -> str:
    """Return a regex alternation of the words (one that never matches when empty)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?(last|next|this|the\s+previous)\s+year\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateMatch:
    """A date expression found in text, resolved against an anchor date."""

    date: PartialDate | None
    start: int
    end: int
    relative: bool
    future: bool  # the expression points after the anchor (next week, tomorrow)


class DateReader:
    """Read dates written the ways news articles write them."""

    def __init__(self, lexicon: Lexicon) -> None:
        data = lexicon["dates.json"]
        self.months: dict[str, int] = data["months"]
        self.weekdays: list[str] = data["weekdays"]
        self.date_words = {w.lower() for w in self.weekdays + data["weekday_abbreviations"]}
        #: 'Published', 'Updated': a page's own date follows, not a place
        self.date_labels = {" ".join(w.lower().split()) for w in data.get("date_labels", [])}
        self.relative: dict[str, dict[str, int]] = data["relative"]
        # lower case: the patterns are Caseless
        month = "|".join(m.lower() for m in sorted(self.months, key=len, reverse=True))
        weekday = "|".join(w.lower() for w in self.weekdays)
        rel = "|".join(re.escape(k.lower()) for k in sorted(self.relative, key=len, reverse=True))
        self._iso = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
        self._dmy = Caseless(
            rf"\b(\d{{1,2}}){_ORD}(?:\s+of)?[\s-]+({month})\.?(?:,?[\s-]+(\d{{4}}))?\b"
        )
        # a span of days: 'from 15 to 17 March', 'May 19-22': an event starting on the first
        self._range_dmy = Caseless(
            rf"\b(\d{{1,2}}){_ORD}\s*(?:to|-|–|until|till|through)\s*(\d{{1,2}}){_ORD}"
            rf"(?:\s+of)?\s+({month})\.?(?:,?\s+(\d{{4}}))?\b"
        )
        self._range_mdy = Caseless(
            rf"\b({month})\.?\s+(\d{{1,2}}){_ORD}\s*(?:to|-|–|until|till|through)\s*"
            rf"(\d{{1,2}}){_ORD}(?:,?\s+(\d{{4}}))?\b"
        )
        self._mdy = Caseless(rf"\b({month})\.?\s+(\d{{1,2}}){_ORD}(?:,?\s+(\d{{4}}))?\b")
        self._numeric = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
        self._month_year = Caseless(rf"\b({month})\.?,?\s+(\d{{4}})\b")
        self._in_month = Caseless(
            rf"\b(?:in|during|since|by|until|till|of|for)\s+(?:(?:early|mid|late)[\s-]+)?({month})\b"
        )
        self._that_month = Caseless(rf"\b(last|next|this|coming|past)\s+({month})\b")
        self._year = re.compile(
            r"\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Bb]y|of)\s+(?:(?:early|mid|late)[\s-]+)?((?:19|20)\d{2})\b"
        )
        self._weekday = Caseless(
            rf"\b(?:(?:on|last|next|this|coming|past)\s+)?({weekday})\b(?:\s+(?:morning|evening|afternoon|night))?"
            # 'on Wednesday last week', 'Monday of next week': that week's day
            r"(?:,?\s+(?:of\s+)?(last|next|this)\s+week\b)?"
        )
        self._relative = Caseless(rf"\b(?:{rel})\b")
        self._day_of_month = Caseless(
            rf"\b(?:on\s+)?the\s+(\d{{1,2}}){_ORD}\s+of\s+(this|the\s+current|last|next)\s+month\b"
        )
        # 'on the 27th' with no month: the next such day for an announcement, else the last
        self._day_alone = Caseless(
            r"\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;)]|$|(?:at|in|to|when|and|with"
            r"|for|after|before)\b))"
        )
        #: 'on 14th instant': a day of the article's month ('ultimo' the month before)
        self._shorthand: dict[str, int] = {
            k.lower(): v for k, v in data.get("month_shorthands", {}).items()
        }
        self._day_of_shorthand = (
            Caseless(rf"\b(\d{{1,2}}){_ORD}\s+({_alternation(self._shorthand)})\b\.?")
            if self._shorthand
            else None
        )
        # only the day counts of 'relative' ('the following day') count from a day before
        self._from_before = {
            p.lower()
            for p in data.get("from_date_before", [])
            if "days" in self.relative.get(p.lower(), {})
        }
        chained = data.get("chained", {})
        self._numbers: dict[str, int] = chained.get("numbers", {})
        self._after: dict[str, int] = chained.get("after", {})
        self._the_day: dict[str, int] = chained.get("the_day", {})
        parts = _alternation(chained.get("day_parts", ["day"]))
        # 'The meeting came a day after X visited': the event told now is the earlier one
        inverting = chained.get("inverting_verbs", [])
        # the verb right before the count, or before the place it was held in: 'The meeting
        # took place at the ministry in San Isidro, a day after X arrived in Lima'
        self._inverting = (
            re.compile(
                rf"\b(?:{alternation(inverting)})"
                r"(?:\s+(?:at|in|on|near)\s+[^;,]{1,90}?){0,2},?\s+$"
            )
            if inverting
            else None
        )
        numbers = "|".join([*map(re.escape, self._numbers), r"\d{1,2}"])
        self._chained = re.compile(
            rf"\b(?:(?P<count>{numbers})\s+days?\s+(?P<dir>{_alternation(self._after)})"
            rf"|the\s+(?P<which>{_alternation(self._the_day)})\s+(?:{parts}))\b"
        )
        words = {w for phrase in self.relative for w in phrase.split() if len(w) > 3}
        self._gate = re.compile(
            trie_alternation(
                {m.lower() for m in self.months} | {w.lower() for w in self.weekdays} | words
            )
        )

    def chained(self, text: str, *, anywhere: bool = False) -> int | None:
        """Return the days a sentence counts from the event before it, if it opens so.

        'Two days later' → 2, 'The previous day' → -1, 'A day earlier' → -1; 'met on
        June 18 and two days later visited' dates its events itself. With `anywhere`, the
        expression may stand anywhere in a sentence that writes no date of its own ('X and
        Y had held talks the previous evening').
        """
        low = text.lower()
        if anywhere:
            m = self._chained.search(low)
            if m is None:
                return None
            # a date in its clause is the event's own; not one of 'where they agreed to meet
            # again in 2026'
            end = min((i for i in (text.find(c, m.end()) for c in ",;") if i >= 0), default=None)
            if self.find(text[:end], None, past=None):
                return None
        else:
            m = self._chained.search(low, 0, 40)
            if m is None or m.start() > 25:
                return None  # only a sentence that opens so: 'Two days later, in Kuala Lumpur'
        inverted = self._inverting is not None and self._inverting.search(low, 0, m.start())
        sign = -1 if inverted else 1
        if m.group("count"):
            count = self._numbers.get(m.group("count"))
            count = count if count is not None else int(m.group("count"))
            return sign * count * self._after[m.group("dir")]
        return sign * self._the_day[m.group("which")]

    def names_weekday(self, text: str) -> bool:
        """Tell whether a date expression names a weekday ('on Friday', 'last Monday')."""
        return self._weekday.search(text) is not None

    def is_date_word(self, word: str) -> bool:
        """Tell whether a word names a weekday or a month ('Sunday', 'Sept')."""
        low = word.lower().rstrip(".")
        return low in self.months or low in self.date_words

    # -- absolute dates ----------------------------------------------------------------------

    def parse(self, text: str, anchor: dt.date | None = None) -> PartialDate | None:
        """Parse the first absolute date in `text` (a dateline or a metadata value)."""
        found = self.find(text, anchor, absolute_only=True)
        return found[0].date if found else None

    def find(
        self,
        text: str,
        anchor: dt.date | None,
        *,
        absolute_only: bool = False,
        past: bool | None = True,
    ) -> list[DateMatch]:
        """Return the date expressions of `text`, resolved against `anchor`.

        `past` says whether the sentence reports something done (a bare weekday then
        means the last such day) or announced (the next such day); None takes a
        date without a year in the anchor's year.
        """
        found: list[DateMatch] = []
        taken: list[tuple[int, int]] = []
        if not _DIGIT.search(text):
            low = text.lower()
            if self._gate.search(low) is None:
                return found  # no number and no date word: nothing to find

        def add(
            start: int, end: int, date: PartialDate | None, relative: bool, future: bool
        ) -> None:
            if any(s < end and start < e for s, e in taken):
                return
            taken.append((start, end))
            found.append(DateMatch(date, start, end, relative, future))

        for m in self._iso.finditer(text):
            add(m.start(), m.end(), _valid(int(m[1]), int(m[2]), int(m[3])), False, False)
        for m in self._range_dmy.finditer(text):
            month = self.months[m[3].lower()]
            add(
                m.start(),
                m.end(),
                self._with_year(m[4], month, int(m[1]), anchor, past),
                False,
                False,
            )
        for m in self._range_mdy.finditer(text):
            month = self.months[m[1].lower()]
            add(
                m.start(),
                m.end(),
                self._with_year(m[4], month, int(m[2]), anchor, past),
                False,
                False,
            )
        for m in self._dmy.finditer(text):
            day, month = int(m[1]), self.months[m[2].lower()]
            shift = None if m[3] else self._year_after(text, m.end(), anchor)
            if shift is not None:  # '9 May last year'
                add(m.start(), shift[1], _valid(shift[0], month, day), True, False)
            add(m.start(), m.end(), self._with_year(m[3], month, day, anchor, past), False, False)
        for m in self._mdy.finditer(text):
            month, day = self.months[m[1].lower()], int(m[2])
            shift = None if m[3] else self._year_after(text, m.end(), anchor)
            if shift is not None:  # 'May 9 last year'
                add(m.start(), shift[1], _valid(shift[0], month, day), True, False)
            add(m.start(), m.end(), self._with_year(m[3], month, day, anchor, past), False, False)
        for m in self._numeric.finditer(text):  # day first, as outside the US
            add(m.start(), m.end(), _valid(int(m[3]), int(m[2]), int(m[1])), False, False)
        for m in self._month_year.finditer(text):
            add(m.start(), m.end(), PartialDate(int(m[2]), self.months[m[1].lower()]), False, False)
        if absolute_only:
            return sorted(found, key=lambda d: d.start)
        if anchor is not None:
            for m in self._that_month.finditer(text):  # 'last November', 'next March'
                month = self.months[m[2].lower()]
                which = m[1].lower()
                if which == "this":
                    date: PartialDate | None = PartialDate(anchor.year, month)
                else:
                    date = self._month_only(month, anchor, which in ("last", "past"), strict=True)
                add(m.start(), m.end(), date, True, which in ("next", "coming"))
        for m in self._in_month.finditer(text):
            if m[1] == "may" and not text[m.start(1)].isupper():
                continue  # the verb "may"
            month = self.months[m[1].lower()]
            shift = self._year_after(text, m.end(), anchor)
            if shift is not None:  # 'in March last year'
                add(m.start(1), shift[1], PartialDate(shift[0], month), True, False)
            add(m.start(1), m.end(), self._month_only(month, anchor, past), True, False)
        for m in self._year.finditer(text):
            add(m.start(1), m.end(), PartialDate(int(m[1])), False, False)
        if anchor is not None:
            for m in self._day_of_month.finditer(text):  # 'on the 15th of this month'
                shift = {"last": -1, "next": 1}.get(m[2].lower(), 0)
                month = anchor + relativedelta(months=shift)
                add(m.start(), m.end(), _valid(month.year, month.month, int(m[1])), True, shift > 0)
            for m in self._day_alone.finditer(text):
                day = int(m[1])
                shift = (
                    (1 if day < anchor.day else 0)
                    if past is False
                    else (-1 if day > anchor.day else 0)
                )
                month = anchor + relativedelta(months=shift)
                add(m.start(), m.end(), _valid(month.year, month.month, day), True, past is False)
            for m in self._day_of_shorthand.finditer(text) if self._day_of_shorthand else ():
                shift = self._shorthand[m[2].lower()]
                month = anchor + relativedelta(months=shift)
                add(m.start(), m.end(), _valid(month.year, month.month, int(m[1])), True, shift > 0)
            for m in self._weekday.finditer(text):
                future = m[2].lower() == "next" if m[2] else past is False
                add(m.start(), m.end(), self._weekday_date(m, anchor, past), True, future)
            for m in self._relative.finditer(text):
                phrase = m.group().lower()
                day_before = (
                    self._day_before(found, m.start()) if phrase in self._from_before else None
                )
                date, future = self._relative_date(phrase, day_before or anchor)
                if day_before is not None:  # after a day named before, not after the article
                    future = day_before + dt.timedelta(days=self.relative[phrase]["days"]) > anchor
                add(m.start(), m.end(), date, True, future)
        return sorted(found, key=lambda d: d.start)

    @staticmethod
    def _day_before(found: list[DateMatch], start: int) -> dt.date | None:
        """Return the last day named before `start`: what 'the following day' counts from."""
        before = [d for d in found if d.end <= start and d.date is not None and d.date.day]
        if not before:
            return None
        day = max(before, key=lambda d: d.end).date
        if day is None or day.month is None or day.day is None:
            return None
        return dt.date(day.year, day.month, day.day)

    def _year_after(self, text: str, end: int, anchor: dt.date | None) -> tuple[int, int] | None:
        """Return the year 'last year' or 'next year' right after a date names, and where
        it ends ('in March last year')."""
        m = _YEAR_AFTER.match(text, end)
        if m is None or anchor is None:
            return None
        return anchor.year + {"next": 1, "this": 0}.get(m[1].lower(), -1), m.end()

    def _with_year(
        self, year: str | None, month: int, day: int, anchor: dt.date | None, past: bool | None
    ) -> PartialDate | None:
        if year:
            return _valid(int(year), month, day)
        if anchor is None:
            return None
        candidate = _valid(anchor.year, month, day)
        if candidate is None:
            return None
        as_date = dt.date(candidate.year, month, day)
        # "on 9 May" in a January article that reports the past means last year's May
        if past is True and (as_date - anchor).days > 31:
            return _valid(anchor.year - 1, month, day)
        if past is False and (anchor - as_date).days > 31:
            return _valid(anchor.year + 1, month, day)
        return candidate

    def _month_only(
        self, month: int, anchor: dt.date | None, past: bool | None, *, strict: bool = False
    ) -> PartialDate | None:
        """Return the month's date nearest the anchor; strict: 'last November' is never
        this month, 'next March' never this month either."""
        if anchor is None:
            return None
        year = anchor.year
        if strict:  # 'last March' said in March is a year ago, 'next March' a year ahead
            if past is True and month >= anchor.month:
                year -= 1
            if past is False and month <= anchor.month:
                year += 1
            return PartialDate(year, month)
        if past is True and month > anchor.month + 1:
            year -= 1
        if past is False and month < anchor.month - 1:
            year += 1
        return PartialDate(year, month)

    def _weekday_date(self, m: re.Match[str], anchor: dt.date, past: bool | None) -> PartialDate:
        target = self.weekdays.index(m[1].lower())
        if m[2]:  # 'on Wednesday last week': the day of that week (weeks start on Monday)
            weeks = {"last": -1, "next": 1}.get(m[2].lower(), 0)
            monday = anchor - dt.timedelta(days=anchor.weekday())
            return PartialDate.of(monday + dt.timedelta(weeks=weeks, days=target))
        lead = m.group().split()[0].lower()
        future = (
            lead in ("next", "coming")
            or (lead in ("on", "this") and not past)
            or (lead == m[1].lower() and not past)
        )
        if lead in ("last", "past"):
            future = False
        delta = (target - anchor.weekday()) % 7
        if future:
            day = (
                anchor + dt.timedelta(days=delta or 7)
                if lead == "next"
                else anchor + dt.timedelta(days=delta)
            )
        else:
            day = anchor - dt.timedelta(days=(anchor.weekday() - target) % 7)
            if lead == "last" and day == anchor:
                day -= dt.timedelta(days=7)
        return PartialDate.of(day)

    def _relative_date(self, phrase: str, anchor: dt.date) -> tuple[PartialDate, bool]:
        shift = self.relative[phrase]
        if "days" in shift:
            day = anchor + dt.timedelta(days=shift["days"])
            return PartialDate.of(day), shift["days"] > 0
        if "weeks" in shift:
            day = anchor + dt.timedelta(weeks=shift["weeks"])
            return PartialDate(day.year, day.month), shift["weeks"] > 0
        if "months" in shift:
            day = anchor + relativedelta(months=shift["months"])
            return PartialDate(day.year, day.month), shift["months"] > 0
        if "season" in shift:  # 'next spring' said in March is next year's; in January, this
            begun, over = anchor.month >= shift["season"], anchor.month >= shift["season"] + 3
            years = {"next": int(begun), "this": 0, "last": -int(not over)}
            return PartialDate(anchor.year + years[shift["which"]]), shift["which"] == "next"
        return PartialDate(anchor.year + shift.get("years", 0)), shift.get("years", 0) > 0


def _valid(year: int, month: int, day: int) -> PartialDate | None:
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return PartialDate(year, month, day)


@lru_cache(maxsize=4)
def date_reader_for(lexicon: Lexicon) -> DateReader:
    """Return the date reader of a lexicon, built once."""
    return DateReader(lexicon)


def parse_iso(value: str | None) -> dt.date | None:
    """Read the date part of an ISO 8601 date or timestamp ('2025-04-04T10:00:00Z')."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
