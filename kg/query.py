"""Run SPARQL against a finished build and format the answers.

`kg build` writes, beside graph.trig, an Oxigraph store (OUT/store/) whose
named graphs are the articles' graphs and whose default graph is their union
(materialized, so a triple stated by many articles is answered once, exactly
as rdflib's union default graph does). Queries open it read-only and answer
without parsing any text file; without a store they load graph.trig into
rdflib's memory store. rdflib is the API either way.

Answers are normalized so that both back-ends print the same bytes: plain
literals never carry xsd:string, numbers and booleans are in canonical form,
language tags are lower case and blank nodes are relabelled in order.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from rdflib import RDF, RDFS, XSD, BNode, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import OWL
from rdflib.term import Node

from kg.errors import KgError, MissingBuildError
from kg.graphstore import STORE, TRIG, store_is_current
from kg.sparql_guard import CheckedQuery, check_query
from kg.vocab import PREFIXES

#: The prefixes every query may use without declaring them.
QUERY_PREFIXES: dict[str, URIRef] = {
    "rdf": URIRef(str(RDF)),
    "rdfs": URIRef(str(RDFS)),
    "xsd": URIRef(str(XSD)),
    "owl": URIRef(str(OWL)),
    **{prefix: URIRef(str(ns)) for prefix, ns in PREFIXES.items()},
}

#: Where the shipped queries live (ontology/queries/*.rq in a checkout).
QUERY_DIRS = (
    Path(__file__).resolve().parents[1] / "ontology" / "queries",
    Path(sys.prefix) / "share" / "newskg" / "queries",
)

BACKENDS = ("auto", "oxigraph", "memory")
FORMATS = ("table", "csv", "tsv", "json", "xml")
GRAPH_FORMATS = ("turtle", "nt")

_XSD_STRING = str(XSD.string)
_INTEGERS = {
    XSD[name]
    for name in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "negativeInteger",
        "nonPositiveInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
}


class QueryError(KgError):
    """A query cannot be found or run as asked."""


# -- the persistent store -------------------------------------------------------------------------


@dataclass
class Build:
    """A finished build opened for queries."""

    out_dir: Path
    #: the build as an rdflib dataset (the API for everything but running queries)
    dataset: Dataset
    #: "oxigraph" (the persistent store) or "memory" (graph.trig parsed by rdflib)
    backend: str
    #: the pyoxigraph store behind `dataset`, for the "oxigraph" back-end
    store: Any = field(default=None, repr=False)
    _graphs: frozenset[URIRef] | None = field(default=None, repr=False)

    def graphs(self) -> frozenset[URIRef]:
        """Return the names of the article graphs."""
        if self._graphs is None:
            if self.store is not None:
                names = (URIRef(g.value) for g in self.store.named_graphs())
            else:
                names = (URIRef(g.identifier) for g in self.dataset.graphs())
            self._graphs = frozenset(n for n in names if n != DATASET_DEFAULT_GRAPH_ID)
        return self._graphs

    def has_graph(self, iri: URIRef) -> bool:
        """Return whether `iri` names a graph of this build."""
        return URIRef(iri) in self.graphs()

    def close(self) -> None:
        """Release the store."""
        self.dataset.close()
        self.store = None


def open_build(out_dir: Path, backend: str = "auto") -> Build:
    """Open the build in `out_dir`: its store if there is one ("auto"), or as asked."""
    if backend not in BACKENDS:
        raise QueryError(f"unknown back-end {backend!r}: choose {', '.join(BACKENDS)}")
    has_store = (out_dir / STORE).is_dir() and store_is_current(out_dir)
    if backend == "oxigraph" or (backend == "auto" and has_store):
        if not has_store:
            raise MissingBuildError(
                f"{out_dir / STORE}: no current store; run `kg build --out {out_dir}` again"
            )
        return _open_store(out_dir)
    path = out_dir / TRIG
    if not path.exists():
        raise MissingBuildError(f"{path}: no build found; run `kg build --out {out_dir}` first")
    from kg.store import new_dataset

    dataset = new_dataset("memory")
    dataset.parse(str(path), format="trig")
    _bind(dataset)
    return Build(out_dir, dataset, "memory")


def _open_store(out_dir: Path) -> Build:
    import pyoxigraph as ox
    from oxrdflib import OxigraphStore

    path = out_dir / STORE
    try:
        inner = ox.Store.read_only(str(path))
    except OSError as exc:
        raise QueryError(f"{path}: cannot open the store ({exc})") from exc
    # The store's default graph is the union, so the dataset must not union again.
    dataset = Dataset(store=OxigraphStore(store=inner), default_union=False)
    _bind(dataset)
    return Build(out_dir, dataset, "oxigraph", inner)


def _bind(dataset: Dataset) -> None:
    for prefix, namespace in QUERY_PREFIXES.items():
        dataset.bind(prefix, namespace, override=True)


# -- shipped queries and parameters ---------------------------------------------------------------


@dataclass(frozen=True)
class ShippedQuery:
    """A documented query shipped with newskg (ontology/queries/NAME.rq)."""

    name: str
    path: Path
    text: str

    @property
    def title(self) -> str:
        """Return the first line of the comment header."""
        for line in self.text.splitlines():
            if line.startswith("#"):
                return line.lstrip("# ").strip()
        return self.name

    @property
    def params(self) -> dict[str, str]:
        """Return the parameters the header declares: `# param NAME: what it is`."""
        found = re.findall(r"^#\s*param\s+\??(\w+)\s*:\s*(.+)$", self.text, flags=re.MULTILINE)
        return {name: text.strip() for name, text in found}

    def required(self) -> list[str]:
        """Return the parameters marked (required)."""
        return [name for name, text in self.params.items() if "(required)" in text]


def shipped_queries() -> dict[str, ShippedQuery]:
    """Return the shipped queries by name."""
    for folder in QUERY_DIRS:
        if folder.is_dir():
            return {
                p.stem: ShippedQuery(p.stem, p, p.read_text(encoding="utf-8"))
                for p in sorted(folder.glob("*.rq"))
            }
    return {}


def resolve_query(query: str) -> tuple[str, ShippedQuery | None]:
    """Return the SPARQL text of QUERY: a .rq file, a shipped query's name, or SPARQL itself."""
    path = Path(query)
    if query.endswith((".rq", ".sparql")) or ("\n" not in query and _is_file(path)):
        try:
            return path.read_text(encoding="utf-8"), None
        except OSError as exc:
            raise QueryError(f"{query}: cannot read the query file ({exc.strerror})") from exc
    if re.fullmatch(r"[\w-]+", query):
        shipped = shipped_queries()
        if query in shipped:
            return shipped[query].text, shipped[query]
        names = ", ".join(shipped) or "none found"
        raise QueryError(f"no shipped query named {query!r} (shipped: {names})")
    return query, None


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # e.g. a name too long to be a path
        return False


