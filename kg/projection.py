"""Project the RDF graph onto an entity graph (networkx) for drawing and analysis."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from rdflib import RDF as _RDF
from rdflib import RDFS as _RDFS
from rdflib import ConjunctiveGraph, Graph, URIRef

from kg import vocab
from kg.vocab import KGR


class _Terms:
    """A namespace whose terms are minted once: rdflib mints a new URIRef on every lookup."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = URIRef(getattr(self._namespace, name))
        setattr(self, name, term)
        return term


KG, ORG, PROV, SCHEMA = (_Terms(ns) for ns in (vocab.KG, vocab.ORG, vocab.PROV, vocab.SCHEMA))
RDF, RDFS = _Terms(_RDF), _Terms(_RDFS)

NODE_TYPES = ("person", "country", "organization", "place", "product", "event")
MIN_SIZE = 8.0
MAX_SIZE = 40.0

# The first matching class wins, so a country that is also a place stays a country.
_CLASS_TYPES: tuple[tuple[URIRef, str], ...] = (
    (KG.Article, "article"),
    (ORG.Post, "post"),
    (KG.TradeFlow, "flow"),
    (SCHEMA.Country, "country"),
    (SCHEMA.Person, "person"),
    (KG.Meeting, "event"),
    (KG.Visit, "event"),
    (SCHEMA.Event, "event"),
    (ORG.Organization, "organization"),
    (SCHEMA.GovernmentOrganization, "organization"),
    (SCHEMA.Organization, "organization"),
    (SCHEMA.Product, "product"),
    (SCHEMA.City, "place"),
    (SCHEMA.Place, "place"),
)
_CLASS_RANK = {cls: rank for rank, (cls, _) in enumerate(_CLASS_TYPES)}
_IRI_TYPES = {
    "article/": "article",
    "post/": "post",
    "flow/": "flow",
    "country/": "country",
    "person/": "person",
    "event/": "event",
    "org/": "organization",
    "product/": "product",
    "place/": "place",
}
_KEPT_PREDICATES = frozenset(
    {
        SCHEMA.name,
        SCHEMA.alternateName,
        SCHEMA.headline,
        SCHEMA.datePublished,
        SCHEMA.url,
        SCHEMA.containedInPlace,
        SCHEMA.attendee,
        SCHEMA.location,
        SCHEMA.startDate,
        SCHEMA.eventStatus,
        RDFS.label,
        ORG.holds,
        ORG.role,
        ORG.postIn,
        PROV.wasDerivedFrom,
        KG.sourceFile,
        KG.outlet,
        KG.evidence,
        KG.confidence,
        KG.country,
        KG.iso3,
        KG.exporter,
        KG.importer,
        KG.product,
        KG.exports,
    }
)
_MAX_CONTAINMENT_DEPTH = 16


class EntityNotFoundError(LookupError):
    """The focus entity is not in the graph."""


@dataclass
class _Triples:
    """The triples of interest, indexed by subject then predicate."""

    types: dict[URIRef, set[URIRef]] = field(default_factory=lambda: defaultdict(set))
    props: dict[URIRef, dict[URIRef, list]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )

    def values(self, subject: URIRef, predicate: URIRef) -> list:
        """Return the objects of `subject predicate`, in a stable order."""
        found = self.props.get(subject)
        return sorted(found.get(predicate, ())) if found else []

    def first(self, subject: URIRef, predicate: URIRef) -> str:
        """Return the first object of `subject predicate` as a string, or ''."""
        found = self.values(subject, predicate)
        return str(found[0]) if found else ""

    def kind(self, node: URIRef) -> str:
        """Return the node type of an IRI from its classes, else from its IRI pattern."""
        classes = [c for c in self.types.get(node, ()) if c in _CLASS_RANK]
        if classes:
            return _CLASS_TYPES[min(_CLASS_RANK[c] for c in classes)][1]
        text = str(node)
        if text.startswith(str(KGR)):
            tail = text[len(str(KGR)) :]
            for prefix, kind in _IRI_TYPES.items():
                if tail.startswith(prefix):
                    return kind
        return ""


