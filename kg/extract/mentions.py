"""Find office titles, people and places named in one sentence.

A title is a head word from kg/data/roles.json ('Minister', 'Ambassador',
'Chief of Army Staff') grown to the left over modifiers, demonyms and portfolio
words ('Federal', 'Belarusian', 'Defence') and to the right over its portfolio,
state or body ('for Commerce, Industries and Production', 'of Belarus to
Pakistan', 'of the Lahore Chamber of Commerce and Industry (LCCI)'). The person
holding it is the name right after it, or else right before it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any

from kg.extract.phrases import PhraseTable, key_of
from kg.gazetteer import Gazetteer, GeoMention
from kg.lexicon import Lexicon
from kg.text import Token, abbreviations_of, join_tokens, tokenize

_CONNECTORS_IN_BODY = {"of", "and", "&", "for", "the", "on", "in"}


@dataclass(frozen=True)
class TitleRule:
    """One office head from roles.json."""

    head: str
    role: str
    org: str
    body_role: str | None
    takes_portfolio: bool
    #: False for a description that names no office of its own ('Algeria's top diplomat'):
    #: it tells who the person is, but gives no post
    post: bool = True
    #: the head is also a given name: after an honorific ('Mr. Sultan Hamdan') it is one
    given_name: bool = False


#: which of the places a body's name holds tells its state first
_PLACE_RANK = {"country": 0, "demonym": 0, "province": 1, "city": 2}
#: the articles before a body's name, no part of it: 'A Malaysian Palm Oil Council mission'
_ARTICLES = frozenset({"the", "a", "an"})


def _led_by(tokens: Sequence[Token], k: int) -> bool:
    """Tell whether token k is the 'by' of 'led by', 'headed by' or 'chaired by'."""
    return k > 0 and tokens[k].key == "by" and tokens[k - 1].key in ("led", "headed", "chaired")


def _after_aside(tokens: Sequence[Token], k: int) -> int:
    """Return the index after a short aside in parentheses at k, or k.

    '(ApexBrasil)', '(residence in Moscow)': up to five words.
    """
    if k >= len(tokens) or tokens[k].text != "(":
        return k
    for j in range(k + 2, min(len(tokens), k + 7)):
        if tokens[j].text == "(":
            break
        if tokens[j].text == ")":
            return j + 1
    return k


#: roles held in a city abroad, which their titles name ('Consul General in Lahore');
#: a minister 'in Riyadh' is only there
_POSTED = frozenset({"Ambassador", "Diplomat"})


@dataclass
class Title:
    """An office title as written in a sentence."""

    start: int  # token indices [start, end)
    end: int
    text: str
    rule: TitleRule
    capitalized: bool
    portfolio: str | None = None
    body: str | None = None
    country: str | None = None  # the state the office serves, when written
    to_country: str | None = None  # where an envoy is posted
    province: str | None = None
    excluded: bool = False  # 'former', 'late'
    region: str | None = None  # "the Gulf state's Minister": words naming the state's region
    #: the state its holder does not serve: that of 'his Italian counterpart'
    unlike: str | None = None

    @property
    def role(self) -> str:
        """Return the role concept, which differs for heads of bodies."""
        if self.body and self.rule.body_role:
            return self.rule.body_role
        return self.rule.role


@dataclass
class PersonMention:
    """A named person in a sentence, with the title written next to the name."""

    start: int  # token indices [start, end)
    end: int
    char_start: int
    char_end: int
    name: str  # without honorifics or ranks
    surface: str  # as written, honorifics included
    female: bool = False
    title: Title | None = None
    male: bool = False  # 'Mr', 'Sir': a man, whatever the given name ends in


@dataclass
class SentenceMentions:
    """Everything named in one sentence."""

    tokens: list[Token]
    titles: list[Title] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    places: list[GeoMention] = field(default_factory=list)


class MentionFinder:
    """Find titles, people and places, with the rules of one lexicon."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        roles = lexicon["roles.json"]
        names = lexicon["names.json"]
        portfolios = lexicon["portfolios.json"]
        self.gazetteer = gazetteer
        #: the regions an envoy may be posted for: 'Trade Commissioner for South Asia'
        self.regions: PhraseTable[bool] = PhraseTable(
            (r, True) for r in lexicon["countries.json"].get("regions", [])
        )
        before_head = {h.lower() for h in roles["portfolio_before_head"]}
        self.heads: PhraseTable[TitleRule] = PhraseTable(
            (
                t["head"],
                TitleRule(
                    t["head"],
                    t["role"],
                    t["org"],
                    t.get("body_role"),
                    "{portfolio}" in t["org"]
                    or t["head"].lower() in before_head
                    or bool(t.get("takes_portfolio")),
                    t.get("post", True) is not False,
                    bool(t.get("given_name")),
                ),
            )
            for t in roles["titles"]
        )
        # 'Hunan Vice-Governor': each one-word head joined to a modifier by a hyphen, with the
        # head's rule; a form the titles define themselves ('Vice-Minister') keeps its own
        for modifier in roles.get("hyphen_modifiers", []):
            for t in roles["titles"]:
                if " " not in t["head"] and (head := self.heads.match(tokenize(t["head"]), 0)):
                    self.heads.add(f"{modifier}-{t['head']}", head[1])
        self.before_head = before_head
        self.modifiers = PhraseTable((m, True) for m in roles["modifiers"])
        self.excluded = PhraseTable((m, True) for m in roles["excluded_modifiers"])
        self.honorifics = PhraseTable((h, "honorific") for h in names["honorifics"])
        for rank in names["ranks"]:
            self.honorifics.add(rank, "rank")
        self.retired = PhraseTable((r, True) for r in names["retired"])
        self.female = PhraseTable((f, True) for f in names["female_markers"])
        self.male = PhraseTable((m, True) for m in names.get("male_markers", []))
        self.particles = {p.lower() for p in names["particles"]}
        #: abbreviations that may open a name: 'Mohd.', 'Ma.' (Maria)
        self.abbreviations = abbreviations_of(lexicon)
        self.patronymics_after = {p.lower() for p in names.get("patronymics_after", [])}
        self.not_name = {w.lower() for w in names["not_name_words"]}
        # family names written first ('Park Seo-yeon'): such a word ends a name read backwards
        self.family_first = {w.lower() for w in names.get("family_name_first", [])}
        self.portfolio_words = {w.lower() for w in portfolios["words"]}
        #: endings of abstract nouns that name portfolios and hardly ever people
        self.portfolio_suffixes = tuple(w.lower() for w in portfolios["suffixes"])
        #: lower-case modifiers between a name and its title: 'X, senior secretary of'
        self.lower_modifiers = {w.lower() for w in roles["lower_modifiers"]}
        #: groups told with who leads them: 'the Saudi delegation led by'
        self.led_groups = frozenset(w.lower() for w in roles["led_groups"])
        #: words of a ministry for a people abroad: 'Tunisians Abroad', 'Overseas Pakistanis'
        self.diaspora_words = {w.lower() for w in portfolios.get("diaspora_words", [])}
        self.heads_words = {w.lower() for t in roles["titles"] for w in t["head"].split()}
        self.single_heads = {t["head"].lower() for t in roles["titles"] if " " not in t["head"]}
        self.not_name_starts = {"the", "a", "an", "his", "her", "their", "its"}
        self.place_words = set(roles.get("place_words_before_head", []))
        #: 'the sultanate', 'the kingdom': a state named elsewhere ('ambassador to the sultanate')
        self.state_nouns = {
            n.split()[-1] for n in lexicon["trade.json"]["words"].get("country_nominal", [])
        }
        #: 'the Gulf state's', 'the Asian nation's': a state told by its region
        self.partner_nouns = {w.lower() for w in lexicon["trade.json"].get("partner_nouns", [])}
        #: word lists of bodies and places next to titles (roles.json, "body_words")
        self.body_words: dict[str, frozenset[str]] = {
            key: frozenset(w.lower() for w in roles.get("body_words", {}).get(key, []))
            for key in (
                "org_heads",
                "org_openers",
                "province_nouns",
                "generic_bodies",
                "patronymics",
                "ministry_words",
                "ministry_modifiers",
                "legislatures",
            )
        }
        self.branches = frozenset(
            w.lower() for w in roles.get("body_words", {}).get("military_branches", [])
        )
        dates = lexicon["dates.json"]
        self.date_words = {w.lower() for w in [*dates["weekdays"], *dates["months"]]}

    # -- sentence ----------------------------------------------------------------------------

    def find(self, text: str, offset: int, prefer: Sequence[str]) -> SentenceMentions:
        """Return the titles, people and places of the sentence `text`."""
        tokens = tokenize(text, offset)
        found = SentenceMentions(tokens)
        geo = self.gazetteer.scan(tokens, prefer)
        geo_at = {g.start: g for g in geo}
        geo_ending = {g.end: g for g in geo}
        taken: set[int] = set()
        resume = 0  # titles do not overlap: the next may start where the last ended
        for i in self.heads.starts(tokens):
            if i < resume:
                continue
            if i > 0 and tokens[i - 1].key in self.particles and tokens[i].is_capitalized:
                continue  # 'Fahd bin Sultan Al-Harbi': a name, not the title Sultan
            if (
                i > 1
                and tokens[i - 1].text == ","
                and found.titles
                and found.titles[-1].end == i - 1
                and self.honorifics.match(tokens, i) is not None
                and not self._head_with_portfolio(tokens, i)
            ):
                continue  # "Nigeria's High Commissioner, Ambassador Ngozi Nwankwo": an honorific;
                # not "New Zealand's Minister for Trade, Minister of Agriculture and ..."
            match = self.heads.match(tokens, i) if tokens[i].is_capitalized else None
            tentative = possessive = False
            if match is None and tokens[i].text[:1].islower():
                match = self.heads.match(tokens, i)
                if match and not self._lower_title_ok(tokens, i, geo_ending):
                    # 'the president of the Brazilian Trade and Investment Promotion
                    # Agency (ApexBrasil), Marcelo Duarte Lima': only with its name after
                    k = i - 1  # 'the executive president of PromPerú, Claudia Valdivieso'
                    while k > 0 and tokens[k].key in self.lower_modifiers:
                        k -= 1
                    # 'led by its chief executive officer Haslina Yusof', 'led by acting chief
                    # executive Ravinesh Chand': likewise
                    tentative = i > 0 and (
                        tokens[k].key in ("the", "its", "their") or _led_by(tokens, k)
                    )
                    # "the chamber's president, Antonio Sarkis": likewise
                    possessive = (
                        i > 2
                        and tokens[i - 1].key in ("'s", "'")
                        and tokens[i - 2].text.islower()
                        and tokens[i - 3].key == "the"
                    )
                    match = match if tentative or possessive else None
            if match is None:
                continue
            if match[0] < len(tokens) and tokens[match[0]].key in self.body_words["patronymics"]:
                continue  # 'Sultan bin Mohammed Al Hinai': a name, not the title Sultan
            if i > 0 and tokens[i - 1].text in self.place_words and i not in geo_ending:
                continue  # 'Port Sultan Qaboos': a place; not 'Western Cape MEC for ...'
            title = self._grow_title(
                text, offset, tokens, i, match[0], match[1], geo_at, geo_ending
            )
            if tentative and not (
                self._named_after(tokens, title, taken, geo_at)
                or (  # 'led by its chief executive officer Haslina Yusof'
                    (
                        tokens[title.start - 1].key in ("its", "their")
                        or _led_by(tokens, title.start - 1)
                    )
                    and self._name_after(tokens, title.end, taken, geo_at) is not None
                )
            ):
                continue
            if title.rule.given_name and self.honorifics.match_ending(tokens, i) is not None:
                continue  # 'Mr. Sultan Hamdan Al Dhaheri': a name, not the Sultan
            if possessive and (
                self._name_after(tokens, _after_aside(tokens, title.end), taken, geo_at) is None
                or not self._possessor_body(tokens, i, title)
            ):
                continue
            first = title.start  # before its modifiers: 'led by its First Vice Chairman'
            if first > 0 and tokens[first - 1].key in ("its", "their") and not title.body:
                self._antecedent_body(tokens, first, title)  # 'the DCCI, led by its President X'
                if not title.body and title.country is None:
                    # 'Argentina is looking to Malaysia ..., said its Secretary of Agriculture'
                    subject = next((g for g in geo if g.start < first), None)
                    if subject is not None and subject.kind == "country" and subject.start == 0:
                        title.country = subject.country
            if title.body and title.country is None:
                # 'Chairman of AICEP, Portugal's trade and investment agency': its state
                k = title.end
                owner = geo_at.get(k + 1) if k + 1 < len(tokens) and tokens[k].text == "," else None
                if (
                    owner is not None
                    and owner.kind == "country"
                    and owner.end < len(tokens)
                    and tokens[owner.end].key in ("'s", "'")
                ):
                    title.country = owner.country
            if title.country is None:
                title.region = self._region_before(tokens, title.start)
            found.titles.append(title)
            taken.update(range(title.start, title.end))
            resume = title.end
        found.titles.extend(self._counterparts(text, offset, tokens, found.titles, geo_ending))
        found.titles.sort(key=lambda t: t.start)
        for before, title in itertools.pairwise(found.titles):
            if (
                title.country is None
                and before.country is not None
                and before.capitalized
                and title.start == before.end + 1
                and tokens[before.end].key in (",", "and")
            ):
                # "New Zealand's Minister for Trade, Minister of Agriculture and Minister for
                # Forestry, Rachel X": one person's offices, all of that state
                title.country = before.country
        for index, title in enumerate(found.titles):
            after = _after_aside(tokens, title.end)
            place = geo_at.get(after + 1) if after > title.end and after < len(tokens) else None
            if place is not None and tokens[after].key == "of" and place.kind == "country":
                # 'Chairman of the State Great Khural (Parliament) of Mongolia X'
                title.country = title.country or place.country
                after = place.end
            person = None
            if not self._body_after_comma(tokens, title, after):
                person = self._name_after(tokens, after, taken, geo_at)
            if person is not None and self._alternating(
                tokens, title, person, found.titles[index + 1 :], taken, geo_at
            ):
                person = self._name_before(tokens, title.start, taken, geo_at) or person
            person = person or self._name_before(tokens, title.start, taken, geo_at)
            if person is not None:
                person.title = title
                found.people.append(person)
                taken.update(range(person.start, person.end))
                if title.country is None:
                    title.country = _delegation_country(
                        tokens, min(title.start, person.start), geo, self.led_groups
                    )
        self._shared_bodies(tokens, found.people)
        _shared_countries(tokens, found.people, geo_at)
        for i in self.honorifics.starts(tokens):
            if i in taken or not tokens[i].is_capitalized:
                continue
            hon = self.honorifics.match(tokens, i)
            if hon is None:
                continue
            person = self._name_after(tokens, i, taken, geo_at, need_honorific=True)
            if person is not None:
                found.people.append(person)
                taken.update(range(person.start, person.end))
        found.people.sort(key=lambda p: p.start)
        found.places = [
            g
            for g in geo
            if not any(k in taken for k in range(g.start, g.end))
            or any(g.start >= t.start and g.end <= t.end for t in found.titles)
        ]
        return found

    def _region_before(self, tokens: Sequence[Token], i: int) -> str | None:
        """Return the words of "the Gulf state's" right before a title (token `i`), if any."""
        if (
            i < 4
            or tokens[i - 1].key not in ("'s", "'")
            or tokens[i - 2].key not in self.partner_nouns
        ):
            return None
        for k in (i - 4, i - 5):
            if k >= 0 and tokens[k].key == "the":
                words = " ".join(t.text for t in tokens[k + 1 : i - 2])
                return words if self.gazetteer.region_named(words) else None
        return None

    def _alternating(
        self,
        tokens: Sequence[Token],
        title: Title,
        after: PersonMention,
        later: Sequence[Title],
        taken: set[int],
        geo_at: dict[int, GeoMention],
    ) -> bool:
        """Tell whether a title stands in a list of names each followed by its title ('A,
        Ambassador of Brazil, B, Director-General of Invest Oman, and ...'): the name after
        it is followed by a title that has no name after it, and a name comes before it."""
        if title.start == 0 or tokens[title.start - 1].text != ",":
            return False
        if after.end >= len(tokens) or tokens[after.end].text != ",":
            return False
        following = next((t for t in later if t.start >= after.end), None)
        if following is None or following.start != after.end + 1:
            return False
        claimed = taken | set(range(after.start, after.end))
        return (
            self._name_after(tokens, _after_aside(tokens, following.end), claimed, geo_at) is None
        )

    def _shared_bodies(self, tokens: Sequence[Token], people: list[PersonMention]) -> None:
        """Give a title listed after another the other's body: 'LCCI President A, Senior Vice
        President B and Vice President C' are all officers of the LCCI."""
        for before, after in pairwise(people):
            first, second = before.title, after.title
            if first is None or second is None or not first.body or second.body:
                continue
            if second.country is not None or second.portfolio:
                continue
            if not (second.rule.body_role or "{body}" in second.rule.org):
                continue
            if after.start < second.start or before.end > second.start:
                continue  # only 'title name, title name': not a name before its title
            gap = {t.key for t in tokens[before.end : second.start]}
            if gap and gap <= {",", "and", "&"}:
                second.body = first.body

    def _counterparts(
        self,
        text: str,
        offset: int,
        tokens: Sequence[Token],
        titles: Sequence[Title],
        geo_ending: dict[int, GeoMention],
    ) -> list[Title]:
        """Read "received his Iraqi counterpart Haider al-Saadi" as the same office in Iraq.

        The office is that of the nearest title before, in a sentence that names one.
        """
        out: list[Title] = []
        if "counterpart" not in text.lower():
            return out  # no token's key can be 'counterpart(s)'
        for i, tok in enumerate(tokens):
            if tok.key not in ("counterpart", "counterparts") or i not in geo_ending:
                continue
            geo = geo_ending[i]
            if geo.kind not in ("demonym", "country"):
                continue
            if any(t.start <= i < t.end for t in titles):
                continue
            model = next((t for t in reversed(titles) if t.end <= geo.start), None)
            nxt = i + 2 if i + 1 < len(tokens) and tokens[i + 1].text == "," else i + 1
            if model is None or nxt >= len(tokens) or not tokens[nxt].is_capitalized:
                continue  # 'his Iraqi counterpart Haider', 'her Nigerian counterpart, Dr X'
            if model.country is None:
                model.unlike = geo.country  # 'Secretary X met his Italian counterpart': not Italy's
            if any(t.start == nxt for t in titles):
                continue  # 'his Egyptian counterpart, Minister of Investment X': its own title
            title = replace(
                model,
                start=geo.start,
                end=i + 1,
                country=geo.country,
                to_country=None,
                province=None,
                capitalized=False,
            )
            title.text = text[tokens[geo.start].start - offset : tok.end - offset]
            out.append(title)
        return out

    def _named_after(
        self, tokens: Sequence[Token], title: Title, taken: set[int], geo_at: dict
    ) -> bool:
        """Tell whether a title of a body is followed by ', Name' ('the president of X, Y')."""
        k = _after_aside(tokens, title.end)
        return (
            title.end - title.start > 2
            and k < len(tokens)
            and tokens[k].text == ","
            and self._name_after(tokens, k, taken, geo_at) is not None
        )

    def _body_after_comma(self, tokens: Sequence[Token], title: Title, k: int) -> bool:
        """Give a title the body named after its comma, and tell whether there is one:
        'X, Chairman, Agricultural ... Export Development Authority (APEDA), said'."""
        if k + 1 >= len(tokens) or tokens[k].text != "," or not tokens[k + 1].is_capitalized:
            return False
        _, body = self._body(tokens, k + 1)
        if not body or not self._org_like(body):
            return False
        title.body = title.body or body
        return True

    def _org_like(self, body: str) -> bool:
        """Tell whether words after a title name a body ('State Bank of Pakistan'), not the
        title holder ('President Cyril Ramaphosa and President Bola Tinubu')."""
        first = body.split()[0]
        openers = self.body_words["org_openers"]
        if first.lower() in openers or _acronym(first) or self._is_portfolio(first):
            return True
        for word in body.split():
            if word.lower() in self.single_heads:
                return False
            if word.lower() in self.body_words["org_heads"]:
                return True  # 'Karachi Chamber of Commerce', 'Trading Corporation of Pakistan'
        return False

    def _antecedent_body(self, tokens: Sequence[Token], i: int, title: Title) -> None:
        """Give "its President" the body named before it: 'a delegation of the Dhaka
        Chamber of Commerce and Industry (DCCI), led by its President X'."""
        if not (title.rule.body_role or "{body}" in title.rule.org):
            return
        heads = self.body_words["org_heads"]
        body = self._body_named_before(tokens, i - 1, lambda tok: tok.key in heads)
        if body:
            title.body = body

    def _possessor_body(self, tokens: Sequence[Token], i: int, title: Title) -> bool:
        """Name the body of "the chamber's president" after 'the Arab-Brazilian Chamber of
        Commerce' named before it; False when a head of a body has none to name."""
        noun = tokens[i - 2].key
        body = self._body_named_before(tokens, i - 3, lambda tok: tok.key == noun)
        if body:
            title.body = body
            return True
        return not title.rule.body_role

    def _body_named_before(
        self, tokens: Sequence[Token], end: int, is_head: Callable[[Token], bool]
    ) -> str:
        """Return the body whose capitalised head word (`is_head`) comes last before
        token `end`, read from the start of its capitalised run; '' if there is none."""
        for k in range(end - 1, -1, -1):
            if tokens[k].is_capitalized and is_head(tokens[k]):
                r = k
                while r > 0 and tokens[r - 1].is_capitalized and tokens[r - 1].key not in _ARTICLES:
                    r -= 1
                return self._body(tokens, r)[1]
        return ""

    def _lower_title_ok(self, tokens: Sequence[Token], i: int, geo_ending: dict) -> bool:
        """Accept a lower-case title only where it is one.

        After a demonym ('Belarusian minister'), after a body ('Dubai Chambers chairman',
        'LCCI president'), or in apposition after a name ('Nurul Amin, senior secretary of').
        """
        while (
            i > 0
            and tokens[i - 1].text.islower()
            and (
                self._is_portfolio(tokens[i - 1].text) or tokens[i - 1].key in self.lower_modifiers
            )
        ):
            i -= 1  # 'the foreign minister of Sudan', "Sudan's trade minister", "acting ambassador"
        if i in geo_ending and geo_ending[i].kind in ("demonym", "country", "province"):
            return True  # 'Belarusian minister', 'Erongo governor Ndapewa Amupolo'
        if i > 1 and tokens[i - 1].key in ("'s", "'") and (i - 1) in geo_ending:
            return geo_ending[i - 1].kind == "country"  # "Kenya's ambassador"
        if i == 0:
            return False
        prev = tokens[i - 1]
        if prev.is_capitalized and (
            _acronym(prev.text)
            or prev.key in self.not_name
            or prev.key in self.body_words["org_heads"]
        ):
            return True
        if prev.text == ")" and i > 2 and _short_name(tokens[i - 2]) and tokens[i - 3].text == "(":
            return True  # 'Malaysian Palm Oil Council (MPOC) chief executive officer'
        j = i - 1
        while j >= 0 and (tokens[j].key in self.lower_modifiers or tokens[j].key in ("the", "a")):
            j -= 1
        return j >= 1 and tokens[j].text == "," and tokens[j - 1].is_capitalized

    # -- titles ------------------------------------------------------------------------------

    def _grow_title(
        self,
        text: str,
        offset: int,
        tokens: Sequence[Token],
        i: int,
        j: int,
        rule: TitleRule,
        geo_at: dict[int, GeoMention],
        geo_ending: dict[int, GeoMention],
    ) -> Title:
        title = Title(i, j, "", rule, tokens[i].is_capitalized)
        self._grow_left(tokens, title, geo_ending)
        self._grow_right(tokens, title, geo_at)
        title.text = text[tokens[title.start].start - offset : tokens[title.end - 1].end - offset]
        return title

    def _grow_left(
        self, tokens: Sequence[Token], title: Title, geo_ending: dict[int, GeoMention]
    ) -> None:
        k = title.start
        portfolio: list[str] = []
        while k > 0:
            prev = tokens[k - 1]
            mod = self.modifiers.match_ending(tokens, k)
            if mod and (  # 'Acting Ambassador'; "Kenya's deputy trade minister"
                tokens[mod[0]].is_capitalized
                or (not title.capitalized and tokens[mod[0]].text.islower())
            ):
                k = mod[0]
                continue
            exc = self.excluded.match_ending(tokens, k)
            if exc:
                title.excluded = True
                k = exc[0]
                continue
            if (
                title.rule.head.lower() in self.before_head
                and (prev.is_capitalized or (not title.capitalized and prev.text.islower()))
                and self._is_portfolio(prev.text)
                and k not in geo_ending
            ):
                portfolio.insert(0, prev.text)
                k -= 1
                continue
            if (
                portfolio
                and prev.text in (",", "and", "&")
                and k >= 2
                and tokens[k - 2].is_capitalized
                and self._is_portfolio(tokens[k - 2].text)
            ):
                portfolio.insert(0, prev.text)  # 'Investment, Trade and Industry Minister'
                k -= 1
                continue
            if prev.text in ("'s", "’s", "'", "’") and k - 1 in geo_ending:  # "Belarus' envoy"
                geo = geo_ending[k - 1]
                self._set_geo(title, geo)
                k = geo.start
                break
            if k in geo_ending and geo_ending[k].kind in ("demonym", "country", "province"):
                named = geo_ending[k]
                self._set_geo(title, named)
                k = named.start
                if (
                    title.body is None
                    and (title.rule.body_role or "{body}" in title.rule.org)
                    and k >= 2
                    and tokens[k - 1].key == "of"
                    and tokens[k - 2].is_capitalized
                    and tokens[k - 2].key in self.not_name
                ):
                    j = k - 2  # 'Tea Board of Kenya Chief Executive Officer'
                    while j > 0 and tokens[j - 1].is_capitalized and k - j < 5:
                        j -= 1
                    title.body = join_tokens(tokens[j : named.end])
                    k = j
                continue
            if (
                _acronym(prev.text)
                and title.body is None
                and (title.rule.body_role or "{body}" in title.rule.org)
                and k - 1 not in geo_ending
            ):
                title.body = prev.text  # 'LCCI President', 'LCCI Senior Vice President'
                k -= 1
                continue
            if (
                title.body is None
                and (title.rule.body_role or "{body}" in title.rule.org)
                and prev.text == ")"
                and k >= 4
                and _short_name(tokens[k - 2])
                and tokens[k - 3].text == "("
                and tokens[k - 4].is_capitalized
            ):
                # 'Kenya Private Sector Alliance (Kepsa) chief executive': the body's name
                j = k - 3
                while j > 0 and tokens[j - 1].is_capitalized and k - j < 10:
                    j -= 1
                title.body = join_tokens(tokens[j : k - 3])
                k = j
                continue
            if (
                title.body is None
                and (title.rule.body_role or "{body}" in title.rule.org)
                and k >= 2
                and prev.is_capitalized
                and prev.text.isalpha()
                and prev.key not in self.heads_words
                and _acronym(tokens[k - 2].text)
            ):
                title.body = tokens[k - 2].text  # 'JETRO Colombo Chief Representative'
                k -= 2
                continue
            if (
                title.body is None
                and (title.rule.body_role or "{body}" in title.rule.org)
                and prev.is_capitalized
                and prev.key in self.not_name
                and prev.key not in self.heads_words
            ):
                j = k - 1
                while (
                    j > 0
                    and tokens[j - 1].is_capitalized
                    and k - j < 5
                    and tokens[j - 1].key not in self.not_name_starts
                ):
                    j -= 1
                title.body = join_tokens(tokens[j:k])  # 'Dubai Chambers chairman'
                for end in range(j + 1, k + 1):  # placed where the body's name says
                    geo = geo_ending.get(end)
                    if geo is not None and geo.start >= j and geo.kind != "demonym":
                        self._set_geo(title, geo)
                k = j
                continue
            if title.country is None and prev.is_capitalized and prev.key in self.not_name:
                # 'Rwanda Defence Force Chief of Defence Staff': a body named after its state
                j = k - 1
                while j > 0 and tokens[j - 1].is_capitalized and k - j < 4:
                    j -= 1
                named = [g for g in geo_ending.values() if j <= g.start and g.end < k]
                geo = min(named, key=lambda g: g.start) if named else None
                if geo is not None and geo.kind == "country":
                    self._set_geo(title, geo)
                    k = geo.start
                    continue
            break
        # 'his Egyptian counterpart, Minister of Investment ...'
        if (
            k >= 3
            and tokens[k - 1].text == ","
            and tokens[k - 2].text.lower() == "counterpart"
            and k - 2 in geo_ending
            and title.country is None
        ):
            title.country = geo_ending[k - 2].country
        if portfolio and title.portfolio is None:
            title.portfolio = " ".join(portfolio).replace(" ,", ",")
        title.start = k

    def _ministry_of_state(
        self,
        tokens: Sequence[Token],
        m: int,
        title: Title,
        geo_at: dict[int, GeoMention],
        possessive: bool = True,
    ) -> int:
        """Return the end of the state's ministry told after its name, or m: 'Minister for
        Trade of the Republic of Korea's Ministry of Trade, Industry and Energy, Park X';
        after its adjective (`possessive` false): 'State Secretary of the Latvian Ministry of
        Foreign Affairs Ilze X'."""
        n = len(tokens)
        k = m + 1 if possessive else m
        if (
            k + 1 < n
            and tokens[k].key in self.body_words["ministry_modifiers"]
            and tokens[k + 1].key in self.body_words["ministry_words"]
        ):
            k += 1  # 'the German Federal Ministry for Economic Affairs'
        if not (
            k + 2 < n
            and (not possessive or tokens[m].key in ("'s", "’s"))
            and tokens[k].key in self.body_words["ministry_words"]
            and tokens[k + 1].key in ("of", "for")
        ):
            return m
        # 'at Germany's federal ministry for economic affairs': lower case after a lower title
        end, words = self._portfolio(tokens, k + 2, geo_at, lower=not title.capitalized)
        if not words:
            return m
        title.portfolio = words  # the ministry as named: 'Trade, Industry and Energy'
        return end

    def _government_of(
        self, tokens: Sequence[Token], k: int, geo_at: dict[int, GeoMention]
    ) -> GeoMention | None:
        """Return the place of '[Revolutionary] Government of <place>' starting at `k`."""
        for g in range(k, min(k + 3, len(tokens) - 2)):
            if not tokens[g].is_capitalized:
                return None
            if tokens[g].key == "government" and tokens[g + 1].key == "of":
                geo = geo_at.get(g + 2)
                return geo if geo is not None and geo.kind != "demonym" else None
        return None

    def _branch_end(self, tokens: Sequence[Token], m: int) -> int:
        """Return the end of a military service named at m ('Army', 'Armed Forces'), or m."""
        for size in (3, 2, 1):
            words = tokens[m : m + size]
            if (
                len(words) == size
                and all(t.is_capitalized for t in words)
                and " ".join(t.key for t in words) in self.branches
            ):
                return m + size
        return m

    def _head_with_portfolio(self, tokens: Sequence[Token], i: int) -> bool:
        """Tell whether a head at `i` has a portfolio after it ('Minister of Agriculture')."""
        match = self.heads.match(tokens, i)
        return (
            match is not None
            and match[0] + 1 < len(tokens)
            and tokens[match[0]].key in ("of", "for")
            and self._portfolio_word(tokens, match[0] + 1)
        )

    def _in_charge_of(self, tokens: Sequence[Token], m: int, geo_at: dict[int, GeoMention]) -> int:
        """Return where a title ends that may go on with ', in charge of Foreign Trade'."""
        k = m + 1 if m < len(tokens) and tokens[m].text == "," else m
        end, words = self._charge(tokens, k, geo_at)
        return end if words else m

    def _charge(
        self, tokens: Sequence[Token], k: int, geo_at: dict[int, GeoMention]
    ) -> tuple[int, str | None]:
        """Return the portfolio of 'in charge of African Cooperation' at `k`, and its end."""
        if (
            k + 3 < len(tokens)
            and tokens[k].key == "in"
            and tokens[k + 1].key == "charge"
            and tokens[k + 2].key == "of"
            and self._portfolio_word(tokens, k + 3)
        ):
            return self._portfolio(tokens, k + 3, geo_at)
        return k, None

    def _house_at(self, tokens: Sequence[Token], m: int, geo_at: dict[int, GeoMention]) -> int:
        """Return the end of a house of parliament named right after a title without 'of'
        ('Senate', 'National Assembly', 'Punjab Assembly'), or m if none is."""
        for end in range(m + 1, min(m + 3, len(tokens)) + 1):
            tok = tokens[end - 1]
            if not tok.is_capitalized or (end - 1 in geo_at and end - 1 > m):
                return m
            if tok.key in self.body_words["legislatures"]:
                return end
        return m

    def _set_geo(self, title: Title, geo: GeoMention) -> None:
        if geo.kind == "province":
            title.province = title.province or geo.name
            title.country = title.country or geo.country
        elif title.country is None:
            title.country = geo.country

    def _grow_right(
        self, tokens: Sequence[Token], title: Title, geo_at: dict[int, GeoMention]
    ) -> None:
        m = title.end
        n = len(tokens)
        rule = current = title.rule
        chained = False  # another head joined: 'Minister of Agriculture and Minister for ...'
        if (
            m + 2 < n
            and tokens[m].text == "("
            and tokens[m + 2].text == ")"
            and tokens[m + 1].key in self.heads_words
        ):
            m += 3  # 'Khokim (governor) of Andijan region', 'Toraga (Speaker) of': a gloss
        if (
            m + 4 < n
            and rule.takes_portfolio
            and tokens[m].key == "to"
            and tokens[m + 1].key == "the"
            and tokens[m + 2].key == "minister"
            and tokens[m + 3].key in ("of", "for")
            and self._portfolio_word(tokens, m + 4)
        ):
            # 'Secretary of State to the Minister of Industry and Trade': in that ministry
            end, words = self._portfolio(tokens, m + 4, geo_at)
            if words:
                title.portfolio = words
                m = self._in_charge_of(tokens, end, geo_at)
        elif rule.takes_portfolio and m < n and tokens[m].key == "in":
            m, words = self._charge(tokens, m, geo_at)  # 'Minister Delegate in charge of Trade'
            title.portfolio = words or title.portfolio
        elif (
            m + 1 < n
            and tokens[m].key == "on"
            and rule.takes_portfolio
            and self._portfolio_word(tokens, m + 1)
        ):
            # 'Special Assistant to the Prime Minister on Investment Dr X'
            end, words = self._portfolio(tokens, m + 1, geo_at, lower=not title.capitalized)
            if words:
                title.portfolio = words
                m = end
        elif m < n and tokens[m].text.lower() in ("for", "of") and rule.takes_portfolio:
            first = m + 1
            if (
                first + 1 < n
                and tokens[first].key == "the"
                and (
                    not title.capitalized
                    or (
                        self._portfolio_word(tokens, first + 1)
                        and tokens[first + 1].key not in self.body_words["ministry_words"]
                    )
                )
            ):
                first += 1  # 'the minister of the economy and innovation, X', 'Minister of
                # the Economy and Innovation Tomas Gecas'
            end, words = self._portfolio(tokens, first, geo_at, lower=not title.capitalized)
            if words:
                title.portfolio = words
                m = end
        elif (
            m < n
            and rule.takes_portfolio
            and tokens[m].is_capitalized
            and tokens[m].text.lower() in self.portfolio_words
            and m not in geo_at
        ):
            # 'Secretary Commerce Ms. Saima Rafique'
            end, words = self._portfolio(tokens, m, geo_at, allow_comma=False)
            if words:
                title.portfolio = words
                m = end
        if "{body}" in rule.org or rule.body_role:
            house = self._house_at(tokens, m, geo_at)
            if house > m:  # 'Chairman Senate Mir X', 'Speaker National Assembly Y'
                title.body = join_tokens(tokens[m:house])
                m = house
        # the state: 'of Belarus', 'of Uzbekistan', 'Punjab' (Chief Minister Punjab)
        while m < n:
            word = tokens[m].text.lower()
            if (
                word == "to"
                and rule.role in _POSTED
                and m + 2 < n
                and tokens[m + 1].key == "the"
                and tokens[m + 2].key in self.state_nouns
                and tokens[m + 2].text.islower()
            ):
                m += 3  # "Greece's ambassador to the sultanate, Eleni Vassilakou"
                continue
            if (
                word == "("
                and m + 3 < n
                and _acronym(tokens[m + 1].text)
                and tokens[m + 2].text == ")"
                and tokens[m + 3].key in ("of", "to")
            ):
                m += 3  # 'Chief of the Defence Staff (CDS) of the Ghana Armed Forces'
                continue
            if word in ("a.i.", "a.i") and rule.role in _POSTED:
                m += 1  # "Chargé d'Affaires a.i." (ad interim)
                continue
            region = (
                self.regions.match(tokens, m + 1)
                if word == "for" and rule.role in _POSTED and m + 1 < n
                else None
            )
            if region is not None:
                m = region[0]  # 'Trade Commissioner for South Asia Liam Fairbairn'
                continue
            if (
                word == "of"
                and rule.role in _POSTED
                and m + 4 < n
                and tokens[m + 1].key == "the"
                and tokens[m + 2].key in ("embassy", "mission", "consulate")
                and tokens[m + 3].key == "of"
                and (m + 4) in geo_at
                and geo_at[m + 4].kind == "country"
            ):
                # "Chargé d'Affaires of the Embassy of Lithuania in New Delhi Tomas X"
                self._set_geo(title, geo_at[m + 4])
                m = geo_at[m + 4].end
                city = geo_at.get(m + 1)
                if m + 1 < n and tokens[m].key == "in" and city is not None:
                    m = city.end
                continue
            if (
                word in ("for", "of")
                and (current is not rule or chained)
                and current.takes_portfolio
                and m + 1 < n
                and self._portfolio_word(tokens, m + 1)
            ):
                end, words = self._portfolio(tokens, m + 1, geo_at)  # '... and Minister of Economy'
                if words:
                    title.portfolio = f"{title.portfolio}, {words}" if title.portfolio else words
                    m = end
                    continue
            if word == "of" and (current.body_role or "{body}" in current.org):
                end, body = self._body(tokens, m + 1)
                if body and self.gazetteer.country(body) is None:
                    end, body = self._body_list(tokens, m + 1, end, body, geo_at)
                    title.body = body
                    # a state's name before a town's: not the American Freeport of 'the Freeport
                    # of Riga Authority'
                    inside = [g for g in geo_at.values() if m < g.start < end]
                    inside.sort(key=lambda g: (_PLACE_RANK.get(g.kind, 3), g.start))
                    if inside and title.country is None:
                        title.country = inside[0].country
                    m = end
                    continue
            if (
                word == "of"
                and m + 2 < n
                and tokens[m + 1].key == "the"
                and geo_at.get(m + 2) is not None
                and geo_at[m + 2].kind == "demonym"
                and rule.role in _POSTED
            ):
                end, body = self._body(tokens, m + 1)  # 'of the Sri Lankan Embassy in Kuwait'
                if body and end > geo_at[m + 2].end:
                    title.body = body
                    self._set_geo(title, geo_at[m + 2])
                    m = end
                    continue
            if (
                word == "of"
                and m + 2 < n
                and tokens[m + 1].key == "the"
                and tokens[m + 2].key in self.body_words["generic_bodies"]
                and (m + 3 == n or not tokens[m + 3].is_capitalized)
                and (m + 3 == n or tokens[m + 3].key not in ("of", "for"))
            ):
                m += 3  # 'the Permanent Secretary of the ministry, Mr Olumide Bakare'
                continue
            if (
                word in ("in", "at", "of")
                and rule.takes_portfolio
                and m + 3 < n
                and tokens[m + 1].key == "the"
                and tokens[m + 2].is_capitalized
                and tokens[m + 2].key in self.body_words["ministry_words"]
                and tokens[m + 3].text.lower() in ("of", "for")
            ):
                # 'Additional Secretary in the Department of Commerce Meenakshi X',
                # '... for Foreign Trade Affairs at the Ministry of Commerce and Industry X'
                end, words = self._portfolio(tokens, m + 4, geo_at)
                if words:
                    title.portfolio = title.portfolio or words
                    m = end
                    continue
            if (
                word == "of"
                and "{province}" in rule.org
                and m + 2 < n
                and tokens[m + 1].is_capitalized
                and tokens[m + 2].key in self.body_words["province_nouns"]
            ):
                title.province = title.province or tokens[m + 1].text
                geo = geo_at.get(m + 1)
                if geo is not None and title.country is None:
                    title.country = geo.country
                m += 3  # 'Akim of Turkistan region', 'khokim of Navoi region'
                continue
            if word == "of" and m + 1 < n and tokens[m + 1].key == "the":
                place = self._government_of(tokens, m + 2, geo_at)
                if place is not None:  # 'of the Revolutionary Government of Zanzibar': its state
                    title.country = title.country or place.country
                    m = place.end
                    continue
            if (
                word == "for"
                and not rule.takes_portfolio
                and m + 1 < n
                and self._portfolio_word(tokens, m + 1)
            ):
                end, words = self._portfolio(tokens, m + 1, geo_at)
                if words and end + 1 < n and tokens[end].key == "at":
                    m = end  # 'Director-General for Foreign Economic Relations at the ...'
                    continue
                if words and "{body}" in rule.org and not title.body:
                    title.body = words  # 'Director-General for Bilateral Affairs Ana Perović'
                    m = end
                    continue
            if word == "at" and m + 1 < n:
                geo = geo_at.get(m + 1)
                if geo is None and tokens[m + 1].key == "the":
                    geo = geo_at.get(m + 2)
                if geo is not None and geo.kind in ("country", "demonym"):
                    owned = geo.end < n and tokens[geo.end].key in ("'s", "’s")
                    end = self._ministry_of_state(tokens, geo.end, title, geo_at, owned)
                    if end != geo.end:  # 'Secretary of State at Poland's Ministry of Development',
                        # 'Director-General ... at the Netherlands Ministry of Foreign Affairs'
                        title.country = title.country or geo.country
                        if "{body}" in title.rule.org and not title.body:
                            title.body = join_tokens(tokens[geo.end + int(owned) : end])
                        m = end
                        continue
            if word in ("of", "in", "to", "for") and m + 1 < n:
                nxt = m + 2 if tokens[m + 1].text.lower() == "the" and (m + 2) in geo_at else m + 1
                geo = geo_at.get(nxt)
                if geo is not None and geo.kind in ("country", "province", "demonym"):
                    if word == "to" or (word == "in" and title.country is not None):
                        title.to_country = geo.country
                    elif geo.kind == "province":
                        self._set_geo(title, geo)
                    elif title.country is None:
                        title.country = geo.country
                    else:
                        title.to_country = geo.country
                    m = geo.end
                    while word == "to" and m + 1 < n and tokens[m].key in ("and", ","):
                        more = geo_at.get(m + 1)  # 'Ambassador to Uzbekistan and Kyrgyzstan X'
                        if more is None or more.kind != "country":
                            break
                        m = more.end
                    m = self._branch_end(tokens, m)  # 'of the Iraqi Army', '... Armed Forces'
                    nouns = self.body_words["province_nouns"]
                    if geo.kind == "province" and m < n and tokens[m].key in nouns:
                        m += 1  # 'Akim of Turkistan region Nurlan Kuanyshev'
                    m = self._ministry_of_state(
                        tokens, m, title, geo_at, possessive=geo.kind != "demonym"
                    )
                    continue
                if (
                    word == "of"
                    and geo is not None
                    and geo.kind == "city"
                    and title.country is None
                ):
                    title.country = (
                        geo.country
                    )  # 'Minister of Trade ... of Zanzibar', 'Mayor of Cebu'
                    m = geo.end
                    continue
                if word in ("in", "to"):
                    if geo is not None and geo.kind == "city" and title.rule.role in _POSTED:
                        m = geo.end  # 'Consul General of Iran in Lahore'
                        continue
                    if (
                        tokens[m + 1].text.lower() == "the"
                        and m + 2 < n
                        and tokens[m + 2].is_capitalized
                        and tokens[m + 2].text.lower() in self.not_name
                    ):
                        m += 3  # 'Ambassador of Pakistan to the Kingdom'
                        continue
                break
            geo = geo_at.get(m)
            if (
                geo is not None
                and geo.kind == "province"
                and title.province is None
                and title.country in (None, geo.country)  # "Indonesia's Minister ... Rizal X"
            ):
                self._set_geo(title, geo)
                m = geo.end
                continue
            if (
                geo is not None
                and geo.kind in ("demonym", "country")
                and m == title.end
                and ("{body}" in rule.org or "{demonym}" in rule.org)
            ):
                end, body = self._body(tokens, m)  # 'Commander Turkish Land Forces'
                if body and end > geo.end:
                    title.body = body
                    self._set_geo(title, geo)
                    m = end
                    continue
            if (
                m == title.end
                and current.body_role
                and geo is None
                and tokens[m].is_capitalized
                and self.honorifics.match(tokens, m) is None
                and not title.body
            ):
                end, body = self._body(tokens, m)  # 'Governor State Bank of Pakistan'
                if body and len(body.split()) >= 2 and self._org_like(body):
                    title.body = body
                    m = end
                    continue
            if (
                m == title.end
                and geo is None
                and not title.body
                and _acronym(tokens[m].text)
                and self.honorifics.match(tokens, m) is None
                and m + 1 < n
                and tokens[m + 1].is_capitalized
            ):
                title.body = tokens[m].text  # 'Chief Executive TDAP Syed Faraz Hussain'
                m += 1
                continue
            if word in ("at", "in") and m + 2 < n and tokens[m + 1].key == "the":
                # 'State Secretary at the Federal Ministry for ...', 'in the Department of'
                end, body = self._body(tokens, m + 1)
                for k in range(m + 2, end):
                    geo = geo_at.get(k)
                    if geo is not None and geo.kind == "country" and geo.end < end:
                        end = geo.end  # '... of Germany Katrin Oberhauser': the name follows
                        body = join_tokens(tokens[m + 2 : end])
                        break
                if body and self.gazetteer.country(body) is None:
                    end, _ = self._body_list(tokens, m + 2, end, body, geo_at)
                    title.body = title.body or join_tokens(tokens[m + 2 : end])
                    for k in range(m + 2, end):
                        if k in geo_at and title.country is None:
                            self._set_geo(title, geo_at[k])
                    m = end
                    continue
            if word == "(" and title.portfolio and m + 2 < n:
                close = next(
                    (k for k in range(m + 1, min(n, m + 6)) if tokens[k].text == ")"), None
                )
                if close and all(t.is_capitalized for t in tokens[m + 1 : close]):
                    m = close + 1  # 'Minister for Energy (Petroleum Division)'
                    continue
            if word in (",", "–", "—", "-") and m + 1 < n and tokens[m + 1].is_capitalized:
                nxt = self.heads.match(tokens, m + 1)
                if nxt is not None and nxt[1].role != title.rule.role:
                    m, current = nxt  # 'Minister of State for Energy Affairs, President and CEO of'
                    chained = True
                    continue
            if word == "and" and m + 1 < n:
                # not 'the Mozambican minister and Minister of Industry X': two people
                joined = tokens[m + 1].is_capitalized and title.capitalized
                nxt = self.heads.match(tokens, m + 1) if joined else None
                if nxt is None and tokens[m + 1].text.lower() in self.portfolio_words:
                    k = m + 1
                    while k < n and tokens[k].text.lower() in self.portfolio_words:
                        k += 1
                    hit = self.heads.match(tokens, k) if k < n else None
                    if hit and hit[1].head.lower() in self.before_head:
                        extra = " ".join(t.text for t in tokens[m + 1 : k])
                        title.portfolio = title.portfolio or extra
                        nxt = hit
                if nxt is not None:  # 'Deputy Prime Minister and Foreign Minister'
                    m, current = nxt
                    chained = True
                    continue
            break
        if (
            m < n
            and tokens[m].text == "("
            and m + 2 < n
            and tokens[m + 2].text == ")"
            and tokens[m + 1].text.isupper()
        ):
            m += 3  # an acronym: '(LCCI)'
        title.end = m

    def _portfolio(
        self,
        tokens: Sequence[Token],
        p: int,
        geo_at: dict[int, GeoMention],
        allow_comma: bool = True,
        lower: bool = False,
    ) -> tuple[int, str]:
        """Return where the portfolio after a title ends, and the portfolio.

        lower: a lower-case title takes lower-case words ('secretary of state for
        internationalisation').
        """
        words: list[Token] = []
        n = len(tokens)
        while p < n:
            tok = tokens[p]
            low = tok.text.lower()
            at = geo_at.get(p)
            if at is not None and at.kind == "country" and at.end > p + 1:
                break  # 'Investment of New Zealand': the state, not a portfolio word
            if (
                (tok.is_capitalized or (lower and tok.text.islower()))
                and (
                    self._is_portfolio(tok.text)
                    or _acronym(tok.text)
                    or self._qualifier(tokens, p, geo_at)
                )
                and self.honorifics.match(tokens, p) is None
            ):
                words.append(tok)
                p += 1
                continue
            if (
                low in ("and", "&", "'s", "’s")
                and p + 1 < n
                and self._portfolio_word(tokens, p + 1, geo_at, lower)
            ):
                words.append(tok)
                p += 1
                continue
            if (
                low in ("of", "for")
                and words
                and p + 1 < n
                and self._portfolio_word(tokens, p + 1, geo_at, lower)
            ):
                words.append(tok)
                p += 1
                continue
            if (
                low == ","
                and allow_comma
                and words
                and self._portfolio_segment(tokens, p + 1, geo_at)
            ):
                words.append(tok)
                p += 1
                continue
            break
        while words and words[-1].text.lower() in ("and", "&", ",", "of", "for"):
            words.pop()
            p -= 1
        return p, join_tokens(words)

    def _portfolio_word(
        self,
        tokens: Sequence[Token],
        p: int,
        geo_at: dict[int, GeoMention] | None = None,
        lower: bool = False,
    ) -> bool:
        """Tell whether a portfolio word is at `p` (lower: in a lower-case title, one
        written in lower case too: 'minister of the economy and innovation')."""
        tok = tokens[p]
        geo = (geo_at or {}).get(p)
        if geo is not None and geo.kind == "country" and geo.end > p + 1:
            return False  # 'of New Zealand': a country, whatever its first word
        if lower and tok.text.islower():
            return self._is_portfolio(tok.text)
        return tok.is_capitalized and (
            self._is_portfolio(tok.text) or self._qualifier(tokens, p, geo_at or {})
        )

    def _qualifier(self, tokens: Sequence[Token], p: int, geo_at: dict[int, GeoMention]) -> bool:
        """Tell whether a demonym qualifies the portfolio word after it ('African Cooperation'),
        or a people is one a ministry serves abroad ('Tunisians Abroad', 'Overseas Pakistanis')."""
        geo = geo_at.get(p)
        tok = tokens[p]
        if tok.is_capitalized and tok.key.endswith("s") and not self._is_portfolio(tok.text):
            after = p + 1 < len(tokens) and tokens[p + 1].key in self.diaspora_words
            if after or (p > 0 and tokens[p - 1].key in self.diaspora_words):
                return True
        return (
            geo is not None
            and geo.kind == "demonym"
            and geo.end == p + 1
            and p + 1 < len(tokens)
            and tokens[p + 1].is_capitalized
            and self._is_portfolio(tokens[p + 1].text)
        )

    def _is_portfolio(self, word: str) -> bool:
        """Tell whether a word can be part of a portfolio: listed, or an abstract noun."""
        low = word.lower()
        return (
            low in self.portfolio_words
            or (low.endswith("s") and low[:-1] in self.portfolio_words)
            or (len(low) > 6 and low.endswith(self.portfolio_suffixes))  # 'Emigration'
        )

    def _portfolio_segment(
        self, tokens: Sequence[Token], p: int, geo_at: dict[int, GeoMention]
    ) -> bool:
        """Tell whether the words after a comma go on with the portfolio.

        'for Commerce, Industries and Production Chaudhry Zafar' goes on;
        'for Commerce, Jam Kamal Khan' does not.
        """
        n = len(tokens)
        if p < n and tokens[p].text.lower() in ("and", "&"):
            p += 1
        if (
            p + 2 < n
            and _acronym(tokens[p].text)
            and tokens[p + 1].text.lower() in ("and", "&")
            and self._portfolio_word(tokens, p + 2, geo_at)
        ):
            return True  # 'of Industry, SME and Cooperatives'
        return (
            p < n
            and self._portfolio_word(tokens, p, geo_at)
            and self.honorifics.match(tokens, p) is None
        )

    def _body(self, tokens: Sequence[Token], p: int) -> tuple[int, str]:
        start = p
        words: list[Token] = []
        n = len(tokens)
        if p < n and tokens[p].text.lower() == "the":
            p += 1
        while p < n:
            tok = tokens[p]
            low = tok.text.lower()
            if self.honorifics.match(tokens, p) is not None and words:
                break
            if tok.is_capitalized or tok.text == "&" or (tok.text in ("'s", "’s") and words):
                words.append(tok)
                p += 1
                continue
            if low == "and" and p + 1 < n and self.heads.match(tokens, p + 1) is not None:
                break  # '... Ministry of Commerce X and Director General of ...': another title
            # 'Agency for the Promotion of Exports': 'the' after a connector, then a name word
            # and a lone 'Board of the Latvian Chamber of Commerce'
            lone = len(words) == 1 and words[0].key in self.body_words["org_heads"]
            connector = low == "for" or (lone and low == "of")
            the = connector and p + 2 < n and tokens[p + 1].key == "the"
            after = p + 2 if the else p + 1
            if (
                low in _CONNECTORS_IN_BODY
                and words
                and after < n
                and tokens[after].is_capitalized
                and tokens[after].text.lower() not in self.date_words  # '... on Tuesday'
            ):
                words.append(tok)
                p += 1
                continue
            break
        # a body ends before the name of its head: '... Industry Mian Nauman Kabir'; or with
        # the state it is of: 'Bank of Namibia'
        while words and not self._org_word(words[-1].text):
            if (
                len(words) >= 3
                and words[-2].key == "of"
                and self.gazetteer.country_named(words[-1].text) is not None
                and words[0].key not in self.body_words["legislatures"]  # 'Parliament'
            ):
                break
            words.pop()
        while words and words[-1].text.lower() in _CONNECTORS_IN_BODY:
            words.pop()
        if not words or (
            len(words) == 1
            and not _single_word_body(words[0].text)
            and words[0].key not in self.body_words["legislatures"]
        ):
            return start, ""
        p = start
        while tokens[p] is not words[-1]:
            p += 1
        return p + 1, join_tokens(words)

    def _body_list(
        self,
        tokens: Sequence[Token],
        start: int,
        end: int,
        body: str,
        geo_at: dict[int, GeoMention],
    ) -> tuple[int, str]:
        """Extend a body over the portfolios listed after it, with the body's new end.

        'the Ministry of Industry, Trade and Supply Dana X', 'at the Ministry of Energy,
        Water Resources and Irrigation, X'.
        """
        grown = end
        while (
            grown + 1 < len(tokens)
            and tokens[grown].text == ","
            and self._portfolio_segment(tokens, grown + 1, geo_at)
        ):
            after, words = self._portfolio(tokens, grown + 1, geo_at, allow_comma=False)
            if not words:
                break
            grown = after
        if grown == end:
            return end, body
        if tokens[start].key == "the":
            start += 1
        return grown, join_tokens(tokens[start:grown])

    def _org_word(self, word: str) -> bool:
        low = word.lower()
        return (
            low in self.not_name
            or low in self.body_words["legislatures"]
            or self._is_portfolio(word)
            or _single_word_body(word)
        )

    # -- names -------------------------------------------------------------------------------

    def _name_after(
        self,
        tokens: Sequence[Token],
        q: int,
        taken: set[int],
        geo_at: dict[int, GeoMention],
        need_honorific: bool = False,
    ) -> PersonMention | None:
        n = len(tokens)
        start = q
        if q < n and tokens[q].text == "," and not need_honorific:
            q += 1
        surface_start = q
        female = male = False
        honored = False
        while q < n:
            if self.female.match(tokens, q):
                female = True
            elif self.male.match(tokens, q):
                male = True
            hon = self.honorifics.match(tokens, q) or self.retired.match(tokens, q)
            if hon is None:
                break
            q = hon[0]
            honored = True
            if q < n and tokens[q].text == ".":
                q += 1
            if q + 2 < n and tokens[q].text == "(" and tokens[q + 2].text == ")":
                q += 3  # 'Lt General (Pilot) Jassim', 'Air Marshal (retd)'
        if need_honorific and not honored:
            return None
        name_start = q
        q = self._name_end(tokens, q, taken, geo_at)
        if q - name_start == 0:
            return None
        if q - name_start == 1 and not honored and tokens[name_start].text.lower() in self.not_name:
            return None
        end = q
        ret = self.retired.match(tokens, q)
        if ret:
            end = ret[0]
        del start
        return self._person(tokens, surface_start, name_start, q, end, female, male)

    def _name_end(
        self, tokens: Sequence[Token], q: int, taken: set[int], geo_at: dict[int, GeoMention]
    ) -> int:
        n = len(tokens)
        first = q
        while q < n and q not in taken:
            tok = tokens[q]
            low = tok.text.lower()
            if q in geo_at and geo_at[q].kind in ("country", "demonym") and q == first:
                break
            if (
                tok.is_capitalized
                and tok.text.replace("-", "").replace("'", "").isalpha()
                and (low not in self.not_name or self._name_like_after(tokens, q, first, geo_at))
                and (
                    self.heads.match(tokens, q) is None
                    or (q > first and tokens[q - 1].key in self.particles)  # 'bin Sultan'
                    or self._given_name_head(tokens, q, first)  # 'Mr. Sultan Hamdan'
                )
            ):
                q += 1
                if (
                    q < n
                    and tokens[q].text == "."
                    and (len(tok.text) <= 3 or (q - 1 == first and low in self.abbreviations))
                    and q + 1 < n
                    and tokens[q + 1].is_capitalized
                ):
                    q += 1  # 'Md. Touhid', 'A. Rahman', 'Mohd. Rizal'
                continue
            if (
                low in self.particles
                and q > first
                and q + 1 < n
                and (tokens[q + 1].is_capitalized or tokens[q + 1].key in self.particles)
            ):
                q += 1  # 'bin Salman', 'de la Fuente'
                continue
            if (
                q > first
                and q + 3 < n
                and tok.text in _OPEN_QUOTES
                and tokens[q + 1].is_capitalized
                and tokens[q + 2].text in _CLOSE_QUOTES
                and tokens[q + 3].is_capitalized
            ):
                q += 3  # 'Ramon "Bong" Villareal': a nickname inside the name
                continue
            if q > first and "-" in low and low.split("-", 1)[0] in self.particles:
                head = tok.text.split("-", 1)[1]
                if head[:1].isupper():
                    q += 1  # 'Fahad bin Jassim al-Mohannadi'
                    continue
            break
        while q > first and tokens[q - 1].text.lower() in self.particles:
            q -= 1
        if q > first + 1 and q < n and tokens[q].key in self.patronymics_after:
            q += 1  # 'Nurlanbek Turgunbek uulu'
        return q

    def _given_name_head(self, tokens: Sequence[Token], q: int, first: int) -> bool:
        """Tell whether a title head opening a name after an honorific is a given name."""
        match = self.heads.match(tokens, q)
        return (
            q == first
            and match is not None
            and match[1].given_name
            and self.honorifics.match_ending(tokens, q) is not None
        )

    def _name_like_after(
        self, tokens: Sequence[Token], q: int, first: int, geo_at: dict[int, GeoMention]
    ) -> bool:
        """Tell whether a common word opens a name: 'Park' of 'Minister Park Sung-hoon'."""
        nxt = q + 1
        return (
            q == first
            and nxt < len(tokens)
            and nxt not in geo_at
            and tokens[nxt].is_capitalized
            and tokens[nxt].text.replace("-", "").isalpha()
            and tokens[nxt].key not in self.not_name
            and self.heads.match(tokens, nxt) is None
        )

    def _name_before(
        self, tokens: Sequence[Token], k: int, taken: set[int], geo_at: dict[int, GeoMention]
    ) -> PersonMention | None:
        end = k
        if end > 0 and tokens[end - 1].text == "(":
            end -= 1  # 'Andrés Felipe Cevallos Ordóñez (Minister of Production ...)'
        while end > 0 and tokens[end - 1].key in self.lower_modifiers:
            end -= 1  # 'Nurul Amin Bhuiyan, senior secretary of ...'
        if end > 0 and tokens[end - 1].text.lower() in ("the", "a", "an"):
            end -= 1  # 'Kwame Atta Quansah, a Deputy Minister for Trade'
        if end > 1 and tokens[end - 1].key == "as" and tokens[end - 2].text == ",":
            end -= 1  # 'the credentials of HE Yao Kouadio Bamba, as Ambassador of ...'
        if end > 0 and tokens[end - 1].text == ",":
            end -= 1
        q = end
        while q > 0 and (q - 1) not in taken:
            tok = tokens[q - 1]
            low = tok.text.lower()
            if (
                tok.is_capitalized
                and tok.text.replace("-", "").replace("'", "").isalpha()
                and low not in self.not_name
                and (not _in_place(q - 1, geo_at) or self._city_surname(tokens, q - 1, end, geo_at))
            ):
                q -= 1
                continue
            if low in self.particles and q < end:
                q -= 1
                continue
            if (
                tok.text == "."
                and q < end
                and q >= 3
                and len(tokens[q - 2].text) == 1
                and tokens[q - 2].text.isupper()
                and tokens[q - 3].is_capitalized
                and (q - 2) not in taken
            ):
                q -= 2  # 'Ramon P. Villanueva, Secretary of Trade': a middle initial
                continue
            if (
                low in self.family_first
                and tok.is_capitalized
                and q < end
                and "-" in tokens[q].text  # 'Park Seo-yeon', not 'Park Hotel'
                and (q - 1) not in geo_at
            ):
                q -= 1
            break
        while q < end and tokens[q].text.lower() in self.particles:
            q += 1
        while q < end:  # 'HRH Prince Faisal bin Farhan, Saudi Foreign Minister'
            hon = self.honorifics.match(tokens, q)
            if hon is None:
                break
            if hon[0] >= end:
                return None  # 'Lok Chumteav Minister also said': an honorific, no name
            q = hon[0] + (1 if tokens[hon[0]].text == "." else 0)
        if (
            q > 0
            and tokens[q - 1].text.lower() in ("in", "at", "from", "to")
            and self.gazetteer.city(tokens[q].text) is not None
        ):
            q += 1  # 'received in Muscat Muhammad Naveed Safdar, Ambassador ...'

        if end - q < 2:
            return None
        surface_start = q
        hon = self.honorifics.match_ending(tokens, q)
        female = male = False
        if hon is not None:
            female = self.female.match(tokens, hon[0]) is not None
            male = self.male.match(tokens, hon[0]) is not None
            surface_start = hon[0]
        return self._person(tokens, surface_start, q, end, end, female, male)

    def _city_surname(
        self, tokens: Sequence[Token], i: int, end: int, geo_at: dict[int, GeoMention]
    ) -> bool:
        """Tell whether a one-word town's name ends a name before a title: 'Ramon P.
        Villanueva, Secretary of Trade' (a given name or initial before it)."""
        geo = geo_at.get(i)
        return (
            geo is not None
            and geo.kind == "city"
            and geo.end == i + 1
            and i == end - 1
            and i >= 2
            and (
                tokens[i - 1].text == "."
                or (tokens[i - 1].is_capitalized and (i - 1) not in geo_at)
            )
        )

    def _person(
        self,
        tokens: Sequence[Token],
        surface_start: int,
        name_start: int,
        name_end: int,
        end: int,
        female: bool,
        male: bool = False,
    ) -> PersonMention:
        name = _NICKNAME.sub(" ", join_tokens(tokens[name_start:name_end]))
        surface = join_tokens(tokens[surface_start:name_end])
        return PersonMention(
            surface_start,
            end,
            tokens[surface_start].start,
            tokens[end - 1].end,
            name,
            surface,
            female,
            male=male,
        )


