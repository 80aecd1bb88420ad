"""Render the entity graph as one self-contained, injection-safe interactive HTML page."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections import defaultdict
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

LARGE_GRAPH_NODES = 1500
SEEDED_LAYOUT_NODES = 300
PHYSICS_BUDGET = 60_000  # node-iterations of barnesHut stabilization, a few seconds in a browser
MAX_LIST_ITEMS = 3
MAX_TEXT = 400
VIS_VERSION = "vis-9.1.2"
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_SOURCE_MAP = re.compile(r"^\s*(?://|/\*)# sourceMappingURL=.*$", re.MULTILINE)
_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_TEMPLATES = Path(str(files("kg") / "templates"))


class GraphNetwork(Network):
    """A pyvis Network that always renders through the project's own safe page."""

    def __init__(self, *, title: str, large: bool, **kwargs: Any) -> None:
        super().__init__(directed=True, cdn_resources="in_line", **kwargs)
        self.page_title = title
        self.large = large

    def generate_html(
        self, name: str = "index.html", local: bool = True, notebook: bool = False
    ) -> str:
        """Return the self-contained page (never pyvis's own template)."""
        return render_html(self)

    def write_html(
        self,
        name: str,
        local: bool = True,
        notebook: bool = False,
        open_browser: bool = False,
    ) -> None:
        """Write the self-contained page as UTF-8."""
        Path(name).write_text(render_html(self), encoding="utf-8")


@lru_cache(maxsize=1)
def load_style() -> dict[str, Any]:
    """Load the colours and shapes per node type and relation from kg/data/style.json."""
    style = json.loads((files("kg") / "data" / "style.json").read_text(encoding="utf-8"))
    for kind, spec in style["node_types"].items():
        missing = {"label", "color", "shape", "glyph"} - set(spec)
        if missing:
            raise ValueError(f"style.json: node type {kind!r} lacks {sorted(missing)}")
    for relation, spec in style["edge_relations"].items():
        if {"label", "color"} - set(spec):
            raise ValueError(f"style.json: relation {relation!r} needs a label and a color")
    return style


@lru_cache(maxsize=1)
def _vendor_assets() -> tuple[str, str]:
    """Return vis-network's JS and CSS from pyvis's bundled copy."""
    lib = files("pyvis") / "lib" / VIS_VERSION
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    js, css = _SOURCE_MAP.sub("", js), _SOURCE_MAP.sub("", css)
    _check_raw_text(js, "script")
    _check_raw_text(css, "style")
    return js, css


@lru_cache(maxsize=1)
def _app_assets() -> tuple[str, str]:
    """Return the page's own JS and CSS."""
    js = (_TEMPLATES / "graph.js").read_text(encoding="utf-8")
    css = (_TEMPLATES / "graph.css").read_text(encoding="utf-8")
    _check_raw_text(js, "script")
    _check_raw_text(css, "style")
    return js, css


def _check_raw_text(text: str, element: str) -> None:
    """Refuse text that would end its inline <script> or <style> element early."""
    lowered = text.lower()
    if f"</{element}" in lowered or "<!--" in lowered:
        raise ValueError(f"asset cannot be inlined in <{element}>: it contains a closing tag")


def json_for_script(value: Any) -> str:
    """Serialize to JSON that is inert inside an HTML <script> element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escaped in _JSON_ESCAPES.items():
        text = text.replace(char, escaped)
    return text


def _clip(text: str, limit: int = MAX_TEXT) -> str:
    """Shorten text to `limit` characters with an ellipsis."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _listing(heading: str, items: list[str]) -> list[str]:
    """Return tooltip lines for a list, showing at most MAX_LIST_ITEMS."""
    if not items:
        return []
    lines = [f"{heading}:"] + [f"  • {_clip(item)}" for item in items[:MAX_LIST_ITEMS]]
    if len(items) > MAX_LIST_ITEMS:
        lines.append(f"  (+{len(items) - MAX_LIST_ITEMS} more)")
    return lines


