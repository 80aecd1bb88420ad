"""Write facts as RDF following ontology/ and the public data model.

Each article's facts, and the descriptions of the entities they use, live in
the article's named graph, so an article can be replaced on its own; the
default graph of a query is the union of them all.

The writer deals in plain strings: IRIs and literal text go to a `TripleSink`,
which makes them rdflib terms (`RdfWriter`, for an rdflib dataset) or
N-Triples text (`kg.serialize`, for the files) — making rdflib terms only to
print them again is most of the cost of writing a large corpus.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from kg.gazetteer import Gazetteer
from kg.model import Article, Event, Evidence, Facts, Location, PartialDate, Post, TradeFlow
from kg.resolve import Resolution, place_slug, product_name
from kg.text import slugify

if TYPE_CHECKING:
    from rdflib import Dataset, Graph, URIRef
from kg.iris import KG, KGR, ORG, PROV, RDF, RDFS, SCHEMA, XSD

_GOVERNMENT = ("Ministry", "Embassy", "Government", "Presidency", "High Commission", "Consulate")
_FORCES = ("Army", "Navy", "Air Force", "Armed Forces")

_KGR = KGR
_KG = KG
_SCHEMA = SCHEMA
_TYPE = f"{RDF}type"
_LABEL = f"{RDFS}label"
_NAME = f"{_SCHEMA}name"
_ALIAS = f"{_SCHEMA}alternateName"
_WITHIN = f"{_SCHEMA}containedInPlace"
_XSD = XSD


def bind_prefixes(graph: Graph | Dataset) -> None:
    """Bind the project's prefixes for readable serializations."""
    from kg.vocab import PREFIXES

    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)


def article_name(article: Article) -> str:
    """Return the IRI of an article, which also names its graph."""
    return f"{KGR}article/{article.id}"


def article_iri(article: Article) -> URIRef:
    """Return the IRI of an article as an rdflib term."""
    from rdflib import URIRef

    return URIRef(article_name(article))


class TripleSink(Protocol):
    """Where the triples of one graph go, as plain strings."""

    def link(self, subject: str, predicate: str, obj: str) -> None:
        """Add a triple whose object is an IRI."""

    def value(self, subject: str, predicate: str, text: str, datatype: str | None = None) -> None:
        """Add a triple whose object is a literal (a plain string without `datatype`)."""


