"""The entity view of the RDF graph, and its summary statistics."""

from __future__ import annotations

import networkx as nx
import pytest
from rdflib import Graph
from render_fixtures import HOSTILE_NAME, build_dataset

from kg.projection import NODE_TYPES, EntityNotFoundError, filter_graph, find_entity, to_networkx
from kg.stats import graph_stats, most_central
from kg.vocab import KGR

KHAN = str(KGR["person/jam-kamal-khan"])
METELITSA = str(KGR["person/andrei-metelitsa"])
COMMERCE = str(KGR["org/pakistan-ministry-of-commerce"])
PAK, BLR = str(KGR["country/PAK"]), str(KGR["country/BLR"])
RICE, TRACTORS = str(KGR["product/rice"]), str(KGR["product/tractors"])
MEETING = str(KGR["event/a1-meeting"])
RAWALPINDI = str(KGR["place/rawalpindi"])


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return to_networkx(build_dataset())


def _relations(g: nx.MultiDiGraph, u: str, v: str) -> set[str]:
    return {k for k in g.get_edge_data(u, v, default={})}


def test_every_entity_becomes_one_typed_node(graph: nx.MultiDiGraph) -> None:
    counts = graph_stats(graph)["nodes_by_type"]
    assert counts == {
        "country": 3,
        "event": 4,
        "organization": 3,
        "person": 4,
        "place": 3,
        "product": 3,
    }
    assert set(counts) <= set(NODE_TYPES)
    assert graph.nodes[KHAN]["label"] == "Jam Kamal Khan"
    assert graph.nodes[KHAN]["aliases"] == ["Jam Kamal"]
    assert graph.nodes[str(KGR["person/lonely-official"])]["type"] == "person"


def test_person_points_to_organization_with_post_title(graph: nx.MultiDiGraph) -> None:
    edge = graph.edges[KHAN, COMMERCE, "holds_post"]
    assert edge["label"] == "Federal Minister for Commerce"
    assert edge["roles"] == ["Minister"]
    assert edge["evidence"] == ["Federal Minister for Commerce Jam Kamal Khan met the ambassador."]
    assert edge["sources"] == [str(KGR["article/a1"])]
    assert edge["confidence"] == pytest.approx(0.9)
    assert _relations(graph, COMMERCE, PAK) == {"of"}


def test_trade_flows_become_exports_and_to_edges(graph: nx.MultiDiGraph) -> None:
    exports = graph.edges[PAK, RICE, "exports"]
    assert exports["importers"] == [BLR]
    assert exports["evidence"] == ["Pakistan exports rice to Belarus."]
    assert graph.edges[RICE, BLR, "to"]["exporters"] == [PAK]
    assert graph.edges[BLR, TRACTORS, "exports"]["importers"] == []
    assert not graph.has_edge(TRACTORS, PAK)


def test_events_link_attendees_and_place(graph: nx.MultiDiGraph) -> None:
    assert _relations(graph, MEETING, KHAN) == {"attendee"}
    assert _relations(graph, MEETING, METELITSA) == {"attendee"}
    assert _relations(graph, MEETING, RAWALPINDI) == {"at"}
    assert _relations(graph, RAWALPINDI, PAK) == {"in"}
    meeting = graph.nodes[MEETING]
    assert (meeting["date"], meeting["event_type"], meeting["status"]) == (
        "2024-06-12",
        "Meeting",
        "",
    )
    visit = graph.nodes[str(KGR["event/a2-visit"])]
    assert (visit["date"], visit["event_type"], visit["status"]) == (
        "2024-07",
        "Visit",
        "EventScheduled",
    )
    assert graph.nodes[str(KGR["event/a2-talks"])]["date"] == "2023"


def test_countries_are_derived_for_every_kind(graph: nx.MultiDiGraph) -> None:
    assert graph.nodes[KHAN]["country"] == "PAK"
    assert graph.nodes[RAWALPINDI]["country"] == "PAK"
    assert graph.nodes[COMMERCE]["country"] == "PAK"
    assert graph.nodes[MEETING]["countries"] == ["PAK", "BLR"]
    assert graph.nodes[RICE]["countries"] == ["PAK", "BLR"]
    assert graph.nodes[PAK]["country"] == "PAK"


def test_attributes_are_plain_python_values(graph: nx.MultiDiGraph) -> None:
    allowed = (str, int, float, bool)
    items = [a for _, a in graph.nodes(data=True)] + [a for *_, a in graph.edges(data=True)]
    for attrs in items:
        for value in attrs.values():
            if isinstance(value, list):
                assert all(isinstance(v, str) for v in value)
            else:
                assert isinstance(value, allowed)
    khan = graph.nodes[KHAN]
    assert khan["sources"] == [str(KGR[f"article/{a}"]) for a in ("a2", "a1", "hostile")]
    assert khan["source_titles"][0].startswith("Belarus tractors for Pakistan (Dawn, 2024-05-02)")
    assert (khan["first_seen"], khan["last_seen"]) == ("2024-05-02", "2024-08-01")


def test_size_follows_degree_centrality(graph: nx.MultiDiGraph) -> None:
    sizes = {n: a["size"] for n, a in graph.nodes(data=True)}
    assert sizes[KHAN] > sizes[str(KGR["person/lonely-official"])]
    assert max(a["centrality"] for _, a in graph.nodes(data=True)) <= 1


def test_type_filter_keeps_only_those_types() -> None:
    g = to_networkx(build_dataset(), types=["person", "event"])
    assert {t for _, t in g.nodes(data="type")} == {"person", "event"}
    assert all(k == "attendee" for *_, k in g.edges(keys=True))
    with pytest.raises(ValueError, match="unknown node types"):
        to_networkx(build_dataset(), types=["people"])


@pytest.mark.parametrize("focus", ["Jam Kamal Khan", "jam  KAMAL", KHAN])
def test_focus_by_name_alias_or_iri(graph: nx.MultiDiGraph, focus: str) -> None:
    ego = filter_graph(graph, focus=focus, depth=1)
    assert KHAN in ego
    assert set(ego) == {KHAN} | set(graph.successors(KHAN)) | set(graph.predecessors(KHAN))
    wider = filter_graph(graph, focus=focus, depth=2)
    assert set(ego) < set(wider)


def test_focus_finds_hostile_names_and_reports_unknown(graph: nx.MultiDiGraph) -> None:
    assert find_entity(graph, HOSTILE_NAME) == str(KGR["person/evil"])
    with pytest.raises(EntityNotFoundError, match="exact name"):
        to_networkx(build_dataset(), focus="Nobody At All")


def test_focus_then_types_keeps_the_focus() -> None:
    g = to_networkx(build_dataset(), focus="Pakistan", depth=2, types=["person"])
    assert PAK in g
    assert {t for n, t in g.nodes(data="type") if n != PAK} == {"person"}


def test_plain_graph_projects_like_the_union() -> None:
    union = Graph()
    for s, p, o, _ in build_dataset().quads((None, None, None, None)):
        union.add((s, p, o))
    assert nx.utils.graphs_equal(to_networkx(union), to_networkx(build_dataset()))


def test_stats_rank_people_and_countries(graph: nx.MultiDiGraph) -> None:
    stats = graph_stats(graph, top=2)
    assert (stats["nodes"], stats["edges"]) == (20, 24)
    assert stats["edges_by_relation"]["attendee"] == 6
    assert [p["label"] for p in stats["top_people"]] == ["Jam Kamal Khan", "Andrei Metelitsa"]
    assert stats["top_countries"][0]["label"] == "Belarus"
    assert most_central(nx.MultiDiGraph(), "person") == []
