"""Write the entity graph as GraphML, GEXF or a pair of CSV files, for Gephi, yEd or pandas."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any, Literal

import networkx as nx

ExportFormat = Literal["graphml", "gexf", "csv"]
FORMATS: tuple[str, ...] = ("graphml", "gexf", "csv")
# Characters XML 1.0 cannot hold, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def scalar(value: Any) -> str | int | float | bool:
    """Return a value GraphML, GEXF and CSV can hold: lists and dicts become JSON text."""
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple | set | dict):
        items = sorted(value) if isinstance(value, set) else value
        return json.dumps(items, ensure_ascii=False)
    return "" if value is None else str(value)


def _xml_safe(value: str | float | bool) -> str | int | float | bool:
    """Drop the characters XML cannot represent from a string."""
    return _NOT_XML.sub("", value) if isinstance(value, str) else value


def scalar_graph(graph: nx.MultiDiGraph, *, xml: bool = False) -> nx.MultiDiGraph:
    """Return a copy of the graph whose attributes are all scalars (the input is untouched)."""

    def clean(attrs: dict[str, Any]) -> dict[str, Any]:
        out = {k: scalar(v) for k, v in attrs.items() if v is not None}
        return {k: _xml_safe(v) for k, v in out.items()} if xml else out

    flat = nx.MultiDiGraph()
    for n, attrs in graph.nodes(data=True):
        flat.add_node(_xml_safe(str(n)) if xml else str(n), **clean(attrs))
    for u, v, k, attrs in graph.edges(keys=True, data=True):
        ends = (str(u), str(v)) if not xml else (_xml_safe(str(u)), _xml_safe(str(v)))
        flat.add_edge(*ends, key=str(k), **clean(attrs))
    return flat


def _columns(rows: list[dict[str, Any]], first: list[str]) -> list[str]:
    """Return the CSV header: the given columns, then every other key in sorted order."""
    rest = sorted({key for row in rows for key in row} - set(first))
    return first + rest


def _write_csv(path: Path, rows: list[dict[str, Any]], first: list[str]) -> None:
    """Write rows of scalar values as a UTF-8 CSV file."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=_columns(rows, first), restval="")
        writer.writeheader()
        writer.writerows(rows)


def export_graph(graph: nx.MultiDiGraph, fmt: ExportFormat, path_or_dir: str | Path) -> list[Path]:
    """Write the graph in `fmt` and return the files written.

    graphml/gexf: `path_or_dir` is the file; csv: it is a directory that receives
    nodes.csv and edges.csv. Lists become JSON text, so every attribute is a scalar.
    """
    target = Path(path_or_dir)
    if fmt == "graphml":
        target.parent.mkdir(parents=True, exist_ok=True)
        nx.write_graphml(scalar_graph(graph, xml=True), target, encoding="utf-8")
        return [target]
    if fmt == "gexf":
        target.parent.mkdir(parents=True, exist_ok=True)
        nx.write_gexf(scalar_graph(graph, xml=True), target, encoding="utf-8")
        return [target]
    if fmt == "csv":
        target.mkdir(parents=True, exist_ok=True)
        flat = scalar_graph(graph)
        nodes = [{"id": n, **attrs} for n, attrs in flat.nodes(data=True)]
        edges = [
            {"source": u, "target": v, "key": k, **attrs}
            for u, v, k, attrs in flat.edges(keys=True, data=True)
        ]
        paths = [target / "nodes.csv", target / "edges.csv"]
        _write_csv(paths[0], nodes, ["id", "type", "label"])
        _write_csv(paths[1], edges, ["source", "target", "key", "relation", "label"])
        return paths
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
