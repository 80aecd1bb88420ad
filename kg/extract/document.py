"""Read a whole article: its sentences, the people in them, and who 'he' is.

People are resolved within the article: 'Minister Jam Kamal Khan', 'Jam Kamal
Khan' and 'Khan' (when no one else is a Khan) are one person; 'the federal
minister', 'the envoy' and 'she' point back to the latest person who fits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from kg.extract.mentions import MentionFinder, PersonMention, SentenceMentions, Title
from kg.extract.phrases import PhraseTable
from kg.gazetteer import Gazetteer, GeoMention
from kg.lexicon import Lexicon
from kg.model import Article, Sentence
from kg.text import Token, abbreviations_of, fold, split_sentences

_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


@dataclass
class Person:
    """A person of one article, with every title and surface form seen."""

    name: str
    surfaces: list[str] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    female: bool = False
    male: bool = False
    last_seen: int = -1
    mentions: int = 0  # references so far: the article's main people are mentioned most

    @property
    def roles(self) -> set[str]:
        """Return the role concepts of the person's titles."""
        return {t.role for t in self.titles}

    @property
    def current_roles(self) -> set[str]:
        """Return the role concepts of the titles the person holds ('former' ones left out)."""
        return {t.role for t in self.titles if not t.excluded}

    @property
    def states(self) -> set[str]:
        """Return the states the titles the person holds say they serve."""
        return {t.country for t in self.titles if t.country and not t.excluded}


@dataclass(frozen=True)
class Reference:
    """A person referred to in a sentence, by name, title, noun or pronoun."""

    person: Person
    start: int  # token index
    end: int
    kind: str  # "name", "title", "nominal" or "pronoun"


@dataclass
class AnalyzedSentence:
    """A sentence with the people and places it refers to."""

    sentence: Sentence
    tokens: list[Token]
    mentions: SentenceMentions
    refs: list[Reference] = field(default_factory=list)
    unnamed_titles: list[Title] = field(default_factory=list)

    @property
    def places(self) -> list[GeoMention]:
        """Return the countries, cities and provinces named in the sentence."""
        return self.mentions.places


@dataclass
class AnalyzedArticle:
    """An article read sentence by sentence, with its people resolved."""

    article: Article
    sentences: list[AnalyzedSentence]
    people: list[Person]
    countries: list[str]  # ISO alpha-3, most mentioned first

    @cached_property
    def named_states(self) -> frozenset[str]:
        """Return the states named as such ('Iran', 'Iranian'), not only through a city."""
        return frozenset(
            g.country for s in self.sentences for g in s.places if g.kind in ("country", "demonym")
        )

    def tells_of(self, iso3: str | None) -> bool:
        """Tell whether a state is the paper's own or one the story names as such: a town
        of it inside a name ('Nur Khan Airbase', 'Freeport of Riga Authority') may be it."""
        return iso3 is not None and (iso3 == self.article.home_country or iso3 in self.named_states)

    @property
    def home_first(self) -> list[str]:
        """Return the article's countries with its home country first ('the Kingdom' in SPA)."""
        home = self.article.home_country
        return [home, *(c for c in self.countries if c != home)] if home else self.countries


#: unambiguous alias (folded words) → person, and an alias's first word → its longest length
_Aliases = tuple[dict[tuple[str, ...], "Person"], dict[str, int]]


