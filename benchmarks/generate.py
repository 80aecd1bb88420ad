"""Write a corpus of realistic diplomatic and trade news articles for benchmarks.

Every article is in the genre newskg reads: a headline, a dateline with an
outlet, a meeting or call between officials of two countries, a paragraph on
the trade between them, often a visit, quotes and the usual diplomatic filler,
about 400 words in all. People hold offices across the corpus (the same
minister appears in many articles, sometimes by surname only), so entity
resolution has real work to do. The output depends only on the seed.

    python benchmarks/generate.py 1000 --out /tmp/corpus            # 1,000 .txt files
    python benchmarks/generate.py 200 --out /tmp/feed --jsonl       # one feed.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pycountry

# -- countries --------------------------------------------------------------------------------

#: ISO alpha-3 → (demonym, capital, another city, culture of names, trade goods)
COUNTRIES: dict[str, tuple[str, str, str, str, str]] = {
    "PAK": ("Pakistani", "Islamabad", "Lahore", "urdu", "south_asia"),
    "IND": ("Indian", "New Delhi", "Mumbai", "hindi", "south_asia"),
    "BGD": ("Bangladeshi", "Dhaka", "Chittagong", "bengali", "south_asia"),
    "LKA": ("Sri Lankan", "Colombo", "Kandy", "sinhala", "south_asia"),
    "NPL": ("Nepali", "Kathmandu", "Pokhara", "nepali", "south_asia"),
    "CHN": ("Chinese", "Beijing", "Shanghai", "chinese", "industrial"),
    "JPN": ("Japanese", "Tokyo", "Osaka", "japanese", "industrial"),
    "KOR": ("South Korean", "Seoul", "Busan", "korean", "industrial"),
    "VNM": ("Vietnamese", "Hanoi", "Da Nang", "vietnamese", "east_asia"),
    "THA": ("Thai", "Bangkok", "Chiang Mai", "thai", "east_asia"),
    "MYS": ("Malaysian", "Kuala Lumpur", "Penang", "malay", "east_asia"),
    "IDN": ("Indonesian", "Jakarta", "Surabaya", "malay", "east_asia"),
    "PHL": ("Filipino", "Manila", "Cebu", "filipino", "east_asia"),
    "KAZ": ("Kazakh", "Astana", "Almaty", "turkic", "steppe"),
    "UZB": ("Uzbek", "Tashkent", "Samarkand", "turkic", "steppe"),
    "KGZ": ("Kyrgyz", "Bishkek", "Osh", "turkic", "steppe"),
    "TJK": ("Tajik", "Dushanbe", "Khujand", "persian", "steppe"),
    "TKM": ("Turkmen", "Ashgabat", "Turkmenabat", "turkic", "energy"),
    "AZE": ("Azerbaijani", "Baku", "Ganja", "turkic", "energy"),
    "TUR": ("Turkish", "Ankara", "Istanbul", "turkish", "industrial"),
    "IRN": ("Iranian", "Tehran", "Isfahan", "persian", "energy"),
    "IRQ": ("Iraqi", "Baghdad", "Basra", "arabic", "energy"),
    "SAU": ("Saudi", "Riyadh", "Jeddah", "arabic", "energy"),
    "ARE": ("Emirati", "Abu Dhabi", "Dubai", "arabic", "energy"),
    "QAT": ("Qatari", "Doha", "Al Rayyan", "arabic", "energy"),
    "OMN": ("Omani", "Muscat", "Salalah", "arabic", "energy"),
    "KWT": ("Kuwaiti", "Kuwait City", "Hawalli", "arabic", "energy"),
    "JOR": ("Jordanian", "Amman", "Aqaba", "arabic", "south_asia"),
    "EGY": ("Egyptian", "Cairo", "Alexandria", "arabic", "africa"),
    "MAR": ("Moroccan", "Rabat", "Casablanca", "arabic", "africa"),
    "KEN": ("Kenyan", "Nairobi", "Mombasa", "swahili", "africa"),
    "ETH": ("Ethiopian", "Addis Ababa", "Dire Dawa", "amharic", "africa"),
    "NGA": ("Nigerian", "Abuja", "Lagos", "yoruba", "africa"),
    "ZAF": ("South African", "Pretoria", "Johannesburg", "zulu", "africa"),
    "RUS": ("Russian", "Moscow", "Saint Petersburg", "slavic", "energy"),
    "BLR": ("Belarusian", "Minsk", "Gomel", "slavic", "industrial"),
    "UKR": ("Ukrainian", "Kyiv", "Odesa", "slavic", "europe"),
    "POL": ("Polish", "Warsaw", "Krakow", "polish", "europe"),
    "HUN": ("Hungarian", "Budapest", "Debrecen", "hungarian", "europe"),
    "ROU": ("Romanian", "Bucharest", "Cluj-Napoca", "romanian", "europe"),
    "SRB": ("Serbian", "Belgrade", "Novi Sad", "slavic", "europe"),
    "DEU": ("German", "Berlin", "Hamburg", "german", "industrial"),
    "FRA": ("French", "Paris", "Lyon", "french", "europe"),
    "ITA": ("Italian", "Rome", "Milan", "italian", "europe"),
    "ESP": ("Spanish", "Madrid", "Barcelona", "spanish", "europe"),
    "BRA": ("Brazilian", "Brasilia", "Sao Paulo", "portuguese", "americas"),
    "ARG": ("Argentine", "Buenos Aires", "Cordoba", "spanish", "americas"),
    "MEX": ("Mexican", "Mexico City", "Monterrey", "spanish", "americas"),
}

_NAME_FIXES = {"RUS": "Russia", "IRN": "Iran", "KOR": "South Korea", "VNM": "Vietnam"}


def _words(text: str, sep: str | None = None) -> list[str]:
    return [w.strip() for w in text.split(sep)]


def country_name(iso3: str) -> str:
    """Return the everyday English name of a country, from pycountry."""
    if iso3 in _NAME_FIXES:
        return _NAME_FIXES[iso3]
    record = pycountry.countries.get(alpha_3=iso3)
    return getattr(record, "common_name", None) or record.name


# -- people -----------------------------------------------------------------------------------

#: culture → (given names, family names)
NAMES: dict[str, tuple[list[str], list[str]]] = {
    "urdu": (
        _words(
            "Ahsan Shahid Ayesha Bilal Fawad Hina Imran Junaid Kamran Mariam Nadeem Omar Rashid "
            "Saima Tariq Usman Zafar Farrukh Asad Nadia"
        ),
        _words(
            "Iqbal Qureshi Malik Chaudhry Butt Raza Siddiqui Hussain Abbasi Khattak Rana Warraich "
            "Sheikh Jadoon Gillani Bhutta Mirza Tarar"
        ),
    ),
    "hindi": (
        _words("Arjun Priya Rahul Sunita Vikram Anjali Rajesh Kavita Suresh Meera Anil Deepak"),
        _words("Sharma Verma Gupta Iyer Nair Reddy Patel Menon Joshi Rao Kulkarni Chauhan"),
    ),
    "bengali": (
        _words("Tofail Sheikh Nasreen Anisul Dipu Salma Kamal Faruk Rezaul Shirin"),
        _words("Ahmed Rahman Chowdhury Hossain Islam Haque Karim Uddin Moni Alam"),
    ),
    "sinhala": (
        _words("Nalin Chaminda Dilani Ruwan Kumari Mahinda Sajith Tharaka Nimal Anura"),
        _words("Perera Fernando Silva Jayasuriya Wickremesinghe Bandara Gunawardena Dissanayake"),
    ),
    "nepali": (
        _words("Ram Sita Bishnu Pushpa Narayan Sarita Gopal Kamala Hari Binod"),
        _words("Sharma Koirala Thapa Gurung Adhikari Poudel Shrestha Khadka Bhattarai"),
    ),
    "chinese": (
        _words("Wei Li Jianguo Xiaoming Hong Yun Zhiqiang Mei Haitao Lijun Jing"),
        _words("Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma"),
    ),
    "japanese": (
        _words("Hiroshi Yuko Takeshi Akiko Kenji Naoko Satoshi Haruki Yoshimasa Emi"),
        _words("Tanaka Suzuki Takahashi Watanabe Ito Nakamura Kobayashi Yamamoto Kato Sato"),
    ),
    "korean": (
        _words("Min-jun Seo-yeon Ji-hoon Hye-jin Dong-hyun Eun-ji Sung-min Young-ho"),
        _words("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim"),
    ),
    "vietnamese": (
        _words("Nguyen Van Thanh Thi Minh Duc Hoang Anh Quoc Lan Tuan Hai"),
        _words("Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do"),
    ),
    "thai": (
        _words("Somchai Suda Prayut Anutin Chutima Narong Kanokwan Thaksin Pimchanok Arkhom"),
        _words("Chanthawong Srisai Wongsuwan Rattanakul Boonmee Kittisak Saelim Phromsri"),
    ),
    "malay": (
        _words("Ahmad Siti Zulkifli Nurul Hishammuddin Aminah Fadillah Tengku Rafizi Wan"),
        _words("Hashim Abdullah Rahman Ismail Yusof Ibrahim Hamzah Aziz Othman Salleh"),
    ),
    "filipino": (
        _words("Maria Jose Ramon Cristina Manuel Teresita Alfredo Liza Enrique Carmela"),
        _words("Santos Reyes Cruz Bautista Garcia Mendoza Castillo Villanueva Ramos Aquino"),
    ),
    "turkic": (
        _words("Nurlan Aigerim Rustam Dilnoza Bakhtiyor Askar Gulnara Timur Serik Aziz Kanat"),
        _words(
            "Zhumabekov Rakhimov Nazarbayev Tokayev Karimov Umarov Saidov Abdullayev Mammadov "
            "Aliyev Beketov Sultanov"
        ),
    ),
    "turkish": (
        _words("Mehmet Ayse Mustafa Elif Hakan Zeynep Omer Emine Kemal Fatma Ibrahim"),
        _words("Yilmaz Kaya Demir Sahin Celik Yildiz Ozturk Aydin Arslan Dogan Bolat"),
    ),
    "persian": (
        _words("Hossein Maryam Abbas Zahra Mohammad Reza Farzaneh Ali Parviz Shirin Emomali"),
        _words("Rezaei Ahmadi Mohammadi Hosseini Karimi Tehrani Sadeghi Rahmon Nazarov Qodiri"),
    ),
    "arabic": (
        _words(
            "Khalid Fatima Abdullah Noura Faisal Mariam Saeed Hamad Layla Youssef Nasser Sultan"
        ),
        _words(
            "Al Mansoori,Al Thani,Al Saud,Al Sabah,Al Busaidi,Al Harthy,Al Shamsi,Al,"
            "Otaibi,Haddad,Mansour,Aboul Gheit,Al Rashid",
            ",",
        ),
    ),
    "swahili": (
        _words("Amina Juma Wanjiru Kamau Otieno Akinyi Mwangi Njeri Baraka Zawadi"),
        _words("Kenyatta Odinga Mutua Kariuki Wafula Ochieng Kiprop Mbugua Chege"),
    ),
    "amharic": (
        _words("Abiy Tigist Dawit Hirut Tesfaye Meseret Girma Selam Yohannes Bekele"),
        _words("Ahmed Tadesse Gebremariam Alemu Haile Wolde Mengistu Desta Kebede"),
    ),
    "yoruba": (
        _words("Adebayo Ngozi Oluwaseun Chidi Funmilayo Emeka Bola Yemi Tunde Amaka"),
        _words("Okonjo Adeyemi Okafor Balogun Obi Adewale Eze Ogunleye Danjuma"),
    ),
    "zulu": (
        _words("Thabo Nomvula Sipho Lindiwe Bongani Naledi Cyril Zanele Mandla"),
        _words("Mbeki Dlamini Ndlovu Khumalo Nkosi Zulu Mahlangu Mokoena Radebe"),
    ),
    "slavic": (
        _words("Alexei Andrei Irina Sergei Olga Dmitry Natalia Viktor Yelena Pavel Vladimir"),
        _words(
            "Ivanov Petrov Lyakhnovich Metelitsa Smirnov Volkov Kozlov Sokolov Novikov Popov "
            "Lukashenko Kovalenko Jovanovic Markovic"
        ),
    ),
    "polish": (
        _words("Piotr Anna Tomasz Katarzyna Krzysztof Magdalena Marek Agnieszka Jan"),
        _words("Kowalski Nowak Wisniewski Wojcik Kaminski Lewandowski Zielinski Szymanski"),
    ),
    "hungarian": (
        _words("Peter Zsofia Laszlo Katalin Gabor Eszter Istvan Judit Viktor"),
        _words("Szijjarto Nagy Kovacs Toth Szabo Horvath Varga Kiss Molnar"),
    ),
    "romanian": (
        _words("Andrei Ioana Mihai Elena Radu Cristina Bogdan Alina Florin"),
        _words("Popescu Ionescu Dumitrescu Stan Gheorghe Constantin Munteanu Ciolacu"),
    ),
    "german": (
        _words("Klaus Annalena Markus Sabine Jurgen Katrin Stefan Ursula Wolfgang Julia"),
        _words("Muller Schmidt Schneider Fischer Weber Becker Hoffmann Wagner Braun"),
    ),
    "french": (
        _words("Jean Claire Francois Sophie Pierre Isabelle Laurent Camille Olivier"),
        _words("Dubois Martin Bernard Lefevre Moreau Laurent Girard Roux Fontaine"),
    ),
    "italian": (
        _words("Giuseppe Giulia Marco Francesca Antonio Chiara Luca Valentina Paolo"),
        _words("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Tajani"),
    ),
    "spanish": (
        _words("Carlos Lucia Javier Carmen Miguel Isabel Alejandro Sofia Diego Marcelo"),
        _words("Garcia Rodriguez Martinez Lopez Gonzalez Hernandez Perez Sanchez Ebrard"),
    ),
    "portuguese": (
        _words("Luiz Ana Joao Mariana Paulo Fernanda Rafael Beatriz Mauro"),
        _words("Silva Santos Oliveira Souza Costa Pereira Almeida Vieira Alckmin"),
    ),
}

#: office key → (title template, organization kind); {c} is the country, {d} the demonym
OFFICES: dict[str, str] = {
    "pm": "Prime Minister of {c}",
    "fm": "Minister of Foreign Affairs of {c}",
    "trade": "Minister of Trade of {c}",
    "commerce": "Minister for Commerce of {c}",
    "energy": "Minister of Energy of {c}",
    "agriculture": "Minister of Agriculture of {c}",
    "industry": "Minister of Industry of {c}",
    "finance": "Minister of Finance of {c}",
    "defence": "Minister of Defence of {c}",
    "deputy_fm": "Deputy Minister of Foreign Affairs of {c}",
    "speaker": "Speaker of the National Assembly of {c}",
}

PORTFOLIO_WORDS = {
    "trade": "Trade",
    "commerce": "Commerce",
    "energy": "Energy",
    "agriculture": "Agriculture",
    "industry": "Industry",
    "finance": "Finance",
    "defence": "Defence",
    "fm": "Foreign Affairs",
}

GOODS: dict[str, list[str]] = {
    "south_asia": _words(
        "rice,cotton yarn,textiles,ready-made garments,surgical instruments,sports goods,"
        "leather products,citrus fruits,mangoes,tea,pharmaceutical products,bed linen,spices,"
        "jute goods,footwear,seafood",
        ",",
    ),
    "industrial": _words(
        "machinery,electrical equipment,tractors,motor vehicles,steel products,"
        "electronic components,chemicals,fertilizers,plastics,optical instruments,auto parts,"
        "mobile phones,potash,trucks,medical equipment",
        ",",
    ),
    "east_asia": _words(
        "palm oil,rubber,coffee,electronic components,rice,seafood,furniture,coal,"
        "coconut products,cashew nuts,garments,natural rubber,tin",
        ",",
    ),
    "steppe": _words(
        "wheat,cotton fibre,ferroalloys,linseed,fertilizers,dried fruits,copper,aluminium,"
        "zinc,cotton yarn,flour,uranium",
        ",",
    ),
    "energy": _words(
        "crude oil,liquefied natural gas,petroleum products,urea,dates,polyethylene,sulphur,"
        "methanol,aluminium,liquefied petroleum gas,bitumen",
        ",",
    ),
    "africa": _words(
        "tea,coffee,cut flowers,avocados,sesame seeds,cocoa beans,citrus fruits,phosphates,"
        "cotton,cashew nuts,gold",
        ",",
    ),
    "europe": _words(
        "machinery,pharmaceutical products,wheat,sunflower oil,vehicles,dairy products,wine,"
        "furniture,iron and steel,maize,medical instruments",
        ",",
    ),
    "americas": _words(
        "soybeans,beef,sugar,coffee,iron ore,poultry,maize,soybean oil,fruit juices,wine,avocados",
        ",",
    ),
}

OUTLETS: dict[str, list[str]] = {
    # country → agencies as named in datelines; other countries use a wire agency
    "PAK": ["APP", "TDI", "UrduPoint / Pakistan Point News"],
    "BLR": ["BelTA"],
    "UZB": ["UzA"],
    "KAZ": ["Kazinform"],
    "AZE": ["Trend", "AZERTAC"],
    "TUR": ["AA"],
    "CHN": ["Xinhua"],
    "RUS": ["TASS"],
    "IRN": ["IRNA"],
    "SAU": ["SPA"],
    "ARE": ["WAM"],
    "QAT": ["QNA"],
    "OMN": ["ONA"],
    "KWT": ["KUNA"],
    "JOR": ["Petra"],
    "EGY": ["MENA"],
    "MAR": ["MAP"],
    "KEN": ["KNA"],
    "ETH": ["ENA"],
    "VNM": ["VNA"],
    "BGD": ["BSS"],
    "TJK": ["Khovar"],
    "KGZ": ["Kabar"],
    "MYS": ["Bernama"],
    "IDN": ["Antara"],
    "NPL": ["RSS"],
    "IND": ["PTI"],
    "POL": ["PAP"],
    "HUN": ["MTI"],
    "SRB": ["Tanjug"],
    "ROU": ["Agerpres"],
    "UKR": ["Ukrinform"],
    "KOR": ["Yonhap"],
    "JPN": ["Kyodo"],
    "PHL": ["PNA"],
}
WIRES = ["Reuters", "AFP", "AP"]

MONTHS = _words(
    "January February March April May June July August September October November December"
)

WEEKDAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")


@dataclass(frozen=True)
class Person:
    """An official: name, office title and country."""

    name: str
    surname: str
    title: str
    country: str
    female: bool


class World:
    """The officials of every country, the same across the corpus for one seed."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self._people: dict[tuple[str, ...], Person] = {}

    def _rng(self, *key: str) -> random.Random:
        digest = hashlib.sha256("|".join((str(self.seed), *key)).encode()).digest()
        return random.Random(int.from_bytes(digest[:8], "big"))

    def _name(self, culture: str, rng: random.Random) -> tuple[str, str, bool]:
        given, family = NAMES[culture]
        first = rng.choice(given)
        female = first in _FEMALE
        if rng.random() < 0.35:
            middle = rng.choice(given)
            if middle != first:
                first = f"{first} {middle}"
        last = rng.choice(family).strip()
        return f"{first} {last}", last, female

    def official(self, iso3: str, office: str, year: int) -> Person:
        """Return who holds `office` of `iso3` in `year` (terms of two years)."""
        term = year // 2
        key = (iso3, office, str(term))
        if key not in self._people:
            rng = self._rng(*key)
            name, surname, female = self._name(COUNTRIES[iso3][3], rng)
            title = OFFICES[office].format(c=country_name(iso3), d=COUNTRIES[iso3][0])
            self._people[key] = Person(name, surname, title, iso3, female)
        return self._people[key]

    def ambassador(self, iso3: str, host: str, year: int) -> Person:
        """Return the ambassador of `iso3` to `host` in `year`."""
        term = year // 3
        key = (iso3, "ambassador", host, str(term))
        if key not in self._people:
            rng = self._rng(*key)
            name, surname, female = self._name(COUNTRIES[iso3][3], rng)
            title = f"Ambassador of {country_name(iso3)} to {country_name(host)}"
            self._people[key] = Person(name, surname, title, iso3, female)
        return self._people[key]


