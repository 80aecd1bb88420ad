"""Meetings and visits: who met whom or went where, and when.

Triggers come from kg/data/events.json. A meeting's place is the one the
sentence names; else the place the article's people are visiting; else the
dateline's city. Its date is the date expression nearest the trigger, resolved
against the article's date; else, for a report of something done, the article's
own date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from kg.dates import DateReader
from kg.errors import LexiconError
from kg.extract.document import AnalyzedArticle, AnalyzedSentence, Person, Reference
from kg.extract.itinerary import Itinerary
from kg.extract.mentions import Title
from kg.gazetteer import City, Gazetteer, GeoMention
from kg.lexicon import Lexicon
from kg.model import Evidence, Location, PartialDate
from kg.text import Caseless, alternation, fold, literal_gate, literal_words, trie_alternation

#: a place right after a name: ' at the Jatiya Sangsad Bhaban', ' at the Ministry of Trade'
_AT_NAME = re.compile(r"\s+at\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,5})")
#: a clause with a subject of its own: 'agreed that the Joint Commission would meet'
_OWN_SUBJECT = re.compile(r"\b(?:that|whereby)\s+(?:the|a|an|its|their)\s")
#: a gathering named after its city: 'on the sidelines of the Munich Security Conference'
_SIDELINES_OF = re.compile(
    r"\b(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){2,5})"
)
_WHERE = re.compile(r",\s+where\b")
_WHERE_OR_DURING = re.compile(r",\s+(?:where|during\s+which)\b")  # '... to Cairo, during which he'
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|where|whose)\b[^,;]*,")
#: a relative clause inside a sentence, or one about a person that ends it: not where a
#: meeting was (', who said ... cold storage in Lubumbashi.')
_ASIDE_CLAUSE = re.compile(
    r",\s+(?:who|which|where|whose)\b[^,;]*,|,\s+(?:who|whose|which)\b[^,;]*$"
)
_IN_PLACE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:(?:capital|city|town|port\s+city)\s+(?:of\s+)?)?$"
)
_NEGATED = re.compile(r"\b(?:not|never|n't|yet\s+to|no\s+longer)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: how many days after its start a trip's meetings may be told of
_TRIP_DAYS = 7
#: how many sentences back a meeting 'The meeting' refers to may have been told
_TOLD_BACK = 6
_AMOUNT = re.compile(
    r"\$|€|£|\bUSD\b|\b\d[\d.,]*\s*(?:million|billion|trillion|percent|per\s+cent|%|tons|tonnes)"
)
_CAPITAL_AFTER = re.compile(r"\s+capital\b")
_RELATIVE_OPENER = re.compile(r",\s+(?:who|which|whose)\s")
_THE_CAPITAL = re.compile(r"\bin\s+the\s+(?:national\s+|federal\s+)?capital\b(?!\s+[A-Z])")
_BEFORE_GERUND = re.compile(r"\b(?:before|after|and\s+then)\s+[a-z]+ing\b")
_AND_TO = re.compile(r"\band\s+to\s+$")
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
_AND_MAYBE_TO = re.compile(r"\band\s+(?:to\s+)?$")
_AND_VERB = re.compile(r"and\s", re.IGNORECASE)
#: a going told after the main clause: '... before flying to', '... and then leave for'
_BEFORE_GOING = re.compile(r"\b(?:before|after|then)\s+$", re.IGNORECASE)
_TO_VERB = re.compile(r"\bto\s+[a-z]+")
_INFINITIVE = re.compile(r"\bto\s+$", re.IGNORECASE)
_TO = re.compile(r"to\s", re.IGNORECASE)
_ACCEPTED = re.compile(r"\baccept(?:s|ed|ing)?\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:]\s|,\s+(?:and|but|while|whereas)\s", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|would|shall|is|are)\b", re.IGNORECASE)
_VENUE = re.compile(
    r"^(?:the|a|an)?\s*(?:[a-z-]+\s+){0,2}?((?:[A-Z][\w'’&-]*)"
    r"(?:\s+(?:of|for|and|&|de|del|da|do|dos|das|di|du|la|le|es|el|the)?\s*[A-Z][\w'’&-]*)*)"
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
    #: the other party is an office or delegation left unnamed ('received by the Prime Minister')
    unnamed_party: bool = False
    #: a party is the visiting delegation ('The visitors were received by X'): its leader
    by_delegation: bool = False
    #: the session the story reports, told with no one named: who meets there that day joins
    session: bool = False


#: a weekday an eventless sentence tells: 'The meeting, which took place on Monday at'
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ON_A_DAY = re.compile(rf"\bon\s+{_WEEKDAY}\b")
#: a meeting named by its weekday: 'The Wednesday meeting', "Tuesday's talks"
_DAY_NAMED = re.compile(
    rf"\s*(?:The\s+{_WEEKDAY}|{_WEEKDAY}['’]s)"
    r"\s+(?:meeting|talks|session|discussions|consultations)\b"
)
#: a digit, without which a sentence names no day of a month ('on March 6', '6th')
_DAY_WORD = re.compile(r"\d")
#: a pattern that never matches, for an optional word list left empty
_NEVER = Caseless(r"(?!)")

#: 'the session, to be held in Tashkent in March': announced
_TO_BE = re.compile(r"\b(?:to|will|would|shall)\s+be\s+(?:held|hosted|convened)\b", re.IGNORECASE)

#: a be-verb just before a trigger: 'is hosted in Accra' (by then, 'was hosted by' has matched)
_PASSIVE_BE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.IGNORECASE)


class EventExtractor:
    """Extract meetings and visits with the triggers of one lexicon."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer, dates: DateReader) -> None:
        data = lexicon["events.json"]
        self.gazetteer = gazetteer
        self.dates = dates
        adj = (
            "(?:" + "|".join(re.escape(a) for a in sorted(data["adj"], key=len, reverse=True)) + ")"
        )
        self.meeting = _triggers(data["meeting"], adj)
        self.joint = _words(data.get("joint_verbs", [])) if data.get("joint_verbs") else None
        # 'he met Zhou and toured': a verb whose object a name after it (and its title) is
        objects = alternation(data.get("object_verbs", [])) or "(?!)"
        self.object_verb = re.compile(rf"\b(?:{objects})\s+(?:[\w'’.-]+\s+){{0,6}}$")
        together = data.get("joint_meetings", [])
        self.joint_meeting = _triggers(together, adj) if together else None
        self.visit = _triggers(data["visit"], adj)
        sites = alternation(data.get("site_nouns", [])) or "(?!)"
        # 'the Ma'aden phosphate complex': capitalised words, then lower-case ones, the noun
        self.site = re.compile(
            r"\s+(?:the\s+)?(?P<site>(?:[A-Z][\w'’.&-]*\s+){1,4}(?:[a-z][\w-]*\s+){0,2}?"
            rf"(?:{sites}))\b"
        )
        self.presence = _triggers(data["presence"], adj)
        arrivals = "|".join(_word_parts(data["arrival_verbs"]))
        groups = "|".join(_word_parts(data["group_nouns"]))
        # an arrival told in a clause that ends the sentence: its day is the arrival's
        self.arrival_clause = re.compile(
            rf",\s+who\s+(?:had\s+|has\s+)?(?:{arrivals})\b[^;]*$",
            re.IGNORECASE,
        )
        self.arrived = re.compile(rf"\b(?:{arrivals})\b", re.IGNORECASE)
        self.itinerary = Itinerary(lexicon, dates, self.arrived)
        self.speaker_aside = re.compile(
            rf"\s+(?:{'|'.join(_word_parts(data['speech_verbs']))})\s*,", re.IGNORECASE
        )
        # ', who is on a working visit to the Kingdom from September 14 to 17': the stay's
        # days, not those of the meeting the sentence tells
        self.stay_clause = re.compile(
            r",\s+who\s+(?:is|are)\s+(?:currently\s+|presently\s+)?"
            rf"(?:on|{'|'.join(_word_parts(data['stay_verbs']))})\s+(?:a|an|his|her|their)\b[^,;]*$",
            re.IGNORECASE,
        )
        self.paying = re.compile(
            rf"\b(?:is|are)\s+(?:currently\s+)?(?:{'|'.join(_word_parts(data['stay_verbs']))})\s+$",
            re.IGNORECASE,
        )
        # 'before the team travelled to': a group, not the person named before, goes
        self.group_subject = re.compile(
            rf"\b(?:before|after|then|while|when)\s+the\s+(?:{groups})"
            r"\b[^,;]{0,60}$",
            re.IGNORECASE,
        )
        # 'the Latvian delegation': a group named by its country
        self.group_after = re.compile(rf"\s+(?:{groups})\b", re.IGNORECASE)
        self.group_that = re.compile(
            rf"\b(?:{groups})\s+(?:that|which|who)\s+(?:has\s+|had\s+)?$",
            re.IGNORECASE,
        )
        self.sessions = _triggers(data["sessions"], adj) if data.get("sessions") else None
        self.addresses = _triggers(data["addresses"], adj) if data.get("addresses") else None
        self.address_gate = _gate(literal_words(data.get("addresses", [])))
        self.session_gate = _gate(literal_words(data.get("sessions", [])))
        past = data.get("past_sessions", [])
        self.past_sessions = _triggers(past, adj) if past else None
        self.past_session_gate = literal_gate(past) if past else None
        # cheap gates: a sentence without any of these words holds no trigger
        self.meeting_gate = _gate(
            literal_words([*data["meeting"], *data.get("joint_verbs", []), *together])
        )
        self.visit_gate = _gate(literal_words(data["visit"]))
        self.remote_gate = _gate(literal_words(data["not_in_person"]))
        # stricter gates, sound on text that lower-cases with its offsets kept
        self.meeting_literals = literal_gate(
            [
                *_trigger_parts(data["meeting"], adj),
                *_word_parts(data.get("joint_verbs", [])),
                *_trigger_parts(together, adj),
            ]
        )
        self.visit_literals = literal_gate(_trigger_parts(data["visit"], adj))
        self.planned = _words(data["planned_markers"])
        self.remote = _words(data["not_in_person"])
        self.generic = _words(data["generic_visits_blocklist"])
        self.delegation = _words(data["delegation_words"])
        self.same_day = [o.lower() for o in data["same_day_openers"]]
        self.party = tuple(o.lower() + " " for o in data.get("party_openers", []))
        self.same_place = Caseless(
            r"^\s*(?:"
            + "|".join(
                re.escape(o.lower()) for o in sorted(data["same_place_openers"], key=len)[::-1]
            )
            + r")\b"
        )
        nominals = sorted(lexicon["roles.json"]["nominals"], key=len, reverse=True)
        self.offices = Caseless(
            r"\bthe\s+(?:[a-z-]+\s+)?(?:" + "|".join(re.escape(n) for n in nominals) + r")\b"
        )
        self.attendance = _words(data["attendance"])
        self.split_objects = _words(data["split_objects"])
        urged = "|".join(re.escape(u) for u in sorted(data.get("urged", []), key=len, reverse=True))
        # 'called on Dutch investors to engage in': an appeal, not a meeting
        self.appeal = Caseless(
            rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?:{urged})\s+(?:\w+\s+){{0,3}}?to\s+[a-z]+"
            if urged
            else r"(?!)"
        )
        self.here = _words(data["here"])
        # 'residence in Moscow': a seat, not the event's place
        seats = "|".join(_word_parts(data.get("seats", []))) or "(?!)"
        self.seat = Caseless(rf"\b(?:{seats})\s+$")
        self.historical = _words(data["historical"]) if data.get("historical") else None
        called_off = "|".join(_word_parts(data.get("called_off", []))) or "(?!)"
        # 'but the meeting was postponed': the event did not take place
        self.called_off = Caseless(
            rf"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:{called_off})\b"
        )
        self.wishes = _words(data["wishes"]) if data.get("wishes") else None
        # 'the commission is co-chaired by X': who chairs a body, not a session
        chairs, nouns = data.get("joining_chairs"), data.get("session_nouns")
        self.joining_chairs = _words(chairs) if chairs else _NEVER
        self.session_nouns = _words(nouns) if nouns else _NEVER
        # 'the previous session held in Budapest': an earlier one, not the story's
        earlier = alternation(data.get("earlier_session_words", []))
        self.earlier_session = (
            Caseless(rf"\b(?:{earlier})\s+(?:\S+\s+){{0,3}}$") if earlier else _NEVER
        )
        openers = "|".join(_opener(o) for o in data.get("anaphoric_openers", [])) or "(?!)"
        # 'The meeting was co-chaired by', 'The council meeting ...': the one told before
        self.anaphoric = re.compile(rf"(?:{openers})[\s,]", re.IGNORECASE)
        reporting = alternation(data.get("reporting_verbs", []))
        #: a past verb of reporting: the clause after it is told as done
        self.reported = re.compile(rf"\b(?:{reporting})\b", re.IGNORECASE) if reporting else None
        other_time = alternation(data.get("other_time_openers", []))
        # 'Later, she travelled to Lahore', 'Earlier this month, ... visited': not then
        self.other_time = (
            re.compile(rf"\s*(?:{other_time})\b", re.IGNORECASE) if other_time else None
        )
        sidelines = alternation(data.get("sidelines_openers", []))
        # 'On the sidelines of the forum,': the forum told before, by its noun
        self.sidelines = (
            re.compile(rf"^(?:{sidelines})\s+(?:[a-z-]+\s+){{0,2}}?([a-z-]+)\s*,", re.IGNORECASE)
            if sidelines
            else None
        )
        nouns = "|".join(re.escape(n.lower()) for n in data.get("the_two", [])) or "(?!)"
        # 'The two ministers agreed to meet again': those who just met
        # 'the two foreign ministers': up to two words of the title before the noun
        two = rf"\b(?:the\s+two|both)\s+(?P<two>(?:[a-z-]+\s+){{0,2}}?(?:{nouns}))\b"
        self.the_two = Caseless(rf"{two}[^,;]*$")
        self.names_the_two = Caseless(two)
        not_met = "|".join(re.escape(w) for w in sorted(data.get("not_met", []), key=len)[::-1])
        # 'meets nearly 90 percent of its edible oil requirement': no one is met
        self.not_met = Caseless(
            rf"\s+(?:[\w%.,'’-]+\s+){{0,8}}?(?:{not_met})\b" if not_met else "(?!)"
        )
        # 'the southern Armenian town of Meghri': a place the gazetteer may not know, in that state
        self.town_of = re.compile(
            rf"\s+(?:(?:{alternation(data['town_adjectives'])})\s+)?"
            rf"(?:{alternation(data['town_nouns'])})\s+of\s+"
            r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
        )
        # 'at the Foreign Office', 'at Joint Staff Headquarters': a venue
        self.at_venue = re.compile(
            r"\bat\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,4}"
            rf"(?:{alternation(data['venue_nouns'])})"
            r"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})?)"
        )
        #: words a ministry's name may go on with after 'and' ('Ministry of Foreign and
        #: Diaspora Affairs'); other words after 'and' start something else
        self.portfolio_words = set(lexicon["portfolios.json"]["words"])
        homes = data.get("home_venue_nouns", [])
        #: 'Kenya Ministry of ...', 'Omani Chamber of ...': a state's venue, in that state
        self.home_venue = (
            re.compile(rf"((?:[A-Z][\w'’-]*\s+){{1,2}}?)(?:{alternation(homes)})\b")
            if homes
            else None
        )
        #: a venue named after someone's office: 'at the latter's office at Singha Durbar'
        self.office_at = re.compile(
            r"\b(?:his|her|their|its|the\s+latter['’]s|the\s+former['’]s)\s+"
            r"(?:official\s+|private\s+)?"  # 'at his official residence in Karen'
            rf"(?:{alternation(data['office_nouns'])})\s+(?:at|in)\s+"
            r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
        )
        # 'a two-day visit to the East African country'
        self.region_noun = re.compile(rf"\s+(?:{alternation(data['country_nouns'])})\b")
        # 'a tour of Southeast European countries', 'the Gulf states': no one place
        plurals = alternation(data.get("country_plurals", [])) or "(?!)"
        self.several_states = re.compile(rf"\s+(?:{plurals})\b")
        # 'before departing for Baghdad'
        self.departure = re.compile(
            rf"(?:\w+\s+)*?(?:{alternation(data['departure_verbs'])})\b", re.IGNORECASE
        )
        # ', in the framework of a week-long tour of the country': the tour of the main
        # clause's subject, not of the person named last
        self.as_part_of = re.compile(
            rf",\s*(?:{alternation(data['part_of'])})\s+"
            r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,3}$",
            re.IGNORECASE,
        )
        # a person's part in a session: 'is visiting Mongolia to co-chair the ninth meeting of'
        self.takes_part = re.compile(
            rf"\b(?:to|will|would|shall)\s+(?:{alternation(data['session_parts'])})\b",
            re.IGNORECASE,
        )
        # 'the delegation led by': its leader
        # 'a delegation of the National Assembly of the Republic of Korea led by': the
        # body or country a group is of may stand between its noun and 'led by' (not 'a
        # delegation of Emirati investors led by', a group of another side)
        of = r"(?-i:(?:\s+(?:of|from)(?:\s+(?:the|of|and|[A-Z][\w'’.()-]*)){1,10}?)?)"
        led = {
            rf"{re.escape(noun.rstrip(','))}{of},?\s+{alternation([rest])}"
            for noun, _, rest in (p.partition(" ") for p in data["led_by"])
            if rest
        }
        self.led_by = re.compile(rf"\b(?:{'|'.join(sorted(led, key=len, reverse=True))})\b", re.I)
        # the word every 'led by' phrase ends in, if one: a sentence without it is skipped
        lasts = {p.split()[-1].lower() for p in data["led_by"]}
        self.led_by_last = f" {lasts.pop()} " if len(lasts) == 1 else None
        leads = alternation(data.get("leads", [])) or "(?!)"
        self.leads = re.compile(
            rf"\b(?:{leads})\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){{0,3}}?(?:delegation|mission)\b"
        )
        # 'the Kingdom', 'the Sultanate': a country named elsewhere in the article
        self.regions = {fold(r) for r in lexicon["countries.json"].get("regions", [])}
        self.country_nominals = {
            n.split()[-1].lower() for n in lexicon["trade.json"]["words"]["country_nominal"]
        }

    def extract(self, doc: AnalyzedArticle) -> list[Occurrence]:
        """Return the meetings and visits of an article, merged where they are one."""
        found: list[Occurrence] = []
        # earlier sessions told as background: kept apart, so nothing joins or follows them
        background: list[Occurrence] = []
        lead = self._lead_date(doc)  # the day the lead reports, once per article
        # the day the story is at (told last, or of an event), and the sentence that told it
        story: PartialDate | None = None
        story_at = -1
        # the day an eventless sentence opens on ('On Tuesday, ...'), and that sentence
        opened: PartialDate | None = None
        opened_at = -1
        for current in doc.sentences:
            text = current.sentence.text
            low = text.lower()
            if self.past_sessions is not None and _passes(self.past_session_gate, low):
                earlier, now = self._past_sessions(doc, current, lead)
                background.extend(earlier)
                found.extend(now)
            previous = next(
                (
                    o.date
                    for o in reversed(found)
                    if o.date
                    and o.date.day
                    and not o.planned
                    # 'The visitors were received by': the day of the visit before too
                    and (o.kind == "meeting" or low.startswith(self.party))
                ),
                None,
            )
            if self.itinerary.keeps_day(text):
                # 'The delegation arrived in Lima on Monday. That same afternoon, ...': the day
                # of the sentence just before, a visit's too, over an earlier meeting's
                previous = next(
                    (
                        o.date
                        for o in reversed(found)
                        if o.sentence == current.sentence.index - 1
                        and o.date
                        and o.date.day
                        and not o.planned
                    ),
                    previous,
                )
            if (
                previous is None
                and story is not None
                and current.sentence.index - story_at == 1
                and self.itinerary.keeps_day(text)
            ):
                previous = story  # '... arrived in Tbilisi on Monday. The same day ...'
            joined = self._joins_meeting(current, found)
            before = len(found)
            # 'On Tuesday, 150 firms attended a forum. X opened it and later met Y': the day
            # the sentence before opened on dates what this one leaves undated
            undated = (
                opened if opened is not None and opened_at == current.sentence.index - 1 else lead
            )
            if story is not None and story_at == current.sentence.index - 1:
                # '... visited Andijan region last Thursday. In Andijan, X held talks with Y'
                undated = story if _opens_where(text, found) else undated
            # the strict gates are sound where Caseless patterns run on `low`, as here
            plain = len(low) == len(text)
            visiting = _passes(self.visit_literals if plain else self.visit_gate, low)
            if (visiting or (_visitable(current) and self.presence.search(text))) and (
                current.refs
                or current.unnamed_titles
                or self.delegation.search(text)
                or (
                    visiting
                    and self.names_the_two.search(text)
                    and any(o.kind == "meeting" for o in found)
                )
            ):  # a visit is made by someone referred to, an unnamed office, a delegation or
                # 'the two ministers' who met before
                found.extend(self._visits(doc, current, previous, undated, found))
            if not joined:  # 'X, who arrived on Sunday, was accompanied by Y': no meeting
                self._gatherings(doc, current, low, previous, undated, found)
            if len(found) == before:
                self._told_after(doc, current, found)
            day = self._story_day(doc, text, story, found[before:])
            if day is not story:
                story, story_at = day, current.sentence.index
            if len(found) == before:
                opened, opened_at = self._opening_day(doc, text), current.sentence.index
        self._led_delegations(doc, found)
        self._place_meetings(doc, found)
        return [*_merge(found), *background]

    def _opening_day(self, doc: AnalyzedArticle, text: str) -> PartialDate | None:
        """Return the day a sentence opens on ('On Tuesday, some 150 firms attended ...')."""
        words = text[:_OPENING_REACH].split()[:3]
        if not any(w[:1].isdigit() or self.dates.is_date_word(w.strip(",")) for w in words):
            return None  # no weekday, month or number among its first words
        found = self.dates.find(text[:_OPENING_REACH], doc.article.date, past=True)
        first = min(found, key=lambda d: d.start) if found else None
        if first is None or first.start > 3 or first.date is None or first.date.day is None:
            return None
        return first.date

    def _gatherings(
        self,
        doc: AnalyzedArticle,
        current: AnalyzedSentence,
        low: str,
        previous: PartialDate | None,
        lead: PartialDate | None,
        found: list[Occurrence],
    ) -> None:
        """Add to `found` the talks, sessions and meetings a sentence tells."""
        text = current.sentence.text
        plain = len(low) == len(text)
        if self.addresses is not None and _passes(self.address_gate, low):
            found.extend(self._addresses(doc, current, previous, lead))
        if self.sessions is not None and _passes(self.session_gate, low):
            found.extend(self._sessions(doc, current, lead))
        if (
            _has_parties(current, low)
            and _passes(self.meeting_literals if plain else self.meeting_gate, low)
            # a call, letter or video link is no meeting; a visit told of beside one still is
            and not (_passes(self.remote_gate, low) and self.remote.search(text))
        ):
            meetings = self._meetings(doc, current, previous, lead, found)
            if meetings and (self.same_place.match(text) or low.startswith(self.party)):
                _place_as_before(meetings, found)
            if low.startswith(self.party):
                for meeting in meetings:
                    meeting.by_delegation = meeting.unnamed_party
            found.extend(meetings)

    def _story_day(
        self, doc: AnalyzedArticle, text: str, story: PartialDate | None, new: list[Occurrence]
    ) -> PartialDate | None:
        """Date the sentence's events by the day it opens on ('On the second day of her
        visit', 'Two days later'), if it does; return the day the story is at after it."""
        # ', who arrived in Baku on Monday, thanked': an aside, the story stays where it was
        aside = any(o.kind == "visit" for o in new) and self.arrival_clause.search(text) is not None
        told = self.itinerary.told_day(doc, text, story)
        if told is not None:
            # 'A day earlier, X, who arrived on Tuesday, held talks': the arrival keeps its day
            arrival = self._arrival_day(doc, text) if aside else None
            for occ in new:
                kept = arrival is not None and occ.kind == "visit" and occ.date == arrival
                if not occ.planned and not kept:
                    occ.date = told
            return told
        dated = [
            o.date
            for o in new
            if o.date and o.date.day and not o.planned and not (aside and o.kind == "visit")
        ]
        if dated:
            return dated[-1]
        if all(o.kind == "visit" for o in new):
            # 'X presented his credentials to the State President on March 6. The following
            # day, he ...': a day the sentence tells of, though no event of ours
            return self._day_told_of(doc, text) or story
        return story

    def _arrival_day(self, doc: AnalyzedArticle, text: str) -> PartialDate | None:
        """Return the day an arrival's aside gives: ', who arrived in Astana on Tuesday,'."""
        aside = self._arrival_aside(text)
        if aside is None or doc.article.date is None:
            return None
        told = text[aside[0] : aside[1]]
        days = [d.date for d in self.dates.find(told, doc.article.date, past=True) if d.date]
        return days[0] if days and days[0].day is not None else None

    def _arrival_aside(self, text: str) -> tuple[int, int] | None:
        """Return where an arrival's aside starts and ends, at its comma: ', who arrived in
        Hanoi late last month,'."""
        arrival = self.arrival_clause.search(text)
        if arrival is None:
            return None
        end = text.find(",", arrival.start() + 1)
        return arrival.start(), end if end > 0 else len(text)

    def _day_told_of(self, doc: AnalyzedArticle, text: str) -> PartialDate | None:
        """Return the one past day of this year a sentence names outside an arrival's aside."""
        anchor = doc.article.date
        if anchor is None or not _DAY_WORD.search(text):
            return None
        aside = self._arrival_aside(text) or (0, 0)
        days = {
            d.date
            for d in self.dates.find(text, anchor, past=True)
            if d.date is not None
            and d.date.day is not None
            and d.date.year == anchor.year
            and not aside[0] <= d.start < aside[1]
        }
        return days.pop() if len(days) == 1 else None

    def _joins_meeting(self, current: AnalyzedSentence, found: list[Occurrence]) -> bool:
        """Add the people of 'The meeting was attended by X' to the meeting just reported,
        and those of 'On the Ghanaian side, the Commission is co-chaired by X' to the session
        just reported."""
        text = current.sentence.text
        if not current.refs:
            return False
        chairs = not self.attendance.search(text)
        if chairs and not self._chair_told(text):
            return False
        last = next((o for o in reversed(found) if o.kind == "meeting"), None)
        if last is None or current.sentence.index - last.sentence > 3:
            return False
        if chairs and not (last.session or self.session_nouns.search(last.evidence.sentence)):
            return False  # 'X met the Ambassador Y. On the Lithuanian side, the commission is'
        last.people = _unique(last.people + [r.person for r in current.refs])
        return True

    def _led_delegations(self, doc: AnalyzedArticle, found: list[Occurrence]) -> None:
        """Give a visit by 'the delegation' the person the article says leads it (one of
        the group's country, when the group has one), or who the same sentence says met
        someone there, and a meeting with the visitors ('The visitors were received by X')
        too."""
        if not any((occ.kind == "visit" and not occ.people) or occ.by_delegation for occ in found):
            return
        leaders = [
            # the first named after 'delegation led by': not 'Nangolo' of '..., led by X,
            # held talks with Nangolo'
            min(after, key=lambda r: r.start).person
            for s in doc.sentences
            if self.led_by_last is None or self.led_by_last in s.sentence.text
            for m in self.led_by.finditer(s.sentence.text)
            if (
                after := [
                    r
                    for r in s.refs
                    if m.end() <= s.tokens[r.start].start - s.sentence.start <= m.end() + 120
                ]
            )
        ]
        for s in doc.sentences:  # 'Dr Mudzingwa, who led a 25-member delegation to Belarus'
            for m in self.leads.finditer(s.sentence.text):
                before = [
                    r
                    for r in _refs_before(s, m.start())
                    if m.start() - (s.tokens[r.end - 1].end - s.sentence.start) <= 60
                ]
                leaders += [r.person for r in before[-1:]]
        for occ in found:
            if occ.kind == "visit" and not occ.people:
                # 'The final leg took the mission to Cape Town, where Hruška met ...': who met
                met = next(
                    (
                        o.people[:1]
                        for o in found
                        if o.kind == "meeting"
                        and o.sentence == occ.sentence
                        and o.people
                        and not o.unnamed_party
                    ),
                    None,
                )
                if met:
                    occ.people = met
                    continue
                country = self._group_country(doc, occ)
                if country is None:
                    occ.people = leaders[:1]
                else:  # 'the Latvian delegation': a Latvian leader, else Latvia's official
                    own = [p for p in leaders if country in p.states]
                    occ.people = own[:1] or self._most_named_official(doc, country)
            elif leaders and occ.by_delegation and all(p is not leaders[0] for p in occ.people):
                occ.people = [*occ.people, leaders[0]]
                occ.unnamed_party = False

    def _group_country(self, doc: AnalyzedArticle, occ: Occurrence) -> str | None:
        """Return the country of the group that makes a visit ('the Latvian delegation')."""
        countries = self._group_countries(doc.sentences[occ.sentence])
        return countries.pop() if len(countries) == 1 else None

    def _group_countries(self, current: AnalyzedSentence) -> set[str]:
        """Return the countries of the groups a sentence names ('the Latvian delegation')."""
        text, offset = current.sentence.text, current.sentence.start
        return {
            g.country
            for g in current.places
            if g.kind == "demonym" and self.group_after.match(text, g.char_end - offset)
        }

    def _most_named_official(self, doc: AnalyzedArticle, country: str) -> list[Person]:
        """Return the official of `country` the article names most, if one stands out: the
        leader of a delegation no one says leads it ('the Latvian delegation flew to ...')."""
        officials = sorted(
            (p for p in doc.people if country in p.states), key=lambda p: -p.mentions
        )
        if officials and (len(officials) == 1 or officials[0].mentions > officials[1].mentions):
            return officials[:1]
        return []

    # -- visits ------------------------------------------------------------------------------

    def _visits(
        self,
        doc: AnalyzedArticle,
        current: AnalyzedSentence,
        previous: PartialDate | None,
        lead: PartialDate | None,
        found: Sequence[Occurrence] = (),
    ) -> list[Occurrence]:
        text = current.sentence.text
        offset = current.sentence.start
        out: list[Occurrence] = []
        for m in self._visit_triggers(current):
            if self.generic.search(text, max(0, m.start() - 20), m.end() + 5):
                continue
            if _negated(text, m.start()):
                continue  # 'has never visited', 'did not travel to'
            if self._historical(text, m.start(), m.end()):
                continue  # '... had reached the ports of Sindh as early as the 16th century'
            if (
                self.wishes is not None
                and self.wishes.search(text, max(0, m.start() - 50), m.start())
                and not _ACCEPTED.search(text, max(0, m.start() - 50))
            ) or self._wished(text, m.start()):
                continue  # 'was keen to send a business delegation to Morocco' (not 'accepted
                # an invitation to pay a return visit to Paraguay next year')
            if m.group().lower() == "visiting" and _describes_person(current, m.end()):
                continue  # 'met visiting Japanese State Minister of Defense Kenji Morimoto'
            location = self._place_after_trigger(doc, current, m)
            if location is None and self.here.match(text, m.end() + 1):
                location = self._dateline_place(doc)
            if location is None:
                location = self._site_after(doc, text, m.end(), [*found, *out])
            if location is None:
                continue
            head = m.start()
            if _AND_MAYBE_TO.search(text, 0, m.start()) or _AND_VERB.match(m.group()):
                # 'is to meet X ... and to visit', 'is expected to meet X and visit'
                first = _TO_VERB.search(text, 0, m.start())
                head = first.start() if first else head
            subject_refs = [
                r
                for r in _refs_before(current, head)
                # 'Pakistani surgical instruments, he added, also reached ...': a speaker
                if not self.speaker_aside.match(text, current.tokens[r.end - 1].end - offset)
            ]
            if subject_refs and (
                self.as_part_of.search(text, 0, m.start())
                or _BEFORE_GOING.search(text, 0, m.start())
            ):  # '..., as part of', 'X is to meet Y at the ministry before flying to'
                subject_refs = subject_refs[:1]  # the main clause's subject opens the sentence
            inner = [
                r
                for r in current.refs
                if m.start() <= current.tokens[r.start].start - offset < m.end()
            ]
            possessor = any(
                m.start() <= current.tokens[t.start].start - offset < m.end()
                or _possessive_before(current, t, m.start())
                for t in current.unnamed_titles
            )  # 'the visit of the Prime Minister of Pakistan to Belarus', 'the Mozambican
            # President's state visit to Vietnam': an unnamed visitor
            visitors = (
                inner
                if possessor
                else inner
                or _subjects(text, offset, current, subject_refs, m.start(), self.object_verb)
            )
            people = _unique([r.person for r in visitors])
            if not possessor:  # not 'The two sides recalled the visit of the Prime Minister'
                people = people or self._the_two(doc, current, m.start(), found)
            if self.group_that.search(text, max(0, m.start() - 40), m.start()):
                people = []  # '... attended by a German delegation that arrived on Monday'
            if not inner and self.group_subject.search(text, 0, m.start()):
                people = []  # '..., before the team travelled to Gomel': the delegation's
            if (
                people
                and (self.departure.match(m.group()) or self.presence.fullmatch(m.group()))
                and all(any(t.country == location.country for t in p.titles) for p in people)
            ):
                continue  # 'before departing for Baghdad': an Iraqi general going home; 'Nepal's
                # envoy in Beijing, who is in Kathmandu for the ambassadors' conference'
            if (
                not people
                and self.departure.match(m.group())
                and location.country in self._group_countries(current)
            ):
                continue  # 'The Emirati delegation will tour ... before departing for Abu Dhabi'

            if not people and not (current.unnamed_titles or self.delegation.search(text)):
                continue
            planned = self._is_planned(text, m.start(), m.end())
            date = self._date(doc, current, (m.start(), m.end()), planned, previous, lead)
            anchor = doc.article.date
            if anchor is not None and self._stay(text, m, anchor):
                date = PartialDate(anchor.year, anchor.month)  # 'is on a three-day visit to'
            out.append(
                Occurrence(
                    "visit",
                    people,
                    location,
                    date,
                    planned,
                    Evidence(text, offset, current.sentence.end, 0.8),
                    current.sentence.index,
                )
            )
        return out

    def _stay(self, text: str, m: re.Match[str], anchor: dt.date | None) -> bool:
        """Tell whether a trigger tells of a stay under way ('is on a three-day visit to')
        with no date of its own in its clause: it spans days, so its date is the month."""
        progressive = m.group().lower().startswith("visiting") and _IS_BEFORE.search(
            text, 0, m.start()
        )  # 'who is visiting the Kingdom at the head of a delegation'
        paying = self.paying.search(text, max(0, m.start() - 40), m.start())
        if not (_STAY.match(m.group()) or progressive or paying):
            return False  # not 'is on a visit to', 'who is paying a working visit to'
        end = min(_clause_end(text, m.end()), m.end() + _DATE_REACH)
        clause = text[m.end() : end]
        # 'through Wednesday', 'until Friday': when the stay ends, not its date
        return all(_UNTIL.search(clause, 0, d.start) for d in self.dates.find(clause, anchor))

    def _addresses(
        self,
        doc: AnalyzedArticle,
        current: AnalyzedSentence,
        previous: PartialDate | None,
        lead: PartialDate | None,
    ) -> list[Occurrence]:
        """Return talks given at a host's venue: 'He was speaking at the Lahore Chamber of
        Commerce and Industry (LCCI) on Wednesday' is a meeting with the chamber."""
        assert self.addresses is not None
        text, offset = current.sentence.text, current.sentence.start
        out: list[Occurrence] = []
        for m in self.addresses.finditer(text):
            location = self._place_after_trigger(doc, current, m)
            if location is None or location.kind != "place":
                continue  # a venue, not 'a seminar' nor a city
            people = _doers(current, m.start())
            if not people:
                continue
            planned = self._is_planned(text, m.start(), m.end())
            date = self._date(doc, current, (m.start(), m.end()), planned, previous, lead)
            evidence = Evidence(text, offset, current.sentence.end, 0.7)
            index = current.sentence.index
            out.append(
                Occurrence("meeting", people, location, date, planned, evidence, index, True)
            )
        return out

    def _sessions(
        self, doc: AnalyzedArticle, current: AnalyzedSentence, lead: PartialDate | None
    ) -> list[Occurrence]:
        """Return the meetings of bodies announced with no one named: 'the next session of
        the Joint Commission will be held in Kathmandu in March'."""
        assert self.sessions is not None
        text = current.sentence.text
        out: list[Occurrence] = []
        for m in self.sessions.finditer(text):
            location = self._place_after_trigger(doc, current, m)
            if location is None:
                continue
            # its verb dates it, not its subject: ', which is expected to meet in Lagos in June,'
            verb = max((v.start() for v in _FUTURE.finditer(text, m.start(), m.end())), default=0)
            date = self._date(doc, current, (max(m.start(), verb), m.end()), True, None, lead)
            evidence = Evidence(text, current.sentence.start, current.sentence.end, 0.7)
            people: list[Person] = []
            if self.takes_part.search(text, 0, m.start()):  # 'X is in Mongolia to co-chair the ...'
                people = _doers(current, m.start())
            index = current.sentence.index
            # the body meets: its members are not named
            out.append(Occurrence("meeting", people, location, date, True, evidence, index, True))
        return out

    def _past_sessions(
        self, doc: AnalyzedArticle, current: AnalyzedSentence, lead: PartialDate | None
    ) -> tuple[list[Occurrence], list[Occurrence]]:
        """Return the sessions of bodies told with no one named: the earlier ones, dated by
        a year ('the previous round of consultations held in Vilnius in October 2023'), and
        the one the story reports ('The third session of the commission was held in Muscat
        today'), which its people join."""
        assert self.past_sessions is not None
        text = current.sentence.text
        anchor = doc.article.date
        earlier: list[Occurrence] = []
        now: list[Occurrence] = []
        evidence = Evidence(text, current.sentence.start, current.sentence.end, 0.7)
        for m in self.past_sessions.finditer(text):
            location = self._place_after_trigger(doc, current, m)
            if location is None:
                continue
            end = min(_clause_end(text, m.end()), m.end() + _DATE_REACH + 40)
            dated = [
                d.date
                for d in self.dates.find(text[m.end() : end], anchor, past=True)
                if d.date is not None and _YEAR_IN.search(text[m.end() + d.start : m.end() + d.end])
            ]
            date = dated[0] if dated else None
            if date is None and self.earlier_session.search(text, 0, m.start()):
                continue  # 'the previous session held in Budapest'
            if date is None or (
                anchor is not None and (date.year, date.month or 0) >= (anchor.year, anchor.month)
            ):
                # the story's own session: its day, and the people told with it join it
                if not self._is_planned(text, m.start(), m.end()) and not _TO_BE.search(m.group()):
                    date = self._date(doc, current, (m.start(), m.end()), False, None, lead)
                    occ = Occurrence(
                        "meeting", [], location, date, False, evidence, current.sentence.index
                    )
                    occ.session = True
                    now.append(occ)
                continue
            earlier.append(
                Occurrence(
                    "meeting", [], location, date, False, evidence, current.sentence.index, True
                )
            )
        return earlier, now

    def _place_after_trigger(
        self, doc: AnalyzedArticle, current: AnalyzedSentence, m: re.Match[str]
    ) -> Location | None:
        """Return the place named after a trigger, within its clause."""
        text = current.sentence.text
        if _THE_COUNTRY.match(text, m.end()):
            # 'jetted into the country on Wednesday' in a paper datelined at home: there
            dateline = self._dateline_place(doc)
            if dateline is not None and dateline.country == doc.article.home_country:
                return dateline
        stop = min(_clause_end(text, m.end()), m.end() + 80)
        place = self._place_after(doc, current, m.end(), stop)
        nominal = _THE_STATE.match(text, m.end()) if place is None else None
        if nominal is not None and nominal.group(1).lower() in self.country_nominals:
            # 'would pay a visit to the sultanate': the one the article tells of
            iso3 = self.gazetteer.nominal_country(nominal.group(1), doc.home_first)
            if iso3 is not None:
                return Location(self.gazetteer.name_of(iso3), iso3, "country")
        return place

    def _site_after(
        self, doc: AnalyzedArticle, text: str, end: int, found: Sequence[Occurrence]
    ) -> Location | None:
        """Return the site a visit trigger names right after it ('will visit the
        Karama-Trebil border crossing'), in the country of the trip told before, else of
        the dateline, else of the paper."""
        site = self.site.match(text, end)
        if site is None:
            return None
        trip = next((o.location for o in reversed(found) if o.kind == "visit" and o.location), None)
        place = trip or self._dateline_place(doc) or self._home(doc)
        country = place.country if place is not None else None
        return Location(site.group("site"), country, "place", None)

    def _visit_triggers(self, current: AnalyzedSentence) -> list[re.Match[str]]:
        """Return the visit triggers of a sentence; 'X is in Baku' only right before a place."""
        text = current.sentence.text
        low = text.lower()
        may_visit = len(low) != len(text) or _passes(self.visit_literals, low)
        found = list(self.visit.finditer(text)) if may_visit else []
        starts = _visitable(current)
        for m in self.presence.finditer(text) if starts else ():
            after = m.end() + len(text[m.end() :]) - len(text[m.end() :].lstrip())
            if after in starts and not any(f.start() <= m.start() < f.end() for f in found):
                found.append(m)
        return sorted(found, key=lambda m: m.start())

    # -- meetings ----------------------------------------------------------------------------

    def _chair_told(self, text: str) -> bool:
        """Tell whether a sentence tells who chairs a body or leads a side, not of a session
        of its own: 'the commission is co-chaired by X', 'The Indian side was led by X'; not
        'The two-day meeting ... is co-chaired by X'."""
        m = self.joining_chairs.search(text) if "chair" in text or "side" in text else None
        return m is not None and not self.session_nouns.search(text, 0, m.start())

    def _meetings(
        self,
        doc: AnalyzedArticle,
        current: AnalyzedSentence,
        previous: PartialDate | None,
        lead: PartialDate | None,
        found: Sequence[Occurrence] = (),
    ) -> list[Occurrence]:
        text = current.sentence.text
        offset = current.sentence.start
        # 'The council meeting was co-chaired by ...': the meeting told before, its day and place
        told, told_place = self._told_before(doc, current)
        told_day = self._day_told(doc, told)
        for m in self.meeting.finditer(text):
            if _negated(text, m.start()):
                continue  # 'which has not met since 2019'
            if m.group().lower().startswith("call") and self.appeal.match(text, m.end()):
                continue
            if m.group().lower().startswith(("met", "meet")) and self.not_met.match(text, m.end()):
                continue
            if self._historical(text, m.start(), m.end()):
                continue
            if m.group().lower().startswith("host") and _PASSIVE_BE.search(text, 0, m.start()):
                continue  # 'whose Secretariat is hosted in Accra': a seat, not a meeting
            if "chair" in m.group().lower() and self._chair_told(text):
                continue  # 'On the Lithuanian side, the commission is co-chaired by X'
            if self._wished(text, m.start()):
                continue  # 'invited X to visit Hanoi at a convenient date to co-chair its first'
            people = _unique([r.person for r in current.refs])
            people = people or self._the_two(doc, current, m.start(), found)
            after = text[m.end() : _clause_end(text, m.end())]
            other_side = bool(
                current.unnamed_titles
                or self.delegation.search(after)
                or self.offices.search(after)  # 'was received by the prime minister'
                or any(current.tokens[r.start].start - offset >= m.end() for r in current.refs)
            )
            if not people or (len(people) < 2 and not other_side):
                continue
            if m.group().lower().startswith("for") and not any(
                current.tokens[r.start].start - offset >= m.end() for r in current.refs
            ):
                continue  # 'travels on to Abu Dhabi for talks with Emirati officials': no one
            unnamed_party = len(people) < 2
            planned = self._is_planned(text, m.start(), m.end())
            if (
                planned
                and unnamed_party
                and not current.unnamed_titles
                and not self.offices.search(after)
                and not _names_body(current, m.end(), m.end() + len(after))
            ):
                continue  # 'will travel to Nairobi to meet Kenyan millers': no one to meet yet
            date = self._date(doc, current, (m.start(), m.end()), planned, previous, lead, told_day)
            location = (
                self._place_where(current, m.start())
                or self._visited_where(doc, current, m.start())
                or self._trip_purpose(doc, current, m.start())
                or self._place_in(
                    current,
                    _later_event_at(text, m.end()),
                    [
                        (r.start(), r.end())
                        for r in _ASIDE_CLAUSE.finditer(text)
                        if not r.start() <= m.start() < r.end()
                        # not ', who arrived in Tunis on Wednesday,': where they are
                        and not self.arrived.search(r.group())
                    ],
                )
                or self._in_the_capital(doc, current)
                or self._forum_city(current, m.end())
            )
            if told_place is not None and (
                location is None
                or (location.kind == "country" and location.country == told_place.country)
            ):
                location = told_place  # 'The meeting was ...': where the meeting told was
            evidence = Evidence(text, offset, current.sentence.end, 0.8)
            groups = self._separate_meetings(current, m) or [people]
            places = [location] * len(groups)
            if self.split_objects.fullmatch(m.group()):
                before = _unique([r.person for r in _refs_before(current, m.start())])
                after = [p for p in people if all(p is not b for b in before)]
                if before and len(after) > 1:
                    groups = [_unique([*before, p]) for p in after]
                    places = self._venues_of(current, after, location)
            return [
                Occurrence(
                    "meeting",
                    group,
                    place,
                    date,
                    planned,
                    evidence,
                    current.sentence.index,
                    unnamed_party=unnamed_party,
                )
                for group, place in zip(groups, places, strict=True)
            ]
        return self._joint_meeting(doc, current, previous, lead, found)

    def _the_two(
        self,
        doc: AnalyzedArticle,
        current: AnalyzedSentence,
        position: int,
        found: Sequence[Occurrence],
    ) -> list[Person]:
        """Return who 'the two ministers' before `position` are: the only two people referred
        to so far whose titles hold its words ('Yesterday, the two foreign ministers held
        talks'), else the people of the meeting told last ('The two ministers agreed to
        meet again in Belgrade'), else nobody."""
        text = current.sentence.text
        m = self.the_two.search(text, 0, position)
        if m is None or _OWN_SUBJECT.search(text, m.end("two"), position):
            return []  # 'The two ministers agreed that the Joint Commission would meet in Malé'
        words = m.group("two").lower().split()
        words[-1] = words[-1].removesuffix("s")  # 'ministers': a 'Minister' each
        seen: list[Person] = []
        for sentence in doc.sentences:
            seen.extend(r.person for r in sentence.refs if r.person not in seen)
            if sentence is current:
                break
        titled = [
            p
            for p in seen
            if any(all(w in t.text.lower().split() for w in words) for t in p.titles)
        ]
        if len(titled) == 2:
            return titled
        last = next((o for o in reversed(found) if o.kind == "meeting"), None)
        return list(last.people) if last is not None else []

    def _separate_meetings(
        self, current: AnalyzedSentence, first: re.Match[str]
    ) -> list[list[Person]] | None:
        """Split 'X first met A, and later he was received by B' into two meetings.

        Each later trigger with people of its own after it, in a clause of its own, is a
        meeting of the subject with them; None when the sentence reports one meeting.
        """
        text, offset = current.sentence.text, current.sentence.start
        triggers = [first]
        for m in self.meeting.finditer(text, first.end()):
            if _CLAUSE_BREAK.search(text, triggers[-1].end(), m.start()):
                triggers.append(m)
        if len(triggers) < 2:
            return None

        def at(r: Reference) -> int:
            return current.tokens[r.start].start - offset

        subject = _unique([r.person for r in current.refs if at(r) < first.start()])
        if not subject:
            return None
        bounds = [*(m.start() for m in triggers[1:]), len(text)]
        groups = []
        for m, end in zip(triggers, bounds, strict=True):
            others = _unique(
                [
                    r.person
                    for r in current.refs
                    if m.end() <= at(r) < end and all(r.person is not p for p in subject)
                ]
            )
            if not others:
                return None
            groups.append([*subject, *others])
        return groups

    def _joint_meeting(
        self,
        doc: AnalyzedArticle,
        current: AnalyzedSentence,
        previous: PartialDate | None,
        lead: PartialDate | None,
        found: Sequence[Occurrence] = (),
    ) -> list[Occurrence]:
        """'Minister X and the visiting Secretary of State Y on Tuesday reviewed ...': two
        people of two countries doing something together have met.

        'X and Y held talks in Moscow' (events.json "joint_meetings") is a meeting also when
        it is planned, and 'the two ministers held talks' one of the meeting told before.
        """
        text, offset = current.sentence.text, current.sentence.start
        m = self.joint_meeting.search(text) if self.joint_meeting is not None else None
        if m is not None:
            people = _unique([r.person for r in _refs_before(current, m.start())])
            people = people or self._the_two(doc, current, m.start(), found)
            planned = self._is_planned(text, m.start(), m.end())
            home = doc.article.home_country
        elif self.joint is not None and (m := self.joint.search(text)) is not None:
            if " and " not in text[: m.start()] or self.planned.search(text, 0, m.start()):
                return []
            people = _unique([r.person for r in _refs_before(current, m.start())])
            planned, home = False, None
        else:
            return []
        if _negated(text, m.start()) or self._historical(text, m.start(), m.end()):
            return []
        # held talks: a title that names no state serves the paper's ('Foreign Minister Dimas')
        countries = {
            next((t.country for t in p.titles if t.country), home if p.titles else None)
            for p in people
        }
        countries.discard(None)
        if len(people) < 2 or len(countries) < 2:
            return []
        date = self._date(doc, current, (m.start(), m.end()), planned, previous, lead)
        # not 'where they agreed to hold the next session in Santiago'
        location = self._place_in(current, _clause_end(text, m.end())) or self._in_the_capital(
            doc, current
        )
        evidence = Evidence(text, offset, current.sentence.end, 0.7)
        return [
            Occurrence("meeting", people, location, date, planned, evidence, current.sentence.index)
        ]

    def _place_meetings(self, doc: AnalyzedArticle, found: list[Occurrence]) -> None:
        """Place meetings with no place of their own, and venues visited with no state, where
        their people are visiting."""
        visits = [o for o in found if o.kind == "visit" and not o.planned and o.location]
        trips = [t for t in visits if t.location and t.location.kind in ("country", "city")]
        # a visit to a venue ('landed at the CATAM air base in Bogotá') is one to its city,
        # when no visit to a city or country tells where they were
        sites = [
            replace(o, location=Location(o.location.within, o.location.country, "city"))
            for o in visits
            if o.location
            and o.location.kind == "place"
            and o.location.within
            and o.location.country in doc.countries[:2]  # not "Nur Khan Airbase" in Iran's Nur
        ]
        dateline, home = self._dateline_place(doc), self._home(doc)
        for occ in found:
            venue = occ.location if occ.location and not occ.location.country else None
            if (occ.kind != "meeting" and (venue is None or occ.planned)) or (
                occ.location is not None and venue is None
            ):
                continue  # a meeting, or a visit to a venue ('arrived at Nur Khan Airbase')
            during = self._during(trips, occ)
            # of the stops of their tour, the one they reached last before the meeting
            theirs = [t for t in during if set(map(id, t.people)) & set(map(id, occ.people))]
            theirs = theirs or [
                t
                for t in self._during(sites, occ)
                if set(map(id, t.people)) & set(map(id, occ.people))
            ]
            trip = max(theirs, key=lambda t: t.date.iso() if t.date else "", default=None)
            if trip is None and during and not any(t.people for t in during):
                trip = during[0]
            if trip is None and venue is None:
                trip = _abroad_just_before(occ, found, dateline)
            if trip is None and dateline is None and during:
                trip = during[0]  # no dateline: the visit under way is where it happened
            # else the dateline's place, else where an envoy among them is posted ('The High
            # Commissioner is scheduled to meet ...'), else the paper's country
            place = trip.location if trip is not None else dateline or self._posted_to(occ) or home
            state = self._venue_state(venue.name) if venue is not None else None
            if state is not None and (place is None or place.country != state):
                place = Location(self.gazetteer.name_of(state), state, "country")
            if venue is not None and place is not None:  # 'at the Parliament House'
                city = place.name if place.kind == "city" else None
                place = Location(venue.name, place.country, "place", city)
            occ.location = place or venue

    def _during(self, trips: list[Occurrence], occ: Occurrence) -> list[Occurrence]:
        """Return the visits under way when `occ` took place."""
        return [
            t
            for t in trips
            if _within_trip(t.date, occ.date)  # not June's trip
            # not 'Later in the day, she travelled to Lahore' told after the meeting, nor
            # 'Earlier this month, a delegation visited the port'
            and not (
                t.sentence > occ.sentence
                and self.other_time is not None
                and self.other_time.match(t.evidence.sentence)
            )
        ]

    def _wished(self, text: str, start: int) -> bool:
        """Tell whether a trigger after 'to' is what its clause only wishes or invites to
        ('invited Ghana's Trade Minister X to visit Hanoi at a convenient date to co-chair'),
        unless the sentence says the invitation was accepted."""
        opened = self._invited(text, start)
        # 'an invitation ... to visit Santiago next year, which the President had accepted'
        return opened is not None and not _ACCEPTED.search(text, opened)

    def _invited(self, text: str, start: int) -> int | None:
        """Return where the clause starts when a trigger after 'to' is what it wishes or
        invites to ('invited X to visit Hanoi'), else None."""
        infinitive = _INFINITIVE.search(text, 0, start) or _TO.match(text, start)  # 'to visit'
        if self.wishes is None or not infinitive:
            return None
        opened = max((b.end() for b in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
        return opened if self.wishes.search(text, opened, start) else None

    def _venue_state(self, name: str) -> str | None:
        """Return the state whose own venue `name` is: 'Kenya Ministry of Foreign Affairs'."""
        m = self.home_venue.match(name) if self.home_venue is not None else None
        if m is None:
            return None
        iso3 = self.gazetteer.country(m.group(1).strip())
        return iso3 if iso3 in self.gazetteer.countries else None

    # -- parts -------------------------------------------------------------------------------

    def _historical(self, text: str, start: int, end: int) -> bool:
        """Tell whether a trigger's clause is set in history ('as early as the 16th century'),
        or the sentence says the event was called off."""
        if self.called_off.search(text, end) is not None:
            return True  # '..., but the meeting was postponed': it never took place
        if self.historical is None:
            return False
        return self.historical.search(text, start, _clause_end(text, end)) is not None

    def _is_planned(self, text: str, start: int, end: int) -> bool:
        """Tell whether a trigger's clause announces the event ('will visit', 'is due to').

        A relative clause ('X, who is on a visit to Algeria, will travel to ...') is
        a clause of its own: the future of the main clause is not its future.
        """
        lo, hi = max(0, start - 100), end + 40
        if _BEFORE_GERUND.search(text, max(0, start - 120), end):
            lo = 0  # 'will call on X on Tuesday before travelling on Wednesday to Mboro'
        infinitive = text[start : start + 3].lower() == "to "  # the trigger 'to visit'
        if _AND_TO.search(text, 0, start) or (infinitive and _AND_MAYBE_TO.search(text, 0, start)):
            lo = 0  # 'is scheduled to meet X ... and to visit': the first verb's future
        opener = None
        for m in _RELATIVE_OPENER.finditer(text, lo, start):
            opener = m
        if opener is not None and "," not in text[opener.end() : start]:
            lo = opener.start()
            comma = text.find(",", end)
            hi = min(hi, comma) if comma >= 0 else hi
        marker = self.planned.search(text, lo, hi)
        if marker is not None and marker.end() <= start and self.reported is not None:
            said = self.reported.search(text, marker.end(), start)
            if said is not None and self.planned.search(text, said.end(), hi) is None:
                return False  # 'X will launch talks ..., the minister announced after meeting Y'
        # 'invited X to visit New Delhi, an invitation X accepted': a visit to come
        return marker is not None or self._invited(text, start) is not None

    def _date(
        self,
        doc: AnalyzedArticle,
        current: AnalyzedSentence,
        trigger: tuple[int, int],
        planned: bool,
        previous: PartialDate | None = None,
        lead: PartialDate | None = None,
        told: PartialDate | None = None,
    ) -> PartialDate | None:
        """Return the date of the event a trigger reports: the first date written after
        it in its clause ('will travel to Bandar Abbas on Tuesday'), else the date of the
        meeting it refers back to (`told`), else the nearest."""
        anchor = doc.article.date
        text = current.sentence.text
        position = trigger[0]
        asides = [
            (m.start(), m.end())
            for m in (
                *_RELATIVE_CLAUSE.finditer(text),
                *self.arrival_clause.finditer(text),
                *self.stay_clause.finditer(text),
            )
            if not m.start() <= position < m.end()
        ]
        written = [
            d
            for d in self.dates.find(text, anchor, past=not planned)
            if d.date is not None
            and not any(s <= d.start < e for s, e in asides)  # ', who arrived on Sunday,'
        ]
        first = min(written, key=lambda d: d.start) if written else None
        if "same day" in text.lower() or (
            not written and _RECEIVED.fullmatch(text, trigger[0], trigger[1]) is not None
        ):
            # 'X, who arrived in Tunis on Wednesday, was received the same day by': that day;
            # 'X, who arrived at Nur Khan Airbase on Monday, was received by': on arrival
            arrival = next(
                (
                    d.date
                    for d in self.dates.find(text, anchor, past=not planned)
                    if d.date is not None
                    and d.date.day is not None
                    and any(s <= d.start < e and self.arrived.search(text, s, e) for s, e in asides)
                ),
                None,
            )
            if arrival is not None:
                return arrival
        if previous is not None and first and "same day" in text[first.start : first.end].lower():
            return previous  # 'Meanwhile, on the same day, ...': the day of the event before
        # a bare year tells a done event's date only right after its trigger ('visited
        # Tashkent in 2023'); elsewhere it is rather a plan's or a figure's year
        found = [
            d
            for d in written
            if planned or d.date.month is not None or _OPENING_TIME.fullmatch(text, 0, d.start)
        ]  # 'Last year, a team visited ...', 'In 2023, X visited ...': the year opens it
        inside = [d for d in found if trigger[0] <= d.start < trigger[1]]  # 'met today with'
        if inside:
            return inside[0].date
        end = min(_clause_end(text, trigger[1]), trigger[1] + _DATE_REACH)
        after = [d for d in written if trigger[1] <= d.start < end]
        if told is not None and not planned:
            # 'The council meeting was co-chaired by X and Y, who is on a visit that began
            # on Sunday': the day of the meeting told before, not one of a closing aside
            closing = [(a.start(), a.end()) for a in _ASIDE_CLAUSE.finditer(text, trigger[1])]
            after = [d for d in after if not any(s <= d.start < e for s, e in closing)]
            if not after and not any(d.start < trigger[0] for d in found):
                own = [
                    d
                    for d in found
                    if d.date.day is not None and not any(s <= d.start < e for s, e in closing)
                ]
                # '... in Nairobi last week. On the sidelines of the meeting, X called on Y
                # last Friday': the day the sentence gives is more precise than the week
                return own[0].date if told.day is None and own else told
        if after:
            return min(after, key=lambda d: d.start).date
        if found:
            before = [d for d in found if d.start < position]
            if before or not self._same_day(text, previous):
                return min(found, key=lambda d: abs(d.start - position)).date
            days = [d for d in found if d.date.day is not None and _ON_DAY.match(text, d.start)]
            if days:  # 'Meanwhile, X met Y, head of ... (DIHK), on Tuesday': the day is its own
                return days[0].date
            # 'Earlier in the day, X met Y at the ministry, where ... the summit held in June':
            # a date only in another clause after the event is not the event's
        if self._same_day(text, previous) or (
            previous is not None and not planned and text.lower().startswith(self.party)
        ):
            return previous  # 'Later in the day, ...' keeps the day of what came before
        if anchor is None:
            return None
        if planned:
            told = self._planned_before(doc, current, anchor)
            if told is not None:  # '... the upcoming visit to Minsk in July. The guests plan to'
                return told
            return PartialDate(anchor.year, anchor.month)  # the visit under way: this month
        return lead or PartialDate.of(anchor)

    def _told_before(
        self, doc: AnalyzedArticle, current: AnalyzedSentence
    ) -> tuple[AnalyzedSentence | None, Location | None]:
        """Return the sentence that told of the meeting 'The meeting was co-chaired by ...'
        refers back to, and the place it names: the one before ('... at the 19th meeting of
        the Commission in Yerevan'), else one of the few before it that names the same noun
        and a place ('a meeting of the Business Council in Riyadh on Tuesday. ... The council
        meeting')."""
        index = current.sentence.index
        text = current.sentence.text
        side = self.sidelines.match(text) if self.sidelines is not None else None
        if index > 0 and side is not None and side.group(1).islower():
            noun = re.compile(rf"\b{re.escape(side.group(1))}\b", re.IGNORECASE)
            # the forum the story is about
            return self._named_with_place(noun, doc.sentences[:index]) or (None, None)
        m = self.anaphoric.match(text)
        if index == 0 or m is None:
            return None, None
        before = doc.sentences[index - 1]
        place = self._place_in(before)
        if place is not None or m.group().lower().startswith("it "):
            return before, place
        noun = re.compile(rf"\b{re.escape(m.group().split()[-1])}\b", re.IGNORECASE)
        earlier = doc.sentences[max(0, index - _TOLD_BACK) : index - 1]
        return self._named_with_place(noun, earlier) or (before, None)

    def _named_with_place(
        self, noun: re.Pattern[str], sentences: Sequence[AnalyzedSentence]
    ) -> tuple[AnalyzedSentence, Location] | None:
        """Return the last of `sentences` that names `noun` and a place, with the place."""
        for earlier in reversed(sentences):
            if noun.search(earlier.sentence.text):
                place = self._place_in(earlier)
                if place is not None:
                    return earlier, place
        return None

    def _told_after(
        self, doc: AnalyzedArticle, current: AnalyzedSentence, found: list[Occurrence]
    ) -> None:
        """Place and date the meeting the sentence before told of without place or day by
        an eventless sentence that refers to it ('... following talks between A and B. The
        talks were held at the Foreign Ministry in Colombo on Tuesday')."""
        index = current.sentence.index
        last = found[-1] if found else None
        text = current.sentence.text
        dated = _DAY_NAMED.match(text)  # 'The Wednesday meeting focused on ...': its day
        if (
            last is None
            or last.kind != "meeting"
            or last.planned
            or last.sentence != index - 1
            or (last.location is not None and dated is None and not _ON_A_DAY.search(text))
            or (self.anaphoric.match(text) is None and dated is None)
            or self._day_told(doc, doc.sentences[index - 1]) is not None
        ):
            return
        told = [o for o in found if o.sentence == index - 1 and o.kind == "meeting"]
        place = self._place_in(current) if last.location is None else None
        day = self._day_told(doc, current)
        for occ in told:
            occ.location = place or occ.location
            occ.date = day if day is not None and day.day is not None else occ.date

    def _day_told(self, doc: AnalyzedArticle, told: AnalyzedSentence | None) -> PartialDate | None:
        """Return the first past date a sentence writes, if any."""
        if told is None:
            return None
        for found in self.dates.find(told.sentence.text, doc.article.date, past=True):
            if found.date is not None and found.date.month is not None:
                return found.date
        return None

    def _planned_before(
        self, doc: AnalyzedArticle, current: AnalyzedSentence, anchor: dt.date
    ) -> PartialDate | None:
        """Return the date of a plan the sentence before announces, if it is after `anchor`."""
        index = current.sentence.index
        before = doc.sentences[index - 1].sentence.text if index > 0 else ""
        if not self.planned.search(before):
            return None
        for d in self.dates.find(before, anchor, past=False):
            day = d.date
            if day is not None and (day.year, day.month or 13) > (anchor.year, anchor.month):
                return day
        return None

    def _same_day(self, text: str, previous: PartialDate | None) -> bool:
        """Tell whether a sentence opens as told the same day as the event before it."""
        return previous is not None and (
            text.lower().startswith(tuple(self.same_day)) or self.itinerary.keeps_day(text)
        )

    def _lead_date(self, doc: AnalyzedArticle) -> PartialDate | None:
        """Return the day the lead reports ('... on Tuesday agreed'), if it names one.

        A report's undated events happened that day, which is often the day before
        the paper's date; only a day within the week before the article counts.
        """
        anchor = doc.article.date
        if anchor is None:
            return None
        # the first sentence with words: not the '.' a dateline 'Lima, Mar. 18 (ANDINA).' left
        lead = next((s for s in doc.sentences if any(c.isalpha() for c in s.sentence.text)), None)
        for current in [lead] if lead is not None else []:
            text = current.sentence.text
            arrival = self.arrival_clause.search(text)
            for found in self.dates.find(text, anchor, past=True):
                if self.dates.names_weekday(text[found.start : found.end]) and self.planned.search(
                    text, 0, found.start
                ):
                    continue  # 'will visit on Friday' says nothing of the day reported; but
                    # 'agreed on Monday to speed up work on an agreement that would' does
                if arrival and found.start >= arrival.start():
                    continue  # '..., who arrived in Dakar on Sunday': the arrival's day
                date = found.date
                if date is not None and date.day is not None:
                    delta = (anchor - dt.date(date.year, date.month or 1, date.day)).days
                    if 0 <= delta <= 6:
                        return date
        return None

    def _place_where(self, current: AnalyzedSentence, position: int) -> Location | None:
        """Return X of '... from Tbilisi, where earlier that day he had met ...'."""
        text, offset = current.sentence.text, current.sentence.start
        for m in _WHERE.finditer(text, 0, position):
            before = [
                g
                for g in current.places
                if g.char_end - offset <= m.start() and g.kind in ("city", "country")
            ]
            if before and before[-1].char_end - offset == m.start():
                return self._location(before[-1])
        return None

    def _visited_where(
        self, doc: AnalyzedArticle, current: AnalyzedSentence, position: int
    ) -> Location | None:
        """Return the place of '... visited the Port of Lobito, where she met ...'."""
        text = current.sentence.text
        wheres = list(_WHERE_OR_DURING.finditer(text, 0, position))
        if not wheres:
            return None
        return self._trip_before(doc, current, wheres[-1].start())

    def _trip_purpose(
        self, doc: AnalyzedArticle, current: AnalyzedSentence, position: int
    ) -> Location | None:
        """Return the place of '... will travel to Nairobi next week to meet ...'."""
        if not _TO_BEFORE.search(current.sentence.text, 0, position):
            return None
        return self._trip_before(doc, current, position)

    def _trip_before(
        self, doc: AnalyzedArticle, current: AnalyzedSentence, position: int
    ) -> Location | None:
        """Return the place the last visit trigger ending before `position` names, up to it."""
        for trigger in reversed(self._visit_triggers(current)):
            if trigger.end() <= position:
                return self._place_after(doc, current, trigger.end(), position)
        return None

    def _place_in(
        self,
        current: AnalyzedSentence,
        stop: int | None = None,
        asides: Sequence[tuple[int, int]] = (),
    ) -> Location | None:
        """Return the place a sentence says something happened: 'in Minsk', 'in the capital
        Ankara', 'at the Foreign Office' (a venue, placed in the city the sentence names);
        only before `stop`, where a later event is told, and outside `asides`."""
        text = current.sentence.text
        offset = current.sentence.start
        if stop is None:
            stop = len(text)
        titles = [(t.start, t.end) for t in current.mentions.titles]
        venue = self._at_venue(text, stop) or self.office_at.search(text, 0, stop)
        if venue is not None and (
            self.gazetteer.city(venue.group(1)) or self.gazetteer.country(venue.group(1))
        ):
            venue = None  # 'at his office in Suva': the city is the place
        tokens = current.tokens
        if (
            venue is not None
            and re.search(r"['’]s\s", venue.group(1))
            and any(
                tokens[a].start - offset <= venue.start(1) < tokens[b - 1].end - offset
                for a, b in titles
            )
        ):
            venue = None  # 'Secretary of State at Poland's Ministry of ...': an office
        city = None
        for geo in current.places:
            if geo.kind == "demonym" or any(a <= geo.start < b for a, b in titles):
                continue  # not 'Minister of Enterprises and Made in Italy'
            if geo.char_start - offset >= stop:
                break
            if any(a <= geo.char_start - offset < b for a, b in asides):
                continue  # ', who is accredited from the embassy in Stockholm,'
            if venue and venue.start(1) <= geo.char_start - offset < venue.end(1):
                continue  # 'at the San Martín Palace': a venue's name, not San Martín
            before = text[max(0, geo.char_start - offset - 30) : geo.char_start - offset].lower()
            if _IN_PLACE.search(before) and not self.seat.search(before):
                city = self._location(geo)
                break
        if venue:  # no city's or country's name (see above)
            if city is None:  # 'at Joint Staff Headquarters, Rawalpindi'
                city = next(
                    (
                        self._location(g)
                        for g in current.places
                        if g.kind == "city"
                        and re.fullmatch(r",\s*", text[venue.end() : g.char_start - offset])
                    ),
                    None,
                )
            within = city if city is not None and city.kind != "place" else None
            if within is None and city is None:
                return Location(venue.group(1), None, "place")  # placed by _place_meetings
            return (
                Location(
                    venue.group(1),
                    within.country if within else None,
                    "place",
                    within.name if within else None,
                )
                if within
                else city
            )
        return city

    def _venues_of(
        self, current: AnalyzedSentence, hosts: Sequence[Person], location: Location | None
    ) -> list[Location | None]:
        """Return where each of several hosts was called on: the venue after each one's name
        ('called on Commerce Minister X at the Bangladesh Secretariat and Speaker Y at the
        Jatiya Sangsad Bhaban'), in the city of `location`; else `location`."""
        text, offset = current.sentence.text, current.sentence.start
        ends = [
            max(
                (current.tokens[r.end - 1].end - offset for r in current.refs if r.person is host),
                default=len(text),
            )
            for host in hosts
        ]
        places: list[Location | None] = []
        for end in ends:
            stop = min((e for e in ends if e > end), default=_clause_end(text, end))
            venue = _AT_NAME.match(text, end, stop)
            if venue is None or location is None or venue.group(1) == location.name:
                places.append(location)
                continue
            city = {"place": location.within, "city": location.name}.get(location.kind)
            places.append(Location(venue.group(1), location.country, "place", city))
        return places

    def _at_venue(self, text: str, stop: int) -> re.Match[str] | None:
        """Return the first venue named after 'at' before `stop`: 'at the Ministry of Foreign
        and Diaspora Affairs', not 'at the Foreign Office and Minister X'."""
        venue = self.at_venue.search(text, 0, stop)
        if venue is None or " and " not in venue.group(1):
            return venue
        name = venue.group(1)
        cut = name.index(" and ")
        if all(w in self.portfolio_words for w in name[cut + 5 :].split()):
            return venue
        return self.at_venue.search(text[: venue.start(1) + cut], 0, stop)

    def _forum_city(self, current: AnalyzedSentence, start: int) -> Location | None:
        """Return the city a gathering's name after `start` opens with: 'met on the sidelines
        of the Munich Security Conference' (a city inside a name is no place of its own)."""
        m = _SIDELINES_OF.search(current.sentence.text, start)
        if m is None:
            return None
        city = next(self._opening_cities(m.group(1)), None)
        return Location(city.name, city.country, "city") if city is not None else None

    def _in_the_capital(self, doc: AnalyzedArticle, current: AnalyzedSentence) -> Location | None:
        """Return the home country's capital for 'in the national capital' (no name given)."""
        if not _THE_CAPITAL.search(current.sentence.text):
            return None
        home = self._dateline_place(doc) or self._home(doc)
        country = self.gazetteer.countries.get(home.country) if home and home.country else None
        if country is None or not country.capital:
            return None
        return Location(country.capital, country.iso3, "city")

    def _posted_to(self, occ: Occurrence) -> Location | None:
        """Return the country an envoy among the event's people is posted to: as their
        title says ('Ambassador to Jamaica'), else the one country the others serve."""
        titles = [t for p in occ.people for t in p.titles if not t.excluded]
        hosts = {t.to_country for t in titles if t.to_country}
        if not hosts:
            envoys = {t.country for t in titles if t.rule.role == "Ambassador" and t.country}
            if envoys:
                hosts = {t.country for t in titles if t.country and t.country not in envoys}
        if len(hosts) != 1:
            return None
        (iso3,) = hosts
        if iso3 not in self.gazetteer.countries:
            return None
        return Location(self.gazetteer.name_of(iso3), iso3, "country")

    def _home(self, doc: AnalyzedArticle) -> Location | None:
        """Return the article's home country as a place: where an unplaced meeting was."""
        iso3 = doc.article.home_country
        if not iso3 or iso3 not in self.gazetteer.countries:
            return None
        return Location(self.gazetteer.name_of(iso3), iso3, "country")

    def _place_after(
        self, doc: AnalyzedArticle, current: AnalyzedSentence, start: int, stop: int
    ) -> Location | None:
        """Return the place visited: the first venue, city or country named after the trigger;
        the article's countries, most named first, tell 'a visit to the Kingdom'."""
        ranked = doc.home_first
        text = current.sentence.text
        offset = current.sentence.start
        amount = _AMOUNT.search(text, start, stop)
        if amount is not None:
            stop = amount.start()  # 'trade reached US$1.86 billion ... Indonesia': no place
        places = [
            g
            for g in current.places
            if start <= g.char_start - offset < stop
            and (
                g.kind != "demonym"
                or (  # 'the Iranian capital'; not 'plants with Taiwanese capital'
                    _CAPITAL_AFTER.match(text, g.char_end - offset)
                    and text[: g.char_start - offset].lower().endswith("the ")
                )
            )
        ]
        first = places[0] if places else None
        for g in current.places:  # 'travel to the southern Armenian town of Meghri'
            town = self.town_of.match(text, g.char_end - offset) if g.kind == "demonym" else None
            if (
                town is not None
                and start <= g.char_start - offset < stop
                and (first is None or first.char_start >= g.char_start)
            ):
                return Location(town.group(1), g.country, "city")
        if first is not None and first.kind == "demonym":  # 'arrived in the Iranian capital'
            country = self.gazetteer.countries.get(first.country)
            if country is None or not country.capital:
                return None
            return Location(country.capital, country.iso3, "city")
        venue = self._venue(text, start, stop)
        if venue is not None and self.region_noun.match(text, venue[1] + len(venue[0])):
            # 'a two-day visit to the East African country': the article's country there
            iso3 = next(
                (c for c in ranked if self.gazetteer.in_region(c, venue[0])),
                None,
            )
            if iso3 is not None and (first is None or first.char_start - offset > venue[1]):
                return Location(self.gazetteer.name_of(iso3), iso3, "country")
        if venue is not None and (
            fold(venue[0]) in self.regions
            or self.several_states.match(text, venue[1] + len(venue[0]))
        ):
            return None  # 'a tour of Southeast Asia', '... of Southeast European countries'
        if venue is not None and _names_person(current, offset + venue[1], len(venue[0])):
            venue = None  # 'a courtesy visit to Commissioner X': a person, not a venue
        if venue is not None:
            name, begins = venue
            if name.lower() in self.country_nominals and (
                first is None or begins <= first.char_start - offset
            ):
                iso3 = self.gazetteer.nominal_country(name, ranked)
                if iso3 is not None:
                    return Location(self.gazetteer.name_of(iso3), iso3, "country")
            if first is None or begins <= first.char_start - offset:
                near = first is not None and _holds(text, begins + len(name), first, offset)
                if first is not None and first.char_start - offset < begins + len(name):
                    near = self._city_stands(doc, first.name, first.country)  # inside the name
                within = self._location(first) if near and first is not None else None
                if within is None:  # 'will travel to Munich to visit the BMW Group plant'
                    earlier = [
                        g
                        for g in current.places
                        if g.kind in ("city", "province")
                        and g.char_end - offset <= start
                        and _TO_OR_IN.search(text, 0, g.char_start - offset)
                    ]
                    within = self._location(earlier[-1]) if earlier else None
                if within is None:
                    within = self._city_in_name(doc, name)  # 'the Vientiane South Station'

                if within is not None:
                    return Location(name, within.country, "place", within.name)
                if len(name.split()) > 1:
                    return Location(name, None, "place")
        return self._location(first) if first is not None else None

    def _city_in_name(self, doc: AnalyzedArticle, name: str) -> Location | None:
        """Return the city of one of the article's countries that a venue's name starts
        with: 'Vientiane South Station'; not Iran's Nūr of 'Nur Khan Airbase'."""
        city = next(
            (
                c
                for c in self._opening_cities(name, doc.home_first)
                if self._city_stands(doc, c.name, c.country)
            ),
            None,
        )
        return Location(city.name, city.country, "city") if city is not None else None

    def _opening_cities(self, name: str, prefer: Sequence[str] = ()) -> Iterator[City]:
        """Yield the cities a longer name opens with, two words before one: 'Vientiane
        South Station', 'Munich Security Conference'."""
        words = name.split()
        for size in (2, 1):
            city = (
                self.gazetteer.city(" ".join(words[:size]), prefer) if len(words) > size else None
            )
            if city is not None:
                yield city

    def _city_stands(self, doc: AnalyzedArticle, name: str, country: str | None) -> bool:
        """Tell whether a city a venue's name holds is the venue's city: one of the home
        state or of a state the story names, or a city of note."""
        if doc.tells_of(country):
            return True
        city = self.gazetteer.city(name, [country] if country else [])
        return city is not None and city.population >= _CITY_OF_NOTE

    def _venue(self, text: str, start: int, stop: int) -> tuple[str, int] | None:
        """Return a venue named right after a trigger, and where its name starts."""
        stripped = text[start:stop].lstrip()
        m = _VENUE.match(stripped)
        if not m or not m.group(1):
            return None
        name = m.group(1).strip()
        if self.dates.is_date_word(name.split()[0]):
            return None  # 'arrived in the country on Wednesday': a day, not a venue
        first = re.split(r"\s*(?:,|\band\b|&)\s*", name, maxsplit=1)[0]
        if first != name and self.gazetteer.city(first) is not None:
            return None  # 'Karachi and Lahore': cities, each visited
        if name in self.gazetteer.currencies or re.match(r"\s*[$€£\d]", stripped[m.end(1) :]):
            return None  # 'reached USD 712 million': an amount, not a place
        parts = re.split(r"\s+(?:and|&)\s+", name, maxsplit=1)
        if len(parts) == 2 and len(parts[1].split()) >= 2:
            name = parts[0]  # 'Minsk Tractor Works and Minsk Automobile Plant'
        if self.gazetteer.country(name) is not None or self.gazetteer.city(name) is not None:
            return None
        return name, start + (len(text[start:stop]) - len(stripped)) + m.start(1)

    def _location(self, geo: GeoMention) -> Location:
        if geo.kind == "country":
            return Location(geo.name, geo.country, "country")
        return Location(geo.name, geo.country, "city" if geo.kind == "city" else "place")

    def _dateline_place(self, doc: AnalyzedArticle) -> Location | None:
        place = doc.article.place
        if not place:
            return None
        iso3 = self.gazetteer.country(place)
        if iso3 is None and place.lower() in self.country_nominals:
            iso3 = self.gazetteer.nominal_country(place, doc.home_first)  # 'Kingdom of Bahrain'
        if iso3:
            return Location(self.gazetteer.name_of(iso3), iso3, "country")
        prefer = [doc.article.home_country] if doc.article.home_country else []
        city = self.gazetteer.city(place, prefer)
        if city:
            return Location(city.name, city.country, "city")
        return Location(place, doc.article.home_country, "city")


# a new clause: ', and later', '; then', ', before'
_CLAUSE_BREAK = re.compile(r"[,;]\s+(?:and\s+|but\s+|before\s+|after\s+|then\s+)|\band\s+later\b")
_UNTIL = re.compile(r"\b(?:through|until|till|ending)\s+(?:on\s+)?$", re.IGNORECASE)
_IS_BEFORE = re.compile(r"\b(?:is|are)\s+(?:currently\s+|now\s+|also\s+)?$", re.IGNORECASE)
_CAPITALIZED = re.compile(r"\b[A-Z][\w'’-]*")
_STAY = re.compile(
    r"(?:is|are)\s+(?:currently\s+|presently\s+)?(?:here\s+|there\s+)?on\b", re.IGNORECASE
)
_TO_BEFORE = re.compile(r"\bto\s+(?:also\s+)?$")
_TO_OR_IN = re.compile(r"\b(?:to|in)\s+$")
_NEW_CLAUSE = re.compile(r";|,\s*(?:in\s+which|where|which|who|while|whereas|and|but)\b")


def _place_as_before(meetings: list[Occurrence], found: list[Occurrence]) -> None:
    """Place meetings of 'Later on Monday, X met Y' where the last event reported that
    could be on their day was (not a visit recalled from an earlier year)."""
    for meeting in meetings:
        if meeting.location is not None or meeting.planned:
            continue
        last = next(
            (
                o
                for o in reversed(found)
                if not o.planned and o.location and _compatible_dates(o.date, meeting.date)
            ),
            None,
        )
        if last is not None:
            meeting.location = last.location


def _names_body(current: AnalyzedSentence, start: int, end: int) -> bool:
    """Tell whether a stretch of a sentence names a body or place beyond states and
    their adjectives ('members of the Dubai Chamber', not 'Kenyan millers')."""
    text, offset = current.sentence.text, current.sentence.start
    states = [
        (g.char_start - offset, g.char_end - offset)
        for g in current.places
        if g.kind in ("country", "demonym")
    ]
    return any(
        not any(a <= w.start() < b for a, b in states)
        for w in _CAPITALIZED.finditer(text, start, end)
    )


def _holds(text: str, venue_end: int, geo: GeoMention, offset: int) -> bool:
    """Tell whether a place named after a venue is where the venue is ('the Reko Diq mine
    in Chagai', 'Port Klang, Malaysia's largest port'), not one across a clause ('...,
    in which Saudi Arabia's Manara Minerals is negotiating')."""
    return _NEW_CLAUSE.search(text, venue_end, geo.char_start - offset) is None


def _names_person(current: AnalyzedSentence, start: int, length: int) -> bool:
    """Tell whether the text at [start, start + length) names a person or an office."""
    tokens = current.tokens
    spans = [(tokens[p.start].start, tokens[p.end - 1].end) for p in current.mentions.people]
    spans += [(tokens[t.start].start, tokens[t.end - 1].end) for t in current.mentions.titles]
    return any(a < start + length and start < b for a, b in spans)


def _subjects(
    text: str,
    offset: int,
    current: AnalyzedSentence,
    before: list[Reference],
    trigger: int,
    object_verb: re.Pattern[str] | None = None,
) -> list[Reference]:
    """Return who did what a trigger says: the person named last before it, with the
    one before that when joined by 'and' ('X and Y visited'); for 'X, who arrived', X.

    Nobody when a clause of its own comes between ('X said that a delegation will visit').
    """
    if not before:
        return []
    last = before[-1]
    if _NEW_SUBJECT.search(text, current.tokens[last.end - 1].end - offset, trigger):
        return []
    if (
        object_verb is not None
        and len(before) > 1
        and _AND_THEN.fullmatch(text, current.tokens[last.end - 1].end - offset, trigger)
    ):
        # 'he met Vice-Governor Zhou and toured the market': who met, not who was met
        verb = object_verb.search(text, 0, current.tokens[last.start].start - offset)
        if verb is not None and current.tokens[before[-2].end - 1].end - offset <= verb.start():
            return _subjects(text, offset, current, before[:-1], verb.start())
    if len(before) > 1:
        prev = before[-2]
        gap = text[
            current.tokens[prev.end - 1].end - offset : current.tokens[last.start].start - offset
        ]
        if re.fullmatch(r"\s*(?:,\s*)?(?:and|&)\s*", gap):
            return [prev, last]
    return [last]


#: what joins a second verb to the first one's object: '(met Zhou) and toured'
_AND_THEN = re.compile(r"\s*,?\s+and\s+(?:also\s+|then\s+|later\s+)?")


def _refs_before(current: AnalyzedSentence, position: int) -> list[Reference]:
    """Return the references of a sentence that start before `position` (in its text)."""
    offset = current.sentence.start
    return [r for r in current.refs if current.tokens[r.start].start - offset < position]


def _doers(current: AnalyzedSentence, position: int) -> list[Person]:
    """Return who does what is told at `position`: the subjects before it (`_subjects`)."""
    text, offset = current.sentence.text, current.sentence.start
    refs = _refs_before(current, position)
    return _unique([r.person for r in _subjects(text, offset, current, refs, position)])


def _gate(words: list[str] | None) -> re.Pattern[str] | None:
    """Compile gate words into one pattern over lower-cased text (None: no gate)."""
    return re.compile(trie_alternation(words)) if words else None


def _passes(gate: re.Pattern[str] | None, low: str) -> bool:
    return gate is None or gate.search(low) is not None


def _has_parties(current: AnalyzedSentence, low: str) -> bool:
    """Tell whether a sentence may tell of a meeting: it refers to someone, or it may be
    'the two ministers' (events.json "the_two")."""
    return bool(current.refs) or "two" in low or "both" in low


def _visitable(current: AnalyzedSentence) -> set[int]:
    """Return where the sentence's cities and countries start: 'X is in Baku' visits one."""
    offset = current.sentence.start
    return {g.char_start - offset for g in current.places if g.kind in ("city", "country")}


_THE_STATE = re.compile(r"\s*the\s+([a-z]+)\b(?!['’])")
_THE_COUNTRY = re.compile(r"\s*the\s+country\b(?!['’])")
_OPENING_PLACE = re.compile(r"(?:In|At)\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*),")


def _opens_where(text: str, found: Sequence[Occurrence]) -> bool:
    """Tell whether a sentence opens at the place of the event told last ('In Andijan, ...')."""
    m = _OPENING_PLACE.match(text)
    last = found[-1] if found else None
    if m is None or last is None:
        return False
    place = m.group(1)  # 'Andijan' of 'Andijan Region' too
    return any(n == place or n.startswith(place + " ") for n in _names(last.location))


def _opener(phrase: str) -> str:
    """Return an anaphoric opener as a regex anchored at the start: 'The meeting' also
    with a word between ('The council meeting')."""
    words = phrase.lower().split()
    if len(words) == 2 and words[0] in ("the", "this", "that"):
        other = r"(?!(?:next|last|previous|first|second|third|upcoming|coming|following)\b)"
        return rf"^{words[0]}\s+(?:{other}[a-z-]+\s+)?{re.escape(words[1])}"
    return "^" + r"\s+".join(map(re.escape, words))


def _trigger_parts(phrases: Sequence[str], adj: str) -> list[str]:
    """Return the trigger phrases as regexes, longest first."""
    return [
        phrase.lower().replace("<adj>", adj).replace(" ", r"\s+")
        for phrase in sorted(phrases, key=len, reverse=True)
    ]


def _triggers(phrases: Sequence[str], adj: str) -> Caseless:
    parts = _trigger_parts(phrases, adj)
    try:
        return Caseless(r"\b(?:" + "|".join(parts) + r")\b")
    except re.error as exc:
        raise LexiconError(f"events.json: a trigger is not a valid regex ({exc})") from exc


def _word_parts(phrases: Sequence[str]) -> list[str]:
    """Return plain phrases as regexes, longest first."""
    return [
        re.escape(p.lower()).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)
    ]


def _words(phrases: Sequence[str]) -> Caseless:
    return Caseless(rf"\b(?:{'|'.join(_word_parts(phrases))})\b")


#: a reported clause with a subject of its own: '(X said) that a business delegation will'
_NEW_SUBJECT = re.compile(
    # 'that thousands of pilgrims travel to', 'said a share of the palm oil landed at';
    # not 'that he will', 'said on Monday'
    r"\b(?:[Tt]hat|said|says|noted|added|stated)\s+(?:that\s+)?"
    r"(?!(?:he|she|they|it|we|i|his|her|their|its|also|later|on|in|at|during|after|before"
    r"|when|while|earlier|today|yesterday|last|this)\b)[a-z][^,;]*$"
)
#: how far into a sentence the day it opens on may end ('On Wednesday 14 May,')
_OPENING_REACH = 30
#: how far after its trigger an event's own date may be written
_DATE_REACH = 80
_CLAUSE_END = re.compile(
    r"[;.]\s|,\s+(?:and|but|while|where|which|who)\s|\s(?:before|after)\s+\w+ing\b"
    r"|\s+and\s+(?:discussed|said|stressed|agreed|reviewed|exchanged)\b"
)


def _negated(text: str, start: int) -> bool:
    """Tell whether a trigger at `start` is negated ('has not met', 'never visited')."""
    return _NEGATED.search(text, max(0, start - 14), start) is not None


#: what may come before a date that opens a sentence: 'In 2023, ...', 'Back in 2019, ...'
_OPENING_TIME = re.compile(r"(?:(?:back\s+|earlier\s+|later\s+)?(?:in|during)\s+)?", re.IGNORECASE)
#: the population of a city that names venues of its own ('Lobito Corridor Terminal')
_CITY_OF_NOTE = 100_000
#: a guest's reception told in the passive: 'was received by', 'were welcomed by'
_RECEIVED = re.compile(r"(?:was|were)\s+(?:warmly\s+)?(?:received|welcomed|greeted)\s+by")
#: a day told as the day of a clause's event ('on Tuesday', 'on 9 May', 'this afternoon')
_ON_DAY = re.compile(
    r"on\b|last\b|this (?:morning|afternoon|evening)\b|today\b|tonight\b|yesterday\b",
    re.IGNORECASE,
)


def _describes_person(current: AnalyzedSentence, end: int) -> bool:
    """Tell whether the words after an adjective ('visiting') up to a person named next
    are capitalised title words ('visiting Japanese State Minister of Defense Kenji ...')."""
    text, offset = current.sentence.text, current.sentence.start
    after = [
        current.tokens[r.start].start - offset
        for r in current.refs
        if end <= current.tokens[r.start].start - offset <= end + 80
    ]
    if not after:
        return False
    between = text[end : min(after)]
    return "," not in between and all(w[:1].isupper() or w in _TITLE_GLUE for w in between.split())


#: lower-case words inside a title ('State Minister of Defense', 'Minister for Trade and ...')
_TITLE_GLUE = {"of", "for", "and", "the", "&"}


#: a later event told after the main one: '..., before the team travelled to Gomel'
_LATER_EVENT = re.compile(r"(?:\s(?:before|and\s+then)|,\s*then)\s")


def _later_event_at(text: str, start: int) -> int:
    """Return where a clause telling of a later event begins after `start` (else the end)."""
    m = _LATER_EVENT.search(text, start)
    return m.start() if m else len(text)


def _clause_end(text: str, start: int) -> int:
    m = _CLAUSE_END.search(text, start)
    return m.start() if m else len(text)


def _unique(people: Sequence[Person]) -> list[Person]:
    out: list[Person] = []
    for person in people:
        if all(person is not p for p in out):
            out.append(person)
    return out


def _possessive_before(current: AnalyzedSentence, title: Title, position: int) -> bool:
    """Tell whether `title` owns what starts at `position`: "the President's state visit"."""
    tokens = current.tokens
    if title.end >= len(tokens) or tokens[title.end].key not in ("'s", "’s"):
        return False
    gap = current.sentence.text[tokens[title.end].end - current.sentence.start : position]
    return not gap.strip()


def _abroad_just_before(
    occ: Occurrence, found: Sequence[Occurrence], dateline: Location | None
) -> Occurrence | None:
    """Return the event told before `occ` that shows one of its people abroad, away from the
    dateline's country, up to a day before it ('... met X in Arequipa yesterday. Meanwhile,
    he is scheduled to meet Y later today'): they are still there."""
    if dateline is None or occ.date is None or occ.date.day is None or occ.date.month is None:
        return None
    day = dt.date(occ.date.year, occ.date.month, occ.date.day)
    for other in reversed(found):
        if (
            other.sentence < occ.sentence
            and not other.planned
            and other.location is not None
            and other.location.country not in (None, dateline.country)
            and other.date is not None
            and other.date.month is not None
            and other.date.day is not None
            and 0 <= (day - dt.date(other.date.year, other.date.month, other.date.day)).days <= 1
            and set(map(id, other.people)) & set(map(id, occ.people))
        ):
            return other
    return None


def _within_trip(trip: PartialDate | None, day: PartialDate | None) -> bool:
    """Tell whether something on `day` can happen during a trip that began on `trip`."""
    if _compatible_dates(trip, day):
        return True
    assert trip is not None and day is not None  # else compatible
    if trip.month is None or trip.day is None or day.month is None or day.day is None:
        return False
    gap = dt.date(day.year, day.month, day.day) - dt.date(trip.year, trip.month, trip.day)
    return 0 <= gap.days <= _TRIP_DAYS


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
            if prev.unnamed_party != occ.unnamed_party:
                continue  # a call on the unnamed Prime Minister is not the talks before it
            mine, theirs = set(map(id, prev.people)), set(map(id, occ.people))
            same_people = (mine <= theirs or theirs <= mine) and (
                bool(mine & theirs)
                or not (mine or theirs)
                or prev.kind == "visit"
                # 'the third session of the Joint Commission held in Suva yesterday. The
                # meeting at the Grand Pacific Hotel was co-chaired by X and Y'
                or prev.session
                or occ.session
                # 'the Joint Committee will meet in Kampala' and who said they will be there
                or bool(
                    prev.location and occ.location and _names(prev.location) & _names(occ.location)
                )
            )
            if not same_people or not _compatible_dates(prev.date, occ.date):
                continue
            if prev.kind == "visit" and _stay_and_stop(prev, occ):
                continue  # the stay in Belarus and that day's visit to the MAZ plant
            places_fit = (
                prev.location is None
                or occ.location is None
                or _names(prev.location) & _names(occ.location)
                or prev.location.country == occ.location.country
            )
            if not places_fit:
                continue
            prev.people = _unique(prev.people + occ.people)
            if _more_specific(occ.location, prev.location):
                prev.location = occ.location
                prev.evidence = occ.evidence  # the sentence that names the place
            if occ.date and (prev.date is None or len(occ.date.iso()) > len(prev.date.iso())):
                prev.date = occ.date
            break
        else:
            merged.append(replace(occ))
    return merged


def _stay_and_stop(a: Occurrence, b: Occurrence) -> bool:
    """Tell whether of two visits one is a stay (dated to the month) and the other a day's
    visit to a venue during it."""
    for stay, stop in ((a, b), (b, a)):
        if (
            stay.date is not None
            and stay.date.day is None
            and stop.date is not None
            and stop.date.day is not None
            and stop.location is not None
            and stop.location.kind == "place"
        ):
            return True
    return False


def _more_specific(a: Location | None, b: Location | None) -> bool:
    rank = {"country": 0, "city": 1, "place": 2}
    if a is None:
        return False
    if b is None:
        return True
    return rank.get(a.kind, 0) > rank.get(b.kind, 0)