def parse_params(items: Iterable[str]) -> dict[str, Node]:
    """Turn NAME=VALUE strings into query bindings.

    A value in <angle brackets>, starting with http(s):// or urn:, or written
    with a known prefix (kgr:person/jam-kamal-khan) is an IRI; a value in
    Turtle form ("2025-04-04"^^xsd:date) is that literal; anything else is a
    plain string.
    """
    params: dict[str, Node] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"\w+", name):
            raise QueryError(f"--param {item!r}: write NAME=VALUE, e.g. --param name=Belarus")
        params[name] = parse_term(value)
    return params


def parse_term(value: str) -> Node:
    """Read one parameter value as an IRI or a literal (see parse_params)."""
    if value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    if re.match(r"(https?|urn):", value):
        return URIRef(value)
    prefix, colon, local = value.partition(":")
    if colon and prefix in QUERY_PREFIXES and " " not in value:
        return URIRef(QUERY_PREFIXES[prefix] + local)
    if value.startswith('"'):
        from rdflib.namespace import NamespaceManager
        from rdflib.util import from_n3

        manager = NamespaceManager(Dataset(), bind_namespaces="none")
        for p, ns in QUERY_PREFIXES.items():
            manager.bind(p, ns)
        try:
            term = from_n3(value, nsm=manager)
        except Exception as exc:
            raise QueryError(f"cannot read the literal {value} ({exc})") from exc
        if isinstance(term, Literal):
            return term
    return Literal(value)