_FEMALE = set(
    _words(
        "Agnieszka Aigerim Akiko Akinyi Alina Amaka Amina Aminah Ana Anjali Anna Annalena "
        "Ayesha Ayse Beatriz Camille Carmela Carmen Chiara Chutima Claire Cristina Dilani "
        "Dilnoza Elena Elif Emi Emine Eszter Eun-ji Farzaneh Fatima Fatma Fernanda Francesca "
        "Funmilayo Giulia Gulnara Hina Hirut Hye-jin Ioana Irina Isabel Isabelle Jing Judit "
        "Julia Kamala Kanokwan Katalin Katarzyna Katrin Kavita Kumari Lan Layla Lindiwe Liza "
        "Lucia Magdalena Maria Mariam Mariana Maryam Meera Mei Meseret Nadia Naledi Naoko "
        "Nasreen Natalia Ngozi Njeri Nomvula Noura Nurul Olga Pimchanok Priya Pushpa Sabine "
        "Saima Salma Sarita Selam Seo-yeon Shirin Sita Siti Sofia Sophie Suda Sunita Teresita "
        "Thi Tigist Ursula Valentina Wanjiru Yelena Yuko Zahra Zanele Zawadi Zeynep Zsofia"
    )
)


# -- articles ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class GeneratedArticle:
    """One generated article with its metadata."""

    id: str
    title: str
    date: dt.date
    outlet: str
    text: str  # the full text of a .txt file: headline, blank line, body