class GraphWriter:
    """Write one article's facts, and the entities they use, into a sink."""

    def __init__(self, gazetteer: Gazetteer, resolution: Resolution) -> None:
        self.gazetteer = gazetteer
        self.resolution = resolution

    def write(self, facts: Facts, g: TripleSink) -> None:
        """Write the triples of one article's graph."""
        article = facts.article
        source = article_name(article)
        self._article(g, article, source)
        for post in facts.posts:
            self._post(g, post, source)
        for flow in facts.flows:
            self._flow(g, flow, source)
        for event in facts.events:
            self._event(g, event, source)

    # -- articles ----------------------------------------------------------------------------

    def _article(self, g: TripleSink, article: Article, iri: str) -> None:
        g.link(iri, _TYPE, f"{_KG}Article")
        if article.title:
            g.value(iri, f"{_SCHEMA}headline", article.title)
        if article.date:
            g.value(iri, f"{_SCHEMA}datePublished", article.date.isoformat(), f"{_XSD}date")
        if article.url:
            g.value(iri, f"{_SCHEMA}url", article.url, f"{_XSD}anyURI")
        g.value(iri, f"{_KG}sourceFile", article.source)
        if article.outlet:
            g.value(iri, f"{_KG}outlet", article.outlet)
        if article.place:
            city = self.gazetteer.city(article.place, [article.home_country or ""])
            location = Location(city.name, city.country, "city") if city else None
            if location is not None:
                g.link(iri, f"{_SCHEMA}locationCreated", self._place(g, location))

    # -- entities ----------------------------------------------------------------------------

    def _person(self, g: TripleSink, name: str) -> str:
        entity = self.resolution.person(name)
        iri = _KGR + entity.slug
        g.link(iri, _TYPE, f"{_SCHEMA}Person")
        g.value(iri, _NAME, entity.name)
        for alias in sorted(entity.aliases):
            g.value(iri, _ALIAS, alias)
        return iri

    def _country(self, g: TripleSink, iso3: str) -> str:
        country = self.gazetteer.countries[iso3]
        iri = f"{_KGR}country/{iso3}"
        g.link(iri, _TYPE, f"{_SCHEMA}Country")
        g.value(iri, _NAME, country.name)
        g.value(iri, f"{_KG}iso3", iso3)
        g.value(iri, f"{_KG}iso2", country.iso2)
        return iri

    def _place(self, g: TripleSink, location: Location) -> str:
        if location.kind == "country" and location.country:
            return self._country(g, location.country)
        iri = _KGR + place_slug(location)
        g.link(iri, _TYPE, f"{_SCHEMA}City" if location.kind == "city" else f"{_SCHEMA}Place")
        g.value(iri, _NAME, location.name)
        if location.within:
            within = Location(location.within, location.country, "city")
            g.link(iri, _WITHIN, self._place(g, within))
        elif location.country:
            g.link(iri, _WITHIN, self._country(g, location.country))
        return iri

    def _organization(self, g: TripleSink, name: str, iso3: str | None) -> str:
        country_name = self.gazetteer.name_of(iso3) if iso3 else ""
        slug = slugify(name if country_name.lower() in name.lower() else f"{country_name} {name}")
        iri = f"{_KGR}org/{slug}"
        g.link(iri, _TYPE, f"{ORG}Organization")
        if name.startswith(_GOVERNMENT) or name.endswith(_FORCES):
            g.link(iri, _TYPE, f"{_SCHEMA}GovernmentOrganization")
        g.value(iri, _NAME, name)
        if iso3:
            g.link(iri, f"{_KG}country", self._country(g, iso3))
        return iri

    def _product(self, g: TripleSink, surface: str) -> str:
        name = product_name(surface)
        iri = f"{_KGR}product/{slugify(name)}"
        g.link(iri, _TYPE, f"{_SCHEMA}Product")
        g.value(iri, _NAME, name)
        if surface != name:
            g.value(iri, _ALIAS, surface)
        return iri

    # -- facts -------------------------------------------------------------------------------

    def _provenance(self, g: TripleSink, fact: str, source: str, evidence: Evidence) -> None:
        g.link(fact, f"{PROV}wasDerivedFrom", source)
        g.value(fact, f"{_KG}evidence", evidence.sentence)
        g.value(fact, f"{_KG}evidenceStart", str(evidence.start), f"{_XSD}integer")
        g.value(fact, f"{_KG}evidenceEnd", str(evidence.end), f"{_XSD}integer")
        g.value(fact, f"{_KG}confidence", f"{evidence.confidence:.2f}", f"{_XSD}decimal")

    def _post(self, g: TripleSink, post: Post, source: str) -> None:
        person = self._person(g, post.person.name)
        org = self._organization(g, post.organization, post.country)
        entity = self.resolution.person(post.person.name)
        iri = f"{_KGR}post/{entity.slug.split('/', 1)[1]}--{org.split('/org/', 1)[1]}"
        g.link(person, f"{ORG}holds", iri)
        g.link(iri, _TYPE, f"{ORG}Post")
        g.value(iri, _LABEL, post.title)
        g.link(iri, f"{ORG}role", _KG + self.resolution.role(post))
        g.link(iri, f"{ORG}postIn", org)
        self._provenance(g, iri, source, post.evidence)

    def _flow(self, g: TripleSink, flow: TradeFlow, source: str) -> None:
        exporter = self._country(g, flow.exporter)
        product = self._product(g, flow.product)
        importer_code = flow.importer.lower() if flow.importer else "any"
        slug = f"{flow.exporter.lower()}-{importer_code}-{slugify(product_name(flow.product))}"
        iri = f"{_KGR}flow/{slug}"
        g.link(iri, _TYPE, f"{_KG}TradeFlow")
        g.link(iri, f"{_KG}exporter", exporter)
        if flow.importer:
            g.link(iri, f"{_KG}importer", self._country(g, flow.importer))
        g.link(iri, f"{_KG}product", product)
        g.link(exporter, f"{_KG}exports", product)
        self._provenance(g, iri, source, flow.evidence)

    def _event(self, g: TripleSink, event: Event, source: str) -> None:
        people = [self._person(g, p.name) for p in event.participants]
        place = self._place(g, event.location) if event.location else None
        key = "|".join(
            [
                event.kind,
                event.date.iso() if event.date else "",
                *sorted(people),
                place or "",
                "planned" if event.planned else "",
            ]
        )
        digest = hashlib.sha1(key.encode()).hexdigest()[:12]
        date = event.date.iso() if event.date else "undated"
        iri = f"{_KGR}event/{event.kind}-{date}-{digest}"
        g.link(iri, _TYPE, f"{_KG}Meeting" if event.kind == "meeting" else f"{_KG}Visit")
        g.value(iri, _NAME, self._event_name(event))
        for person in people:
            g.link(iri, f"{_SCHEMA}attendee", person)
        if place is not None:
            g.link(iri, f"{_SCHEMA}location", place)
        if event.date:
            g.value(iri, f"{_SCHEMA}startDate", event.date.iso(), date_datatype(event.date))
        if event.planned:
            g.link(iri, f"{_SCHEMA}eventStatus", f"{_SCHEMA}EventScheduled")
        self._provenance(g, iri, source, event.evidence)

    def _event_name(self, event: Event) -> str:
        names = [self.resolution.person(p.name).name for p in event.participants]
        who = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
        where = event.location.name if event.location else ""
        if event.kind == "meeting":
            return f"Meeting of {who}" + (f" in {where}" if where else "") if who else "Meeting"
        return (f"Visit of {who}" if who else "Visit") + (f" to {where}" if where else "")


