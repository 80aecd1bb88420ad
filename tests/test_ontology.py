"""The ontology and SHACL shapes: the built graph passes them, and they stay in step with kg/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import OWL, RDF, RDFS, Dataset, Graph, Literal, URIRef

import kg
from kg.vocab import KG, KGR, ORG, PROV, SCHEMA

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "seeds"
ONTOLOGY = ROOT / "ontology" / "newskg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
ROLES = Path(kg.__file__).parent / "data" / "roles.json"
KG_NS = str(KG._NS)
SKOS_CONCEPT = URIRef("http://www.w3.org/2004/02/skos/core#Concept")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return kg.build([SEEDS])


def named_graphs(dataset: Dataset) -> list[Graph]:
    return [
        g for g in dataset.graphs() if len(g) and g.identifier != dataset.default_graph.identifier
    ]


def union(dataset: Dataset) -> Graph:
    graph = Graph()
    for named in named_graphs(dataset):
        graph += named
    return graph


def assert_conforms(
    data: Graph, shapes: Graph, ontology: Graph, inference: str = "none", name: str = ""
) -> None:
    conforms, _, report = validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference=inference, advanced=True
    )
    assert conforms, f"{name or 'the graph'} does not conform to {SHAPES.name}:\n{report}"


def kg_terms(graph: Graph) -> set[URIRef]:
    return {
        node
        for triple in graph
        for node in triple
        if isinstance(node, URIRef) and str(node).startswith(KG_NS)
    }


def vocab_terms() -> set[URIRef]:
    return {KG[name] for name in KG.__annotations__ if not name.startswith("_")}


# -- (a) the built graph passes the shapes ---------------------------------------------------


@pytest.mark.parametrize("inference", ["none", "rdfs"])
def test_union_of_named_graphs_conforms(dataset, shapes, ontology, inference) -> None:
    assert_conforms(union(dataset), shapes, ontology, inference)


def test_each_named_graph_conforms(dataset, shapes, ontology) -> None:
    graphs = named_graphs(dataset)
    assert len(graphs) >= 2
    for graph in graphs:
        assert_conforms(graph, shapes, ontology, name=str(graph.identifier))


def test_each_named_graph_holds_only_its_articles_facts(dataset) -> None:
    for graph in named_graphs(dataset):
        sources = set(graph.objects(None, PROV.wasDerivedFrom))
        assert sources == {graph.identifier}, graph.identifier
        assert (graph.identifier, RDF.type, KG.Article) in graph


# -- (b)-(d) every kg: term is declared --------------------------------------------------------


def assert_declared(term: URIRef, ontology: Graph) -> None:
    assert (term, RDF.type, None) in ontology, f"{term} is not declared in {ONTOLOGY.name}"
    assert ontology.value(term, RDFS.label), f"{term} has no rdfs:label"
    assert ontology.value(term, RDFS.comment), f"{term} has no rdfs:comment"


def test_every_kg_term_of_the_built_graph_is_declared(dataset, ontology) -> None:
    used = kg_terms(union(dataset))
    assert KG.TradeFlow in used and KG.evidence in used and KG.Minister in used
    for term in sorted(used):
        assert_declared(term, ontology)


def test_vocab_and_ontology_declare_the_same_terms(ontology) -> None:
    declared = {s for s in ontology.subjects(RDF.type, None) if str(s).startswith(KG_NS)}
    in_vocab = vocab_terms()
    assert in_vocab - declared == set(), "in kg/vocab.py but not in the ontology"
    assert declared - in_vocab == set(), "in the ontology but not in kg/vocab.py"
    assert kg_terms(ontology) <= in_vocab, "the ontology uses kg: terms kg/vocab.py lacks"
    for term in sorted(in_vocab):
        assert_declared(term, ontology)


def test_terms_have_the_right_kind(ontology) -> None:
    def kind(*names: str) -> set[URIRef]:
        return {KG[name] for name in names}

    classes = kind("Article", "TradeFlow", "Meeting", "Visit")
    objects = kind("exporter", "importer", "product", "exports", "country")
    data = kind(
        "iso2",
        "iso3",
        "evidence",
        "evidenceStart",
        "evidenceEnd",
        "confidence",
        "sourceFile",
        "outlet",
    )
    assert set(ontology.subjects(RDF.type, OWL.Class)) & vocab_terms() == classes
    assert set(ontology.subjects(RDF.type, OWL.ObjectProperty)) & vocab_terms() == objects
    assert set(ontology.subjects(RDF.type, OWL.DatatypeProperty)) & vocab_terms() == data
    for prop in objects | data:
        assert ontology.value(prop, RDFS.range) is not None, f"{prop} has no rdfs:range"
    assert (KG.Article, RDFS.subClassOf, SCHEMA.NewsArticle) in ontology
    assert (KG.Meeting, RDFS.subClassOf, SCHEMA.Event) in ontology
    assert (KG.Visit, RDFS.subClassOf, SCHEMA.Event) in ontology
    assert (KG.TradeFlow, RDFS.subClassOf, PROV.Entity) in ontology


def test_every_role_the_lexicon_can_produce_is_a_declared_org_role(ontology) -> None:
    titles = json.loads(ROLES.read_text(encoding="utf-8"))["titles"]
    roles = {t["role"] for t in titles} | {t["body_role"] for t in titles if "body_role" in t}
    assert "Minister" in roles
    for role in sorted(roles):
        term = KG[role]  # raises for a name kg/vocab.py does not define
        assert (term, RDF.type, ORG.Role) in ontology, f"{term} is not an org:Role"
        assert (term, RDF.type, SKOS_CONCEPT) in ontology, f"{term} is not a skos:Concept"
        assert_declared(term, ontology)


# -- (e) the shapes can fail ---------------------------------------------------------------------

GOOD = """
@prefix kg: <https://w3id.org/newskg/ontology#> .
@base <https://w3id.org/newskg/id/> .  # <country/PAK> is kgr:country/PAK
@prefix schema: <https://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<article/a> a kg:Article ; kg:sourceFile "a.txt" ; schema:datePublished "2024-06-12"^^xsd:date .
<product/rice> a schema:Product ; schema:name "rice" .
<country/PAK> a schema:Country ; schema:name "Pakistan" ; kg:iso3 "PAK" ; kg:iso2 "PK" ;
    kg:exports <product/rice> .