def _all_triples(dataset: Graph) -> Iterator[tuple]:
    """Iterate every triple once: the union of all named graphs for a union Dataset."""
    if isinstance(dataset, ConjunctiveGraph) and dataset.default_union:
        # The store's union query, as Dataset.triples does, minus its deprecation warning.
        for triple, _ in dataset.store.triples((None, None, None), context=None):
            yield triple
    else:
        yield from dataset.triples((None, None, None))


def _index(dataset: Graph) -> _Triples:
    """Index the triples the projection needs in one pass over the graph."""
    index = _Triples()
    for s, p, o in _all_triples(dataset):
        if not isinstance(s, URIRef):
            continue
        if p == RDF.type:
            index.types[s].add(o)
        elif p in _KEPT_PREDICATES:
            index.props[s][p].append(o)
    return index


def _label(index: _Triples, node: URIRef) -> str:
    """Return a node's display name: schema:name, rdfs:label, else the IRI's last segment."""
    return (
        index.first(node, SCHEMA.name)
        or index.first(node, RDFS.label)
        or str(node).rstrip("/").rsplit("/", 1)[-1]
    )


def _aliases(index: _Triples, node: URIRef, label: str) -> list[str]:
    """Return a node's other names, without its label."""
    names = [str(v) for v in index.values(node, SCHEMA.name)]
    names += [str(v) for v in index.values(node, SCHEMA.alternateName)]
    return sorted({n for n in names if n and n != label})


def _iso3(index: _Triples, country: URIRef) -> str:
    """Return a country's ISO 3166-1 alpha-3 code from kg:iso3 or its IRI."""
    code = index.first(country, KG.iso3)
    if code:
        return code
    tail = str(country).rstrip("/").rsplit("/", 1)[-1]
    return tail if str(country).startswith(str(KGR) + "country/") else ""


@dataclass
class _Provenance:
    """The evidence sentences and source articles of one fact."""

    evidence: list[str]
    sources: list[str]
    confidence: float | None = None


class _Builder:
    """Accumulate nodes and edges of the projection, merging repeated facts."""

    def __init__(self, index: _Triples) -> None:
        self.index = index
        self.graph = nx.MultiDiGraph()
        self.articles: dict[str, dict[str, str]] = {}

    def article(self, iri: URIRef) -> dict[str, str]:
        """Return an article's metadata as plain strings, memoized."""
        key = str(iri)
        if key not in self.articles:
            ix = self.index
            self.articles[key] = {
                "iri": key,
                "headline": ix.first(iri, SCHEMA.headline),
                "date": ix.first(iri, SCHEMA.datePublished),
                "outlet": ix.first(iri, KG.outlet),
                "location": ix.first(iri, SCHEMA.url) or ix.first(iri, KG.sourceFile),
            }
        return self.articles[key]

    def provenance(self, fact: URIRef) -> _Provenance:
        """Return the evidence and source articles of a post, flow or event."""
        ix = self.index
        confidence = ix.values(fact, KG.confidence)
        return _Provenance(
            evidence=[str(v) for v in ix.values(fact, KG.evidence)],
            sources=[str(v) for v in ix.values(fact, PROV.wasDerivedFrom)],
            confidence=float(confidence[0].toPython()) if confidence else None,
        )

    def node(self, iri: URIRef, kind: str = "") -> str:
        """Add an entity node (once) and return its id."""
        key = str(iri)
        if key in self.graph:
            return key
        kind = kind or self.index.kind(iri) or "place"
        label = _label(self.index, iri)
        attrs: dict = {
            "type": kind,
            "label": label,
            "iri": key,
            "aliases": _aliases(self.index, iri, label),
            "country": _iso3(self.index, iri) if kind == "country" else "",
            "countries": [],
            "evidence": {},
            "sources": {},
        }
        if kind == "event":
            attrs["event_type"] = next(
                (
                    str(c).rsplit("#", 1)[-1]
                    for c in sorted(self.index.types.get(iri, ()))
                    if c in (KG.Meeting, KG.Visit)
                ),
                "Event",
            )
            attrs["date"] = self.index.first(iri, SCHEMA.startDate)
            status = self.index.first(iri, SCHEMA.eventStatus)
            attrs["status"] = status.rsplit("/", 1)[-1] if status else ""
        self.graph.add_node(key, **attrs)
        return key

    def cite(self, node: str, prov: _Provenance, *, with_evidence: bool) -> None:
        """Record a fact's sources (and optionally its evidence) on a node."""
        attrs = self.graph.nodes[node]
        _extend(attrs["sources"], prov.sources)
        if with_evidence:
            _extend(attrs["evidence"], prov.evidence)

    def edge(self, u: str, v: str, relation: str, label: str, prov: _Provenance | None) -> dict:
        """Add or merge the edge `u -relation-> v` and return its attributes."""
        if not self.graph.has_edge(u, v, key=relation):
            self.graph.add_edge(
                u,
                v,
                key=relation,
                relation=relation,
                label=label,
                evidence={},
                sources={},
            )
        attrs = self.graph.edges[u, v, relation]
        if prov is not None:
            _extend(attrs["evidence"], prov.evidence)
            _extend(attrs["sources"], prov.sources)
            if prov.confidence is not None:
                attrs["confidence"] = max(attrs.get("confidence", 0.0), prov.confidence)
        return attrs