class DocumentReader:
    """Analyze articles with one lexicon."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.finder = MentionFinder(lexicon, gazetteer)
        roles = lexicon["roles.json"]
        self.nominals: PhraseTable[list[str]] = PhraseTable(roles["nominals"].items())
        self.nominal_modifiers = PhraseTable((m, True) for m in roles["nominal_modifiers"])
        self.male_in_a = frozenset(lexicon["names.json"].get("male_names_ending_in_a", []))
        self.female_names = frozenset(lexicon["names.json"].get("female_names", []))
        self.family_first = frozenset(
            fold(n) for n in lexicon["names.json"].get("family_name_first", [])
        )
        self.given_name_used = frozenset(lexicon["names.json"].get("given_name_used", []))
        #: particles that never stand alone for a person named in full ('bint')
        self.alias_particles = frozenset(fold(p) for p in lexicon["names.json"]["alias_particles"])
        #: words that make 'the visiting minister' or 'the guest' someone from abroad
        self.visitor_words = frozenset(w.lower() for w in roles["visitor_words"])
        self.abbreviations = abbreviations_of(lexicon)
        # the alias index of the people met so far, rebuilt only when they change
        self._alias_key: tuple[str | None, tuple[tuple[int, str], ...]] | None = None
        self._home: str | None = None
        self._aliases: _Aliases = ({}, {})
        self._alias_people: tuple[Person, ...] = ()

    def _regional_titles(self, mentions: SentenceMentions, counts: dict[str, int]) -> None:
        """Give "the Gulf state's Minister" the state of that region named in the sentence,
        else the one named most so far, so that 'the Qatari minister' finds them."""
        named = [*(g.country for g in mentions.places), *sorted(counts, key=lambda c: -counts[c])]
        for title in mentions.titles:
            if title.region is not None and title.country is None:
                title.country = next(
                    (c for c in named if self.gazetteer.in_region(c, title.region)), None
                )

    def read(self, article: Article) -> AnalyzedArticle:
        """Return the article's sentences with people and places resolved."""
        home = [article.home_country] if article.home_country else []
        prefer = home
        self._home = article.home_country
        people: list[Person] = []
        analyzed: list[AnalyzedSentence] = []
        counts: dict[str, int] = {}
        for sentence in split_sentences(article.text, self.abbreviations):
            # an ambiguous city is the home country's, else that of the countries named most
            # so far ('Hamilton' in a story about New Zealand)
            mentions = self.finder.find(sentence.text, sentence.start, prefer)
            self._regional_titles(mentions, counts)
            current = AnalyzedSentence(sentence, mentions.tokens, mentions)
            self._named(current, people)
            self._by_known_name(current, people)
            self._by_title(current, people, article.home_country)
            self._by_nominal(current, people, article.home_country)
            self._by_pronoun(current, people, analyzed)
            current.refs.sort(key=lambda r: r.start)
            for ref in current.refs:
                ref.person.last_seen = sentence.index
                ref.person.mentions += 1
            if mentions.places:
                for place in mentions.places:
                    counts[place.country] = counts.get(place.country, 0) + 1
                prefer = home + sorted(counts, key=lambda c: (-counts[c], c))
            analyzed.append(current)
        countries = sorted(counts, key=lambda c: (-counts[c], c))
        return AnalyzedArticle(article, analyzed, people, countries)

    # -- resolution steps --------------------------------------------------------------------

    def _named(self, current: AnalyzedSentence, people: list[Person]) -> None:
        for mention in current.mentions.people:
            person = _find_person(people, mention.name) or _by_initials(people, mention.name)
            if person is None and len(mention.name.split()) > 1:
                person = _named_by_surname_first(people, mention.name, current.sentence.index)
            if person is None and len(mention.name.split()) == 1:
                person = self._alias_index(people)[0].get((fold(mention.name),))
                person = person or _by_first_name(people, mention)
            person = person or _register(people, mention, self.male_in_a, self.female_names)
            _absorb(person, mention)
            current.refs.append(Reference(person, mention.start, mention.end, "name"))

    def _alias_index(self, people: Sequence[Person]) -> _Aliases:
        """Return `_alias_index(people)`, reusing the last one while nobody changed."""
        key = (self._home, tuple([(id(p), p.name) for p in people]))
        if key != self._alias_key:
            # holding the people keeps their ids from being reused by new ones
            self._alias_people = tuple(people)
            self._alias_key, self._aliases = (
                key,
                _alias_index(
                    people,
                    self.family_first,
                    self.given_name_used,
                    self.alias_particles,
                    self._home,
                ),
            )
        return self._aliases

    def _by_known_name(self, current: AnalyzedSentence, people: list[Person]) -> None:
        if not people:
            return
        aliases, longest = self._alias_index(people)
        tokens = current.tokens
        # the capitalised tokens that start an alias, with the most words one has
        starts = [
            (i, width)
            for i, tok in enumerate(tokens)
            if tok.is_capitalized and (width := longest.get(fold(tok.text)))
        ]
        if not starts:
            return
        taken = _taken(current)
        after = 0  # names do not overlap: the next starts after the last one found
        for i, width in starts:
            if i < after or i in taken:
                continue
            if (
                i > 0
                and i - 1 not in taken
                and tokens[i - 1].is_capitalized
                and tokens[i - 1].text.isalpha()
                and not tokens[i - 1].text.isupper()  # 'CS Kamau', 'Deputy PM Trung'
                and self.finder.honorifics.match_ending(tokens, i) is None
                and self.finder.heads.match(tokens, i - 1) is None
            ):
                continue  # 'Mario Chávez Salas' is not the Alfredo Rengifo Salas met before
            for j in range(min(len(tokens), i + width), i, -1):
                if any(k in taken for k in range(i, j)):
                    continue
                if j < len(tokens) and tokens[j].is_capitalized and tokens[j].text.isalpha():
                    continue  # part of a longer name
                key = tuple(fold(t.text) for t in tokens[i:j])
                person = aliases.get(key)
                if person is not None:
                    surface = " ".join(t.text for t in tokens[i:j])
                    if surface not in person.surfaces:
                        person.surfaces.append(surface)
                    current.refs.append(Reference(person, i, j, "name"))
                    taken.update(range(i, j))
                    after = j
                    break

    def _by_title(self, current: AnalyzedSentence, people: list[Person], home: str | None) -> None:
        named = {id(m.title) for m in current.mentions.people if m.title is not None}
        for title in current.mentions.titles:
            if id(title) in named:
                continue
            person = _in_apposition(current, title)
            if person is not None:
                person.titles.append(title)  # 'Mukasa, the Minister of Trade,': a post of his
            else:
                before = current.tokens[title.start - 1].key if title.start else ""
                # 'the visiting Speaker': not one who serves the article's home country (as
                # one whose titles name no state does)
                guests = people
                if before in self.visitor_words and home is not None:
                    guests = [p for p in people if p.states and home not in p.states]
                person = self._title_antecedent(title, guests, home)
            if person is None:
                current.unnamed_titles.append(title)
            else:
                current.refs.append(Reference(person, title.start, title.end, "title"))

    def _title_antecedent(
        self, title: Title, people: list[Person], home: str | None
    ) -> Person | None:
        """Return who 'the Brazilian minister' is: the latest person of that office, one
        known to serve the title's country first."""
        if title.country:
            known = [p for p in people if any(t.country == title.country for t in p.titles)]
            found = self._office_holder(title, known, home)
            if found is not None:
                return found
        return self._office_holder(title, people, home)

    def _office_holder(self, title: Title, people: list[Person], home: str | None) -> Person | None:
        head = title.rule.head
        # the holder of the very office first: 'the Deputy Minister' is the Deputy Minister
        # of Trade named before, not a later Secretary of State of the same rank
        ranked = sorted(
            people, key=lambda p: (all(t.rule.head != head for t in p.titles), -p.last_seen)
        )
        for person in ranked:
            roles = person.current_roles  # 'the envoy' is no former envoy
            if title.role not in roles and not (
                title.rule.role in roles
                or _related_roles(title.role, roles)
                # 'the adviser' is the Commerce Adviser, whatever office that makes him
                or any(
                    t.text.lower().endswith(head.lower()) for t in person.titles if not t.excluded
                )
            ):
                continue
            known = [t for t in person.titles if t.country]
            person_country = known[0].country if known else home
            if title.country and person_country and title.country != person_country:
                continue
            if title.portfolio and not _portfolio_fits(title.portfolio, person.titles):
                continue
            if (
                title.body
                and not any(t.body == title.body for t in person.titles)
                # 'met the Speaker at the Foreign Office': where they met, not whose Speaker
                and f" at the {title.body}" not in title.text
            ):
                continue
            return person
        return None

    def _by_nominal(
        self, current: AnalyzedSentence, people: list[Person], home: str | None
    ) -> None:
        """Resolve 'the minister', 'the Turkish envoy' and 'the visiting dignitary'.

        A visitor ('visiting', 'guest', 'dignitary', 'visitor') is someone from abroad:
        not a person who serves the article's home country.
        """
        if not people:
            return  # no one to point back to
        tokens = current.tokens
        articles = [i for i, tok in enumerate(tokens) if tok.key == "the"]
        if not articles:
            return
        taken = _taken(current)
        place_at: dict[int, GeoMention] = {}
        for geo in reversed(current.places):
            place_at[geo.start] = geo  # the first place starting at a token
        for i in articles:
            if i in taken:
                continue
            k = i + 1
            country = None
            while k < len(tokens):
                mod = self.nominal_modifiers.match(tokens, k)
                if mod is not None:
                    k = mod[0]
                    continue
                geo = place_at.get(k)
                if geo is not None and geo.kind == "demonym":
                    country = geo.country
                    k = geo.end
                    continue
                break
            hit = self.nominals.match(tokens, k)
            if hit is None or any(x in taken for x in range(i, hit[0])):
                continue
            end, roles = hit
            if end < len(tokens) and tokens[end].text.lower() in ("of", "for") and roles:
                continue  # 'the Minister of Foreign Affairs': a title, handled elsewhere
            words = {t.key for t in tokens[i:end]}
            foreign = home if words & self.visitor_words else None
            phrase = " ".join(t.key for t in tokens[i + 1 : end])
            person = _latest(people, roles, country, foreign, phrase)
            if person is not None:
                current.refs.append(Reference(person, i, end, "nominal"))
                taken.update(range(i, end))

    def _by_pronoun(
        self, current: AnalyzedSentence, people: list[Person], earlier: list[AnalyzedSentence]
    ) -> None:
        pronouns = [(i, tok.key) for i, tok in enumerate(current.tokens) if tok.key in _PRONOUNS]
        if not pronouns:
            return
        taken = _taken(current)
        for i, key in pronouns:
            gender = _PRONOUNS[key]
            if i in taken:
                continue
            person = _cataphor(current, i) or _pronoun_antecedent(gender, current, earlier, i)
            if person is not None:
                current.refs.append(Reference(person, i, i + 1, "pronoun"))
                if gender == "f":
                    person.female = True
                elif not person.female:
                    person.male = True


