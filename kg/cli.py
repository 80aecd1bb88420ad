"""The `kg` command line: a thin layer of click commands over the library."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg import __version__
from kg.errors import KgError, MissingBuildError
from kg.store import STORES

if TYPE_CHECKING:
    from rdflib import Dataset

    from kg.pipeline import BuildResult

#: The default input folder (kg.pipeline.DEFAULT_INPUT, without importing the pipeline).
DEFAULT_INPUT = "seeds"

TRIG = "graph.trig"
TURTLE = "graph.ttl"
NQUADS = "graph.nq"
HTML = "graph.html"
STORE = "store"


def _fail_cleanly(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the library's own errors into one clear line and exit status 1."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KgError as exc:
            raise click.ClickException(str(exc)) from exc

    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper


def out_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add --out DIR, the build folder."""
    return click.option(
        "--out",
        "out_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("output"),
        show_default=True,
        help="Folder of the build.",
    )(func)


def backend_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add --backend, where a query over a build is answered from."""
    return click.option(
        "--backend",
        type=click.Choice(["auto", "oxigraph", "memory"]),
        default="auto",
        show_default=True,
        help="auto: OUT/store/ when the build has one, else OUT/graph.trig read into memory.",
    )(func)


def lexicon_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add --lexicon DIR, folders of extra language data."""
    return click.option(
        "--lexicon",
        "lexicon_dirs",
        multiple=True,
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        help="Folder of JSON files extending kg/data/ (roles.json, trade.json, ...). Repeatable.",
    )(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newskg")
def cli() -> None:
    """Build a knowledge graph of posts, trade flows and diplomatic events from news.

    \b
    Quick start:
      kg build                 # seeds/ → output/graph.trig, graph.ttl, graph.html
      kg eval ../shared/gold seeds
    """


# -- build ----------------------------------------------------------------------------------------


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@out_option
@lexicon_option
@click.option(
    "--store",
    type=click.Choice(sorted(STORES)),
    default="memory",
    show_default=True,
    help="RDF store used while building.",
)
@click.option(
    "--html/--no-html",
    default=True,
    show_default=True,
    help="Also render the interactive graph page.",
)
@click.option("--strict", is_flag=True, help="Fail, writing nothing, if any input has a problem.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=0,
    help="Worker processes for reading, extraction and RDF (default: one per core).",
)
@click.option("--full", is_flag=True, help="Read every input again instead of only changed ones.")
@click.option("-v", "--verbose", is_flag=True, help="Log every article and stage.")
@click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
@_fail_cleanly
def build(
    inputs: tuple[Path, ...],
    out_dir: Path,
    lexicon_dirs: tuple[Path, ...],
    store: str,
    html: bool,
    strict: bool,
    jobs: int,
    full: bool,
    verbose: bool,
    quiet: bool,
) -> None:
    """Build the graph from articles: files or folders of .txt, .md, .html, .jsonl.

    Writes OUT/graph.trig (one named graph per article), OUT/graph.nq (the same
    as sorted N-Quads), OUT/graph.ttl (all facts in one graph), OUT/graph.html
    (the interactive page) and OUT/store/ (the Oxigraph store `kg query` and
    `kg serve` answer from). INPUTS default to seeds/. The same inputs give the
    same bytes. Only new and changed files are read again (the cache is in
    OUT/.kg-cache/); --full reads all. A failed build leaves the previous
    outputs as they were.

    \b
    Examples:
      kg build
      kg build articles/ feed.jsonl --out build/
      kg build news/ --lexicon my-words/ --strict
      kg build news/ --jobs 4 --verbose
    """
    from kg.cache import CACHE_DIR, gc_paused
    from kg.output import locked
    from kg.parallel import default_jobs
    from kg.progress import ConsoleProgress, Progress
    from kg.publish import publish_build

    started = time.perf_counter()
    progress = Progress() if quiet else ConsoleProgress(verbose=verbose)
    # the build keeps what it makes to the end and makes little garbage: collections in this
    # process would only walk the loaded cache again and again (workers collect as usual)
    with locked(out_dir), gc_paused():
        _remove_stale_staging(out_dir)
        try:
            from kg.pipeline import build_corpus

            result = build_corpus(
                inputs or (DEFAULT_INPUT,),
                lexicon_dirs=lexicon_dirs,
                store=store,
                progress=progress,
                jobs=jobs or default_jobs(),
                cache=out_dir / CACHE_DIR,
                full=full,
                save_cache=False,  # saved once the outputs are: see below
            )
        finally:
            progress.finish()
        for problem in result.problems:
            label = "warning" if problem.severity == "warning" else "skipped"
            click.echo(f"{label}: {problem}", err=True)
        if strict and result.problems:
            raise click.ClickException(
                f"{len(result.problems)} input problem(s) and --strict: nothing written"
            )
        if not result.articles:
            raise click.ClickException("no readable articles: nothing written")
        page = (lambda: _collected(_page, result.dataset)) if html else None
        written_at = time.perf_counter()
        written = publish_build(
            out_dir, result.graphs, previous=result.previous, page=page, full=full
        )
        saved_at = time.perf_counter()
        result.timings["write files"] = saved_at - written_at
        # only now: the cache keeps the graphs of its last saved build as those of the published
        # outputs, which the next build edits; a build stopped before this point saves nothing
        result.save_cache()
        result.timings["save cache"] = time.perf_counter() - saved_at
    if not quiet:
        _summary(result, written, time.perf_counter() - started, verbose)


def _remove_stale_staging(out_dir: Path) -> None:
    """Remove what a build killed while writing left behind (we hold the lock)."""
    import shutil

    for path in out_dir.glob(".kg-staging-*"):
        shutil.rmtree(path, ignore_errors=True)


def _collected(make: Callable[..., str], *args: Any) -> str:
    """Call `make` with the garbage collector running (rdflib and networkx make cycles)."""
    import gc

    gc.enable()
    try:
        return make(*args)
    finally:
        gc.disable()


def _page(dataset: Dataset, **kwargs: Any) -> str:
    from kg.projection import to_networkx
    from kg.render import render_html

    return render_html(to_networkx(dataset, **kwargs), title="newskg graph")


def _summary(result: BuildResult, written: list[Path], seconds: float, verbose: bool) -> None:
    from collections import Counter

    counts = result.counts()
    skipped = Counter(_reason(p.reason) for p in result.problems if p.severity != "warning")
    warnings = Counter(_reason(p.reason) for p in result.problems if p.severity == "warning")
    click.echo(
        f"{result.articles} article(s) from {result.files} file(s)"
        + (f", {skipped.total()} skipped" if skipped else "")
        + f": {counts['posts']} posts, {counts['exports']} trade flows, "
        f"{counts['events']} events in {seconds:.1f}s"
    )
    for label, counter in (("skipped", skipped), ("warnings", warnings)):
        if counter:
            reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(counter.items()))
            click.echo(f"  {label}: {reasons}")
    if result.cached:
        click.echo(f"  {result.cached} unchanged file(s) taken from the last build")
    if verbose:
        stages = ", ".join(f"{stage} {t:.2f}s" for stage, t in result.timings.items())
        click.echo(f"  time: {stages}")
    for path in written:
        click.echo(f"  wrote {path}")


