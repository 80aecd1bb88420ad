"""Summarize the entity graph: counts per type and relation, and its most central entities."""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx


def _centrality(graph: nx.MultiDiGraph) -> dict[str, float]:
    """Return each node's degree centrality, reusing the projection's value where present."""
    scale = max(len(graph) - 1, 1)
    return {
        n: float(attrs["centrality"]) if "centrality" in attrs else graph.degree(n) / scale
        for n, attrs in graph.nodes(data=True)
    }


def most_central(graph: nx.MultiDiGraph, node_type: str, top: int = 10) -> list[dict[str, Any]]:
    """Return the `top` nodes of one type by degree centrality, ties broken by label."""
    centrality = _centrality(graph)
    ranked = sorted(
        (n for n, t in graph.nodes(data="type") if t == node_type),
        key=lambda n: (-centrality[n], str(graph.nodes[n].get("label", n)), n),
    )
    return [
        {
            "id": n,
            "label": str(graph.nodes[n].get("label", n)),
            "degree": graph.degree(n),
            "centrality": round(centrality[n], 6),
        }
        for n in ranked[:top]
    ]


def graph_stats(graph: nx.MultiDiGraph, *, top: int = 10) -> dict[str, Any]:
    """Return counts per node type and relation, and the most central people and countries."""
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "nodes_by_type": dict(sorted(Counter(t for _, t in graph.nodes(data="type")).items())),
        "edges_by_relation": dict(
            sorted(Counter(r for *_, r in graph.edges(data="relation")).items())
        ),
        "components": nx.number_weakly_connected_components(graph) if len(graph) else 0,
        "top_people": most_central(graph, "person", top),
        "top_countries": most_central(graph, "country", top),
    }
