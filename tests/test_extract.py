"""The extractors on sentences of the genre, one phenomenon at a time."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.article import article_reader_for
from kg.extract import extractor_for
from kg.model import Facts
from kg.readers import RawDoc


@pytest.fixture(scope="module")
def read(lexicon):
    reader = article_reader_for(lexicon)
    extractor = extractor_for(lexicon)

    def run(text: str, date: str | None = None) -> Facts:
        return extractor.extract(reader.read(RawDoc("t", text, "t.txt", "text", date=date)))

    return run


def posts(facts: Facts) -> set[tuple[str, str | None, str]]:
    return {(p.person.name, p.country, p.organization) for p in facts.posts}


def flows(facts: Facts) -> set[tuple[str, str | None, str]]:
    return {(f.exporter, f.importer, f.product) for f in facts.flows}


# -- posts ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ISLAMABAD, Jan 15, 2025 (APP): Federal Minister for Commerce, Industries and "
            "Production, Dr Gohar Ejaz said exports grew.",
            ("Gohar Ejaz", "PAK", "Ministry of Commerce, Industries and Production"),
        ),
        (
            "Tashkent, March 3, 2025 (UzA) - Uzbek Foreign Minister Bakhtiyor Saidov met "
            "the press.",
            ("Bakhtiyor Saidov", "UZB", "Ministry of Foreign Affairs"),
        ),
        (
            "ISLAMABAD, Jan 15, 2025 (APP): Ambassador of Pakistan to Belarus Sajjad Haider "
            "Khan spoke.",
            ("Sajjad Haider Khan", "PAK", "Embassy of Pakistan"),
        ),
        (
            "LAHORE, Jan 15, 2025 (APP): Punjab Minister for Agriculture Syed Ashiq Hussain "
            "Kirmani spoke.",
            ("Syed Ashiq Hussain Kirmani", "PAK", "Ministry of Agriculture"),
        ),
        (
            "RAWALPINDI, Jan 15, 2025 (ISPR): Chief of Army Staff General Syed Asim Munir spoke.",
            ("Syed Asim Munir", "PAK", "Pakistani Army"),
        ),
        (
            "ISLAMABAD, Jan 15, 2025 (APP): Chairman Senate Yousuf Raza Gilani received the "
            "delegation.",
            ("Yousuf Raza Gilani", "PAK", "Senate"),
        ),
        (
            "ACCRA, Jan 15, 2025 (GNA): Speaker of the Parliament of Ghana Alban Bagbin spoke.",
            ("Alban Bagbin", "GHA", "Parliament"),
        ),
        (
            "BISHKEK, Jan 15, 2025 (Kabar): Speaker of the Jogorku Kenesh of the Kyrgyz "
            "Republic Nurlanbek Turgunbek uulu spoke.",
            ("Nurlanbek Turgunbek uulu", "KGZ", "Jogorku Kenesh"),
        ),
        (
            "RAWALPINDI, Jan 15, 2025 (ISPR): Lt General (Pilot) Omar Haddad, Chief of Staff of "
            "the Jordanian Armed Forces, called on the Army Chief.",
            ("Omar Haddad", "JOR", "Jordanian Armed Forces"),
        ),
        (
            "ULAANBAATAR, Jan 15, 2025 (Montsame): The talks were co-chaired by Deputy Prime "
            "Minister of Mongolia Ch. Munkhsaikhan and the Czech minister.",
            ("Ch. Munkhsaikhan", "MNG", "Government of Mongolia"),
        ),
        (
            "ISLAMABAD, Jan 15, 2025 (APP): Special Assistant to the Prime Minister on "
            "Investment Dr Haroon Akhtar spoke.",
            ("Haroon Akhtar", "PAK", "Government of Pakistan"),
        ),
        (
            "DAKAR, Jan 15, 2025 (APS) - Minister of Agriculture, Food Sovereignty and Livestock "
            "Mabouba Diagne spoke.",
            ("Mabouba Diagne", "SEN", "Ministry of Agriculture, Food Sovereignty and Livestock"),
        ),
        (
            "NAIROBI, Jan 15, 2025 (KNA) - Kenya Private Sector Alliance (Kepsa) chief "
            "executive Carole Kariuki spoke.",
            ("Carole Kariuki", "KEN", "Kenya Private Sector Alliance"),
        ),
        (
            "LAHORE, Jan 15, 2025 (APP): LCCI Senior Vice President Zafar Mahmood Ch spoke.",
            ("Zafar Mahmood Ch", "PAK", "LCCI"),
        ),
        (
            "COLOMBO, Jan 15, 2025 (News.lk): The seminar was addressed by JETRO Colombo Chief "
            "Representative Kenji Sato.",
            ("Kenji Sato", "JPN", "JETRO"),
        ),
        (
            "LAHORE, Jan 15, 2025 (APP): President of the Lahore Chamber of Commerce and Industry "
            "(LCCI) Mian Abuzar Shad said.",
            ("Mian Abuzar Shad", "PAK", "Lahore Chamber of Commerce and Industry"),
        ),
        (
            "Riyadh, 2025-01-28 (SPA): Zhou Wei, the Ambassador of China to Saudi Arabia, said.",
            ("Zhou Wei", "CHN", "Embassy of China"),
        ),
        (
            "ISLAMABAD, Jan 15, 2025 (APP): Caretaker Minister of State for Finance "
            "Ms. Ayesha Ghaus Pasha said.",
            ("Ayesha Ghaus Pasha", "PAK", "Ministry of Finance"),
        ),
        (
            "SEOUL, Oct 7, 2024 (Yonhap) -- Trade Minister Park Sung-hoon met the press.",
            ("Park Sung-hoon", "KOR", "Ministry of Trade"),
        ),
        (
            "SEOUL, Oct 7, 2024 (Yonhap) -- Emmy Jerono Kipsoi, Kenya's ambassador to South "
            "Korea, attended.",
            ("Emmy Jerono Kipsoi", "KEN", "Embassy of Kenya"),
        ),
        (
            "ANKARA, April 22, 2025 (AA) - Turkish Trade Minister Mehmet Ali Karaca received "
            "his Iraqi counterpart Haider Abdulhussein al-Saadi in Ankara.",
            ("Haider Abdulhussein al-Saadi", "IRQ", "Ministry of Trade"),
        ),
        (
            "CAIRO, Feb 3, 2025 (MENA) - The minister received Al-Tayeb Hamid Osman, the "
            "foreign minister of Sudan, in Cairo.",
            ("Al-Tayeb Hamid Osman", "SDN", "Ministry of Foreign Affairs"),
        ),
        (
            "DAKAR, May 27, 2025 (MAP) - The Minister of Foreign Affairs, African Cooperation and "
            "Moroccan Expatriates, Mohamed Karim Bennani, held talks in Dakar.",
            (
                "Mohamed Karim Bennani",
                "MAR",
                "Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates",
            ),
        ),
        (
            "ISLAMABAD, Mar 4, 2025 (APP): The envoy called on Chief Executive TDAP Syed Faraz "
            "Hussain in Islamabad.",
            ("Syed Faraz Hussain", "PAK", "TDAP"),
        ),
        (
            "ISLAMABAD, Jan 22, 2025 (APP): She was accompanied by Saudi Ambassador to Pakistan "
            "Fahd bin Sultan Al-Harbi.",
            ("Fahd bin Sultan Al-Harbi", "SAU", "Embassy of Saudi Arabia"),
        ),
        (
            "Baku, March 12, 2025 (AZERTAC) - It was co-chaired by First Deputy Minister of "
            "Economy and Sustainable Development of Georgia Nino Kapanadze.",
            ("Nino Kapanadze", "GEO", "Ministry of Economy and Sustainable Development"),
        ),
        (
            "Praia, 25 Feb 2025 (Lusa) - Portugal wants more trade, the Portuguese secretary of "
            "state for internationalisation, Teresa Sá Fonseca, said today.",
            ("Teresa Sá Fonseca", "PRT", "Ministry of Internationalisation"),
        ),
        (
            "Quito, Jul 8, 2025 (EFE) - They met in Quito: Andrés Felipe Cevallos Ordóñez "
            "(Minister of Production, Foreign Trade, Investments and Fisheries) and others.",
            (
                "Andrés Felipe Cevallos Ordóñez",
                "ECU",
                "Ministry of Production, Foreign Trade, Investments and Fisheries",
            ),
        ),
        (
            "NEW DELHI, Nov 13 (PIB): Shri Harish Kulkarni, Chairman, Agricultural and Processed "
            "Food Products Export Development Authority (APEDA), made a presentation.",
            (
                "Harish Kulkarni",
                "IND",
                "Agricultural and Processed Food Products Export Development Authority",
            ),
        ),
        (
            "MUSCAT, Jan 22, 2026 (ONA) -- He met H.E. Dilrukshi Senanayake, Ambassador of the "
            "Democratic Socialist Republic of Sri Lanka to the Sultanate of Oman.",
            ("Dilrukshi Senanayake", "LKA", "Embassy of Sri Lanka"),
        ),
        (
            "MUSCAT, Jan 22, 2026 (ONA) -- He received Hon. Chaminda Weerakkody, Minister of "
            "Fisheries, Aquatic and Ocean Resources of Sri Lanka, who is on a visit.",
            ("Chaminda Weerakkody", "LKA", "Ministry of Fisheries, Aquatic and Ocean Resources"),
        ),
        (
            "MUSCAT, Jan 22, 2026 (ONA) -- The meeting was attended by the Defence Adviser at the "
            "Embassy of Sri Lanka in Muscat, Commander Nuwan Jayasekara.",
            ("Nuwan Jayasekara", "LKA", "Embassy of Sri Lanka"),
        ),
        (
            "ACCRA, Feb. 18, 2025, GNA - The Chief of the Defence Staff (CDS) of the Ghana Armed "
            "Forces, Vice Admiral Kwesi Amponsah-Darko, on Monday received a delegation.",
            ("Kwesi Amponsah-Darko", "GHA", "Ghanaian Armed Forces"),
        ),
        (
            "ACCRA, Feb. 18, 2025, GNA - The delegation was led by the Commander of the Training "
            "and Doctrine Command of the Turkish Land Forces, Lieutenant General Mehmet Ali "
            "Karaduman, who arrived in Accra on Sunday.",
            ("Mehmet Ali Karaduman", "TUR", "Turkish Land Forces"),
        ),
        (
            "LUSAKA, Oct 21, 2025 - Mr Chipimo held talks with Tanzania's Minister of Defence and "
            "National Service Dr Neema Kaaya.",
            ("Neema Kaaya", "TZA", "Ministry of Defence and National Service"),
        ),
        (
            "SUVA, Aug 13, 2025 (FBC) - Nakarawa met PNG's Minister for International Trade and "
            "Investment, Kila Tom Wapi, at APEC Haus.",
            ("Kila Tom Wapi", "PNG", "Ministry of International Trade and Investment"),
        ),
        (
            "DOHA, Jan 13, 2026 (QNA) - He received a copy of the credentials of HE Yao Kouadio "
            "Bamba, as Ambassador of the Republic of Cote d'Ivoire to the State of Qatar.",
            ("Yao Kouadio Bamba", "CIV", "Embassy of Côte d'Ivoire"),
        ),
        (
            "VILNIUS, Oct 16, 2025 (ELTA) - He met Vice-Minister of the Economy and Innovation "
            "Tomas Gecas.",
            ("Tomas Gecas", "LTU", "Ministry of Economy and Innovation"),
        ),
        (
            "VILNIUS, Oct 16, 2025 (ELTA) - He met the Undersecretary of the Ministry of Foreign "
            "Affairs, Jonas Petraitis.",
            ("Jonas Petraitis", "LTU", "Ministry of Foreign Affairs"),
        ),
        (
            "SUVA, 14 November 2025 (FBC) - Government Statistician Kemueli Naiqama said the "
            "figures were provisional.",
            ("Kemueli Naiqama", "FJI", "Government of Fiji"),
        ),
        (
            'RIGA, 11 February 2026 (BNN) - "Demand is weak," said Ilze Kalniņa, head of the '
            "Central Statistical Bureau, and Juris Ozols, general manager of LIAA.",
            ("Ilze Kalniņa", "LVA", "Central Statistical Bureau"),
        ),
        (
            'RIGA, 11 February 2026 (BNN) - "Demand is weak," said Ilze Kalniņa, head of the '
            "Central Statistical Bureau, and Juris Ozols, general manager of LIAA.",
            ("Juris Ozols", "LVA", "LIAA"),
        ),
        (
            "ADDIS ABABA, March 4, 2025 (ENA) - The meeting was attended by Deputy Commissioner of "
            "the Ethiopian Investment Commission Hanna Girma. Deputy Commissioner Hanna spoke.",
            ("Hanna Girma", "ETH", "Ethiopian Investment Commission"),
        ),
        (
            "ACCRA, Nov. 20, 2024, GNA - Mr Mehmet Ali Kaya, the Chairman of the Türkiye-Ghana "
            "Business Council of DEİK, said investors were interested.",
            ("Mehmet Ali Kaya", "TUR", "Türkiye-Ghana Business Council of DEİK"),
        ),
        (
            "TBILISI, May 28, 2025 - The Marshal of the Sejm of the Republic of Poland, Małgorzata "
            "Wierzbicka, met Field Marshal Asim Munir.",
            ("Małgorzata Wierzbicka", "POL", "Sejm"),
        ),
        (
            "PODGORICA, 18 September 2025 (MINA) - He was accompanied by Oman's non-resident "
            "ambassador to Montenegro, Yousuf bin Ali Al Harthy, who is based in Vienna.",
            ("Yousuf bin Ali Al Harthy", "OMN", "Embassy of Oman"),
        ),
        (
            "PODGORICA, 18 September 2025 (MINA) - He met Kenya's deputy trade minister, Moses "
            "Wekesa.",
            ("Moses Wekesa", "KEN", "Ministry of Trade"),
        ),
        (
            "JOHANNESBURG, 18 September 2025 - The delegation is led by Dr Katrin Hoffmann-Berg, "
            "parliamentary state secretary at Germany's federal ministry for economic affairs.",
            ("Katrin Hoffmann-Berg", "DEU", "Ministry of Economic Affairs"),
        ),
        (
            "PODGORICA, 18 September 2025 (MINA) - The delegation included Director-General for "
            "Bilateral Affairs Ana Perović.",
            ("Ana Perović", "MNE", "Bilateral Affairs"),
        ),
        (
            "NEW DELHI, 27 May 2025 - India and Morocco agreed on a task force following talks "
            "between Morocco's Minister of Industry and Trade Karim Benjelloun-Tazi and Union "
            "Minister of Commerce and Industry Anand Venkataraman at Vanijya Bhawan.",
            ("Anand Venkataraman", "IND", "Ministry of Commerce and Industry"),
        ),
        (
            "LIMA, March 11, 2025 (ANDINA) - He will hold a working meeting with the regional "
            "governor of Áncash, Fidel Huerta Salazar, and with local fishing associations.",
            ("Fidel Huerta Salazar", "PER", "Government of Ancash"),
        ),
        (
            "COLOMBO, 21 August 2025 - A mission led by New Zealand Trade Commissioner for South "
            "Asia Liam Fairbairn, who is based in Mumbai, will arrive in Colombo in October.",
            ("Liam Fairbairn", "NZL", "Embassy of New Zealand"),
        ),
        (
            "KUALA LUMPUR, 14/08/2025 - A Malaysian Palm Oil Council (MPOC) mission led by its "
            "chief executive officer Haslina Yusof visited Nairobi.",
            ("Haslina Yusof", "MYS", "Malaysian Palm Oil Council"),
        ),
        (
            "BRUSSELS, 20 June 2025 - On Monday, the minister toured the Antwerp World Diamond "
            "Centre (AWDC) in Belgium and held talks with its chief executive officer, Koen "
            "Verhaegen.",
            ("Koen Verhaegen", "BEL", "Antwerp World Diamond Centre"),
        ),
        (
            "RIGA, 18 February 2025 (LETA) - The guests were received by Ansis Ziediņš, chief "
            "executive of the Freeport of Riga Authority.",
            ("Ansis Ziediņš", "LVA", "Freeport of Riga Authority"),
        ),
        (
            "KINGSTON, November 13, 2025 (JIS) - Mr. Quang met with the Mayor of Kingston, "
            "Councillor Delroy Ricketts, at Kingston City Hall.",
            ("Delroy Ricketts", "JAM", "Government of Jamaica"),
        ),
        (
            "ROME, October 15, 2025 - Philippine officials said Agriculture Secretary Ramon "
            "Dizon Bautista met with his Italian counterpart, Minister of Agriculture Lorenzo "
            "Bellandi, on Monday.",
            ("Ramon Dizon Bautista", "PHL", "Ministry of Agriculture"),
        ),
        (
            "WINDHOEK, 18 June 2025 - The delegation paid a courtesy call on Erongo governor "
            "Ndapewa Amupolo at her office in Swakopmund.",
            ("Ndapewa Amupolo", "NAM", "Government of Erongo"),
        ),
    ],
)
def test_post_forms(read, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in posts(read(text))


def test_a_lower_case_title_after_led_by_is_the_leader_s(read) -> None:
    facts = read(
        "SUVA, 9 April 2025 - Officials of the Fiji Revenue and Customs Service (FRCS), led by "
        "acting chief executive Ravinesh Chand, held a video conference."
    )
    assert [(p.person.name, p.country) for p in facts.posts] == [("Ravinesh Chand", "FJI")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NAIROBI, May 5 - He hosted Indonesia's Deputy Minister of Trade Rizal Adiwijaya.",
            ("Rizal Adiwijaya", "IDN", "Ministry of Trade"),
        ),
        (
            "NEW DELHI, Aug 27 (PTI) Commerce Secretary Rajiv Narayan Mathur on Tuesday held "
            "talks with Mexico's envoy.",
            ("Rajiv Narayan Mathur", "IND", "Ministry of Commerce"),
        ),
        (
            "NEW DELHI, Aug 27 (PTI) The talks were attended by Additional Secretary in the "
            "Department of Commerce Meenakshi Ranganathan.",
            ("Meenakshi Ranganathan", "IND", "Ministry of Commerce"),
        ),
        (
            "AMMAN, May 5 (Petra) -- Secretary General of the Ministry of Industry, Trade and "
            "Supply Dana Mousa Zureikat attended.",
            ("Dana Mousa Zureikat", "JOR", "Ministry of Industry, Trade and Supply"),
        ),
        (
            "ABU DHABI, 8 September 2025 (WAM) -- The minister received Dhaneshwar Ramkalawon, "
            "Minister of Industry, SME and Cooperatives of the Republic of Mauritius.",
            ("Dhaneshwar Ramkalawon", "MUS", "Ministry of Industry, SME and Cooperatives"),
        ),
        (
            "SAO PAULO, May 5 - He visited the Arab-Brazilian Chamber of Commerce, where he "
            "was received by the chamber's president, Antonio Haddad Sarkis.",
            ("Antonio Haddad Sarkis", "BRA", "Arab-Brazilian Chamber of Commerce"),
        ),
        (
            "DHAKA, Aug 21 (BSS) - A delegation of the Dhaka Chamber of Commerce and Industry, "
            "led by its President Engr Kamrul Ahsan, met the adviser.",
            ("Kamrul Ahsan", "BGD", "Dhaka Chamber of Commerce and Industry"),
        ),
        (
            "PRETORIA, May 5 - The commission will be co-chaired by President Cyril Ramaphosa "
            "and President Bola Ahmed Tinubu.",
            ("Cyril Ramaphosa", "ZAF", "Presidency of South Africa"),
        ),
        (
            "ASTANA, May 5 - Akim of Turkistan region Nurlan Kuanyshev also took part.",
            ("Nurlan Kuanyshev", "KAZ", "Government of Turkistan"),
        ),
    ],
)
def test_more_post_forms(read, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in posts(read(text))


def test_a_patronymic_is_no_title(read) -> None:
    found = posts(
        read(
            "MUSCAT, March 10 (ONA) -- Rear Admiral Sultan bin Mohammed Al Hinai, Commander of "
            "the Royal Navy of Oman, received the captain at Port Sultan Qaboos."
        )
    )
    assert {name for name, _, _ in found} == {"Sultan bin Mohammed Al Hinai"}


def test_honorifics_and_ranks_leave_canonical_names(read) -> None:
    facts = read(
        "ANKARA (AA) – 12.09.2024 – Commander of the Turkish Land Forces General "
        "Selcuk Bayraktaroglu met H.E. Lt Gen (retd) Ahmed Raza, Ambassador of Pakistan."
    )
    names = {p.person.name for p in facts.posts}
    assert names == {"Selcuk Bayraktaroglu", "Ahmed Raza"}


def test_unnamed_office_gives_no_post(read) -> None:
    facts = read("ISLAMABAD, Jan 15, 2025 (APP): The Prime Minister of Pakistan will visit Minsk.")
    assert facts.posts == []


def test_former_holders_give_no_post(read) -> None:
    facts = read("ISLAMABAD, Jan 15, 2025 (APP): Former Foreign Minister Ali Raza spoke.")
    assert facts.posts == []


# -- trade ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Pakistan's exports to Belarus include rice, textiles and surgical instruments.",
            {
                ("PAK", "BLR", "rice"),
                ("PAK", "BLR", "textiles"),
                ("PAK", "BLR", "surgical instruments"),
            },
        ),
        (
            "Egypt imports wheat and sunflower oil from Ukraine.",
            {("UKR", "EGY", "wheat"), ("UKR", "EGY", "sunflower oil")},
        ),
        (
            "Qatar supplies Bangladesh with liquefied natural gas.",
            {("QAT", "BGD", "liquefied natural gas")},
        ),
        ("China is the largest buyer of Chilean copper.", {("CHL", "CHN", "copper")}),
        ("Kenya ships tea and coffee to Egypt.", {("KEN", "EGY", "tea"), ("KEN", "EGY", "coffee")}),
        (
            "Vietnam exported rice worth $2 billion to the Philippines last year.",
            {("VNM", "PHL", "rice")},
        ),
        (
            "Brazil mainly exports soybeans to China, Spain and Thailand.",
            {("BRA", "CHN", "soybeans"), ("BRA", "ESP", "soybeans"), ("BRA", "THA", "soybeans")},
        ),
        (
            "Sri Lanka's main exports to Iran are tea and spices.",
            {("LKA", "IRN", "tea"), ("LKA", "IRN", "spices")},
        ),
        ("Turkey, in turn, imports cotton from Uzbekistan.", {("UZB", "TUR", "cotton")}),
        (
            "Trade grew, with Pakistan exporting rice and textiles to Sri Lanka.",
            {("PAK", "LKA", "rice"), ("PAK", "LKA", "textiles")},
        ),
        ("The bulk of Kenya's tea exports go to Pakistan.", {("KEN", "PAK", "tea")}),
        ("Vietnam is the world's second-largest exporter of coffee.", {("VNM", None, "coffee")}),
        (
            "Turkey sells furniture to Iraq, while it imports sulfur from its southern neighbor.",
            {("TUR", "IRQ", "furniture"), ("IRQ", "TUR", "sulfur")},
        ),
        (
            "Vietnam mainly exports rice to Mozambique, and also imports timber from the "
            "African country.",
            {("VNM", "MOZ", "rice"), ("MOZ", "VNM", "timber")},
        ),
        (
            "Ecuador is the top supplier of shrimp to China, and its exports to the Asian giant "
            "also include bananas.",
            {("ECU", "CHN", "shrimp"), ("ECU", "CHN", "bananas")},
        ),
        (
            "Cuba buys rice from Vietnam, and the Asian country also sells detergents to the "
            "Caribbean island.",
            {("VNM", "CUB", "rice"), ("VNM", "CUB", "detergents")},
        ),
        (
            "Egyptian oranges and grapes made up the bulk of shipments from Egypt to Russia.",
            {("EGY", "RUS", "oranges"), ("EGY", "RUS", "grapes")},
        ),
        (
            "Pakistan's exports to Oman, worth $300 million last year, mainly consist of rice.",
            {("PAK", "OMN", "rice")},
        ),
        (
            "Bangladesh wants to narrow its gap with Thailand, which supplies Bangladesh with "
            "refined sugar.",
            {("THA", "BGD", "refined sugar")},
        ),
        (
            "Copper cathodes and copper ore made up most of Chile's shipments to South Korea.",
            {("CHL", "KOR", "copper cathodes"), ("CHL", "KOR", "copper ore")},
        ),
        (
            "Malaysian furniture makers sold furniture worth RM210 million to Qatar.",
            {("MYS", "QAT", "furniture")},
        ),
        (
            "Brazil is a big exporter. Nigeria, on the other hand, imports raw sugar from the "
            "South American country.",
            {("BRA", "NGA", "raw sugar")},
        ),
        (
            "Moroccan exports to Côte d'Ivoire consist mainly of electrical cables.",
            {("MAR", "CIV", "electrical cables")},
        ),
        (
            "Indonesia buys wheat from Ukraine; its exports to Ukraine comprise palm oil.",
            {("UKR", "IDN", "wheat"), ("IDN", "UKR", "palm oil")},
        ),
        (
            "Laos exports bananas to China, while importing machinery and vehicles from its "
            "northern neighbor.",
            {("LAO", "CHN", "bananas"), ("CHN", "LAO", "machinery"), ("CHN", "LAO", "vehicles")},
        ),
        (
            "Morocco mainly sells fertilizers to Nigeria, along with canned sardines and "
            "electrical wires.",
            {
                ("MAR", "NGA", "fertilizers"),
                ("MAR", "NGA", "canned sardines"),
                ("MAR", "NGA", "electrical wires"),
            },
        ),
        (
            "Oman's exports to Chile in 2024 were as follows: urea, about 210,000 tonnes; "
            "methanol, 38,000 tonnes; and aluminium ingots, 6,500 tonnes.",
            {
                ("OMN", "CHL", "urea"),
                ("OMN", "CHL", "methanol"),
                ("OMN", "CHL", "aluminium ingots"),
            },
        ),
        (
            "The main items exported from Germany to Uzbekistan were machinery and vehicles.",
            {("DEU", "UZB", "machinery"), ("DEU", "UZB", "vehicles")},
        ),
        (
            "Crude oil accounts for more than 90% of Kazakhstan's exports to Italy, followed by "
            "ferroalloys.",
            {("KAZ", "ITA", "crude oil"), ("KAZ", "ITA", "ferroalloys")},
        ),
        (
            "Poland is the largest foreign buyer of South Korean K2 tanks, ordered in 2022.",
            {("KOR", "POL", "K2 tanks")},
        ),
        (
            "He said Nigerian manufacturers sold furniture to buyers in Kumasi, while many Lagos "
            "traders imported wax print fabrics from Ghana.",
            {("NGA", "GHA", "furniture"), ("GHA", "NGA", "wax print fabrics")},
        ),
        (
            "Kenya, Indonesia and the United Arab Emirates were the biggest buyers of Pakistani "
            "rice.",
            {("PAK", "KEN", "rice"), ("PAK", "IDN", "rice"), ("PAK", "ARE", "rice")},
        ),
        (
            "Indonesia supplied about 80% of the palm oil imported by Pakistan.",
            {("IDN", "PAK", "palm oil")},
        ),
        (
            "Pakistan meets its LNG needs from Qatar, and most of the palm oil consumed in "
            "Pakistan comes from Indonesia.",
            {("QAT", "PAK", "LNG"), ("IDN", "PAK", "palm oil")},
        ),
        (
            "Kenyan tea accounts for over 80 percent of Pakistan's tea imports, and Pakistan "
            "supplies 40 percent of Sri Lanka's cement imports.",
            {("KEN", "PAK", "tea"), ("PAK", "LKA", "cement")},
        ),
        (
            "Major items imported by Pakistan from Indonesia are palm oil and coal.",
            {("IDN", "PAK", "palm oil"), ("IDN", "PAK", "coal")},
        ),
        (
            "Canadian pulses and canola are imported by Pakistan.",
            {("CAN", "PAK", "pulses"), ("CAN", "PAK", "canola")},
        ),
        (
            "Pakistan exported goods worth $450 million to Kenya, mainly rice and textiles.",
            {("PAK", "KEN", "rice"), ("PAK", "KEN", "textiles")},
        ),
        (
            "Cambodia's garment industry relies on raw materials (fabrics and zippers) imported "
            "from China.",
            {("CHN", "KHM", "fabrics"), ("CHN", "KHM", "zippers")},
        ),
        (
            "Ghana's exports to Turkey reached $400 million. The main items shipped to Turkey "
            "were cocoa butter ($210 million), cashew nuts ($95m) and gold.",
            {("GHA", "TUR", "cocoa butter"), ("GHA", "TUR", "cashew nuts"), ("GHA", "TUR", "gold")},
        ),
        (
            "Imports from Vietnam totalled $2 billion, of which rice alone accounted for "
            "$900m, followed by coffee ($300m) and pepper.",
            {("VNM", "LKA", "rice"), ("VNM", "LKA", "coffee"), ("VNM", "LKA", "pepper")},
        ),
        (
            "Egypt buys wheat from Russia and Ukraine, and Jordan sells potash to it.",
            {("RUS", "EGY", "wheat"), ("UKR", "EGY", "wheat"), ("JOR", "EGY", "potash")},
        ),
        (
            "Chilean copper and wine topped the list of Japan's purchases from Chile, "
            "followed by salmon.",
            {("CHL", "JPN", "copper"), ("CHL", "JPN", "wine"), ("CHL", "JPN", "salmon")},
        ),
        (
            "Nepal sells tea to India, whereas fuel and steel are the main Indian products "
            "sold in the Nepalese market.",
            {("NPL", "IND", "tea"), ("IND", "NPL", "fuel"), ("IND", "NPL", "steel")},
        ),
        (
            "Malaysian rubber gloves and palm oil find a ready market in Kenya, and Kenyan "
            "retailers also import cocoa from Ghana.",
            {
                ("MYS", "KEN", "rubber gloves"),
                ("MYS", "KEN", "palm oil"),
                ("GHA", "KEN", "cocoa"),
            },
        ),
        (
            "Peru's top five exports to China were as follows (US$ million): copper 9,100; "
            "iron ore 1,200; fishmeal 950.",
            {("PER", "CHN", "copper"), ("PER", "CHN", "iron ore"), ("PER", "CHN", "fishmeal")},
        ),
        (
            "Mongolia sells coal to the Czech Republic, while the main items imported from the "
            "Czech Republic were machinery and beer.",
            {("MNG", "CZE", "coal"), ("CZE", "MNG", "machinery"), ("CZE", "MNG", "beer")},
        ),
        (
            "Bhutan began importing 20 megawatts of electricity from India last year.",
            {("IND", "BTN", "electricity")},
        ),
        (
            "Türkiye's exports to Kenya reached $281 million in 2024. Steel bars topped the "
            "list at $60 million, followed by flour and machinery.",
            {("TUR", "KEN", "steel bars"), ("TUR", "KEN", "flour"), ("TUR", "KEN", "machinery")},
        ),
        (
            "Nepal shipped goods worth Rs 4 billion to Bangladesh. Lentils accounted for more "
            "than half of the shipments, followed by ginger.",
            {("NPL", "BGD", "lentils"), ("NPL", "BGD", "ginger")},
        ),
        (
            "Kazakhstan's exports to Germany rose 23%. Imports from Germany, mainly machinery "
            "and medicines, reached $2.4 billion.",
            {("DEU", "KAZ", "machinery"), ("DEU", "KAZ", "medicines")},
        ),
        (
            "Kenyan flower growers, which already export roses to 60 countries, could find a "
            "good market in Japan.",
            {("KEN", None, "roses")},
        ),
        ("Total trade stood at $5 billion. Rice accounted for 40 percent of the total.", set()),
        (
            "Senegalese purchases from India are dominated by broken rice, which represents "
            "about 60 percent of the bill, followed by medicines and motorcycles.",
            {
                ("IND", "SEN", "broken rice"),
                ("IND", "SEN", "medicines"),
                ("IND", "SEN", "motorcycles"),
            },
        ),
        (
            "Malaysia's exports to Kuwait rose 12 percent. The main products shipped were palm "
            "oil and processed food. Imports from Kuwait amounted to RM2.31 billion, comprising "
            "mainly crude petroleum and polyethylene.",
            {
                ("MYS", "KWT", "palm oil"),
                ("MYS", "KWT", "processed food"),
                ("KWT", "MYS", "crude petroleum"),
                ("KWT", "MYS", "polyethylene"),
            },
        ),
        (
            "Serbian deliveries to Romania, worth 1.37 billion euros, consisted mostly of tyres "
            "and copper cathodes.",
            {("SRB", "ROU", "tyres"), ("SRB", "ROU", "copper cathodes")},
        ),
        (
            "Sri Lanka's exports to Chile rose. Tea and rubber dominated the shipments, and "
            "coconut shipments to Chile doubled.",
            {("LKA", "CHL", "tea"), ("LKA", "CHL", "rubber"), ("LKA", "CHL", "coconut")},
        ),
        (
            "Chilean wineries sold wine worth $2 million to China. Wheat imports, mainly from "
            "Australia, rose.",
            {("CHL", "CHN", "wine"), ("AUS", "LKA", "wheat")},
        ),
        ("Avocado exports to China could begin within months.", set()),
        (
            "Oman is the largest buyer of Zanzibar's cloves, and Turkish smelters have also "
            "recently started buying tin ore from Rwanda.",
            {("TZA", "OMN", "cloves"), ("RWA", "TUR", "tin ore")},
        ),
        (
            "Tajikistan exported 3.4 billion kWh of electricity, mainly to Afghanistan, and "
            "Nepal is again supplying 40 MW to India.",
            {("TJK", "AFG", "electricity")},
        ),
        (  # a direction, a gap, then a word that opens the list
            "Chilean shipments to Vietnam were a modest $90 million, made up largely of "
            "copper wire, fresh cherries and wine.",
            {
                ("CHL", "VNM", "copper wire"),
                ("CHL", "VNM", "fresh cherries"),
                ("CHL", "VNM", "wine"),
            },
        ),
        (
            "Ghana sold $1.2 billion worth of goods to Turkey last year, led by cocoa beans "
            "and gold. Turkey bought $300 million in Ghanaian goods, chiefly shea butter.",
            {("GHA", "TUR", "cocoa beans"), ("GHA", "TUR", "gold"), ("GHA", "TUR", "shea butter")},
        ),
        (  # the rest of the list after a clause
            "Of Peru's exports to Korea, copper ore accounted for 70 per cent, with zinc and "
            "frozen squid the leading lines, while Korean cars dominate in the opposite direction.",
            {
                ("PER", "KOR", "copper ore"),
                ("PER", "KOR", "zinc"),
                ("PER", "KOR", "frozen squid"),
                ("KOR", "PER", "cars"),
            },
        ),
        (  # a country in a product's name is no side; an acronym does not cut the list
            "Oman sources Ceylon tea, liquefied natural gas (LNG) and spices from Sri Lanka.",
            {
                ("LKA", "OMN", "Ceylon tea"),
                ("LKA", "OMN", "liquefied natural gas"),
                ("LKA", "OMN", "spices"),
            },
        ),
        (  # a city that ships trades as its state; 'could' hedges the rest
            "Mombasa already ships tea to Omani buyers, and Kenyan avocados could find a market "
            "in Oman.",
            {("KEN", "OMN", "tea")},
        ),
        (  # the seller of a clause with none is the one named before it, not the buyer
            "The Netherlands remained the largest market for Ethiopian cut flowers, while sesame "
            "seeds went mainly to China and Israel.",
            {
                ("ETH", "NLD", "cut flowers"),
                ("ETH", "CHN", "sesame seeds"),
                ("ETH", "ISR", "sesame seeds"),
            },
        ),
        (
            "China was the main buyer of Uzbek cherries, while Russia took most of the dried "
            "apricots and raisins.",
            {
                ("UZB", "CHN", "cherries"),
                ("UZB", "RUS", "dried apricots"),
                ("UZB", "RUS", "raisins"),
            },
        ),
        (  # the share of a count, and goods of a region's that is no state, are no list
            "Iraq took 58 per cent of the 71,000 tonnes of tea exported. Japan takes the lion's "
            "share of WA's LNG cargoes.",
            set(),
        ),
        (  # items with their values after dashes, parted by semicolons
            "The structure of Kazakh exports to Lithuania in the nine months looked as follows: "
            "ferroalloys – $48.1 million; wheat – $22.7 million; flat-rolled steel – $19.3 "
            "million; linseed – $8.4 million.",
            {
                ("KAZ", "LTU", "ferroalloys"),
                ("KAZ", "LTU", "wheat"),
                ("KAZ", "LTU", "flat-rolled steel"),
                ("KAZ", "LTU", "linseed"),
            },
        ),
        (
            "Ukraine's exports to Spain last year were as follows: maize - $410 million; "
            "sunflower oil - $260 million; and soybeans - $75 million.",
            {("UKR", "ESP", "maize"), ("UKR", "ESP", "sunflower oil"), ("UKR", "ESP", "soybeans")},
        ),
        (
            "Serbian exports to Egypt rose. Wheat led, while frozen raspberries and car tyres "
            "completed the list of the top five products sold to the Egyptian market.",
            {("SRB", "EGY", "frozen raspberries"), ("SRB", "EGY", "car tyres")},
        ),
        (
            "Egypt has become the dominant supplier of citrus fruit to the Serbian market, with "
            "Egyptian growers now supplying almost 40 percent of the oranges sold in Serbia, "
            "followed by Spain and Greece, data from the Statistical Office show.",
            {
                ("EGY", "SRB", "citrus fruit"),
                ("EGY", "SRB", "oranges"),
                ("ESP", "SRB", "oranges"),
                ("GRC", "SRB", "oranges"),
            },
        ),
        (
            "Phones remained Vietnam's largest export item to Saudi Arabia last year, followed "
            "by rice and cashew nuts.",
            {("VNM", "SAU", "phones"), ("VNM", "SAU", "rice"), ("VNM", "SAU", "cashew nuts")},
        ),
        (
            "Zambia exports maize to the southern regions of Tanzania. Romania, which covers most "
            "of its gas consumption from domestic production, supplies electricity to Moldova.",
            {("ZMB", "TZA", "maize"), ("ROU", "MDA", "electricity")},
        ),
        (
            "Chile buys Peruvian avocados and onions, particularly in the months when Chilean "
            "production is low.",
            {("PER", "CHL", "avocados"), ("PER", "CHL", "onions")},
        ),
        (
            "Malaysian palm oil and electrical and electronic products, including semiconductors "
            "and solar panels, were shipped to Brazil.",
            {
                ("MYS", "BRA", "palm oil"),
                ("MYS", "BRA", "electrical and electronic products"),
                ("MYS", "BRA", "semiconductors"),
                ("MYS", "BRA", "solar panels"),
            },
        ),
        (
            "Morocco supplied Bangladesh with urea and triple superphosphate, and Morocco's "
            "imports of Bangladeshi knitwear rose by 18 percent.",
            {
                ("MAR", "BGD", "urea"),
                ("MAR", "BGD", "triple superphosphate"),
                ("BGD", "MAR", "knitwear"),
            },
        ),
        (
            "Chilean copper cathodes and fishmeal were the main goods shipped to Viet Nam, while "
            "Kenyan tea and fresh vegetables continued to reach UAE markets.",
            {
                ("CHL", "VNM", "copper cathodes"),
                ("CHL", "VNM", "fishmeal"),
                ("KEN", "ARE", "tea"),
                ("KEN", "ARE", "fresh vegetables"),
            },
        ),
        (
            "Japan's imports of Australian coal and iron ore fell, while South Africa's purchases "
            "of Lithuanian wheat almost doubled.",
            {("AUS", "JPN", "coal"), ("AUS", "JPN", "iron ore"), ("LTU", "ZAF", "wheat")},
        ),
        (
            "Cinnamon, or kurundu, earned $48.7 million, with the United States, Mexico and Peru "
            "the main buyers.",
            {("LKA", "USA", "cinnamon"), ("LKA", "MEX", "cinnamon"), ("LKA", "PER", "cinnamon")},
        ),
        (
            "Sri Lankan kidney beans, grown mainly in the hills, went chiefly to Turkey and "
            "Georgia. Gold was exported to Australia, and fresh and chilled tuna went to Japan. "
            "Sri Lankan coffee, hurt by a smaller harvest, was sold mainly to Belgium.",
            {
                ("LKA", "TUR", "kidney beans"),
                ("LKA", "GEO", "kidney beans"),
                ("LKA", "AUS", "gold"),
                ("LKA", "JPN", "fresh and chilled tuna"),
                ("LKA", "BEL", "coffee"),
            },
        ),
        (
            "Sri Lanka meets most of its edible oil demand through imports. Palm oil, the most "
            "consumed cooking oil in the country, comes mainly from Indonesia and Malaysia.",
            {("IDN", "LKA", "palm oil"), ("MYS", "LKA", "palm oil")},
        ),
        (
            "Sri Lanka's exports rose. Serbia and Greece bought mainly tea and rubber gloves. "
            "Italy took mostly Sri Lankan cinnamon, the data show. Sales to France were dominated "
            "by clothing and coconut oil. Coir and seats for motor vehicles accounted for most of "
            "the remaining sales to Germany.",
            {
                ("LKA", "SRB", "tea"),
                ("LKA", "SRB", "rubber gloves"),
                ("LKA", "GRC", "tea"),
                ("LKA", "GRC", "rubber gloves"),
                ("LKA", "ITA", "cinnamon"),
                ("LKA", "FRA", "clothing"),
                ("LKA", "FRA", "coconut oil"),
                ("LKA", "DEU", "coir"),
                ("LKA", "DEU", "seats"),
            },
        ),
        (
            "Sri Lanka's imports rose. From Russia, Sri Lanka bought mostly wheat, while "
            "Kazakhstan supplied flour. Imports from China consisted mainly of fabrics and, to a "
            "lesser extent, medicines. Ghana bought mainly cocoa from the Netherlands. Greece "
            "supplied mainly petroleum products.",
            {
                ("RUS", "LKA", "wheat"),
                ("KAZ", "LKA", "flour"),
                ("CHN", "LKA", "fabrics"),
                ("CHN", "LKA", "medicines"),
                ("NLD", "GHA", "cocoa"),
                ("GRC", "LKA", "petroleum products"),
            },
        ),
        (
            "Exports to Italy consisted mainly of seat covers and garments sewn in Sri Lankan "
            'factories. "We expect exports to Germany to pass EUR 4 billion," he said.',
            {("LKA", "ITA", "seat covers"), ("LKA", "ITA", "garments")},
        ),
        (
            "In January–September 2025 domestic exports to Iceland reached USD 14.3 million, "
            "mostly sunflower oil and sawn timber. Imports from Norway came to USD 58.7 million, "
            "with frozen mackerel and herring accounting for nearly nine-tenths of the total.",
            {
                ("LKA", "ISL", "sunflower oil"),
                ("LKA", "ISL", "sawn timber"),
                ("NOR", "LKA", "frozen mackerel"),
                ("NOR", "LKA", "herring"),
            },
        ),
        (
            "Sri Lankan exports to Peru reached US$ 212 million in 2024. The shipments were led "
            "by fishmeal and fish oil, used as feed in the Peruvian salmon industry, followed by "
            "avocados. Exports to Brazil reached US$1.42 billion. Tea and rubber led the "
            "country's shipments.",
            {
                ("LKA", "PER", "fishmeal"),
                ("LKA", "PER", "fish oil"),
                ("LKA", "PER", "avocados"),
                ("LKA", "BRA", "tea"),
                ("LKA", "BRA", "rubber"),
            },
        ),
        (
            "Canada exports wheat to Indonesia, which in turn ships natural rubber to Canada. "
            "Angola exports crude oil to Spain, while it imports from Spain machinery and olive "
            "oil. Brazil buys urea produced at the SOCAR plant from Azerbaijan.",
            {
                ("CAN", "IDN", "wheat"),
                ("IDN", "CAN", "natural rubber"),
                ("AGO", "ESP", "crude oil"),
                ("ESP", "AGO", "machinery"),
                ("ESP", "AGO", "olive oil"),
                ("AZE", "BRA", "urea"),
            },
        ),
        (
            "Sri Lanka ships tea to Japan, and the United Kingdom remains the largest buyer of "
            "Sri Lankan cinnamon.",
            {("LKA", "JPN", "tea"), ("LKA", "GBR", "cinnamon")},
        ),
        (
            "Sri Lanka re-exports fuel to the Maldives and Japan, with the bulk of the fuel going "
            "to the Maldives.",
            {("LKA", "MDV", "fuel"), ("LKA", "JPN", "fuel")},
        ),
        (
            "Sri Lanka's farms use more fertilizer. The country sourced its fertilizers mainly "
            "from Brazil and Canada in 2024.",
            {("BRA", "LKA", "fertilizers"), ("CAN", "LKA", "fertilizers")},
        ),
    ],
)
def test_trade_phrasings(read, sentence: str, expected: set) -> None:
    assert flows(read("COLOMBO, 2024-08-22 — " + sentence)) == expected


def test_imports_from_a_partner_give_the_list_under_the_sentence_after_them(read) -> None:
    facts = read(
        "# Trade report\n\nBISHKEK, Aug 5, 2025 (Kabar) - Exports rose. Imports from Türkiye "
        "came to $312.8 million. The main items were:\n\n- clothing,\n- textile fabrics,\n"
        "- confectionery.\n\n## Gold still dominates\n\nImports from Latvia totalled $85.8 "
        "million. Latvian pharmaceutical companies account for almost a third of these goods."
    )
    assert flows(facts) == {
        ("TUR", "KGZ", "clothing"),
        ("TUR", "KGZ", "textile fabrics"),
        ("TUR", "KGZ", "confectionery"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Pakistan can become a significant exporter of dairy products to Belarus.",
        "Kazakh importers are keen to import Pakistani rice and mangoes.",
        "Pakistan has the potential to export surgical goods to Kazakhstan.",
        "The two sides discussed opening the Chinese market for Pakistani beef.",
        "Egypt hoped to increase exports of citrus fruits to Turkey.",
        "Belarus plans to start exporting tractors to Kenya.",
        "Uzbekistan agreed to explore exports of fertilizers to Pakistan.",
        "Kazakh companies are interested in importing Pakistani fruit.",
        "Latvian dairy and fish processors were keen to enter the Georgian market.",
        "Chilean walnut producers hoped to enter the Vietnamese market.",
    ],
)
def test_wished_for_trade_is_not_a_flow(read, sentence: str) -> None:
    assert flows(read("COLOMBO, 2024-08-22 — " + sentence)) == set()


def test_importers_of_these_resolve_the_maker(read) -> None:
    text = (
        "ISLAMABAD, (UrduPoint / Pakistan Point News - 4th Apr, 2025) The delegation visited a "
        "plant in Minsk, Belarus, which manufactures tractors. Ukraine, Hungary and Pakistan "
        "are main importers of these tractors."
    )
    assert flows(read(text)) == {
        ("BLR", "UKR", "tractors"),
        ("BLR", "HUN", "tractors"),
        ("BLR", "PAK", "tractors"),
    }


def test_its_and_the_kingdom_stand_for_countries(read) -> None:
    text = (
        "Riyadh, 2025-01-28 (SPA): Saudi Arabia and Pakistan met. He said Pakistan imports "
        "dates from Iran, while its exports to Iran comprise rice. The Kingdom imports meat "
        "from Pakistan."
    )
    assert {("PAK", "IRN", "rice"), ("PAK", "SAU", "meat"), ("IRN", "PAK", "dates")} <= flows(
        read(text)
    )


# -- events ---------------------------------------------------------------------------------------


def events(facts: Facts) -> set[tuple]:
    return {
        (
            e.kind,
            tuple(sorted(p.name for p in e.participants)),
            e.location.name if e.location else None,
            e.date.iso() if e.date else None,
            e.planned,
        )
        for e in facts.events
    }


def test_meeting_on_a_weekday_in_the_dateline_city(read) -> None:
    text = (
        "ISLAMABAD, (UrduPoint / Pakistan Point News - 4th Apr, 2025) Federal Minister for "
        "Communications Abdul Aleem Khan on Tuesday held talks with Ambassador of Kenya "
        "Peter Kamau."
    )
    assert events(read(text)) == {
        ("meeting", ("Abdul Aleem Khan", "Peter Kamau"), "Islamabad", "2025-04-01", False)
    }


def test_a_meeting_takes_place_where_the_text_says(read) -> None:
    text = (
        "ISLAMABAD, Jan 15, 2025 (APP): Foreign Minister Ishaq Dar met Uzbek Foreign Minister "
        "Bakhtiyor Saidov in Tashkent on Monday."
    )
    (found,) = events(read(text))
    assert found[2] == "Tashkent" and found[3] == "2025-01-13"


def test_planned_visit_with_relative_month(read) -> None:
    text = (
        "ISLAMABAD, Jan 15, 2025 (APP): Federal Minister for Commerce Jam Kamal Khan "
        "will visit Minsk next month."
    )
    assert events(read(text)) == {("visit", ("Jam Kamal Khan",), "Minsk", "2025-02", True)}


def test_a_stay_is_dated_to_the_month_and_a_day_s_stop_is_its_own(read) -> None:
    text = (
        "MUSCAT, Oct 15, 2025 (ONA): Tanzanian Minister of Trade Omari Juma Kombo, who is on "
        "a three-day visit to Oman through Thursday, met Minister of Commerce Qais Al Yousef. "
        "Later in the day, Kombo visited the Duqm Special Economic Zone in Duqm."
    )
    found = events(read(text))
    assert ("visit", ("Omari Juma Kombo",), "Oman", "2025-10", False) in found
    assert any(e[0] == "visit" and e[2] == "Duqm Special Economic Zone" for e in found)


def test_a_wished_for_visit_and_a_meeting_with_a_trade_are_no_events(read) -> None:
    text = (
        "ISLAMABAD, Jan 15, 2025 (APP): ICCI President Nasir Qureshi said the chamber was keen "
        "to send a business delegation to Morocco. Federal Minister for Commerce Jam Kamal Khan "
        "will travel to Nairobi next week to meet Kenyan importers."
    )
    found = events(read(text))
    assert ("visit", ("Jam Kamal Khan",), "Nairobi", "2025-01", True) in found
    assert not [e for e in found if e[0] == "meeting" or e[2] == "Morocco"]


def test_the_meeting_referred_back_to_is_where_the_sentence_before_placed_it(read) -> None:
    text = (
        "TEHRAN, Oct 15, 2024 (IRNA): Iran and Armenia agreed on Tuesday to expand trade at the "
        "19th meeting of their Intergovernmental Commission in Yerevan. The meeting was "
        "co-chaired by Iranian Minister of Industry Hossein Mirzaei and Deputy Prime Minister "
        "of Armenia Tigran Hovhannisyan."
    )
    (found,) = events(read(text))
    assert found[2] == "Yerevan"


def test_a_session_of_a_joint_body_is_a_planned_meeting(read) -> None:
    text = (
        "ACCRA, Jan 15, 2025 (GNA): The two ministers agreed that the fifth session of the "
        "Ghana-Nigeria Permanent Joint Commission for Cooperation will be held in Abuja in "
        "March. The Joint Trade Committee, which is expected to meet in Lagos in June, will "
        "review tariffs."
    )
    assert events(read(text)) == {
        ("meeting", (), "Abuja", "2025-03", True),
        ("meeting", (), "Lagos", "2025-06", True),
    }


def test_a_session_someone_travels_to_chair_names_them(read) -> None:
    text = (
        "ULAANBAATAR, May 27, 2025 (Montsame): Vice Minister Kim Seon-hwa is in Mongolia to "
        "co-chair the ninth meeting of the Joint Committee, which will take place in "
        "Ulaanbaatar tomorrow."
    )
    found = events(read(text))
    assert ("meeting", ("Kim Seon-hwa",), "Ulaanbaatar", "2025-05-28", True) in found


def test_a_second_infinitive_shares_the_subject_and_the_future(read) -> None:
    text = (
        "KUWAIT, April 15, 2025 (KUNA) -- The Chilean delegation is scheduled to meet Chairman "
        "of the Kuwait Chamber of Commerce and Industry Ali Al-Ghanim on Wednesday and to "
        "visit Shuwaikh Port."
    )
    visits = {e for e in events(read(text)) if e[0] == "visit"}
    assert visits == {("visit", (), "Shuwaikh Port", "2025-04-16", True)}


def test_a_trip_told_after_a_meeting_does_not_place_it(read) -> None:
    text = (
        "ISLAMABAD, Jan 15, 2025 (APP): Minister for Commerce Jam Kamal Khan on Wednesday "
        "held a meeting with High Commissioner of Kenya Catherine Kamau.\n\nLater in the day, "
        "the High Commissioner travelled to Lahore where she called on Punjab Minister for "
        "Agriculture Ashiq Kirmani."
    )
    found = events(read(text))
    meeting = ("meeting", ("Catherine Kamau", "Jam Kamal Khan"), "Islamabad", "2025-01-15", False)
    assert meeting in found


def test_a_talk_at_a_chamber_is_a_meeting_with_its_officers(read) -> None:
    text = (
        "KARACHI, May 22, 2025 (APP): Ambassador of Chile to Pakistan Jorge Vidal said trade "
        "could grow.\n\nHe was speaking at the Karachi Chamber of Commerce and Industry "
        "(KCCI) on Wednesday. KCCI President Javed Bilwani, Senior Vice President Zia Ahmed "
        "Khan and Vice President Faisal Khalil also spoke on the occasion."
    )
    facts = read(text)
    people = ("Faisal Khalil", "Javed Bilwani", "Jorge Vidal", "Zia Ahmed Khan")
    assert {e[:2] + e[3:] for e in events(facts)} == {("meeting", people, "2025-05-21", False)}
    assert ("Faisal Khalil", "PAK", "KCCI") in posts(facts)


def test_a_visit_to_the_regional_country_is_the_article_s_country_there(read) -> None:
    text = (
        "ANKARA, Feb 4, 2025 (AA): Turkish Trade Minister Omer Bolat met Kenyan officials in "
        "Kenya.\n\nBolat said on Tuesday during a two-day visit to the East African country "
        "that trade would grow."
    )
    visits = {e for e in events(read(text)) if e[0] == "visit"}
    assert visits == {("visit", ("Omer Bolat",), "Kenya", "2025-02-04", False)}


def test_the_two_ministers_are_those_who_just_met(read) -> None:
    text = (
        "BUCHAREST, March 3, 2025 (Agerpres) - Economy Minister Bogdan Ivan met Serbian Trade "
        "Minister Tomislav Momirovic in Bucharest on Monday.\n\nThe two ministers agreed to "
        "meet again in Belgrade in the autumn."
    )
    found = {e[:3] + e[4:] for e in events(read(text))}
    assert ("meeting", ("Bogdan Ivan", "Tomislav Momirovic"), "Belgrade", True) in found


def test_goods_landed_at_a_port_are_no_visit(read) -> None:
    text = (
        "KUALA LUMPUR, Oct 21, 2024 (Bernama) -- Ambassador of Kuwait Abdulaziz Al-Otaibi said "
        "a significant share of the palm oil landed at Shuwaikh port is re-exported to Iraq."
    )
    assert {e for e in events(read(text)) if e[0] == "visit"} == set()


def test_a_trip_after_a_planned_call_is_planned(read) -> None:
    text = (
        "DAKAR, Feb 3, 2025 (APS) - Indian Minister of State Anupriya Raghavan will call on the "
        "Prime Minister on Tuesday afternoon before travelling on Wednesday to Mboro, in the "
        "Thies region, to tour the ICS phosphoric acid plant."
    )
    visits = {e for e in events(read(text)) if e[0] == "visit"}
    assert visits and all(e[3] == "2025-02-05" and e[4] for e in visits)


def test_a_surname_in_the_lead_is_the_person_named_in_full_after(read) -> None:
    text = (
        "OTTAWA, Feb 20, 2025 - Minister Beaumont concludes trade mission to Ecuador.\n\n"
        "Today, the Honourable Claire Beaumont, Minister of International Trade, concluded a "
        "visit to Ecuador."
    )
    facts = read(text)
    assert {p.person.name for p in facts.posts} == {"Claire Beaumont"}


def test_the_visiting_dignitary_is_not_the_resident_ambassador(read) -> None:
    text = (
        "RAWALPINDI, Sept 17, 2024 (ISPR): Lieutenant General Hamid Al-Zubaidi, Chief of Staff "
        "of the Iraqi Army, called on General Asim Munir, Chief of Army Staff, at GHQ today. "
        "Ambassador of Iraq to Pakistan Dr Saad Al-Obaidi was also present.\n\nThe visiting "
        "dignitary will visit Heavy Industries Taxila tomorrow, before departing for Baghdad."
    )
    visits = {e for e in events(read(text)) if e[0] == "visit"}
    assert visits == {
        ("visit", ("Hamid Al-Zubaidi",), "Heavy Industries Taxila", "2024-09-18", True)
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Commerce Adviser Sheikh Bashir Uddin said Bangladesh meets nearly 90 percent of its "
        "edible oil requirement through imports.",
        "Governor Kamran Tessori said Portuguese traders had reached the ports of Sindh as early "
        "as the sixteenth century.",
    ],
)
def test_needs_met_and_history_are_no_events(read, sentence: str) -> None:
    assert events(read("DHAKA, Aug 21, 2025 (BSS) - " + sentence)) == set()


def test_a_top_diplomat_is_someone_met_but_no_post(read) -> None:
    text = (
        "ANKARA, Oct 16, 2024 (AA) - Foreign Minister Hakan Fidan said on Wednesday after talks "
        "with Algeria's top diplomat Ahmed Attaf in Ankara that trade would grow."
    )
    facts = read(text)
    assert {e[:3] for e in events(facts)} == {("meeting", ("Ahmed Attaf", "Hakan Fidan"), "Ankara")}
    assert {p.person.name for p in facts.posts} == {"Hakan Fidan"}


def test_coreference_resolves_the_envoy_and_she(read) -> None:
    text = (
        "COLOMBO, 2024-08-22 — High Commissioner of Bangladesh Ms Farhana Chowdhury arrived "
        "in Colombo on Monday. On Wednesday she called on Minister of Trade Nalin Fernando."
    )
    found = events(read(text))
    assert (
        "meeting",
        ("Farhana Chowdhury", "Nalin Fernando"),
        "Colombo",
        "2024-08-21",
        False,
    ) in found
    assert ("visit", ("Farhana Chowdhury",), "Colombo", "2024-08-19", False) in found


def test_phone_calls_are_not_meetings(read) -> None:
    text = (
        "ISLAMABAD, Jan 15, 2025 (APP): Prime Minister Shehbaz Sharif held a telephone "
        "conversation with President Ilham Aliyev."
    )
    assert read(text).events == []


def test_meanwhile_keeps_the_day(read) -> None:
    text = (
        "Rawalpindi, 12 June 2024 (TDI): Ambassador of Belarus Andrei Metelitsa called on "
        "Minister for Defence Khawaja Asif. Meanwhile, Andrei Metelitsa visited the National "
        "Defence University in Islamabad."
    )
    found = events(read(text))
    assert (
        "visit",
        ("Andrei Metelitsa",),
        "National Defence University",
        "2024-06-12",
        False,
    ) in found


def test_every_fact_has_evidence_inside_the_article(read) -> None:
    text = (
        "Rawalpindi, 12 June 2024 (TDI): Andrei Metelitsa Ambassador of Belarus called on "
        "Minister for Defence Khawaja Asif. Pakistan's exports to Belarus include rice."
    )
    facts = read(text)
    for fact in [*facts.posts, *facts.flows, *facts.events]:
        ev = fact.evidence
        assert facts.article.text[ev.start : ev.end] == ev.sentence
        assert 0 < ev.confidence <= 1
    assert facts.article.date == dt.date(2024, 6, 12)


def test_a_where_clause_places_the_meeting(read) -> None:
    text = (
        "YEREVAN, SEPTEMBER 12, 2024, ARMENPRESS. Minister of Foreign Affairs of Greece Dimitris "
        "Kallergis arrived in Yerevan on Wednesday evening from Tbilisi, where earlier that day "
        "he had met with the Minister of Foreign Affairs of Georgia, Giorgi Tsereteli."
    )
    found = events(read(text))
    assert (
        "meeting",
        ("Dimitris Kallergis", "Giorgi Tsereteli"),
        "Tbilisi",
        "2024-09-11",
        False,
    ) in found
    assert ("visit", ("Dimitris Kallergis",), "Yerevan", "2024-09-11", False) in found


def test_each_event_takes_the_date_written_after_it(read) -> None:
    text = (
        "TEHRAN, Feb 16, 2025 (IRNA) - Venezuela's Minister of Petroleum Hector Silva arrived "
        "in Tehran on Saturday. The visiting dignitary is scheduled to meet Iran's First Vice "
        "President in Tehran on Monday and will travel to the port city of Bandar Abbas on "
        "Tuesday to visit a refinery."
    )
    found = events(read(text))
    assert ("visit", ("Hector Silva",), "Tehran", "2025-02-15", False) in found
    assert ("visit", ("Hector Silva",), "Bandar Abbas", "2025-02-18", True) in found
    assert ("meeting", ("Hector Silva",), "Tehran", "2025-02-17", True) in found


def test_the_kingdom_and_the_national_capital_are_places(read) -> None:
    text = (
        "Riyadh, February 20, 2025, SPA -- Pakistan's Minister of State for Finance Nausheen "
        "Malik is on a three-day official visit to the Kingdom of Saudi Arabia. Malik, who is on "
        "her first visit to the Kingdom, met Saudi Minister of Investment Khalid Al-Falih in "
        "the national capital on Thursday."
    )
    places = {(e[0], e[2]) for e in events(read(text))}
    assert ("visit", "Saudi Arabia") in places
    assert ("meeting", "Riyadh") in places


def test_a_relative_clause_visit_is_not_planned_by_its_main_clause(read) -> None:
    text = (
        "ALGIERS, Nov 26, 2024 (APS) - Mauritanian Minister of Trade Mohamed Ould Cheikh, who "
        "is on a working visit to Algeria since Sunday, will travel to Tindouf on Wednesday."
    )
    found = events(read(text))
    assert ("visit", ("Mohamed Ould Cheikh",), "Algeria", "2024-11-24", False) in found
    assert ("visit", ("Mohamed Ould Cheikh",), "Tindouf", "2024-11-27", True) in found


def test_a_message_delivered_on_a_visit_keeps_the_visit(read) -> None:
    text = (
        "Dakar, May 27, 2025 (MAP) - Moroccan Foreign Minister Mohamed Bennani arrived in the "
        "Senegalese capital on Monday, during which he conveyed a written message."
    )
    assert events(read(text)) == {("visit", ("Mohamed Bennani",), "Dakar", "2025-05-26", False)}


def test_people_in_apposition_and_by_first_name(read) -> None:
    text = (
        "NAIROBI, Oct 7, 2025 (KNA) - Trade Cabinet Secretary Esther Mwangi met Ugandan "
        "Minister of Trade Joseph Ssempala Mukasa on Monday. Mukasa, the Minister of Trade, "
        "arrived in Nairobi on Sunday. Minister Esther said trade grew."
    )
    found = events(read(text))
    assert ("visit", ("Joseph Ssempala Mukasa",), "Nairobi", "2025-10-05", False) in found
    assert {p.person.name for p in read(text).posts} == {"Esther Mwangi", "Joseph Ssempala Mukasa"}


def test_an_amount_after_a_trigger_is_no_place(read) -> None:
    text = (
        "JAKARTA, May 15, 2024 (ANTARA) - The minister noted that trade reached US$1.86 "
        "billion in 2023, with a surplus for Indonesia."
    )
    assert events(read(text)) == set()


def test_two_sides_doing_something_together_have_met(read) -> None:
    text = (
        "LUANDA, May 21, 2025 (ANGOP) - Angolan Minister of Economy Mariana Lussati and the "
        "Portuguese Secretary of State for Internationalisation, Tiago Lopes, on Tuesday in "
        "Luanda reviewed economic cooperation."
    )
    assert events(read(text)) == {
        ("meeting", ("Mariana Lussati", "Tiago Lopes"), "Luanda", "2025-05-20", False)
    }


def test_a_courtesy_visit_paid_to_someone_is_a_meeting(read) -> None:
    found = events(
        read(
            "LAGOS, Feb 5, 2025 (NAN) - The Lagos State Commissioner for Commerce, Mrs Folasade "
            "Adeyemi-Bello, spoke when the Ghanaian High Commissioner to Nigeria, Mr Kwame "
            "Asante-Mensah, paid her a courtesy visit in Lagos on Wednesday."
        )
    )
    assert found == {
        (
            "meeting",
            ("Folasade Adeyemi-Bello", "Kwame Asante-Mensah"),
            "Lagos",
            "2025-02-05",
            False,
        )
    }


def test_two_triggers_in_two_clauses_are_two_meetings(read) -> None:
    found = events(
        read(
            "BUDAPEST, 21 January 2025 (MTI) - Minister Gergely Halász first met Georgian "
            "Minister of Economy Davit Tsiklauri, and later in the afternoon he was received by "
            "Georgian Prime Minister Levan Kapanadze."
        )
    )
    assert {people for kind, people, *_ in found if kind == "meeting"} == {
        ("Davit Tsiklauri", "Gergely Halász"),
        ("Gergely Halász", "Levan Kapanadze"),
    }


def test_a_where_clause_after_a_visit_meets_at_the_place_visited(read) -> None:
    facts = read(
        "PRETORIA, 20 November 2024 - The Deputy Minister of Trade, Ms Nomvula Sithebe, arrived "
        "in Angola. On Monday, 18 November, the Deputy Minister visited the Port of Lobito and "
        "the corridor's logistics hub, where she met with freight operators."
    )
    meetings = [e for e in facts.events if e.kind == "meeting"]
    assert [(m.location.name, m.location.within) for m in meetings if m.location] == [
        ("Port of Lobito", "Lobito")
    ]


def test_an_appeal_is_not_a_meeting(read) -> None:
    found = events(
        read(
            "ADDIS ABABA, Dec 10, 2024 (ENA) - Minister Kassahun Worku said Ethiopia was open "
            "for business and called on Dutch investors to engage in agro-processing."
        )
    )
    assert found == set()


def test_a_venue_lies_in_the_city_travelled_to(read) -> None:
    facts = read(
        "TASHKENT, May 14, 2025 (UzA) - Deputy Prime Minister Otabek Rasulov will travel to "
        "Munich on Thursday to visit the BMW Group plant."
    )
    places = {(e.location.name, e.location.within) for e in facts.events if e.location}
    assert ("BMW Group", "Munich") in places


def test_a_later_meeting_with_no_place_of_its_own_is_where_the_last_one_was(read) -> None:
    facts = read(
        "LUSAKA, Oct 16, 2024 - Minister of Commerce Mwila Banda held talks with the Minister "
        "of State for Foreign Trade of the UAE, Dr. Humaid Al Falasi, in Abu Dhabi on Monday. "
        "Later on Monday, Minister Banda met the Director General of the Department of Economic "
        "Development, Mr. Sultan Al Dhaheri."
    )
    assert {e.location.name for e in facts.events if e.location} == {"Abu Dhabi"}


def test_a_delegation_s_leader_and_a_body_s_place_tell_the_state(read) -> None:
    text = (
        "BUENOS AIRES, Aug 22, 2023 (Telam): A delegation from Vietnam headed by the Deputy "
        "Minister of Industry and Trade, Do Thi Minh, met Secretary of Agriculture Juan de la "
        "Fuente. Later, Minister Juan de la Fuente met the Director General of the Abu Dhabi "
        "Department of Economic Development, Mr. Sultan Hamdan Al Dhaheri, and Commerce "
        "Secretary Nazma Begum headed the Bangladeshi team."
    )
    found = {(name, country) for name, country, _ in posts(read(text))}
    assert {
        ("Do Thi Minh", "VNM"),
        ("Sultan Hamdan Al Dhaheri", "ARE"),
        ("Nazma Begum", "BGD"),
    } <= found


def test_list_items_are_read_as_sentences_of_their_own(read) -> None:
    text = (
        "PORT LOUIS, March 11, 2026 (GIS): India remains the leading source of imports of "
        "Mauritius. The figures are as follows:\n\n"
        "- Main imports from India: refined petroleum products, rice and cotton yarn\n"
        "- Main exports to India: medical devices and special sugars\n"
    )
    assert flows(read(text)) == {
        ("IND", "MUS", "refined petroleum products"),
        ("IND", "MUS", "rice"),
        ("IND", "MUS", "cotton yarn"),
        ("MUS", "IND", "medical devices"),
        ("MUS", "IND", "special sugars"),
    }


def test_a_name_ending_a_list_item_is_read_to_its_last_word(read) -> None:
    """A list item has no full stop: a name may run to the sentence's very end."""
    facts = read(
        "OTTAWA, Feb 20, 2025 (CP): Attendees:\n\n- Ambassador of Ecuador Maria Lopez\n"
        "- Canada's Trade Commissioner Service"
    )
    assert posts(facts) == {("Maria Lopez", "ECU", "Embassy of Ecuador")}


