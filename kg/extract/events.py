"""Meetings and visits: who met whom or went where, and when.

Triggers come from kg/data/events.json. A meeting's place is the one the
sentence names; else the place the article's people are visiting; else the
dateline's city. Its date is the date expression nearest the trigger, resolved
against the article's date; else, for a report of something done, the article's
own date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from kg.dates import DateReader
from kg.extract.document import AnalyzedArticle, AnalyzedSentence, Person
from kg.gazetteer import Gazetteer, GeoMention
from kg.lexicon import Lexicon
from kg.model import Evidence, Location, PartialDate

_VENUE = re.compile(
    r"^(?:the|a|an)?\s*(?:[a-z-]+\s+){0,2}?((?:[A-Z][\w'’&-]*)(?:\s+(?:of|for|and|&|de|the)?\s*[A-Z][\w'’&-]*)*)"
)


@dataclass
class Occurrence:
    """An event found in an article, before it becomes a model `Event`."""

    kind: str
    people: list[Person]
    location: Location | None
    date: PartialDate | None
    planned: bool
    evidence: Evidence
    sentence: int
    explicit_location: bool = False
    aliases: list[str] = field(default_factory=list)


class EventExtractor:
    """Extract meetings and visits with the triggers of one lexicon."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer, dates: DateReader) -> None:
        data = lexicon["events.json"]
        self.gazetteer = gazetteer
        self.dates = dates
        adj = "(?:" + "|".join(re.escape(a) for a in sorted(data["adj"], key=len, reverse=True)) + ")"
        self.meeting = _triggers(data["meeting"], adj)
        self.visit = _triggers(data["visit"], adj)
        self.planned = _words(data["planned_markers"])
        self.remote = _words(data["not_in_person"])
        self.generic = _words(data["generic_visits_blocklist"])
        self.delegation = _words(data["delegation_words"])
        self.same_day = [o.lower() for o in data["same_day_openers"]]

    def extract(self, doc: AnalyzedArticle) -> list[Occurrence]:
        """Return the meetings and visits of an article, merged where they are one."""
        found: list[Occurrence] = []
        for current in doc.sentences:
            text = current.sentence.text
            if self.remote.search(text):
                continue
            found.extend(self._visits(doc, current))
            found.extend(self._meetings(doc, current))
        self._place_meetings(doc, found)
        return _merge(found)

    # -- visits ------------------------------------------------------------------------------

    def _visits(self, doc: AnalyzedArticle, current: AnalyzedSentence) -> list[Occurrence]:
        text = current.sentence.text
        offset = current.sentence.start
        out: list[Occurrence] = []
        for m in self.visit.finditer(text):
            if self.generic.search(text, max(0, m.start() - 20), m.end() + 5):
                continue
            location = self._place_after(current, m.end(), stop=_clause_end(text, m.end()))
            if location is None:
                continue
            subject_refs = [r for r in current.refs if current.tokens[r.start].start - offset < m.start()]
            inner = [r for r in current.refs
                     if m.start() <= current.tokens[r.start].start - offset < m.end()]
            people = _unique([r.person for r in (inner or subject_refs[-2:] or [])])
            if not people and not (current.unnamed_titles or self.delegation.search(text)):
                continue
            planned = self._is_planned(text, m.start(), m.end())
            date = self._date(doc, current, m.start(), planned)
            out.append(Occurrence(
                "visit", people, location, date, planned,
                Evidence(text, offset, current.sentence.end, 0.8), current.sentence.index, True,
            ))
        return out

    # -- meetings ----------------------------------------------------------------------------

    def _meetings(self, doc: AnalyzedArticle, current: AnalyzedSentence) -> list[Occurrence]:
        text = current.sentence.text
        offset = current.sentence.start
        for m in self.meeting.finditer(text):
            people = _unique([r.person for r in current.refs])
            after = text[m.end():_clause_end(text, m.end())]
            other_side = bool(
                current.unnamed_titles or self.delegation.search(after)
                or any(current.tokens[r.start].start - offset >= m.end() for r in current.refs)
            )
            if not people or (len(people) < 2 and not other_side):
                continue
            planned = self._is_planned(text, m.start(), m.end())
            date = self._date(doc, current, m.start(), planned)
            location = self._place_in(current)
            return [Occurrence(
                "meeting", people, location, date, planned,
                Evidence(text, offset, current.sentence.end, 0.8), current.sentence.index,
                location is not None,
            )]
        return []

    def _place_meetings(self, doc: AnalyzedArticle, found: list[Occurrence]) -> None:
        """Place meetings with no place of their own where their people are visiting."""
        trips = [o for o in found if o.kind == "visit" and not o.planned and o.location]
        home = self._dateline_place(doc)
        for occ in found:
            if occ.kind != "meeting" or occ.location is not None:
                continue
            trip = next((t for t in trips if set(map(id, t.people)) & set(map(id, occ.people))), None)
            if trip is None and trips and not any(t.people for t in trips):
                trip = trips[0]
            if trip is not None:
                occ.location = _city_level(trip.location)
            else:
                occ.location = home

    # -- parts -------------------------------------------------------------------------------

    def _is_planned(self, text: str, start: int, end: int) -> bool:
        window = text[max(0, start - 60):end + 40]
        return self.planned.search(window) is not None

    def _date(
        self, doc: AnalyzedArticle, current: AnalyzedSentence, position: int, planned: bool
    ) -> PartialDate | None:
        anchor = doc.article.date
        found = self.dates.find(current.sentence.text, anchor, past=not planned)
        found = [d for d in found if d.date is not None]
        if found:
            return min(found, key=lambda d: abs(d.start - position)).date
        if anchor is None:
            return None
        if planned:
            return None
        return PartialDate.of(anchor)

    def _place_in(self, current: AnalyzedSentence) -> Location | None:
        """Return the place a sentence says something happened: 'in Minsk', 'at the ...'."""
        text = current.sentence.text
        offset = current.sentence.start
        for geo in current.places:
            before = text[max(0, geo.char_start - offset - 12):geo.char_start - offset].lower()
            if re.search(r"\b(?:in|at)\s+(?:the\s+)?$", before) and geo.kind != "demonym":
                return self._location(geo, current)
        return None

    def _place_after(self, current: AnalyzedSentence, start: int, stop: int) -> Location | None:
        """Return the place visited: the first place or venue named after the trigger."""
        text = current.sentence.text
        offset = current.sentence.start
        places = [g for g in current.places
                  if start <= g.char_start - offset < stop and g.kind != "demonym"]
        venue = _VENUE.match(text[start:stop].lstrip())
        if venue and venue.group(1):
            name = venue.group(1).strip()
            begins = start + (len(text[start:stop]) - len(text[start:stop].lstrip())) + venue.start(1)
            first_geo = places[0] if places else None
            if first_geo is None or begins < first_geo.char_start - offset:
                if self.gazetteer.country(name) is None and not self.gazetteer.city(name):
                    within = self._location(first_geo, current) if first_geo else None
                    return Location(
                        name, within.country if within else None, "place",
                        within.name if within else None,
                    ) if within or len(name.split()) > 1 else None
        if places:
            return self._location(places[0], current)
        return None

    def _location(self, geo: GeoMention, current: AnalyzedSentence) -> Location:
        if geo.kind == "country":
            return Location(geo.name, geo.country, "country")
        return Location(geo.name, geo.country, "city" if geo.kind == "city" else "place")

    def _dateline_place(self, doc: AnalyzedArticle) -> Location | None:
        place = doc.article.place
        if not place:
            return None
        iso3 = self.gazetteer.country(place)
        if iso3:
            return Location(self.gazetteer.name_of(iso3), iso3, "country")
        prefer = [doc.article.home_country] if doc.article.home_country else []
        city = self.gazetteer.city(place, prefer)
        if city:
            return Location(city.name, city.country, "city")
        return Location(place, doc.article.home_country, "city")