# -- helpers -------------------------------------------------------------------------------------


def _find_person(people: Sequence[Person], name: str) -> Person | None:
    key = fold(name).split()
    for person in people:
        other = fold(person.name).split()
        if key == other or _contains(other, key) or _contains(key, other):
            return person
    return None


def _initials_of(name: str) -> tuple[str, str] | None:
    """Return the initials and surname of 'G.Munkhjargal', 'Ts. Bat-Ochir', else None."""
    parts = re.split(r"\.\s*", name)
    if len(parts) < 2 or not all(
        1 <= len(p) <= 2 and p[:1].isupper() and p.isalpha() for p in parts[:-1]
    ):
        return None
    return fold("".join(parts[:-1])), fold(parts[-1])


def _by_initials(people: Sequence[Person], name: str) -> Person | None:
    """Return the one person a name with initials ('G.Munkhjargal') or in full ('Ganbold
    Munkhjargal') stands for when the article named them the other way; a full name
    becomes their name."""
    mine = _initials_of(name)
    words = fold(name).split()
    found: list[Person] = []
    for person in people:
        theirs = _initials_of(person.name)
        other = fold(person.name).split()
        if mine and not theirs and len(other) > 1:
            fits = other[-1] == mine[1] and other[0].startswith(mine[0])
        elif theirs and not mine and len(words) > 1:
            fits = words[-1] == theirs[1] and words[0].startswith(theirs[0])
        else:
            fits = False
        if fits:
            found.append(person)
    if len(found) != 1:
        return None
    person = found[0]
    if mine is None:  # the full name, told after the initials
        person.surfaces.append(person.name)
        person.name = name
    return person