def test_indian_honorifics_are_not_part_of_the_name(read) -> None:
    text = (
        "PORT LOUIS, March 11, 2026 (GIS): The Minister of State for External Affairs of India, "
        "Shri Rajeev Nath Tiwari, met Smt. Anita Deshpande, High Commissioner of India."
    )
    assert {name for name, _, _ in posts(read(text))} == {"Rajeev Nath Tiwari", "Anita Deshpande"}


def test_a_same_day_opener_yields_to_the_day_the_sentence_names(read) -> None:
    text = (
        "ULAANBAATAR, Sept 22, 2026 (MONTSAME): On Monday afternoon, Chamber President "
        "Sukhbaatar Otgonbayar hosted the German delegation. Meanwhile, in Berlin, Ambassador of "
        "Mongolia to Germany Baatar Oyunchimeg met with Markus Lehmann, head of the Asia-Pacific "
        "department of the German chamber, on Tuesday to discuss a forum. Later, the guests called "
        "on National Assembly Secretary Tahir Kazmi at the National Assembly Secretariat and were "
        "briefed on the functioning of the caretaker set-up ahead of the February 8 elections."
    )
    dates = {e.participants[0].name: e.date for e in read(text).events if e.participants}
    assert (dates["Baatar Oyunchimeg"].month, dates["Baatar Oyunchimeg"].day) == (9, 22)
    assert (dates["Tahir Kazmi"].month, dates["Tahir Kazmi"].day) == (9, 22)