def _goods_list(goods: Sequence[str]) -> str:
    if len(goods) == 1:
        return goods[0]
    return ", ".join(goods[:-1]) + " and " + goods[-1]


def _date_in_text(rng: random.Random, day: dt.date) -> str:
    forms = [
        f"{day.day} {MONTHS[day.month - 1]} {day.year}",
        f"{MONTHS[day.month - 1]} {day.day}, {day.year}",
        f"{day.day} {MONTHS[day.month - 1]}",
    ]
    return rng.choice(forms)


def _dateline(rng: random.Random, city: str, day: dt.date, agency: str) -> str:
    month = MONTHS[day.month - 1]
    forms = [
        f"{city.upper()}, {day.day} {month} {day.year} ({agency}):",
        f"{city}, {month} {day.day}, {day.year} ({agency}) -",
        f"{city.upper()}, {day.day} {month} ({agency}) –",
        f"{city.upper()}, {day.isoformat()} —",
        f"{city.upper()} ({agency}) – {day.day:02d}.{day.month:02d}.{day.year} –",
        f"{city}, {day.day} {month} {day.year} ({agency}) -",
    ]
    return rng.choice(forms)


class ArticleWriter:
    """Compose articles from many phrasings of posts, trade, meetings and visits."""

    def __init__(self, seed: int = 7) -> None:
        self.seed = seed
        self.world = World(seed)
        self.codes = sorted(COUNTRIES)

    def article(self, index: int) -> GeneratedArticle:
        """Return article number `index` (the same for the same seed and index)."""
        digest = hashlib.sha256(f"{self.seed}|article|{index}".encode()).digest()
        rng = random.Random(int.from_bytes(digest[:8], "big"))
        home = rng.choice(self.codes)
        guest = rng.choice([c for c in self.codes if c != home])
        day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(0, 3 * 365))
        year = day.year
        home_name, guest_name = country_name(home), country_name(guest)
        home_dem, guest_dem = COUNTRIES[home][0], COUNTRIES[guest][0]
        city = COUNTRIES[home][1] if rng.random() < 0.8 else COUNTRIES[home][2]
        agency, outlet = self._outlet(rng, home)

        office = rng.choice(["trade", "commerce", "energy", "agriculture", "industry", "fm"])
        host = self.world.official(home, office, year)
        visitor = (
            self.world.ambassador(guest, home, year)
            if rng.random() < 0.6
            else self.world.official(guest, rng.choice(["trade", "fm", "deputy_fm"]), year)
        )
        aide = self.world.ambassador(home, guest, year)

        paragraphs = [
            f"{_dateline(rng, city, day, agency)} {self._meeting(rng, host, visitor, day)}",
            self._discussion(rng, host, visitor, home_name, guest_name),
            self._trade(rng, home, guest, year),
        ]
        if rng.random() < 0.7:
            paragraphs.append(self._visit(rng, host, visitor, home, guest, year))
        paragraphs.append(self._quote(rng, host, visitor, home_name, guest_name))
        if rng.random() < 0.5:
            paragraphs.append(self._attendance(rng, aide, home, year))
        if rng.random() < 0.5:
            paragraphs.append(self._second_trade(rng, guest, home, year))
        fillers = list(_FILLER)
        rng.shuffle(fillers)
        while sum(len(p.split()) for p in paragraphs) < 380 and fillers:
            paragraphs.insert(
                rng.randrange(2, len(paragraphs) + 1),
                fillers.pop().format(a=home_name, b=guest_name, ad=home_dem, bd=guest_dem),
            )
        title = self._headline(rng, host, visitor, home_name, guest_name, home_dem, guest_dem)
        slug = re.sub(r"[^a-z0-9]+", "-", f"{home}-{guest}-{title}".lower()).strip("-")[:48]
        ident = f"a{index:06d}-{slug}"
        text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
        return GeneratedArticle(ident, title, day, outlet, text)

    # -- parts ------------------------------------------------------------------------------

    def _outlet(self, rng: random.Random, home: str) -> tuple[str, str]:
        choices = OUTLETS.get(home)
        use_local = choices and rng.random() < 0.85
        agency = rng.choice(choices) if use_local else rng.choice(WIRES)
        return agency, agency

    def _headline(self, rng, host: Person, visitor: Person, a, b, ad, bd) -> str:
        forms = [
            f"{a}, {b} agree to expand bilateral trade",
            f"{ad} minister meets {bd} envoy, discusses trade ties",
            f"{host.surname} receives {bd} delegation",
            f"{a} and {b} discuss trade, investment cooperation",
            f"{bd} envoy calls on {ad} minister",
            f"{a} keen to boost exports to {b}",
            f"{a}-{b} ties: ministers review economic cooperation",
        ]
        return rng.choice(forms)

    def _meeting(self, rng, host: Person, visitor: Person, day: dt.date) -> str:
        when = rng.choice(["today", f"on {WEEKDAYS[day.weekday()]}", "", "here"])
        when = f" {when}" if when else ""
        h = f"{host.title} {host.name}"
        v = f"{visitor.title} {visitor.name}"
        forms = [
            f"{h} met {v}{when} and discussed matters of mutual interest.",
            f"{v} called on {h}{when} and discussed ways to enhance bilateral trade.",
            f"{h} received {v} at the ministry{when}.",
            f"{v} paid a courtesy call on {h}{when}.",
            f"{host.name}, {host.title}, held talks with {v}{when}.",
            f"{h} held a meeting with {v}{when} to review bilateral cooperation.",
            f"During a meeting with {v}{when}, {h} stressed the need for closer economic ties.",
        ]
        return rng.choice(forms)

    def _discussion(self, rng, host: Person, visitor: Person, a: str, b: str) -> str:
        pronoun = "she" if host.female else "he"
        forms = [
            f"Welcoming the guest, the minister said that {a} values its brotherly relations "
            f"with {b} and wants to turn the excellent political ties into a strong economic "
            f"partnership. {pronoun.capitalize()} said the two countries should make full use "
            "of existing agreements and remove barriers to trade.",
            f"The two sides reviewed the state of bilateral relations and agreed to hold the "
            f"next session of the joint commission in {b} later this year. They also discussed "
            "cooperation in agriculture, energy, information technology and tourism.",
            f"{host.surname} briefed the visiting dignitary on the reforms under way in {a} to "
            f"improve the business climate and said that companies from {b} were welcome to "
            "invest in special economic zones.",
            f"Both sides expressed satisfaction with the growing momentum of relations between "
            f"{a} and {b} and stressed the importance of regular high-level exchanges, "
            "business forums and direct flights.",
        ]
        return rng.choice(forms)

    def _trade(self, rng, home: str, guest: str, year: int) -> str:
        a, b = country_name(home), country_name(guest)
        ad, bd = COUNTRIES[home][0], COUNTRIES[guest][0]
        out = rng.sample(GOODS[COUNTRIES[home][4]], rng.randint(2, 5))
        back = rng.sample(GOODS[COUNTRIES[guest][4]], rng.randint(1, 4))
        volume = rng.choice(["180", "256.4", "1.2 billion", "740", "95.6", "3.4 billion"])
        volume = volume if "billion" in volume else f"{volume} million"
        figure = rng.choice(
            [
                f"Bilateral trade stood at ${volume} in {year - 1}.",
                f"Trade between the two countries reached ${volume} last year.",
                f"According to official data, the trade turnover amounted to ${volume} in "
                f"{year - 1}, up {rng.randint(3, 40)} percent.",
            ]
        )
        forms = [
            f"{a}'s exports to {b} include {_goods_list(out)}, whereas {b}'s exports to {a} "
            f"comprise {_goods_list(back)}.",
            f"{a} mainly exports {_goods_list(out)} to {b}, while it imports "
            f"{_goods_list(back)} from {b}.",
            f"{b} imports {_goods_list(out)} from {a}.",
            f"{ad} exports to {b} last year included {_goods_list(out)}.",
            f"{a} supplies {b} with {_goods_list(out)}.",
            f"Major items of {ad} exports to {b} are {_goods_list(out)}. {bd} exports to {a} "
            f"include {_goods_list(back)}.",
        ]
        hedge = rng.choice(
            [
                f" The minister said {a} has the potential to export more "
                f"{rng.choice(GOODS[COUNTRIES[home][4]])} to {b}.",
                f" Importers in {b} are keen to import {rng.choice(out)} from {a}.",
                "",
            ]
        )
        return f"{figure} {rng.choice(forms)}{hedge}"

    def _second_trade(self, rng, exporter: str, importer: str, year: int) -> str:
        a, b = country_name(exporter), country_name(importer)
        goods = rng.sample(GOODS[COUNTRIES[exporter][4]], rng.randint(1, 3))
        forms = [
            f"In {year - 1}, {a} exported {_goods_list(goods)} to {b}.",
            f"{_goods_list(goods).capitalize()} are the main exports of {a} to {b}.",
            f"{a} is the largest supplier of {goods[0]} to {b}.",
            f"{b}'s imports from {a} include {_goods_list(goods)}.",
        ]
        return rng.choice(forms) + (
            " The two sides agreed to set up a joint working group on trade and to exchange "
            "trade delegations regularly."
        )

    def _visit(self, rng, host: Person, visitor: Person, home: str, guest: str, year: int) -> str:
        a, b = country_name(home), country_name(guest)
        day = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        when = _date_in_text(rng, day)
        venue = rng.choice(
            ["the Chamber of Commerce and Industry", "the Export Processing Zone", "the Dry Port"]
        )
        pm = self.world.official(home, "pm", year)
        forms = [
            f"{visitor.name} is on a three-day official visit to {a}.",
            f"{host.surname} will pay an official visit to {b} next month at the invitation of "
            "the counterpart.",
            f"Earlier, {visitor.name} visited {venue} in {COUNTRIES[home][1]}, where "
            f"{'she' if visitor.female else 'he'} was briefed on its facilities.",
            f"Prime Minister of {a} {pm.name} visited {b} on {when}.",
            f"{visitor.title} {visitor.name} arrived in {COUNTRIES[home][1]} on {when} "
            "on a working visit.",
            f"The minister also accepted an invitation to visit {b} in the coming months.",
        ]
        return rng.choice(forms)

    def _quote(self, rng, host: Person, visitor: Person, a: str, b: str) -> str:
        says = rng.choice(["said", "noted", "stressed", "told reporters"])
        forms = [
            f'"{b} is an important partner for {a}, and we want to double trade in the next '
            f'three years," {host.surname} {says}.',
            f'"Our businesses see great opportunities in each other\'s markets," the envoy '
            f"{says}, adding that {visitor.surname} would work to bring the two business "
            "communities closer.",
            f'"We have agreed on a roadmap for cooperation in trade, energy and connectivity," '
            f"{host.name} {says} after the meeting.",
        ]
        return rng.choice(forms)

    def _attendance(self, rng, aide: Person, home: str, year: int) -> str:
        secretary = self.world.official(home, "deputy_fm", year)
        forms = [
            f"{aide.title} {aide.name} and {secretary.title} {secretary.name} were also "
            "present in the meeting.",
            f"The meeting was also attended by {aide.title} {aide.name}.",
            f"{secretary.name}, {secretary.title}, and senior officers of the ministry also "
            "attended.",
        ]
        return rng.choice(forms)


