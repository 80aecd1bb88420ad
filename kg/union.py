"""Write graph.ttl, every triple of every article graph once, by editing the last one.

graph.ttl is the prefix header then sorted, distinct N-Triples lines, so the
union of a rebuild is the last union with some lines taken out and some put
in, each found by binary search: the rest is copied as it stands, never
parsed. What to take out and put in is worked out by kg.delta.
"""

from __future__ import annotations

import mmap
from collections.abc import Sequence
from pathlib import Path

from kg.concat import flush_run, link_or_copy, write_all
from kg.errors import OutputError
from kg.serialize import encode, header


def splice(previous: Path, path: Path, removed: Sequence[bytes], added: Sequence[bytes]) -> None:
    """Write to `path` the union in `previous` without the `removed` lines and with the `added`.

    Both are sorted; a removed line must be in `previous`, an added one not.
    """
    if not removed and not added:
        link_or_copy(previous, path)
        return
    top = encode(header())
    edits = sorted([(line, False) for line in removed] + [(line, True) for line in added])
    with (
        previous.open("rb") as source,
        path.open("wb", buffering=0) as out,
        mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ) as data,
    ):
        if data[: len(top)] != top:
            raise OutputError(f"{previous}: not a union written by kg build")
        run = [0, len(top)]  # bytes of `previous` to copy next
        for line, insert in edits:
            at = lower_bound(data, line, run[1], len(data))
            run[1] = at
            if insert:
                flush_run(out.fileno(), source.fileno(), run)
                write_all(out.fileno(), line)
                run[:] = [at, at]
            elif data[at : at + len(line)] == line:
                flush_run(out.fileno(), source.fileno(), run)
                run[:] = [at + len(line), at + len(line)]
            else:
                raise OutputError(f"{previous}: a line to remove is not there")
        run[1] = len(data)
        flush_run(out.fileno(), source.fileno(), run)


def lower_bound(data: mmap.mmap | bytes, line: bytes, lo: int, hi: int) -> int:
    """Return where the first line not below `line` starts, between line starts lo and hi."""
    while lo < hi:
        middle = (lo + hi) // 2
        start = data.rfind(b"\n", lo, middle) + 1 or lo
        end = data.find(b"\n", start, hi) + 1 or hi
        if data[start:end] < line:
            lo = end
        else:
            hi = start
    return lo