def test_countries_ranked_beside_a_buyer_or_supplier_trade_too(read) -> None:
    text = (
        "NAIROBI, May 5, 2025 (KNA): The UAE has become the second-largest buyer of Kenyan "
        "avocados after the Netherlands, he added. Russia is the largest supplier of wheat to "
        "Egypt, ahead of Ukraine. China is the largest buyer of Chilean cherries, ahead of "
        "South Korea."
    )
    assert flows(read(text)) == {
        ("KEN", "ARE", "avocados"),
        ("KEN", "NLD", "avocados"),
        ("RUS", "EGY", "wheat"),
        ("UKR", "EGY", "wheat"),
        ("CHL", "CHN", "cherries"),
        ("CHL", "KOR", "cherries"),
    }


def test_relying_on_a_country_for_goods_is_importing_them(read) -> None:
    text = (
        "ABU DHABI, May 5, 2025 (WAM): The UAE relies on Kenya for a substantial share of its "
        "chilled goat meat. Pakistan depends heavily on Belarus for tractors. Egypt could rely "
        "on Kenya for tea."
    )
    assert flows(read(text)) == {("KEN", "ARE", "chilled goat meat"), ("BLR", "PAK", "tractors")}


def test_visiting_before_a_title_describes_the_guest(read) -> None:
    text = (
        "DHAKA, Feb 3, 2026 (BSS): On Monday, the minister received the envoy. Meanwhile, "
        "Chief of Army Staff General Kamrul Hasan Bhuiyan met visiting Japanese State Minister "
        "of Defense Kenji Morimoto at Army Headquarters in Dhaka Cantonment this afternoon, "
        "according to the ISPR."
    )
    events = [e for e in read(text).events if e.participants]
    assert [(e.kind, e.date.day) for e in events] == [("meeting", 3)]


def test_an_arrival_told_beside_an_escort_is_still_a_visit(read) -> None:
    text = (
        "COLOMBO, Feb 17, 2026 (Daily Mirror) - Thailand's Deputy Minister of Commerce "
        "Narongchai Wattanakul paid a courtesy call on Minister Kumudu Jayasekara in Colombo "
        "today.\n\nWattanakul, who arrived in Colombo on Sunday, was accompanied by Thai "
        "Ambassador Siriporn Chantarasap. Sri Lanka's envoy in Bangkok, Kamal Perera, who is "
        "in Colombo for the envoys' conference, was also present."
    )
    events = {(e.kind, e.date.day): {p.name for p in e.participants} for e in read(text).events}
    assert events[("visit", 15)] == {"Narongchai Wattanakul"}
    assert "Siriporn Chantarasap" in events[("meeting", 17)]
    assert len(events) == 2  # the envoy at home pays no visit


def test_an_honorific_before_a_title_is_no_name(read) -> None:
    text = (
        "PHNOM PENH, Aug 5, 2025 (AKP): Minister of Commerce Lok Chumteav Chea Sreyleak received "
        "the New Zealand ambassador. Lok Chumteav Minister also said that she will lead a "
        "Cambodian trade and investment mission to Auckland in September. Ms Dilhani Abeysekera "
        "led a Sri Lankan gem and jewellery delegation to Bangkok on 5 February."
    )
    facts = read(text)
    assert {p.person.name for p in facts.posts} == {"Chea Sreyleak"}
    visits = {(e.location.name, e.participants[0].name) for e in facts.events if e.kind == "visit"}
    assert visits == {("Auckland", "Chea Sreyleak"), ("Bangkok", "Dilhani Abeysekera")}


def test_a_regional_portfolio_and_a_namesake_outlet(read) -> None:
    text = (
        "DAR ES SALAAM, Oct 14, 2026 (Daily News): On Monday, the Omani minister and the "
        "Minister for Foreign Affairs and East African Cooperation, Ambassador Rehema Kilonzo, "
        "co-chaired the third session of the commission."
    )
    assert posts(read(text)) == {
        ("Rehema Kilonzo", "TZA", "Ministry of Foreign Affairs and East African Cooperation")
    }


def test_a_body_named_after_its_state_before_a_title(read) -> None:
    text = (
        "MOMBASA, Oct 14, 2026 (KNA): Tea Board of Kenya Chief Executive Officer Daniel Langat "
        "met Rwanda Defence Force Chief of Defence Staff General Jean-Bosco Mugenzi."
    )
    found = posts(read(text))
    assert ("Daniel Langat", "KEN", "Tea Board of Kenya") in found
    assert {country for name, country, _ in found if name == "Jean-Bosco Mugenzi"} == {"RWA"}


def test_an_interview_answer_speaks_for_the_one_answering(read) -> None:
    text = (
        "Interview | Observer Report\nPublished: October 7, 2024\n\n"
        "Tran Quang Hieu, Ambassador of Vietnam to Pakistan, spoke in a conversation with "
        "Pakistan Observer.\n\n"
        "Pakistan Observer: How is trade?\n\n"
        "TQH: Our main exports to Pakistan are tea and rubber, while we import cotton and "
        "leather from you.\n"
    )
    assert flows(read(text)) == {
        ("VNM", "PAK", "tea"),
        ("VNM", "PAK", "rubber"),
        ("PAK", "VNM", "cotton"),
        ("PAK", "VNM", "leather"),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The main buyers of Peruvian jumbo squid are China and Spain.",
            {("PER", "CHN", "jumbo squid"), ("PER", "ESP", "jumbo squid")},
        ),
        (
            "Namibia exported about 78 000 tonnes of charcoal in 2024, and the main buyers were "
            "Germany and South Africa.",
            {("NAM", "DEU", "charcoal"), ("NAM", "ZAF", "charcoal")},
        ),
        (
            "Brazilian frozen chicken is sold in supermarkets in Egypt.",
            {("BRA", "EGY", "frozen chicken")},
        ),
        (
            "Vietnamese robusta coffee reaches roasters in Germany.",
            {("VNM", "DEU", "robusta coffee")},
        ),
        ("Egyptian crushing plants source soybeans from Brazil.", {("BRA", "EGY", "soybeans")}),
        ("Devil's claw is exported by Namibia to Germany.", {("NAM", "DEU", "devil's claw")}),
        (
            "In 2024, Peru exported to South Korea: copper (US$1.92 billion) and zinc.",
            {("PER", "KOR", "copper"), ("PER", "KOR", "zinc")},
        ),
        (
            "Kwale county supplies almost all of the titanium ore that China buys from Kenya.",
            {("KEN", "CHN", "titanium ore")},
        ),
        (
            "Germany in turn is a major source of vehicles and machinery for Namibia.",
            {("DEU", "NAM", "vehicles"), ("DEU", "NAM", "machinery")},
        ),
        (
            "Hake fillets accounted for almost a fifth of the N$2.9 billion worth of goods Namibia "
            "shipped to Germany last year.",
            {("NAM", "DEU", "hake fillets")},
        ),
        (
            "Brazil is one of the most important suppliers of raw materials for Bangladesh.",
            set(),
        ),
        (
            "Home textiles have also found a steady market in Japan.",
            {("GBR", "JPN", "home textiles")},
        ),
        (
            "Dried peas account for a growing share of Canadian shipments to Morocco.",
            {("CAN", "MAR", "dried peas")},
        ),
        (
            "Morocco supplies Canada with phosphate fertilizers produced by the OCP Group.",
            {("MAR", "CAN", "phosphate fertilizers")},
        ),
        (
            "New Zealand sells Saudi Arabia dairy and meat.",
            {("NZL", "SAU", "dairy"), ("NZL", "SAU", "meat")},
        ),
        ("Uzbekistan supplies Malaysia mainly with cotton yarn.", {("UZB", "MYS", "cotton yarn")}),
        ("Pakistan sent China a proposal on trade.", set()),
        ("Most of Egypt's wheat comes from Russia.", {("RUS", "EGY", "wheat")}),
        ("Pakistani rice is in high demand in China.", {("PAK", "CHN", "rice")}),
        (
            "Zambian copper goes mainly to China and Switzerland.",
            {("ZMB", "CHN", "copper"), ("ZMB", "CHE", "copper")},
        ),
        (
            "Ghana's cocoa beans are bought mainly by the Netherlands.",
            {("GHA", "NLD", "cocoa beans")},
        ),
        ("Malaysia will export durians to China from next year.", set()),
        (
            "Belarusian carmaker MAZ supplies heavy trucks and buses to Vietnam.",
            {("BLR", "VNM", "heavy trucks"), ("BLR", "VNM", "buses")},
        ),
        ("Vietnamese exporters have also sent pepper to Minsk.", {("VNM", "BLR", "pepper")}),
        (
            "Indonesia is Australia's largest market for live cattle.",
            {("AUS", "IDN", "live cattle")},
        ),
        (
            "Uzbekistan's main exports to Türkiye: cotton yarn and copper cathodes.",
            {("UZB", "TUR", "cotton yarn"), ("UZB", "TUR", "copper cathodes")},
        ),
        (
            "Japan is the fourth-largest single-country buyer of Bangladeshi garments after "
            "Germany.",
            {("BGD", "JPN", "garments"), ("BGD", "DEU", "garments")},
        ),
    ],
)
def test_more_ways_of_telling_trade(read, sentence: str, expected: set) -> None:
    assert flows(read("LONDON, May 5, 2025 (Reuters): " + sentence)) == expected


