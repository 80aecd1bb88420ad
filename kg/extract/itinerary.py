"""The days a story counts as it follows a trip: 'On the second day of her visit',
'The following morning', 'The same day'.

A report of a visit of several days often dates only its first day and counts
the rest from there, or from the day told last. `Itinerary` reads those
openers; the events extractor keeps the day the story is at.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.dates import DateReader
from kg.extract.document import AnalyzedArticle
from kg.lexicon import Lexicon
from kg.model import PartialDate
from kg.text import Caseless, alternation

#: how far into a sentence an opener may end ('On the second day of her official visit,')
_OPENER_REACH = 60


class Itinerary:
    """Read the days of a trip from the openers of a story's sentences."""

    def __init__(self, lexicon: Lexicon, dates: DateReader, arrived: re.Pattern[str]) -> None:
        data = lexicon["dates.json"].get("trip_days", {})
        self.dates = dates
        self.arrived = arrived
        self.ordinals: dict[str, int] = data.get("ordinals", {})
        numbers: dict[str, int] = lexicon["dates.json"].get("chained", {}).get("numbers", {})
        self.numbers = {w: n for w, n in numbers.items() if n > 1}
        ranks = alternation(self.ordinals) or "(?!)"
        # 'On the second day of her official visit, ...', 'On the third day, ...'
        self.nth_day = Caseless(rf"^\s*(?:on\s+)?(?:the\s+)?(?P<nth>{ranks})\s+day\b")
        counts = alternation(self.numbers) or "(?!)"
        ending = alternation(data.get("ending_verbs", [])) or "(?!)"
        # 'on Thursday concluded a four-day official visit': the visit began three days before
        self.ended = Caseless(
            rf"\b(?:{ending})\s+(?:a|an|the|his|her|their|its)\s+(?P<n>{counts}|\d{{1,2}})"
            rf"[\s-]+days?\b"
        )
        same = alternation(data.get("told_same_day", [])) or "(?!)"
        self.same_day = Caseless(rf"\b(?:{same})\b")
        # 'called on the minister ... later that afternoon': anywhere in the sentence
        self.later_same_day = Caseless(rf"\b(?:later|earlier)\s+(?:{same})\b")

    def start(self, doc: AnalyzedArticle) -> PartialDate | None:
        """Return the first day of the trip the article follows, if it tells one: the day of
        an arrival, else the day a trip of so many days ended, less its days."""
        anchor = doc.article.date
        if anchor is None:
            return None
        ended: PartialDate | None = None  # from the end of a trip of so many days
        for current in doc.sentences:
            text = current.sentence.text
            arrivals = list(self.arrived.finditer(text))
            length = self.ended.search(text) if ended is None else None
            if not arrivals and length is None:
                continue
            days = [
                (found.start, found.date)
                for found in self.dates.find(text, anchor, past=True)
                if found.date is not None and found.date.day is not None
            ]
            for m in arrivals:
                # 'arrived in Tbilisi on Monday': the day right after the verb, in its clause
                comma = text.find(",", m.end())
                end = comma if comma >= 0 else len(text)
                for start, day in days:
                    if m.end() <= start < end:
                        return day  # an arrival tells the first day best
            if length is not None and days:
                word = length.group("n")
                count = int(word) if word.isdigit() else self.numbers[word]
                ended = _plus(days[0][1], 1 - count)
        return ended

    def told_day(
        self, doc: AnalyzedArticle, text: str, story: PartialDate | None
    ) -> PartialDate | None:
        """Return the day a sentence opens on, counted from the first day of the trip
        ('On the second day') or from the day the story is at (`story`: 'The following
        morning')."""
        nth = self.nth_day.search(text, 0, _OPENER_REACH)
        if nth is not None:
            return _plus(self.start(doc), self.ordinals[nth.group("nth")] - 1)
        days = self.dates.chained(text)
        if days is None:
            days = self.dates.chained(text, anywhere=True)
        if days is not None:
            return _plus(story, days)
        return None

    def keeps_day(self, text: str) -> bool:
        """Tell whether a sentence opens on the day told last ('The same day', 'That evening')
        or tells its event 'later that afternoon'."""
        return (
            self.same_day.search(text, 0, 30) is not None
            or self.later_same_day.search(text) is not None
            or _SUBJECT_THEN.match(text) is not None
        )


#: 'He then held talks with ...', 'The minister then visited ...': the next step that day
_SUBJECT_THEN = re.compile(
    r"(?:He|She|They|The\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
    r"\s+then\s+[a-z]+\b"
)


def _plus(day: PartialDate | None, days: int) -> PartialDate | None:
    if day is None or day.month is None or day.day is None:
        return None
    return PartialDate.of(dt.date(day.year, day.month, day.day) + dt.timedelta(days=days))
