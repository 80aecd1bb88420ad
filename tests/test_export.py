"""GraphML, GEXF and CSV exports of the entity graph."""

from __future__ import annotations

import copy
import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from render_fixtures import HOSTILE_NAME, build_dataset

from kg.export import export_graph, scalar_graph
from kg.projection import to_networkx
from kg.vocab import KGR

EVIL = str(KGR["person/evil"])


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return to_networkx(build_dataset())


def test_graphml_reads_back_with_same_counts(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    (path,) = export_graph(graph, "graphml", tmp_path / "graph.graphml")
    again = nx.read_graphml(path, force_multigraph=True)
    assert again.number_of_nodes() == graph.number_of_nodes()
    assert again.number_of_edges() == graph.number_of_edges()
    assert again.is_directed()
    evil = again.nodes[EVIL]
    assert evil["label"] == HOSTILE_NAME
    assert isinstance(evil["size"], float)
    assert json.loads(evil["aliases"]) == graph.nodes[EVIL]["aliases"]


def test_gexf_reads_back_with_same_counts(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    (path,) = export_graph(graph, "gexf", tmp_path / "graph.gexf")
    again = nx.read_gexf(path)
    assert again.number_of_nodes() == graph.number_of_nodes()
    assert again.number_of_edges() == graph.number_of_edges()


def test_csv_writes_nodes_and_edges(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    nodes_path, edges_path = export_graph(graph, "csv", tmp_path / "csv")
    with nodes_path.open(encoding="utf-8", newline="") as handle:
        nodes = list(csv.DictReader(handle))
    with edges_path.open(encoding="utf-8", newline="") as handle:
        edges = list(csv.DictReader(handle))
    assert len(nodes) == graph.number_of_nodes()
    assert len(edges) == graph.number_of_edges()
    assert list(nodes[0])[:3] == ["id", "type", "label"]
    assert list(edges[0])[:5] == ["source", "target", "key", "relation", "label"]
    evil = next(row for row in nodes if row["id"] == EVIL)
    assert evil["label"] == HOSTILE_NAME
    assert json.loads(evil["evidence"]) == graph.nodes[EVIL]["evidence"]


def test_export_leaves_graph_alone_and_drops_xml_control_chars(graph: nx.MultiDiGraph) -> None:
    before = copy.deepcopy(graph)
    g = graph.copy()
    g.nodes[EVIL]["note"] = "bell\x07 and nul\x00 and tab\t"
    flat = scalar_graph(g, xml=True)
    assert flat.nodes[EVIL]["note"] == "bell and nul and tab\t"
    assert all(not isinstance(v, list) for _, a in flat.nodes(data=True) for v in a.values())
    assert list(graph.nodes(data=True)) == list(before.nodes(data=True))


def test_unknown_format_is_refused(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="graphml, gexf, csv"):
        export_graph(graph, "dot", tmp_path / "graph.dot")  # type: ignore[arg-type]