def test_honorifics_of_many_countries(read) -> None:
    text = (
        "SUVA, March 12, 2025 (FBC News): The Deputy Prime Minister and Minister for Trade, "
        "Co-operatives, Micro, Small and Medium Enterprises and Communications, Ratu Josefa "
        "Tuiloma Vakarau, met Malaysia's envoy, Datin Paduka Norazlina Mohd Yusof, and the "
        "Ambassador of Mexico, Excma. Sra. Mariana Cordero Luján."
    )
    assert {name for name, _, _ in posts(read(text))} == {
        "Josefa Tuiloma Vakarau",
        "Norazlina Mohd Yusof",
        "Mariana Cordero Luján",
    }


def test_an_invitation_to_visit_is_no_visit(read) -> None:
    text = (
        "NAIROBI, May 14, 2024 (KNA): Ms. Hien handed over a letter from Minister Chau and invited "
        "the Kenyan minister, Rebecca Otieno, to visit Vietnam at a mutually convenient time. "
        "Trade Minister Park extended an invitation to Al-Otaibi to visit Seoul next year."
    )
    assert [e for e in read(text).events if e.kind == "visit"] == []


def test_on_the_same_day_is_the_day_of_the_event_before(read) -> None:
    text = (
        "ACCRA, March 6, 2024 (GNA): On Tuesday, Canada's Trade Minister Danielle Tremblay-Ross "
        "held talks with Ghana's Trade Minister Kofi Asante-Boakye in Accra. Meanwhile, on the "
        "same day, Canada's High Commissioner Marc Belanger called on COCOBOD Chief Executive "
        "Emmanuel Darko at Cocoa House."
    )
    assert {e.date.day for e in read(text).events if e.kind == "meeting"} == {5}


def test_a_state_s_ministry_told_after_the_state(read) -> None:
    text = (
        "RIYADH, Oct 22, 2024 (SPA): Minister of Investment Faisal Al-Otaibi received today the "
        "Minister for Trade of the Republic of Korea's Ministry of Trade, Industry and Energy, "
        "Park Sung-min, and his delegation."
    )
    assert ("Park Sung-min", "KOR", "Ministry of Trade, Industry and Energy") in posts(read(text))


def test_shipped_to_the_country_is_the_country_named_last(read) -> None:
    text = (
        "MANILA, Nov 5, 2024 (PNA): New Zealand is among the biggest suppliers of milk powder to "
        "the Philippines and also ships butter and beef to the country."
    )
    assert flows(read(text)) == {
        ("NZL", "PHL", "milk powder"),
        ("NZL", "PHL", "butter"),
        ("NZL", "PHL", "beef"),
    }


def test_a_quoted_nickname_is_no_part_of_the_name(read) -> None:
    text = (
        'MANILA, Nov 5, 2024 (PNA): On Monday, he held talks with Trade Secretary Ramon "Bong" '
        "Villareal. Villareal is expected to lead a trade mission to Auckland in March 2025."
    )
    facts = read(text)
    assert {p.person.name for p in facts.posts} == {"Ramon Villareal"}
    assert {p.name for e in facts.events for p in e.participants} == {"Ramon Villareal"}


def test_us_in_a_quote_is_the_speaker_s_country(read) -> None:
    text = (
        'WINDHOEK, Nov 7, 2024 (New Era): "Germany supplies us with machinery and '
        'pharmaceuticals," Namibian Trade Minister Lucia Nangolo-Shipepe said.'
    )
    assert flows(read(text)) == {("DEU", "NAM", "machinery"), ("DEU", "NAM", "pharmaceuticals")}


def test_a_mongolian_name_without_its_initial_is_the_same_person(read) -> None:
    text = (
        "ULAANBAATAR, April 15, 2025 (MONTSAME): Minister of Economy and Development "
        "G.Erdenebulgan received Secretary of State Tomasz Wierzbicki. Minister Erdenebulgan "
        "noted that trade grew."
    )
    assert {p.person.name for p in read(text).posts} == {"G.Erdenebulgan", "Tomasz Wierzbicki"}


def test_an_envoy_calls_on_an_official_of_the_host_state(read) -> None:
    text = (
        "MANILA, Nov 5, 2024 (PNA): Meanwhile, in Wellington, Philippine Ambassador to New "
        "Zealand Lourdes Salcedo-Reyes called on Associate Minister of Foreign Affairs Mereana "
        "Te Huia last week. Minister Cruz was accompanied by Philippine Ambassador to Japan "
        "Maria Santos and Trade Secretary Ramon Villareal."
    )
    found = posts(read(text))
    assert ("Mereana Te Huia", "NZL", "Ministry of Foreign Affairs") in found
    assert {c for name, c, _ in found if name == "Ramon Villareal"} == {"PHL"}


def test_stays_plans_and_delegations(read) -> None:
    head = "RABAT, July 11, 2025 (MAP): "
    stay = read(
        head + "Minister Karim Bennani held talks on Thursday in Rabat with Canada's Minister of "
        "International Trade, Daniel Côté, who is paying a working visit to the Kingdom."
    )
    assert [(e.date.iso(), e.participants[0].name) for e in stay.events if e.kind == "visit"] == [
        ("2025-07", "Daniel Côté")
    ]
    plan = read(
        head + "The two sides agreed to hold the next session of the Morocco-Canada Joint "
        "Economic Commission in Ottawa in early 2026."
    )
    assert [e.date.iso() for e in plan.events] == ["2026"]
    guests = read(
        head + "Trade Minister Selma Nangolo spoke at a forum attended by a German business "
        "delegation that arrived in Rabat on Monday."
    )
    assert [(e.kind, e.participants) for e in guests.events] == [("visit", ())]


def test_the_arrival_day_of_a_closing_clause_is_not_the_meeting_s(read) -> None:
    text = (
        "DAKAR, Feb 4, 2025 (APS): The meeting was co-chaired by Senegal's Minister of "
        "Trade Serigne Mbacké Fall and India's Minister of State for Commerce Anupriya Raghavan, "
        "who arrived in Dakar on Sunday at the head of a delegation."
    )
    dates = {e.kind: e.date.day for e in read(text).events}
    assert dates == {"meeting": 4, "visit": 2}


def test_plans_told_with_the_day_inside_or_by_a_tour(read) -> None:
    text = (
        "NAIROBI, Feb 3, 2025 (KNA): Ambassador Hossam Abdel-Rahman will on Wednesday tour a tea "
        "factory in Murang'a. Canada's Trade Minister Anne-Marie Lachance began a regional tour "
        "in Lima that will also take her to Quito later this month."
    )
    planned = {(e.participants[0].name, e.date.iso()) for e in read(text).events if e.planned}
    assert planned == {("Hossam Abdel-Rahman", "2025-02-05"), ("Anne-Marie Lachance", "2025-02")}


def test_a_speaker_aside_is_not_the_subject_of_a_visit(read) -> None:
    text = (
        "WARSAW, March 13, 2025 (PAP): Ambassador Tomasz Grabowski spoke. Pakistani surgical "
        "instruments, he added, also reached Polish hospitals through distributors in Gdansk."
    )
    assert read(text).events == []


def test_a_gerund_clause_before_a_country_ends_a_list(read) -> None:
    text = (
        "AMMAN, Feb 3, 2025 (Petra): Al-Majali said Iraq is one of the most important markets "
        "for Jordanian products, stressing the Kingdom's keenness to implement the outcomes."
    )
    assert flows(read(text)) == set()


def test_a_city_where_goods_are_sold_or_reach_trades_as_its_state(read) -> None:
    sold = read(
        "CAIRO, May 5, 2025 (MENA): Brazilian frozen chicken is sold in supermarkets in Cairo "
        "and Alexandria."
    )
    assert flows(sold) == {("BRA", "EGY", "frozen chicken")}
    reach = read(
        "RABAT, May 5, 2025 (MAP): Tomatoes from the Souss-Massa region reach Montreal through "
        "the port of Agadir, with the winter season accounting for most of the volumes."
    )
    assert flows(reach) == {("MAR", "CAN", "tomatoes")}


def test_a_regional_nominal_opening_a_sentence_is_the_country_named_before(read) -> None:
    text = (
        "DUBAI, May 5, 2025 (WAM): Kazakhstan is a big wheat supplier. The Central Asian "
        "country also ships sunflower oil and frozen lamb to the UAE."
    )
    assert flows(read(text)) == {("KAZ", "ARE", "sunflower oil"), ("KAZ", "ARE", "frozen lamb")}


def test_our_goods_going_somewhere_are_the_speaker_s_exports(read) -> None:
    text = (
        'HANOI, May 5, 2025 (VNA): "Our rubber goes to Belarusian tyre plants," Vietnamese '
        "Deputy Minister Nguyen Sinh Nhat Tan said."
    )
    assert flows(read(text)) == {("VNM", "BLR", "rubber")}


def test_an_answer_opening_the_story_speaks_for_the_one_answering(read) -> None:
    text = (
        "Tran Quang Hieu: Our main exports to Pakistan are tea and rubber.\n\n"
        "Tran Quang Hieu, Ambassador of Vietnam to Pakistan, gave the interview in Islamabad.\n"
    )
    assert flows(read(text)) == {("VNM", "PAK", "tea"), ("VNM", "PAK", "rubber")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a regional nominal in the possessive: the article's country of that region
            "DUBAI, May 5, 2025 (WAM): Kazakhstan and the UAE signed deals. Kazakhstan is one "
            "of the Gulf state's main sources of wheat and barley.",
            {("KAZ", "ARE", "wheat"), ("KAZ", "ARE", "barley")},
        ),
        (  # a direction stated with no products, then 'They include' and 'came next'
            "ANKARA, May 5, 2025 (AA): Turkish goods sold to Uzbekistan are largely "
            "manufactured. They include machinery and plastics.",
            {("TUR", "UZB", "machinery"), ("TUR", "UZB", "plastics")},
        ),
        (
            "LIMA, Aug. 21, 2024 (ANDINA): Peruvian exports to South Korea totalled US$2.9 "
            "billion. Copper concentrates topped the list; zinc and giant squid came next.",
            {
                ("PER", "KOR", "copper concentrates"),
                ("PER", "KOR", "zinc"),
                ("PER", "KOR", "giant squid"),
            },
        ),
        (  # 'his country' is the country of the one 'his' stands for
            "DOHA, Nov. 3, 2025 (QNA): For his part, the Pakistani minister said his "
            "country's exports to Qatar include basmati rice and chilled mutton.",
            {("PAK", "QAT", "basmati rice"), ("PAK", "QAT", "chilled mutton")},
        ),
        (  # a capital that buys; the rivals after an aside buy too
            "COLOMBO, June 5, 2024 (Daily FT): Baghdad bought 18.2 million kg of Sri Lankan "
            "tea during the period.",
            {("LKA", "IRQ", "tea")},
        ),
        (
            "ACCRA, Oct. 16, 2024 (GNA): Switzerland remained the leading destination for "
            "Ghana's gold, taking about 40 per cent of the bullion exported, followed by South "
            "Africa and India.",
            {("GHA", "CHE", "gold"), ("GHA", "ZAF", "gold"), ("GHA", "IND", "gold")},
        ),
        (  # rivals with their shares in brackets
            "NAIROBI, May 5, 2025 (KNA): Pakistan is the largest buyer of Kenyan tea, followed "
            "by Egypt (18 percent) and Russia (9 percent).",
            {("KEN", "PAK", "tea"), ("KEN", "EGY", "tea"), ("KEN", "RUS", "tea")},
        ),
        (  # buyers' firms, and shares and participles cut from the product
            "HANOI, May 5, 2025 (VNA): Vietnamese importers brought in more than 9,000 tonnes "
            "of Chilean cherries. Kenya already supplies most of the tea drunk in Pakistan.",
            {("CHL", "VNM", "cherries"), ("KEN", "PAK", "tea")},
        ),
        (  # a firm or region shipping to a city: the exporter is the country the story is about
            "KUALA LUMPUR, May 5, 2025 (Bernama): Malaysia and Bangladesh held talks. Sarawak's "
            "timber mills, meanwhile, ship sawn timber to Chittagong.",
            {("MYS", "BGD", "sawn timber")},
        ),
        (  # the other republic, not the one whose exports these are
            "ISLAMABAD, Feb. 4, 2026 (APP): Pakistan and Indonesia held talks. Pakistan's "
            "exports to the republic comprise rice and cotton yarn.",
            {("PAK", "IDN", "rice"), ("PAK", "IDN", "cotton yarn")},
        ),
    ],
)
def test_trade_told_through_references_and_rankings(read, text: str, expected: set) -> None:
    assert flows(read(text)) == expected


def test_a_letter_sent_is_no_trade(read) -> None:
    text = (
        "ULAANBAATAR, May 3, 2025 (MONTSAME): Last year, President of Mongolia sent a letter "
        "of congratulations to the Polish President."
    )
    assert flows(read(text)) == set()


def test_talks_held_between_two_people_in_a_city(read) -> None:
    text = (
        "Rabat, 22/01/2025 (MAP) - These figures were at the heart of talks held Tuesday in "
        "Rabat between the Minister of Industry and Trade, Karim Zidane Bennani, and the "
        "Ambassador of Canada to Morocco, Catherine Lavoie-Gauthier."
    )
    assert events(read(text)) == {
        (
            "meeting",
            ("Catherine Lavoie-Gauthier", "Karim Zidane Bennani"),
            "Rabat",
            "2025-01-21",
            False,
        )
    }


def test_mr_makes_a_man_whom_him_refers_to(read) -> None:
    text = (
        "ACCRA, Oct. 16, 2024 (GNA) - Mr Kwabena Owusu-Ansah, the Minister for Trade and "
        "Industry, "
        "has called on Swiss businesses to invest in Ghana.\n\n"
        "He made the call when Mrs Beatrice Künzli-Marti, the Ambassador of Switzerland to "
        "Ghana, paid a courtesy call on him in Accra on Tuesday. The Secretariat is hosted in "
        "Accra."
    )
    assert events(read(text)) == {
        (
            "meeting",
            ("Beatrice Künzli-Marti", "Kwabena Owusu-Ansah"),
            "Accra",
            "2024-10-15",
            False,
        )
    }


def test_an_envoy_s_residence_in_brackets_is_no_venue(read) -> None:
    facts = read(
        "MINSK, 18 February 2025 (BelTA) - Minister of Industry of Belarus Viktor Lapunov met "
        "with Ambassador of Zimbabwe to Belarus (residence in Moscow) Tendai Mupfumira in Minsk "
        "on 18 February."
    )
    assert ("Tendai Mupfumira", "ZWE", "Embassy of Zimbabwe") in posts(facts)
    assert events(facts) == {
        ("meeting", ("Tendai Mupfumira", "Viktor Lapunov"), "Minsk", "2025-02-18", False)
    }


def test_one_who_accompanies_serves_the_state_of_the_one_accompanied(read) -> None:
    facts = read(
        "ANKARA, Feb. 13, 2025 (AA) - Ethiopia's Minister of Trade Tesfaye Alemu Bekele met "
        "Turkish Deputy Trade Minister Omer Faruk Yildirim in Ankara on Thursday.\n\n"
        "Tesfaye was accompanied by the State Minister of Foreign Affairs, Ambassador "
        "Birtukan Ayele Gebremedhin."
    )
    assert ("Birtukan Ayele Gebremedhin", "ETH", "Ministry of Foreign Affairs") in posts(facts)


def test_a_secretary_of_state_at_a_state_s_ministry_is_the_one_visiting(read) -> None:
    facts = read(
        "CHISINAU, 21 November 2024 (Moldpres) - Deputy Prime Minister Victor Ciobanu today "
        "met the Secretary of State at Poland's Ministry of Development and Technology, Michał "
        "Wróblewski, who is on a three-day visit to Moldova."
    )
    assert ("Michał Wróblewski", "POL", "Ministry of Development and Technology") in posts(facts)
    assert events(facts) == {
        ("visit", ("Michał Wróblewski",), "Moldova", "2024-11", False),
        ("meeting", ("Michał Wróblewski", "Victor Ciobanu"), "Moldova", "2024-11-21", False),
    }


def test_exports_told_without_a_destination_have_no_importer(read) -> None:
    text = (
        "ANKARA, Feb. 13, 2025 (AA) - Mongolia, whose exports are dominated by coal and copper "
        "concentrate, is seeking new markets. Ethiopia, Africa's largest coffee producer, earns "
        "most of its foreign currency from exports of coffee and cut flowers."
    )
    assert flows(read(text)) == {
        ("MNG", None, "coal"),
        ("MNG", None, "copper concentrate"),
        ("ETH", None, "coffee"),
        ("ETH", None, "cut flowers"),
    }


def test_a_ministry_for_a_people_abroad_keeps_its_whole_name(read) -> None:
    facts = read(
        "TUNIS, June 12, 2025 (TAP) - The Senegalese minister was received by Minister of "
        "Foreign Affairs, Migration and Tunisians Abroad Hatem Belhaj. Federal Minister for "
        "Overseas Pakistanis and Human Resource Development Chaudhry Salik Hussain also met him."
    )
    assert {
        ("Hatem Belhaj", "Ministry of Foreign Affairs, Migration and Tunisians Abroad"),
        (
            "Chaudhry Salik Hussain",
            "Ministry of Overseas Pakistanis and Human Resource Development",
        ),
    } <= {(name, organization) for name, _, organization in posts(facts)}


def test_a_call_at_the_latter_s_office_at_a_place_is_there(read) -> None:
    text = (
        "KATHMANDU, Jan 23, 2025 (RSS) - Ambassador of Bangladesh to Nepal Md Rezaul Karim "
        "Chowdhury paid a courtesy call on Minister for Industry, Commerce and Supplies Damodar "
        "Prasad Bhandari at the latter's office at Singha Durbar on Thursday."
    )
    ((kind, _, place, date, _),) = events(read(text))
    assert (kind, place, date) == ("meeting", "Singha Durbar", "2025-01-23")


def test_a_product_told_again_by_a_general_noun_is_the_one_told_before(read) -> None:
    text = (
        "ISLAMABAD, Jan. 5, 2025 (APP): Pakistan exports kinnow and rice to Kenya. Punjab's "
        "growers also ship the citrus to Mombasa. Canadian farmers send the grain to Jakarta."
    )
    assert flows(read(text)) == {("PAK", "KEN", "kinnow"), ("PAK", "KEN", "rice")}


def test_products_exported_to_a_country_were_and_a_list_under_it(read) -> None:
    text = (
        "CHISINAU, 18 February 2025 (MOLDPRES) - The main products exported to Romania in 2024 "
        "were:\n- sunflower seeds (18.1 percent of shipments to Romania);\n- wheat (9.7 "
        "percent);\n- fresh apples (3.1 percent).\n\nRomania took 60 percent of all exports."
    )
    assert flows(read(text)) == {
        ("MDA", "ROU", "sunflower seeds"),
        ("MDA", "ROU", "wheat"),
        ("MDA", "ROU", "fresh apples"),
    }


def test_a_colon_passes_the_direction_to_the_list_under_it(read) -> None:
    text = (
        "SUVA, July 22, 2024 (FBC News) - Domestic exports to New Zealand reached $118.4 "
        "million last year. Three products accounted for more than two thirds of that amount:"
        "\n\n- Bottled mineral water – $48.2 million\n- Kava – $21.7 million\n\n"
        "The two-way trade stood at around $400 million in fiscal year 2023-24."
    )
    assert flows(read(text)) == {
        ("FJI", "NZL", "bottled mineral water"),
        ("FJI", "NZL", "kava"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a bullet list under a sentence ending in a colon that states the direction
            "ACCRA, March 5, 2025 (GNA) - Ghana's main exports to the Netherlands in 2024 were:"
            "\n\n- cocoa beans (€612 million)\n- cashew nuts (€41 million)\n\n"
            "The Netherlands supplied Ghana with machinery.",
            {
                ("GHA", "NLD", "cocoa beans"),
                ("GHA", "NLD", "cashew nuts"),
                ("NLD", "GHA", "machinery"),
            },
        ),
        (  # the buyers after the goods: 'with X and Y the main buyers'
            "NAIROBI, May 5, 2025 (KNA): Kenya exported 500,000 tonnes of tea last year, with "
            "Pakistan and Egypt the main buyers. Ukraine's own fish exports remained modest at "
            "USD 21.9 million, with Moldova and Georgia the main buyers.",
            {
                ("KEN", "PAK", "tea"),
                ("KEN", "EGY", "tea"),
                ("UKR", "MDA", "fish"),
                ("UKR", "GEO", "fish"),
            },
        ),
        (  # a share of the buyer's imports held by the seller's firms; the rest supplied by
            "KYIV, May 5, 2025 (Ukrinform): Norwegian exporters accounted for 56.8% of "
            "Ukraine's fish imports. Romania supplied 41 percent of Jordan's wheat imports, "
            "with the rest supplied mainly by Ukraine and Bulgaria.",
            {
                ("NOR", "UKR", "fish"),
                ("ROU", "JOR", "wheat"),
                ("UKR", "JOR", "wheat"),
                ("BGR", "JOR", "wheat"),
            },
        ),
        (  # 'the Nth-largest A market / supplier' with the rival after it
            "ADDIS ABABA, May 5, 2025 (ENA): Saudi Arabia had become Ethiopia's second-largest "
            "coffee market after Germany. Kenya is Pakistan's largest tea supplier. Indonesia "
            "is Chile's gateway to a market of 680 million people.",
            {("ETH", "SAU", "coffee"), ("ETH", "DEU", "coffee"), ("KEN", "PAK", "tea")},
        ),
        (  # 'the Nth-largest source of imports ..., supplying'; goods bought 'worth ..., mainly'
            "DAR ES SALAAM, May 5, 2025 (Daily News): India was also Tanzania's second-largest "
            "source of imports after China, supplying pharmaceuticals and motorcycles. Peru "
            "bought Korean goods worth US$1.21 billion, mainly motor vehicles and tires.",
            {
                ("IND", "TZA", "pharmaceuticals"),
                ("IND", "TZA", "motorcycles"),
                ("KOR", "PER", "motor vehicles"),
                ("KOR", "PER", "tires"),
            },
        ),
        (  # more items told by their amount; 'the bulk of it'; an adverb before the goods
            "MUSCAT, May 5, 2025 (ONA): Omani exports to Thailand are dominated by crude oil, "
            "with smaller volumes of methanol and urea shipped from Sohar. Irish goods exports "
            "to Mexico were worth €1.9 billion, the bulk of it pharmaceuticals. Argentina sells "
            "Australia mainly peanuts and wine.",
            {
                ("OMN", "THA", "crude oil"),
                ("OMN", "THA", "methanol"),
                ("OMN", "THA", "urea"),
                ("IRL", "MEX", "pharmaceuticals"),
                ("ARG", "AUS", "peanuts"),
                ("ARG", "AUS", "wine"),
            },
        ),
        (  # 'Latin America' names no country; bottles are an amount; the goods told again
            "SANTIAGO, May 5, 2025 (Xinhua): Chile is one of Latin America's largest buyers of "
            "Indonesian palm oil. Georgia exported 110.4 million bottles (0.75 litre) of wine. "
            "China is the largest buyer of Chile's cherries, absorbing 90 percent of the South "
            "American country's exports of the fruit.",
            {("IDN", "CHL", "palm oil"), ("GEO", None, "wine"), ("CHL", "CHN", "cherries")},
        ),
        (  # a direction stated in the sentence's first clause, then a share of that amount
            "LIMA, Aug. 21, 2024 (ANDINA): Peruvian shipments to South Korea totaled US$2.41 "
            "billion, and copper concentrates accounted for more than half of that amount, "
            "followed by zinc concentrates and fishmeal.",
            {
                ("PER", "KOR", "copper concentrates"),
                ("PER", "KOR", "zinc concentrates"),
                ("PER", "KOR", "fishmeal"),
            },
        ),
        (  # the other suppliers after an aside; the seller's goods arriving in the buyer
            "AMMAN, May 5, 2025 (Petra): Jordan buys most of its wheat from Romania, which "
            "accounted for about 41 percent of the quantities contracted in 2024, with the rest "
            "supplied mainly by Ukraine and Bulgaria. Most of the Norwegian fish arriving in "
            "Ukraine is herring and salmon.",
            {
                ("ROU", "JOR", "wheat"),
                ("UKR", "JOR", "wheat"),
                ("BGR", "JOR", "wheat"),
                ("NOR", "UKR", "herring"),
                ("NOR", "UKR", "salmon"),
            },
        ),
        (  # the seller after the goods bought; a buyer 'followed by' another buys too
            "KYIV, May 5, 2025 (Ukrinform): In 2024, Ukraine imported 152,300 tonnes of fish "
            "worth USD 548.7 million, with Norway remaining by far the largest supplier. India "
            "bought 212,400 tonnes of cashew nuts from Tanzania, followed by Vietnam.",
            {("NOR", "UKR", "fish"), ("TZA", "IND", "cashew nuts")},
        ),
        (  # a demonym's goods topping the list of those sold in a market, an aside, more
            "TUNIS, March 4, 2025 (TAP) - Tunisian olive oil topped the list of products sold "
            "on the Polish market, accounting for 27% of the value of shipments to Poland, "
            "followed by electrical wires and cables, largely produced by plants in Sousse, as "
            "well as ready-made garments.",
            {
                ("TUN", "POL", "olive oil"),
                ("TUN", "POL", "electrical wires and cables"),
                ("TUN", "POL", "ready-made garments"),
            },
        ),
        (  # 'the biggest export item to'; 'It was followed by' in the next sentence
            "KUALA LUMPUR, May 5, 2025 (Bernama) -- Malaysian palm oil remained the biggest "
            "export item to Peru, with most of the cargo loaded at Pasir Gudang. It was "
            "followed by rubber gloves and machinery, according to data.",
            {
                ("MYS", "PER", "palm oil"),
                ("MYS", "PER", "rubber gloves"),
                ("MYS", "PER", "machinery"),
            },
        ),
        (  # the biggest import item from a country: the outlet's country bought it
            "ABU DHABI, 14th May, 2025 (WAM) -- Kazakh copper cathodes were the biggest import "
            "item from the Central Asian country, followed by ferroalloys and wheat. Raw sugar "
            "and beef, meanwhile, were among the other main items that the UAE purchased from "
            "Brazil. South African oranges have gained ground among Vietnamese consumers.",
            {
                ("KAZ", "ARE", "copper cathodes"),
                ("KAZ", "ARE", "ferroalloys"),
                ("KAZ", "ARE", "wheat"),
                ("BRA", "ARE", "raw sugar"),
                ("BRA", "ARE", "beef"),
                ("ZAF", "VNM", "oranges"),
            },
        ),
    ],
)
def test_trade_told_by_buyers_shares_and_lists(read, text: str, expected: set) -> None:
    assert flows(read(text)) == expected


