"""Turn a raw document into an `Article`: clean text, headline, dateline, home country."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from kg.dateline import Dateline, read_dateline
from kg.dates import date_reader_for, parse_iso
from kg.gazetteer import gazetteer_for
from kg.lexicon import Lexicon
from kg.literals import joinable
from kg.model import Article, PartialDate
from kg.readers import RawDoc
from kg.tables import row_text, table_lines
from kg.text import abbreviations_of, alternation, split_sentences, tokenize
from kg.years import year_reader_for

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_YEAR = re.compile(r"\b(20\d{2}|19\d{2})\b")
_DATE_LINE = re.compile(
    r"^(?:[A-Z][a-z]{2,8},?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})"
    r"(?:,?\s+(?:[A-Z]{2,5}\s+)?\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?(?:\s+[A-Z]{2,5})?)?\s*$"
)
#: the parts of a byline: 'Thursday, September 19, 2024 | By Andre Williams | Kingston'
_BYLINE_PARTS = re.compile(r"\s+[|·•]\s+")
#: stands in for the year of a dateline that gives none, to be guessed (a leap year)
_ANY_YEAR = dt.date(2000, 12, 31)
_WEEKDAY_LINE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*$"
)
_BYLINE = re.compile(r"^By\s+[A-Z][^.]{2,60}?[-–—|,]\s*\S.{4,60}$")
#: a byline of a name alone: 'By Sita Ghimire'
_NAME_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s*$")
_PUBLISHED = re.compile(
    r"^(?:published|updated|posted|dated?)\s*(?:on|:)?\s*(.{6,40})$", re.IGNORECASE
)


def _either(patterns: list[str], flags: int) -> re.Pattern[str] | None:
    """Return one pattern that matches where any of `patterns` does, or None if they
    cannot be joined."""
    if not patterns or not all(map(joinable, patterns)):
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), flags)
    except re.error:  # e.g. a group name used twice
        return None


class ArticleReader:
    """Read articles with one lexicon's outlets, noise patterns and gazetteer."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.dates = date_reader_for(lexicon)
        self.years = year_reader_for(lexicon)
        self.gazetteer = gazetteer_for(lexicon)
        self.abbreviations = abbreviations_of(lexicon)
        #: words beside the date of a time stamp: '18.02.2025 10:30 GMT'
        self.time_words = {w.lower() for w in lexicon["dates.json"]["time_words"]}
        self.noise = [re.compile(p, re.IGNORECASE) for p in lexicon["noise.json"]["lines"]]
        self._any_noise = _either(lexicon["noise.json"]["lines"], re.IGNORECASE)
        self.outlet_names: dict[str, str] = {}
        self.outlet_country: dict[str, str | None] = {}
        #: outlets known by the same short name as another ('APS': Algeria, Senegal)
        self.namesakes: dict[str, list[str]] = {}
        for outlet in lexicon["outlets.json"]["outlets"]:
            for alias in [outlet["name"], *outlet.get("aliases", [])]:
                key = " ".join(alias.casefold().split())
                first = self.outlet_names.setdefault(key, outlet["name"])
                if first != outlet["name"]:
                    self.namesakes.setdefault(first, []).append(outlet["name"])
            self.outlet_country[outlet["name"]] = outlet.get("country")
        # a page's country-code domain: the country of an outlet not listed ('.ma': Morocco)
        self.domain_country: dict[str, str] = {
            c.iso2.lower(): c.iso3 for c in self.gazetteer.countries.values()
        }
        for generic in lexicon["outlets.json"].get("generic_domains", []):
            self.domain_country.pop(generic, None)
        self.domain_country.update(lexicon["outlets.json"].get("domain_countries", {}))
        self._long_aliases = sorted((a for a in self.outlet_names if len(a) > 3), key=len)[::-1]
        # 'X, spokesman for the ministry, told TOLOnews', 'in a conversation with Pakistan
        # Observer': the outlet telling its own story
        told = alternation(a for a in self.outlet_names if len(a) > 3)
        self._told = re.compile(
            rf"\b(?:told|(?:interview|conversation|chat)\s+with|(?:speaking|talking)\s+to)\s+"
            rf"(?:the\s+)?({told})\b",
            re.IGNORECASE,
        )
        self._posted_by = re.compile(
            rf"^(?:(?:published|updated|posted)\b.*?\bby|source\s*:)\s+(?:www\.)?({told})\b",
            re.IGNORECASE | re.MULTILINE,
        )

    def read(self, raw: RawDoc) -> Article:
        """Return the article a raw document holds."""
        lines = [line.strip() for line in normalize(raw.text).split("\n")]
        published = next((m.group(1) for m in map(_PUBLISHED.match, lines) if m), None)
        published = published or next(
            (line for line in lines[:8] if _BYLINE.match(line) and self.dates.parse(line)), None
        )  # 'By Farah Rosli - January 22, 2025 @ 6:04pm'
        # the words beside the date of each of the first lines that is mostly a full date
        # (six lines, or the first six that hold words: headline, deck and byline above it)
        top = [i for i, line in enumerate(lines) if line][:6]
        reach = max(6, top[-1] + 1) if top else 6
        stamps = [self._stamp_words(line) for line in lines[:reach]]
        published = published or next(
            (
                line
                for line, words in zip(lines[:reach], stamps, strict=True)
                if words is not None and len(words) <= 5
            ),
            None,
        )  # 'Merve Aydogan |22.04.2025 - Update : 22.04.2025'
        head = "\n".join(lines[:10])  # noise lines included: 'Posted On: ... by PIB Delhi'
        noise = [line for line in lines if line and self._is_noise(line)]
        lines = [line if line not in noise else "" for line in lines]
        # a bare time stamp under the headline ('18.02.2025 [14:32]') is no part of it
        for index, words in enumerate(stamps):
            if words is not None and all(w.lower() in self.time_words for w in words):
                lines[index] = ""
        paragraphs = _paragraphs(self._headline_apart(lines))
        everything = list(paragraphs)  # headline and date lines included: year clues
        title = raw.title
        meta_date = parse_iso(raw.date) or (self._absolute(raw.date) if raw.date else None)
        meta_date = meta_date or (self._absolute(published) if published else None)
        anchor = meta_date
        if anchor is None and paragraphs:
            year = self.years.hint(noise, paragraphs)
            anchor = dt.date(year, 1, 1) if year else None
        for index, paragraph in enumerate(paragraphs[:4]):
            day = self._date_line(paragraph, noise, everything)
            if day is not None:  # '27 June 2024 14:35', 'Thursday, 12 June' on a line of its own
                meta_date = meta_date or day
                anchor = anchor if meta_date is None else meta_date
                if index and all(_looks_like_headline(p, loose=True) for p in paragraphs[:index]):
                    title = title or paragraphs[index - 1]  # site name, section, headline, date
                    paragraphs = paragraphs[index + 1 :]
                else:
                    del paragraphs[index]
                break
        dateline, dateline_text = None, ""
        at = self._dateline_at(paragraphs, anchor or _ANY_YEAR)
        if at is not None:
            index, dateline = at
            if index:
                title = title or paragraphs[0]
                paragraphs = paragraphs[index:]
            dateline_text = paragraphs[0][: dateline.end]
            paragraphs[0] = paragraphs[0][dateline.end :]
        for deck in (False, True):  # a headline, and a deck under it ('Uzbek deputy ...')
            if not (
                dateline is None
                and len(paragraphs) > 1
                and raw.fmt in ("text", "markdown")
                and _looks_like_headline(paragraphs[0])
                and (not deck or _DECK.match(paragraphs[0]))
            ):
                break
            title = title or paragraphs[0]
            paragraphs = paragraphs[1:]
        if title and paragraphs and dateline is None and _same_text(paragraphs[0], title):
            paragraphs = paragraphs[1:]  # the headline repeated as the first paragraph
        if dateline is None and paragraphs:
            dateline = read_dateline(
                paragraphs[0], self.dates, self.outlet_names, anchor or _ANY_YEAR, self._known_place
            )
            if dateline is not None:
                dateline_text = paragraphs[0][: dateline.end]
                paragraphs[0] = paragraphs[0][dateline.end :]
        if paragraphs and not paragraphs[0].strip():
            paragraphs = paragraphs[1:]
        date = meta_date
        told = dateline.date if dateline is not None else None
        if (
            date is not None
            and told is not None
            and (date.day, date.month) == (told.month, told.day)
            and date.day != date.month
        ):  # 'Published: 2/10/2025' read day first, under 'Lima, Feb. 10': month first
            date = dt.date(date.year, date.day, date.month)
        if (
            date is None
            and dateline is not None
            and dateline.date is not None
            and dateline.date.day is not None
        ):
            date = _to_date(dateline.date)
            if not _YEAR.search(dateline_text):  # 'SEOUL, Oct. 7 (Yonhap)': which year?
                year = self.years.dateline_year(
                    date.month, date.day, "\n\n".join(paragraphs[:2]), noise, everything
                )
                date = _in_year(date, year)
        if date is None and (dateline is None or dateline.date is None) and paragraphs:
            date = self._lead_day(paragraphs, noise, everything)
        outlet = (dateline.outlet if dateline else None) or self._outlet(raw.outlet)
        place = dateline.place if dateline else None
        if outlet in self.namesakes and place:  # 'DAKAR, ... (APS)': Senegal's APS
            where = self._place_country(place, None)
            outlet = next(
                (o for o in self.namesakes[outlet] if self.outlet_country.get(o) == where), outlet
            )
        if dateline is None or dateline.place is None:
            # 'Pedro Vilela - Agência Brasil reporter', then 'Brasília'
            place, paragraphs = self._place_line(paragraphs)
            bars = [line for line in head.split("\n")[:6] if _BYLINE_PARTS.search(line)]
            place = place or self._bar_place(bars)  # 'By X | 7 August 2024 | Mumbai, India'
            byline = None if outlet else self._byline_outlet(paragraphs[:4] + bars)
            where = self._place_country(place, None)
            if byline and (
                where in (None, self.outlet_country.get(byline)) or byline not in self.namesakes
            ):
                outlet = byline  # not 'By Daily News Reporter, Dar es Salaam' of another Daily News
        elif outlet is None and raw.outlet is None:
            # 'By Litia Waqanivalu | FBC News | 13 August 2025', then 'PORT MORESBY —': a
            # paper reporting from abroad
            byline = self._byline_outlet([line for line in head.split("\n")[:6] if line])
            if byline is not None and byline not in self.namesakes:
                outlet = byline
        if outlet is None and raw.outlet is None:
            # the site's name on a line of its own above the headline: 'FBC News'
            # or before a section path: 'DAWN | Business', 'BusinessDay > NATIONAL > TRADE'
            outlet = next(
                (
                    self.outlet_names[key]
                    for line in [line for line in head.split("\n") if line.strip()][:2]
                    for site in (line, _SECTION_BAR.split(line, 1)[0])
                    if (key := " ".join(site.casefold().split())) in self.outlet_names
                ),
                None,
            )
        if outlet is None and raw.outlet is None and raw.title:
            # a page's title ending in its site's name: '... cooperation | New Era'; of the
            # sites of that name, the one of the dateline's state, and none of another state
            named = self._outlet(_SECTION_BAR.split(raw.title)[-1])
            where = self._place_country(place, None)
            outlet = next(
                (
                    o
                    for o in ([named, *self.namesakes.get(named, [])] if named else [])
                    if where is None or self.outlet_country.get(o) in (None, where)
                ),
                None,
            )
        if outlet is None and raw.outlet is None:
            # 'Posted On: 13 FEB 2025 6:40PM by PIB Delhi' above the story, or 'told TOLOnews'
            body = "\n\n".join(paragraphs)
            told = self._posted_by.search(head) or self._told.search(body)
            if told:
                outlet = self.outlet_names.get(" ".join(told.group(1).casefold().split()))
            else:
                outlet = self._own_report(body)
        if outlet in self.namesakes and self._place_country(place, None) is None:
            outlet = self._namesake_named_most(outlet, paragraphs)
        return Article(
            id=raw.id,
            text="\n\n".join(paragraphs),
            source=raw.source,
            title=title,
            url=raw.url,
            date=date,
            place=place,
            outlet=outlet or raw.outlet,
            home_country=(
                (self.outlet_country.get(outlet) if outlet else None)
                or self._url_country(raw.url)
                or self._place_country(
                    place, dateline.region if dateline else None, [title or "", *paragraphs[:2]]
                )
                or self._publisher_country(head)
            ),
        )

    def _date_line(self, paragraph: str, noise: list[str], everything: list[str]) -> dt.date | None:
        """Return the date of a paragraph that is only a date ('27 June 2024 14:35',
        'Rome, March 18, 2025') or a byline with one among its parts ('Thursday, September
        19, 2024 | By X | Kingston'), or of a weekday and day without a year ('Thursday, 12
        June': the latest year in which that day was that weekday)."""
        if _DATE_LINE.match(paragraph):
            return self._absolute(paragraph)
        # a byline: 'Thursday, September 19, 2024 | By Andre Williams, JIS Reporter | Kingston'
        parts = [p.strip() for p in _BYLINE_PARTS.split(paragraph)] if len(paragraph) <= 160 else []
        if any(p.lower().startswith("by ") for p in parts):
            for part in parts:
                if _DATE_LINE.match(part):
                    return self._absolute(part)
        m = _WEEKDAY_LINE.search(paragraph)
        if m is None or len(paragraph) > 60:
            return None
        found = self.dates.find(m.group(), _ANY_YEAR, absolute_only=True, past=None)
        day = found[0].date if found else None
        if day is None or day.month is None or day.day is None:
            return None
        year = self.years.dateline_year(day.month, day.day, m.group(), noise, everything)
        return _in_year(dt.date(2000, day.month, day.day), year)

    def _lead_day(
        self, paragraphs: list[str], noise: list[str], everything: list[str]
    ) -> dt.date | None:
        """Date an article with no date of its own by the day its lead reports.

        'Jakarta (ANTARA) - ... received the ambassador on Wednesday (May 15)': the
        first day and month in the lead sentence, its year inferred like a dateline's;
        else the first full date of the first three paragraphs.
        """
        lead = split_sentences(paragraphs[0], self.abbreviations)
        if not lead:
            return None
        first = lead[0].text
        for found in self.dates.find(first, _ANY_YEAR, absolute_only=True, past=None):
            day = found.date
            if day is None or day.month is None or day.day is None:
                continue
            if _YEAR.search(first[found.start : found.end]):
                return _to_date(day)
            year = self.years.dateline_year(
                day.month, day.day, "\n\n".join(paragraphs[:2]), noise, everything
            )
            return _in_year(dt.date(2000, day.month, day.day), year)
        # 'Sekwati was speaking on Tuesday, 27 August 2024, after a meeting with': a full
        # date in the next paragraphs
        for paragraph in paragraphs[:3]:
            for found in self.dates.find(paragraph, _ANY_YEAR, absolute_only=True, past=None):
                day = found.date
                if day and day.day and _YEAR.search(paragraph[found.start : found.end]):
                    return _to_date(day)
        return None

    def _stamp_words(self, line: str) -> list[str] | None:
        """Return the words beside the date of a short line that holds a full date (a
        byline or time stamp: 'Merve Aydogan |22.04.2025', '18.02.2025 [14:32]'), or None."""
        if not line or len(line) > 90 or line.endswith("."):
            return None
        found = self.dates.find(line, None, absolute_only=True)
        if not any(d.date is not None and d.date.day is not None for d in found):
            return None
        rest = line
        for d in reversed(found):
            rest = rest[: d.start] + " " + rest[d.end :]
        return [w for w in re.findall(r"[^\W\d_]{2,}", rest) if not self.dates.is_date_word(w)]

    def _own_report(self, body: str) -> str | None:
        """Return the outlet that says it reports the story: '..., an Ukrinform correspondent
        reports', '..., AKIpress reports'."""
        for m in _REPORTS.finditer(body):
            words = body[max(0, m.start() - 60) : m.start()].casefold().split()[-5:]
            for size in range(len(words), 0, -1):
                outlet = self.outlet_names.get(" ".join(words[-size:]))
                # 'a Daily News correspondent'; not 'by Daily News correspondent, Songwe'
                article = size < len(words) and words[-size - 1] in ("a", "an")
                if outlet is not None and (m["says"] or m["own"] or article):
                    return outlet
        return None

    def _byline_outlet(self, paragraphs: list[str]) -> str | None:
        """Return the outlet a short byline names: 'Pedro Vilela - Agência Brasil reporter'."""
        for paragraph in paragraphs:
            if len(paragraph) > 100 or _SENTENCE_END.search(paragraph):
                continue
            words = " ".join(_WORDS.findall(paragraph.casefold()))
            folded = f" {words} "
            for alias in self._long_aliases:  # the longest first: 'ahram online', not 'online'
                if f" {alias} " in folded:
                    return self.outlet_names[alias]
            # 'By Alecia Smith, JIS Reporter': a short name too, right before the word
            for before in _STAFF_OF.findall(folded):
                for size in (3, 2, 1):
                    alias = " ".join(before.split()[-size:])
                    if alias in self.outlet_names:
                        return self.outlet_names[alias]
        return None

    def _headline_apart(self, lines: list[str]) -> list[str]:
        """Return the lines with a blank one between a headline and the dateline on the
        line right under it ('Exports to Germany up 9 percent' over 'Skopje, 12 August
        2025 (MIA) – North Macedonia's exports ...'), which would make one paragraph."""
        top = [i for i, line in enumerate(lines) if line][:4]
        for above, below in itertools.pairwise(top):
            if below != above + 1 or not _looks_like_headline(lines[above]):
                continue
            told = read_dateline(
                lines[below], self.dates, self.outlet_names, _ANY_YEAR, self._known_place
            )
            if told is not None and told.place is not None and self._known_place(told.place):
                return [*lines[:below], "", *lines[below:]]
        return lines

    def _bar_place(self, bars: list[str]) -> str | None:
        """Return the place a byline's or date line's parts name ('By FBC News Staff |
        Tuesday, 11 February 2025 | Mumbai, India', 'Ministry of Foreign Affairs, Dhaka |
        Press Release No. 214/2025 | 17 September 2025'), when the line holds a date."""
        for line in bars:
            dated = self._stamp_words(line) is not None
            if len(line) > 160 or not (dated or line.startswith("By ")):
                continue
            for part in _BYLINE_PARTS.split(line):
                pieces = [p.strip(" .") for p in part.split(",")]
                for name in (pieces[0], pieces[-1]):
                    if self._place_named(name):
                        return name
        return None

    def _place_line(self, paragraphs: list[str]) -> tuple[str | None, list[str]]:
        """Return the place a line of its own names before the story ('Brasília'), and the
        paragraphs without that line."""
        for index, paragraph in enumerate(paragraphs[:3]):
            name = paragraph.strip(" .,:–—-")
            if self._place_named(name):
                return name, paragraphs[:index] + paragraphs[index + 1 :]
            byline = _BYLINE_PLACE.match(paragraph)  # 'By Daily News Reporter, Dar es Salaam'
            if byline and self._known_place(byline.group(1)):
                return byline.group(1), paragraphs
        return None, paragraphs

    def _dateline_at(self, paragraphs: list[str], anchor: dt.date) -> tuple[int, Dateline] | None:
        """Return the dateline of one of the first paragraphs, each above it a headline's
        or a date line's: the first of a known place, else the first ('ANDINA - Agencia
        Peruana de Noticias | English edition' is above 'Lima, Jul. 9 (ANDINA).')."""
        unknown = None
        for index in range(min(4, len(paragraphs))):
            above = paragraphs[index - 1] if index else ""
            if index and not (_looks_like_headline(above, loose=True) or _NAME_BYLINE.match(above)):
                break  # ('By Sita Ghimire' above 'Kathmandu, Jan 23, 2025:' goes on)
            line = read_dateline(
                paragraphs[index], self.dates, self.outlet_names, anchor, self._known_place
            )
            if line is None:
                continue
            if line.place is None or self._known_place(line.place):
                return index, line
            rest = re.findall(r"[^\W\d_]+", paragraphs[index][line.end :])
            if line.outlet is None and all(
                w.isupper() or w.lower() in self.time_words for w in rest
            ):
                # 'Rizki Ananda 2025-08-22 09:15 WIB': a byline and its date, no place
                line = replace(line, place=None, region=None, end=len(paragraphs[index]))
            unknown = unknown or (index, line)
        return unknown

    def _place_named(self, name: str) -> bool:
        """Tell whether a short capitalised line or part of one is a known place's name."""
        return len(name.split()) <= 3 and name[:1].isupper() and self._known_place(name)

    def _known_place(self, name: str) -> bool:
        return (
            self.gazetteer.city(name) is not None
            or self.gazetteer.country(name) is not None
            or self.gazetteer.province(name) is not None  # 'HÀ NỘI —': a municipality
        )

    def _is_noise(self, line: str) -> bool:
        if self._any_noise is not None:
            return self._any_noise.match(line) is not None
        return any(p.match(line) for p in self.noise)

    def _absolute(self, value: str) -> dt.date | None:
        found = self.dates.parse(value)
        return _to_date(found) if found and found.day else None

    def _outlet(self, name: str | None) -> str | None:
        if not name:
            return None
        return self.outlet_names.get(" ".join(name.casefold().split()))

    def _url_country(self, url: str | None) -> str | None:
        """Return the country of a page's country-code domain ('www.mapexpress.ma')."""
        host = _HOST.match(url or "")
        return self.domain_country.get(host.group(1).lower()) if host else None

    def _namesake_named_most(self, outlet: str, paragraphs: list[str]) -> str:
        """Return of the outlets known by one name the one whose country the story names
        most ('BusinessDay' of Nigeria or of South Africa), the first of equals."""
        counts = self._country_counts(paragraphs)
        outlets = [outlet, *self.namesakes[outlet]]
        return max(outlets, key=lambda o: counts.get(self.outlet_country.get(o) or "", 0))

    def _named_most(self, paragraphs: list[str]) -> list[str]:
        """Return the countries the paragraphs name, the most named first."""
        return [iso3 for iso3, _ in self._country_counts(paragraphs).most_common()]

    def _country_counts(self, paragraphs: list[str]) -> Counter[str]:
        return Counter(
            g.country
            for paragraph in paragraphs
            for g in self.gazetteer.scan(tokenize(paragraph), cities=False)
            if g.kind in ("country", "demonym")
        )

    def _publisher_country(self, head: str) -> str | None:
        """Return the state whose body issued a press release, from its line at the top:
        '**Ministry of Foreign Affairs of the Republic of Poland** · Press release'."""
        for line in head.splitlines():
            body = _PUBLISHER.search(line) if _PRESS_RELEASE.search(line) else None
            for of in _OF_STATE.finditer(line, body.end()) if body else ():
                iso3 = self.gazetteer.country(of.group(1))
                if iso3:
                    return iso3
        return None

    def _place_country(
        self, place: str | None, region: str | None, story: list[str] | None = None
    ) -> str | None:
        """Return the country a dateline's region or place is in (a city's name that cities
        of several states bear, the one of the state the story's top names most: 'SAN JOSÉ
        — Costa Rica's exports')."""
        for name in (region, place):
            if not name:
                continue
            iso3 = self.gazetteer.country(name)
            if iso3:
                return iso3
            prefer = self._named_most(story) if story and self.gazetteer.shared_city(name) else []
            city = self.gazetteer.city(name, prefer)
            if city:
                return city.country
            province = self.gazetteer.province(name, prefer)  # 'HÀ NỘI —': a municipality
            if province:
                return province[1]
        return None