def _extend(target: dict[str, None], values: Iterable[str]) -> None:
    """Add values to an insertion-ordered set (a dict), keeping the first position of each."""
    target.update(dict.fromkeys(values))


def _lists(graph: nx.MultiDiGraph) -> None:
    """Turn the ordered sets accumulated while building into plain lists."""
    for attrs in _all_attrs(graph):
        for key, value in attrs.items():
            if isinstance(value, dict):
                attrs[key] = list(value)


def _by_subject(item: tuple[URIRef, object]) -> URIRef:
    """Sort key of an index entry: its subject, so the projection ignores triple order."""
    return item[0]


def _all_attrs(graph: nx.MultiDiGraph) -> list[dict]:
    """Return the attribute dicts of every node and edge."""
    return [a for _, a in graph.nodes(data=True)] + [a for *_, a in graph.edges(data=True)]


def _add_entities(b: _Builder) -> None:
    """Add every typed entity, so isolated ones are drawn too."""
    for iri in sorted(b.index.types):
        kind = b.index.kind(iri)
        if kind in NODE_TYPES:
            b.node(iri, kind)


def _add_posts(b: _Builder) -> None:
    """Add person -(post title)-> organization and organization -of-> country."""
    ix = b.index
    for person, props in sorted(ix.props.items(), key=_by_subject):
        for post in sorted(props.get(ORG.holds, ())):
            prov = b.provenance(post)
            p = b.node(person, "person")
            b.cite(p, prov, with_evidence=True)
            titles = [str(t) for t in ix.values(post, RDFS.label)]
            roles = [str(r).rsplit("#", 1)[-1] for r in ix.values(post, ORG.role)]
            _extend(b.graph.nodes[p].setdefault("posts", {}), titles)
            for org in ix.values(post, ORG.postIn):
                o = b.node(org, "organization")
                b.cite(o, prov, with_evidence=False)
                attrs = b.edge(p, o, "holds_post", titles[0] if titles else "post", prov)
                _extend(attrs.setdefault("titles", {}), titles)
                _extend(attrs.setdefault("roles", {}), roles)
    for org, props in sorted(ix.props.items(), key=_by_subject):
        for country in sorted(props.get(KG.country, ())):
            b.edge(
                b.node(org, "organization"),
                b.node(country, "country"),
                "of",
                "of",
                None,
            )