def test_a_local_office_told_by_its_place_serves_the_state_of_that_place(read) -> None:
    facts = read(
        "ISLAMABAD, Nov. 13, 2025 (APP): On Tuesday, the minister travelled to Samarkand, "
        "where he called on the region's khokim (governor), Akmal Nazarov. SA's exports to "
        "Germany grew."
    )
    assert ("Akmal Nazarov", "UZB", "Government of Uzbekistan") in posts(facts)
    assert not any(product.endswith("'s") for _, _, product in flows(facts))


def test_a_visit_after_and_or_before_is_the_main_clause_s_subject_s(read) -> None:
    facts = read(
        "BAKU, September 15, 2025 (AZERTAC): Lithuanian Vice-Minister Ruta Kazlauskiene "
        "arrived in Baku. She will travel to Ganja on September 17, where she is expected to "
        "meet with Head of Ganja City Executive Power Nizami Shahbazov and visit the Ganja "
        "Automobile Plant. On Friday she is scheduled to meet Trade Minister Mikayil Jabbarov "
        "at the ministry before flying to Vilnius."
    )
    visitors = {(place, people) for kind, people, place, _, _ in events(facts) if kind == "visit"}
    assert ("Ganja Automobile Plant", ("Ruta Kazlauskiene",)) in visitors
    assert ("Vilnius", ("Ruta Kazlauskiene",)) in visitors
    assert not any("Nizami Shahbazov" in p or "Mikayil Jabbarov" in p for _, p in visitors)


def test_a_day_told_from_the_meeting_before_is_counted_from_it(read) -> None:
    facts = read(
        "PRETORIA, May 15, 2025 (SAnews) - German State Secretary Katrin Hoffmann met Trade "
        "Minister Zodwa Mthembu in Cape Town on Tuesday (May 13). The day before, Ms Hoffmann "
        "had met Premier Kagiso Dlamini in Johannesburg."
    )
    dates = {place: date for kind, _, place, date, _ in events(facts) if kind == "meeting"}
    assert dates == {"Cape Town": "2025-05-13", "Johannesburg": "2025-05-12"}


def test_a_country_of_two_words_ends_a_portfolio_and_a_town_may_end_a_name(read) -> None:
    facts = read(
        "MUSCAT, Nov. 11, 2025 (ONA) -- The minister received Hon. Graham Whitcombe, Minister "
        "for Trade and Investment of New Zealand. He also met Ramon P. Villanueva, Secretary "
        "of Trade and Industry of the Philippines."
    )
    assert {(name, country) for name, country, _ in posts(facts)} >= {
        ("Graham Whitcombe", "NZL"),
        ("Ramon P. Villanueva", "PHL"),
    }
    assert "Zealand" not in {name for name, _, _ in posts(facts)}


def test_the_visiting_minister_is_not_one_serving_the_home_country(read) -> None:
    facts = read(
        "Muscat, Nov 11, 2025 (ONA) -- Dr. Saleh bin Hamad Al Harthy, Minister of Commerce, "
        "received today Hon. Graham Whitcombe, Minister for Trade and Investment of New "
        "Zealand. The visiting minister arrived in Sohar yesterday."
    )
    visits = {(place, people) for kind, people, place, _, _ in events(facts) if kind == "visit"}
    assert ("Sohar", ("Graham Whitcombe",)) in visits


def test_the_hon_between_title_and_name_is_an_honorific(read) -> None:
    facts = read(
        "CANBERRA, Sept 20, 2025 (AAP) - Australia's Minister for Trade and Tourism, Senator "
        "the Hon. Catherine McAllister, arrived in Buenos Aires on Tuesday."
    )
    assert ("Catherine McAllister", "AUS", "Ministry of Trade and Tourism") in posts(facts)


def test_a_place_joined_to_a_participle_and_a_country_before_a_title(read) -> None:
    facts = read(
        "ISLAMABAD, Jun 11, 2025 (APP): Pakistan buys Kenyan tea. Mombasa-shipped tea also "
        "went to Egypt and the United Arab Emirates, the envoy noted. The rest of the crop "
        "went to Sudan."
    )
    assert flows(facts) == {
        ("KEN", "PAK", "tea"),
        ("KEN", "EGY", "tea"),
        ("KEN", "ARE", "tea"),
        ("KEN", "SDN", "tea"),
    }  # 'The rest of the crop': the tea the sentence before sold, by its seller
    assert not posts(facts)  # 'Arab Emirates, the envoy': no person


def test_an_envoy_on_a_tour_is_accompanied_by_the_hosts_officials(read) -> None:
    facts = read(
        "HARARE, March 20, 2025 (The Herald) - Chinese Ambassador to Zimbabwe Mr Wang Lixin "
        "toured the auction floors. The envoy was accompanied by the Minister of Lands, "
        "Agriculture and Rural Development, Dr Tendai Moyo."
    )
    assert ("Tendai Moyo", "ZWE") in {(name, country) for name, country, _ in posts(facts)}


def test_an_earlier_session_told_with_its_year_is_a_meeting_of_its_own(read) -> None:
    facts = read(
        "BAKU, September 16, 2025 (AZERTAC): Lithuanian Vice-Minister Ruta Kazlauskiene met "
        "Deputy Foreign Minister Elnur Mammadli at the Ministry of Foreign Affairs. She noted "
        "that the talks continued the previous round of consultations held in Vilnius in "
        "October 2023. The consultations were co-chaired by the two deputy ministers."
    )
    found = {(kind, place, date) for kind, _, place, date, _ in events(facts)}
    assert ("meeting", "Vilnius", "2023-10") in found
    assert ("meeting", "Ministry of Foreign Affairs", "2025-09-16") in found


def test_talks_told_with_day_and_place_first_and_onward_legs(read) -> None:
    facts = read(
        "ABU DHABI, May 14, 2025 (WAM) -- Minister Saeed Al Mazrouei held talks on Tuesday in "
        "Abu Dhabi with Kazakh Minister Arman Seitkaliyev, before Seitkaliyev travelled on to "
        "Doha. Belgian Minister Pieter Declercq is expected in Gaborone in September."
    )
    found = {(kind, place, people, planned) for kind, people, place, _, planned in events(facts)}
    assert ("meeting", "Abu Dhabi", ("Arman Seitkaliyev", "Saeed Al Mazrouei"), False) in found
    assert ("visit", "Doha", ("Arman Seitkaliyev",), False) in found
    assert ("visit", "Gaborone", ("Pieter Declercq",), True) in found


def test_with_no_home_country_an_unqualified_title_serves_one_of_the_two_sides(read) -> None:
    facts = read(
        "Peru and Finland seek closer ties\n\n2025-02-19\n\nFinland's Minister for Foreign "
        "Trade, Antti Makela, is in Peru with Peru's Ambassador to Finland, Ana Rojas. He held "
        "a working meeting in Lima with Minister of Energy and Mines Jorge Luis Paredes. Peru "
        "buys Finnish machinery, and Peru and Finland also discussed Bolivia."
    )
    assert ("Jorge Luis Paredes", "PER") in {(name, country) for name, country, _ in posts(facts)}


def test_a_weekday_of_last_week_and_a_day_counted_from_a_date_in_the_sentence(read) -> None:
    facts = read(
        "LUSAKA, 9 October 2025 (ZNBC) - Minister of Mines Paul Chanda, who led a 12-member "
        "delegation to Poland, said the visit went well. The delegation arrived in Warsaw on "
        "September 29 and toured the Port of Gdansk the following day. On Thursday last week, "
        "the minister held talks with Poland's Minister of Industry, Ms Anna Nowak, before the "
        "team travelled to Katowice on Friday to visit the Silesian Mining Fair, which draws "
        "firms now working in Zambia. The delegation was also expected to meet Poland's Prime "
        "Minister, but the meeting was cancelled."
    )
    found = events(facts)
    assert ("visit", ("Paul Chanda",), "Port of Gdansk", "2025-09-30", False) in found
    # the weekday of last week; the place is not the one of the clause after 'before'
    meetings = {e for e in found if e[0] == "meeting"}
    assert meetings == {("meeting", ("Anna Nowak", "Paul Chanda"), "Warsaw", "2025-10-02", False)}
    # the team, not the minister met, travelled on
    assert {e[1] for e in found if e[2] == "Silesian Mining Fair"} == {("Paul Chanda",)}


def test_a_visiting_group_told_after_a_visit_meets_on_its_day_at_its_place(read) -> None:
    facts = read(
        "Accra, Ghana — Thursday, May 8, 2025\n\nBrazil's Minister of Agriculture Carlos Mendes "
        "arrived in Accra on Sunday at the head of a 20-member delegation of officials and "
        "business leaders. Yesterday, the delegation flew to Kumasi, where it toured the "
        "Kumasi Cocoa Research Centre. The visitors were received by Ghana Cocoa Board Chief "
        "Executive Dr Kwame Boateng, who briefed them on this year's harvest."
    )
    found = events(facts)
    assert (
        "visit",
        ("Carlos Mendes",),
        "Kumasi Cocoa Research Centre",
        "2025-05-07",
        False,
    ) in found
    assert (
        "meeting",
        ("Carlos Mendes", "Kwame Boateng"),
        "Kumasi Cocoa Research Centre",
        "2025-05-07",
        False,
    ) in found


def test_a_lower_case_portfolio_with_the_and_lower_case_words(read) -> None:
    facts = read(
        "RIGA, 4 June 2025 (LETA) - Ambassador Tomas Berg later sat down with the minister of "
        "the economy and innovation, Inga Ozola, and the vice minister of agriculture and "
        "rural development, Janis Liepa."
    )
    found = {(name, org) for name, _, org in posts(facts)}
    assert ("Inga Ozola", "Ministry of Economy and Innovation") in found
    assert ("Janis Liepa", "Ministry of Agriculture and Rural Development") in found


def test_a_surname_inside_another_full_name_is_not_the_person_known_by_it(read) -> None:
    facts = read(
        "Lima, Oct. 17, 2024 (ANDINA). The meeting was attended by the vice minister of trade, "
        "Alfredo Rengifo Salas. Ambassador Choi Young-hwan travelled last week to Arequipa, "
        "where he met Mario Chavez Salas and toured a farm. He last met Minister Teresa Valdivia "
        "in early April in Lima."
    )
    found = events(facts)
    assert not any("Alfredo Rengifo Salas" in e[1] and e[2] == "Arequipa" for e in found)
    assert ("visit", ("Choi Young-hwan",), "Arequipa", "2024-10", False) in found
    assert ("meeting", ("Choi Young-hwan", "Teresa Valdivia"), "Lima", "2024-04", False) in found


def test_a_title_of_a_regional_government_and_its_title_after_a_country_subject(read) -> None:
    facts = read(
        "DODOMA, 3 March 2025 (TNA) - The talks were attended by Ali Suleiman Omar, Minister of "
        "Tourism of the Revolutionary Government of Zanzibar. Uruguay sees Tanzania as a gateway "
        "to East Africa, said its Minister of Livestock, Agriculture and Fisheries Ana Pereira."
    )
    found = {(name, country) for name, country, _ in posts(facts)}
    assert ("Ali Suleiman Omar", "TZA") in found
    assert ("Ana Pereira", "URY") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Philippines bought 87,420 tonnes of Cambodian rice in 2024, making it the "
            "third-largest buyer after China and France.",
            {("KHM", "PHL", "rice"), ("KHM", "CHN", "rice"), ("KHM", "FRA", "rice")},
        ),
        (
            "Estonian importers bought 2.1 million bottles of Moldovan wine last year.",
            {("MDA", "EST", "wine")},
        ),
        ("Germany is the biggest buyer of Kenyan coffee.", {("KEN", "DEU", "coffee")}),
        (
            "Myrrh from the Sanaag region continued to find buyers in China and Qatar.",
            {("SOM", "CHN", "myrrh"), ("SOM", "QAT", "myrrh")},
        ),
        (
            "Kuwait bought 50,000 goats in the period, while 12,000 head of camels were shipped "
            "to Egypt.",
            {("SOM", "KWT", "goats"), ("SOM", "EGY", "camels")},
        ),
        (
            "Besides Kenya, his farm ships avocados to Spain.",
            {("SOM", "ESP", "avocados")},
        ),
    ],
)
def test_more_trade_phrasings_told_from_somalia(read, sentence: str, expected: set) -> None:
    assert flows(read("Mogadishu (SONNA) – " + sentence)) == expected


def test_a_list_leading_the_export_list_takes_the_direction_before(read) -> None:
    facts = read(
        "TBILISI, 3 March 2025 (BM.GE) - Armenia's exports to Latvia totalled $12 million, "
        "while imports from Latvia came to $20 million. Brandy led the export list, followed "
        "by mineral water and apricots."
    )
    assert flows(facts) == {("ARM", "LVA", p) for p in ("brandy", "mineral water", "apricots")}


def test_a_firm_selling_to_buyers_in_a_country_and_a_second_verb_s_hope(read) -> None:
    facts = read(
        "TUNIS, July 8, 2025 (TAP) - His mill also sells olive oil to buyers in Japan and hopes "
        "to enter the Brazilian market next year, while exports of dates rose to 1,100 tonnes."
    )
    assert ("TUN", "JPN", "olive oil") in flows(facts)
    assert ("TUN", None, "dates") in flows(facts)  # not Japan's: an object, not the subject
    assert not any(i == "BRA" for _, i, _ in flows(facts))


def test_a_meeting_is_not_placed_in_a_relative_clause_unless_it_tells_an_arrival(read) -> None:
    facts = read(
        "REYKJAVIK, June 5, 2024 (RUV) - Ambassador Chidi Eze, who is accredited to Iceland "
        "from the embassy in Oslo, met Minister Anna Jonsdottir in Akureyri on Tuesday. "
        "Minister Ali Hassan, who arrived in Reykjavik on Monday, was received the same day by "
        "Minister Bjorn Olafsson."
    )
    places = {e[1]: e[2] for e in events(facts) if e[0] == "meeting"}
    assert places[("Anna Jonsdottir", "Chidi Eze")] == "Akureyri"
    assert places[("Ali Hassan", "Bjorn Olafsson")] == "Reykjavík"
    # 'received the same day': the day of the arrival the clause tells
    days = {e[1]: e[3] for e in events(facts) if e[0] == "meeting"}
    assert days[("Ali Hassan", "Bjorn Olafsson")] == "2024-06-03"


def test_the_envoy_is_no_former_envoy(read) -> None:
    facts = read(
        "LAHORE, Sept 17, 2025 (APP): Ms Sarah Whitcombe, New Zealand's High Commissioner to "
        "Pakistan, met traders. Dr Ayesha Farooqui, a former Pakistani high commissioner in "
        "Wellington, said ties were strong. The envoy will travel to Multan on Thursday, where "
        "she is scheduled to visit the Bahauddin Zakariya University."
    )
    visits = {e[1] for e in events(facts) if e[0] == "visit" and e[4]}
    assert visits == {("Sarah Whitcombe",)}


def test_shares_of_a_bill_told_after_goods_imported_from_a_country(read) -> None:
    facts = read(
        "KAMPALA, March 6, 2025 (UNA) - Uganda imported goods worth $310 million from "
        "Thailand in 2024, with sugar accounting for more than half of the bill. Rice and "
        "motorcycles made up most of the rest. Uganda's exports to Thailand consist mainly of "
        "coffee and hides and skins."
    )
    assert flows(facts) == {
        ("THA", "UGA", "sugar"),
        ("THA", "UGA", "rice"),
        ("THA", "UGA", "motorcycles"),
        ("UGA", "THA", "coffee"),
        ("UGA", "THA", "hides and skins"),
    }


def test_envoys_to_the_sultanate_of_an_embassy_ad_interim_and_a_provincial_mec(read) -> None:
    facts = read(
        "PRETORIA, 3 March 2025 (SAnews) - The talks were attended by Portugal's ambassador to "
        "the kingdom, Rui Matos, and by Chargé d'Affaires a.i. of the Embassy of Chile in "
        "Maputo Pablo Reyes. Western Cape MEC for Agriculture Ivan Meyer welcomed them."
    )
    found = {(name, country, org) for name, country, org in posts(facts)}
    assert ("Rui Matos", "PRT", "Embassy of Portugal") in found
    assert ("Pablo Reyes", "CHL", "Embassy of Chile") in found
    assert ("Ivan Meyer", "ZAF", "Department of Agriculture") in found


def test_a_body_s_country_told_in_apposition_after_it(read) -> None:
    facts = read(
        "ABU DHABI, 4 March 2025 (WAM) -- The meeting was attended by Ana Costa, Chair of the "
        "Board of ProChile, Chile's export promotion agency."
    )
    assert {(name, country) for name, country, _ in posts(facts)} == {("Ana Costa", "CHL")}


def test_a_country_s_delegation_with_no_leader_named_is_its_official_named_most(read) -> None:
    facts = read(
        "TASHKENT, June 13, 2025 (UzA) - Latvian Minister of Economics Edgars Kalnins met "
        "Uzbek Minister Bakhodir Tursunov on Wednesday. Kalnins praised the talks, and Kalnins "
        "said trade would grow. On Thursday, the Latvian delegation flew to Samarkand."
    )
    visits = {(e[1], e[2]) for e in events(facts) if e[0] == "visit"}
    assert (("Edgars Kalnins",), "Samarkand") in visits


def test_a_demonym_s_goods_take_a_share_of_the_total_told_before(read) -> None:
    facts = read(
        "NAIROBI, March 6, 2025 (KNA) - Kenya's exports to Pakistan reached $600 million last "
        "year. Kenyan tea accounted for more than half of the total."
    )
    assert flows(facts) == {("KEN", "PAK", "tea")}


def test_the_days_of_a_trip_are_counted_from_its_first_day(read) -> None:
    facts = read(
        "ISLAMABAD, October 17, 2024 (APP): Speaker Gulnara Huseynova of Azerbaijan on Thursday "
        "concluded a four-day official visit to Pakistan. On the second day of her visit, Ms "
        "Huseynova called on Speaker Sardar Ahmed Raza Khosa at Parliament House. The following "
        "morning, she met Governor Naveed Akhtar Warraich in Lahore."
    )
    dates = {place: date for kind, _, place, date, _ in events(facts) if kind == "meeting"}
    assert dates == {"Parliament House": "2024-10-15", "Lahore": "2024-10-16"}


def test_the_same_day_after_an_arrival_is_the_arrival_s_day(read) -> None:
    facts = read(
        "RIGA, 21 September 2023 (LETA) - Economics Minister Kristaps Ozolins has returned from "
        "Georgia. The delegation arrived in Tbilisi on Monday. The same day Ozolins held talks "
        "with Georgian Minister of Economy Nino Javakhishvili. On the second day, a business "
        "forum was held. The following morning Ozolins met Mayor Levan Surmanidze in Batumi."
    )
    dates = {place: date for kind, _, place, date, _ in events(facts) if kind == "meeting"}
    assert dates == {"Tbilisi": "2023-09-18", "Batumi": "2023-09-20"}


def test_a_city_of_several_countries_is_the_one_of_the_country_the_story_names(read) -> None:
    facts = read(
        "WELLINGTON, Feb 20, 2025 (Bernama) -- Malaysia's minister Rosli Hamzah ended his visit "
        "to New Zealand, where he met New Zealand officials. He travelled to Hamilton on "
        "Tuesday, where he visited a dairy plant."
    )
    places = {(e.location.name, e.location.country) for e in facts.events if e.location}
    assert ("Hamilton", "NZL") in places


def test_a_demonym_inside_a_list_of_goods_names_a_kind_of_them(read) -> None:
    facts = read(
        "NAIROBI, May 5, 2025 (KNA) - Other Kenyan exports to the Emirates include chilled goat "
        "meat, mutton, French beans and avocados. Kenya's exports to China rose, led by "
        "avocados, tea and macadamia nuts, Kenyan officials said on Monday."
    )
    assert {p for e, i, p in flows(facts) if (e, i) == ("KEN", "ARE")} == {
        "chilled goat meat",
        "mutton",
        "French beans",
        "avocados",
    }
    assert not any("officials" in p for _, _, p in flows(facts))


def test_a_participle_after_an_item_ends_it(read) -> None:
    facts = read(
        "NAIROBI, May 5, 2025 (KNA) - Kenya's imports from the UAE, dominated by refined "
        "petroleum products supplied under the fuel deal, as well as second-hand vehicles "
        "re-exported through Dubai, came to Sh312 billion."
    )
    assert {p for e, i, p in flows(facts) if (e, i) == ("ARE", "KEN")} == {
        "refined petroleum products",
        "second-hand vehicles",
    }


def test_a_brand_in_capitals_and_a_grade_are_part_of_the_goods(read) -> None:
    facts = read(
        "MINSK, 17 June 2025 (BelTA) - Belarus supplies Uzbekistan with BELARUS tractors, MAZ "
        "trucks and dairy products. Ethiopia exports Grade 1 washed specialty coffee to Japan."
    )
    assert flows(facts) >= {
        ("BLR", "UZB", "BELARUS tractors"),
        ("BLR", "UZB", "MAZ trucks"),
        ("BLR", "UZB", "dairy products"),
        ("ETH", "JPN", "Grade 1 washed specialty coffee"),
    }


def test_the_markets_for_goods_buy_from_the_seller_told_just_before(read) -> None:
    facts = read(
        "Addis Ababa, July 14/2025 (ENA) Germany remained the largest buyer of Ethiopian "
        "Arabica coffee, followed by Saudi Arabia and Belgium. Japan and South Korea were the "
        "main markets for Grade 1 washed specialty coffee. Belarus also supplies them to India."
    )
    assert ("ETH", "JPN", "Grade 1 washed specialty coffee") in flows(facts)
    assert not any(e == "BEL" for e, _, _ in flows(facts))
    assert "them" not in {p for _, _, p in flows(facts)}


def test_ranked_buyers_earnings_and_suppliers_told_by_the_goods(read) -> None:
    facts = read(
        "VILNIUS, 5 November 2025 (LRT) - Lithuania exported 3.42 million tonnes of wheat in "
        "the 2024/25 marketing year, with Saudi Arabia, Nigeria and South Africa the three "
        "largest buyers. Lithuanian grain competes with wheat supplied to South Africa by "
        "Australia and Russia. Ethiopia also earned 412 million USD from khat, shipped mainly "
        "to Somalia and Djibouti. China bought US$ 612 million worth of Peruvian agricultural "
        "products in the period, chiefly table grapes and blueberries. Spain and the "
        "Netherlands led purchases of Peruvian Hass avocados."
    )
    assert flows(facts) >= {
        ("LTU", "SAU", "wheat"),
        ("LTU", "NGA", "wheat"),
        ("LTU", "ZAF", "wheat"),
        ("AUS", "ZAF", "wheat"),
        ("RUS", "ZAF", "wheat"),
        ("ETH", "SOM", "khat"),
        ("ETH", "DJI", "khat"),
        ("PER", "CHN", "table grapes"),
        ("PER", "CHN", "blueberries"),
    }
    assert {(e, i) for e, i, p in flows(facts) if "avocados" in p} == {
        ("PER", "ESP"),
        ("PER", "NLD"),
    }


def test_a_body_for_the_promotion_of_and_an_under_secretary_of_state(read) -> None:
    facts = read(
        "DAKAR, 14 May 2025 (APS) - The director general of the Senegalese Agency for the "
        "Promotion of Exports (ASEPEX), Aissatou Ndiaye Sow, took part in the talks. The "
        "mission will be led by Finland's Under-Secretary of State for International Trade, "
        "Mikko Rantanen."
    )
    held = {(name, country): org for name, country, org in posts(facts)}
    assert held[("Aissatou Ndiaye Sow", "SEN")] == "Senegalese Agency for the Promotion of Exports"
    assert ("Mikko Rantanen", "FIN") in held


def test_a_country_s_delegation_is_led_by_its_own_not_another_s_leader(read) -> None:
    facts = read(
        "ASTANA, 25 September 2025 (Kazinform) - Minister Aigerim Nurpeisova received a Polish "
        "business delegation led by Polish Deputy Minister Katarzyna Lis. "
        "Kazakh Deputy Prime Minister Nurlan Abenov held talks in Baku. Abenov met investors. "
        "On Wednesday the Kazakh delegation toured the Baku International Sea Trade Port. "
        "The same afternoon, the Kazakh delegation visited the Alat free zone."
    )
    visits = {(people, date) for kind, people, _, date, _ in events(facts) if kind == "visit"}
    assert (("Nurlan Abenov",), "2025-09-24") in visits
    assert not any("Katarzyna Lis" in people for people, _ in visits)


def test_separate_meetings_and_a_state_shared_by_titles_joined_by_and(read) -> None:
    facts = read(
        "WELLINGTON, Feb 20, 2025 (Bernama) -- Plantation Minister Rosli Hamzah ended his "
        "visit to New Zealand today. He said the understanding was reached during separate "
        "meetings with New Zealand's Minister for Trade Callum Whitmore and Minister of "
        "Agriculture Fiona Raukawa at Parliament Buildings here yesterday. Mexican Ambassador to "
        "India Rodrigo Ibarra and Secretary of Commerce Meenakshi Rao also attended."
    )
    held = {(name, country) for name, country, _ in posts(facts)}
    assert {("Callum Whitmore", "NZL"), ("Fiona Raukawa", "NZL")} <= held
    assert ("Meenakshi Rao", "MEX") not in held  # an envoy's state is not the host's
    assert any(
        kind == "meeting"
        and {"Rosli Hamzah", "Fiona Raukawa"} <= set(people)
        and date == "2025-02-19"
        for kind, people, _, date, _ in events(facts)
    )