_TOKENS = re.compile(
    r"""
    (?P<comment>\#[^\n]*)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
        | '\'\'(?:[^'\\]|\\.|'(?!''))*'\'\'
        | "(?:[^"\\\n]|\\.)*"
        | '(?:[^'\\\n]|\\.)*')
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<word>[?$:]?[A-Za-z_][\w-]*:?)
    | (?P<punct>[{}()])
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def bind_params(text: str, params: Mapping[str, Node]) -> str:
    """Bind variables with a VALUES block opening the query's first group.

    That is the WHERE clause, or the group it starts with: `WHERE { { ... } ... }`
    binds inside the inner group, so a query can filter on a parameter before
    its OPTIONAL parts (engines evaluate a group's FILTERs after its OPTIONALs).
    """
    if not params:
        return text
    names = sorted(params)
    for name in names:
        if not re.search(rf"[?$]{name}\b", text):
            raise QueryError(f"--param {name}: the query has no variable ?{name}")
    values = (
        f"VALUES ({' '.join('?' + n for n in names)}) "
        f"{{ ({' '.join(nt_term(params[n]) for n in names)}) }} "
    )
    where = _first_group(text, _where_brace(text))
    return text[: where + 1] + " " + values + text[where + 1 :]


def _first_group(text: str, brace: int) -> int:
    """Return the `{` of the innermost group that the group at `brace` starts with."""
    while True:
        tokens = (
            m for m in _TOKENS.finditer(text, brace + 1) if m.lastgroup not in ("comment", "other")
        )
        following = next(tokens, None)
        if following is None or following.group() != "{":
            return brace
        after = next(tokens, None)
        if after is not None and after.group().upper() == "SELECT":
            return brace  # a sub-query: its group cannot take a VALUES block first
        brace = following.start()


def _where_brace(text: str) -> int:
    """Return the offset of the `{` opening the query's WHERE clause."""
    form = None
    depth = parens = 0
    skip_template = False
    for match in _TOKENS.finditer(text):
        kind, token = match.lastgroup, match.group()
        if kind in ("comment", "string", "iri", "other"):
            continue
        if kind == "word":
            if form is None and depth == parens == 0:
                word = token.upper()
                if word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
                    form = word
                    skip_template = word == "CONSTRUCT"
            elif skip_template and token.upper() == "WHERE":
                raise QueryError("parameters cannot be bound in a CONSTRUCT WHERE { } query")
            continue
        if token == "(":
            parens += 1
        elif token == ")":
            parens -= 1
        elif token == "{":
            if form is not None and depth == 0 and parens == 0:
                if skip_template:
                    skip_template = False
                else:
                    return match.start()
            depth += 1
        elif token == "}":
            depth -= 1
    raise QueryError("the query has no WHERE clause to bind parameters in")


# -- running queries ------------------------------------------------------------------------------


@dataclass
class QueryResult:
    """The normalized answer of a query."""

    form: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    #: more rows (or triples) than the limit were found
    truncated: bool = False

    @property
    def is_graph(self) -> bool:
        """Return whether the answer is RDF (CONSTRUCT, DESCRIBE) rather than solutions."""
        return self.form in ("CONSTRUCT", "DESCRIBE")


def run_query(
    build: Build,
    text: str,
    params: Mapping[str, Node] | None = None,
    *,
    limit: int | None = None,
) -> QueryResult:
    """Check and run a query on `build`; return at most `limit` rows, normalized.

    `params` bind variables: a VALUES block opening the WHERE clause, so every
    back-end and every part of the query sees the same value.
    """
    if params:
        text = bind_params(text, params)
    checked = check_query(text, QUERY_PREFIXES, build.has_graph)
    return execute(build, checked, limit=limit)


def execute(build: Build, checked: CheckedQuery, *, limit: int | None = None) -> QueryResult:
    """Run a query that passed the guard."""
    try:
        if build.store is not None:
            answer = _run_oxigraph(build.store, checked, limit)
        else:
            answer = _normalize(build.dataset.query(checked.parsed), checked.form, limit)
    except KgError:
        raise
    except SyntaxError as exc:  # Oxigraph's parser is stricter on a few points
        raise QueryError(f"malformed query: {exc}") from exc
    except Exception as exc:
        raise QueryError(f"the query failed: {type(exc).__name__}: {exc}") from exc
    if checked.star:
        _order_columns(answer, checked.text)
    return answer


def _order_columns(result: QueryResult, text: str) -> None:
    """Put the columns of a SELECT * answer in the order the query first names them."""
    first: dict[str, int] = {}
    for match in re.finditer(r"[?$](\w+)", text):
        first.setdefault(match.group(1), match.start())
    order = sorted(
        range(len(result.variables)),
        key=lambda i: (first.get(result.variables[i], len(text)), result.variables[i]),
    )
    result.variables = [result.variables[i] for i in order]
    result.rows = [tuple(row[i] for i in order) for row in result.rows]


def _run_oxigraph(store: Any, checked: CheckedQuery, limit: int | None) -> QueryResult:
    """Run on pyoxigraph directly: oxrdflib's query() overrides FROM clauses."""
    import pyoxigraph as ox

    answer = store.query(checked.text, prefixes={k: str(v) for k, v in QUERY_PREFIXES.items()})
    convert = _FromOxigraph()
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ASK", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        rows = []
        for solution in answer:
            rows.append(tuple(convert(t) for t in solution))
            if limit is not None and len(rows) > limit:
                break
        return _limited(QueryResult("SELECT", variables, rows), limit)
    triples = [(convert(t.subject), convert(t.predicate), convert(t.object)) for t in answer]
    return _graph_result(checked.form, triples, limit)


class _FromOxigraph:
    """Turn pyoxigraph terms into canonical rdflib terms, each distinct term once."""

    def __init__(self) -> None:
        self.seen: dict[Any, Node] = {}
        self.labels: dict[str, str] = {}

    def __call__(self, term: Any) -> Node | None:
        if term is None:
            return None
        found = self.seen.get(term)
        if found is None:
            found = self.seen[term] = canonical(self._term(term), self.labels)  # type: ignore[assignment]
        return found

    @staticmethod
    def _term(term: Any) -> Node:
        import pyoxigraph as ox

        if isinstance(term, ox.NamedNode):
            return URIRef(term.value)
        if isinstance(term, ox.BlankNode):
            return BNode(term.value)
        if isinstance(term, ox.Literal):
            if term.language:
                return Literal(term.value, lang=term.language)
            datatype = term.datatype.value
            if datatype == _XSD_STRING:
                return Literal(term.value)
            return Literal(term.value, datatype=URIRef(datatype), normalize=False)
        raise QueryError(f"unsupported term in an answer: {term!r}")


def _normalize(result: Any, form: str, limit: int | None) -> QueryResult:
    labels: dict[str, str] = {}
    if form == "ASK":
        return QueryResult("ASK", boolean=bool(result.askAnswer))
    if form in ("CONSTRUCT", "DESCRIBE"):
        triples = [tuple(canonical(t, labels) for t in triple) for triple in result.graph]
        return _graph_result(form, triples, limit)
    variables = [str(v) for v in result.vars]
    rows = []
    for row in result:
        rows.append(tuple(canonical(row[i], labels) for i in range(len(variables))))
        if limit is not None and len(rows) > limit:
            break
    return _limited(QueryResult("SELECT", variables, rows), limit)


def _graph_result(form: str, triples: list, limit: int | None) -> QueryResult:
    """Return RDF answers as sorted subject, predicate, object rows (a set: no repeats)."""
    rows = sorted(set(triples), key=lambda row: tuple(_sort_key(t) for t in row))
    return _limited(QueryResult(form, ["subject", "predicate", "object"], rows), limit)


def _limited(result: QueryResult, limit: int | None) -> QueryResult:
    if limit is not None and len(result.rows) > limit:
        result.rows = result.rows[:limit]
        result.truncated = True
    return result


def _sort_key(term: Node | None) -> str:
    return "" if term is None else term.n3()


def canonical(term: Node | None, bnode_labels: dict[str, str] | None = None) -> Node | None:
    """Return `term` in the form both back-ends agree on."""
    if term is None or isinstance(term, URIRef):
        return term
    if isinstance(term, BNode):
        if bnode_labels is None:
            return term
        return BNode(bnode_labels.setdefault(str(term), f"b{len(bnode_labels)}"))
    if not isinstance(term, Literal):
        return term
    if term.language:
        return Literal(str(term), lang=term.language.lower())
    datatype = term.datatype
    if datatype is None:
        return term
    if datatype == XSD.string:
        return Literal(str(term))
    lexical = _canonical_lexical(str(term), URIRef(datatype))
    return Literal(lexical, datatype=datatype, normalize=False)


def _canonical_lexical(lexical: str, datatype: URIRef) -> str:
    """Return the canonical lexical form Oxigraph stores for numbers and booleans."""
    text = lexical.strip()
    try:
        if datatype in _INTEGERS:
            return str(int(text))
        if datatype == XSD.decimal:
            return _plain_decimal(Decimal(text))
        if datatype in (XSD.double, XSD.float):
            if text in ("INF", "+INF", "-INF", "NaN"):
                return text.lstrip("+")
            return _plain_decimal(Decimal(repr(float(text))))
        if datatype == XSD.boolean and text in ("0", "1", "true", "false"):
            return "true" if text in ("1", "true") else "false"
    except (ValueError, InvalidOperation):
        pass
    return lexical


def _plain_decimal(value: Decimal) -> str:
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


# -- formats --------------------------------------------------------------------------------------

#: media type of each format, for the endpoint
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "table": "text/plain",
    "turtle": "text/turtle",
    "nt": "application/n-triples",
}


def format_result(result: QueryResult, fmt: str) -> str:
    """Return the result in one of FORMATS (or, for RDF answers, GRAPH_FORMATS)."""
    if fmt in GRAPH_FORMATS:
        if not result.is_graph:
            raise QueryError(f"--format {fmt} is for CONSTRUCT and DESCRIBE queries")
        return _ntriples(result) if fmt == "nt" else _turtle(result)
    writer = {
        "table": to_table,
        "csv": to_csv,
        "tsv": to_tsv,
        "json": to_json,
        "xml": to_xml,
    }.get(fmt)
    if writer is None:
        raise QueryError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return writer(result)


def to_json(result: QueryResult, indent: int | None = 2) -> str:
    """Return SPARQL 1.1 Query Results JSON."""
    if result.form == "ASK":
        doc: dict = {"head": {}, "boolean": result.boolean}
    else:
        doc = {
            "head": {"vars": result.variables},
            "results": {
                "bindings": [
                    {
                        var: _json_term(term)
                        for var, term in zip(result.variables, row, strict=True)
                        if term is not None
                    }
                    for row in result.rows
                ]
            },
        }
    return json.dumps(doc, indent=indent, ensure_ascii=False) + "\n"


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None:
        out["datatype"] = str(term.datatype)
    return out


def to_xml(result: QueryResult) -> str:
    """Return SPARQL Query Results XML."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
    ]
    if result.form == "ASK":
        lines += ["  <head/>", f"  <boolean>{'true' if result.boolean else 'false'}</boolean>"]
    else:
        lines.append("  <head>")
        lines += [f"    <variable name={quoteattr(v)}/>" for v in result.variables]
        lines += ["  </head>", "  <results>"]
        for row in result.rows:
            lines.append("    <result>")
            for var, term in zip(result.variables, row, strict=True):
                if term is not None:
                    lines.append(
                        f"      <binding name={quoteattr(var)}>{_xml_term(term)}</binding>"
                    )
            lines.append("    </result>")
        lines.append("  </results>")
    lines.append("</sparql>")
    return "\n".join(lines) + "\n"


def _xml_term(term: Node) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    assert isinstance(term, Literal)
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(str(term))}</literal>"
    if term.datatype is not None:
        return f"<literal datatype={quoteattr(str(term.datatype))}>{escape(str(term))}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def to_csv(result: QueryResult) -> str:
    """Return SPARQL 1.1 Query Results CSV: plain values, CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.form == "ASK":
        writer.writerows([["boolean"], ["true" if result.boolean else "false"]])
        return buffer.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_csv_term(t) for t in row])
    return buffer.getvalue()


