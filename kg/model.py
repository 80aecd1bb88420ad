"""Typed records that flow through the pipeline: articles, evidence and facts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One news article: cleaned body text plus the metadata read around it."""

    id: str
    text: str
    source: str
    title: str | None = None
    url: str | None = None
    date: dt.date | None = None
    place: str | None = None
    outlet: str | None = None
    #: ISO alpha-3 of the country the article is reported from, when known.
    home_country: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article with its character span in `Article.text`."""

    text: str
    start: int
    end: int
    index: int


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence, its offsets and a confidence."""

    sentence: str
    start: int
    end: int
    confidence: float


@dataclass(frozen=True)
class PartialDate:
    """A date known to day, month or year precision."""

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        """Return the ISO 8601 form at this precision."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def of(cls, day: dt.date) -> PartialDate:
        """Return the full-precision date of a `datetime.date`."""
        return cls(day.year, day.month, day.day)


@dataclass(frozen=True)
class PersonRef:
    """A person as the extractor saw them: canonical name plus surface forms."""

    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Post:
    """A person holds an office: Federal Minister for Commerce Jam Kamal Khan."""

    person: PersonRef
    title: str
    role: str
    organization: str
    country: str | None
    evidence: Evidence


@dataclass(frozen=True)
class TradeFlow:
    """A country exports a product, to an importer when the text names one."""

    exporter: str
    importer: str | None
    product: str
    evidence: Evidence


@dataclass(frozen=True)
class Location:
    """Where something happened: a named place, placed in its country."""

    name: str
    country: str | None = None
    kind: str = "place"  # "city", "place" (venue) or "country"
    within: str | None = None  # name of an enclosing place (venue → city)


@dataclass(frozen=True)
class Event:
    """A meeting or a visit with its attendees, place and date."""

    kind: str  # "meeting" or "visit"
    participants: tuple[PersonRef, ...]
    location: Location | None
    date: PartialDate | None
    planned: bool
    evidence: Evidence


@dataclass
class Facts:
    """Everything read from one article."""

    article: Article
    posts: list[Post] = field(default_factory=list)
    flows: list[TradeFlow] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    people: dict[str, PersonRef] = field(default_factory=dict)