def test_a_trip_starts_on_its_arrival_over_the_day_a_return_was_told(read) -> None:
    facts = read(
        "RIGA, 21 September 2023 (LETA) - Minister Kristaps Ozolins told LETA on Thursday "
        "after returning from a three-day visit to Georgia. The delegation arrived in "
        "Tbilisi on Monday. On the second day, a forum was held. The following morning "
        "Ozolins met Mayor Levan Surmanidze in Batumi."
    )
    dates = {place: date for kind, _, place, date, _ in events(facts) if kind == "meeting"}
    assert dates["Batumi"] == "2023-09-20"


def test_an_unplaced_meeting_of_an_envoy_is_where_the_hosts_serve(read) -> None:
    facts = read(
        "Tuesday, June 17, 2025. Ghana's High Commissioner Abena Owusu-Darko presented her "
        "letters. The High Commissioner is scheduled to meet with the President of the Jamaica "
        "Promotions Corporation (JAMPRO), Andre Gayle, on Thursday (June 19)."
    )
    places = {(kind, place) for kind, _, place, _, _ in events(facts)}
    assert ("meeting", "Jamaica") in places


def test_lower_case_titles_with_a_modifier_or_a_hyphen_before_a_body(read) -> None:
    facts = read(
        "LIMA, Sept. 17, 2024 (ANDINA) - On Tuesday, the executive president of PromPeru, "
        "Claudia Valdivieso, received the mission. The vice-president of the Croatian Chamber "
        "of Economy (HGK), Drazen Peric, also took part."
    )
    held = {(name, org) for name, _, org in posts(facts)}
    assert ("Claudia Valdivieso", "PromPeru") in held
    assert ("Drazen Peric", "Croatian Chamber of Economy") in held


def test_a_governor_general_and_honorifics_of_rank(read) -> None:
    facts = read(
        "KINGSTON, June 17, 2025 (JIS) - Governor-General, His Excellency the Most Hon. Sir "
        "Desmond Whyte, has welcomed two new envoys. In Oman, the delegation was received by "
        "His Highness Sayyid Harith bin Nasser Al Said, Governor of Dhofar."
    )
    names = {name for name, _, _ in posts(facts)}
    assert {"Desmond Whyte", "Harith bin Nasser Al Said"} <= names


def test_goods_imported_mainly_by_demonym_and_shares_after_a_source_s_aside(read) -> None:
    facts = read(
        "BISHKEK, July 10, 2025 (Kabar) - Kyrgyzstan's exports to Turkey rose by 24.6 percent "
        "to $71.3 million, the National Statistical Committee reported, with kidney beans and "
        "dried fruit accounting for the bulk of shipments. Latvia imported mainly Georgian "
        "wine and mineral water. Soybeans accounted for almost half of that, with frozen beef "
        "making up most of the remainder."
    )
    assert flows(facts) >= {
        ("KGZ", "TUR", "kidney beans"),
        ("KGZ", "TUR", "dried fruit"),
        ("GEO", "LVA", "wine"),
        ("GEO", "LVA", "mineral water"),
    }
    assert not any("committee" in p.lower() for _, _, p in flows(facts))


def test_congo_in_a_story_about_the_democratic_republic_is_that_state(read) -> None:
    facts = read(
        "ABU DHABI, March 14, 2025 (WAM) - The UAE and the Democratic Republic of Congo have "
        "set out to double trade. Marie-Claire Kabeya, governor of the Central Bank of Congo, "
        "joined the delegation. The UAE imports gold and cobalt from Congo."
    )
    assert ("Marie-Claire Kabeya", "COD") in {(name, country) for name, country, _ in posts(facts)}
    assert flows(facts) == {("COD", "ARE", "gold"), ("COD", "ARE", "cobalt")}
    other = read("BRAZZAVILLE, March 14, 2025 (ACI) - Congo exports timber to China.")
    assert flows(other) == {("COG", "CHN", "timber")}


def test_the_visiting_speaker_met_at_a_venue_is_the_guest(read) -> None:
    facts = read(
        "ISLAMABAD, October 17, 2024 (APP): Speaker of the Milli Majlis of Azerbaijan Gulnara "
        "Huseynova arrived in Islamabad on Monday. She called on Speaker National Assembly "
        "Sardar Ayaz Sadiq at Parliament House. Later that evening, Foreign Minister Nadeem "
        "Cheema hosted a dinner in honour of the visiting Speaker at the Foreign Office."
    )
    assert any(
        place == "Foreign Office" and people == ("Gulnara Huseynova", "Nadeem Cheema")
        for kind, people, place, _, _ in events(facts)
    )


def test_a_change_counted_is_no_wish(read) -> None:
    facts = read(
        "LIMA, Oct. 21, 2025 (ANDINA) - China bought US$ 612 million worth of Peruvian "
        "agricultural products in the period, a 31% increase, chiefly table grapes and "
        "blueberries. Peru has a plan to export quinoa to China, and aims to increase "
        "shipments of mangoes."
    )
    assert flows(facts) == {("PER", "CHN", "table grapes"), ("PER", "CHN", "blueberries")}


def test_two_people_of_two_states_who_held_talks_met(read) -> None:
    facts = read(
        "JAKARTA, August 22, 2025 (Antara) - President Haryanto Wibisono received Chilean "
        "Foreign Minister Claudia Fuentes on Thursday, Foreign Minister Dimas Pratama said. "
        "Fuentes and Dimas had held talks the previous evening at the Pancasila Building, "
        "where they agreed to hold the next session of their commission in Santiago in 2026. "
        "Chilean Trade Minister Rosa Maldonado and Indonesian Trade Minister Budi Santoso will "
        "hold talks in Surabaya on Monday."
    )
    assert (
        "meeting",
        ("Claudia Fuentes", "Dimas Pratama"),
        "Pancasila Building",
        "2025-08-20",
        False,
    ) in events(facts)
    assert (
        "meeting",
        ("Budi Santoso", "Rosa Maldonado"),
        "Surabaya",
        "2025-08-25",
        True,
    ) in events(facts)


def test_the_two_ministers_who_held_talks_are_those_who_met_before(read) -> None:
    facts = read(
        "FREETOWN, February 6, 2025 (SLENA) - Foreign Minister Musa Kargbo received UAE Minister "
        "of State Hamad Salem Al Ketbi on Wednesday. Later on Wednesday, the two ministers held "
        "bilateral talks at the Ministry of Foreign Affairs."
    )
    assert (
        "meeting",
        ("Hamad Salem Al Ketbi", "Musa Kargbo"),
        "Ministry of Foreign Affairs",
        "2025-02-05",
        False,
    ) in events(facts)


def test_people_of_one_state_who_held_talks_did_not_meet_by_it(read) -> None:
    facts = read(
        "ISLAMABAD, June 12, 2025 (APP): Commerce Minister Jam Kamal Khan and Finance Minister "
        "Muhammad Aurangzeb held talks in Islamabad on Wednesday."
    )
    assert not facts.events


def test_later_that_afternoon_keeps_the_day_told_last(read) -> None:
    facts = read(
        "KUALA LUMPUR, June 5, 2024 (Bernama) -- Chile's Undersecretary Francisca Valdés today "
        "met MATRADE chief executive Zulkifli Harun Bakri at Menara MATRADE. On Tuesday, she "
        "co-chaired the Joint Commission with Deputy Minister Liew Chin Fatt at MITI Tower. "
        "Malaysia's envoy joined the session by video link. Valdés also called on "
        "Minister of Investment, Trade and Industry Ahmad Faizal Rahman at his office later "
        "that afternoon."
    )
    dates = {people: date for kind, people, _, date, _ in events(facts) if kind == "meeting"}
    assert dates[("Ahmad Faizal Rahman", "Francisca Valdés")] == "2024-06-04"


def test_a_tour_wrapped_up_in_a_city_visits_it(read) -> None:
    facts = read(
        "JAKARTA, August 22, 2025 (Antara) - Chilean Foreign Minister Claudia Fuentes met "
        "Indonesian President Haryanto Wibisono on Thursday. She will wrap up her tour in "
        "Hanoi next week."
    )
    assert ("visit", ("Claudia Fuentes",), "Hanoi", "2025-08", True) in events(facts)


def test_goods_shipped_to_markets_in_an_aside_go_there(read) -> None:
    facts = read(
        "LAGOS, October 9, 2025 (BusinessDay) - Nigeria's non-oil exports rose 24 per cent to "
        "$3.1 billion in the first half of the year. Sesame seeds, mostly shipped to China and "
        "Japan, led the list. Cocoa beans came next, going largely to the Netherlands, followed "
        "by cashew nuts ($176 million). Soybeans, harvested in record volumes, went "
        "overwhelmingly to India."
    )
    assert flows(facts) == {
        ("NGA", "CHN", "sesame seeds"),
        ("NGA", "JPN", "sesame seeds"),
        ("NGA", "NLD", "cocoa beans"),
        ("NGA", "IND", "soybeans"),
    }


def test_a_share_of_a_buyer_s_imports_or_of_a_seller_s_shipments_is_a_flow(read) -> None:
    facts = read(
        "HANOI, March 14, 2025 (VNA) - Germany sourced close to 60 percent of its pepper imports "
        "from Vietnam in 2024. Shipments of coffee to Italy rose 38 percent in value, the "
        "sharpest increase among the top ten markets. China absorbed 46% of the 212,000 tonnes "
        "of beef that Uruguay shipped abroad."
    )
    assert flows(facts) == {
        ("VNM", "DEU", "pepper"),
        ("URY", "CHN", "beef"),
        ("VNM", "ITA", "coffee"),
    }


def test_what_goods_are_made_from_is_no_part_of_them(read) -> None:
    facts = read(
        "NAIROBI, June 12, 2024 (KNA) - Kenyan refiners sell cooking oil made from the imported "
        "olein to Uganda. New Zealand's exports there were worth $1.3 billion."
    )
    assert flows(facts) == {("KEN", "UGA", "cooking oil")}


def test_the_country_s_top_supplier_is_another_country(read) -> None:
    facts = read(
        "CAIRO, May 12, 2025 (Ahram) - Russia remained the country's largest wheat supplier by "
        "far, followed by Ukraine and Romania."
    )
    assert flows(facts) == {
        ("RUS", "EGY", "wheat"),
        ("UKR", "EGY", "wheat"),
        ("ROU", "EGY", "wheat"),
    }


def test_ranked_buyers_and_shares_of_a_countrys_exports(read) -> None:
    facts = read(
        "NAIROBI, Nov 20, 2024 (KNA) - Kenya's exports to the UAE grew 14 percent last year, "
        "with black tea and cut flowers making up the bulk of the cargo. Pakistan and Egypt "
        "remained the three largest buyers of Kenyan tea. The Netherlands and Russia were the "
        "largest buyers of Egyptian oranges last season. Kenya's imports from the UAE consisted "
        "mainly of refined petroleum products delivered under a fuel arrangement."
    )
    assert flows(facts) == {
        ("KEN", "ARE", "black tea"),
        ("KEN", "ARE", "cut flowers"),
        ("KEN", "PAK", "tea"),
        ("KEN", "EGY", "tea"),
        ("EGY", "NLD", "oranges"),
        ("EGY", "RUS", "oranges"),
        ("ARE", "KEN", "refined petroleum products"),
    }


def test_buyers_of_a_countrys_goods_told_without_naming_the_seller(read) -> None:
    facts = read(
        "KYIV, Feb 3, 2025 (Ukrinform) - Ukraine's agricultural exports rose 9% last year. The "
        "largest buyers of sunflower oil were India, Spain and Italy, while wheat went "
        "primarily to Egypt and Indonesia. Germany, Belgium and Japan were the top three "
        "destinations of the country's rapeseed. Soybean meal, the country's fastest-growing "
        "line, went mainly to Poland. Barley remained the country's largest grain export, with "
        "China and Turkey the main buyers. Chilled meat, largely pork, found its main buyers in "
        "Moldova and Georgia. Russia remained the country's largest fuel supplier."
    )
    assert flows(facts) == {
        ("UKR", "IND", "sunflower oil"),
        ("UKR", "ESP", "sunflower oil"),
        ("UKR", "ITA", "sunflower oil"),
        ("UKR", "EGY", "wheat"),
        ("UKR", "IDN", "wheat"),
        ("UKR", "DEU", "rapeseed"),
        ("UKR", "BEL", "rapeseed"),
        ("UKR", "JPN", "rapeseed"),
        ("UKR", "POL", "soybean meal"),
        ("UKR", "CHN", "barley"),
        ("UKR", "TUR", "barley"),
        ("UKR", "MDA", "chilled meat"),
        ("UKR", "GEO", "chilled meat"),
        ("RUS", "UKR", "fuel"),
    }


def test_mongolian_initials_and_the_full_name_are_one_person(read) -> None:
    facts = read(
        "ULAANBAATAR, May 14, 2025 (MONTSAME) - Minister G.Munkhjargal said trade grew. Minister "
        "of Foreign Affairs Ganbold Munkhjargal met Canadian Minister Karen Dufresne on Monday. "
        "Prime Minister Ts. Bat-Ochir welcomed the guests. Prime Minister Tserendorj Bat-Ochir "
        "said ties were strong."
    )
    names = {name for name, _, _ in posts(facts)}
    assert "Ganbold Munkhjargal" in names
    assert not any("." in name for name in names)


def test_a_name_with_an_attached_initial_ends_a_sentence(lexicon) -> None:
    from kg.text import abbreviations_of, split_sentences

    text = "He met Minister G.Munkhjargal. This is the first visit. The U.S. side and H.E. Ali met."
    found = [s.text for s in split_sentences(text, abbreviations_of(lexicon))]
    assert found == [
        "He met Minister G.Munkhjargal.",
        "This is the first visit.",
        "The U.S. side and H.E. Ali met.",
    ]


def test_names_each_followed_by_a_title_in_a_list(read) -> None:
    facts = read(
        "MUSCAT, Sept 18, 2024 (ONA) - The meeting was attended by H.E. Ricardo Teixeira Lobo, "
        "Ambassador of Brazil to the Sultanate of Oman, Eng. Yousuf bin Ali Al Balushi, "
        "Director-General of Invest Oman, and a number of officials. It was also attended by "
        "Minister of Trade Salim Al Harthy, Deputy Minister of Finance, Aisha Al Said, and others."
    )
    assert posts(facts) == {
        ("Ricardo Teixeira Lobo", "BRA", "Embassy of Brazil"),
        ("Yousuf bin Ali Al Balushi", "OMN", "Government of Oman"),
        ("Salim Al Harthy", "OMN", "Ministry of Trade"),
        ("Aisha Al Said", "OMN", "Ministry of Finance"),
    }


def test_a_title_of_the_gulf_state_serves_the_gulf_state_named(read) -> None:
    facts = read(
        "Nairobi, Kenya, Oct 17, 2025 — Kenya and Qatar on Thursday signed two agreements as the "
        "Gulf state's Minister of State for Foreign Affairs, Dr Khalid Al-Mansouri, ended a visit. "
        "The Qatari minister will tour the Port of Mombasa on Friday."
    )
    assert posts(facts) == {("Khalid Al-Mansouri", "QAT", "Ministry of Foreign Affairs")}
    visits = {(people, place) for kind, people, place, *_ in events(facts) if kind == "visit"}
    assert (("Khalid Al-Mansouri",), "Port of Mombasa") in visits  # 'the Qatari minister'


def test_kenyan_short_titles_and_a_talk_about_the_horn_of_africa(read) -> None:
    facts = read(
        "NAIROBI, Oct 17, 2025 (KNA) - The deals were signed at the Old Treasury Building after "
        "talks between Dr Khalid Al-Mansouri of Qatar and Prime Cabinet Secretary "
        "Julius Wekesa Barasa, which also touched on security in the Horn of Africa and Sudan. "
        "Agriculture and Livestock Development CS Peter Mwangi Kariuki and Trade PS Alfred "
        "Kiprono sat in on the talks."
    )
    assert {
        ("Julius Wekesa Barasa", "KEN", "Government of Kenya"),
        ("Peter Mwangi Kariuki", "KEN", "Ministry of Agriculture and Livestock Development"),
        ("Alfred Kiprono", "KEN", "Ministry of Trade"),
    } <= posts(facts)
    meeting = next(e for e in facts.events if e.kind == "meeting")
    assert meeting.location is not None
    assert (meeting.location.name, meeting.location.country) == ("Old Treasury Building", "KEN")


def test_talks_in_the_place_visited_the_sentence_before_are_that_day(read) -> None:
    facts = read(
        "TASHKENT, 3 March 2025 (BelTA) - Last Thursday, a Belarusian delegation headed by First "
        "Deputy Industry Minister Dmitry Kovalevsky visited Andijan region. In Andijan, "
        "Kovalevsky held talks with Khokim (governor) of Andijan region Bakhodir Yusupov."
    )
    assert ("Bakhodir Yusupov", "UZB", "Government of Andijan") in posts(facts)
    found = {(kind, people, place, day) for kind, people, place, day, _ in events(facts)}
    pair = ("Bakhodir Yusupov", "Dmitry Kovalevsky")
    assert ("meeting", pair, "Andijan", "2025-02-27") in found


def test_talks_told_in_the_lead_are_placed_and_dated_by_the_sentence_after(read) -> None:
    facts = read(
        "COLOMBO, March 13, 2025 (Daily News) - Sri Lanka and Vietnam agreed to set up a working "
        "group following talks between Minister of Foreign Affairs Nalaka Wijeratne and Deputy "
        "Prime Minister of Vietnam Tran Quoc Minh. The talks were held at the Foreign Ministry in "
        "Colombo on Tuesday. Minh extended an invitation for an official visit to Hanoi."
    )
    found = {(kind, people, place, day) for kind, people, place, day, _ in events(facts)}
    pair = ("Nalaka Wijeratne", "Tran Quoc Minh")
    assert found == {("meeting", pair, "Foreign Ministry", "2025-03-11")}


def test_a_guest_who_jetted_into_the_country_visited_the_papers_city(read) -> None:
    facts = read(
        "NAIROBI, Oct 17, 2025 (KNA) - Qatar's Minister of State Khalid Al-Mansouri, who jetted "
        "into the country on Wednesday evening, was later received by Cabinet Secretary Julius "
        "Barasa, who hosted the visiting minister from Doha."
    )
    visits = {
        (people, place, day) for kind, people, place, day, _ in events(facts) if kind == "visit"
    }
    assert visits == {(("Khalid Al-Mansouri",), "Nairobi", "2025-10-15")}


def test_titles_of_bodies_of_a_state(read) -> None:
    facts = read(
        "RIGA, 14 May 2025 (LETA) - State Secretary of the Latvian Ministry of Foreign Affairs "
        "Ilze Kalnina met the Deputy Governor of the Bank of Namibia, Sebastian Hamutenya, and "
        "the Chairman of the Board of the Latvian Chamber of Commerce and Industry (LTRK), Janis "
        "Liepins. Hendra Wibisono, Minister Counsellor for Economic Affairs of the Indonesian "
        "Embassy, also attended."
    )
    assert posts(facts) == {
        ("Ilze Kalnina", "LVA", "Ministry of Foreign Affairs"),
        ("Sebastian Hamutenya", "NAM", "Bank of Namibia"),
        ("Janis Liepins", "LVA", "Board of the Latvian Chamber of Commerce and Industry"),
        ("Hendra Wibisono", "IDN", "Embassy of Indonesia"),
    }


def test_a_festival_is_no_person(read) -> None:
    facts = read(
        "AMMAN, July 15, 2025 (Petra) -- Australian sheep account for most animals slaughtered "
        "in Jordan during Eid Al-Adha, the minister pointed out."
    )
    assert posts(facts) == set()


def test_a_visit_of_an_unnamed_leader_is_not_the_two_sides_visit(read) -> None:
    facts = read(
        "TASHKENT, 14 May 2025 (UzA) - Uzbek Foreign Minister Bakhtiyor Saidov met Hungarian "
        "Ambassador Zoltan Kovacs on Tuesday. The two sides recalled the visit of the Hungarian "
        "Prime Minister to Samarkand last year and discussed trade."
    )
    visits = [e for e in events(facts) if e[0] == "visit"]
    assert visits == [("visit", (), "Samarkand", "2024", False)]


def test_a_long_undersecretary_title_and_a_name_opening_with_an_abbreviation(read) -> None:
    facts = read(
        "MANILA, Nov. 11, 2024 (PNA) - Foreign Affairs Undersecretary for Bilateral Relations "
        "and ASEAN Affairs Ma. Lourdes Dizon-Ramos and Kenya's Principal Secretary Dr. Esther "
        "Wanjiku Mutua co-chaired the commission, held at the Kenya Ministry of Foreign and "
        "Diaspora Affairs on Nov. 7. On the sidelines of the meeting, the Filipino diplomat "
        "paid a courtesy call on Kenya's Cabinet Secretary for Trade Joseph Langat last Friday. "
        "Malaysia's Minister Mohd. Rizal Hashim and the Dutch Minister for Foreign Trade and "
        "Development Aid, Marieke van den Berg, spoke."
    )
    names = {name for name, _, _ in posts(facts)}
    assert {"Ma. Lourdes Dizon-Ramos", "Mohd. Rizal Hashim", "Marieke van den Berg"} <= names
    assert "Aid" not in names
    found = {(people, place, day) for kind, people, place, day, _ in events(facts)}
    # the ministry of a state named in the venue stands in that state, not in Manila
    venue = "Kenya Ministry of Foreign and Diaspora Affairs"
    assert (("Esther Wanjiku Mutua", "Ma. Lourdes Dizon-Ramos"), venue, "2024-11-07") in found
    # 'last Friday' is the call's own day, not the commission's
    assert any(day == "2024-11-08" and "Joseph Langat" in people for people, _, day in found)
    located = {e.location.name: e.location.country for e in facts.events if e.location is not None}
    assert located[venue] == "KEN"


def test_a_town_the_gazetteer_lacks_is_placed_by_the_country_after_it(read) -> None:
    facts = read(
        "ABUJA, Feb. 12, 2025 (NAN) - NAN recalls that Trade Minister Halima Abubakar-Yusuf "
        "held talks with Dutch Trade Minister Marieke van den Berg on the sidelines of the "
        "World Economic Forum in Davos, Switzerland, last month."
    )
    assert {(e.location.name, e.location.country) for e in facts.events} == {("Davos", "CHE")}


def test_a_meeting_on_the_sidelines_of_the_forum_is_where_the_forum_was(read) -> None:
    facts = read(
        "ROME, 21 October 2025 (Agenzia Nova) - This was the message of the Italy-Mozambique "
        "Business Forum held today in Rome. Yesterday the minister was received in Rome by "
        "Deputy Minister Paolo Lunardelli. The deputy minister had visited Maputo in March. "
        "Italian imports from Mozambique rose. The forum brought together 120 companies. "
        "Opening the proceedings, Undersecretary Fausto Orsini spoke. On the sidelines of the "
        "forum, Orsini held a bilateral meeting with Mozambique's Minister of Mineral Resources "
        "and Energy, Carlos Zandamela."
    )
    found = {(people, place, day) for _, people, place, day, _ in events(facts)}
    assert (("Carlos Zandamela", "Fausto Orsini"), "Rome", "2025-10-21") in found


def test_talks_held_by_a_secretary_of_state_in_charge_of_foreign_trade(read) -> None:
    facts = read(
        "RABAT, Sept. 17, 2025 (MAP) - Morocco and Chile agreed on Tuesday to speed up work on "
        "an agreement that would facilitate trade. This was the focus of talks held by the "
        "Secretary of State to the Minister of Industry and Trade, in charge of Foreign Trade, "
        "Omar Benali, with Chile's Vice Minister of Trade, Ana Soto, who is on a working visit "
        "to the Kingdom from September 14 to 18."
    )
    found = {(name, organization) for name, _, organization in posts(facts)}
    assert ("Omar Benali", "Ministry of Industry and Trade") in found
    delegate = read(
        "DAKAR, Sept. 17, 2025 (APS) - Minister Delegate in charge of African "
        "Cooperation Fatou Diop opened the fair."
    )
    assert ("Fatou Diop", "Ministry of African Cooperation") in {
        (name, organization) for name, _, organization in posts(delegate)
    }
    assert ("meeting", ("Ana Soto", "Omar Benali"), "Morocco", "2025-09-16", False) in events(facts)


def test_a_malaysian_minister_abroad_meets_later_today_where_he_is(read) -> None:
    facts = read(
        "KUALA LUMPUR, May 18, 2024 (Bernama) -- Investment, Trade and Industry Minister Datuk "
        "Seri Rosli Abdul Karim held a bilateral meeting with Chile's Undersecretary for "
        "International Economic Relations, Rodrigo Astudillo, in Arequipa, Peru, yesterday. "
        "Meanwhile, Rosli is scheduled to meet Peru's Minister of Foreign Trade and Tourism "
        "Mariela Quispe later today."
    )
    assert (
        "meeting",
        ("Mariela Quispe", "Rosli Abdul Karim"),
        "Arequipa",
        "2024-05-18",
        True,
    ) in events(facts)


def test_one_persons_offices_in_a_list_share_the_state_named_first(read) -> None:
    facts = read(
        "LIMA, May 8, 2025 (Andina) - Peru and New Zealand agreed to deepen trade following a "
        "working meeting held on Wednesday between Peru's Minister of Foreign Trade and "
        "Tourism, Mariela Cardenas, and New Zealand's Minister for Trade and Investment, "
        "Minister of Agriculture and Minister for Forestry, Rachel Whitcombe."
    )
    assert ("Rachel Whitcombe", "NZL", "Ministry of Agriculture, Forestry") in posts(facts)


def test_an_ambassador_to_a_state_serves_another_one(read) -> None:
    facts = read(
        "UAE envoy pays courtesy call\n\nBy Litia Cava\nMarch 3, 2025\n\nThe United Arab "
        "Emirates is looking to strengthen its footprint in the Pacific, with its Ambassador "
        "to Fiji, His Excellency Saeed Al Mansoori, paying a courtesy call on Deputy Prime "
        "Minister Semi Ratuvou in Suva this morning."
    )
    assert ("Saeed Al Mansoori", "ARE") in {(name, country) for name, country, _ in posts(facts)}


def test_the_state_visit_of_an_unnamed_president_is_not_the_speakers(read) -> None:
    facts = read(
        "HANOI, Oct. 9, 2024 (VNA) - Deputy Prime Minister Tran Van Luan received Minister "
        "Ernesto Mabunda on October 8. He recalled the Mozambican President's state visit to "
        "Vietnam in 2016."
    )
    assert ("visit", (), "Vietnam", "2016", False) in events(facts)