<country/BLR> a schema:Country ; schema:name "Belarus" ; kg:iso3 "BLR" ; kg:iso2 "BY" .
<org/pakistan-ministry-of-commerce> a org:Organization ;
    schema:name "Ministry of Commerce" ; kg:country <country/PAK> .
<person/jam-kamal-khan> a schema:Person ; schema:name "Jam Kamal Khan" ;
    org:holds <post/jam-kamal-khan--pakistan-ministry-of-commerce> .

<post/jam-kamal-khan--pakistan-ministry-of-commerce> a org:Post ;
    rdfs:label "Federal Minister for Commerce" ; org:role kg:Minister ;
    org:postIn <org/pakistan-ministry-of-commerce> ;
    prov:wasDerivedFrom <article/a> ; kg:evidence "Jam Kamal Khan spoke." ;
    kg:evidenceStart 0 ; kg:evidenceEnd 21 ; kg:confidence 0.75 .

<flow/pak-blr-rice> a kg:TradeFlow ;
    kg:exporter <country/PAK> ; kg:importer <country/BLR> ; kg:product <product/rice> ;
    prov:wasDerivedFrom <article/a> ; kg:evidence "Pakistan exports rice to Belarus." ;
    kg:evidenceStart 22 ; kg:evidenceEnd 55 ; kg:confidence 0.85 .

<event/meeting-2024-06-12-x> a kg:Meeting ;
    schema:attendee <person/jam-kamal-khan> ; schema:location <country/BLR> ;
    schema:startDate "2024-06-12"^^xsd:date ;
    prov:wasDerivedFrom <article/a> ; kg:evidence "They met in Belarus." ;
    kg:evidenceStart 56 ; kg:evidenceEnd 76 ; kg:confidence 0.8 .
