"""Small hand-built Datasets (one hostile) and a large synthetic one, for the graph views."""

from __future__ import annotations

import random

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef

from kg.vocab import KG, KGR, ORG, PROV, SCHEMA

SCRIPT_BREAKOUT = "</script><script>window.__pwned=1</script>"
IMG_ONERROR = '<img src=x onerror="window.__pwned=1">'
JS_HREF = 'href="javascript:window.__pwned=1"'
LINE_SEPARATOR = "\u2028"
HOSTILE_NAME = f'Evil {IMG_ONERROR} O\'Brien "Q"{LINE_SEPARATOR}'
HOSTILE_ALIAS = f"<a {JS_HREF}>click</a> & {SCRIPT_BREAKOUT}"
HOSTILE_TEXT = (
    f"Minister {HOSTILE_NAME} said {SCRIPT_BREAKOUT} {IMG_ONERROR} <a {JS_HREF}>x</a> "
    f"'single' \"double\" {LINE_SEPARATOR} and \u2029 {{{{ 7*7 }}}} ${{alert(1)}} -->"
)
HOSTILE_STRINGS = (SCRIPT_BREAKOUT, IMG_ONERROR, JS_HREF, "<a href=", "<svg onload")

PAK = KGR["country/PAK"]
BLR = KGR["country/BLR"]
XSS = KGR["country/XSS"]


def _date(value: str) -> Literal:
    """Return an xsd:date, xsd:gYearMonth or xsd:gYear literal from its lexical form."""
    kind = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=kind)


def _article(g: Graph, iri: URIRef, headline: str, date: str, outlet: str, url: str) -> None:
    """Describe an article in its own graph."""
    g.add((iri, RDF.type, KG.Article))
    g.add((iri, SCHEMA.headline, Literal(headline)))
    g.add((iri, SCHEMA.datePublished, _date(date)))
    g.add((iri, KG.outlet, Literal(outlet)))
    g.add((iri, SCHEMA.url, Literal(url)))


def _country(g: Graph, iri: URIRef, name: str, iso3: str, iso2: str) -> None:
    """Describe a country."""
    g.add((iri, RDF.type, SCHEMA.Country))
    g.add((iri, SCHEMA.name, Literal(name)))
    g.add((iri, KG.iso3, Literal(iso3)))
    g.add((iri, KG.iso2, Literal(iso2)))


def _named(g: Graph, iri: URIRef, cls: URIRef, name: str, *aliases: str) -> None:
    """Describe an entity with a class, a name and aliases."""
    g.add((iri, RDF.type, cls))
    g.add((iri, SCHEMA.name, Literal(name)))
    for alias in aliases:
        g.add((iri, SCHEMA.alternateName, Literal(alias)))


def _fact(g: Graph, iri: URIRef, article: URIRef, evidence: str, confidence: str = "0.9") -> None:
    """Attach provenance to a post, flow or event."""
    g.add((iri, PROV.wasDerivedFrom, article))
    g.add((iri, KG.evidence, Literal(evidence)))
    g.add((iri, KG.evidenceStart, Literal(0)))
    g.add((iri, KG.evidenceEnd, Literal(len(evidence))))
    g.add((iri, KG.confidence, Literal(confidence, datatype=XSD.decimal)))


def _post(
    g: Graph,
    person: URIRef,
    org: URIRef,
    title: str,
    role: URIRef,
    article: URIRef,
    evidence: str,
) -> None:
    """Give a person a post in an organization."""
    post = KGR[f"post/{person.rsplit('/', 1)[-1]}--{org.rsplit('/', 1)[-1]}"]
    g.add((person, ORG.holds, post))
    g.add((post, RDF.type, ORG.Post))
    g.add((post, RDFS.label, Literal(title)))
    g.add((post, ORG.role, role))
    g.add((post, ORG.postIn, org))
    _fact(g, post, article, evidence)


def _org(g: Graph, iri: URIRef, name: str, country: URIRef) -> None:
    """Describe a government organization."""
    _named(g, iri, ORG.Organization, name)
    g.add((iri, RDF.type, SCHEMA.GovernmentOrganization))
    g.add((iri, KG.country, country))