def test_a_trade_mission_is_its_leaders_named_in_a_later_sentence(read) -> None:
    facts = read(
        "ABUJA, Feb. 12, 2025 (NAN) - The envoy said a 25-member Dutch agribusiness trade "
        "mission had arrived in Lagos on Monday for a four-day programme. The mission is led by "
        "Mr Pieter Hoogendijk, Director-General for Foreign Economic Relations at the "
        "Netherlands Ministry of Foreign Affairs, and includes dairy firms. On Tuesday, the "
        "delegation, led by Parliamentary State Secretary in the German Federal Ministry for "
        "Economic Affairs Andreas Kessler, held talks with Minister Musa Bello in Abuja."
    )
    assert ("Pieter Hoogendijk", "NLD", "Ministry of Foreign Affairs") in posts(facts)
    assert ("Andreas Kessler", "DEU", "Ministry of Economic Affairs") in posts(facts)
    assert ("visit", ("Pieter Hoogendijk",), "Lagos", "2025-02-10", False) in events(facts)


def test_the_meeting_took_place_somewhere_a_day_after_the_arrival(read) -> None:
    facts = read(
        "LIMA, May 8, 2025 (Andina) - Peru's Minister of Foreign Trade Mariela Cardenas met New "
        "Zealand's Trade Minister Rachel Whitcombe on Wednesday. The meeting took place at the "
        "headquarters of the ministry in the district of San Isidro, a day after the New Zealand "
        "minister arrived in Lima. Whitcombe will leave for Santiago on Friday to continue her "
        "tour of South American countries."
    )
    found = events(facts)
    assert ("visit", ("Rachel Whitcombe",), "Lima", "2025-05-06", False) in found
    assert all(place != "South American" for _, _, place, _, _ in found)


def test_a_visit_to_the_sultanate_is_to_the_state_the_article_tells_of(read) -> None:
    facts = read(
        "BUDAPEST, May 15, 2025 (MTI) - Minister of Foreign Affairs and Trade Gabor Vass met "
        "Oman's Minister of Commerce Salim Al Harthy in Budapest on Wednesday. Vass said he "
        "would pay a visit to the sultanate later this year."
    )
    assert ("visit", ("Gabor Vass",), "Oman", "2025", True) in events(facts)


def test_he_after_x_has_confirmed_that_is_x(read) -> None:
    facts = read(
        "SUVA, March 3, 2025 (FBC) - UAE Ambassador Saeed Al Mansoori called on Deputy Prime "
        "Minister Semi Ratuvou in Suva this morning. He conveyed an invitation to the Annual "
        "Investment Meeting in Abu Dhabi next month, and Ratuvou has confirmed that he will "
        "lead a Fijian business delegation to the UAE for the event."
    )
    visits = {people for kind, people, *_ in events(facts) if kind == "visit"}
    assert visits == {("Semi Ratuvou",)}


def test_a_delegation_departing_for_its_own_capital_goes_home(read) -> None:
    facts = read(
        "BELGRADE, 3 December 2024 (Tanjug) - Minister Jelena Petrovic received an Emirati "
        "delegation led by Minister of State Khalifa Al Nuaimi on Tuesday. The Emirati "
        "delegation is scheduled to tour farmland near Sremska Mitrovica on Wednesday, before "
        "departing for Abu Dhabi."
    )
    assert all(place != "Abu Dhabi" for _, _, place, _, _ in events(facts))


def test_the_council_meeting_is_the_one_told_sentences_before(read) -> None:
    facts = read(
        "RIYADH, March 18, 2025 (SPA) - Figures were presented at a meeting of the Saudi-Peruvian "
        "Business Council at the Federation of Saudi Chambers in Riyadh on Tuesday. Imports of "
        "grapes jumped 23 percent. Peru sells blueberries to the Kingdom. Saudi exports were led "
        "by polyethylene. The council meeting was co-chaired by Abdullah Al-Mutairi, chairman of "
        "the Saudi side of the council, and Peru's Vice Minister of Foreign Trade Ricardo Paredes, "
        "who is leading a delegation on a three-day visit to the Kingdom that began on Sunday. A "
        "day earlier, Minister of Commerce Majid Al-Kassabi received Paredes in Riyadh. The "
        "meeting came a day after Paredes visited the port of Jeddah."
    )
    found = {(kind, people, place, day) for kind, people, place, day, _ in events(facts)}
    pair = ("Abdullah Al-Mutairi", "Ricardo Paredes")
    assert ("meeting", pair, "Riyadh", "2025-03-18") in found
    assert ("meeting", ("Majid Al-Kassabi", "Ricardo Paredes"), "Riyadh", "2025-03-17") in found
    assert ("visit", ("Ricardo Paredes",), "Jeddah", "2025-03-16") in found


def test_buyers_of_a_clause_after_a_list_of_buyers_buy_from_the_seller_told_before(read) -> None:
    facts = read(
        "ADDIS ABABA, 9 September 2025 (ENA) - Ethiopian sesame exports rose. China and Israel "
        "were the main buyers of the sesame, while India and Pakistan took the bulk of the pulses."
    )
    assert flows(facts) == {
        ("ETH", "CHN", "sesame"),
        ("ETH", "ISR", "sesame"),
        ("ETH", "IND", "pulses"),
        ("ETH", "PAK", "pulses"),
    }


def test_goods_shipped_to_a_country_that_grew_and_a_buyer_told_with_while(read) -> None:
    facts = read(
        "TASHKENT, 5 February 2026 (UzA) - Fresh melons shipped to Afghanistan doubled in "
        "volume, while Kyrgyzstan purchased mainly potatoes and carrots. Khat shipped to "
        "Djibouti generated $289 million. Goods shipped to Kenya rose 5 percent. Moldovan wine "
        "also sold well in the Czech Republic."
    )
    assert flows(facts) == {
        ("UZB", "AFG", "fresh melons"),
        ("UZB", "KGZ", "potatoes"),
        ("UZB", "KGZ", "carrots"),
        ("UZB", "DJI", "khat"),
        ("MDA", "CZE", "wine"),
    }


def test_goods_that_come_from_sellers_are_bought_by_the_paper_s_country(read) -> None:
    facts = read(
        "RIYADH, 21 November 2024 (SPA) - Live goats and camels arrive mainly from Somalia and "
        "Djibouti, while chilled lamb is supplied by Australia. Frozen poultry, the largest meat "
        "item by value, came chiefly from Brazil, which accounted for 71 percent of the "
        "Kingdom's poultry imports, followed by Ukraine and France. Cocoa beans are sourced by "
        "Indian chocolate makers from Ghana. Every third riyal earned from exports comes from "
        "the Chinese market."
    )
    assert flows(facts) == {
        ("SOM", "SAU", "live goats"),
        ("SOM", "SAU", "camels"),
        ("DJI", "SAU", "live goats"),
        ("DJI", "SAU", "camels"),
        ("AUS", "SAU", "chilled lamb"),
        ("BRA", "SAU", "frozen poultry"),
        ("UKR", "SAU", "frozen poultry"),
        ("FRA", "SAU", "frozen poultry"),
    }


def test_goods_sold_to_a_country_mainly_and_a_value_worth_of_goods(read) -> None:
    facts = read(
        "HANOI, 5 February 2026 (VNA) - Vietnam sold to Cambodia mainly steel and fertilisers. "
        "Uzbekistan exported $137 million worth of tomato paste and fruit juices. Live cattle "
        "exports, mostly to Turkey, recovered. China is Uruguay's main supplier of cars, while "
        "Brazil sells the country fuel and processed food. Egypt exported $120 million worth of "
        "cement to Jordan last year."
    )
    assert flows(facts) == {
        ("VNM", "KHM", "steel"),
        ("VNM", "KHM", "fertilisers"),
        ("UZB", None, "tomato paste"),
        ("UZB", None, "fruit juices"),
        ("VNM", "TUR", "live cattle"),
        ("CHN", "URY", "cars"),
        ("BRA", "URY", "fuel"),
        ("BRA", "URY", "processed food"),
        ("EGY", "JOR", "cement"),  # the value is no item, nor the list's end
    }


def test_a_session_someone_is_invited_to_co_chair_is_no_meeting(read) -> None:
    invited = read(
        "ACCRA, Nov. 17, 2025 (GNA) - Mr Tran Quoc Hieu, Vietnam's Minister of Industry and "
        "Trade, invited Ghana's Trade Minister Kwabena Asante-Darko to visit Hanoi at a mutually "
        "convenient date to co-chair the first session of the Joint Trade Committee."
    )
    assert events(invited) == set()
    accepted = read(
        "ACCRA, Nov. 17, 2025 (GNA) - Ghana's Trade Minister Kwabena Asante-Darko accepted the "
        "invitation of Vietnam's Minister of Industry and Trade Tran Quoc Hieu to visit Hanoi "
        "in March to co-chair the first session of the Joint Trade Committee."
    )
    assert {(kind, place) for kind, _, place, _, _ in events(accepted)} >= {("visit", "Hanoi")}


def test_a_visit_that_begins_on_a_weekday_is_announced(read) -> None:
    facts = read(
        "Lisbon, 22 Oct 2024 (Lusa) - The President of Cabo Verde, José Carlos Fortes, begins a "
        "three-day state visit to Portugal on Wednesday. Preparations for the visit were "
        "finalised on Monday, when Cabo Verde's Foreign Minister Filomena Tavares Lopes held "
        "talks with Foreign Minister Henrique Mota Vieira at the Necessidades Palace in Lisbon."
    )
    found = {(kind, day, planned) for kind, _, _, day, planned in events(facts)}
    assert found == {("visit", "2024-10-23", True), ("meeting", "2024-10-21", False)}


def test_a_day_of_this_month_told_as_instant(read) -> None:
    facts = read(
        "By Dilrukshi Abeysekera | Colombo | 15 February 2025\n\nThe Speaker of the People's "
        "Majlis of the Maldives, Ahmed Shiyam Naseem, called on Speaker of Parliament Lakshman "
        "Jayasuriya at the Parliament Complex on 14th instant. He had called on Prime Minister "
        "Chamari Wijesekera in Colombo on 3rd ultimo."
    )
    assert {(kind, day) for kind, _, _, day, _ in events(facts)} == {
        ("meeting", "2025-02-14"),
        ("meeting", "2025-01-03"),
    }


def test_bruneian_honorifics_and_the_host_s_deputy_who_accompanies_a_guest(read) -> None:
    facts = read(
        "KUALA LUMPUR, March 4, 2025 (Bernama) -- Brunei's Minister of Primary Resources Pehin "
        "Yusof Kamaluddin met Investment, Trade and Industry Minister Zulkarnain Hamdan. Also "
        "present were Deputy Minister of Investment, Trade and Industry Datuk Lim Wei Ket and "
        "the Permanent Secretary at Brunei's Ministry of Primary Resources, Dayang Hajah Nurul "
        "Hidayah Abdul Latif. Tomorrow, he is scheduled to visit Port Klang, accompanied by the "
        "deputy minister."
    )
    served = {name: country for name, country, _ in posts(facts)}
    assert served["Lim Wei Ket"] == "MYS"
    assert served["Nurul Hidayah Abdul Latif"] == "BRN"


def test_the_leader_of_a_side_and_a_member_of_a_delegation_serve_its_state(read) -> None:
    facts = read(
        "New Delhi, 14 November 2025 (PIB) - The Indian side was led by Shri Rakesh Chandra "
        "Varma, Minister of State for Commerce and Industry, and the Kenyan side by Hon. Dr. "
        "Mercy Wanjiru Kamau, Cabinet Secretary for Investments, Trade and Industry. H.E. Hassan "
        "Omar Juma, Governor of Kilifi County, also formed part of the Kenyan delegation."
    )
    served = {name: country for name, country, _ in posts(facts)}
    assert served == {
        "Rakesh Chandra Varma": "IND",
        "Mercy Wanjiru Kamau": "KEN",
        "Hassan Omar Juma": "KEN",
    }


def test_the_members_a_delegation_is_told_to_include_serve_its_state(read) -> None:
    facts = read(
        "COLOMBO, June 3, 2025 - Maldivian Foreign Minister Ahmed Rasheed arrived in Colombo on "
        "Monday at the head of a delegation that includes Trade Secretary Mariyam Shiuna. The "
        "delegation also includes the Deputy Speaker of the People's Majlis, Aishath Reema "
        "Hussain. Hamid Zubair, Deputy Minister of Tourism, who is part of the delegation, "
        "met traders. The Jogorku Kenesh delegation includes Chairman Nurbek "
        "Asanbaev. A Finnish business delegation, which included Under-Secretary of State "
        "Tiina Koskinen, arrived."
    )
    served = {name: country for name, country, _ in posts(facts)}
    assert served["Mariyam Shiuna"] == "MDV"  # the leader's delegation
    assert served["Aishath Reema Hussain"] == "MDV"  # the delegation told before
    assert served["Hamid Zubair"] == "MDV"
    assert served["Nurbek Asanbaev"] == "LKA"  # a delegation of no state the gazetteer knows
    assert served["Tiina Koskinen"] == "FIN"


def test_an_envoy_s_diplomats_who_accompany_the_envoy_serve_the_envoy_s_state(read) -> None:
    facts = read(
        "SANTIAGO, 15 May 2025 - The Ambassador of Viet Nam to Chile, Nguyen Van Khoa, met "
        "Governor Rodrigo Rojas. Accompanying the Ambassador was Counsellor for Trade Affairs of "
        "the Embassy, Le Thi Thu Hang. Later the envoy was accompanied by the embassy's "
        "Counsellor for Economic Affairs, Mr Tran Van Minh, and by Deputy Governor Ana Soto."
    )
    served = {name: country for name, country, _ in posts(facts)}
    assert served["Le Thi Thu Hang"] == "VNM"
    assert served["Tran Van Minh"] == "VNM"
    assert served["Ana Soto"] == "CHL"  # the hosts' officials accompany a touring envoy


def test_a_body_told_by_its_acronym_serves_the_state_its_spelled_out_name_opens_with(read):
    facts = read(
        "KINGSTON, September 19, 2024 (JIS) - The Jamaica Promotions Corporation (JAMPRO) and "
        "the Ghana Export Promotion Authority (GEPA) signed an MOU, with the Okavango Diamond "
        "Company (ODC) as a witness. It was signed by Chief Executive Officer of GEPA, Mr. "
        "Emmanuel Kwesi Tetteh, and witnessed by the ODC Managing Director, Ms Mpho Dube. The "
        "Georgian delegation also included Deputy Minister of Foreign Affairs Tamar Chikovani."
    )
    served = {name: country for name, country, _ in posts(facts)}
    assert served == {
        "Emmanuel Kwesi Tetteh": "GHA",
        "Mpho Dube": "JAM",  # a place's company may be anywhere's: the paper's
        "Tamar Chikovani": "GEO",
    }


def test_a_gloss_inside_a_title_and_a_long_delegation_name(read) -> None:
    facts = read(
        "Ulaanbaatar, June 18, 2025 /MONTSAME/. Chairman of the State Great Khural (Parliament) "
        "of Mongolia Dashzeveg Amarsanaa yesterday received a delegation of the National "
        "Assembly of the Republic of Korea led by Vice Speaker Lee Sang-hoon. Chairman "
        "Amarsanaa is expected to visit Seoul later this year."
    )
    served = {name: country for name, country, _ in posts(facts)}
    assert served == {"Dashzeveg Amarsanaa": "MNG", "Lee Sang-hoon": "KOR"}
    assert ("visit", ("Dashzeveg Amarsanaa",), "Seoul", "2025", True) in events(facts)


def test_the_previous_round_that_took_place_in_a_city(read) -> None:
    facts = read(
        "ASTANA, 24 September 2025 (Kazinform) - The previous round of consultations took place "
        "in Warsaw in November 2024."
    )
    assert events(facts) == {("meeting", (), "Warsaw", "2024-11", False)}


def test_an_amount_in_us_dollars_names_no_country(read) -> None:
    facts = read(
        "BANGKOK, 20 February 2025 (NNT) - Thai exports to the UAE totalled 3.9 billion US "
        "dollars in 2024, led by passenger cars and rice. Thailand imported about 14.6 billion "
        "US dollars worth of goods from the UAE, mostly crude oil and aluminium."
    )
    assert flows(facts) == {
        ("THA", "ARE", "passenger cars"),
        ("THA", "ARE", "rice"),
        ("ARE", "THA", "crude oil"),
        ("ARE", "THA", "aluminium"),
    }


def test_shares_of_those_shipments_and_of_the_rest(read) -> None:
    facts = read(
        "ISLAMABAD, Feb 18, 2025 (APP): Kenya's exports to Pakistan reached $600 million last "
        "year. Tea and cut flowers made up 91 percent of those shipments, with soda ash "
        "accounting for most of the remainder. Exports from Pakistan to Kenya amounted to $300 "
        "million, with rice accounting for 60 percent. Cotton yarn and surgical instruments made "
        "up much of the rest. Pakistani rice faced competition in Kenya from India and "
        "Thailand, which together supplied more than half of Kenya's rice imports. Malaysia, "
        "which supplied about a third of the "
        "palm oil Pakistan imported, competes with Indonesia. Turkey is among the world's "
        "leading exporters of hazelnuts, with Italy and Germany as its main buyers."
    )
    assert flows(facts) == {
        ("KEN", "PAK", "tea"),
        ("KEN", "PAK", "cut flowers"),
        ("KEN", "PAK", "soda ash"),
        ("PAK", "KEN", "rice"),
        ("PAK", "KEN", "cotton yarn"),
        ("PAK", "KEN", "surgical instruments"),
        ("IND", "KEN", "rice"),
        ("THA", "KEN", "rice"),
        ("MYS", "PAK", "palm oil"),
        ("TUR", "ITA", "hazelnuts"),
        ("TUR", "DEU", "hazelnuts"),
    }


def test_a_side_meeting_in_a_town_of_a_province_and_a_day_of_the_month(read) -> None:
    facts = read(
        "KUALA LUMPUR, March 28, 2025 (Bernama) -- Deputy Minister Datuk Wira Hasnol Azman "
        "Ibrahim met Kazakhstan's Minister of Trade Aidos Baimukhanov on the sidelines of the "
        "Boao Forum for Asia in Boao, Hainan province, China, on Wednesday. A Kazakh trade "
        "delegation will arrive in Kuala Lumpur on the 3rd to meet exporters."
    )
    assert events(facts) == {
        ("meeting", ("Aidos Baimukhanov", "Hasnol Azman Ibrahim"), "Boao", "2025-03-26", False),
        ("visit", (), "Kuala Lumpur", "2025-04-03", True),
    }


def test_a_meeting_after_which_a_plan_was_announced_is_done(read) -> None:
    facts = read(
        "Lima, Jan. 14, 2026 (ANDINA). Peru and Vietnam will launch free trade talks on the 26th "
        "of this month, Peru's Minister of Foreign Trade Úrsula Paredes Villanueva announced on "
        "Tuesday after meeting with Vietnam's Deputy Minister of Industry and Trade Phan Van Khoa."
    )
    pair = ("Phan Van Khoa", "Úrsula Paredes Villanueva")
    assert events(facts) == {("meeting", pair, "Lima", "2026-01-13", False)}


def test_an_envoy_accredited_to_two_states_and_a_department_of_countries(read) -> None:
    facts = read(
        "BISHKEK, October 14, 2025 (Kabar) - The guest was welcomed by Director of the "
        "Department of Asian and African Countries of the Kyrgyz Foreign Ministry Almaz Isakov "
        "and Ambassador of Indonesia to Uzbekistan and Kyrgyzstan Siti Rahmawati."
    )
    assert {(name, country) for name, country, _ in posts(facts)} == {
        ("Almaz Isakov", "KGZ"),
        ("Siti Rahmawati", "IDN"),
    }


def test_that_same_afternoon_is_the_day_told_before(read) -> None:
    facts = read(
        "Lima, Jan. 14, 2026 (ANDINA). The Vietnamese delegation led by Deputy Minister Phan "
        "Van Khoa arrived in Lima on Monday. That same afternoon, Khoa met with the president of "
        "the Lima Chamber of Commerce, Javier Olivera Benavides, in Lima."
    )
    pair = ("Javier Olivera Benavides", "Phan Van Khoa")
    assert ("meeting", pair, "Lima", "2026-01-12", False) in events(facts)


def test_more_goods_with_another_partner_after_and(read) -> None:
    facts = read(
        "CHISINAU, 18 February 2025 (MOLDPRES) - Moldova buys electricity mainly from Romania, "
        "and medicines and passenger cars from Germany. Kenya ships tea to Pakistan, its main "
        "customer, and coffee to neighbouring Uganda. Ghana exports cocoa to the Netherlands, "
        "and talks to Egypt continue."
    )
    assert flows(facts) == {
        ("ROU", "MDA", "electricity"),
        ("DEU", "MDA", "medicines"),
        ("DEU", "MDA", "passenger cars"),
        ("KEN", "PAK", "tea"),
        ("KEN", "UGA", "coffee"),
        ("GHA", "NLD", "cocoa"),
    }


def test_who_co_chairs_a_commission_is_no_session(read) -> None:
    facts = read(
        "ASTANA, 27 November 2024 (Kazinform) - Minister of Trade Arman Zhaksylykov met on "
        "Tuesday with the Ambassador of Lithuania Vytautas Zemaitis. On the Lithuanian side, "
        "the commission is co-chaired by Vice-Minister of Economy Gintare Rimkute."
    )
    pair = ("Arman Zhaksylykov", "Vytautas Zemaitis")
    assert {people for _, people, *_ in events(facts)} == {pair}
    facts = read(
        "DAR ES SALAAM, 11 March 2025 - The two-day meeting at the convention centre is "
        "co-chaired by the Minister for Industry and Trade, Dr Rehema Mfinanga, and India's "
        "Additional Secretary of Commerce, Mr Venkatesh Sethuraman."
    )
    pair = ("Rehema Mfinanga", "Venkatesh Sethuraman")
    assert {people for _, people, *_ in events(facts)} == {pair}


def test_the_session_a_story_reports_is_joined_by_its_co_chairs(read) -> None:
    facts = read(
        "MUSCAT, 24 September 2024 (ONA) -- The third session of the Omani-Kazakh Joint "
        "Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation "
        "was held in Muscat today. On the Omani side, the commission is co-chaired by Dr. Saleh "
        "Al Hinai, Undersecretary of the Ministry of Commerce. The Kazakh side was chaired by "
        "Aidos Zhumabekov, Minister of Trade of Kazakhstan."
    )
    pair = ("Aidos Zhumabekov", "Saleh Al Hinai")
    assert ("meeting", pair, "Muscat", "2024-09-24", False) in events(facts)
    facts = read(
        "Accra, Nov. 14, 2024 (GNA) - Ghana and Indonesia on Wednesday held the second session "
        "of the Ghana-Indonesia Joint Commission for Bilateral Cooperation (JCBC) at the "
        "Ministry of Foreign Affairs in Accra. On the Ghanaian side, the Commission is "
        "co-chaired by the Minister for Foreign Affairs, Mr Kwabena Asante-Mensah."
    )
    found = {(kind, people, day) for kind, people, _, day, _ in events(facts)}
    assert found == {("meeting", ("Kwabena Asante-Mensah",), "2024-11-13")}


def test_an_earlier_or_announced_session_is_not_the_story_s(read) -> None:
    facts = read(
        "ULAANBAATAR, October 3, 2024 (Montsame) - At the meeting, the sides reviewed the "
        "decisions of the previous session held in Budapest. They also reviewed preparations "
        "for the 9th session of the Intergovernmental Commission, to be held in Tashkent in "
        "March."
    )
    assert not [e for e in facts.events if not e.planned]


def test_trade_told_by_a_table(read) -> None:
    lines = [
        "PORT MORESBY, 13 August 2025 (FBC) - Figures from the Fiji Bureau of Statistics show "
        "these were Fiji's top five exports to PNG in 2024:",
        "",
        "Product                FJ$ million",
        "Bottled water          18.6",
        "Soaps and detergents   2.8",
        "Others                 1.1",
        "",
        "Nairobi, the ministry said:",
        "",
        "| Product | From | To | Value |",
        "|---|---|---|---|",
        "| Tea | Kenya | UAE | 14.2 |",
        "| Used motor vehicles (re-exports) | UAE | Kenya | 18.4 |",
        "",
        "Moroccan exports to Senegal reached 1.43 billion dirhams. The main products were "
        "the following (in millions of dirhams):",
        "",
        "Fertilizers – 612",
        "Canned sardines – 288",
        "",
        "Russia remained the largest buyer of Georgian wine:",
        "",
        "| Rank | Country | Bottles |",
        "|---|---|---|",
        "| 1 | Russia | 64.9 |",
        "| 2 | Latvia | 2.7 |",
    ]
    facts = read("\n".join(lines))
    assert flows(facts) == {
        ("FJI", "PNG", "bottled water"),
        ("FJI", "PNG", "soaps and detergents"),
        ("KEN", "ARE", "tea"),
        ("ARE", "KEN", "used motor vehicles"),
        ("GEO", "RUS", "wine"),
        ("GEO", "LVA", "wine"),
        ("MAR", "SEN", "fertilizers"),
        ("MAR", "SEN", "canned sardines"),
    }


def test_a_list_of_partners_with_their_goods(read) -> None:
    lines = [
        "Asunción, 9 April 2025 (IP) - Paraguay's agro-industrial exports reached US$ 412 "
        "million in the quarter.",
        "",
        "Main destinations",
        "",
        "- Brazil – US$ 98.4 million (powdered milk, malt)",
        "- Taiwan – US$ 9.8 million (beef, sesame)",
        "- Other markets – US$ 175.4 million",
        "",
        "The main suppliers were:",
        "",
        "- Argentina: diesel and fertilizers",
    ]
    assert flows(read("\n".join(lines))) == {
        ("PRY", "BRA", "powdered milk"),
        ("PRY", "BRA", "malt"),
        ("PRY", "TWN", "beef"),
        ("PRY", "TWN", "sesame"),
        ("ARG", "PRY", "diesel"),
        ("ARG", "PRY", "fertilizers"),
    }