def _csv_term(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def to_tsv(result: QueryResult) -> str:
    """Return SPARQL 1.1 Query Results TSV: terms in N-Triples form."""
    if result.form == "ASK":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if t is None else nt_term(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def nt_term(term: Node) -> str:
    """Return `term` in N-Triples syntax."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    assert isinstance(term, Literal)
    text = (
        str(term)
        .replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    if term.language:
        return f'"{text}"@{term.language}'
    if term.datatype is not None:
        return f'"{text}"^^<{term.datatype}>'
    return f'"{text}"'


def _ntriples(result: QueryResult) -> str:
    return "".join(
        " ".join(nt_term(t) for t in row if t is not None) + " .\n" for row in result.rows
    )


def _turtle(result: QueryResult) -> str:
    from rdflib import Graph

    graph = Graph(bind_namespaces="none")
    for prefix, namespace in QUERY_PREFIXES.items():
        graph.bind(prefix, namespace)
    for row in result.rows:
        graph.add(row)  # type: ignore[arg-type]
    return graph.serialize(format="turtle")


def to_table(result: QueryResult, max_width: int = 70) -> str:
    """Return a table for the terminal: IRIs shortened with the known prefixes."""
    if result.form == "ASK":
        return ("yes" if result.boolean else "no") + "\n"
    header = result.variables
    cells = [[_short(t, max_width) for t in row] for row in result.rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(header)]
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    count = len(result.rows)
    more = ", more were found" if result.truncated else ""
    lines.append(f"({count} row{'s' if count != 1 else ''}{more})")
    return "\n".join(lines) + "\n"


def _short(term: Node | None, max_width: int) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, namespace in QUERY_PREFIXES.items():
            if text.startswith(namespace) and len(text) > len(namespace):
                text = f"{prefix}:{text[len(namespace) :]}"
                break
    elif isinstance(term, BNode):
        text = f"_:{term}"
    else:
        text = " ".join(str(term).split())
    if len(text) > max_width:
        text = text[: max_width - 1] + "…"
    return text


def formats_for(result: QueryResult) -> Sequence[str]:
    """Return the formats a result can be written in."""
    return (*FORMATS, *GRAPH_FORMATS) if result.is_graph else FORMATS