def _named_by_surname_first(people: Sequence[Person], name: str, index: int) -> Person | None:
    """Return the titled person a headline or lead named by surname alone ('Minister
    Beaumont concludes trade mission'), now named in full ('Claire Beaumont'); None when
    the surname is not theirs alone."""
    if index > 3:
        return None
    surname = fold(name).split()[-1]
    same = [p for p in people if fold(p.name).split()[-1] == surname]
    if len(same) == 1 and len(same[0].name.split()) == 1 and same[0].titles:
        return same[0]
    return None


def _contains(longer: list[str], shorter: list[str]) -> bool:
    if len(shorter) < 2 or len(shorter) >= len(longer):
        return False
    return any(
        longer[i : i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1)
    )


def _register(
    people: list[Person],
    mention: PersonMention,
    male_in_a: frozenset[str] = frozenset(),
    female_names: frozenset[str] = frozenset(),
) -> Person:
    person = Person(mention.name)
    first = mention.name.split()[0]
    # a given name ending in -a is most often a woman's ('Laura', 'Amina', 'Sarita'); others
    # are when names.json says so ('Margaret', 'Caroline')
    person.female = first in female_names or (
        first.endswith("a") and len(first) > 2 and first not in male_in_a
    )
    people.append(person)
    return person


def _absorb(person: Person, mention: PersonMention) -> None:
    if len(mention.name.split()) > len(person.name.split()):
        person.surfaces.append(person.name)
        person.name = mention.name
    for surface in (mention.surface, mention.name):
        if surface != person.name and surface not in person.surfaces:
            person.surfaces.append(surface)
    if mention.title is not None:
        person.titles.append(mention.title)
    if mention.male:  # 'Mr Kwabena Owusu-Ansah': not a woman's -a name after all
        person.male, person.female = True, False
    else:
        person.female = person.female or mention.female


