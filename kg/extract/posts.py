"""Posts: the office each named person holds, in which organization of which state."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.document import AnalyzedArticle, AnalyzedSentence, Person
from kg.extract.mentions import PersonMention, Title
from kg.gazetteer import Gazetteer
from kg.lexicon import Lexicon
from kg.model import Evidence, PersonRef, Post
from kg.text import alternation

# 'Tesfaye was accompanied by the State Minister of Foreign Affairs X'
_ACCOMPANIED_BY = re.compile(r"\baccompanied\s+by\b", re.IGNORECASE)
#: 'Accompanying the Ambassador was Counsellor X'
_ACCOMPANYING = re.compile(r"\bAccompanying\s+(.{1,80}?)\s+(?:was|were)\b")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
#: after a team: 'the Kenyan side (was led) by X', 'the Georgian delegation also included X'
_LED_BY = re.compile(
    r"\s+(?:(?:also\s+)?(?:included|includes|comprised|comprises)\s"
    r"|(?:(?:was|is|were|will\s+be)\s+)?(?:(?:also\s+)?(?:led|headed|joined)\s+)?by\s)",
    re.IGNORECASE,
)
_ENVOYS = frozenset({"Ambassador", "Diplomat"})
#: a city great enough that a body's name opening with it places the body there
_GREAT_CITY = 1_000_000
#: between a state and its delegation's noun: "'s", 'Thai business delegation'
_GROUP_MODIFIERS = re.compile(r"(?:['’]s)?\s+(?:[a-z0-9][\w-]*\s+){0,3}")
#: between a delegation's noun and its state: 'a delegation from Finland'
_GROUP_OF = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
#: 'the delegation led by X'
_GROUP_LED_BY = re.compile(r"(?:,?\s+(?:which|that|who)\s+(?:is|was))?\s+(?:led|headed)\s+by\s")
#: 'X arrived at the head of a delegation', 'leading a 35-member business delegation'
_HEADS_GROUP = re.compile(
    r"\b(?:at\s+the\s+head\s+of|leading|leads|led|heads|headed)\s+(?:a|an|the|his|her)\s"
    r"[^,;:]{0,40}$"
)
#: a delegation told before: 'The delegation', 'the visiting business delegation'
_GROUP_TOLD = re.compile(r"\b[Tt](?:he|his|hat)\s+(?:[a-z0-9][\w-]*\s+){0,2}$")
#: where a list of a delegation's members ends: a clause of its own
_MEMBERS_END = re.compile(r";|\b(?:met|meets|held|holds|called|received|visited|was|were|will)\b")


class PostExtractor:
    """Turn the titles written next to names into posts."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        roles = lexicon["roles.json"]
        self.portfolio_aliases: dict[str, str] = lexicon["portfolios.json"].get("aliases", {})
        #: bodies whose name does not say their state ('JETRO': Japan)
        self.body_countries = {
            " ".join(name.casefold().split()): iso3
            for name, iso3 in roles.get("body_countries", {}).items()
        }
        calls = roles.get("call_verbs", [])
        #: an envoy's call on a host between the two: 'X called on Y', 'X met with Y'
        self.called_on = re.compile(rf"\b(?:{alternation(calls)})\b" if calls else "(?!)")
        # 'Commerce Secretary X headed the Bangladeshi team'
        self.headed_the = re.compile(
            rf"\b(?:{alternation(roles['team_verbs'])})\s+the\s+$", re.IGNORECASE
        )
        self.team_after = re.compile(rf"\s+(?:{alternation(roles['team_nouns'])})\b", re.IGNORECASE)
        self.team_noun = re.compile(rf"\b(?:{alternation(roles['team_nouns'])})\b")
        # 'The Maldivian delegation includes ... X', 'the delegation, which included X'
        members = alternation(roles.get("member_verbs", [])) or "(?!)"
        self.member_verb = re.compile(
            r"(?:\s+(?:to|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?,?"
            rf"(?:\s+(?:which|that))?(?:\s+also)?\s+(?:{members})\s"
        )
        # 'X, who is part of the delegation'
        member_of = alternation(roles.get("member_of", [])) or "(?!)"
        self.member_of = re.compile(
            r"\b(?:is|was|are|were|formed|forms|form)\s+(?:also\s+)?"
            rf"(?:{member_of})\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}$"
        )
        # 'On the Lithuanian side, ...': the sentence is about that state's people
        openers = roles.get("side_openers", [])
        self.side_opener = re.compile(
            rf"^\W*(?:{alternation(openers)})\s+the\s+$" if openers else "(?!)", re.IGNORECASE
        )
        #: a local office told by its place: "the region's khokim", "the city's akim (mayor)"
        self.local_owner = re.compile(
            rf"\bthe\s+(?:{alternation(roles['local_places'])})['’]s\s+(?:[a-z-]+\s+)?$",
            re.IGNORECASE,
        )

    def extract(self, doc: AnalyzedArticle) -> Iterator[Post]:
        """Yield one post per person whose office the article states."""
        evidence: dict[int, Evidence] = {}
        for current in doc.sentences:
            s = current.sentence
            for mention in current.mentions.people:
                if mention.title is not None:
                    evidence.setdefault(id(mention.title), Evidence(s.text, s.start, s.end, 0.9))
        for person in doc.people:
            titles = [
                t for t in person.titles if not t.excluded and t.rule.post and id(t) in evidence
            ]
            if not titles:
                continue
            title = max(titles, key=_specificity)
            country = self._country(title, person, doc)
            if country is None:
                continue  # an office of no known state: the data model needs one
            organization = self._organization(title, country)
            ref = PersonRef(person.name, tuple(person.surfaces))
            confidence = 0.9 if title.country else 0.75
            ev = evidence[id(title)]
            yield Post(
                ref,
                title.text,
                title.role,
                organization,
                country,
                Evidence(ev.sentence, ev.start, ev.end, confidence),
            )

    def _country(self, title: Title, person: Person, doc: AnalyzedArticle) -> str | None:
        # the most specific title naming a country, the first of equals
        stated = max((t for t in person.titles if t.country), key=_specificity, default=None)
        if stated is not None:
            return stated.country
        for known in person.titles:
            body = " ".join((known.body or "").casefold().split())
            # 'JETRO Karachi's Chief Representative', 'the Türkiye-Ghana Business Council of DEİK'
            for name in (body, body.rpartition(" of ")[2]):
                if name in self.body_countries:
                    return self.body_countries[name]
        placed = self._body_place(title, doc) or self._local_country(title, doc)
        if placed is not None:
            return placed  # 'Director General of the Abu Dhabi Department of Economic Development'
        led = (
            self._team_country(person, doc)
            or self._side_country(person, doc)
            or self._member_country(person, doc)
            or _companion_country(person, doc)
        )
        if led is not None:
            return led  # 'Commerce Secretary X headed the Bangladeshi team'
        home = doc.article.home_country
        hosted = self._host_country(title, doc)
        if hosted is not None and hosted != home:
            return hosted  # 'Philippine Ambassador to New Zealand X called on Associate Minister Y'
        abroad = self._met_abroad(title, doc)
        if abroad is not None and abroad != home:
            return abroad  # 'Holub held talks in Vilnius on Monday with Economy Minister X'
        if title.to_country and title.to_country == home:
            # 'Ambassador to Pakistan' in a Pakistani paper: the envoy of the other party
            others = [c for c in doc.countries if c != home]
            return others[0] if others else None
        if home and any(t.unlike == home for t in person.titles):
            # 'Agriculture Secretary X met his Italian counterpart' in a story datelined Rome:
            # the other state the story is about
            return next((c for c in doc.countries if c != home), home)
        if home:
            return home
        # no home country known: the most named country not served by the people beside them
        # (of the two the story is most about: a third country named in passing serves none)
        # ('its Ambassador to Fiji' serves some other state than Fiji)
        taken = {t.country for p in doc.people if p is not person for t in p.titles if t.country}
        taken.add(title.to_country)
        candidates = [c for c in doc.countries[:2] if c not in taken] or [
            c for c in doc.countries if c != title.to_country
        ]
        return candidates[0] if candidates else None

    def _body_place(self, title: Title, doc: AnalyzedArticle) -> str | None:
        """Return the state a body's name opens with, or of its city or province ('Ethiopian
        Chamber of Commerce', 'Abu Dhabi Department of Economic Development'); of a body
        named by its acronym, the name the article spells out for it ('the Ghana Export
        Promotion Authority (GEPA)')."""
        words = (title.body or "").split()
        if len(words) == 1 and _ACRONYM.fullmatch(words[0]):
            spelled = re.search(
                rf"([A-Z][\w'’&.-]*\s+(?:(?:[A-Z][\w'’&.-]*|of|and|for|&)\s+)*?)"
                rf"\({re.escape(words[0])}\)",
                doc.article.text,
            )
            named = spelled.group(1).split() if spelled else []
            # a state's name or adjective: 'Okavango Diamond Company (ODC)' may be anywhere's
            for size in (3, 2, 1):
                if len(named) > size and (state := self.gazetteer.country(" ".join(named[:size]))):
                    return state
            return None
        for size in (3, 2, 1):
            if len(words) <= size:
                continue
            # 'Ethiopian Chamber of Commerce', 'Abu Dhabi Department of Economic Development'
            # (a city of a state the story names or a great one: not 'Central' of 'Central
            # Statistical Bureau', nor the American Freeport of the 'Freeport of Riga Authority')
            name = " ".join(words[:size])
            state = self.gazetteer.state_of(name, doc.countries)
            city = self.gazetteer.city(name, doc.countries)
            if state is not None and (
                self.gazetteer.country(name)
                or doc.tells_of(state)  # named as a state: not just by this city
                or (city is not None and city.population >= _GREAT_CITY)
            ):
                return state
        return None

    def _host_country(self, title: Title, doc: AnalyzedArticle) -> str | None:
        """Return the state an envoy who called on an unqualified title holder is posted to:
        the host's ('Philippine Ambassador to New Zealand X called on Associate Minister Y')."""
        found = _held(title, doc)
        if found is None:
            return None
        current, held = found
        text, offset = current.sentence.text, current.sentence.start
        hosts = {
            m.title.to_country
            for m in current.mentions.people
            if m.title
            and m.title.to_country
            and m.end <= held.start
            and self.called_on.search(text, m.char_end - offset, held.char_start - offset)
        }
        return hosts.pop() if len(hosts) == 1 else None

    def _met_abroad(self, title: Title, doc: AnalyzedArticle) -> str | None:
        """Return the state of the place where someone of the home country met a title
        holder named without a state ('Holub held talks in Vilnius on Monday with Economy
        Minister Andrius Jankauskas'): the host's, when it is one of the two states the
        article is most about (not a third country's summit)."""
        home = doc.article.home_country
        found = _held(title, doc)
        if found is None:
            return None
        current, held = found
        text, offset = current.sentence.text, current.sentence.start
        verb = self.called_on.search(text, 0, held.char_start - offset)
        if verb is None:
            return None
        visitors = [
            r.person for r in current.refs if current.tokens[r.start].start - offset < verb.start()
        ]
        if not any(home in p.states for p in visitors):
            return None
        places = {
            g.country
            for g in current.places
            if g.kind in ("city", "country") and g.country and g.country != home
        }
        if not places and doc.article.place:  # 'The same day he met the Minister of ...'
            dateline = self.gazetteer.state_of(doc.article.place, doc.countries)
            places = {dateline} if dateline and dateline != home else set()
        if len(places) != 1:
            return None
        place = places.pop()
        return place if place in doc.countries[:2] else None

    def _team_country(self, person: Person, doc: AnalyzedArticle) -> str | None:
        """Return the state of a team the article says the person headed or joined."""
        for current in doc.sentences:
            offset = current.sentence.start
            for country, verb, by in self._teams_headed(current):
                if by is not None:  # the first named after it, a title or honorifics aside
                    led = min(
                        (r for r in current.refs if current.tokens[r.start].start - offset >= by),
                        key=lambda r: r.start,
                        default=None,
                    )
                    start = current.tokens[led.start].start - offset if led else by
                    if (
                        led is not None
                        and led.person is person
                        and start - by <= 80
                        and "," not in current.sentence.text[by:start]  # its title only between
                    ):
                        return country
                for ref in current.refs:
                    end = current.tokens[ref.end - 1].end - offset
                    if ref.person is person and verb is not None and 0 <= verb - end <= 60:
                        return country
        return None

    def _teams_headed(
        self, current: AnalyzedSentence
    ) -> Iterator[tuple[str, int | None, int | None]]:
        """Yield the state of each team a sentence says someone headed or joined, with
        where the verb before it starts ('X headed the Bangladeshi team', 'X formed part of
        the Kenyan delegation') or where its leader after it starts ('the Kenyan side (was
        led) by X')."""
        text, offset = current.sentence.text, current.sentence.start
        for geo in current.places:
            if geo.kind != "demonym":
                continue
            start, end = geo.char_start - offset, geo.char_end - offset
            team = self.team_after.match(text, end)
            if team is None:
                continue
            verb = self.headed_the.search(text, 0, start)
            by = _LED_BY.match(text, team.end())
            if verb is not None or by is not None:
                yield geo.country, verb.start() if verb else None, by.end() if by else None

    def _side_country(self, person: Person, doc: AnalyzedArticle) -> str | None:
        """Return the state of the side a sentence naming the person opens with ('On the
        Lithuanian side, the commission is co-chaired by Vice-Minister X')."""
        for current in doc.sentences:
            if not any(r.person is person for r in current.refs):
                continue
            text, offset = current.sentence.text, current.sentence.start
            for geo in current.places:
                start, end = geo.char_start - offset, geo.char_end - offset
                team = self.team_after.match(text, end) if geo.kind == "demonym" else None
                if (
                    team is not None
                    and text.startswith(",", team.end())
                    and self.side_opener.match(text, 0, start)
                ):
                    return geo.country
        return None

    def _member_country(self, person: Person, doc: AnalyzedArticle) -> str | None:
        """Return the state of a delegation the article names the person a member of ('The
        Maldivian delegation includes the Deputy Speaker ..., X', 'X, who is part of the
        delegation'): the one told beside it or by its leader, else the last told before."""
        last = None
        for current in doc.sentences:
            text, offset = current.sentence.text, current.sentence.start
            for noun in self.team_noun.finditer(text):
                state = self._group_state(current, noun.start(), noun.end())
                if state is None and _GROUP_TOLD.search(text, 0, noun.start()):
                    state = last  # not 'The Jogorku Kenesh delegation'
                if state is None:
                    continue
                last = state
                listed = self.member_verb.match(text, noun.end())
                if listed is not None:
                    ends = _MEMBERS_END.search(text, listed.end())
                    stop = ends.start() if ends else len(text)
                    if any(
                        r.person is person
                        and listed.end() <= current.tokens[r.start].start - offset < stop
                        for r in current.refs
                    ):
                        return state
                elif (member := self.member_of.search(text, 0, noun.start())) is not None:
                    named = [
                        r
                        for r in current.refs
                        if r.kind == "name"
                        and current.tokens[r.end - 1].end - offset <= member.start()
                    ]
                    if named and max(named, key=lambda r: r.start).person is person:
                        return state
        return None

    def _group_state(self, current: AnalyzedSentence, start: int, end: int) -> str | None:
        """Return the state of the delegation whose noun is at text[start:end]: named beside
        it ('the Thai business delegation', 'a delegation from Finland'), or its leader's
        ('led by X', 'X arrived at the head of a delegation')."""
        text, offset = current.sentence.text, current.sentence.start
        for geo in current.places:
            if geo.kind not in ("country", "demonym") or not geo.country:
                continue
            left, right = geo.char_start - offset, geo.char_end - offset
            if right <= start and _GROUP_MODIFIERS.fullmatch(text, right, start):
                return geo.country
            if left >= end and _GROUP_OF.fullmatch(text, end, left):
                return geo.country
        leader = None
        if (by := _GROUP_LED_BY.match(text, end)) is not None:
            leader = next(
                (r for r in current.refs if current.tokens[r.start].start - offset >= by.end()),
                None,
            )
        elif _HEADS_GROUP.search(text, 0, start):
            leader = next(
                (r for r in current.refs if current.tokens[r.end - 1].end - offset <= start), None
            )
        states = leader.person.states if leader is not None else set()
        return next(iter(states)) if len(states) == 1 else None

    def _local_country(self, title: Title, doc: AnalyzedArticle) -> str | None:
        """Return the state of the city or province named last before a local office told
        by its place ('travelled to Samarkand, where he called on the region's khokim')."""
        for index, current in enumerate(doc.sentences):
            if not any(m.title is title for m in current.mentions.people):
                continue
            at = current.tokens[title.start].start - current.sentence.start
            if not self.local_owner.search(current.sentence.text, 0, at):
                return None
            here = [g for g in current.places if g.char_start - current.sentence.start < at]
            before = [s.places for s in reversed(doc.sentences[max(0, index - 2) : index])]
            for places in (here, *before):
                local = [g for g in places if g.kind in ("city", "province") and g.country]
                if local:
                    return local[-1].country
            return None
        return None

    def _organization(self, title: Title, country: str | None) -> str:
        template = title.rule.org
        if title.body and title.rule.body_role:
            template = "{body}"
        name = self.gazetteer.name_of(country) if country else None
        values = {
            "portfolio": self._portfolio(title.portfolio) if title.portfolio else None,
            "country": name,
            "demonym": self.gazetteer.demonym_of(country) if country else None,
            "province": title.province or name,
            "body": title.body,
        }
        needed = [k for k in values if "{" + k + "}" in template]
        if any(values[k] is None for k in needed):
            template = "Government of {country}" if name else "Government"
            needed = ["country"] if name else []
        return template.format(**{k: values[k] for k in needed})

    def _portfolio(self, portfolio: str) -> str:
        """Return a portfolio's usual name ('Foreign' → 'Foreign Affairs'), capitalized."""
        if portfolio.islower():  # 'the foreign minister'
            portfolio = " ".join(
                w if w in ("and", "of", "for") else w.capitalize() for w in portfolio.split()
            )
        return self.portfolio_aliases.get(portfolio, portfolio)


