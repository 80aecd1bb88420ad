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

import contextlib
import json
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.concat import Layout
from kg.errors import OutputError
from kg.serialize import GraphParts, encode, header

STORE = "store"
TRIG = "graph.trig"
TURTLE = "graph.ttl"
#: written inside the store folder: which graph.trig and graph.ttl the store was made with
MANIFEST = "newskg-store.json"
#: written inside the store folder: graph name → [digest of its N-Quads, TriG size, N-Quads size]
GRAPHS = "newskg-graphs.json"
NQUADS = "graph.nq"
STORE_FORMAT = 3
#: N-Quads bytes given to one bulk load: bounds the loader's memory
PIECE_BYTES = 48 * 1024 * 1024
#: bulk loads run at once (each works on one core)
LOADERS = 2


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


def read_layout(store: Path) -> Layout | None:
    """Return the digest and part sizes of each graph of a store, in name order, if recorded."""
    try:
        found = json.loads((store / GRAPHS).read_text(encoding="utf-8"))
        return {name: (digest, trig, nquads) for name, (digest, trig, nquads) in found.items()}
    except (OSError, ValueError, TypeError, AttributeError):
        return None


def published_file(store: Path, path: Path) -> Path | None:
    """Return `path` (graph.trig, graph.nq, graph.ttl) if it is the one the store was made with."""
    manifest = read_manifest(store)
    try:
        stat = path.stat()
    except OSError:
        return None
    if manifest is None or [stat.st_size, stat.st_mtime_ns] != manifest.get(path.name):
        return None
    return path


def store_is_current(out_dir: Path) -> bool:
    """Return whether OUT/store exists and was made from the OUT/graph.trig beside it."""
    manifest = read_manifest(out_dir / STORE)
    if manifest is None:
        return False
    trig = out_dir / TRIG
    if not trig.exists():
        return True  # the store alone is a complete build
    return published_file(out_dir / STORE, trig) is not None


class StoreWriter:
    """Write a build's store into the staged folder `target`; a `kg.output.Background`.

    A full load runs in a thread while the other outputs are written (the
    loader releases the GIL): the named graphs at once, the default graph
    once `union_written` says the staged graph.ttl (every triple once, sorted)
    is complete. An update from the `previous` store runs in the thread too.
    """

    def __init__(
        self,
        target: Path,
        graphs: Sequence[GraphParts],
        *,
        previous: Path | None = None,
        changes: StoreChanges | None = None,
    ) -> None:
        self.target = target
        self._layout = {g.name: (g.digest, g.trig_size, g.nquads_size) for g in graphs}
        self._union = threading.Event()
        self._cancelled = False
        pool = ThreadPoolExecutor(1, thread_name_prefix="kg-store")
        if changes is not None and previous is not None:
            self._future = pool.submit(_update, previous, target, changes)
        else:
            self._future = pool.submit(_load, target, graphs, self._union_file)
        pool.shutdown(wait=False)

    def union_written(self) -> None:
        """Say that the staged graph.ttl is complete."""
        self._union.set()

    def finish(self) -> None:
        """Wait for the load, then write the manifest of the staged files."""
        self._union.set()
        quads = self._future.result()
        staged = self.target.parent
        files = [staged / TRIG, staged / NQUADS, staged / TURTLE]
        _write_manifest(self.target, quads, files, self._layout)

    def cancel(self) -> None:
        """Stop loading after the current piece, and wait."""
        self._cancelled = True
        self._union.set()
        with contextlib.suppress(Exception):
            self._future.result()

    def _union_file(self) -> Path | None:
        """Wait for the staged graph.ttl: its path, or None if the build was stopped."""
        self._union.wait()
        return None if self._cancelled else self.target.parent / TURTLE


def _load(target: Path, graphs: Sequence[GraphParts], union: Callable[[], Path | None]) -> int:
    """Bulk-load every graph, then the union (`union()`, a graph.ttl) as the default graph."""
    import pyoxigraph as ox

    store = ox.Store(str(target))
    try:
        quads = _load_pieces(store, _all_pieces(graphs, union))
        store.optimize()
        store.flush()
    finally:
        del store
    return quads


def _all_pieces(graphs: Sequence[GraphParts], union: Callable[[], Path | None]) -> Iterator[bytes]:
    """Yield the N-Quads of every graph, then the union's lines (N-Quads of the default graph)."""
    yield from _pieces(g.nquads_bytes() for g in graphs)
    path = union()
    if path is None:
        raise OutputError("the build stopped before the store was loaded")
    yield from _union_pieces(path)


def _load_pieces(store: Any, pieces: Iterable[bytes]) -> int:
    """Bulk-load N-Quads pieces, LOADERS at once; return the number of lines loaded.

    Each bulk load works on one core and releases the GIL, so loads run side by
    side; waiting for the oldest before starting another bounds the memory.
    """
    import pyoxigraph as ox

    lines = 0
    with ThreadPoolExecutor(LOADERS, thread_name_prefix="kg-load") as pool:
        running: deque[Future[None]] = deque()
        for piece in pieces:
            lines += piece.count(b"\n")
            if len(running) >= LOADERS:
                running.popleft().result()
            running.append(pool.submit(store.bulk_load, piece, ox.RdfFormat.N_QUADS, lenient=True))
        for future in running:
            future.result()
    return lines


def _union_pieces(path: Path) -> Iterator[bytes]:
    """Yield the N-Triples lines of a graph.ttl written by kg.serialize, in pieces."""
    top = len(encode(header()))
    with path.open("rb") as handle:
        handle.seek(top)
        rest = b""
        while block := handle.read(PIECE_BYTES):
            block = rest + block
            end = block.rfind(b"\n") + 1
            rest = block[end:]
            if end:
                yield block[:end]
        if rest:
            yield rest


def _update(previous: Path, target: Path, changes: StoreChanges) -> int:
    """Copy the previous store into `target`, then apply the changes to the copy."""
    import pyoxigraph as ox

    source = ox.Store.read_only(str(previous))
    try:
        source.backup(str(target))
    finally:
        del source
    if not (changes.gone or changes.graphs or changes.union_removed or changes.union_added):
        return changes.quads
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


def _write_manifest(target: Path, quads: int, files: list[Path], layout: Layout | None) -> None:
    manifest: dict[str, Any] = {"format": STORE_FORMAT, "quads": quads}
    for path in files:
        stat = path.stat()
        manifest[path.name] = [stat.st_size, stat.st_mtime_ns]
    if layout is not None:
        (target / GRAPHS).write_text(json.dumps(layout), encoding="utf-8")
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")


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
    _write_manifest(target, quads, [trig] + ([union] if union is not None else []), None)
    return quads
