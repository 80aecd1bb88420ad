"""Check a SPARQL query before it runs: well formed, read-only, and never reaching out.

The query is parsed with rdflib's SPARQL parser and its algebra walked, so a
keyword inside a string or a comment is not mistaken for an operation, and an
operation inside a sub-query or a FILTER EXISTS is not missed. Refused:

- SPARQL Update of any kind (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ...):
  the store is read-only;
- SERVICE, anywhere in the query: both rdflib and Oxigraph would fetch the IRI;
- FROM / FROM NAMED naming anything but a graph of the build: rdflib would
  fetch the IRI from the web.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rdflib import URIRef
from rdflib.plugins.sparql.sparql import Query

from kg.errors import KgError

#: How the algebra names each kind of query.
_FORMS = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}


class QuerySyntaxError(KgError):
    """The text is not a well-formed SPARQL query."""


class QueryRefusedError(KgError):
    """The query is well formed but asks for something this store never does."""


@dataclass(frozen=True)
class CheckedQuery:
    """A query that passed the checks, with what the engines need to run it."""

    text: str
    #: SELECT, ASK, CONSTRUCT or DESCRIBE
    form: str
    #: rdflib's translated query, ready for rdflib's evaluator
    parsed: Query
    #: the IRIs of FROM and FROM NAMED clauses
    datasets: tuple[URIRef, ...]
    #: SELECT *: the engine chooses the order of the columns
    star: bool = False


def check_query(
    text: str,
    namespaces: Mapping[str, Any],
    is_local_graph: Callable[[URIRef], bool] = lambda iri: False,
) -> CheckedQuery:
    """Parse `text` and refuse updates, SERVICE and FROM of graphs not in the build.

    `namespaces` are the prefixes a query may use without declaring them.
    Raises QuerySyntaxError (with line and column) or QueryRefusedError.
    """
    checked = _parse(text, tuple(sorted((k, str(v)) for k, v in namespaces.items())))
    for iri in checked.datasets:
        if not is_local_graph(iri):
            raise QueryRefusedError(
                f"FROM <{iri}> is refused: it is not a graph of this build, "
                "and remote data is never fetched"
            )
    return checked


@lru_cache(maxsize=256)
def _parse(text: str, namespaces: tuple[tuple[str, str], ...]) -> CheckedQuery:
    """Parse and check once per distinct query text (rdflib's parser is slow)."""
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(text)
    except Exception as exc:  # pyparsing.ParseException, or a ValueError on bad escapes
        _refuse_update(text)
        raise QuerySyntaxError(_describe_parse_error(text, exc)) from None
    try:
        query = translateQuery(tree, initNs={k: URIRef(v) for k, v in namespaces})
    except Exception as exc:  # rdflib raises bare Exceptions, e.g. for unknown prefixes
        raise QuerySyntaxError(f"malformed query: {exc}") from None
    algebra = query.algebra
    if any(node.name == "ServiceGraphPattern" for node in _nodes(algebra)):
        raise QueryRefusedError(
            "SERVICE is refused: newskg never fetches remote data; query the build's own graphs"
        )
    datasets = tuple(
        URIRef(clause.default if clause.default is not None else clause.named)
        for clause in algebra.get("datasetClause") or ()
    )
    form = _FORMS.get(algebra.name, algebra.name)
    star = form == "SELECT" and "projection" not in tree[1]
    return CheckedQuery(text, form, query, datasets, star)


def _refuse_update(text: str) -> None:
    """Raise QueryRefusedError if `text` is a SPARQL Update rather than a malformed query."""
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        update = parseUpdate(text)
    except Exception:
        return
    operations = [_update_keyword(op.name) for op in update.get("request") or ()]
    if not operations:
        return
    raise QueryRefusedError(
        f"SPARQL Update ({', '.join(operations)}) is refused: the store is read-only"
    )


def _update_keyword(name: str) -> str:
    """Return the SPARQL keywords of an update operation: InsertData → INSERT DATA."""
    if name == "Modify":
        return "DELETE/INSERT"
    return " ".join(re.findall(r"[A-Z][a-z]*", name)).upper()


def _nodes(value: Any) -> Iterator[Any]:
    """Yield every algebra node under `value`, including those inside expressions."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [value]
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, CompValue):
            yield item
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())


def _describe_parse_error(text: str, exc: Exception) -> str:
    """Return the parser's message with line and column, and the line with a caret."""
    line = getattr(exc, "lineno", None)
    column = getattr(exc, "col", None)
    message = getattr(exc, "msg", None) or str(exc)
    if line is None or column is None:
        return f"malformed query: {message}"
    lines = text.splitlines() or [""]
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    return (
        f"malformed query at line {line}, column {column}: {message}\n"
        f"  {source}\n  {' ' * (column - 1)}^"
    )
