"""Datelines and article metadata in the forms real outlets use."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.article import article_reader_for
from kg.readers import RawDoc


@pytest.fixture(scope="module")
def reader(lexicon):
    return article_reader_for(lexicon)


@pytest.mark.parametrize(
    ("text", "place", "date", "outlet", "home"),
    [
        (
            "Rawalpindi, 12 June 2024 (TDI): Andrei Metelitsa called on him.",
            "Rawalpindi",
            "2024-06-12",
            "The Diplomatic Insight",
            "PAK",
        ),
        (
            "ISLAMABAD, (UrduPoint / Pakistan Point News - 4th Apr, 2025) The minister met him.",
            "Islamabad",
            "2025-04-04",
            "UrduPoint",
            "PAK",
        ),
        ("COLOMBO, 2024-08-22 — Sri Lanka exports tea.", "Colombo", "2024-08-22", None, "LKA"),
        (
            "ISLAMABAD, Jan 15 (APP): The minister said the 2025 target was met.",
            "Islamabad",
            "2025-01-15",
            "Associated Press of Pakistan",
            "PAK",
        ),
        (
            "Tashkent, March 3, 2025 (UzA) - The Uzbek minister met.",
            "Tashkent",
            "2025-03-03",
            "National Information Agency of Uzbekistan",
            "UZB",
        ),
        (
            "LAHORE (Radio Pakistan) 14 February 2025: The Punjab minister spoke.",
            "Lahore",
            "2025-02-14",
            "Radio Pakistan",
            "PAK",
        ),
        (
            "ANKARA (AA) – 12.09.2024 – The Turkish minister spoke.",
            "Ankara",
            "2024-09-12",
            "Anadolu Agency",
            "TUR",
        ),
        (
            "NAIROBI, Kenya, June 3, 2025 (KNA) — Kenya exports tea.",
            "Nairobi",
            "2025-06-03",
            "Kenya News Agency",
            "KEN",
        ),
        (
            "HANOI (VNA) 5/6/2025 – Viet Nam and Brazil met.",
            "Hanoi",
            "2025-06-05",
            "Vietnam News Agency",
            "VNM",
        ),
        (
            "BAKU, November 5. Trend: Azerbaijan in 2024 shipped oil.",
            "Baku",
            "2024-11-05",
            "Trend News Agency",
            "AZE",
        ),
    ],
)
def test_dateline_forms(reader, text, place, date, outlet, home) -> None:
    article = reader.read(RawDoc("x", text, "x.txt", "text"))
    assert article.place == place
    assert article.date == dt.date.fromisoformat(date)
    assert article.outlet == outlet
    assert article.home_country == home
    assert not article.text.startswith(place.upper())


def test_dateline_without_year_takes_the_feed_date(reader) -> None:
    raw = RawDoc(
        "x",
        "MINSK, 23 May (BelTA) – Belarus and Kenya met.",
        "f.jsonl:1",
        "jsonl",
        date="2025-05-23",
    )
    article = reader.read(raw)
    assert (article.place, article.date, article.home_country) == (
        "Minsk",
        dt.date(2025, 5, 23),
        "BLR",
    )
    assert article.text.startswith("Belarus and Kenya met.")


def test_a_press_release_s_issuer_is_its_home(reader) -> None:
    text = (
        "# Deputy Minister on a working visit to Kazakhstan\n\n**Ministry of Foreign Affairs "
        "of the Republic of Poland** · Press release · 24.09.2025\n\nThe Deputy Minister "
        "arrived in Astana on Sunday."
    )
    article = reader.read(RawDoc("x", text, "x.md", "markdown"))
    assert (article.date, article.home_country) == (dt.date(2025, 9, 24), "POL")
    plain = reader.read(
        RawDoc("x", "Ministry of Foreign Affairs of Kazakhstan\n\nHi.", "x.txt", "text")
    )
    assert plain.home_country is None  # no press release: a ministry named, not an issuer


def test_a_date_among_the_parts_of_a_byline(reader) -> None:
    text = (
        "Thursday, September 19, 2024 | By Andre Williams, JIS Reporter | Kingston\n\n---\n\n"
        "KINGSTON — The ministers met yesterday."
    )
    article = reader.read(RawDoc("x", text, "x.md", "markdown"))
    assert (article.date, article.home_country) == (dt.date(2024, 9, 19), "JAM")


def test_no_dateline_leaves_the_text_alone(reader) -> None:
    article = reader.read(RawDoc("x", "The Minister said: trade grew.", "x.txt", "text"))
    assert article.place is None and article.date is None
    assert article.text == "The Minister said: trade grew."


def test_headline_and_repeated_first_paragraph(reader) -> None:
    text = (
        "Minister meets envoy\n\nMinister meets envoy\n\n"
        "ISLAMABAD, Jan 15, 2025 (APP): The minister met the envoy."
    )
    article = reader.read(RawDoc("x", text, "x.txt", "text"))
    assert article.title == "Minister meets envoy"
    assert article.text == "The minister met the envoy."


def test_noise_lines_are_dropped(reader) -> None:
    text = (
        "COLOMBO, 2024-08-22 — Sri Lanka exports tea.\n\nAlso Read: PM meets envoy\n\n"
        "By Staff Reporter\n\nFollow us on WhatsApp\n\nTea prices rose."
    )
    article = reader.read(RawDoc("x", text, "x.txt", "text"))
    assert article.text == "Sri Lanka exports tea.\n\nTea prices rose."


def test_html_metadata_wins(reader) -> None:
    raw = RawDoc(
        "x",
        "Text of the story.",
        "p.html",
        "html",
        title="Headline",
        date="2024-01-24T08:00:00Z",
        url="https://example.org/a",
        outlet="Dawn",
    )
    article = reader.read(raw)
    assert (article.title, article.date, article.url, article.outlet, article.home_country) == (
        "Headline",
        dt.date(2024, 1, 24),
        "https://example.org/a",
        "Dawn",
        "PAK",
    )


def test_yearless_dateline_takes_its_year_from_the_story(reader) -> None:
    text = (
        "Pakistan, Tanzania agree to expand trade\n\n"
        "ISLAMABAD, Mar 4 (APP): The envoy Dr. Amina Salum on Tuesday called on the minister.\n\n"
        "Bilateral trade stood at $520 million during 2023-24."
    )
    assert reader.read(RawDoc("x", text, "x.txt", "text")).date == dt.date(2025, 3, 4)


def test_a_byline_time_stamp_dates_the_article(reader) -> None:
    text = (
        "Türkiye, Iraq aim to boost trade\n\n"
        "Merve Aydogan  |22.04.2025 - Update : 22.04.2025\n\n"
        "ANKARA (AA) - The Turkish trade minister received his Iraqi counterpart on Tuesday."
    )
    article = reader.read(RawDoc("x", text, "x.txt", "text"))
    assert (article.date, article.place) == (dt.date(2025, 4, 22), "Ankara")


def test_a_published_line_is_no_dateline(reader) -> None:
    text = (
        "Dutch envoy calls on Commerce Adviser\n\n"
        "Published: 03 Mar 2025, 19:45 | Updated: 03 Mar 2025, 20:10\n\n"
        "The Ambassador of the Netherlands called on the adviser in Dhaka."
    )
    article = reader.read(RawDoc("x", text, "x.md", "text"))
    assert (article.date, article.place) == (dt.date(2025, 3, 3), None)


def test_a_sentence_with_a_date_is_not_a_time_stamp(reader) -> None:
    text = "The talks were held on 12 June 2024 in Minsk between the two delegations.\n\nMore."
    article = reader.read(RawDoc("x", text, "x.txt", "text"))
    assert article.text == text  # kept as story text, not dropped as a stamp
    assert article.date == dt.date(2024, 6, 12)  # with no dateline, the day the lead reports


def test_an_undated_article_takes_the_day_its_lead_reports(reader) -> None:
    text = (
        "Jakarta (ANTARA) - The trade minister received the Egyptian ambassador on Wednesday "
        "(May 15) in Jakarta.\n\nTrade reached US$1.86 billion in 2023."
    )
    assert reader.read(RawDoc("x", text, "x.txt", "text")).date == dt.date(2024, 5, 15)


def test_a_dateline_with_only_a_region(reader) -> None:
    article = reader.read(
        RawDoc("x", "MANILA, Philippines — The secretary met the envoy.", "x.txt", "text")
    )
    assert (article.place, article.home_country) == ("Manila", "PHL")
    assert article.text == "The secretary met the envoy."


def test_site_name_headline_and_a_date_line(reader) -> None:
    text = (
        "Embassy of Ethiopia in Rome\nNews and Events\n\nAmbassador Holds Talks with Vice Minister"
        "\n\nRome, March 18, 2025\n\nThe ambassador held talks yesterday with the vice minister."
    )
    article = reader.read(RawDoc("x", text, "x.txt", "text"))
    assert (article.title, article.date) == (
        "Ambassador Holds Talks with Vice Minister",
        dt.date(2025, 3, 18),
    )
    assert article.text == "The ambassador held talks yesterday with the vice minister."


def test_a_weekday_date_line_without_a_year(reader) -> None:
    text = "Daily FT\nThursday, 12 June\n\nJapan eyes trade\n\nThe envoy called on the minister."
    assert reader.read(RawDoc("x", text, "x.txt", "text")).date == dt.date(2025, 6, 12)


def test_a_dateline_on_a_line_of_its_own_under_a_time_stamp(reader) -> None:
    text = (
        "Azerbaijan, Japan discuss partnership\n18.02.2025 [14:32]\n\n"
        "Baku, February 18, AZERTAC\n\n"
        "Minister of Economy Ilgar Mammadzada has met the ambassador of Japan."
    )
    article = reader.read(RawDoc("x", text, "x.txt", "text"))
    assert (article.title, article.place, article.date, article.home_country) == (
        "Azerbaijan, Japan discuss partnership",
        "Baku",
        dt.date(2025, 2, 18),
        "AZE",
    )
    assert article.text.startswith("Minister of Economy")


def test_a_byline_names_the_outlet_and_the_place(reader) -> None:
    text = (
        "Brazil and Saudi Arabia discuss investments\n\n"
        "2025-08-22 18:41 | Updated 2025-08-22 19:05\n\n"
        "Pedro Vilela - Agência Brasil reporter\n\n"
        "The vice president met the Saudi minister of investment this Friday."
    )
    assert reader.read(RawDoc("x", text, "x.txt", "text")).home_country == "BRA"
    text = (
        "Tanzania, India target new products\n\nBy Daily News Reporter, Dar es Salaam\n\n"
        "The minister met the Indian delegation on Tuesday."
    )
    article = reader.read(RawDoc("x", text, "x.txt", "text"))
    assert (article.place, article.home_country) == ("Dar es Salaam", "TZA")


def test_a_site_name_above_the_headline_or_a_short_byline_names_the_outlet(reader) -> None:
    text = (
        "FBC News\n\nFriday 07/03/2025 | 5:47 pm\n\nFiji and Indonesia push to narrow trade "
        "gap\n\nThe Deputy Prime Minister met the Indonesian envoy on Thursday."
    )
    assert reader.read(RawDoc("x", text, "x.txt", "text")).home_country == "FJI"
    text = (
        "Walters Welcomes Canadian High Commissioner\n\n2024-09-18\n\n"
        "By Alecia Smith, JIS Reporter\n\nThe minister met the envoy on Tuesday."
    )
    assert reader.read(RawDoc("x", text, "x.txt", "text")).home_country == "JAM"
    text = (
        "New Zealand trade minister wraps up Montevideo talks\n\nFriday, November 8th 2024 - "
        "10:12 UTC\n\nBy Gonzalo Ibarra, in Montevideo\n\nThe New Zealand minister wound up "
        "his visit on Thursday."
    )
    article = reader.read(RawDoc("x", text, "x.txt", "text"))
    assert (article.place, article.home_country) == ("Montevideo", "URY")


def test_a_time_stamp_line_and_a_day_first_stamp_yield_to_the_dateline(reader) -> None:
    text = (
        "Peru and South Korea aim to diversify trade\n\n10:25 | Lima, Feb. 10.\n\n"
        "Lima, Feb. 10 (ANDINA). The minister met the envoy on Friday.\n\n"
        "Published: 2/10/2025"
    )
    article = reader.read(RawDoc("x", text, "x.txt", "text"))
    assert (article.date, article.place, article.outlet) == (
        dt.date(2025, 2, 10),
        "Lima",
        "Andina",
    )


@pytest.mark.parametrize(
    ("url", "home"),
    [
        ("https://www.example-news.ma/en/politics/item-1", "MAR"),  # an unlisted outlet in Morocco
        ("https://news.example.co.uk/world/africa", "GBR"),  # '.uk' is not GB's ISO code
        ("https://example.io/story", "SEN"),  # '.io' says nothing: the dateline's country
        (None, "SEN"),
    ],
)
def test_an_unlisted_outlet_reports_from_its_domain_country(reader, url, home) -> None:
    raw = RawDoc("x", "DAKAR, May 28 - The minister held talks.", "x.html", "html", url=url)
    assert reader.read(raw).home_country == home


def test_a_short_weekday_opens_a_date_line_not_a_dateline(lexicon) -> None:
    text = (
        "Pakistan, Uzbekistan vow to lift trade\n\nWed, 12 Nov 2025 | Associated Press of "
        "Pakistan\n\nISLAMABAD, Nov 12 (APP): Ministers met on Wednesday.\n"
    )
    article = article_reader_for(lexicon).read(RawDoc("t", text, "t.txt", "text"))
    assert article.place == "Islamabad"


def test_a_dateline_of_a_known_place_wins_over_an_outlet_banner(lexicon) -> None:
    text = (
        "AGENCIA XYZ - Noticias del Peru | English edition\nEconomy | Thursday, July 9, 2026\n\n"
        "Peru, South Korea seek to widen FTA benefits\n\n"
        "Lima, Jul. 9 (ANDINA). Peru's Minister of Foreign Trade met Korean officials.\n"
    )
    article = article_reader_for(lexicon).read(RawDoc("t", text, "t.txt", "text"))
    assert (article.place, article.outlet, article.home_country) == ("Lima", "Andina", "PER")


def test_an_undated_story_told_to_an_outlet_is_that_outlet_s(lexicon) -> None:
    text = (
        "Kazakh Delegation in Kabul to Discuss Trade\n\n"
        '"Both sides agreed to remove barriers," Hamdullah Zahid, spokesman for the Ministry of '
        "Commerce and Industry, told TOLOnews.\n"
    )
    article = article_reader_for(lexicon).read(RawDoc("t", text, "t.txt", "text"))
    assert (article.outlet, article.home_country) == ("TOLOnews", "AFG")


def test_an_outlet_that_posted_the_story_and_its_date(lexicon) -> None:
    from kg.readers import read_file

    text = (
        "# Ministry of Commerce & Industry\n\n## India and Mexico agree to fast-track talks\n\n"
        "*Posted On: 13 FEB 2025 6:40PM by PIB Delhi*\n\nThe Ambassador of Mexico to India, "
        "Excma. Sra. Mariana Cordero Luján, attended.\n"
    )
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.md"
        path.write_text(text, encoding="utf-8")
        docs, _ = read_file(path, "a")
    article = article_reader_for(lexicon).read(docs[0])
    assert (article.outlet, article.home_country) == ("Press Information Bureau", "IND")
    assert article.date == dt.date(2025, 2, 13)
    assert "Excma. Sra. Mariana Cordero Luján, attended." in article.text


def test_a_deck_under_the_headline_is_no_part_of_the_story(lexicon) -> None:
    text = (
        "Türkiye, Uzbekistan aim for $5B trade volume\n\n"
        "Uzbek deputy premier on 3-day visit to Türkiye, holds talks with trade minister\n\n"
        "Anadolu staff |17.09.2024 - Update : 17.09.2024\n\nANKARA\n\n"
        "Türkiye and Uzbekistan are determined to raise trade, the minister said on Monday.\n"
    )
    article = article_reader_for(lexicon).read(RawDoc("t", text, "t.txt", "text"))
    assert article.text.startswith("Türkiye and Uzbekistan are determined")
    assert article.place == "ANKARA"


def test_the_longest_outlet_name_in_a_byline_wins(lexicon) -> None:
    text = (
        "Egypt, Argentina discuss grain trade\n\nAhram Online , Tuesday 8 Jul 2025\n\n"
        "Argentina's Secretary of International Economic Relations wrapped up a visit to Egypt.\n"
    )
    article = article_reader_for(lexicon).read(RawDoc("t", text, "t.txt", "text"))
    assert (article.outlet, article.home_country) == ("Ahram Online", "EGY")


def test_a_site_name_before_a_section_path_and_a_stamp_under_a_deck(reader) -> None:
    text = (
        "DAWN | Business\nPublished November 13, 2025\n\nPakistan, Uzbekistan agree to double "
        "trade\n\nThe Federal Minister for Commerce met the Uzbek envoy on Wednesday."
    )
    article = reader.read(RawDoc("x", text, "x.txt", "text"))
    assert (article.outlet, article.home_country) == ("Dawn", "PAK")
    text = (
        "Business > Economy\n\nIrish firms follow minister to Mexico\n\nIrish firms follow "
        "minister to Mexico\n\nThe mission takes in Mexico City and Monterrey\n\nCiara Nolan\n"
        "Fri Mar 14 2025 - 06:00\n\nThe minister met the Mexican secretary on Tuesday."
    )
    assert reader.read(RawDoc("x", text, "x.txt", "text")).date == dt.date(2025, 3, 14)


def test_outlets_of_one_name_are_told_apart_by_the_country_the_story_names(reader) -> None:
    text = (
        "BusinessDay > NATIONAL > TRADE\n\nGerman delegation bets on SA car industry\n\n"
        "15 May 2025\n\nA German delegation met South African officials in Pretoria, and "
        "South Africa's trade minister said South Africa welcomed the German investors."
    )
    article = reader.read(RawDoc("x", text, "x.txt", "text"))
    assert (article.outlet, article.home_country) == ("Business Day", "ZAF")
    text = (
        "BusinessDay > Economy\n\nNigeria, Brazil eye trade\n\n15 May 2025\n\nNigeria's "
        "minister met the Brazilian envoy in Abuja, and Nigeria hopes to sell more to Brazil."
    )
    assert reader.read(RawDoc("x", text, "x.txt", "text")).home_country == "NGA"


def test_a_byline_with_its_date_is_no_dateline_and_the_place_line_under_it_is(reader) -> None:
    text = (
        "The Jakarta Post - World / Diplomacy\n\nChile's top diplomat in Jakarta\n\n"
        "Rizki Ananda\n2025-08-22 09:15 WIB\n\nJakarta\n\nPresident Haryanto Wibisono "
        "received the Chilean Foreign Minister at Merdeka Palace on Thursday."
    )
    article = reader.read(RawDoc("x", text, "x.txt", "text"))
    assert (article.place, article.outlet, article.date) == (
        "Jakarta",
        "The Jakarta Post",
        dt.date(2025, 8, 22),
    )
    assert article.text.startswith("President Haryanto")


def test_a_known_place_with_a_particle_and_a_full_stop_is_a_dateline(reader) -> None:
    text = (
        "India tightens grip as top buyer of cashew nuts\n\nMay 08, 2025\n\n"
        "Dar es Salaam. India has consolidated its position as the largest market."
    )
    article = reader.read(RawDoc("x", text, "x.txt", "text"))
    assert (article.place, article.home_country) == ("Dar es Salaam", "TZA")
    assert article.text.startswith("India has")


def test_a_known_place_before_an_agency_not_listed_is_a_dateline(reader) -> None:
    text = "Livestock talks\n\n2024-11-05\n\nKisumu (WKNA) – The minister received the envoy."
    article = reader.read(RawDoc("x", text, "x.txt", "text"))
    assert (article.place, article.home_country) == ("Kisumu", "KEN")
    assert article.text.startswith("The minister")
    # a name in parentheses after someone else's name is no dateline
    text = "Livestock talks\n\n2024-11-05\n\nAhmed (left) – greets the envoy."
    assert reader.read(RawDoc("x", text, "x.txt", "text")).place is None


def test_an_undated_article_takes_the_first_full_date_of_its_first_paragraphs(reader) -> None:
    text = (
        "Gauteng and Queensland eye closer ties\n\nJohannesburg, South Africa — The MEC has "
        "called for closer collaboration with Queensland.\n\nShe was speaking on Tuesday, "
        "27 August 2024, after a meeting with the visiting minister."
    )
    article = reader.read(RawDoc("x", text, "x.txt", "text"))
    assert article.date == dt.date(2024, 8, 27)


def test_a_known_place_and_a_date_on_a_line_of_their_own_under_a_byline(reader) -> None:
    text = (
        "Bangladesh keen to import more Nepali power\n\nBy Sita Ghimire\n\nKathmandu, Jan 23, "
        "2025:\n\nAmbassador Md Rezaul Karim Chowdhury paid a courtesy call on the minister."
    )
    article = reader.read(RawDoc("x", text, "x.txt", "text"))
    assert (article.place, article.home_country) == ("Kathmandu", "NPL")
    assert article.date == dt.date(2025, 1, 23)
    assert article.text.startswith("Ambassador")
    # a name or a desk on a line of its own is no dateline
    text = "Talks\n\nBy Sita Ghimire\n\nBusiness Desk\n\nThe minister met the envoy."
    assert reader.read(RawDoc("x", text, "x.txt", "text")).place is None


def test_a_paper_s_byline_above_a_foreign_dateline_gives_its_home(reader) -> None:
    text = (
        "Fiji water sales to PNG climb\n\nBy Litia Waqanivalu | FBC News | Wednesday 13 August "
        "2025\n\nPORT MORESBY — Fiji's exports to Papua New Guinea grew last year."
    )
    article = reader.read(RawDoc("x", text, "x.txt", "text"))
    assert (article.place, article.home_country) == ("Port Moresby", "FJI")


def test_a_weekday_may_close_a_dateline(reader) -> None:
    for head in ("Nairobi, Tuesday —", "NAIROBI, Kenya, Tuesday —"):
        text = f"Exports up\n\n{head} Kenya's exports to the UAE rose to KSh 31.4 billion."
        article = reader.read(RawDoc("x", text, "x.txt", "text", date="2025-03-18"))
        assert (article.place, article.home_country) == ("Nairobi", "KEN")
        assert article.text.startswith("Kenya's exports")


def test_a_full_stop_after_the_agency_closes_the_dateline(reader) -> None:
    text = "Peru and Finland agree\n\nLima, Mar. 18 (ANDINA). Peru's minister on Monday met X."
    article = reader.read(RawDoc("x", text, "x.txt", "text", date="2025-03-18"))
    assert article.text.startswith("Peru's minister")


def test_a_dateline_on_the_line_right_under_the_headline(reader) -> None:
    for head, place, home in (
        ("CHISINAU, Feb. 14, 2025 /MOLDPRES/ —", "Chisinau", "MDA"),
        ("Skopje, 12 August 2025 (MIA) –", "Skopje", "MKD"),
        ("Bishkek, 30.07.2025. /Kabar/.", "Bishkek", "KGZ"),
    ):
        text = f"Romania keeps top spot among buyers\n{head} Exports rose.\n\nMore followed."
        article = reader.read(RawDoc("x", text, "x.txt", "text"))
        assert (article.place, article.home_country) == (place, home)
        assert article.title == "Romania keeps top spot among buyers"
        assert article.text.startswith("Exports rose.")
    # a story's first line broken in two is no headline over a dateline
    text = "The minister met the envoy of Belarus in\nIslamabad on Monday.\n\nMore followed."
    assert reader.read(RawDoc("x", text, "x.txt", "text")).text.startswith("The minister met")


def test_the_place_and_outlet_of_a_byline_in_parts(reader) -> None:
    for line, place, home in (
        ("By FBC News Staff | Tuesday, 11 February 2025 | Mumbai, India", "Mumbai", "FJI"),
        ("By Mwanaisha Juma, Zanzibar | Published: 7 August 2024", "Zanzibar", "TZA"),
        (
            "Ministry of Foreign Affairs, Dhaka | Press Release No. 214/2025 | 17 September 2025",
            "Dhaka",
            "BGD",
        ),
    ):
        text = f"Envoy pledges support\n\n{line}\n\nThe minister met the envoy on Monday."
        article = reader.read(RawDoc("x", text, "x.txt", "text"))
        assert (article.place, article.home_country) == (place, home)


def test_a_city_name_of_several_states_is_the_one_of_the_state_the_story_names(reader) -> None:
    text = "Exports hit a record\n\nSAN JOSÉ — Costa Rica's exports climbed 11.8% in 2025."
    article = reader.read(RawDoc("x", text, "x.txt", "text", date="2026-01-15"))
    assert (article.place, article.home_country) == ("San José", "CRI")
    text = "Chips lead\n\nSAN JOSE — American chip exports climbed 11.8% in 2025."
    article = reader.read(RawDoc("x", text, "x.txt", "text", date="2026-01-15"))
    assert article.home_country == "USA"


def test_a_dateline_naming_a_municipality_is_at_home_there(reader) -> None:
    text = "Trade climbs\n\nHÀ NỘI — Trade between Việt Nam and Chile reached US$1.08 billion."
    article = reader.read(RawDoc("x", text, "x.txt", "text", date="2024-08-21"))
    assert (article.place, article.home_country) == ("Hà Nội", "VNM")


def test_a_municipality_after_a_date_line_is_the_dateline(reader) -> None:
    text = (
        "Trade widens\n\nUpdate: March 14, 2025 - 07:45\n\n"
        "HÀ NỘI — Deputy Minister Phan Thị Hồng Vân on Thursday received the ambassador."
    )
    article = reader.read(RawDoc("x", text, "x.txt", "text"))
    assert (article.place, article.home_country) == ("Hà Nội", "VNM")


def test_the_outlet_of_a_page_title_or_of_its_own_correspondent(reader) -> None:
    page = RawDoc(
        "x",
        "The minister will arrive in Windhoek on Sunday.",
        "x.html",
        "html",
        title="Irish minister to visit | New Era",
        date="2025-06-12",
    )
    assert reader.read(page).home_country == "NAM"
    text = (
        "Minister in Kyiv\n\nBy Olena Marchuk | 22.10.2025 15:40\n\nThe minister arrived on "
        "Wednesday on a working visit, an Ukrinform correspondent reports."
    )
    assert reader.read(RawDoc("x", text, "x.txt", "text")).home_country == "UKR"


def test_a_correspondent_of_another_paper_named_only_in_passing_is_no_outlet(reader) -> None:
    text = (
        "Exports hit a record\n\nBy REHEMA MWAKALINGA\n\nExports rose in May.\n\n"
        "Additional reporting by Daily News correspondent, Songwe."
    )
    assert reader.read(RawDoc("x", text, "x.txt", "text")).outlet is None


def test_a_page_title_s_site_name_is_the_paper_of_the_dateline_s_state(reader) -> None:
    page = RawDoc(
        "x",
        "NAIROBI, Kenya — The minister met the envoy on Monday.",
        "x.html",
        "html",
        title="Kenya, Pakistan eye tea deal | The Nation",
        date="2025-06-12",
    )
    article = reader.read(page)
    assert (article.outlet, article.home_country) == ("Daily Nation", "KEN")