_OPEN_QUOTES = {'"', "“"}
_CLOSE_QUOTES = {'"', "”"}
#: a quoted nickname inside a name, taken out of it: 'Ramon "Bong" Villareal'
_NICKNAME = re.compile(r"\s*[\"“][^\"”]+[\"”]\s*")


def _shared_countries(
    tokens: Sequence[Token], people: list[PersonMention], geo_at: dict[int, GeoMention]
) -> None:
    """Give a title joined by 'and' to one that opens with its state that state: "New
    Zealand's Minister for Trade A and Minister of Agriculture B" both serve New Zealand."""
    for before, after in pairwise(people):
        first, second = before.title, after.title
        if first is None or second is None or first.country is None or second.country:
            continue
        if first.to_country is not None:
            continue  # 'Mexican Ambassador to India A and Additional Secretary B': the host's
        if after.start < second.start or before.end + 1 != second.start:
            continue  # only 'title name and title name'
        if first.start > 0 and tokens[first.start - 1].key == "between":
            continue  # 'talks between Morocco's Minister A and Union Minister B': two sides
        opener = geo_at.get(first.start)
        if (
            tokens[before.end].key == "and"
            and opener is not None
            and opener.kind in ("country", "demonym")
            and opener.country == first.country
        ):
            second.country = first.country