"""

POST = KGR["post/jam-kamal-khan--pakistan-ministry-of-commerce"]
FLOW = KGR["flow/pak-blr-rice"]
EVENT = KGR["event/meeting-2024-06-12-x"]
POST_PROVENANCE = """prov:wasDerivedFrom <article/a> ; kg:evidence "Jam Kamal Khan spoke." ;
    kg:evidenceStart 0 ; kg:evidenceEnd 21 ; kg:confidence 0.75 ."""


def violations(data: str, shapes: Graph, ontology: Graph) -> set[tuple[URIRef, URIRef]]:
    graph = Graph().parse(data=data, format="turtle")
    conforms, report, _ = validate(graph, shacl_graph=shapes, ont_graph=ontology, advanced=True)
    sh = "http://www.w3.org/ns/shacl#"
    found = {
        (
            report.value(result, URIRef(sh + "focusNode")),
            report.value(result, URIRef(sh + "resultPath")),
        )
        for result in report.subjects(RDF.type, URIRef(sh + "ValidationResult"))
    }
    assert conforms == (not found)
    return found


def test_the_hand_made_graph_conforms_before_it_is_broken(shapes, ontology) -> None:
    assert violations(GOOD, shapes, ontology) == set()


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("kg:exporter <country/PAK> ;", "", (FLOW, KG.exporter)),
        (POST_PROVENANCE, ".", (POST, PROV.wasDerivedFrom)),
        (POST_PROVENANCE, "prov:wasDerivedFrom <article/a> .", (POST, KG.evidence)),
        ("org:role kg:Minister", "org:role kg:Article", (POST, ORG.role)),
        ("org:role kg:Minister ;", "", (POST, ORG.role)),
        ("kg:confidence 0.85", "kg:confidence 1.5", (FLOW, KG.confidence)),
        ("kg:importer <country/BLR>", "kg:importer <country/PAK>", (FLOW, KG.importer)),
        (
            '"Jam Kamal Khan" ;',
            '"H.E. Jam Kamal Khan" ;',
            (KGR["person/jam-kamal-khan"], SCHEMA.name),
        ),
        ('kg:iso3 "BLR"', 'kg:iso3 "Blr"', (KGR["country/BLR"], KG.iso3)),
        (
            '"2024-06-12"^^xsd:date ;\n    prov',
            '"June 2024" ;\n    prov',
            (EVENT, SCHEMA.startDate),
        ),
        (
            "schema:location <country/BLR>",
            "schema:location <product/rice>",
            (EVENT, SCHEMA.location),
        ),
        (
            "kg:country <country/PAK>",
            "kg:country <product/rice>",
            (KGR["org/pakistan-ministry-of-commerce"], KG.country),
        ),
    ],
    ids=[
        "flow-without-exporter",
        "post-without-provenance",
        "post-without-evidence",
        "role-not-an-org-role",
        "post-without-role",
        "confidence-above-one",
        "importer-is-exporter",
        "name-with-honorific",
        "bad-iso3",
        "untyped-date",
        "location-not-a-place",
        "org-country-not-a-country",
    ],
)
def test_broken_graphs_do_not_conform(shapes, ontology, old, new, expected) -> None:
    assert old in GOOD
    assert expected in violations(GOOD.replace(old, new, 1), shapes, ontology)


@pytest.mark.parametrize(
    ("old", "new", "focus"),
    [
        ('kg:sourceFile "a.txt" ;', "", KGR["article/a"]),
        ("kg:exports <product/rice> .", ".", FLOW),
        ("kg:exporter <country/PAK> ;", "kg:exporter <country/BLR> ;", KGR["country/PAK"]),
    ],
    ids=["article-without-locator", "flow-without-shortcut", "shortcut-without-flow"],
)
def test_broken_nodes_do_not_conform(shapes, ontology, old, new, focus) -> None:
    assert old in GOOD
    assert focus in {node for node, _ in violations(GOOD.replace(old, new, 1), shapes, ontology)}


# -- (f) the ontology itself -------------------------------------------------------------------


def test_ontology_parses_with_an_owl_ontology_header(ontology) -> None:
    (header,) = ontology.subjects(RDF.type, OWL.Ontology)
    assert ontology.value(header, OWL.versionInfo) == Literal(kg.__version__)
    assert ontology.value(header, RDFS.label)
    assert ontology.value(header, RDFS.comment)
    assert not str(header).startswith(KG_NS)
    namespaces = {str(ns) for _, ns in ontology.namespaces()}
    assert {KG_NS, str(KGR), str(SCHEMA), str(ORG), str(PROV)} <= namespaces
