"""What changed between the published build and this one: graphs, and lines of the union.

A graph changed when the digest of its N-Quads differs from the one the
published store recorded. The union (graph.ttl, the store's default graph)
loses a line only when no graph of the new build holds it any more, and gains
one only when no graph held it before; the published store answers both
questions from its indexes, so a rebuild looks only at the changed graphs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from kg.concat import Layout
from kg.graphstore import (
    StoreChanges,
    parse_lines,
    published_file,
    read_layout,
    read_manifest,
)
from kg.serialize import GraphParts, triple_lines

#: above this share of graphs changed, loading everything again is faster
FULL_SHARE = 0.25


def store_changes(
    store: Path,
    union: Path,
    graphs: Sequence[GraphParts],
    previous: Callable[[str], GraphParts | None],
    layout: Layout | None = None,
) -> StoreChanges | None:
    """Return how to turn the published `store` (and `union`) into the build of `graphs`.

    `previous(digest)` gives an earlier graph by its digest; `layout`, the
    store's (read_layout), if the caller has it. None when the
    store, the union or an earlier graph is missing, or so much changed that
    writing everything again is faster.
    """
    manifest = read_manifest(store)
    layout = layout if layout is not None else read_layout(store)
    if manifest is None or layout is None or published_file(store, union) is None:
        return None
    digests = {name: digest for name, (digest, _, _) in layout.items()}
    new = {g.name: g.digest for g in graphs}
    changed = [g for g in graphs if digests.get(g.name) != new[g.name]]
    gone = sorted(name for name, digest in digests.items() if new.get(name) != digest)
    if len(changed) + len(gone) > max(8, FULL_SHARE * len(graphs)):
        return None
    old = [previous(digests[name]) for name in gone]
    if any(graph is None for graph in old):
        return None
    old_graphs = [triple_lines(graph) for graph in old if graph is not None]
    new_graphs = [triple_lines(graph) for graph in changed]
    old_lines = {line for lines in old_graphs for line in lines}
    new_lines = {line for lines in new_graphs for line in lines}
    try:
        removed, added = _union_edits(store, set(gone), old_lines, new_lines)
    except OSError:  # the published store cannot be opened: write it again
        return None
    quads = manifest["quads"] + sum(map(len, new_graphs)) - sum(map(len, old_graphs))
    return StoreChanges(gone, changed, removed, added, quads - len(removed) + len(added))


def _union_edits(
    store: Path, gone: set[str], old_lines: set[bytes], new_lines: set[bytes]
) -> tuple[list[bytes], list[bytes]]:
    """Return the lines the union loses and gains, each sorted."""
    import pyoxigraph as ox

    leaving = sorted(old_lines - new_lines)
    arriving = sorted(new_lines - old_lines)
    if not leaving and not arriving:
        return [], []
    published = ox.Store.read_only(str(store))
    try:
        removed = [
            line
            for line, triple in zip(leaving, parse_lines(leaving), strict=True)
            if not any(
                isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value not in gone
                for quad in published.quads_for_pattern(
                    triple.subject, triple.predicate, triple.object, None
                )
            )
        ]
        added = [
            line
            for line, triple in zip(arriving, parse_lines(arriving), strict=True)
            if ox.Quad(triple.subject, triple.predicate, triple.object) not in published
        ]
    finally:
        del published
    return removed, added