def _add_trade(b: _Builder) -> None:
    """Add exporter -exports-> product and product -to-> importer, from flows and shortcuts."""
    ix = b.index
    for flow, classes in sorted(ix.types.items(), key=_by_subject):
        if KG.TradeFlow not in classes:
            continue
        prov = b.provenance(flow)
        exporters = [b.node(c, "country") for c in ix.values(flow, KG.exporter)]
        importers = [b.node(c, "country") for c in ix.values(flow, KG.importer)]
        for product_iri in ix.values(flow, KG.product):
            product = b.node(product_iri, "product")
            b.cite(product, prov, with_evidence=False)
            for exporter in exporters:
                b.cite(exporter, prov, with_evidence=False)
                attrs = b.edge(exporter, product, "exports", "exports", prov)
                _extend(attrs.setdefault("importers", {}), importers)
            for importer in importers:
                b.cite(importer, prov, with_evidence=False)
                attrs = b.edge(product, importer, "to", "to", prov)
                _extend(attrs.setdefault("exporters", {}), exporters)
    for country, props in sorted(ix.props.items(), key=_by_subject):
        for product in sorted(props.get(KG.exports, ())):
            attrs = b.edge(
                b.node(country, "country"), b.node(product, "product"), "exports", "exports", None
            )
            attrs.setdefault("importers", {})


def _add_events(b: _Builder) -> None:
    """Add event -attendee-> person and event -at-> location."""
    ix = b.index
    for event in sorted(ix.types):
        if ix.kind(event) != "event":
            continue
        prov = b.provenance(event)
        e = b.node(event, "event")
        b.cite(e, prov, with_evidence=True)
        for person in ix.values(event, SCHEMA.attendee):
            p = b.node(person, "person")
            b.cite(p, prov, with_evidence=False)
            b.edge(e, p, "attendee", "attendee", prov)
        for location in ix.values(event, SCHEMA.location):
            b.edge(e, b.node(location), "at", "at", prov)


def _add_places(b: _Builder) -> None:
    """Add place -in-> containing place or country."""
    for place, props in sorted(b.index.props.items(), key=_by_subject):
        for container in sorted(props.get(SCHEMA.containedInPlace, ())):
            b.edge(b.node(place, "place"), b.node(container), "in", "in", None)


def _place_country(g: nx.MultiDiGraph, node: str) -> str:
    """Follow `in` edges from a place up to its country, if any."""
    seen = {node}
    for _ in range(_MAX_CONTAINMENT_DEPTH):
        if g.nodes[node]["type"] == "country":
            return g.nodes[node]["country"]
        parents = [v for _, v, k in g.out_edges(node, keys=True) if k == "in" and v not in seen]
        if not parents:
            return ""
        node = parents[0]
        seen.add(node)
    return ""


def _neighbours(g: nx.MultiDiGraph, node: str, relation: str, *, incoming: bool = False) -> list:
    """Return the nodes joined to `node` by edges of one relation, in either direction."""
    if incoming:
        return [u for u, _, k in g.in_edges(node, keys=True) if k == relation]
    return [v for _, v, k in g.out_edges(node, keys=True) if k == relation]


def _assign_countries(g: nx.MultiDiGraph) -> None:
    """Set each node's own `country` and all its related `countries` (ISO3 codes)."""
    nodes = g.nodes

    def codes(members: Iterable[str]) -> list[str]:
        return list(dict.fromkeys(c for m in members for c in nodes[m]["countries"]))

    order = ("country", "place", "organization", "person", "event", "product")
    by_type: dict[str, list[str]] = defaultdict(list)
    for n, kind in nodes(data="type"):
        by_type[kind].append(n)
    for kind in order:
        for n in by_type[kind]:
            attrs = nodes[n]
            if kind == "place":
                attrs["country"] = _place_country(g, n)
            elif kind == "organization":
                attrs["country"] = next(
                    (nodes[c]["country"] for c in _neighbours(g, n, "of") if nodes[c]["country"]),
                    "",
                )
            if kind == "person":
                found = codes(_neighbours(g, n, "holds_post"))
            elif kind == "event":
                found = codes(_neighbours(g, n, "at") + _neighbours(g, n, "attendee"))
            elif kind == "product":
                found = codes(_neighbours(g, n, "exports", incoming=True) + _neighbours(g, n, "to"))
            else:
                found = [attrs["country"]] if attrs["country"] else []
            attrs["countries"] = found
            if kind in ("person", "event") and found:
                attrs["country"] = found[0]


