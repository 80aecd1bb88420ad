"""Write facts as RDF following ontology/ and the public data model.

Each article's facts, and the descriptions of the entities they use, live in
the article's named graph, so an article can be replaced on its own; the
default graph of a query is the union of them all.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef

from kg.gazetteer import Gazetteer
from kg.model import Article, Event, Facts, Location, PartialDate, Post, TradeFlow
from kg.resolve import Resolution, place_slug, product_name
from kg.text import slugify
from kg.vocab import KG, KGR, ORG, PREFIXES, PROV, SCHEMA

_GOVERNMENT = ("Ministry", "Embassy", "Government", "Presidency", "High Commission", "Consulate")
_FORCES = ("Army", "Navy", "Air Force", "Armed Forces")


def bind_prefixes(graph: Graph | Dataset) -> None:
    """Bind the project's prefixes for readable serializations."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)


def article_iri(article: Article) -> URIRef:
    """Return the IRI of an article, which also names its graph."""
    return KGR[f"article/{article.id}"]


class RdfWriter:
    """Add facts to a dataset, one named graph per article."""

    def __init__(self, dataset: Dataset, gazetteer: Gazetteer, resolution: Resolution) -> None:
        self.dataset = dataset
        self.gazetteer = gazetteer
        self.resolution = resolution
        bind_prefixes(dataset)

    def add(self, facts: Facts) -> None:
        """Add one article's facts in its own named graph."""
        article = facts.article
        source = article_iri(article)
        graph = self.dataset.graph(source)
        self._article(graph, article, source)
        for post in facts.posts:
            self._post(graph, post, source)
        for flow in facts.flows:
            self._flow(graph, flow, source)
        for event in facts.events:
            self._event(graph, event, source)

    def add_all(self, all_facts: Iterable[Facts]) -> None:
        """Add the facts of many articles."""
        for facts in all_facts:
            self.add(facts)

    # -- articles ----------------------------------------------------------------------------

    def _article(self, g: Graph, article: Article, iri: URIRef) -> None:
        g.add((iri, RDF.type, KG.Article))
        if article.title:
            g.add((iri, SCHEMA.headline, Literal(article.title)))
        if article.date:
            g.add((iri, SCHEMA.datePublished, Literal(article.date.isoformat(), datatype=XSD.date)))
        if article.url:
            g.add((iri, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
        g.add((iri, KG.sourceFile, Literal(article.source)))
        if article.outlet:
            g.add((iri, KG.outlet, Literal(article.outlet)))
        if article.place:
            city = self.gazetteer.city(article.place, [article.home_country or ""])
            location = Location(city.name, city.country, "city") if city else None
            if location is not None:
                g.add((iri, SCHEMA.locationCreated, self._place(g, location)))

    # -- entities ----------------------------------------------------------------------------

    def _person(self, g: Graph, name: str) -> URIRef:
        entity = self.resolution.person(name)
        iri = KGR[entity.slug]
        g.add((iri, RDF.type, SCHEMA.Person))
        g.add((iri, SCHEMA.name, Literal(entity.name)))
        for alias in sorted(entity.aliases):
            g.add((iri, SCHEMA.alternateName, Literal(alias)))
        return iri

    def _country(self, g: Graph, iso3: str) -> URIRef:
        country = self.gazetteer.countries[iso3]
        iri = KGR[f"country/{iso3}"]
        g.add((iri, RDF.type, SCHEMA.Country))
        g.add((iri, SCHEMA.name, Literal(country.name)))
        g.add((iri, KG.iso3, Literal(iso3)))
        g.add((iri, KG.iso2, Literal(country.iso2)))
        return iri

    def _place(self, g: Graph, location: Location) -> URIRef:
        if location.kind == "country" and location.country:
            return self._country(g, location.country)
        iri = KGR[place_slug(location)]
        g.add((iri, RDF.type, SCHEMA.City if location.kind == "city" else SCHEMA.Place))
        g.add((iri, SCHEMA.name, Literal(location.name)))
        if location.within:
            within = Location(location.within, location.country, "city")
            g.add((iri, SCHEMA.containedInPlace, self._place(g, within)))
        elif location.country:
            g.add((iri, SCHEMA.containedInPlace, self._country(g, location.country)))
        return iri

    def _organization(self, g: Graph, name: str, iso3: str | None) -> URIRef:
        country_name = self.gazetteer.name_of(iso3) if iso3 else ""
        slug = slugify(name if country_name.lower() in name.lower() else f"{country_name} {name}")
        iri = KGR[f"org/{slug}"]
        g.add((iri, RDF.type, ORG.Organization))
        if name.startswith(_GOVERNMENT) or name.endswith(_FORCES):
            g.add((iri, RDF.type, SCHEMA.GovernmentOrganization))
        g.add((iri, SCHEMA.name, Literal(name)))
        if iso3:
            g.add((iri, KG.country, self._country(g, iso3)))
        return iri

    def _product(self, g: Graph, surface: str) -> URIRef:
        name = product_name(surface)
        iri = KGR[f"product/{slugify(name)}"]
        g.add((iri, RDF.type, SCHEMA.Product))
        g.add((iri, SCHEMA.name, Literal(name)))
        if surface != name:
            g.add((iri, SCHEMA.alternateName, Literal(surface)))
        return iri

    # -- facts -------------------------------------------------------------------------------

    def _provenance(self, g: Graph, fact: URIRef, source: URIRef, evidence) -> None:
        g.add((fact, PROV.wasDerivedFrom, source))
        g.add((fact, KG.evidence, Literal(evidence.sentence)))
        g.add((fact, KG.evidenceStart, Literal(evidence.start, datatype=XSD.integer)))
        g.add((fact, KG.evidenceEnd, Literal(evidence.end, datatype=XSD.integer)))
        g.add((fact, KG.confidence, Literal(f"{evidence.confidence:.2f}", datatype=XSD.decimal)))

    def _post(self, g: Graph, post: Post, source: URIRef) -> None:
        person = self._person(g, post.person.name)
        org = self._organization(g, post.organization, post.country)
        entity = self.resolution.person(post.person.name)
        iri = KGR[f"post/{entity.slug.split('/', 1)[1]}--{org.split('/org/', 1)[1]}"]
        g.add((person, ORG.holds, iri))
        g.add((iri, RDF.type, ORG.Post))
        g.add((iri, RDFS.label, Literal(post.title)))
        g.add((iri, ORG.role, KG[self.resolution.role(post)]))
        g.add((iri, ORG.postIn, org))
        self._provenance(g, iri, source, post.evidence)

    def _flow(self, g: Graph, flow: TradeFlow, source: URIRef) -> None:
        exporter = self._country(g, flow.exporter)
        product = self._product(g, flow.product)
        importer_code = flow.importer.lower() if flow.importer else "any"
        slug = f"{flow.exporter.lower()}-{importer_code}-{slugify(product_name(flow.product))}"
        iri = KGR[f"flow/{slug}"]
        g.add((iri, RDF.type, KG.TradeFlow))
        g.add((iri, KG.exporter, exporter))
        if flow.importer:
            g.add((iri, KG.importer, self._country(g, flow.importer)))
        g.add((iri, KG.product, product))
        g.add((exporter, KG.exports, product))
        self._provenance(g, iri, source, flow.evidence)

    def _event(self, g: Graph, event: Event, source: URIRef) -> None:
        people = [self._person(g, p.name) for p in event.participants]
        place = self._place(g, event.location) if event.location else None
        key = "|".join(
            [
                event.kind,
                event.date.iso() if event.date else "",
                *sorted(str(p) for p in people),
                str(place or ""),
                "planned" if event.planned else "",
            ]
        )
        digest = hashlib.sha1(key.encode()).hexdigest()[:12]
        date = event.date.iso() if event.date else "undated"
        iri = KGR[f"event/{event.kind}-{date}-{digest}"]
        g.add((iri, RDF.type, KG.Meeting if event.kind == "meeting" else KG.Visit))
        g.add((iri, SCHEMA.name, Literal(self._event_name(event))))
        for person in people:
            g.add((iri, SCHEMA.attendee, person))
        if place is not None:
            g.add((iri, SCHEMA.location, place))
        if event.date:
            g.add((iri, SCHEMA.startDate, date_literal(event.date)))
        if event.planned:
            g.add((iri, SCHEMA.eventStatus, SCHEMA.EventScheduled))
        self._provenance(g, iri, source, event.evidence)

    def _event_name(self, event: Event) -> str:
        names = [self.resolution.person(p.name).name for p in event.participants]
        who = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
        where = event.location.name if event.location else ""
        if event.kind == "meeting":
            return f"Meeting of {who}" + (f" in {where}" if where else "") if who else "Meeting"
        return (f"Visit of {who}" if who else "Visit") + (f" to {where}" if where else "")


def date_literal(date: PartialDate) -> Literal:
    """Return a date as xsd:date, xsd:gYearMonth or xsd:gYear by its precision."""
    if date.month is None:
        return Literal(date.iso(), datatype=XSD.gYear)
    if date.day is None:
        return Literal(date.iso(), datatype=XSD.gYearMonth)
    return Literal(date.iso(), datatype=XSD.date)
