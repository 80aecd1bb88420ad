"""`kg serve`: the SPARQL 1.1 Protocol endpoint, through a real client (SPARQLWrapper)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner
from conftest import ROOT, SEEDS
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

from kg import query as kq
from kg.cli import cli
from kg.server import negotiate, running_server

# SPARQLWrapper still builds rdflib ConjunctiveGraphs for RDF answers
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

TIMEOUT = 2.0
LIMIT = 100
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
#: runs for hours on any graph: four-way cross product of every triple
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("serve") / "out"
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def endpoint(build_dir: Path) -> Iterator[str]:
    with running_server(
        build_dir, port=0, timeout=TIMEOUT, limit=LIMIT, workers=2, quiet=True
    ) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        yield server.url
        server.shutdown()


class Canary(BaseHTTPRequestHandler):
    """A server that records every request: remote data the endpoint must never fetch."""

    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Canary.hits.append(self.path)
        body = b"<http://e/s> <http://e/p> <http://e/o> ."
        self.send_response(200)
        self.send_header("Content-Type", "text/turtle")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def canary() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Canary)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    Canary.hits = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def client(url: str, query: str, fmt: str = JSON, method: str = "GET") -> SPARQLWrapper:
    sparql = SPARQLWrapper(url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setMethod(method)
    sparql.setTimeout(30)
    return sparql


def http(url: str, *, data: bytes | None = None, headers: dict | None = None):
    """Return (status, headers, body) of one request."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def count(url: str) -> int:
    result = client(url, COUNT).queryAndConvert()
    return int(result["results"]["bindings"][0]["n"]["value"])


# -- answers --------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_shipped_queries_answer_as_kg_query_does(endpoint: str, build_dir: Path, method) -> None:
    build = kq.open_build(build_dir)
    try:
        for name, shipped in kq.shipped_queries().items():
            text = shipped.text
            if shipped.required():
                text = kq.bind_params(text, kq.parse_params(["name=Belarus"]))
            expected = json.loads(kq.to_json(kq.run_query(build, text)))
            assert client(endpoint, text, method=method).queryAndConvert() == expected, name
    finally:
        build.close()


def test_results_in_every_format(endpoint: str) -> None:
    query = "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n"
    xml = client(endpoint, query, XML).queryAndConvert()
    names = [n.firstChild.data for n in xml.getElementsByTagName("literal")]
    assert names[0] == "Abdul Aleem Khan" and len(names) == 5
    csv_text = client(endpoint, query, CSV).queryAndConvert().decode()
    assert csv_text.split("\r\n")[:2] == ["n", "Abdul Aleem Khan"]
    tsv_text = client(endpoint, query, TSV).queryAndConvert().decode()
    assert tsv_text.splitlines()[:2] == ["?n", '"Abdul Aleem Khan"']
    ask = client(endpoint, "ASK { ?s a kg:Meeting }").queryAndConvert()
    assert ask["boolean"] is True
    construct = "CONSTRUCT { ?c schema:name ?n } WHERE { ?c a schema:Country ; schema:name ?n }"
    graph = client(endpoint, construct, TURTLE).queryAndConvert()
    parsed = Graph().parse(data=graph, format="turtle") if isinstance(graph, bytes) else graph
    assert len(parsed) == 9
    rdfxml = client(endpoint, construct, XML).queryAndConvert()
    assert len(rdfxml) == 9


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
        ("image/png, */*;q=0.1", "application/sparql-results+json"),
        (None, "application/sparql-results+json"),
    ],
)
def test_accept_header_chooses_the_format(endpoint: str, accept, media) -> None:
    url = endpoint + "?" + urlencode({"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"})
    status, headers, _ = http(url, headers={"Accept": accept} if accept else {})
    assert status == 200
    assert headers["Content-Type"].split(";")[0] == media


def test_unacceptable_format_is_406(endpoint: str) -> None:
    url = endpoint + "?" + urlencode({"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"})
    assert http(url, headers={"Accept": "image/png"})[0] == 406


def test_negotiate_graph_answers() -> None:
    assert negotiate("application/n-triples", "CONSTRUCT") == "nt"
    assert negotiate(None, "DESCRIBE") == "turtle"
    assert negotiate("application/ld+json", "CONSTRUCT") == "jsonld"
    assert negotiate("text/csv", "CONSTRUCT") is None
    assert negotiate("*/*", "SELECT", "csv") == "csv"


