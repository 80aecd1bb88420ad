"""Pack files: each article graph's parts of graph.trig and graph.nq, as bytes, on disk.

A build appends the graphs it writes to pack files in the cache (one file per
process and build, never rewritten), and the cache's index says where each
graph's bytes are. The output files are these parts put together in
graph-name order, so a rebuild reads the parts of unchanged articles back
instead of writing them again, and no build holds every graph's text in
memory.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path
from typing import NamedTuple

from kg.serialize import GraphText, encode

#: how many pack files stay open for reading
_OPEN = 32


class PackedGraph(NamedTuple):
    """Where one graph's bytes are: its TriG block, then its N-Quads lines.

    A named tuple: the cache loads ten thousand of them on every rebuild.
    """

    name: str  # the graph's IRI
    digest: str  # of its N-Quads bytes
    pack: str  # the pack file's path
    offset: int
    trig_size: int
    nquads_size: int

    def trig_bytes(self) -> bytes:
        """Return the graph's TriG block."""
        return _read(self.pack, self.offset, self.trig_size)

    def nquads_bytes(self) -> bytes:
        """Return the graph's N-Quads lines, sorted."""
        return _read(self.pack, self.offset + self.trig_size, self.nquads_size)

    @property
    def trig(self) -> str:
        """Return the TriG block as text."""
        return self.trig_bytes().decode("utf-8")

    @property
    def ntriples(self) -> str:
        """Return the graph's N-Triples lines, sorted."""
        return self.nquads_bytes().decode("utf-8").replace(f" <{self.name}> .\n", " .\n")

    def moved(self, pack: str, offset: int | None = None) -> PackedGraph:
        """Return the same graph at another place (in another pack file, at the same offset)."""
        where = self.offset if offset is None else offset
        return PackedGraph(self.name, self.digest, pack, where, self.trig_size, self.nquads_size)


class PackWriter:
    """Append graphs to one pack file of this process."""

    def __init__(self, folder: Path, token: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = str(folder / f"{token}-{os.getpid()}.pack")
        self._handle = open(self.path, "ab")  # noqa: SIM115 - closed by close()

    def add(self, text: GraphText) -> PackedGraph:
        """Write one graph and return where it is."""
        trig, nquads = encode(text.trig), encode(text.nquads())
        offset = self._handle.tell()
        self._handle.write(trig)
        self._handle.write(nquads)
        return PackedGraph(
            text.name,
            hashlib.sha1(nquads).hexdigest(),
            self.path,
            offset,
            len(trig),
            len(nquads),
        )

    def copy(self, graph: PackedGraph) -> PackedGraph:
        """Copy a graph from another pack file; return it at its new place."""
        offset = self._handle.tell()
        self._handle.write(graph.trig_bytes() + graph.nquads_bytes())
        return graph.moved(self.path, offset)

    def close(self) -> None:
        """Flush and close the file: what it holds can be read from now on."""
        self._handle.close()


class _Files:
    """Pack files open for reading, the least recently used closed first."""

    def __init__(self) -> None:
        self._fds: dict[str, int] = {}
        self._lock = threading.Lock()

    def read(self, path: str, offset: int, size: int) -> bytes:
        with self._lock:
            fd = self._fds.pop(path, None)
            if fd is None:
                fd = os.open(path, os.O_RDONLY)
                if len(self._fds) >= _OPEN:
                    os.close(self._fds.pop(next(iter(self._fds))))
            self._fds[path] = fd
            data = os.pread(fd, size, offset)
        if len(data) != size:
            raise OSError(f"{path}: truncated pack file")
        return data

    def forget(self, path: str) -> None:
        """Close a file about to be deleted."""
        with self._lock:
            fd = self._fds.pop(path, None)
        if fd is not None:
            os.close(fd)


_FILES = _Files()


def _read(path: str, offset: int, size: int) -> bytes:
    return _FILES.read(path, offset, size)


def forget(path: str) -> None:
    """Close a pack file before it is deleted."""
    _FILES.forget(path)