#: initials written onto a Mongolian name: 'G.Erdenebulgan', 'Ts.Narangerel'
_ATTACHED_INITIAL = re.compile(r"[A-Z][a-z]?\.(?=[A-Z][a-z]{3,}$)")


def _alias_index(
    people: Sequence[Person],
    family_first: frozenset[str] = frozenset(),
    given_name_used: frozenset[str] = frozenset(),
    particles: frozenset[str] = frozenset(),
    home: str | None = None,
) -> _Aliases:
    """Return each unambiguous alias's person, and each alias first word's longest alias.

    given_name_used: states whose people go by their first name ('Somchith' for Lao
    Minister Somchith Vongphachanh); particles: folded words that are never an alias
    on their own ('bint'); home: the state of a title that names none ('Foreign Minister
    Dimas Pratama' in The Jakarta Post).
    """
    index: dict[tuple[str, ...], Person | None] = {}
    for person in people:
        words = tuple(fold(w) for w in person.name.split())
        keys = {words}
        initial = _ATTACHED_INITIAL.match(person.name)
        if initial and len(words) == 1:
            keys.add((fold(person.name[initial.end() :]),))  # 'Erdenebulgan' of 'G.Erdenebulgan'
        for size in range(2, len(words)):
            keys.update(words[i : i + size] for i in range(len(words) - size + 1))
        if len(words) > 1:
            keys.add(words[-1:])
            keys.add((words[0], words[-1]))
            # any later name of four letters or more: 'Valdivia' of 'Ignacio Valdivia Reyes'
            keys.update((w,) for w in words[1:] if len(w) >= 4 and w not in particles)
            if len(words) <= 3 and words[0] in family_first:
                keys.add(words[:1])  # 'Sun' for 'Sun Lijuan'; ambiguous ones drop out below
            elif len(words[0]) >= 4 and any(
                (t.country or home) in given_name_used for t in person.titles
            ):
                keys.add(words[:1])
        for key in keys:
            index[key] = person if index.get(key, person) is person else None
    aliases = {k: v for k, v in index.items() if v is not None}
    longest: dict[str, int] = {}
    for key in aliases:
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    return aliases, longest


def _taken(current: AnalyzedSentence) -> set[int]:
    taken: set[int] = set()
    for ref in current.refs:
        taken.update(range(ref.start, ref.end))
    for title in current.mentions.titles:
        taken.update(range(title.start, title.end))
    return taken


_ROLE_FAMILIES = (
    {"Minister", "MinisterOfState", "DeputyHeadOfGovernment"},
    {"Ambassador", "Diplomat"},
    {"HeadOfState", "HeadOfGovernment"},
)


def _related_roles(role: str, roles: set[str]) -> bool:
    return any(role in family and roles & family for family in _ROLE_FAMILIES)


def _portfolio_fits(portfolio: str, titles: Sequence[Title]) -> bool:
    words = {w for w in fold(portfolio).replace("&", " ").split() if len(w) > 3}
    for title in titles:
        if title.portfolio and words & set(fold(title.portfolio).replace("&", " ").split()):
            return True
    return False


_ENVOY_ROLES = frozenset({"Ambassador", "Diplomat"})


#: words of a rank before a nominal ('the deputy minister'), not of a portfolio
_RANKS = frozenset({"deputy", "state", "vice", "chief", "prime", "senior", "top", "first"})


