"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over a build, and the graph page.

- `GET /sparql?query=...`, `POST /sparql` (form-encoded `query=` or a raw
  `application/sparql-query` body); answers by the Accept header: SPARQL
  results as JSON, XML, CSV or TSV, CONSTRUCT/DESCRIBE as Turtle, N-Triples,
  RDF/XML or JSON-LD.
- Read-only: SPARQL Update (`update=`, `application/sparql-update`) is refused
  with 403 and never reaches the store, which is opened read-only anyway.
- No remote fetches: SERVICE, and FROM / FROM NAMED naming anything but a
  graph of the build, are refused (see kg.sparql_guard); so are the
  protocol's `default-graph-uri` / `named-graph-uri`.
- Each query runs in a worker process with a deadline: a query still running
  at the deadline gets 503 and its worker is killed and replaced, so a
  runaway query cannot keep the machine busy. Answers stop at a row limit.
- Bound to loopback by default; there, requests naming another Host are
  refused, so a web page cannot reach the endpoint by DNS rebinding.
- `GET /` is the interactive graph page (OUT/graph.html).
"""

from __future__ import annotations

import contextlib
import ipaddress
import multiprocessing
import queue
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import KgError

MAX_BODY = 1_000_000  # bytes of a POSTed query

#: media type → format, for SELECT and ASK answers
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
#: media type → format, for CONSTRUCT and DESCRIBE answers
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/rdf+xml": "rdfxml",
    "application/xml": "rdfxml",
    "text/xml": "rdfxml",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
}
#: format → media type of the answer
CONTENT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json",
}
#: the `format=` / `output=` parameter some clients send (SPARQLWrapper does)
_FORMAT_PARAMS = {
    "json": ("json", "jsonld"),
    "xml": ("xml", "rdfxml"),
    "csv": ("csv", None),
    "tsv": ("tsv", None),
    "turtle": (None, "turtle"),
    "n3": (None, "turtle"),
    "nt": (None, "nt"),
    "json-ld": (None, "jsonld"),
    "jsonld": (None, "jsonld"),
    "rdf+xml": (None, "rdfxml"),
    "rdf": (None, "rdfxml"),
}

_FORM_PAGE = b"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newskg SPARQL endpoint</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:15px sans-serif;margin:2em;max-width:50em}
textarea{width:100%;font:14px monospace}</style>
</head><body><h1>newskg SPARQL endpoint</h1>
<p>Read-only SPARQL 1.1 over this build. <a href="/">The graph page</a>.</p>
<form method="post" action="/sparql">
<textarea name="query" rows="12">PREFIX schema: &lt;https://schema.org/&gt;
SELECT ?name WHERE { ?person a schema:Person ; schema:name ?name } ORDER BY ?name</textarea>
<p><select name="format"><option>json</option><option>xml</option><option>csv</option>
<option>tsv</option></select> <button>Run</button></p></form></body></html>
"""


class ServerError(KgError):
    """The endpoint cannot start."""