def _flow(
    g: Graph,
    iri: URIRef,
    exporter: URIRef,
    importer: URIRef | None,
    product: URIRef,
    article: URIRef,
    evidence: str,
) -> None:
    """Add a trade flow and its kg:exports shortcut."""
    g.add((iri, RDF.type, KG.TradeFlow))
    g.add((iri, KG.exporter, exporter))
    if importer is not None:
        g.add((iri, KG.importer, importer))
    g.add((iri, KG.product, product))
    g.add((exporter, KG.exports, product))
    _fact(g, iri, article, evidence)


def _event(
    g: Graph,
    iri: URIRef,
    cls: URIRef,
    name: str,
    attendees: list[URIRef],
    location: URIRef | None,
    date: str,
    article: URIRef,
    evidence: str,
    scheduled: bool = False,
) -> None:
    """Add a meeting or visit."""
    _named(g, iri, cls, name)
    for person in attendees:
        g.add((iri, SCHEMA.attendee, person))
    if location is not None:
        g.add((iri, SCHEMA.location, location))
    g.add((iri, SCHEMA.startDate, _date(date)))
    if scheduled:
        g.add((iri, SCHEMA.eventStatus, SCHEMA.EventScheduled))
    _fact(g, iri, article, evidence)


def build_dataset() -> Dataset:
    """Build a three-article Dataset: two ordinary articles and one hostile one."""
    ds = Dataset(default_union=True)
    a1, a2, a3 = (KGR[f"article/{n}"] for n in ("a1", "a2", "hostile"))
    khan, metelitsa = KGR["person/jam-kamal-khan"], KGR["person/andrei-metelitsa"]
    commerce, embassy = (
        KGR["org/pakistan-ministry-of-commerce"],
        KGR["org/belarus-embassy"],
    )
    rawalpindi, minsk = KGR["place/rawalpindi"], KGR["place/minsk"]
    rice, tractors = KGR["product/rice"], KGR["product/tractors"]

    g = ds.graph(a1)
    _article(
        g,
        a1,
        "Pakistan and Belarus agree to boost trade",
        "2024-06-12",
        "Daily Times",
        "https://example.org/a1",
    )
    _country(g, PAK, "Pakistan", "PAK", "PK")
    _country(g, BLR, "Belarus", "BLR", "BY")
    _named(g, khan, SCHEMA.Person, "Jam Kamal Khan", "Jam Kamal")
    _named(g, metelitsa, SCHEMA.Person, "Andrei Metelitsa")
    _org(g, commerce, "Ministry of Commerce", PAK)
    _org(g, embassy, "Embassy of Belarus", BLR)
    _post(
        g,
        khan,
        commerce,
        "Federal Minister for Commerce",
        KG.Minister,
        a1,
        "Federal Minister for Commerce Jam Kamal Khan met the ambassador.",
    )
    _post(
        g,
        metelitsa,
        embassy,
        "Ambassador of Belarus",
        KG.Ambassador,
        a1,
        "Ambassador of Belarus Andrei Metelitsa called on the minister.",
    )
    _named(g, rawalpindi, SCHEMA.City, "Rawalpindi")
    g.add((rawalpindi, SCHEMA.containedInPlace, PAK))
    _named(g, rice, SCHEMA.Product, "rice", "basmati rice")
    _flow(
        g,
        KGR["flow/pak-blr-rice"],
        PAK,
        BLR,
        rice,
        a1,
        "Pakistan exports rice to Belarus.",
    )
    _event(
        g,
        KGR["event/a1-meeting"],
        KG.Meeting,
        "Khan–Metelitsa meeting",
        [khan, metelitsa],
        rawalpindi,
        "2024-06-12",
        a1,
        "The two met in Rawalpindi on Wednesday.",
    )

    g = ds.graph(a2)
    _article(
        g,
        a2,
        "Belarus tractors for Pakistan",
        "2024-05-02",
        "Dawn",
        "https://example.org/a2",
    )
    _named(g, minsk, SCHEMA.City, "Minsk")
    g.add((minsk, SCHEMA.containedInPlace, BLR))
    _named(g, tractors, SCHEMA.Product, "tractors")
    _flow(
        g,
        KGR["flow/blr-tractors"],
        BLR,
        None,
        tractors,
        a2,
        "Belarus exports tractors.",
    )
    _event(
        g,
        KGR["event/a2-visit"],
        KG.Visit,
        "Khan visit to Minsk",
        [khan],
        minsk,
        "2024-07",
        a2,
        "Khan will visit Minsk next month.",
        scheduled=True,
    )
    _event(
        g,
        KGR["event/a2-talks"],
        KG.Meeting,
        "Trade talks 2023",
        [metelitsa],
        BLR,
        "2023",
        a2,
        "Talks were held in 2023.",
    )
    _named(g, KGR["person/lonely-official"], SCHEMA.Person, "Lonely Official")

    g = ds.graph(a3)
    _article(
        g,
        a3,
        f"Hostile {SCRIPT_BREAKOUT} headline {IMG_ONERROR}",
        "2024-08-01",
        f"Outlet {JS_HREF}",
        "javascript:window.__pwned=1",
    )
    evil, evil_org = KGR["person/evil"], KGR["org/evil-ministry"]
    evil_place, evil_product = KGR["place/evil-town"], KGR["product/evil"]
    _country(g, XSS, f'"><svg onload=window.__pwned=1> Land {SCRIPT_BREAKOUT}', "XSS", "XS")
    _named(g, evil, SCHEMA.Person, HOSTILE_NAME, HOSTILE_ALIAS, SCRIPT_BREAKOUT)
    _org(g, evil_org, f"Ministry of {IMG_ONERROR}</style>", XSS)
    _post(g, evil, evil_org, f"Minister {SCRIPT_BREAKOUT}", KG.Minister, a3, HOSTILE_TEXT)
    _named(g, evil_place, SCHEMA.City, f"Town {IMG_ONERROR}")
    g.add((evil_place, SCHEMA.containedInPlace, XSS))
    _named(g, evil_product, SCHEMA.Product, f"goods {SCRIPT_BREAKOUT}", HOSTILE_ALIAS)
    _flow(g, KGR["flow/evil"], XSS, PAK, evil_product, a3, HOSTILE_TEXT)
    _event(
        g,
        KGR["event/evil"],
        KG.Meeting,
        f"Summit {HOSTILE_ALIAS}",
        [evil, khan],
        evil_place,
        "2024-08-01",
        a3,
        HOSTILE_TEXT,
    )
    return ds