def node_tooltip(attrs: dict[str, Any], style: dict[str, Any]) -> str:
    """Return a node's plain-text tooltip: type, names, country, dates, evidence, sources."""
    kind = attrs.get("type", "")
    kind_label = style["node_types"].get(kind, {}).get("label", kind)
    if kind == "event":
        kind_label = attrs.get("event_type") or kind_label
    lines = [f"{kind_label}: {_clip(attrs.get('label', ''), 200)}"]
    if attrs.get("aliases"):
        lines.append("Also: " + _clip("; ".join(attrs["aliases"]), 300))
    if attrs.get("posts"):
        lines.append("Posts: " + _clip("; ".join(attrs["posts"]), 300))
    if attrs.get("countries"):
        lines.append("Country: " + ", ".join(attrs["countries"][:8]))
    if attrs.get("date"):
        status = " (scheduled)" if attrs.get("status") == "EventScheduled" else ""
        lines.append(f"Date: {attrs['date']}{status}")
    if attrs.get("first_seen"):
        seen = attrs["first_seen"]
        if attrs.get("last_seen") and attrs["last_seen"] != seen:
            seen += f" to {attrs['last_seen']}"
        lines.append(f"Mentioned: {seen}")
    lines += _listing("Evidence", attrs.get("evidence", []))
    lines += _listing("Source", attrs.get("source_titles") or attrs.get("sources", []))
    return "\n".join(lines)


def edge_tooltip(
    source: str, target: str, attrs: dict[str, Any], names: dict[str, str] | None = None
) -> str:
    """Return an edge's plain-text tooltip: the relation, evidence and sources."""
    names = names or {}
    lines = [_clip(f"{source} → {attrs.get('label', '')} → {target}", 300)]
    for key, heading in (("importers", "To"), ("exporters", "From")):
        if attrs.get(key):
            lines.append(f"{heading}: " + _clip(", ".join(names.get(c, c) for c in attrs[key])))
    if attrs.get("roles"):
        lines.append("Role: " + ", ".join(attrs["roles"]))
    if attrs.get("confidence") is not None:
        lines.append(f"Confidence: {attrs['confidence']:.2f}")
    lines += _listing("Evidence", attrs.get("evidence", []))
    lines += _listing("Source", attrs.get("source_titles") or attrs.get("sources", []))
    return "\n".join(lines)


def _date_range(date: str) -> tuple[str, str]:
    """Return the first and last day (ISO strings) an xsd date, gYearMonth or gYear covers."""
    match = _DATE.match(date or "")
    if not match:
        return "", ""
    year, month, day = match.groups()
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        return f"{year}-{month}-01", f"{year}-{month}-31"
    return f"{year}-01-01", f"{year}-12-31"


def cluster_positions(graph: nx.MultiDiGraph, spacing: float = 28.0) -> dict[str, tuple[int, int]]:
    """Place nodes in one sunflower-shaped cluster per country, for drawing without physics."""
    clusters: dict[str, list[str]] = defaultdict(list)
    for node, attrs in graph.nodes(data=True):
        clusters[attrs.get("country") or ""].append(node)
    degree = dict(graph.degree())
    ordered = sorted(clusters.values(), key=lambda members: (-len(members), members[0]))
    radii = [spacing * math.sqrt(len(members)) for members in ordered]
    gap = 2.2 * max(radii[1:], default=spacing)
    positions: dict[str, tuple[int, int]] = {}
    for j, members in enumerate(ordered):
        distance = 0.0 if j == 0 else radii[0] + gap * math.sqrt(j)
        cx, cy = (
            distance * math.cos(j * _GOLDEN_ANGLE),
            distance * math.sin(j * _GOLDEN_ANGLE),
        )
        members.sort(key=lambda n: (graph.nodes[n].get("type") != "country", -degree[n], n))
        for i, node in enumerate(members):
            r = spacing * math.sqrt(i + 0.5) if i else 0.0
            angle = i * _GOLDEN_ANGLE
            positions[node] = (
                round(cx + r * math.cos(angle)),
                round(cy + r * math.sin(angle)),
            )
    return positions


def stabilization_iterations(nodes: int) -> int:
    """Return how many physics steps to stabilize with: 300, fewer as the graph grows."""
    return max(30, min(300, PHYSICS_BUDGET // max(nodes, 1)))


def _vis_options(
    style: dict[str, Any], *, physics: bool, iterations: int, large: bool, n: int
) -> dict:
    """Return vis-network options: barnesHut physics that stabilizes in bounded iterations."""
    groups = {
        kind: {
            "shape": spec["shape"],
            "color": {
                "background": spec["color"],
                "border": spec["color"],
                "highlight": {"background": spec["color"], "border": "#222222"},
                "hover": {"background": spec["color"], "border": "#222222"},
            },
        }
        for kind, spec in style["node_types"].items()
    }
    return {
        "autoResize": True,
        "groups": groups,
        "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {
                "size": 10,
                "align": "middle",
                "color": "#555555",
                "face": "sans-serif",
            },
            "smooth": {"enabled": not large, "type": "continuous"},
            "width": 1,
        },
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -6000,
                "centralGravity": 0.3,
                "springLength": 140,
                "springConstant": 0.04,
                "damping": 0.3,
                "avoidOverlap": 0.1,
            },
            "maxVelocity": 50,
            "minVelocity": 1,
            "stabilization": {
                "enabled": True,
                "iterations": iterations,
                "updateInterval": 25,
            },
        },
        "layout": {"improvedLayout": n <= SEEDED_LAYOUT_NODES, "randomSeed": 7},
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "keyboard": False,
        },
    }


