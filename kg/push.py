"""`kg push`: load a build into an external SPARQL 1.1 store, one named graph per article.

Each article's graph replaces the graph of the same name in the store, so
pushing twice leaves one copy. With a Graph Store endpoint (SPARQL 1.1 Graph
Store HTTP Protocol) each graph is one `PUT ?graph=IRI`; without one, or when
the store answers that it has no such protocol, each graph is replaced by
SPARQL Update: `DROP SILENT GRAPH` then `INSERT DATA` in batches.

Credentials: --user/--password (HTTP Basic or Digest, whichever the server
asks for) or a bearer token. Redirects are not followed, so credentials are
never sent anywhere but the URLs given.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from rdflib import URIRef

from kg.errors import KgError

#: triples per INSERT DATA request
BATCH = 2000
#: answers that mean "no Graph Store protocol here"
_NO_GRAPH_STORE = {400, 404, 405, 406, 415, 501}


class PushError(KgError):
    """The build could not be loaded into the external store."""


@dataclass
class PushReport:
    """What a push did."""

    graphs: int
    triples: int
    #: "graph store" or "update"
    method: str


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        raise urllib.error.HTTPError(
            req.full_url, code, f"redirected to {newurl}; give that URL instead", headers, fp
        )


class Remote:
    """An external SPARQL store: its update endpoint and, optionally, its Graph Store."""

    def __init__(
        self,
        endpoint: str,
        graph_store: str | None = None,
        *,
        user: str | None = None,
        password: str | None = None,
        token: str | None = None,
        timeout: float = 60.0,
    ) -> None:
        for url in (endpoint, graph_store):
            if url is not None and urlsplit(url).scheme not in ("http", "https"):
                raise PushError(f"{url}: give an http:// or https:// URL")
        if token and user:
            raise PushError("give either --user/--password or --token, not both")
        self.endpoint = endpoint
        self.graph_store = graph_store
        self.timeout = timeout
        self.token = token
        handlers: list[Any] = [_NoRedirects()]
        if user is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in (endpoint, graph_store):
                if url:
                    passwords.add_password(None, url, user, password or "")
            handlers += [
                urllib.request.HTTPDigestAuthHandler(passwords),
                urllib.request.HTTPBasicAuthHandler(passwords),
            ]
        self._opener = urllib.request.build_opener(*handlers)

    def _send(self, url: str, method: str, body: bytes, content_type: str) -> tuple[int, str]:
        """Send one request; return the status and, for a failure, what the server said."""
        request = urllib.request.Request(url, data=body, method=method)
        request.add_header("Content-Type", content_type)
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                response.read()
                return int(response.status), ""
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", errors="replace").strip()[:300] if exc.fp else ""
            if exc.code in (401, 403):
                raise PushError(
                    f"{url}: {exc.code} {exc.reason}: check --user/--password or --token"
                    + (f" ({detail})" if detail else "")
                ) from exc
            return exc.code, f"{exc.code} {exc.reason}" + (f": {detail}" if detail else "")
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise PushError(f"{url}: cannot connect ({reason})") from exc

    def put_graph(self, graph: URIRef, ntriples: bytes) -> int:
        """Replace one graph through the Graph Store protocol; return the HTTP status."""
        assert self.graph_store is not None
        separator = "&" if "?" in self.graph_store else "?"
        url = f"{self.graph_store}{separator}{urlencode({'graph': str(graph)})}"
        # N-Triples is Turtle, and every Graph Store reads Turtle.
        status, detail = self._send(url, "PUT", ntriples, "text/turtle; charset=utf-8")
        if status >= 300 and status not in _NO_GRAPH_STORE:
            raise PushError(f"{url}: {detail}")
        return status

    def update(self, text: str) -> None:
        """Run SPARQL Update on the endpoint."""
        status, detail = self._send(
            self.endpoint, "POST", text.encode("utf-8"), "application/sparql-update; charset=utf-8"
        )
        if status >= 300:
            raise PushError(f"{self.endpoint}: the update failed: {detail}")

    def replace_graph(self, graph: URIRef, lines: list[bytes], batch: int = BATCH) -> None:
        """Replace one graph by SPARQL Update, in batches of `batch` triples."""
        first = True
        for start in range(0, max(len(lines), 1), batch):
            data = b"".join(lines[start : start + batch]).decode("utf-8")
            insert = f"INSERT DATA {{ GRAPH <{graph}> {{\n{data}}} }}" if data else ""
            text = f"DROP SILENT GRAPH <{graph}> ;\n{insert}" if first else insert
            self.update(text.rstrip().rstrip(";"))
            first = False


def graph_lines(build: Any, graph: URIRef) -> list[bytes]:
    """Return the triples of one graph of `build` as N-Triples lines."""
    if build.store is not None:
        import pyoxigraph as ox

        data = build.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))
        return [line + b"\n" for line in data.splitlines() if line.strip()]
    from kg.query import nt_term

    return [
        (" ".join(nt_term(t) for t in triple) + " .\n").encode("utf-8")
        for triple in build.dataset.graph(graph).triples((None, None, None))
    ]


def push_build(
    out_dir: Path,
    endpoint: str,
    *,
    graph_store: str | None = None,
    user: str | None = None,
    password: str | None = None,
    token: str | None = None,
    timeout: float = 60.0,
    progress: Callable[[URIRef, int], None] | None = None,
) -> PushReport:
    """Replace each article graph of the build in `out_dir` in the external store."""
    from kg.query import open_build

    remote = Remote(
        endpoint, graph_store, user=user, password=password, token=token, timeout=timeout
    )
    build = open_build(out_dir)
    try:
        use_graph_store = graph_store is not None
        graphs = triples = 0
        for graph, lines in _graphs(build):
            if use_graph_store:
                status = remote.put_graph(graph, b"".join(lines))
                if status in _NO_GRAPH_STORE:
                    if graphs:
                        raise PushError(f"{graph_store}: PUT of <{graph}> failed ({status})")
                    use_graph_store = False  # no Graph Store protocol: fall back to Update
            if not use_graph_store:
                remote.replace_graph(graph, lines)
            graphs += 1
            triples += len(lines)
            if progress is not None:
                progress(graph, len(lines))
    finally:
        build.close()
    if not graphs:
        raise PushError(f"{out_dir}: the build has no article graphs to push")
    return PushReport(graphs, triples, "graph store" if use_graph_store else "update")


def _graphs(build: Any) -> Iterator[tuple[URIRef, list[bytes]]]:
    for graph in sorted(build.graphs()):
        yield graph, graph_lines(build, graph)
