"""Write article graphs as N-Quads, TriG and Turtle in a stable order, without an RDF store.

Each article's graph is turned into text once (`GraphText`: its sorted
N-Triples lines and its TriG block; with a build cache, its bytes in a pack
file, kg.packs); the files of a build are those texts put together in
graph-name order, so the same facts always give the same bytes and an
unchanged article's text can be reused from the build cache. graph.ttl, the
union, is every distinct N-Triples line, sorted. Putting 10,000 articles into
rdflib's store only to serialize them again costs minutes; this costs seconds.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, Protocol

from kg.gazetteer import Gazetteer
from kg.iris import PREFIXES, RDF, RDFS, XSD
from kg.model import Facts
from kg.rdf import GraphWriter, article_name
from kg.resolve import Resolution

#: prefix → namespace written at the top of TriG and Turtle files, sorted by prefix
HEADER_PREFIXES: dict[str, str] = dict(
    sorted(
        {
            **PREFIXES,
            "rdf": RDF,
            "rdfs": RDFS,
            "xsd": XSD,
        }.items()
    )
)
_RDF_TYPE = f"<{RDF}type>"
_LOCAL = re.compile(r"[A-Za-z][A-Za-z0-9_-]*\Z")
_INTEGER = re.compile(r"-?[0-9]+\Z")
_DECIMAL = re.compile(r"-?[0-9]+\.[0-9]+\Z")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class GraphText:
    """One named graph as text: sorted N-Triples lines and a TriG block."""

    name: str  # the graph's IRI
    ntriples: str  # "<s> <p> <o> .\n" lines, sorted
    trig: str  # "<name> {\n ... }\n"

    def nquads(self) -> str:
        """Return the graph as N-Quads lines, sorted."""
        # " .\n" only ends lines: a newline inside a literal is written as \n
        return self.ntriples.replace(" .\n", f" <{self.name}> .\n")

    def trig_bytes(self) -> bytes:
        """Return the TriG block as it is written to graph.trig."""
        return encode(self.trig)

    def nquads_bytes(self) -> bytes:
        """Return the N-Quads lines as they are written to graph.nq."""
        return encode(self.nquads())

    @property
    def digest(self) -> str:
        """Return a digest of the N-Quads lines: equal digests, equal graphs."""
        return hashlib.sha1(self.nquads_bytes()).hexdigest()

    @property
    def trig_size(self) -> int:
        """Return the size of the TriG block in bytes."""
        return len(self.trig_bytes())

    @property
    def nquads_size(self) -> int:
        """Return the size of the N-Quads lines in bytes."""
        return len(self.nquads_bytes())


class GraphParts(Protocol):
    """A graph as the files hold it: in memory (`GraphText`) or in a pack file."""

    @property
    def name(self) -> str:
        """The graph's IRI."""

    @property
    def ntriples(self) -> str:
        """The graph's N-Triples lines, sorted."""

    @property
    def digest(self) -> str:
        """A digest of the N-Quads lines."""

    @property
    def trig_size(self) -> int:
        """The size of the TriG block in bytes."""

    @property
    def nquads_size(self) -> int:
        """The size of the N-Quads lines in bytes."""

    def trig_bytes(self) -> bytes:
        """Return the TriG block."""

    def nquads_bytes(self) -> bytes:
        """Return the N-Quads lines, sorted."""


# -- facts → text ------------------------------------------------------------------------------


class _NTriplesSink:
    """Collect one graph's triples as N-Triples terms."""

    __slots__ = ("rows",)

    def __init__(self) -> None:
        self.rows: set[tuple[str, str, str]] = set()

    def link(self, subject: str, predicate: str, obj: str) -> None:
        self.rows.add((f"<{subject}>", f"<{predicate}>", f"<{obj}>"))

    def value(self, subject: str, predicate: str, text: str, datatype: str | None = None) -> None:
        self.rows.add((f"<{subject}>", f"<{predicate}>", literal_text(text, datatype)))


class GraphTextWriter:
    """Turn articles' facts into `GraphText`, with the RDF writer the dataset uses."""

    def __init__(self, gazetteer: Gazetteer, resolution: Resolution) -> None:
        self._writer = GraphWriter(gazetteer, resolution)

    def write(self, facts: Facts) -> GraphText:
        """Return the graph of one article as text."""
        sink = _NTriplesSink()
        self._writer.write(facts, sink)
        return graph_text(article_name(facts.article), sink.rows)


def literal_text(text: str, datatype: str | None = None) -> str:
    """Return a literal in N-Triples syntax from its text and datatype IRI."""
    text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{text}"^^<{datatype}>' if datatype is not None else f'"{text}"'


def graph_text(name: str, rows: Iterable[tuple[str, str, str]]) -> GraphText:
    """Return the text of graph `name` from its triples in N-Triples terms."""
    rows = sorted(set(rows))
    ntriples = "".join(f"{s} {p} {o} .\n" for s, p, o in rows)
    return GraphText(name, ntriples, _trig_block(name, rows))