#: a press release's line naming who issued it, and the state that body is of
_PRESS_RELEASE = re.compile(r"\bpress\s+(?:release|statement)\b|\bcommuniqu[eé]\b", re.IGNORECASE)
_PUBLISHER = re.compile(
    r"\b(?:Ministry|Embassy|Presidency|Office|Government|High\s+Commission|Consulate)\b"
)
_OF_STATE = re.compile(
    r"\bof\s+(?:the\s+)?(?:(?:Republic|Kingdom|State)\s+of\s+)?"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_WORDS = re.compile(r"[^\W_]+")
#: the last label of a page address's host name: 'https://www.mapexpress.ma/en/...' → 'ma'
_HOST = re.compile(
    r"^[a-z][a-z0-9+.-]*://(?:[^/@?#]*@)?[^/:?#]*\.([A-Za-z]{2})(?::\d+)?(?:[/?#]|$)"
)
#: the bar between a site's name and its section: 'DAWN | Business', 'Nation › Business'
_SECTION_BAR = re.compile(r"\s+[|>›»/·–-]\s+")
#: the mark of a list item: a dash or bullet, a space, then words
_LIST_ITEM = re.compile(r"[-*•▪◦]\s+(?=\w)")
#: a deck under a headline: six words or more, no byline, section bar or year
_DECK = re.compile(r"(?!By\s)(?![^|]*\|)(?!.*\b(?:19|20)\d\d\b)(?:\S+\s+){5,}\S+$")
#: the words after an outlet's name that tell its own story: '..., AKIpress reports'
_REPORTS = re.compile(r"\s(?:correspondent\s+(?P<says>reports?)|(?P<own>reports)|correspondent)\b")
#: the words before 'reporter' or 'correspondent' in a folded byline
_STAFF_OF = re.compile(r"((?:\S+ ){1,3})(?:reporter|correspondent) ")
_BYLINE_PLACE = re.compile(r"^By\s[^,.]{2,60},\s*(?:in\s+)?([A-Z][\w' -]{1,40}?)\s*$")


def normalize(text: str) -> str:
    """Return text in NFC with uniform line ends, spaces and no control characters."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub("", text)


def _paragraphs(lines: list[str]) -> list[str]:
    """Return the paragraphs of lines: runs of lines between blank ones; a list item
    ('- Main imports from India: rice, ...') is a paragraph of its own, without its mark,
    and so is a table's row ('Tea | Kenya | UAE | 14.2')."""
    paragraphs: list[str] = []
    current: list[str] = []
    rows = table_lines(lines)
    for index, line in enumerate(lines):
        item = _LIST_ITEM.match(line)
        cells = rows.get(index)
        if cells is not None:  # a table's row is a paragraph of its own; its rule is none
            if current:
                paragraphs.append(" ".join(current))
                current = []
            if cells:
                paragraphs.append(row_text(cells))
        elif item:
            if current:
                paragraphs.append(" ".join(current))
            paragraphs.append(line[item.end() :])
            current = []
        elif line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    # a single-newline text keeps one paragraph per line
    if len(paragraphs) == 1 and sum(1 for line in lines if line) > 1:
        return [line for line in lines if line]
    return paragraphs


def _looks_like_headline(paragraph: str, loose: bool = False) -> bool:
    """Tell whether a paragraph reads as a headline (loose: it may hold a colon and run
    long, as a summary headline above a dateline does)."""
    if len(paragraph) >= (400 if loose else 250) or _SENTENCE_END.search(paragraph):
        return False
    return loose or ":" not in paragraph[:60]


def _same_text(paragraph: str, title: str) -> bool:
    def squash(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    return squash(paragraph).startswith(squash(title)) and len(paragraph) < len(title) + 10


def _in_year(date: dt.date, year: int | None) -> dt.date | None:
    """Return the date moved to `year`, or None if there is no year or no such day."""
    try:
        return date.replace(year=year) if year else None
    except ValueError:  # 29 February
        return None


def _to_date(partial: PartialDate) -> dt.date:
    assert partial.month is not None and partial.day is not None
    return dt.date(partial.year, partial.month, partial.day)


@lru_cache(maxsize=4)
def article_reader_for(lexicon: Lexicon) -> ArticleReader:
    """Return the article reader of a lexicon, built once."""
    return ArticleReader(lexicon)