def synthetic_dataset(*, articles: int = 2000, countries: int = 200, seed: int = 7) -> Dataset:
    """Build a Dataset about the size 2,000 articles make: ~5,000 entities, ~10,000 edges."""
    rng = random.Random(seed)
    ds = Dataset(default_union=True)
    country_iris = [KGR[f"country/C{i:02d}"] for i in range(countries)]
    products = [KGR[f"product/p{i}"] for i in range(400)]
    people_per_article, events_per_article = 1, 0.5
    for a in range(articles):
        art = KGR[f"article/s{a}"]
        g = ds.graph(art)
        _article(
            g,
            art,
            f"Synthetic story {a}",
            f"2024-{a % 12 + 1:02d}-{a % 28 + 1:02d}",
            "Synthetic",
            f"https://example.org/s{a}",
        )
        home, away = rng.sample(range(countries), 2)
        for c in (home, away):
            _country(g, country_iris[c], f"Country {c}", f"C{c:02d}", f"{c:02d}")
        org = KGR[f"org/o{a % 800}"]
        _org(g, org, f"Ministry {a % 800}", country_iris[(a % 800) % countries])
        for k in range(people_per_article):
            person = KGR[f"person/p{a}-{k}"]
            _named(g, person, SCHEMA.Person, f"Person {a}-{k}", f"P. {a}-{k}")
            _post(
                g,
                person,
                org,
                "Minister",
                KG.Minister,
                art,
                f"Person {a}-{k} is minister.",
            )
        place = KGR[f"place/t{a % 600}"]
        _named(g, place, SCHEMA.City, f"Town {a % 600}")
        g.add((place, SCHEMA.containedInPlace, country_iris[(a % 600) % countries]))
        product = products[rng.randrange(len(products))]
        _named(g, product, SCHEMA.Product, f"Product {product.rsplit('/', 1)[-1]}")
        _flow(
            g,
            KGR[f"flow/f{a}"],
            country_iris[home],
            country_iris[away],
            product,
            art,
            "A exports B to C.",
        )
        if a < articles * events_per_article:
            attendees = [
                KGR[f"person/p{a}-0"],
                KGR[f"person/p{rng.randrange(articles)}-0"],
            ]
            _event(
                g,
                KGR[f"event/e{a}"],
                KG.Meeting,
                f"Meeting {a}",
                attendees,
                place,
                f"2024-{a % 12 + 1:02d}",
                art,
                "They met.",
            )
    return ds
