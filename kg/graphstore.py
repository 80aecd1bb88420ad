"""Write a build's Oxigraph store (OUT/store/): in full, or by replacing only the changed graphs.

The store holds one named graph per article and, as its default graph, their
union stored once (Oxigraph's own union mode would repeat a triple once per
graph that states it). Beside the data it keeps a manifest: the graph.trig and
graph.ttl it was made with (so `kg query` can tell a stale store) and the
digest of every article graph (so the next build can tell what changed).

A rebuild never writes into the published store: `kg serve` may be reading
it, and a build that fails must leave it whole. It copies the store into the
staging folder instead — Oxigraph's backup hard-links RocksDB's immutable
files, so the copy costs milliseconds and no disk space — then replaces the
changed graphs in the copy, which is published with the other outputs or
thrown away. The price is that the copy's first write opens a RocksDB
database of the whole store (a fraction of a second) where an in-place update
would not; in exchange the all-or-nothing guarantee of kg.output holds for the
store exactly as for the files, and readers never see a store being written.
A full load (first build, `--full`, or many changes) bulk-loads every graph.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.serialize import GraphParts, triple_lines

STORE = "store"
TRIG = "graph.trig"
#: written inside the store folder: which graph.trig and graph.ttl the store was made with
MANIFEST = "newskg-store.json"
#: written inside the store folder: graph name → digest of its N-Quads
GRAPHS = "newskg-graphs.json"
STORE_FORMAT = 2
#: N-Quads bytes given to one bulk load: bounds the loader's memory
PIECE_BYTES = 48 * 1024 * 1024


@dataclass(frozen=True)
class StoreChanges:
    """What turns the published store into this build's: graphs out, graphs in, union edits."""

    gone: Sequence[str]  # graphs to drop: removed, or replaced by a new version
    graphs: Sequence[GraphParts]  # graphs to add: new, or the new version of a changed one
    union_removed: Sequence[bytes]  # N-Triples lines no graph holds any more, sorted
    union_added: Sequence[bytes]  # N-Triples lines no graph held before, sorted
    quads: int  # quads in the updated store


