"""Write a build's outputs into OUT/, all or nothing (see kg.output).

graph.trig and graph.nq are each graph's bytes put together in graph-name
order, unchanged ones copied from the published files (kg.concat); graph.ttl
and the store are edited from the published ones when few graphs changed
(kg.delta, kg.union, kg.graphstore), and written in full otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from kg import concat, serialize
from kg.delta import store_changes
from kg.graphstore import STORE, StoreChanges, StoreWriter, published_file, read_layout
from kg.output import InThread, write_outputs
from kg.serialize import GraphParts
from kg.union import splice

TRIG = "graph.trig"
TURTLE = "graph.ttl"
NQUADS = "graph.nq"
HTML = "graph.html"


def publish_build(
    out_dir: Path,
    graphs: Sequence[GraphParts],
    *,
    previous: Callable[[str], GraphParts | None] | None = None,
    page: Callable[[], str] | None = None,
    full: bool = False,
) -> list[Path]:
    """Write the outputs of `graphs` (and the page, if given) into `out_dir`; return their paths.

    previous: an earlier build's graph by its digest (the build cache), so
    that graph.ttl and the store can be edited rather than written again;
    `full` writes them again whatever changed.
    """
    store = out_dir / STORE
    changes = None
    layout = None if full else read_layout(store)
    if previous is not None and layout is not None:
        changes = store_changes(store, out_dir / TURTLE, graphs, previous, layout)

    def parts(name: str) -> Callable[[Path], object]:
        published = published_file(store, out_dir / name) if layout is not None else None

        def write(path: Path) -> None:
            concat.write_parts(path, graphs, trig=name == TRIG, previous=published, layout=layout)

        # an update copies most bytes in the kernel: each file in a thread of its own; a full
        # write is Python's work, done here beside the store's load
        return (lambda p: InThread(lambda: write(p))) if changes is not None else write

    stores: list[StoreWriter] = []

    def start_store(path: Path) -> StoreWriter:
        stores.append(StoreWriter(path, graphs, previous=store, changes=changes))
        return stores[0]

    def union(path: Path) -> None:
        _write_union(path, graphs, out_dir / TURTLE, changes)
        stores[0].union_written()

    # the store first: its load or update works in a thread while the files are written, and it
    # finishes last, recording the files it was made with
    writers: dict[str, Callable[[Path], object]] = {
        STORE: start_store,
        TRIG: parts(TRIG),
        NQUADS: parts(NQUADS),
        TURTLE: union,
    }
    if page is not None:
        writers[HTML] = lambda p: p.write_text(page(), encoding="utf-8")
    return write_outputs(out_dir, writers)


def _write_union(
    path: Path, graphs: Sequence[GraphParts], previous: Path, changes: StoreChanges | None
) -> None:
    if changes is None:
        serialize.save(serialize.write_union_turtle, graphs, path)
        return
    splice(previous, path, changes.union_removed, changes.union_added)