def _delegation_country(
    tokens: Sequence[Token], start: int, geo: Sequence[GeoMention], groups: frozenset[str]
) -> str | None:
    """Return X of 'the X delegation (was) led by <title and name>', else None.

    Also 'a Saudi business delegation led by' and 'a delegation of China's Zhejiang
    province led by': the country named next to the word 'delegation' (one of `groups`,
    roles.json "led_groups").
    """
    k = start
    if k >= 1 and tokens[k - 1].key == "the":
        k -= 1  # 'a delegation from Vietnam headed by the Deputy Minister ..., X'
    if not (k >= 2 and tokens[k - 1].key == "by" and tokens[k - 2].key in ("led", "headed")):
        return None
    k -= 2
    group = next(
        # 'a delegation of the National Assembly of the Republic of Korea led by'
        (d for d in range(k - 1, max(-1, k - 13), -1) if tokens[d].key in groups),
        None,
    )
    if group is None:
        return None
    near = [g for g in geo if group - 3 <= g.start < k and g.kind in ("demonym", "country")]
    return near[0].country if near else None


def _single_word_body(word: str) -> bool:
    """Tell whether one word can name a body: 'QatarEnergy', 'LCCI'."""
    return _acronym(word) or any(ch.isupper() for ch in word[1:])


def _short_name(token: Token) -> bool:
    """Tell whether a token in brackets is a body's short name: 'MPOC', 'Kepsa'."""
    return _acronym(token.text) or (
        token.is_capitalized and token.text.isalpha() and len(token.text) <= 8
    )


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def describe(mentions: SentenceMentions) -> dict[str, Any]:
    """Return a plain view of the mentions, for debugging and tests."""
    return {
        "titles": [(t.text, t.role, t.portfolio, t.country, t.body) for t in mentions.titles],
        "people": [(p.name, p.title.text if p.title else None) for p in mentions.people],
        "places": [(g.name, g.kind, g.country) for g in mentions.places],
    }


__all__ = ["MentionFinder", "PersonMention", "SentenceMentions", "Title", "describe", "key_of"]


def _in_place(i: int, geo_at: dict[int, GeoMention]) -> bool:
    """Tell whether token `i` is part of a place's name ('Arab' in 'United Arab Emirates')."""
    return i in geo_at or any(g.start < i < g.end for g in geo_at.values())
