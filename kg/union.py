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
from typing import IO

from kg.errors import OutputError
from kg.serialize import encode, header


def splice(
    previous: Path, out: IO[bytes], removed: Sequence[bytes], added: Sequence[bytes]
) -> None:
    """Write the union in `previous` without the `removed` lines and with the `added` ones.

    Both are sorted; a removed line must be in `previous`, an added one not.
    """
    top = encode(header())
    edits = sorted([(line, False) for line in removed] + [(line, True) for line in added])
    with (
        previous.open("rb") as handle,
        mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data,
    ):
        if data[: len(top)] != top:
            raise OutputError(f"{previous}: not a union written by kg build")
        view = memoryview(data)
        try:
            out.write(top)
            position = len(top)
            for line, insert in edits:
                at = lower_bound(data, line, position, len(data))
                out.write(view[position:at])
                if insert:
                    out.write(line)
                    position = at
                elif data[at : at + len(line)] == line:
                    position = at + len(line)
                else:
                    raise OutputError(f"{previous}: a line to remove is not there")
            out.write(view[position:])
        finally:
            view.release()


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