class _RdflibSink:
    """A sink that adds rdflib terms to a graph."""

    __slots__ = ("_iri", "_literal", "graph")

    def __init__(self, graph: Graph) -> None:
        from rdflib import Literal, URIRef

        self.graph = graph
        self._iri, self._literal = URIRef, Literal

    def link(self, subject: str, predicate: str, obj: str) -> None:
        iri = self._iri
        self.graph.add((iri(subject), iri(predicate), iri(obj)))

    def value(self, subject: str, predicate: str, text: str, datatype: str | None = None) -> None:
        iri = self._iri
        literal = self._literal(text, datatype=iri(datatype) if datatype else None)
        self.graph.add((iri(subject), iri(predicate), literal))


class RdfWriter:
    """Add facts to an rdflib dataset, one named graph per article."""

    def __init__(self, dataset: Dataset, gazetteer: Gazetteer, resolution: Resolution) -> None:
        self.dataset = dataset
        self._writer = GraphWriter(gazetteer, resolution)
        bind_prefixes(dataset)

    def add(self, facts: Facts) -> None:
        """Add one article's facts in its own named graph."""
        graph = self.dataset.graph(article_iri(facts.article))
        self._writer.write(facts, _RdflibSink(graph))

    def add_all(self, all_facts: Iterable[Facts]) -> None:
        """Add the facts of many articles."""
        for facts in all_facts:
            self.add(facts)


def date_datatype(date: PartialDate) -> str:
    """Return the datatype of a date by its precision: xsd:date, xsd:gYearMonth or xsd:gYear."""
    if date.month is None:
        return f"{_XSD}gYear"
    if date.day is None:
        return f"{_XSD}gYearMonth"
    return f"{_XSD}date"
