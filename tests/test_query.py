"""`kg query`: the persistent store, the shipped queries, the guard and the output formats."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import ROOT, SEEDS
from rdflib import XSD, BNode, Dataset, Literal, URIRef

from kg import query as kq
from kg.cli import cli
from kg.errors import MissingBuildError
from kg.sparql_guard import QueryRefusedError, QuerySyntaxError, check_query

#: each shipped query with the parameters its README example uses
SHIPPED_CASES = [
    ("who-met-whom", {}),
    ("who-met-whom", {"person": "Alexei Lyakhnovich"}),
    ("posts-by-country", {}),
    ("posts-by-country", {"country": "Belarus"}),
    ("exports", {}),
    ("exports", {"exporter": "Pakistan"}),
    ("events-between", {}),
    ("events-between", {"from": "2025-04-10", "to": "2025-12-31"}),
    ("about", {"name": "Belarus"}),
    ("evidence", {}),
    ("evidence", {"fact": "kgr:flow/pak-blr-rice"}),
]

#: queries whose answers must not depend on the back-end
AD_HOC = [
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT ?s ?name WHERE { ?s schema:name ?name } ORDER BY ?s ?name",
    "SELECT * WHERE { ?s a kg:Meeting ; schema:startDate ?d } ORDER BY ?d ?s",
    "SELECT DISTINCT ?c WHERE { ?x kg:confidence ?c } ORDER BY ?c",
    "SELECT (STR(?n) AS ?s) (STRLEN(?n) AS ?len) (2.0 * 3 AS ?six) WHERE {"
    " ?x a schema:Country ; schema:name ?n } ORDER BY ?s",
    "SELECT ?x WHERE { VALUES ?x { 1.50 '01'^^xsd:integer '1'^^xsd:boolean 'a'@EN-GB 1e3 } }",
    "ASK { ?s a kg:Meeting }",
    "ASK { ?s a kg:Nothing }",
    "CONSTRUCT { ?s schema:name ?n } WHERE { ?s a schema:Country ; schema:name ?n }",
    "DESCRIBE <https://w3id.org/newskg/id/country/BLR>",
    "SELECT (COUNT(*) AS ?n) FROM <https://w3id.org/newskg/id/article/004_8634a6e48f209475>"
    " WHERE { ?s ?p ?o }",
    "SELECT ?g (COUNT(*) AS ?n) FROM NAMED <https://w3id.org/newskg/id/article/004_8634a6e48f209475>"
    " WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
]


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("query") / "out"
    here = Path.cwd()
    os.chdir(ROOT)  # as the README's examples are run: kg:sourceFile is seeds/...
    try:
        result = CliRunner().invoke(cli, ["build", "seeds", "--out", str(out), "--no-html", "-q"])
    finally:
        os.chdir(here)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def builds(build_dir: Path):
    both = {name: kq.open_build(build_dir, name) for name in ("oxigraph", "memory")}
    yield both
    for build in both.values():
        build.close()


def run(args: list[str]):
    return CliRunner().invoke(cli, ["query", *args])


# -- the store ------------------------------------------------------------------------------------


def test_build_writes_a_current_store_that_auto_opens(build_dir: Path) -> None:
    assert (build_dir / "store").is_dir()
    assert kq.store_is_current(build_dir)
    build = kq.open_build(build_dir)
    try:
        assert build.backend == "oxigraph"
        assert len(build.graphs()) == 2
    finally:
        build.close()


def test_store_default_graph_is_the_union_as_a_set(build_dir: Path) -> None:
    dataset = Dataset()
    dataset.parse(build_dir / "graph.trig", format="trig")
    union = {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}
    store = ox.Store.read_only(str(build_dir / "store"))
    default = list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    assert len(default) == len(union)
    # Some entity descriptions are stated by both articles, so the union is smaller
    # than the quads: a query counting them must not count them twice.
    assert len(union) < len(list(dataset.quads((None, None, None, None))))


def test_query_answers_from_the_store_without_reading_trig(
    build_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_parsing(*args, **kwargs):
        raise AssertionError("graph.trig was parsed")

    monkeypatch.setattr(Dataset, "parse", no_parsing)
    result = run(["who-met-whom", "--out", str(build_dir)])
    assert result.exit_code == 0, result.output
    assert "Khawaja Muhammad Asif" in result.output


def test_without_a_store_query_reads_trig(tmp_path: Path, build_dir: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(build_dir, out)
    shutil.rmtree(out / "store")
    build = kq.open_build(out)
    assert build.backend == "memory"
    build.close()
    result = run(["who-met-whom", "--out", str(out)])
    assert result.exit_code == 0 and "Khawaja Muhammad Asif" in result.output


def test_a_store_older_than_graph_trig_is_not_used(tmp_path: Path, build_dir: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(build_dir, out)
    trig = out / "graph.trig"
    trig.write_text(trig.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert not kq.store_is_current(out)
    assert kq.open_build(out).backend == "memory"
    with pytest.raises(MissingBuildError, match="kg build"):
        kq.open_build(out, "oxigraph")


def test_rebuild_replaces_the_store_atomically(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(seeds), "--out", str(out), "--no-html"]).exit_code == 0
    one = sorted(seeds.iterdir())[0]
    one.unlink()
    assert runner.invoke(cli, ["build", str(seeds), "--out", str(out), "--no-html"]).exit_code == 0
    assert not list(out.glob(".kg-staging-*"))
    build = kq.open_build(out)
    try:
        assert build.backend == "oxigraph" and len(build.graphs()) == 1
    finally:
        build.close()


def test_a_failed_build_keeps_the_previous_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg import output

    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(SEEDS), "--out", str(out), "--no-html"]).exit_code == 0
    before = sorted(p.name for p in (out / "store").iterdir())
    real_replace = output.os.replace

    def fail_on_store(src, dst):
        if Path(src).name == "store" and Path(src).parent.name.startswith(".kg-staging-"):
            raise OSError("disk full")
        return real_replace(src, dst)

    monkeypatch.setattr(output.os, "replace", fail_on_store)
    result = runner.invoke(cli, ["build", str(SEEDS), "--out", str(out), "--no-html"])
    assert result.exit_code == 1 and "disk full" in result.output
    assert sorted(p.name for p in (out / "store").iterdir()) == before
    assert not list(out.glob(".kg-staging-*"))


# -- the same answers from both back-ends ---------------------------------------------------------


@pytest.mark.parametrize(("name", "params"), SHIPPED_CASES)
def test_shipped_queries_answer_the_same_on_both_backends(builds, name, params) -> None:
    text = kq.shipped_queries()[name].text
    bindings = kq.parse_params(f"{k}={v}" for k, v in params.items())
    answers = {b: kq.run_query(build, text, bindings) for b, build in builds.items()}
    assert answers["oxigraph"].rows, f"{name} answers nothing on the seeds"
    for fmt in kq.FORMATS:
        assert kq.format_result(answers["oxigraph"], fmt) == kq.format_result(
            answers["memory"], fmt
        ), fmt


@pytest.mark.parametrize("text", AD_HOC)
def test_ad_hoc_queries_answer_the_same_on_both_backends(builds, text) -> None:
    answers = {b: kq.run_query(build, text) for b, build in builds.items()}
    for fmt in kq.formats_for(answers["memory"]):
        assert kq.format_result(answers["oxigraph"], fmt) == kq.format_result(
            answers["memory"], fmt
        ), fmt


def test_union_answers_count_each_triple_once(builds) -> None:
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?s schema:name ?o }"
    counts = {b: int(kq.run_query(build, text).rows[0][0]) for b, build in builds.items()}
    distinct = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o { ?s schema:name ?o } }"
    assert counts["oxigraph"] == counts["memory"]
    assert counts["memory"] == int(kq.run_query(builds["memory"], distinct).rows[0][0])


def test_plain_literals_carry_no_datatype_in_json(builds) -> None:
    answer = kq.run_query(
        builds["oxigraph"], "SELECT ?n WHERE { ?c a schema:Country ; schema:name ?n }"
    )
    doc = json.loads(kq.to_json(answer))
    bindings = doc["results"]["bindings"]
    assert bindings and all(
        b["n"] == {"type": "literal", "value": b["n"]["value"]} for b in bindings
    )


@pytest.mark.parametrize(
    ("lexical", "datatype"),
    [
        ("0.80", XSD.decimal),
        ("1.0", XSD.decimal),
        ("-0.0", XSD.decimal),
        ("12345678901234567890.5", XSD.decimal),
        ("0.000123", XSD.decimal),
        ("007", XSD.integer),
        ("+5", XSD.integer),
        ("1e3", XSD.double),
        ("1.5e-7", XSD.double),
        ("1", XSD.boolean),
        ("2025-04", XSD.gYearMonth),
        ("text", XSD.string),
    ],
)
def test_canonical_forms_are_oxigraphs(lexical: str, datatype: URIRef) -> None:
    store = ox.Store()
    quad = ox.Quad(
        ox.NamedNode("http://e/s"),
        ox.NamedNode("http://e/p"),
        ox.Literal(lexical, datatype=ox.NamedNode(str(datatype))),
    )
    store.add(quad)
    (stored,) = [q.object for q in store.quads_for_pattern(None, None, None)]
    mine = kq.canonical(Literal(lexical, datatype=datatype))
    assert str(mine) == stored.value
    expected = None if datatype == XSD.string else datatype
    assert mine.datatype == expected


def test_canonical_lowercases_language_tags_and_relabels_blank_nodes() -> None:
    assert kq.canonical(Literal("x", lang="EN-GB")).language == "en-gb"
    labels: dict[str, str] = {}
    assert kq.canonical(BNode("zz"), labels) == BNode("b0")
    assert kq.canonical(BNode("aa"), labels) == BNode("b1")
    assert kq.canonical(BNode("zz"), labels) == BNode("b0")


# -- the command ----------------------------------------------------------------------------------


def test_table_is_readable(build_dir: Path) -> None:
    result = run(["posts-by-country", "--out", str(build_dir)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["country", "person", "title", "organization", "role"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert "kg:Minister" in result.output and "(5 rows)" in lines[-1]


def test_json_is_sparql_results_json(build_dir: Path) -> None:
    result = run(["who-met-whom", "--format", "json", "--out", str(build_dir)])
    doc = json.loads(result.output)
    assert doc["head"]["vars"] == ["person", "met", "date", "type", "place"]
    first = doc["results"]["bindings"][0]
    assert first["person"] == {"type": "literal", "value": "Abdul Aleem Khan"}
    assert first["date"] == {
        "type": "literal",
        "value": "2025-04-04",
        "datatype": "http://www.w3.org/2001/XMLSchema#date",
    }
    assert first["type"] == {"type": "uri", "value": "https://w3id.org/newskg/ontology#Meeting"}
    ask = run(["ASK { ?s a kg:Meeting }", "--format", "json", "--out", str(build_dir)])
    assert json.loads(ask.output) == {"head": {}, "boolean": True}


def test_csv_and_tsv_follow_the_sparql_formats(build_dir: Path) -> None:
    out = ["--out", str(build_dir)]
    text = run(["exports", "--param", "exporter=Pakistan", "--format", "csv", *out]).stdout_bytes
    text = text.decode("utf-8")
    assert text.count("\r\n") == 12 and "\n" not in text.replace("\r\n", "")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["exporter", "importer", "product", "articles"]
    assert ["Pakistan", "Belarus", "rice", "1"] in rows
    tsv = run(["exports", "--param", "exporter=Pakistan", "--format", "tsv", *out]).output
    lines = tsv.splitlines()
    assert lines[0] == "?exporter\t?importer\t?product\t?articles"
    assert '"Pakistan"\t"Belarus"\t"rice"\t"1"^^<http://www.w3.org/2001/XMLSchema#integer>' in lines


def test_xml_and_turtle(build_dir: Path) -> None:
    from xml.etree import ElementTree

    out = ["--out", str(build_dir)]
    xml = run(["who-met-whom", "--format", "xml", *out]).output
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    root = ElementTree.fromstring(xml)
    assert root.find("r:head/r:variable", ns).get("name") == "person"
    assert len(root.findall("r:results/r:result", ns)) == 4
    construct = "CONSTRUCT { ?c schema:name ?n } WHERE { ?c a schema:Country ; schema:name ?n }"
    turtle = run([construct, "--format", "turtle", *out]).output
    from rdflib import Graph

    assert len(Graph().parse(data=turtle, format="turtle")) == 9
    assert run(["who-met-whom", "--format", "turtle", *out]).exit_code == 1


def test_query_from_a_file_and_with_limit(build_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "people.rq"
    path.write_text("SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n\n")
    result = run([str(path), "--out", str(build_dir), "--limit", "2", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.split() == ["n", "Abdul", "Aleem", "Khan", "Alexei", "Lyakhnovich"]
    table = run([str(path), "--out", str(build_dir), "--limit", "2"]).output
    assert table.endswith("(2 rows, more were found)\n")


def test_list_names_every_shipped_query_and_its_parameters() -> None:
    result = run(["--list"])
    assert result.exit_code == 0
    for name, shipped in kq.shipped_queries().items():
        assert name in result.output
        for param in shipped.params:
            assert f"--param {param}=" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["SELECT ?x WHERE {\n  ?x ?y\n}"], r"malformed query at line \d+, column \d+"),
        (["INSERT DATA { <http://a> <http://b> <http://c> }"], "SPARQL Update .* refused"),
        (["SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"], "SERVICE is refused"),
        (["SELECT * FROM <http://127.0.0.1:9/x> WHERE { ?s ?p ?o }"], "FROM <http://127.0.0.1"),
        (["SELECT * WHERE { ?s nope:p ?o }"], "malformed query: Unknown namespace prefix"),
        (["no-such-query"], "no shipped query named 'no-such-query'"),
        (["about"], "about needs --param name="),
        (["exports", "--param", "country=X"], "exports has no parameter 'country'"),
        (["who-met-whom", "--param", "who"], "write NAME=VALUE"),
        (["SELECT ?x WHERE { ?x ?y ?z }", "--param", "w=1"], "the query has no variable"),
    ],
)
def test_errors_are_one_clear_line(build_dir: Path, args: list[str], message: str) -> None:
    result = run([*args, "--out", str(build_dir)])
    assert result.exit_code != 0
    assert re.search(message, result.output), result.output
    assert "Traceback" not in result.output


def test_missing_build_says_what_to_do(tmp_path: Path) -> None:
    result = run(["who-met-whom", "--out", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "no build found" in result.output and "kg build" in result.output


def test_malformed_query_points_at_the_line_and_column() -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        check_query("SELECT ?x WHERE {\n  ?x ?y ?z .\n} LIMIT x", kq.QUERY_PREFIXES)
    message = str(caught.value)
    assert "line 3, column 3" in message
    assert message.splitlines()[-2:] == ["  } LIMIT x", "    ^"]


# -- the guard ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "CLEAR ALL",
        "DROP GRAPH <http://a>",
        "CREATE GRAPH <http://a>",
        "COPY <http://a> TO <http://b>",
        "PREFIX x: <http://x/> WITH <http://a> DELETE { ?s x:p ?o } WHERE { ?s x:p ?o }",
    ],
)
def test_guard_refuses_every_update(update: str) -> None:
    with pytest.raises(QueryRefusedError, match="read-only"):
        check_query(update, kq.QUERY_PREFIXES)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://x/> { ?s ?q ?r } } }",
        "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://x/> { ?s ?q ?r } } }",
        "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://x/> { ?s ?p ?o } } } }",
        "ASK { GRAPH ?g { SERVICE ?endpoint { ?s ?p ?o } } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://x/> { ?s ?p ?o } }",
        # codepoint escapes are read before the grammar: this comment ends at \u000a
        "SELECT * WHERE { ?s ?p ?o # \\u000a SERVICE <http://x/> { ?a ?b ?c }\n }",
        "SELECT * WHERE { \\u0053ERVICE <http://x/> { ?s ?p ?o } }",
    ],
)
def test_guard_refuses_service_anywhere(query: str) -> None:
    with pytest.raises(QueryRefusedError, match="SERVICE"):
        check_query(query, kq.QUERY_PREFIXES)


def test_guard_reads_the_query_not_its_words() -> None:
    query = (
        "# SERVICE <http://x/> and LOAD in a comment\n"
        "SELECT ?s WHERE { ?s ?p 'SERVICE <http://x/> { } INSERT DATA' }"
    )
    assert check_query(query, kq.QUERY_PREFIXES).form == "SELECT"


def test_guard_allows_from_only_for_the_builds_graphs() -> None:
    local = URIRef("https://w3id.org/newskg/id/article/a")
    is_local = {local}.__contains__
    assert check_query(f"SELECT * FROM <{local}> WHERE {{ ?s ?p ?o }}", {}, is_local).datasets
    for clause in ("FROM", "FROM NAMED"):
        with pytest.raises(QueryRefusedError, match="not a graph of this build"):
            check_query(f"SELECT * {clause} <http://x/g> WHERE {{ ?s ?p ?o }}", {}, is_local)


# -- parameters -----------------------------------------------------------------------------------


def test_params_are_values_terms_not_query_text(builds) -> None:
    hostile = 'Belarus" } } ; DROP ALL ; SELECT * { "'
    params = kq.parse_params([f"name={hostile}"])
    assert params["name"] == Literal(hostile)
    text = kq.bind_params(kq.shipped_queries()["about"].text, params)
    assert kq.run_query(builds["oxigraph"], text).rows == []


def test_parse_term_reads_iris_prefixed_names_and_literals() -> None:
    assert kq.parse_term("kgr:country/BLR") == URIRef("https://w3id.org/newskg/id/country/BLR")
    assert kq.parse_term("<http://e/x>") == URIRef("http://e/x")
    assert kq.parse_term("https://e/x") == URIRef("https://e/x")
    assert kq.parse_term('"2025-04"^^xsd:gYearMonth') == Literal("2025-04", datatype=XSD.gYearMonth)
    assert kq.parse_term("Jam Kamal Khan") == Literal("Jam Kamal Khan")
    assert kq.parse_term("Note: not an IRI") == Literal("Note: not an IRI")


def test_bind_params_opens_the_where_clause() -> None:
    text = (
        "PREFIX x: <http://x/{}> # {\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?o = ?want) }"
    )
    bound = kq.bind_params(text, {"want": Literal("a")})
    assert bound.endswith('WHERE { VALUES (?want) { ("a") }  ?s ?p ?o FILTER(?o = ?want) }')
    with pytest.raises(kq.QueryError):
        kq.bind_params("CONSTRUCT WHERE { ?s ?p ?want }", {"want": Literal("a")})


def test_events_between_counts_partial_dates_that_overlap(builds) -> None:
    text = kq.shipped_queries()["events-between"].text
    april = kq.parse_params(["from=2025-04-20", "to=2025-04-25"])
    dates = [str(r[0]) for r in kq.run_query(builds["oxigraph"], text, april).rows]
    assert dates == ["2025-04"]  # the visit "this month", not the meetings of 4 April


# -- the README shows real answers ----------------------------------------------------------------


def readme_examples() -> list[tuple[str, str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```console\n\$ (kg query [^\n]+)\n(.*?)```", readme, flags=re.DOTALL)


def test_readme_documents_every_shipped_query() -> None:
    commands = " ".join(command for command, _ in readme_examples())
    for name in kq.shipped_queries():
        assert f"kg query {name}" in commands, name


@pytest.mark.parametrize(("command", "shown"), readme_examples())
def test_readme_answers_are_the_real_answers(build_dir: Path, command: str, shown: str) -> None:
    import shlex

    args = shlex.split(command)[2:]
    result = run([*args, "--out", str(build_dir)])
    assert result.exit_code == 0, result.output
    assert result.output == shown