def _specificity(title: Title) -> tuple[int, int, int]:
    return (
        int(bool(title.portfolio or title.body)),
        int(title.country is not None),
        len(title.text),
    )


def _held(title: Title, doc: AnalyzedArticle) -> tuple[AnalyzedSentence, PersonMention] | None:
    """Return the first sentence naming the holder of `title`, with that mention."""
    for current in doc.sentences:
        held = next((m for m in current.mentions.people if m.title is title), None)
        if held is not None:
            return current, held
    return None


def _companion_country(person: Person, doc: AnalyzedArticle) -> str | None:
    """Return the state of the one a person accompanied, when their title says it
    ('Tesfaye was accompanied by the State Minister of Foreign Affairs X', 'Accompanying the
    Ambassador was Counsellor X')."""
    for current in doc.sentences:
        offset = current.sentence.start
        text = current.sentence.text
        for m in (*_ACCOMPANIED_BY.finditer(text), *_ACCOMPANYING.finditer(text)):
            # the one accompanied is before 'accompanied by', or after 'Accompanying'
            lo, hi = (m.start(1), m.end(1)) if m.re is _ACCOMPANYING else (0, m.start())
            at = offset + m.end()
            after = [
                r
                for r in current.refs
                # by name: 'accompanied by the deputy minister' is one told before, often the
                # host's ('..., accompanied by the deputy minister, before returning home')
                if r.person is person
                and r.kind == "name"
                and 0 <= current.tokens[r.start].start - at <= 120
            ]
            if not after:
                continue
            before = [
                r
                for r in current.refs
                if offset + lo <= current.tokens[r.start].start
                and current.tokens[r.end - 1].end <= offset + hi
            ]
            for ref in reversed(before):
                stated = {t.country for t in ref.person.titles if t.country}
                if ref.person.roles and ref.person.roles <= _ENVOYS:
                    # an envoy on a tour is accompanied by the hosts' officials, not by
                    # others of the embassy ('the embassy's Counsellor for Economic Affairs')
                    diplomat = person.roles and person.roles <= _ENVOYS
                    return stated.pop() if diplomat and len(stated) == 1 else None
                if len(stated) == 1 and ref.person is not person:
                    return stated.pop()
    return None