def _triggers(phrases: Sequence[str], adj: str) -> re.Pattern[str]:
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        parts.append(phrase.replace("<adj>", adj).replace(" ", r"\s+"))
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)


def _words(phrases: Sequence[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


def _clause_end(text: str, start: int) -> int:
    m = re.compile(r"[;.]\s|,\s+(?:and|but|while|where|which|who)\s|\s+and\s+(?:discussed|said|stressed|agreed|reviewed|exchanged)\b").search(text, start)
    return m.start() if m else len(text)


def _unique(people: Sequence[Person]) -> list[Person]:
    out: list[Person] = []
    for person in people:
        if all(person is not p for p in out):
            out.append(person)
    return out


def _city_level(location: Location | None) -> Location | None:
    """Return the city a venue is in, else the location itself."""
    if location is not None and location.kind == "place" and location.within:
        return Location(location.within, location.country, "city")
    return location


def _compatible_dates(a: PartialDate | None, b: PartialDate | None) -> bool:
    if a is None or b is None:
        return True
    return a.iso().startswith(b.iso()) or b.iso().startswith(a.iso())


def _names(location: Location | None) -> set[str]:
    if location is None:
        return set()
    return {n for n in (location.name, location.within) if n}


def _merge(found: list[Occurrence]) -> list[Occurrence]:
    merged: list[Occurrence] = []
    for occ in found:
        for prev in merged:
            if prev.kind != occ.kind or prev.planned != occ.planned:
                continue
            same_people = set(map(id, prev.people)) & set(map(id, occ.people)) or not (
                prev.people or occ.people
            )
            if not same_people or not _compatible_dates(prev.date, occ.date):
                continue
            places_fit = (
                prev.location is None or occ.location is None
                or _names(prev.location) & _names(occ.location)
                or prev.location.country == occ.location.country
            )
            if not places_fit:
                continue
            prev.people = _unique(prev.people + occ.people)
            if _more_specific(occ.location, prev.location):
                prev.location = occ.location
            if occ.date and (prev.date is None or len(occ.date.iso()) > len(prev.date.iso())):
                prev.date = occ.date
            break
        else:
            merged.append(replace(occ))
    return merged


def _more_specific(a: Location | None, b: Location | None) -> bool:
    rank = {"country": 0, "city": 1, "place": 2}
    if a is None:
        return False
    if b is None:
        return True
    return rank.get(a.kind, 0) > rank.get(b.kind, 0)