def _reason(reason: str) -> str:
    """Return the kind of a problem: 'too large (20.0 MB; ...)' → 'too large'."""
    return reason.split(" (")[0].split(";")[0].split(", ")[0]


# -- eval -----------------------------------------------------------------------------------------


@cli.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@lexicon_option
@click.option("-v", "--verbose", is_flag=True, help="List every missed and spurious fact.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@_fail_cleanly
def evaluate(
    gold_dir: Path,
    inputs: tuple[Path, ...],
    lexicon_dirs: tuple[Path, ...],
    verbose: bool,
    as_json: bool,
) -> None:
    """Score the extractors against gold files (precision, recall, F1 per family).

    Builds INPUTS (default: seeds/) in memory and compares the facts with the
    JSON gold files in GOLD_DIR, matched to articles by file name or JSONL id.

    \b
    Examples:
      kg eval ../shared/gold seeds
      kg eval tests/corpus/holdout/gold tests/corpus/holdout -v
    """
    from kg.evaluate import FAMILIES, Scorer, describe_gold, load_gold, predictions
    from kg.lexicon import load_lexicon

    golds = load_gold(gold_dir)
    from kg.pipeline import build_corpus

    result = build_corpus(inputs or (DEFAULT_INPUT,), lexicon_dirs=lexicon_dirs)
    report = Scorer(load_lexicon(lexicon_dirs)).score(golds, predictions(result.dataset))
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
        return
    click.echo(f"{'family':<10}{'precision':>10}{'recall':>10}{'F1':>8}{'gold':>7}{'found':>7}")
    for family in (*FAMILIES, "micro"):
        s = report.micro if family == "micro" else report.scores[family]
        click.echo(
            f"{family:<10}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>8.3f}"
            f"{s.required:>7}{s.predicted:>7}"
        )
    for path in report.unmatched_gold_files:
        click.echo(f"warning: {path}: no built article has this name", err=True)
    if verbose:
        for article, family, gold in report.missed:
            click.echo(f"MISSED   {article} [{family}] {describe_gold(family, gold)}")
        for pred in report.spurious:
            click.echo(f"SPURIOUS {pred.article} [{pred.family}] {pred.describe()}")
            click.echo(f"         evidence: {pred.evidence}")


# -- commands over a finished build ---------------------------------------------------------------


def load_build(out_dir: Path) -> Dataset:
    """Load the dataset of a finished build."""
    from kg.rdf import bind_prefixes
    from kg.store import new_dataset

    path = out_dir / TRIG
    if not path.exists():
        raise MissingBuildError(f"{path}: no build found; run `kg build --out {out_dir}` first")
    dataset = new_dataset()
    dataset.parse(str(path), format="trig")
    bind_prefixes(dataset)
    return dataset


@cli.command()
@out_option
@click.option("--focus", help="Show only this entity (name, alias or IRI) and its neighbours.")
@click.option("--depth", default=2, show_default=True, help="Hops around --focus.")
@click.option("--types", help="Comma-separated node types to show (person,country,...).")
@_fail_cleanly
def render(out_dir: Path, focus: str | None, depth: int, types: str | None) -> None:
    """Render OUT/graph.html from an existing build.

    \b
    Examples:
      kg render
      kg render --focus Belarus --depth 2
      kg render --types person,country,event
    """
    from kg.output import write_outputs

    dataset = load_build(out_dir)
    wanted = [t.strip() for t in types.split(",")] if types else None
    try:
        page = _page(dataset, focus=focus, depth=depth, types=wanted)
    except (LookupError, ValueError) as exc:
        raise click.ClickException(str(exc.args[0] if exc.args else exc)) from exc
    written = write_outputs(out_dir, {HTML: lambda p: p.write_text(page, encoding="utf-8")})
    click.echo(f"wrote {written[0]}")


@cli.command()
@out_option
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.option("--top", default=10, show_default=True, help="How many central entities to list.")
@_fail_cleanly
def stats(out_dir: Path, as_json: bool, top: int) -> None:
    """Print counts per entity type and the most central people and countries.

    \b
    Example:
      kg stats --top 5
    """
    from kg.projection import to_networkx
    from kg.stats import graph_stats

    figures = graph_stats(to_networkx(load_build(out_dir)), top=top)
    if as_json:
        click.echo(json.dumps(figures, indent=2, ensure_ascii=False))
        return
    for key, value in figures.items():
        if isinstance(value, dict):
            click.echo(f"{key}:")
            for k, v in value.items():
                click.echo(f"  {k}: {v}")
        elif isinstance(value, list):
            click.echo(f"{key}:")
            for item in value:
                click.echo(f"  {item}")
        else:
            click.echo(f"{key}: {value}")


@cli.command()
@out_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "gexf", "csv"]),
    required=True,
    help="graphml or gexf (Gephi, yEd, Neo4j), csv (nodes.csv + edges.csv).",
)
@click.option(
    "--to",
    "target",
    type=click.Path(path_type=Path),
    help="File (graphml, gexf) or folder (csv); default: in OUT.",
)
@_fail_cleanly
def export(out_dir: Path, fmt: str, target: Path | None) -> None:
    """Export the entity graph for Gephi, Neo4j or a spreadsheet.

    \b
    Examples:
      kg export --format graphml
      kg export --format csv --to tables/
    """
    from kg.export import export_graph
    from kg.projection import to_networkx

    graph = to_networkx(load_build(out_dir))
    default = out_dir if fmt == "csv" else out_dir / f"graph.{fmt}"
    for path in export_graph(graph, fmt, target or default):  # type: ignore[arg-type]
        click.echo(f"wrote {path}")