def to_network(
    graph: nx.MultiDiGraph,
    *,
    title: str = "newskg: diplomatic and trade graph",
    height: str = "100vh",
    physics: bool | None = None,
    iterations: int | None = None,
    large_graph_nodes: int = LARGE_GRAPH_NODES,
) -> GraphNetwork:
    """Turn the projection into a pyvis Network (the caller's graph is left untouched).

    physics: run barnesHut until stable (at most `iterations` steps, by default as many
    as `stabilization_iterations` allows), then switch it off; by default on, and off for
    graphs of more than `large_graph_nodes` nodes. Graphs of more than SEEDED_LAYOUT_NODES
    start from one cluster per country (`cluster_positions`).
    """
    style = load_style()
    n = graph.number_of_nodes()
    large = n > large_graph_nodes
    physics = (not large if physics is None else physics) and n > 0
    net = GraphNetwork(title=title, large=large, height=height, width="100%")
    iterations = stabilization_iterations(n) if iterations is None else iterations
    positions = cluster_positions(graph) if n > SEEDED_LAYOUT_NODES else {}
    labels: dict[str, str] = {}
    for node, attrs in graph.nodes(data=True):
        label = str(attrs.get("label") or node)
        labels[node] = label
        start, end = _date_range(str(attrs.get("date", "")))
        item: dict[str, Any] = {
            "id": str(node),
            "label": _clip(label, 40),
            "title": node_tooltip(attrs, style),
            "group": str(attrs.get("type", "")),
            "size": float(attrs.get("size", 10)),
            "names": [label, *(str(a) for a in attrs.get("aliases", []))],
            "countries": [str(c) for c in attrs.get("countries", [])],
            "dateStart": start,
            "dateEnd": end,
        }
        if node in positions:
            item["x"], item["y"] = positions[node]
        net.nodes.append(item)
        net.node_ids.append(item["id"])
        net.node_map[item["id"]] = item
    for i, (u, v, attrs) in enumerate(graph.edges(data=True)):
        relation = str(attrs.get("relation", ""))
        colour = style["edge_relations"].get(relation, {}).get("color", "#999999")
        edge = {
            "id": f"e{i}",
            "from": str(u),
            "to": str(v),
            "relation": relation,
            "title": edge_tooltip(labels[u], labels[v], attrs, labels),
            "color": {"color": colour, "highlight": "#222222", "hover": "#222222"},
            "arrows": "to",
        }
        if not large:
            edge["label"] = _clip(str(attrs.get("label", "")), 40)
        net.edges.append(edge)
    net.options = _vis_options(
        style,
        physics=physics,
        iterations=iterations,
        large=large,
        n=n,
    )
    return net


def _csp_hash(script: str) -> str:
    """Return the CSP source expression allowing exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _page_data(net: Network, title: str) -> dict[str, Any]:
    """Return everything the page script needs, as plain JSON-able data."""
    style = load_style()
    options = net.options if isinstance(net.options, dict) else json.loads(net.options.to_json())
    return {
        "title": title,
        "nodes": net.nodes,
        "edges": net.edges,
        "options": options,
        "large": bool(getattr(net, "large", False)),
        "style": {
            "nodeTypes": style["node_types"],
            "edgeRelations": style["edge_relations"],
        },
    }


def render_html(network_or_graph: Network | nx.Graph, *, title: str | None = None) -> str:
    """Return the interactive page as one self-contained HTML string (no network requests)."""
    if isinstance(network_or_graph, nx.Graph):
        net: Network = (
            to_network(network_or_graph, title=title) if title else to_network(network_or_graph)
        )
    else:
        net = network_or_graph
    page_title = title or getattr(net, "page_title", None) or "newskg graph"
    vis_js, vis_css = _vendor_assets()
    app_js, app_css = _app_assets()
    env = Environment(
        loader=FileSystemLoader(str(_TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    template = env.get_template("graph.html")
    return template.render(
        title=page_title,
        script_hashes=" ".join([_csp_hash(vis_js), _csp_hash(app_js)]),
        vis_js=Markup(vis_js),
        vis_css=Markup(vis_css),
        app_js=Markup(app_js),
        app_css=Markup(app_css),
        data_json=Markup(json_for_script(_page_data(net, page_title))),
    )