_FILLER = [
    "The two sides discussed cooperation in the fields of education, health, culture and "
    "tourism, and agreed to encourage contacts between universities, think tanks and the media "
    "of both countries. They noted that people-to-people exchanges were the foundation of "
    "lasting friendship.",
    "Officials said a memorandum of understanding on cooperation between the chambers of "
    "commerce of {a} and {b} was being finalised and could be signed during the next meeting "
    "of the joint economic commission.",
    "Both sides agreed that the current volume of trade did not reflect the real potential of "
    "the two economies and called for joint efforts to diversify the trade basket, improve "
    "banking channels and ease visa procedures for businesspeople.",
    "The {bd} side expressed interest in the investment opportunities offered by {a} in "
    "renewable energy, mining, logistics and food processing, and proposed the creation of a "
    "joint business council.",
    "It was also agreed to organize single-country exhibitions and trade fairs, and to "
    "facilitate the participation of {ad} companies in international exhibitions held in {b}.",
    "The minister underlined that regional connectivity, including road and rail links and "
    "new shipping routes, would cut transport costs and open new markets for exporters on both "
    "sides.",
    "The meeting took place in a warm and friendly atmosphere, reflecting the close and "
    "cordial relations between the two countries, according to a press release issued by the "
    "ministry after the talks.",
    "The envoy thanked the minister for the warm welcome and assured full cooperation of the "
    "embassy in promoting economic ties, adding that a large business delegation from {b} "
    "would visit the country soon.",
    "Experts note that both economies are complementary and that cooperation in halal food, "
    "pharmaceuticals, textiles and information technology could add substantially to "
    "bilateral trade over the next five years.",
]