def read_manifest(store: Path) -> dict[str, Any] | None:
    """Return the manifest of a store folder, if it is one of this format."""
    try:
        manifest = json.loads((store / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("format") != STORE_FORMAT:
        return None
    return manifest


def read_digests(store: Path) -> dict[str, str] | None:
    """Return the digest of each graph of a store, if it recorded them."""
    try:
        digests = json.loads((store / GRAPHS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return digests if isinstance(digests, dict) else None


def store_is_current(out_dir: Path) -> bool:
    """Return whether OUT/store exists and was made from the OUT/graph.trig beside it."""
    manifest = read_manifest(out_dir / STORE)
    if manifest is None:
        return False
    try:
        stat = (out_dir / TRIG).stat()
    except FileNotFoundError:
        return True  # the store alone is a complete build
    return (stat.st_size, stat.st_mtime_ns) == (
        manifest.get("trig_size"),
        manifest.get("trig_mtime_ns"),
    )


def write_store(
    target: Path,
    graphs: Sequence[GraphParts],
    *,
    trig: Path,
    union: Path,
    previous: Path | None = None,
    changes: StoreChanges | None = None,
) -> int:
    """Write the store of `graphs` into the new folder `target`; return its number of quads.

    With `changes`, `target` starts as a copy of the `previous` store and only
    the changes are applied; without, every graph is loaded. `trig` and
    `union` are the graph.trig and graph.ttl written with it.
    """
    if changes is not None and previous is not None:
        quads = _update(previous, target, changes)
    else:
        quads = _load(target, graphs)
    _write_manifest(target, quads, trig, union, {g.name: g.digest for g in graphs})
    return quads


def _load(target: Path, graphs: Sequence[GraphParts]) -> int:
    """Bulk-load every graph, and each triple once into the default graph."""
    import pyoxigraph as ox

    store = ox.Store(str(target))
    try:
        quads = 0
        for piece in _pieces(g.nquads_bytes() for g in graphs):
            quads += piece.count(b"\n")
            store.bulk_load(piece, ox.RdfFormat.N_QUADS, lenient=True)
        # The loader keeps a triple once: many graphs stating it make one default-graph triple.
        lines = (b"".join(triple_lines(g)) for g in graphs)
        for piece in _pieces(lines):
            store.bulk_load(piece, ox.RdfFormat.N_TRIPLES, lenient=True, to_graph=ox.DefaultGraph())
        quads += _count_default(store)
        store.optimize()
        store.flush()
    finally:
        del store
    return quads


def _update(previous: Path, target: Path, changes: StoreChanges) -> int:
    """Copy the previous store into `target`, then apply the changes to the copy."""
    import pyoxigraph as ox

    source = ox.Store.read_only(str(previous))
    try:
        source.backup(str(target))
    finally:
        del source
    store = ox.Store(str(target))
    try:
        for name in changes.gone:
            store.remove_graph(ox.NamedNode(name))
        data = b"".join(g.nquads_bytes() for g in changes.graphs)
        if data:
            store.load(data, ox.RdfFormat.N_QUADS, lenient=True)
        for triple in parse_lines(changes.union_removed):
            store.remove(ox.Quad(triple.subject, triple.predicate, triple.object))
        if changes.union_added:
            store.load(
                b"".join(changes.union_added),
                ox.RdfFormat.N_TRIPLES,
                lenient=True,
                to_graph=ox.DefaultGraph(),
            )
        store.flush()
    finally:
        del store
    return changes.quads


def parse_lines(lines: Sequence[bytes]) -> list[Any]:
    """Return N-Triples lines as pyoxigraph triples, in order."""
    import pyoxigraph as ox

    if not lines:
        return []
    return list(ox.parse(b"".join(lines), ox.RdfFormat.N_TRIPLES, lenient=True))


def _count_default(store: Any) -> int:
    (row,) = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    return int(row["n"].value)


def _pieces(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Join chunks into pieces of about PIECE_BYTES."""
    buffer: list[bytes] = []
    size = 0
    for chunk in chunks:
        buffer.append(chunk)
        size += len(chunk)
        if size >= PIECE_BYTES:
            yield b"".join(buffer)
            buffer, size = [], 0
    if buffer:
        yield b"".join(buffer)


def _write_manifest(
    target: Path, quads: int, trig: Path, union: Path | None, digests: dict[str, str] | None
) -> None:
    trig_stat = trig.stat()
    union_stat = union.stat() if union is not None else None
    manifest = {
        "format": STORE_FORMAT,
        "quads": quads,
        "trig_size": trig_stat.st_size,
        "trig_mtime_ns": trig_stat.st_mtime_ns,
        "ttl_size": union_stat.st_size if union_stat else None,
        "ttl_mtime_ns": union_stat.st_mtime_ns if union_stat else None,
    }
    if digests is not None:
        (target / GRAPHS).write_text(json.dumps(digests, sort_keys=True), encoding="utf-8")
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")


def union_is_current(store: Path, union: Path) -> bool:
    """Return whether `union` (a graph.ttl) is the one the store was written with."""
    manifest = read_manifest(store)
    try:
        stat = union.stat()
    except OSError:
        return False
    return manifest is not None and (stat.st_size, stat.st_mtime_ns) == (
        manifest.get("ttl_size"),
        manifest.get("ttl_mtime_ns"),
    )


def load_files(target: Path, trig: Path, union: Path | None = None) -> int:
    """Write the store of a graph.trig (and its graph.ttl) into the new folder `target`.

    For stores made from files alone (benchmarks/query.py); returns the number
    of quads. Such a store records no graph digests: the next build loads in full.
    """
    import pyoxigraph as ox

    store = ox.Store(str(target))
    try:
        store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
        if union is not None and union.exists():
            store.bulk_load(path=str(union), format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
        else:
            store.bulk_extend(
                ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                for q in store.quads_for_pattern(None, None, None, None)
                if not isinstance(q.graph_name, ox.DefaultGraph)
            )
        store.optimize()
        store.flush()
        quads = len(store)
    finally:
        del store
    _write_manifest(target, quads, trig, union, None)
    return quads
