"""`kg push`: against a stand-in server, and round trips through a real Virtuoso.

The Virtuoso tests start Debian's virtuoso-opensource on loopback ports with a
throw-away database. Without it they are skipped on a laptop but fail in CI
(the environment variable CI is set there), which must install it.
"""

from __future__ import annotations

import base64
import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest
from click.testing import CliRunner
from conftest import SEEDS
from rdflib import Graph
from SPARQLWrapper import JSON, SPARQLWrapper

from kg import query as kq
from kg.cli import cli
from kg.push import PushError, push_build


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("push") / "out"
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(out), "--no-html", "-q"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def local_counts(build_dir: Path) -> dict[str, int]:
    build = kq.open_build(build_dir)
    try:
        text = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
        return {str(g): int(n) for g, n in kq.run_query(build, text).rows}
    finally:
        build.close()


def push(build_dir: Path, *args: str):
    return CliRunner().invoke(cli, ["push", "--out", str(build_dir), *args])


# -- a stand-in store -----------------------------------------------------------------------------


class Recorder(BaseHTTPRequestHandler):
    """Records requests; answers PUT /gsp with 201, POST /update with 200, /moved with 307."""

    requests: ClassVar[list[dict]] = []

    def _handle(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        url = urlsplit(self.path)
        Recorder.requests.append(
            {
                "method": self.command,
                "path": url.path,
                "query": parse_qs(url.query),
                "headers": dict(self.headers),
                "body": body.decode("utf-8"),
            }
        )
        if url.path == "/moved":
            self.send_response(307)
            self.send_header("Location", "http://127.0.0.1:9/elsewhere")
        elif url.path == "/basic" and self.headers.get("Authorization") != "Basic " + (
            base64.b64encode(b"ann:secret").decode()
        ):
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="store"')
        elif url.path in ("/gsp", "/update", "/basic"):
            self.send_response(201 if self.command == "PUT" else 200)
        else:
            self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = do_POST = _handle

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def stand_in() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    Recorder.requests = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_graph_store_put_per_article_graph(build_dir, local_counts, stand_in) -> None:
    result = push(build_dir, "--endpoint", f"{stand_in}/update", "--graph-store", f"{stand_in}/gsp")
    assert result.exit_code == 0, result.output
    assert "pushed 2 graph(s)" in result.output and "by graph store" in result.output
    puts = [r for r in Recorder.requests if r["method"] == "PUT"]
    assert sorted(r["query"]["graph"][0] for r in puts) == sorted(local_counts)
    for request in puts:
        assert request["headers"]["Content-Type"].startswith("text/turtle")
        graph = Graph().parse(data=request["body"], format="turtle")
        assert len(graph) == local_counts[request["query"]["graph"][0]]


def test_update_replaces_each_graph(build_dir, local_counts, stand_in) -> None:
    result = push(build_dir, "--endpoint", f"{stand_in}/update", "--token", "t0ken")
    assert result.exit_code == 0, result.output
    assert "by update" in result.output
    updates = [r for r in Recorder.requests if r["method"] == "POST"]
    assert all(r["headers"]["Authorization"] == "Bearer t0ken" for r in updates)
    assert all(
        r["headers"]["Content-Type"].startswith("application/sparql-update") for r in updates
    )
    for graph in local_counts:
        first = next(r["body"] for r in updates if f"<{graph}>" in r["body"])
        assert first.startswith(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{")


def test_update_batches_stay_one_graph_each(build_dir, local_counts, stand_in) -> None:
    from kg.push import Remote, graph_lines

    remote = Remote(f"{stand_in}/update")
    build = kq.open_build(build_dir)
    try:
        graph = sorted(build.graphs())[0]
        lines = graph_lines(build, graph)
        remote.replace_graph(graph, lines, batch=50)
    finally:
        build.close()
    bodies = [r["body"] for r in Recorder.requests]
    assert len(bodies) == -(-len(lines) // 50)
    assert bodies[0].startswith("DROP SILENT GRAPH") and not bodies[1].startswith("DROP")
    assert sum(b.count(" .\n") for b in bodies) == len(lines)


def test_no_graph_store_falls_back_to_update(build_dir, stand_in) -> None:
    result = push(
        build_dir, "--endpoint", f"{stand_in}/update", "--graph-store", f"{stand_in}/none"
    )
    assert result.exit_code == 0, result.output
    assert "by update" in result.output


def test_basic_auth(build_dir, stand_in) -> None:
    result = push(build_dir, "--endpoint", f"{stand_in}/basic", "--user", "ann", "--password", "no")
    assert result.exit_code == 1 and "401" in result.output and "--user" in result.output
    result = push(
        build_dir, "--endpoint", f"{stand_in}/basic", "--user", "ann", "--password", "secret"
    )
    assert result.exit_code == 0, result.output


def test_redirects_are_not_followed(build_dir, stand_in) -> None:
    with pytest.raises(PushError, match="redirected"):
        push_build(build_dir, f"{stand_in}/moved", token="secret")
    assert len(Recorder.requests) == 1


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "localhost:8890"])
def test_only_http_urls(build_dir, url) -> None:
    result = push(build_dir, "--endpoint", url)
    assert result.exit_code == 1 and "http://" in result.output


def test_unreachable_store_is_one_line(build_dir) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = push(build_dir, "--endpoint", f"http://127.0.0.1:{port}/sparql")
    assert result.exit_code == 1 and "cannot connect" in result.output


# -- a real Virtuoso ------------------------------------------------------------------------------


@dataclass
class Virtuoso:
    url: str  # http://127.0.0.1:PORT

    def select(self, query: str) -> list[dict]:
        sparql = SPARQLWrapper(f"{self.url}/sparql")
        sparql.setQuery(query)
        sparql.setReturnFormat(JSON)
        return sparql.queryAndConvert()["results"]["bindings"]

    def counts(self, graphs) -> dict[str, int]:
        return {
            g: int(
                self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")[0][
                    "n"
                ]["value"]
            )
            for g in graphs
        }


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{isql_port}
DisableUnixSocket = 1
CheckpointInterval = 0
DirsAllowed = ., {dir}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 4
MaxClientConnections = 4
EnabledDavVSP = 0

[SPARQL]
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 30
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    binary = shutil.which("virtuoso-t")
    if binary is None:
        message = "virtuoso-t not found: install Debian's virtuoso-opensource"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI must: see .ci/run)")
        pytest.skip(message)
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port = _free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(
        VIRTUOSO_INI.format(dir=folder, isql_port=_free_port(), http_port=http_port),
        encoding="utf-8",
    )
    log = (folder / "stdout.log").open("wb")
    process = subprocess.Popen(
        [binary, "-f", "-c", str(ini)], cwd=folder, stdout=log, stderr=subprocess.STDOUT
    )
    server = Virtuoso(f"http://127.0.0.1:{http_port}")
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                pytest.fail(f"virtuoso stopped: {(folder / 'virtuoso.log').read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{server.url}/sparql?query=ASK%7B%7D", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("virtuoso did not answer within 60 s")
                time.sleep(0.2)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def dba(server: Virtuoso, graph_store: bool) -> list[str]:
    args = ["--endpoint", f"{server.url}/sparql-auth", "--user", "dba", "--password", "dba"]
    if graph_store:
        args += ["--graph-store", f"{server.url}/sparql-graph-crud-auth"]
    return args


def test_virtuoso_round_trip(build_dir, local_counts, virtuoso) -> None:
    from kg.push import Remote

    remote = Remote(f"{virtuoso.url}/sparql-auth", user="dba", password="dba")
    graph = sorted(local_counts)[0]
    # by SPARQL Update, then by the Graph Store protocol, then again: each push replaces
    # the article's graph, so what was there before (here, a stale triple) is gone
    before = 1  # the store starts empty: only the stale triple
    for graph_store, method in [(False, "by update"), (True, "by graph store"), (True, "graph")]:
        remote.update(f"INSERT DATA {{ GRAPH <{graph}> {{ <http://e/stale> <http://e/p> 1 }} }}")
        assert virtuoso.counts([graph])[graph] == before
        result = push(build_dir, *dba(virtuoso, graph_store))
        assert result.exit_code == 0, result.output
        assert method in result.output
        assert virtuoso.counts(local_counts) == local_counts
        before = local_counts[graph] + 1

    # a shipped query, through Virtuoso, answers as kg query does
    text = kq.shipped_queries()["posts-by-country"].text
    build = kq.open_build(build_dir)
    try:
        local = kq.run_query(build, text)
    finally:
        build.close()
    expected = {tuple(str(v) for v in row) for row in local.rows}
    remote = {tuple(b[v]["value"] for v in local.variables) for b in virtuoso.select(text)}
    assert remote == expected and len(expected) == 5


def test_virtuoso_refuses_a_wrong_password(build_dir, virtuoso) -> None:
    args = dba(virtuoso, True)
    args[args.index("--password") + 1] = "wrong"
    result = push(build_dir, *args)
    assert result.exit_code == 1 and "401" in result.output


def test_virtuoso_anonymous_update_is_refused_clearly(build_dir, virtuoso) -> None:
    result = push(build_dir, "--endpoint", f"{virtuoso.url}/sparql")
    assert result.exit_code == 1 and "the update failed" in result.output