# -- query, serve, push ---------------------------------------------------------------------------


@cli.command()
@click.argument("query_text", metavar="QUERY", required=False)
@out_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle", "nt"]),
    default="table",
    show_default=True,
    help="table for reading; csv, tsv, json, xml: SPARQL 1.1 results; turtle, nt: RDF answers.",
)
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind ?NAME to VALUE (an IRI like kgr:country/BLR, or a string). Repeatable.",
)
@backend_option
@click.option("--limit", type=click.IntRange(min=0), help="Print at most this many rows.")
@click.option("--list", "list_queries", is_flag=True, help="List the shipped queries and exit.")
@_fail_cleanly
def query(
    query_text: str | None,
    out_dir: Path,
    fmt: str,
    params: tuple[str, ...],
    backend: str,
    limit: int | None,
    list_queries: bool,
) -> None:
    """Run a SPARQL query on a build: SPARQL text, a .rq file or a shipped query's name.

    The prefixes kg:, kgr:, schema:, org:, prov:, rdf:, rdfs:, xsd: and owl:
    need no PREFIX line. Updates, SERVICE and FROM of remote graphs are refused.

    \b
    Examples:
      kg query --list
      kg query who-met-whom
      kg query exports --param exporter=Pakistan --format csv
      kg query about --param name=Belarus
      kg query 'SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }'
      kg query my-query.rq --format json > answer.json
    """
    from kg import query as kq

    if list_queries:
        for name, shipped in kq.shipped_queries().items():
            click.echo(f"{name:<18} {shipped.title}")
            for param, text in shipped.params.items():
                click.echo(f"{'':<18}   --param {param}=...  {text}")
        return
    if not query_text:
        raise click.UsageError("give a QUERY (SPARQL, a .rq file or a name from --list)")
    text, shipped = kq.resolve_query(query_text)
    bindings = kq.parse_params(params)
    if shipped is not None:
        unknown = sorted(set(bindings) - set(shipped.params))
        if unknown:
            known = ", ".join(shipped.params) or "none"
            raise click.UsageError(
                f"{shipped.name} has no parameter {unknown[0]!r} (parameters: {known})"
            )
        missing = [name for name in shipped.required() if name not in bindings]
        if missing:
            raise click.UsageError(f"{shipped.name} needs --param {missing[0]}=...")
    build = kq.open_build(out_dir, backend)
    try:
        result = kq.run_query(build, text, bindings, limit=limit)
    finally:
        build.close()
    click.echo(kq.format_result(result, fmt), nl=False)