def _latest(
    people: Sequence[Person],
    roles: list[str],
    country: str | None,
    foreign: str | None = None,
    phrase: str = "",
) -> Person | None:
    """Return the person 'the minister' means: of those with one of `roles` (serving
    `country`, and not serving `foreign`, when given), the one the article has named
    most so far ('the minister' of a report is its protagonist), else the latest.

    A person whose title holds the whole phrase comes first: 'the Deputy Minister' is the
    Deputy Minister of Trade, not a Secretary of State of the same rank.
    """

    def titled(person: Person) -> bool:
        # 'the Deputy Minister'; 'the agriculture minister' of a Minister of Agriculture
        words = phrase.split()
        # a portfolio's words anywhere in the title; not a rank's ('deputy minister' is no
        # Deputy Prime Minister)
        loose = len(words) > 1 and not set(words) & _RANKS
        return bool(phrase) and any(
            phrase in (text := " ".join(t.text.lower().split()))
            or (loose and all(w in text.split() for w in words))
            for t in person.titles
        )

    def resident(person: Person) -> bool:
        # an envoy posted in the home country is no visitor: 'the visiting dignitary' is
        # the general the ambassador accompanied
        return bool(foreign) and bool(person.roles) and person.roles <= _ENVOY_ROLES

    ranked = sorted(people, key=lambda p: (not titled(p), resident(p), -p.mentions, -p.last_seen))
    for person in ranked:
        # 'the envoy' is no former envoy: 'a former Pakistani high commissioner'
        if roles and not (person.current_roles & set(roles)):
            continue
        if country and not any(t.country == country for t in person.titles):
            continue
        if foreign and person.titles and all(t.country in (foreign, None) for t in person.titles):
            continue  # serving the home country, as a title with no state does
        return person
    return None


def _by_first_name(people: Sequence[Person], mention: PersonMention) -> Person | None:
    """Return the one person whose first name a titled mention uses ('Minister Tesfaye')."""
    if mention.title is None:
        return None
    key = fold(mention.name)
    found = [
        p
        for p in people
        if fold(p.name.split()[0]) == key
        and len(p.name.split()) > 1
        and (mention.title.role in p.roles or _related_roles(mention.title.role, p.roles))
    ]
    return found[0] if len(found) == 1 else None


def _in_apposition(current: AnalyzedSentence, title: Title) -> Person | None:
    """Return X of 'X, the Minister of Trade, arrived': the person named right before."""
    tokens = current.tokens
    k = title.start
    if k > 1 and tokens[k - 1].key in ("'s", "'") and tokens[k - 2].key == "country":
        k -= 2  # "..., who is also the country's Foreign Minister"
    if k > 0 and tokens[k - 1].key == "the":
        k -= 1
    j = k
    while j > 0 and tokens[j - 1].key in ("also", "currently", "now"):
        j -= 1
    if j > 2 and tokens[j - 1].key in ("is", "was") and tokens[j - 2].key == "who":
        k = j - 2  # 'X, who is also the Foreign Minister': X's second office
    if k == 0 or tokens[k - 1].text != ",":
        return None
    return next((r.person for r in current.refs if r.end == k - 1 and r.kind == "name"), None)


def _cataphor(current: AnalyzedSentence, position: int) -> Person | None:
    """Return the person an opening phrase's pronoun points ahead to.

    'During his stay in Beijing, Minister Ahsan Iqbal met ...': 'his' is the subject
    named right after the comma that closes the opening phrase.
    """
    tokens = current.tokens
    comma = next((k for k in range(position + 1, len(tokens)) if tokens[k].text == ","), None)
    if comma is None or any(r.start < comma for r in current.refs if r.kind != "pronoun"):
        return None
    after = [r for r in current.refs if r.start > comma and r.kind in ("name", "title")]
    if after and current.mentions.titles and min(r.start for r in after) <= comma + 12:
        first = min(after, key=lambda r: r.start)
        title_gap = any(
            t.start == comma + 1 and t.end >= first.start for t in current.mentions.titles
        )
        # 'For his part, the Pakistani minister said ...': 'the' may come first
        opens = comma + 2 if tokens[comma + 1].key == "the" else comma + 1
        if first.start == opens or title_gap:
            return first.person
    return None


def _pronoun_antecedent(
    gender: str, current: AnalyzedSentence, earlier: Sequence[AnalyzedSentence], position: int
) -> Person | None:
    def fits(person: Person) -> bool:
        if gender == "m":
            return not person.female
        return person.female or not person.male

    # 'X has confirmed that he will lead ...': the one who says so, named just before
    if position > 1 and current.tokens[position - 1].key == "that":
        speakers = [r for r in current.refs if r.end < position - 1 and position - 1 - r.end <= 3]
        speaker = max(speakers, key=lambda r: r.end, default=None)
        if speaker is not None and fits(speaker.person):
            return speaker.person
    # a person named earlier in the same sentence
    for ref in sorted(current.refs, key=lambda r: r.start):
        if ref.start < position and fits(ref.person):
            return ref.person
    # else the subject of the closest sentence that names someone fitting
    for previous in reversed(earlier[-4:]):
        for ref in sorted(previous.refs, key=lambda r: r.start):
            if fits(ref.person):
                return ref.person
    return None