def _assign_sources(g: nx.MultiDiGraph, articles: dict[str, dict[str, str]]) -> None:
    """Describe each node's and edge's sources, and date its first and last mention."""
    described = {iri: describe_article(meta) for iri, meta in articles.items()}
    for attrs in _all_attrs(g):
        attrs["sources"].sort(key=lambda s: (articles.get(s, {}).get("date", ""), s))
        attrs["source_titles"] = [described[s] for s in attrs["sources"] if s in described]
        dates = sorted(
            articles[s]["date"] for s in attrs["sources"] if articles.get(s, {}).get("date")
        )
        attrs["first_seen"] = dates[0] if dates else ""
        attrs["last_seen"] = dates[-1] if dates else ""


def describe_article(meta: dict[str, str]) -> str:
    """Return one line naming an article: headline, outlet, date and location."""
    head = meta.get("headline") or meta.get("iri", "")
    where = ", ".join(x for x in (meta.get("outlet"), meta.get("date")) if x)
    text = f"{head} ({where})" if where else head
    return f"{text} <{meta['location']}>" if meta.get("location") else text


def _assign_sizes(g: nx.MultiDiGraph) -> None:
    """Set `centrality` (degree centrality) and a drawing `size` on every node."""
    if not len(g):
        return
    degrees = dict(g.degree())
    top = max(degrees.values()) or 1
    scale = max(len(g) - 1, 1)
    for n, attrs in g.nodes(data=True):
        attrs["degree"] = degrees[n]
        attrs["centrality"] = degrees[n] / scale
        attrs["size"] = round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(degrees[n] / top), 2)


def find_entity(graph: nx.MultiDiGraph, name_or_iri: str) -> str:
    """Return the node id of an entity given its IRI, name or alias (case-insensitive)."""
    if name_or_iri in graph:
        return name_or_iri
    wanted = " ".join(name_or_iri.split()).casefold()
    matches = [
        n
        for n, attrs in graph.nodes(data=True)
        if wanted in {" ".join(x.split()).casefold() for x in [attrs["label"], *attrs["aliases"]]}
    ]
    if not matches:
        raise EntityNotFoundError(
            f"no entity named or identified by {name_or_iri!r}; "
            "give its exact name, one of its aliases, or its IRI"
        )
    return max(matches, key=lambda n: (graph.degree(n), n))


def to_networkx(
    dataset: Graph,
    *,
    types: Iterable[str] | None = None,
    focus: str | None = None,
    depth: int = 1,
) -> nx.MultiDiGraph:
    """Project the RDF dataset onto a directed multigraph of entities.

    types: keep only nodes of these types (see NODE_TYPES); focus: an entity's name,
    alias or IRI, keeping only nodes within `depth` hops of it (in either direction).
    """
    index = _index(dataset)
    builder = _Builder(index)
    _add_entities(builder)
    _add_posts(builder)
    _add_trade(builder)
    _add_events(builder)
    _add_places(builder)
    graph = builder.graph
    _lists(graph)
    for attrs in _all_attrs(graph):
        for source in attrs["sources"]:
            builder.article(URIRef(source))
    _assign_countries(graph)
    _assign_sources(graph, builder.articles)
    _assign_sizes(graph)
    return filter_graph(graph, types=types, focus=focus, depth=depth)


def filter_graph(
    graph: nx.MultiDiGraph,
    *,
    types: Iterable[str] | None = None,
    focus: str | None = None,
    depth: int = 1,
) -> nx.MultiDiGraph:
    """Return the projection restricted to node types and/or an entity's neighbourhood.

    The result is a copy when a filter applies, else the graph itself.
    """
    keep: set[str] | None = None
    centre = None
    if focus is not None:
        centre = find_entity(graph, focus)
        keep = set(nx.ego_graph(graph, centre, radius=depth, undirected=True))
    if types is not None:
        wanted = set(types)
        unknown = wanted - set(NODE_TYPES)
        if unknown:
            raise ValueError(f"unknown node types {sorted(unknown)}; choose from {NODE_TYPES}")
        typed = {n for n, t in graph.nodes(data="type") if t in wanted}
        keep = typed if keep is None else keep & typed
        if centre is not None:
            keep.add(centre)
    if keep is None:
        return graph
    return graph.subgraph(keep).copy()
