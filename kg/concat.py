"""Write graph.trig and graph.nq: each graph's part in graph-name order, the same bytes as
kg.serialize.write_trig and write_nquads.

Where the published file holds a graph unchanged (same name and digest, as
its store recorded), that part is copied from it by the kernel
(os.copy_file_range, runs of parts at once) instead of being read from the
cache and written again: a rebuild that changed one article copies hundreds
of megabytes in a fraction of a second.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path

from kg.serialize import GraphParts, encode, header

#: graph name → (digest, TriG part size, N-Quads part size), in file order
Layout = dict[str, tuple[str, int, int]]


def write_parts(
    path: Path,
    graphs: Sequence[GraphParts],
    *,
    trig: bool,
    previous: Path | None = None,
    layout: Layout | None = None,
) -> None:
    """Write graph.trig (`trig`) or graph.nq of `graphs` to `path`.

    previous, layout: the published file and where its parts are.
    """
    if previous is not None and layout is not None and _unchanged(graphs, layout):
        link_or_copy(previous, path)
        return
    head = encode(header()) if trig else b""
    places = _places(layout, len(head), trig) if previous is not None and layout else {}
    with path.open("wb", buffering=0) as out:
        source = os.open(previous, os.O_RDONLY) if places and previous is not None else -1
        try:
            _write(out.fileno(), source, graphs, places, head, trig)
        finally:
            if source >= 0:
                os.close(source)


def _unchanged(graphs: Sequence[GraphParts], layout: Layout) -> bool:
    """Return whether the published file holds exactly these graphs, in this order."""
    return len(graphs) == len(layout) and all(
        name == graph.name and digest == graph.digest
        for graph, (name, (digest, _, _)) in zip(graphs, layout.items(), strict=True)
    )


def link_or_copy(source: Path, path: Path) -> None:
    """Make `path` the same file as `source`: a hard link, or else a copy."""
    try:
        os.link(source, path)
    except OSError:
        shutil.copyfile(source, path)


def _places(layout: Layout, start: int, trig: bool) -> dict[str, tuple[str, int, int, bool]]:
    """Return each graph's (digest, start, end, separated) in the published file."""
    places = {}
    offset = start
    for i, (name, (digest, trig_size, nquads_size)) in enumerate(layout.items()):
        separated = trig and i > 0  # a newline comes before every TriG block but the first
        offset += separated
        size = trig_size if trig else nquads_size
        places[name] = (digest, offset, offset + size, separated)
        offset += size
    return places


def _write(
    out: int,
    source: int,
    graphs: Sequence[GraphParts],
    places: dict[str, tuple[str, int, int, bool]],
    head: bytes,
    trig: bool,
) -> None:
    write_all(out, head)
    run: list[int] = []  # [start, end] of the published bytes to copy next
    for i, graph in enumerate(graphs):
        separator = b"\n" if trig and i else b""
        place = places.get(graph.name)
        if place is not None and place[0] == graph.digest:
            _, start, end, separated = place
            if separator and separated:
                start -= 1  # copy the newline before it too
            elif separator:
                flush_run(out, source, run)
                write_all(out, separator)
            if run and run[1] == start:
                run[1] = end
            else:
                flush_run(out, source, run)
                run[:] = [start, end]
            continue
        flush_run(out, source, run)
        write_all(out, separator + (graph.trig_bytes() if trig else graph.nquads_bytes()))
    flush_run(out, source, run)


def flush_run(out: int, source: int, run: list[int]) -> None:
    """Copy bytes run[0]:run[1] of file `source` to file `out` (in the kernel where it can), and
    empty `run`."""
    if not run:
        return
    start, end = run
    run.clear()
    if hasattr(os, "copy_file_range"):
        try:
            while start < end:
                copied = os.copy_file_range(source, out, end - start, start)
                if copied <= 0:
                    break
                start += copied
        except OSError:  # not on this file system: copy through memory
            pass
    while start < end:
        data = os.pread(source, min(end - start, 1 << 22), start)
        if not data:
            raise OSError(f"the published file ends before byte {start}")
        write_all(out, data)
        start += len(data)


def write_all(out: int, data: bytes) -> None:
    """Write all of `data` to file `out`."""
    view = memoryview(data)
    while view:
        view = view[os.write(out, view) :]