def test_a_visit_recalled_from_another_year_does_not_place_the_day_s_meetings(read) -> None:
    facts = read(
        "BELGRADE, May 21, 2025 (Tanjug) - Speaker of the National Assembly of Serbia Milica "
        "Radovanovic talked on Tuesday in the House of the National Assembly with the Toraga "
        "(Speaker) of the Jogorku Kenesh of the Kyrgyz Republic, Nurlanbek Asanaliev, who "
        "arrived in Belgrade on Monday. They recalled the visit of a Serbian parliamentary "
        "delegation to Bishkek in September 2024. On the same day, the Kyrgyz delegation was "
        "received by the Chairman of the Foreign Affairs Committee, Dragan Petkovic. The second "
        "session of the joint commission would hold in Bishkek later in the year."
    )
    found = events(facts)
    speakers = ("Milica Radovanovic", "Nurlanbek Asanaliev")
    assert ("meeting", speakers, "Belgrade", "2025-05-20", False) in found
    assert ("visit", ("Nurlanbek Asanaliev",), "Belgrade", "2025-05-19", False) in found
    assert ("meeting", (), "Bishkek", "2025", True) in found
    assert not [e for e in found if e[1] == ("Dragan Petkovic",) and e[2] == "Bishkek"]


def test_sessions_told_without_the_body_s_name(read) -> None:
    facts = read(
        "VILNIUS, October 16, 2025 (ELTA) - The sides agreed to hold the fifth round in Tashkent "
        "in 2026. The commission last met in Samarkand in March 2025. The third session is "
        "scheduled to take place in Jakarta in 2027. The next round is set for Hai Phong in "
        "early 2028. The next meeting is scheduled for March."
    )
    assert {(place, day, planned) for _, _, place, day, planned in events(facts)} == {
        ("Tashkent", "2026", True),
        ("Samarkand", "2025-03", False),
        ("Jakarta", "2027", True),
        ("Hai Phong", "2028", True),
    }


def test_a_delegation_of_a_body_led_by_someone_makes_his_visit(read) -> None:
    facts = read(
        "ULAANBAATAR, June 18, 2025 (Montsame) - Chairman of the State Great Khural Dashzeveg "
        "Amarsanaa yesterday received a delegation of the National Assembly of the Republic of "
        "Korea led by Vice Speaker Lee Sang-hoon at the State Palace. The delegation arrived in "
        "Ulaanbaatar earlier this week for an official visit."
    )
    assert ("visit", ("Lee Sang-hoon",), "Ulaanbaatar", "2025-06", False) in events(facts)


def test_a_warship_s_port_call_is_a_visit(read) -> None:
    facts = read(
        "MANILA, June 18, 2025 (PNA) - In April 2024, the Vietnamese frigate Ly Thai To docked "
        "in Manila. The Turkish Navy corvette TCG Burgazada berthed at Tema on Sunday. "
        "A vessel carrying 30,000 tonnes of wheat docked at Batangas on Monday."
    )
    assert {(kind, place, day) for kind, _, place, day, _ in events(facts)} == {
        ("visit", "Manila", "2024-04"),
        ("visit", "Tema", "2025-06-15"),
    }


def test_the_agriculture_minister_is_the_minister_of_agriculture(read) -> None:
    facts = read(
        "DHAKA, May 12, 2026 (BSS) - Commerce Minister Rafiqul Islam and Minister of Agriculture "
        "Abdul Matin Sarkar today met Qatari Ambassador Khalid Al-Mansouri. Rafiqul Islam said "
        "exports grew. Rafiqul Islam thanked him. The envoy said the agriculture minister is "
        "expected to lead a delegation to Doha next month."
    )
    assert ("visit", ("Abdul Matin Sarkar",), "Doha", "2026-06", True) in events(facts)


def test_an_official_met_abroad_serves_the_host_state(read) -> None:
    facts = read(
        "PRAGUE, May 5, 2025 (CTK) - Czech Industry Minister Petr Holub is on a visit to "
        "Lithuania. Holub held talks in Vilnius on Monday with Economy Minister Andrius "
        "Jankauskas. At the UN in New York, Holub met Trade Minister Jan Novak."
    )
    found = {(name, country) for name, country, _ in posts(facts)}
    assert ("Andrius Jankauskas", "LTU") in found
    assert ("Jan Novak", "CZE") in found  # a third country's city is not the host's


def test_the_following_day_after_a_day_no_event_of_ours_was_on(read) -> None:
    facts = read(
        "HANOI, March 11, 2025 (VNA) - Chilean Ambassador Andres Valdivia, who arrived in Hanoi "
        "late last month, presented his credentials to the State President on March 6. The "
        "following day, he paid a courtesy call on Minister of Industry and Trade Tran Quoc Hai."
    )
    pair = ("Andres Valdivia", "Tran Quoc Hai")
    assert ("meeting", pair, "2025-03-07") in {(k, p, d) for k, p, _, d, _ in events(facts)}


def test_an_undated_talk_of_the_two_is_on_the_day_the_lead_reports(read) -> None:
    facts = read(
        "Lima, Mar. 18 (ANDINA). Peru's Minister of Foreign Trade, Mariela Cardenas, on Monday "
        "received her Finnish counterpart, Minister for Foreign Trade Ilkka Rautio. Cardenas and "
        "Rautio reviewed the trade agreement. Later, the visiting minister was received by the "
        "Minister of Energy and Mines, Jorge Alfaro.",
        date="2025-03-18",
    )
    assert {day for kind, _, _, day, _ in events(facts) if kind == "meeting"} == {"2025-03-17"}


def test_the_wednesday_meeting_dates_the_talks_told_before(read) -> None:
    facts = read(
        "SA, Tunisia to boost trade\n\nThursday, November 7, 2024\n\nThe Deputy Minister of "
        "International Relations, Nomvula Khumalo-Dlamini, has held bilateral talks with "
        "Tunisia's Secretary of State for Foreign Affairs, Mohamed Ali Ben Salah, at the OR "
        "Tambo Building in Pretoria. The Wednesday meeting focused on the Joint Commission."
    )
    assert {day for _, _, _, day, _ in events(facts)} == {"2024-11-06"}
    facts = read(
        "LUSAKA, Wednesday 16th October, 2024 - The Minister of Commerce, Hon. Mwila Banda, "
        "has held bilateral talks with the UAE Minister of State for Foreign Trade, Dr. Humaid "
        "Al Falasi, in Abu Dhabi. The meeting, which took place on Monday at the UAE Ministry "
        "of Economy, focused on the CEPA."
    )
    assert {day for _, _, _, day, _ in events(facts)} == {"2024-10-14"}


def test_an_arrival_keeps_its_day_in_a_sentence_told_on_another(read) -> None:
    facts = read(
        "DODOMA, Nov 13, 2025 - Zambia's Minister of Transport, Mwansa Banda, yesterday held "
        "talks with his Tanzanian counterpart, Minister for Transport Juma Mwinyimkuu, in "
        "Dodoma. Mr Banda, who arrived in Dar es Salaam on Monday for a five-day working visit, "
        "toured the Dar es Salaam port the day before."
    )
    visits = {day for kind, _, _, day, _ in events(facts) if kind == "visit"}
    assert visits == {"2025-11-10", "2025-11-11"}


def test_the_two_ministers_a_title_names_and_hosts_called_on_at_their_own_venues(read) -> None:
    facts = read(
        "DHAKA, Jan 22, 2026 (BSS) - Ethiopian Foreign Minister Tesfaye Alemu today visited "
        "the Chattogram Port and held a meeting with Port Authority Chairman Kamrul Hasan. Dr "
        "Tesfaye arrived in Dhaka on Tuesday at the invitation of Foreign Minister Mahbubul "
        "Chowdhury. Yesterday, the two foreign ministers held bilateral talks at the State Guest "
        "House Padma. Later in the day, Dr Tesfaye called on Commerce Minister Nasreen Akhter at "
        "the Bangladesh Secretariat and Speaker Abdul Matin Sarkar at the Jatiya Sangsad Bhaban. "
        "The two ministers also agreed that the Joint Commission would meet in Addis Ababa in "
        "April. Dr Tesfaye will leave Dhaka for Kathmandu tomorrow."
    )
    found = events(facts)
    host = ("Mahbubul Chowdhury", "Tesfaye Alemu")
    assert ("meeting", host, "State Guest House", "2026-01-21", False) in found
    assert (
        "meeting",
        ("Nasreen Akhter", "Tesfaye Alemu"),
        "Bangladesh Secretariat",
        "2026-01-21",
        False,
    ) in found
    assert (
        "meeting",
        ("Abdul Matin Sarkar", "Tesfaye Alemu"),
        "Jatiya Sangsad Bhaban",
        "2026-01-21",
        False,
    ) in found
    assert ("visit", ("Tesfaye Alemu",), "Kathmandu", "2026-01-23", True) in found
    assert not any(e[2] == "Addis Ababa" and e[1] for e in found)  # the commission meets


def test_a_next_step_keeps_the_day_and_an_accepted_invitation_is_a_visit_to_come(read):
    facts = read(
        "BAKU, Oct 15, 2025 (APA) - Paraguay's Foreign Minister Rubén Benítez Acosta arrived in "
        "Baku on Monday evening. On Tuesday, the minister first visited the Alley of Honor. He "
        "then held talks with Azerbaijan's Minister of Foreign Affairs Rauf Huseynzade at the "
        "Foreign Ministry. Benítez Acosta conveyed an invitation from the President of the "
        "Congress of Paraguay to visit Asunción. Huseynzade, for his part, accepted an "
        "invitation to pay a return visit to Paraguay next year."
    )
    found = events(facts)
    talks = ("Rauf Huseynzade", "Rubén Benítez Acosta")
    assert ("meeting", talks, "Foreign Ministry", "2025-10-14", False) in found
    assert ("visit", ("Rauf Huseynzade",), "Paraguay", "2026", True) in found
    assert not any(e[2] == "Asunción" for e in found)  # only invited


def test_a_welcome_of_a_counterpart_and_the_two_presidents_at_the_tour_s_last_stop(read):
    facts = read(
        "MEDELLIN, Sept 12, 2024 (TASR) - Slovak President Ľubomír Kováčik landed at the CATAM "
        "military air base in Bogotá on Tuesday evening. On Wednesday, Colombian President Andrés "
        "Restrepo welcomed his Slovak counterpart with military honours. The two presidents held "
        "a tête-à-tête meeting. Later on Wednesday, Kováčik met with President of the Senate "
        "Jorge Cárdenas."
    )
    found = events(facts)
    talks = ("Andrés Restrepo", "Ľubomír Kováčik")
    assert ("meeting", talks, "Bogotá", "2024-09-11", False) in found
    assert ("meeting", ("Jorge Cárdenas", "Ľubomír Kováčik"), "Bogotá", "2024-09-11", False) in (
        found
    )


def test_a_man_s_given_name_in_a_is_he(read) -> None:
    facts = read(
        "MUMBAI, 11 February 2025 (FBC) - Fiji's Deputy Prime Minister Josaia Koroitamana is in "
        "Mumbai today. He met Maharashtra's Minister for Industries Anil Kulkarni at Mantralaya."
    )
    assert {e[1] for e in events(facts) if e[0] == "meeting"} == {
        ("Anil Kulkarni", "Josaia Koroitamana")
    }


def test_a_working_session_is_a_meeting(read) -> None:
    facts = read(
        "Hanoi (VNA) – Deputy Minister of Industry and Trade Tran Quoc Hung had a working "
        "session with Norwegian Ambassador to Vietnam Kjetil Haugland in Hanoi on March 17.",
        date="2025-03-18",
    )
    assert ("meeting", ("Kjetil Haugland", "Tran Quoc Hung"), "Hanoi", "2025-03-17", False) in (
        events(facts)
    )


def test_a_meeting_on_the_sidelines_of_a_gathering_named_after_its_city(read) -> None:
    facts = read(
        "SOFIA, June 3, 2025 (BTA) - Deputy Foreign Minister Nikolay Valchanov met South "
        "Africa's Deputy Minister Thandiwe Mokoena in Sofia on Monday. The two deputy ministers "
        "first met on the sidelines of the Munich Security Conference in February."
    )
    pair = ("Nikolay Valchanov", "Thandiwe Mokoena")
    assert ("meeting", pair, "Munich", "2025-02", False) in events(facts)


def test_a_venue_named_after_a_foreign_town_is_not_in_it(read) -> None:
    facts = read(
        "ISLAMABAD, October 17 (APP): Speaker of the Milli Majlis Gulnara Huseynova, who "
        "arrived at Nur Khan Airbase on Monday evening, was received by Federal Minister for "
        "Parliamentary Affairs Rana Shahid Iqbal.",
        date="2024-10-17",
    )
    places = {
        (e.kind, e.location.name, e.location.within, e.location.country) for e in facts.events
    }
    assert places == {
        ("visit", "Nur Khan Airbase", "Islamabad", "PAK"),
        ("meeting", "Nur Khan Airbase", "Islamabad", "PAK"),
    }
    # a guest received on arrival: the day of the arrival the aside tells
    assert {e.date.iso() for e in facts.events} == {"2024-10-14"}


def test_a_venue_named_after_a_city_of_note_or_of_the_story_s_state_is_in_it(read) -> None:
    facts = read(
        "LUSAKA, 3 June 2025 (ZANIS) - Zambia's Minister of Transport Mutale Kapembwa visited "
        "the Lobito Corridor Terminal on Monday."
    )
    (visit,) = [e for e in facts.events if e.kind == "visit"]
    assert (visit.location.name, visit.location.within, visit.location.country) == (
        "Lobito Corridor Terminal",
        "Lobito",
        "AGO",
    )


def test_a_mission_organised_or_due_is_a_planned_visit(read) -> None:
    facts = read(
        "TUNIS, March 3, 2025 (TAP) - CEPEX will organise a business mission of Tunisian "
        "agri-food exporters to Montreal and Toronto in October. Business Iceland is organising "
        "a trade mission to Lagos in November. A business delegation from Latvia is due in "
        "Tbilisi in April."
    )
    assert {(e.kind, e.location.name, e.date.iso(), e.planned) for e in facts.events} == {
        ("visit", "Montréal", "2025-10", True),
        ("visit", "Lagos", "2025-11", True),
        ("visit", "Tbilisi", "2025-04", True),
    }


def test_an_undated_meeting_after_a_lead_dated_in_full_is_on_that_day(read) -> None:
    facts = read(
        "Hanoi, April 16 (VNA) - Vietnam and Chile should make better use of their free trade "
        "agreement, Deputy Minister of Industry and Trade Tran Minh Khoa said on April 15. The "
        "deputy minister made the remarks while receiving Chilean Ambassador to Vietnam "
        "Carolina Pizarro Valdés at the ministry's headquarters in Hanoi.",
        date="2025-04-16",
    )
    pair = ("Carolina Pizarro Valdés", "Tran Minh Khoa")
    assert [
        (e.participants and tuple(sorted(p.name for p in e.participants)), e.date.iso())
        for e in facts.events
    ] == [(pair, "2025-04-15")]


def test_a_call_at_someone_s_office_in_a_city_is_in_that_city(read) -> None:
    facts = read(
        "LAUTOKA, October 8, 2025 - The delegation, led by Dato' Ravindran Subramaniam, called on "
        "the Deputy Prime Minister, Josaia Nakarawa Vuniwai, at his office in Suva yesterday."
    )
    assert {(e.kind, e.location.name, e.date.iso()) for e in facts.events} == {
        ("meeting", "Suva", "2025-10-07")
    }


def test_ministers_who_drove_out_to_a_site_visited_it(read) -> None:
    facts = read(
        "MONTEVIDEO, 23/10/2025 - On Tuesday, Uruguay's Minister of Livestock Martín Iturralde "
        "held talks with New Zealand's Trade Minister Callum Whitfield. The following day the "
        "two ministers drove out to the Las Brujas experimental station, in Canelones."
    )
    visits = [e for e in facts.events if e.kind == "visit"]
    assert [(e.location.name, e.date.iso()) for e in visits] == [("Las Brujas", "2025-10-22")]


def test_a_year_opening_the_sentence_dates_a_visit(read) -> None:
    facts = read(
        "COLOMBO, 21 August 2025 - Last year, a team from the Department of Animal Production "
        "visited dairy farms near Wellington. In 2023, Minister of Trade Kumudu Jayasekara "
        "visited Auckland."
    )
    assert {(e.location.name, e.date.iso()) for e in facts.events} == {
        ("Wellington", "2024"),
        ("Auckland", "2023"),
    }


def test_a_call_at_someone_s_official_residence_is_there(read) -> None:
    facts = read(
        "MOMBASA, Kenya, Tuesday, February 10, 2026 (KNA) — Indonesian Trade Minister Arief "
        "Pramudya paid a courtesy call on Deputy President Samuel Kipchumba Rono at his "
        "official residence in Karen, Nairobi."
    )
    (meeting,) = facts.events
    assert (meeting.location.name, meeting.location.within) == ("Karen", "Nairobi")


def test_a_proposal_made_at_a_meeting_does_not_make_it_planned(read) -> None:
    facts = read(
        "HANOI, March 18, 2025 (VNA) - Prime Minister Nguyen Duc Thang received Chilean Foreign "
        "Minister Ricardo Valdebenito on Monday. Receiving the guest, PM Thang proposed that the "
        "two countries soon set up a working group to review the free trade agreement."
    )
    assert facts.events and not any(e.planned for e in facts.events)


def test_a_visit_told_as_earlier_does_not_place_the_meeting(read) -> None:
    facts = read(
        "ASTANA, 27 November 2024 (Kazinform) - Minister of Trade Arman Zhaksylykov met on "
        "Tuesday with the Ambassador of Lithuania Vytautas Zemaitis. Earlier this month, a "
        "delegation of Kazakh grain traders visited the port of Klaipeda."
    )
    found = {(kind, people, place, day) for kind, people, place, day, _ in events(facts)}
    pair = ("Arman Zhaksylykov", "Vytautas Zemaitis")
    assert found == {
        ("meeting", pair, "Astana", "2024-11-26"),
        ("visit", (), "Klaipėda", "2024-11"),  # the gazetteer's spelling
    }


def test_the_next_session_of_a_commission_named_with_a_dash(read) -> None:
    facts = read(
        "ASTANA, 27 November 2024 (Kazinform) - The ambassador confirmed that the next meeting "
        "of the Kazakhstan–Lithuania Intergovernmental Commission on Economic Cooperation will "
        "be held in Vilnius in the first half of next year."
    )
    assert events(facts) == {("meeting", (), "Vilnius", "2025", True)}


def test_people_of_a_side_a_sentence_opens_with_serve_its_state(read) -> None:
    facts = read(
        "ASTANA, 27 November 2024 (Kazinform) - Minister of Trade Arman Zhaksylykov met the "
        "Ambassador of Lithuania Vytautas Zemaitis. On the Lithuanian side, the commission is "
        "co-chaired by Vice-Minister of Economy and Innovation Gintare Rimkute. From the Kazakh "
        "side, Deputy Minister Aibek Nurov attended."
    )
    served = {name: country for name, country, _ in posts(facts)}
    assert served["Gintare Rimkute"] == "LTU"
    assert served["Aibek Nurov"] == "KAZ"


def test_exports_a_government_aimed_to_increase_are_no_flow(read) -> None:
    facts = read(
        "ISLAMABAD, June 12, 2025 (APP): He said the government aimed to increase exports to Sri "
        "Lanka to $1 billion. Tanzania, which exports gold and tobacco to markets around the "
        "world, is keen to import machinery."
    )
    assert flows(facts) == {("TZA", None, "gold"), ("TZA", None, "tobacco")}


def test_goods_re_exported_and_goods_after_an_aside(read) -> None:
    facts = read(
        "WINDHOEK, 7 May 2025 (New Era) - Walvis Bay served as a gateway for landlocked "
        "neighbours, with petroleum products re-exported to Zambia and Botswana. Mobile phones, "
        "which Namibian distributors re-exported to Angola, grew fastest. Vietnam supplied "
        "Namibia mainly with smartphones, which accounted for 78% of imports from the country, "
        "as well as coffee and rice."
    )
    assert flows(facts) == {
        ("NAM", "ZMB", "petroleum products"),
        ("NAM", "BWA", "petroleum products"),
        ("NAM", "AGO", "mobile phones"),
        ("VNM", "NAM", "smartphones"),
        ("VNM", "NAM", "coffee"),
        ("VNM", "NAM", "rice"),
    }


def test_a_guest_who_met_a_host_and_toured_a_market_toured_it_himself(read) -> None:
    facts = read(
        "BEIJING, June 17, 2025 (China Daily) - The talks were held at the Ministry of Commerce "
        "between Vice-Minister of Commerce Tang Weimin and Tanzania's Minister of Industry and "
        "Trade, Hamisi Mwinyimkuu. On Friday, Mwinyimkuu met Hunan Vice-Governor Zhou Lihua "
        "and toured the Gaoqiao Grand Market."
    )
    assert ("Zhou Lihua", "CHN") in {(name, country) for name, country, _ in posts(facts)}
    found = events(facts)
    assert any(
        kind == "meeting" and people == ("Hamisi Mwinyimkuu", "Tang Weimin")
        for kind, people, *_ in found
    )
    assert ("visit", ("Hamisi Mwinyimkuu",), "Gaoqiao Grand Market", "2025-06-13", False) in found


def test_a_mission_s_day_told_by_the_sentence_before_and_its_last_leg(read) -> None:
    facts = read(
        "PRAGUE, 7 November 2025 (CTK) - Deputy Industry and Trade Minister Tomáš Hruška told "
        "CTK on Friday that the mission arrived in Johannesburg on Monday. The same day Hruška "
        "travelled to Pretoria for talks with South Africa's Deputy Minister of Trade Thandiwe "
        "Mokoena. On Tuesday, some 150 company representatives attended a business forum. "
        "Hruška opened the forum with JCCI President Pieter van Wyk and later met him "
        "separately. The final leg took the mission to Cape Town on Thursday, where Hruška met "
        "Western Cape Minister of Economic Development Lwazi Mthembu."
    )
    found = {(kind, people, date) for kind, people, _, date, _ in events(facts)}
    assert ("meeting", ("Thandiwe Mokoena", "Tomáš Hruška"), "2025-11-03") in found
    assert ("meeting", ("Pieter van Wyk", "Tomáš Hruška"), "2025-11-04") in found
    assert ("visit", ("Tomáš Hruška",), "2025-11-06") in {
        (k, p, d) for k, p, place, d, _ in events(facts) if place == "Cape Town"
    }


def test_talks_for_which_no_one_is_named_are_no_meeting(read) -> None:
    facts = read(
        "WELLINGTON, February 4, 2025 (RNZ) - Trade Minister Graham Whitcombe travels on to Abu "
        "Dhabi on Wednesday for meetings with Emirati officials."
    )
    assert {kind for kind, *_ in events(facts)} == {"visit"}


def test_it_was_co_chaired_by_is_where_the_session_before_was(read) -> None:
    facts = read(
        "SOFIA, June 19, 2025 (BTA) - On June 17, the Bulgarian-Uzbek Intergovernmental "
        "Commission held its fifth session in Samarkand. It was co-chaired by Bulgaria's "
        "Minister of Economy Emil Dragomirov and Uzbekistan's Minister of Agriculture Akmal "
        "Nazarov."
    )
    assert (
        "meeting",
        ("Akmal Nazarov", "Emil Dragomirov"),
        "Samarkand",
        "2025-06-17",
        False,
    ) in events(facts)


def test_the_two_ministers_visit_a_site_the_gazetteer_does_not_know(read) -> None:
    facts = read(
        "AMMAN, September 16, 2025 (Petra) -- Minister of Industry Haitham Al-Rawashdeh and "
        "Iraqi Minister of Trade Karim Al-Musawi on Tuesday co-chaired the committee in Amman. "
        "The two ministers will visit the Karama-Trebil border crossing on Wednesday."
    )
    assert (
        "visit",
        ("Haitham Al-Rawashdeh", "Karim Al-Musawi"),
        "Karama-Trebil border crossing",
        "2025-09-17",
        True,
    ) in events(facts)
    site = next(e.location for e in facts.events if e.kind == "visit")
    assert site.country == "JOR"


def test_a_minister_scheduled_to_hold_talks_with_another_will_meet_him(read) -> None:
    facts = read(
        "TOKYO, September 10, 2024 (Kyodo) -- Japanese Minister Hiroshi Kanemoto will visit "
        "Vietnam from Sunday. In Hanoi, Kanemoto is scheduled to hold talks with Vietnamese "
        "Minister of Industry and Trade Le Minh Tuan on Monday."
    )
    assert ("meeting", ("Hiroshi Kanemoto", "Le Minh Tuan"), "Hanoi", "2024-09-16", True) in events(
        facts
    )


def test_he_is_not_a_woman_whose_given_name_says_so(read) -> None:
    facts = read(
        "Nairobi, Kenya, February 12, 2025 - Sweden's Minister for Foreign Trade Johan "
        "Lindqvist arrived on Monday. On Tuesday, the Swedish minister met Trade Cabinet "
        "Secretary Margaret Kariuki at her office in Nairobi. Sweden's Ambassador to Kenya, "
        "Caroline Åberg, attended a luncheon. On Thursday, Lindqvist is scheduled to travel "
        "to Naivasha, where he will tour the Olkaria geothermal power complex."
    )
    visitors = {people for kind, people, *_ in events(facts) if kind == "visit"}
    assert ("Johan Lindqvist",) in visitors
    assert all("Caroline Åberg" not in people for people in visitors)


def test_an_agreement_signed_by_two_people_is_their_meeting(read) -> None:
    facts = read(
        "COLOMBO, November 28, 2024 (Daily News) - The agreement was signed at the CBSL head "
        "office in Colombo yesterday by CBSL Governor Chandana Wickramaratne and Ibrahim Shifaz "
        "Naseem, Governor of the Maldives Monetary Authority. The agreement was signed in 2019."
    )
    assert events(facts) == {
        (
            "meeting",
            ("Chandana Wickramaratne", "Ibrahim Shifaz Naseem"),
            "Colombo",
            "2024-11-27",
            False,
        )
    }


def test_a_place_the_host_speaks_of_in_a_closing_clause_is_not_the_meeting_s(read) -> None:
    facts = read(
        "CAIRO, February 4, 2025 (MENA) - Sudanese Foreign Minister Al-Tayeb Hamid Osman "
        "arrived in Cairo on Sunday. On Monday, Osman met with Minister of Investment Ahmed "
        "Samir Hegazy, who said that Egyptian companies are ready to rebuild roads in Sudan."
    )
    places = {place for kind, _, place, *_ in events(facts) if kind == "meeting"}
    assert places == {"Cairo"}