def _trig_block(name: str, rows: list[tuple[str, str, str]]) -> str:
    out = [f"<{name}> {{\n"]
    rows = sorted(rows, key=lambda r: (r[0], r[1] != _RDF_TYPE, r[1], r[2]))
    index = 0
    while index < len(rows):
        subject = rows[index][0]
        end = index
        while end < len(rows) and rows[end][0] == subject:
            end += 1
        out.append(f"    {subject}")
        predicates: list[str] = []
        for i in range(index, end):
            _, p, o = rows[i]
            short = _short(o)
            if i > index and rows[i - 1][1] == p:
                predicates[-1] += f",\n            {short}"
            else:
                verb = "a" if p == _RDF_TYPE else _short(p)
                predicates.append(f"{verb} {short}")
        out.append(" " + " ;\n        ".join(predicates) + " .\n\n")
        index = end
    if out[-1].endswith("\n\n"):
        out[-1] = out[-1][:-1]
    out.append("}\n")
    return "".join(out)


def _short(term: str) -> str:
    """Return a term in its shortest safe TriG form: a prefixed name or a number."""
    if term[0] == "<":
        return _short_iri(term)
    if term[-1] == ">" and '"^^<' in term:
        lexical, datatype = term[1:-1].rsplit('"^^<', 1)
        if datatype == _XSD_INTEGER and _INTEGER.match(lexical):
            return lexical
        if datatype == _XSD_DECIMAL and _DECIMAL.match(lexical):
            return lexical
        prefixed = _short_iri(f"<{datatype}>")
        return f'"{lexical}"^^{prefixed}' if prefixed[0] != "<" else term
    return term


@lru_cache(maxsize=1 << 16)
def _short_iri(term: str) -> str:
    return _prefixed(term[1:-1]) or term


_XSD_INTEGER = f"{XSD}integer"
_XSD_DECIMAL = f"{XSD}decimal"
_NAMESPACES = sorted(((ns, p) for p, ns in HEADER_PREFIXES.items()), key=lambda x: -len(x[0]))


def _prefixed(iri: str) -> str | None:
    for namespace, prefix in _NAMESPACES:
        if iri.startswith(namespace) and _LOCAL.match(iri, len(namespace)):
            return f"{prefix}:{iri[len(namespace) :]}"
    return None


def merge_graphs(texts: Iterable[GraphParts]) -> list[GraphParts]:
    """Return graph texts sorted by graph name, two texts of one graph made one."""
    by_name: dict[str, GraphParts] = {}
    for text in texts:
        other = by_name.get(text.name)
        if other is None:
            by_name[text.name] = text
        else:  # two JSONL feeds with the same article id share a graph, as in a dataset
            rows = [_row(line) for line in (other.ntriples + text.ntriples).splitlines()]
            by_name[text.name] = graph_text(text.name, rows)
    return [by_name[name] for name in sorted(by_name)]


def _row(line: str) -> tuple[str, str, str]:
    subject, predicate, rest = line.split(" ", 2)
    return subject, predicate, rest[: -len(" .")]


# -- text → files ------------------------------------------------------------------------------


def header() -> str:
    """Return the @prefix lines of TriG and Turtle files."""
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in HEADER_PREFIXES.items()) + "\n"


def encode(text: str) -> bytes:
    """Return text as UTF-8, a lone surrogate (from a JSONL "\\ud800" escape) made U+FFFD."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text).encode("utf-8")


def write_nquads(graphs: Sequence[GraphParts], out: IO[bytes]) -> None:
    """Write the graphs as N-Quads, in the order given."""
    for graph in graphs:
        out.write(graph.nquads_bytes())


def write_trig(graphs: Sequence[GraphParts], out: IO[bytes]) -> None:
    """Write the graphs as TriG, in the order given."""
    out.write(encode(header()))
    for i, graph in enumerate(graphs):
        if i:
            out.write(b"\n")
        out.write(graph.trig_bytes())


def triple_lines(graph: GraphParts) -> list[bytes]:
    """Return a graph's N-Triples lines, sorted, as bytes."""
    suffix = f" <{graph.name}> .\n".encode()
    # the graph name ends every line, and only there: a literal's newline is written \n
    return graph.nquads_bytes().replace(suffix, b" .\n").splitlines(keepends=True)


def write_union_turtle(graphs: Sequence[GraphParts], out: IO[bytes]) -> None:
    """Write every triple of the graphs once, sorted, as Turtle: the union of the graphs."""
    out.write(encode(header()))
    lines: set[bytes] = set()
    for graph in graphs:
        lines.update(triple_lines(graph))
    out.writelines(sorted(lines))


def to_bytes(write: Any, graphs: Sequence[GraphParts]) -> bytes:
    """Return what `write` (write_nquads, write_trig, ...) writes, as bytes."""
    buffer = io.BytesIO()
    write(graphs, buffer)
    return buffer.getvalue()


def save(write: Any, graphs: Sequence[GraphParts], path: Path) -> None:
    """Write the graphs to `path` with `write` (write_nquads, write_trig, ...)."""
    with path.open("wb") as handle:
        write(graphs, handle)