@cli.command()
@out_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@backend_option
@click.option(
    "--timeout", default=10.0, show_default=True, help="Seconds before a query is stopped."
)
@click.option("--limit", default=10_000, show_default=True, help="Most rows in one answer.")
@click.option("--workers", default=2, show_default=True, help="Queries answered at once.")
@click.option("-q", "--quiet", is_flag=True, help="Do not log requests.")
@_fail_cleanly
def serve(
    out_dir: Path,
    host: str,
    port: int,
    backend: str,
    timeout: float,
    limit: int,
    workers: int,
    quiet: bool,
) -> None:
    """Serve a build: a read-only SPARQL 1.1 endpoint at /sparql, the graph page at /.

    Answers GET and POST queries in JSON, XML, CSV or TSV (by the Accept
    header); refuses updates, SERVICE and remote FROM; stops a query after
    --timeout seconds and an answer after --limit rows. Listens on loopback
    unless --host says otherwise.

    \b
    Examples:
      kg serve
      kg serve --out build/ --port 8080 --timeout 5
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' \\
           http://127.0.0.1:8000/sparql
    """
    from kg.server import running_server, serve_forever

    with running_server(
        out_dir,
        host=host,
        port=port,
        backend=backend,
        timeout=timeout,
        limit=limit,
        workers=workers,
        quiet=quiet,
    ) as server:
        if not server.loopback:
            click.echo(f"warning: listening on {host}: anyone who can reach it can query", err=True)
        page = server.url.rsplit("/", 1)[0] + "/"
        click.echo(f"SPARQL endpoint {server.url} and graph page {page} (Ctrl-C stops)")
        serve_forever(server)


@cli.command()
@out_option
@click.option("--endpoint", required=True, help="The store's SPARQL 1.1 Update endpoint.")
@click.option(
    "--graph-store", help="Its SPARQL 1.1 Graph Store endpoint (one PUT per article graph)."
)
@click.option("--user", help="User name (HTTP Basic or Digest).")
@click.option("--password", envvar="KG_PUSH_PASSWORD", help="Password (or KG_PUSH_PASSWORD).")
@click.option("--token", envvar="KG_PUSH_TOKEN", help="Bearer token (or KG_PUSH_TOKEN).")
@click.option("--timeout", default=60.0, show_default=True, help="Seconds to wait per request.")
@click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
@_fail_cleanly
def push(
    out_dir: Path,
    endpoint: str,
    graph_store: str | None,
    user: str | None,
    password: str | None,
    token: str | None,
    timeout: float,
    quiet: bool,
) -> None:
    """Load a build into an external SPARQL store, one named graph per article.

    Each article graph replaces the store's graph of the same name, so pushing
    again never duplicates. Uses the Graph Store protocol when --graph-store is
    given (and the store has it), else SPARQL Update (DROP + INSERT DATA).

    \b
    Examples (Virtuoso, user dba):
      kg push --endpoint http://127.0.0.1:8890/sparql-auth --user dba --password dba
      kg push --endpoint http://127.0.0.1:8890/sparql-auth \\
              --graph-store http://127.0.0.1:8890/sparql-graph-crud-auth --user dba
      KG_PUSH_TOKEN=... kg push --endpoint https://db.example.org/update
    """
    from kg.push import push_build

    report = push_build(
        out_dir,
        endpoint,
        graph_store=graph_store,
        user=user,
        password=password,
        token=token,
        timeout=timeout,
    )
    if not quiet:
        target = graph_store if report.method == "graph store" else endpoint
        click.echo(
            f"pushed {report.graphs} graph(s), {report.triples} triples, "
            f"to {target} by {report.method}"
        )


def main() -> None:  # pragma: no cover - console entry point alias
    """Run the CLI."""
    cli(prog_name="kg")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