@dataclass(frozen=True)
class Answer:
    """An HTTP response: status, media type, body and extra headers."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def text(cls, status: int, message: str) -> Answer:
        """Return a plain-text answer (errors)."""
        return cls(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode())


# -- content negotiation --------------------------------------------------------------------------


def negotiate(accept: str | None, form: str, format_param: str | None = None) -> str | None:
    """Return the answer format for an Accept header, or None if nothing offered is acceptable."""
    graph = form in ("CONSTRUCT", "DESCRIBE")
    table = GRAPH_TYPES if graph else RESULT_TYPES
    default = "turtle" if graph else "json"
    ranges = _media_ranges(accept)
    if format_param and (not ranges or all(r in ("*/*", "application/*") for r in ranges)):
        chosen = _FORMAT_PARAMS.get(format_param.strip().lower(), (None, None))[1 if graph else 0]
        if chosen:
            return chosen
    if not ranges:
        return default
    for media in ranges:
        if media in table:
            return table[media]
        if media in ("*/*", "application/*"):
            return default
        if media == "text/*":
            return "turtle" if graph else "csv"
    return None


def _media_ranges(accept: str | None) -> list[str]:
    """Return the media ranges of an Accept header, best first (q=0 dropped)."""
    if not accept:
        return []
    ranked = []
    for position, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranked.append((-quality, position, media.lower()))
    return [media for _, _, media in sorted(ranked)]


# -- answering in a worker process ----------------------------------------------------------------


def answer_query(build: Any, request: dict[str, Any]) -> Answer:
    """Check, run and serialize one query (in a worker process)."""
    from kg.query import QUERY_PREFIXES, QueryError, execute
    from kg.sparql_guard import QueryRefusedError, QuerySyntaxError, check_query

    try:
        checked = check_query(request["query"], QUERY_PREFIXES, build.has_graph)
    except QuerySyntaxError as exc:
        return Answer.text(400, str(exc))
    except QueryRefusedError as exc:
        return Answer.text(403, str(exc))
    fmt = negotiate(request.get("accept"), checked.form, request.get("format"))
    if fmt is None:
        offered = GRAPH_TYPES if checked.form in ("CONSTRUCT", "DESCRIBE") else RESULT_TYPES
        return Answer.text(
            406,
            f"cannot answer in {request.get('accept')}; offered: "
            + ", ".join(sorted(set(offered))),
        )
    try:
        result = execute(build, checked, limit=request.get("limit"))
    except QueryError as exc:
        return Answer.text(400, str(exc))
    body = render(result, fmt)
    headers = {"X-Result-Limit": str(request.get("limit"))} if result.truncated else {}
    if result.truncated:
        headers["X-Result-Truncated"] = "true"
    return Answer(200, f"{CONTENT_TYPES[fmt]}; charset=utf-8", body, headers)


def render(result: Any, fmt: str) -> bytes:
    """Serialize a QueryResult in an endpoint format."""
    from kg import query

    if fmt == "json":
        return query.to_json(result, indent=None).encode()
    if fmt in ("rdfxml", "jsonld"):
        from rdflib import Graph

        graph = Graph(bind_namespaces="none")
        for prefix, namespace in query.QUERY_PREFIXES.items():
            graph.bind(prefix, namespace)
        for row in result.rows:
            graph.add(row)
        return graph.serialize(format="xml" if fmt == "rdfxml" else "json-ld").encode()
    return query.format_result(result, fmt).encode()


def _build_identity(out_dir: Path) -> tuple[Any, ...]:
    """Return what changes when a new build is published into `out_dir`."""
    identity: list[Any] = []
    for name in ("graph.trig", "store"):
        try:
            stat = (out_dir / name).stat()
            identity += [stat.st_ino, stat.st_mtime_ns]
        except FileNotFoundError:
            identity += [None, None]
    return tuple(identity)


def _worker_main(conn: Any, out_dir: str, backend: str) -> None:
    """Serve queries sent over `conn` until the connection closes."""
    import rdflib.plugins.sparql

    from kg.query import open_build

    # Defence in depth: the guard refuses remote FROM; rdflib must not fetch either.
    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False
    folder = Path(out_dir)
    try:
        identity = _build_identity(folder)
        build = open_build(folder, backend)
    except Exception as exc:
        conn.send(("error", str(exc)))
        return
    conn.send(("ready", build.backend))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if _build_identity(folder) != identity:  # a new build was published
                build.close()
                identity = _build_identity(folder)
                build = open_build(folder, backend)
            reply = answer_query(build, request)
        except Exception as exc:
            reply = Answer.text(500, f"{type(exc).__name__}: {exc}")
        conn.send(reply)


# -- the pool of workers --------------------------------------------------------------------------


class _Worker:
    def __init__(self, context: Any, out_dir: Path, backend: str) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_worker_main, args=(child, str(out_dir), backend), daemon=True
        )
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> str:
        if not self.conn.poll(timeout):
            self.kill()
            raise ServerError(f"the query worker did not start within {timeout:.0f}s")
        try:
            status, detail = self.conn.recv()
        except EOFError as exc:
            raise ServerError("the query worker stopped while starting") from exc
        if status != "ready":
            self.kill()
            raise ServerError(detail)
        return detail

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
        with contextlib.suppress(Exception):
            self.process.join(5)
        with contextlib.suppress(Exception):
            self.conn.close()


class WorkerPool:
    """Worker processes that run queries, each killed and replaced when it overruns."""

    def __init__(
        self,
        out_dir: Path,
        *,
        backend: str = "auto",
        workers: int = 2,
        timeout: float = 10.0,
        start_timeout: float = 600.0,
    ) -> None:
        self.out_dir = out_dir
        self.backend = backend
        self.timeout = timeout
        self.start_timeout = start_timeout
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.backend_name = ""
        started = [self._spawn() for _ in range(max(1, workers))]
        try:
            for worker in started:
                self.backend_name = worker.wait_ready(start_timeout)
                self._idle.put(worker)
        except BaseException:
            self.close()
            raise

    def _spawn(self) -> _Worker:
        worker = _Worker(self._context, self.out_dir, self.backend)
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        """Kill `worker` and start another in the background."""
        worker.kill()
        with self._lock:
            self._all.discard(worker)
            if self._closed:
                return

        def start() -> None:
            fresh = self._spawn()
            try:
                fresh.wait_ready(self.start_timeout)
            except ServerError as exc:
                print(f"warning: a query worker failed to start: {exc}", file=sys.stderr)
                with self._lock:
                    self._all.discard(fresh)
                return
            if self._closed:
                fresh.kill()
            else:
                self._idle.put(fresh)

        threading.Thread(target=start, daemon=True).start()

    def run(self, request: dict[str, Any]) -> Answer:
        """Run one query on an idle worker, within the deadline."""
        deadline = time.monotonic() + self.timeout
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return Answer.text(503, f"busy: no worker free within {self.timeout:g}s; retry later")
        try:
            worker.conn.send(request)
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                answer = worker.conn.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError, BrokenPipeError):
            self._replace(worker)
            return Answer.text(500, "the query worker stopped; retry")
        self._replace(worker)
        return Answer.text(503, f"query timed out after {self.timeout:g}s and was stopped")

    def close(self) -> None:
        """Stop every worker."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()