def test_raw_sparql_query_body(endpoint: str) -> None:
    status, _, body = http(
        endpoint,
        data=b"SELECT ?n WHERE { ?c a schema:Country ; schema:name ?n } ORDER BY ?n LIMIT 1",
        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    assert status == 200 and body.decode().split("\r\n")[1] == "Azerbaijan"


def test_malformed_query_is_400_with_line_and_column(endpoint: str) -> None:
    with pytest.raises(QueryBadFormed) as caught:
        client(endpoint, "SELECT ?x WHERE {\n  ?x ?y\n}").queryAndConvert()
    assert "line" in str(caught.value) and "column" in str(caught.value)


def test_graph_page_is_served_at_root(endpoint: str) -> None:
    status, headers, body = http(endpoint.rsplit("/", 1)[0] + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"Jam Kamal Khan" in body


def test_result_limit_truncates_and_says_so(endpoint: str) -> None:
    url = endpoint + "?" + urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"})
    status, headers, body = http(url)
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == LIMIT
    assert headers["X-Result-Truncated"] == "true"


def test_a_runaway_query_is_stopped_and_the_endpoint_recovers(endpoint: str) -> None:
    started = time.monotonic()
    url = endpoint + "?" + urlencode({"query": RUNAWAY})
    status, _, body = http(url)
    assert status == 503 and b"timed out" in body
    assert time.monotonic() - started < TIMEOUT + 2
    assert count(endpoint) > 0  # the other worker answers; the killed one is replaced
    answers: list[int] = []

    def answer() -> None:
        with contextlib.suppress(Exception):  # busy while the replacement starts: try again
            answers.append(count(endpoint))

    deadline = time.monotonic() + 20
    while len(answers) < 2 and time.monotonic() < deadline:  # two workers again: two at once
        answers.clear()
        threads = [threading.Thread(target=answer) for _ in "ab"]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(answers) == 2


# -- read-only ------------------------------------------------------------------------------------


UPDATE = "INSERT DATA { GRAPH <http://e/g> { <http://e/s> <http://e/p> <http://e/o> } }"


def test_updates_are_refused_and_change_nothing(endpoint: str) -> None:
    before = count(endpoint)
    sparql = client(endpoint, UPDATE, method="POST")  # SPARQLWrapper sends update=
    with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)) as caught:
        sparql.query()
    assert "403" in str(caught.value) or "read-only" in str(caught.value)
    for data, media in [
        (UPDATE.encode(), "application/sparql-update"),
        (urlencode({"update": UPDATE}).encode(), "application/x-www-form-urlencoded"),
        (urlencode({"query": UPDATE}).encode(), "application/x-www-form-urlencoded"),
        (urlencode({"query": "DROP ALL"}).encode(), "application/x-www-form-urlencoded"),
    ]:
        assert http(endpoint, data=data, headers={"Content-Type": media})[0] == 403
    assert http(endpoint + "?" + urlencode({"update": UPDATE}))[0] == 403
    request = urllib.request.Request(endpoint, data=b"x", method="PUT")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 405
    assert count(endpoint) == before
    assert client(endpoint, "ASK { <http://e/s> ?p ?o }").queryAndConvert()["boolean"] is False


# -- no remote fetches ----------------------------------------------------------------------------


def test_remote_fetches_are_refused_and_never_made(endpoint: str, canary: str) -> None:
    queries = [
        f"SELECT * WHERE {{ SERVICE <{canary}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?x ?y ?z FILTER EXISTS {{ SERVICE <{canary}/s> {{ ?x ?p ?o }} }} }}",
        f"SELECT * FROM <{canary}/data.ttl> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{canary}/data.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"LOAD <{canary}/data.ttl>",
    ]
    for query in queries:
        status, _, body = http(endpoint + "?" + urlencode({"query": query}))
        assert status == 403, (query, body)
    for param in ("default-graph-uri", "named-graph-uri"):
        url = endpoint + "?" + urlencode({"query": "ASK { ?s ?p ?o }", param: f"{canary}/d.ttl"})
        assert http(url)[0] == 400
    time.sleep(0.2)
    assert Canary.hits == []


def test_from_a_graph_of_the_build_is_allowed(endpoint: str, build_dir: Path) -> None:
    build = kq.open_build(build_dir)
    graph = sorted(build.graphs())[0]
    build.close()
    query = f"SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s ?p ?o }}"
    answer = client(endpoint, query).queryAndConvert()
    assert 0 < int(answer["results"]["bindings"][0]["n"]["value"]) < count(endpoint)


def test_foreign_host_header_is_refused(endpoint: str) -> None:
    url = endpoint + "?" + urlencode({"query": "ASK { ?s ?p ?o }"})
    assert http(url, headers={"Host": "attacker.example"})[0] == 403
    assert http(url, headers={"Host": "localhost:1234"})[0] == 200


# -- the command ----------------------------------------------------------------------------------


def test_kg_serve_binds_loopback_answers_and_stops(tmp_path: Path, build_dir: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(build_dir, out)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kg.cli",
            "serve",
            "--out",
            str(out),
            "--port",
            "0",
            "-q",
            "--workers",
            "1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    try:
        line = process.stdout.readline()
        assert "http://127.0.0.1:" in line, line + process.stderr.read()
        url = line.split()[2]
        assert count(url) > 0
        # a new build published into the folder is answered without a restart
        runner = CliRunner()
        seeds = tmp_path / "seeds"
        shutil.copytree(SEEDS, seeds)
        sorted(seeds.iterdir())[0].unlink()
        assert runner.invoke(cli, ["build", str(seeds), "--out", str(out), "-q"]).exit_code == 0
        graphs = client(url, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
        assert graphs.queryAndConvert()["results"]["bindings"][0]["n"]["value"] == "1"
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
    assert process.stderr.read() == ""


def test_kg_serve_without_a_build_says_what_to_do(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--out", str(tmp_path)])
    assert result.exit_code == 1 and "kg build" in result.output
