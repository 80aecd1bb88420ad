"""Static checks of the interactive page: self-contained, and inert with hostile article text."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
from html import unescape
from pathlib import Path

import networkx as nx
import pytest
from render_fixtures import (
    HOSTILE_ALIAS,
    HOSTILE_NAME,
    HOSTILE_STRINGS,
    SCRIPT_BREAKOUT,
    build_dataset,
)

from kg import render
from kg.projection import NODE_TYPES, to_networkx
from kg.render import (
    GraphNetwork,
    json_for_script,
    load_style,
    node_tooltip,
    render_html,
    to_network,
)
from kg.vocab import KGR

SCRIPT = re.compile(r"<script([^>]*)>(.*?)</script>", re.DOTALL | re.IGNORECASE)
REMOTE = re.compile(
    r"""(?:src|href|action)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:)?//""", re.IGNORECASE
)


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return to_networkx(build_dataset())


@pytest.fixture(scope="module")
def html(graph: nx.MultiDiGraph) -> str:
    return render_html(graph)


def _page_data(html: str) -> dict:
    (attrs, body), *_ = [m for m in SCRIPT.findall(html) if 'id="kg-data"' in m[0]]
    assert 'type="application/json"' in attrs
    return json.loads(body)


def test_page_loads_nothing_remote(html: str) -> None:
    assert not REMOTE.findall(html)
    assert "<link" not in html.lower()
    assert "@import" not in html
    assert not re.search(r"url\(\s*(?!['\"]?data:)", html)
    assert "sourceMappingURL" not in html


def test_page_inlines_vis_network(html: str) -> None:
    scripts = SCRIPT.findall(html)
    assert len(scripts) == 3
    assert html.lower().count("</script") == 3
    assert all("src=" not in attrs for attrs, _ in scripts)
    assert "vis-network" in scripts[1][1][:500]
    assert ".vis-network" in html  # its stylesheet


def test_csp_allows_only_the_inline_scripts(html: str) -> None:
    found = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    csp = unescape(found.group(1))
    assert "default-src 'none'" in csp
    assert "unsafe-inline" not in csp.split("script-src", 1)[1].split(";", 1)[0]
    for attrs, body in SCRIPT.findall(html):
        if "application/json" in attrs:
            continue
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_hostile_text_never_appears_unescaped(html: str) -> None:
    for hostile in HOSTILE_STRINGS:
        assert hostile not in html, hostile
    assert "\u2028" not in html and "\u2029" not in html
    data_block = next(b for a, b in SCRIPT.findall(html) if "application/json" in a)
    assert "<" not in data_block and ">" not in data_block and "&" not in data_block


def test_hostile_text_round_trips_as_data(html: str) -> None:
    data = _page_data(html)
    evil = next(n for n in data["nodes"] if n["id"] == str(KGR["person/evil"]))
    assert evil["names"] == [HOSTILE_NAME, SCRIPT_BREAKOUT, HOSTILE_ALIAS]
    assert evil["title"].startswith("Person: Evil <img src=x")
    assert all(isinstance(n["title"], str) for n in data["nodes"] + data["edges"])


def test_page_title_is_escaped(graph: nx.MultiDiGraph) -> None:
    page = render_html(graph, title=SCRIPT_BREAKOUT)
    assert "<title>&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;</title>" in page
    assert SCRIPT_BREAKOUT not in page


def test_json_for_script_escapes_markup_and_line_separators() -> None:
    text = json_for_script({"a": "</script><!-- & \u2028\u2029 '\""})
    assert text == '{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \'\\""}'
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 '\""}


def test_tooltips_are_plain_text_with_dates_evidence_and_source(graph: nx.MultiDiGraph) -> None:
    meeting = node_tooltip(graph.nodes[str(KGR["event/a1-meeting"])], load_style())
    assert meeting.splitlines()[0] == "Meeting: Khan–Metelitsa meeting"
    assert "Date: 2024-06-12" in meeting
    assert "The two met in Rawalpindi on Wednesday." in meeting
    assert "Pakistan and Belarus agree to boost trade (Daily Times, 2024-06-12)" in meeting
    visit = node_tooltip(graph.nodes[str(KGR["event/a2-visit"])], load_style())
    assert "Date: 2024-07 (scheduled)" in visit
    khan = node_tooltip(graph.nodes[str(KGR["person/jam-kamal-khan"])], load_style())
    assert "Also: Jam Kamal" in khan and "Country: PAK" in khan


def test_network_is_directed_and_leaves_the_graph_alone(graph: nx.MultiDiGraph) -> None:
    before = copy.deepcopy(graph)
    net = to_network(graph)
    assert nx.utils.graphs_equal(graph, before)
    assert list(graph.nodes(data=True)) == list(before.nodes(data=True))
    assert isinstance(net, GraphNetwork) and net.directed
    assert len(net.nodes) == graph.number_of_nodes()
    assert len(net.edges) == graph.number_of_edges()
    assert {n["group"] for n in net.nodes} <= set(NODE_TYPES)
    assert net.options["physics"]["enabled"] is True
    assert net.options["physics"]["solver"] == "barnesHut"
    assert net.options["physics"]["stabilization"]["iterations"] == 300


def test_large_graphs_start_without_physics(
    graph: nx.MultiDiGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(render, "SEEDED_LAYOUT_NODES", 5)
    net = to_network(graph, large_graph_nodes=5)
    assert net.options["physics"]["enabled"] is False
    assert net.options["layout"]["improvedLayout"] is False
    assert all("x" in n and "y" in n for n in net.nodes)
    assert all("label" not in e for e in net.edges)
    assert to_network(nx.MultiDiGraph()).options["physics"]["enabled"] is False


def test_physics_steps_shrink_as_graphs_grow() -> None:
    steps = [render.stabilization_iterations(n) for n in (0, 20, 200, 1000, 1500, 5000)]
    assert steps == [300, 300, 300, 60, 40, 30]


def test_pyvis_entry_points_render_the_safe_page(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    net = to_network(graph)
    assert net.generate_html() == render_html(net)
    target = tmp_path / "graph.html"
    net.write_html(str(target))
    assert target.read_text(encoding="utf-8") == render_html(net)
    assert not (tmp_path / "lib").exists()


def test_style_covers_every_node_type() -> None:
    style = load_style()
    assert set(style["node_types"]) == set(NODE_TYPES)
    assert {"holds_post", "of", "exports", "to", "attendee", "at", "in"} <= set(
        style["edge_relations"]
    )