# -- HTTP -----------------------------------------------------------------------------------------


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: holds the worker pool and the settings handlers read."""

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        pool: WorkerPool,
        *,
        out_dir: Path,
        limit: int,
        quiet: bool = False,
    ) -> None:
        self.pool = pool
        self.out_dir = out_dir
        self.limit = limit
        self.quiet = quiet
        self.loopback = _is_loopback(address[0])
        super().__init__(address, SparqlHandler)

    @property
    def url(self) -> str:
        """Return the endpoint's URL."""
        host, port = str(self.server_address[0]), int(self.server_address[1])
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}/sparql"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class SparqlHandler(BaseHTTPRequestHandler):
    """Answer /sparql and / ; refuse everything else."""

    server: SparqlServer
    protocol_version = "HTTP/1.1"

    def version_string(self) -> str:
        """Name the server without its Python version."""
        return "newskg"

    def do_GET(self) -> None:
        """Answer a query in the URL, the form page, or the graph page."""
        if not self._host_ok():
            return
        url = urlsplit(self.path)
        if url.path == "/":
            self._page()
        elif url.path == "/sparql":
            params = parse_qs(url.query, keep_blank_values=True)
            if not params:
                self._send(Answer(200, "text/html; charset=utf-8", _FORM_PAGE))
            else:
                self._query(params)
        else:
            self._send(Answer.text(404, "not found: the endpoint is /sparql, the graph page /"))

    def do_HEAD(self) -> None:
        """Answer HEAD like GET, without the body."""
        self._head_only = True
        try:
            self.do_GET()
        finally:
            self._head_only = False

    def do_POST(self) -> None:
        """Answer a query in a form or a sparql-query body; refuse updates."""
        if not self._host_ok():
            return
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            self.close_connection = True
            self._send(Answer.text(411, "a POST needs a Content-Length"))
            return
        if int(length) > MAX_BODY:
            self.close_connection = True
            self._send(Answer.text(413, f"query too long: at most {MAX_BODY} bytes"))
            return
        body = self.rfile.read(int(length))
        if urlsplit(self.path).path != "/sparql":
            self._send(Answer.text(404, "not found: POST queries to /sparql"))
            return
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
        if media == "application/sparql-update":
            self._send(_UPDATE_REFUSED)
        elif media == "application/sparql-query":
            params["query"] = [body.decode("utf-8", errors="replace")]
            self._query(params)
        elif media == "application/x-www-form-urlencoded":
            form = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
            self._query(params)
        else:
            self._send(
                Answer.text(
                    415,
                    "send application/sparql-query or application/x-www-form-urlencoded",
                )
            )

    def _refuse_method(self) -> None:
        self._send(Answer.text(405, "read-only endpoint: use GET or POST /sparql"))

    do_PUT = do_DELETE = do_PATCH = _refuse_method

    def _query(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._send(_UPDATE_REFUSED)
            return
        for name in ("default-graph-uri", "named-graph-uri"):
            if name in params:
                self._send(
                    Answer.text(
                        400, f"{name} is not supported: use FROM or GRAPH with the build's graphs"
                    )
                )
                return
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._send(Answer.text(400, "give exactly one query parameter"))
            return
        formats = params.get("format") or params.get("output") or []
        fmt = formats[0] if formats else None
        request = {
            "query": queries[0],
            "accept": self.headers.get("Accept"),
            "format": fmt,
            "limit": self.server.limit,
        }
        self._send(self.server.pool.run(request))

    def _page(self) -> None:
        path = self.server.out_dir / "graph.html"
        try:
            body = path.read_bytes()
        except OSError:
            self._send(
                Answer.text(404, f"{path}: no graph page; run `kg build` (without --no-html)")
            )
            return
        self._send(Answer(200, "text/html; charset=utf-8", body))

    def _host_ok(self) -> bool:
        """Refuse a foreign Host on a loopback server (DNS rebinding)."""
        if not self.server.loopback:
            return True
        host = (self.headers.get("Host") or "").strip().lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        name = name.strip("[]")
        if name in ("localhost", "") or _is_loopback(name):
            return True
        self.close_connection = True
        self._send(Answer.text(403, f"Host {host!r} refused: this endpoint serves loopback only"))
        return False

    def _send(self, answer: Answer) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        for key, value in answer.headers.items():
            self.send_header(key, value)
        if answer.status == 405:
            self.send_header("Allow", "GET, HEAD, POST")
        self.end_headers()
        if not getattr(self, "_head_only", False):
            self.wfile.write(answer.body)

    def log_message(self, format: str, *args: Any) -> None:
        """Log requests to stderr unless quiet."""
        if not self.server.quiet:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")


_UPDATE_REFUSED = Answer.text(403, "SPARQL Update is refused: this endpoint is read-only")


@contextlib.contextmanager
def running_server(
    out_dir: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    backend: str = "auto",
    timeout: float = 10.0,
    limit: int = 10_000,
    workers: int = 2,
    quiet: bool = False,
) -> Iterator[SparqlServer]:
    """Start the workers and bind the server; stop both after the block."""
    from kg.errors import MissingBuildError
    from kg.query import STORE, TRIG

    if not (out_dir / TRIG).exists() and not (out_dir / STORE).is_dir():
        raise MissingBuildError(
            f"{out_dir / TRIG}: no build found; run `kg build --out {out_dir}` first"
        )
    pool = WorkerPool(out_dir, backend=backend, workers=workers, timeout=timeout)
    try:
        try:
            server = SparqlServer((host, port), pool, out_dir=out_dir, limit=limit, quiet=quiet)
        except OSError as exc:
            raise ServerError(f"cannot listen on {host}:{port} ({exc.strerror})") from exc
        try:
            yield server
        finally:
            server.server_close()
    finally:
        pool.close()


def serve_forever(server: SparqlServer) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM)."""
    import signal

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