# -- writing ----------------------------------------------------------------------------------


def generate(count: int, seed: int = 7) -> Iterator[GeneratedArticle]:
    """Yield `count` articles for `seed`."""
    writer = ArticleWriter(seed)
    for index in range(count):
        yield writer.article(index)


def write_corpus(out: Path, count: int, seed: int = 7, *, jsonl: bool = False) -> list[Path]:
    """Write `count` articles under `out` (.txt files, or one feed.jsonl); return the files."""
    out.mkdir(parents=True, exist_ok=True)
    if jsonl:
        path = out / "feed.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for art in generate(count, seed):
                body = art.text.split("\n\n", 1)[1]
                record = {
                    "id": art.id,
                    "title": art.title,
                    "date": art.date.isoformat(),
                    "outlet": art.outlet,
                    "url": f"https://news.example.org/{art.id}",
                    "text": body,
                }
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        return [path]
    written = []
    for art in generate(count, seed):
        folder = out / str(art.date.year) / f"{art.date.month:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{art.id}.txt"
        path.write_text(art.text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> None:
    """Parse the command line and write the corpus."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument("--jsonl", action="store_true", help="write one feed.jsonl instead")
    args = parser.parse_args(argv)
    files = write_corpus(args.out, args.count, args.seed, jsonl=args.jsonl)
    print(f"wrote {args.count} articles in {len(files)} file(s) under {args.out}")


if __name__ == "__main__":
    main()
