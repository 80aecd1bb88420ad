"""The `kg` command line: a thin layer of click commands over the library."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rdflib import Dataset, Graph

from kg import __version__
from kg.errors import KgError, MissingBuildError
from kg.pipeline import DEFAULT_INPUT, BuildResult, build_corpus
from kg.store import STORES

TRIG = "graph.trig"
TURTLE = "graph.ttl"
HTML = "graph.html"


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
@click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
@_fail_cleanly
def build(
    inputs: tuple[Path, ...],
    out_dir: Path,
    lexicon_dirs: tuple[Path, ...],
    store: str,
    html: bool,
    strict: bool,
    quiet: bool,
) -> None:
    """Build the graph from articles: files or folders of .txt, .md, .html, .jsonl.

    Writes OUT/graph.trig (one named graph per article), OUT/graph.ttl (all facts
    in one graph) and OUT/graph.html (the interactive page). INPUTS default to
    seeds/. A failed build leaves the previous outputs as they were.

    \b
    Examples:
      kg build
      kg build articles/ feed.jsonl --out build/
      kg build news/ --lexicon my-words/ --strict
    """
    from kg.output import locked, write_outputs

    started = time.perf_counter()
    with locked(out_dir):
        result = build_corpus(inputs or (DEFAULT_INPUT,), lexicon_dirs=lexicon_dirs, store=store)
        for problem in result.problems:
            label = "warning" if problem.severity == "warning" else "skipped"
            click.echo(f"{label}: {problem}", err=True)
        if strict and result.problems:
            raise click.ClickException(
                f"{len(result.problems)} input problem(s) and --strict: nothing written"
            )
        if not result.facts:
            raise click.ClickException("no readable articles: nothing written")
        writers: dict[str, Callable[[Path], None]] = {
            TRIG: lambda p: result.dataset.serialize(
                destination=str(p), format="trig", encoding="utf-8"
            ),
            TURTLE: lambda p: _union(result.dataset).serialize(
                destination=str(p), format="turtle", encoding="utf-8"
            ),
        }
        if html:
            writers[HTML] = lambda p: p.write_text(_page(result.dataset), encoding="utf-8")
        written = write_outputs(out_dir, writers)
    if not quiet:
        _summary(result, written, time.perf_counter() - started)


def _union(dataset: Dataset) -> Graph:
    from kg.rdf import bind_prefixes

    graph = Graph()
    bind_prefixes(graph)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def _page(dataset: Dataset, **kwargs: Any) -> str:
    from kg.projection import to_networkx
    from kg.render import render_html

    return render_html(to_networkx(dataset, **kwargs), title="newskg graph")


def _summary(result: BuildResult, written: list[Path], seconds: float) -> None:
    counts = result.counts()
    skipped = sum(1 for p in result.problems if p.severity != "warning")
    click.echo(
        f"{result.articles} article(s) from {result.files} file(s)"
        + (f", {skipped} skipped" if skipped else "")
        + f": {counts['posts']} posts, {counts['exports']} trade flows, "
        f"{counts['events']} events in {seconds:.1f}s"
    )
    for path in written:
        click.echo(f"  wrote {path}")


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


def main() -> None:  # pragma: no cover - console entry point alias
    """Run the CLI."""
    cli(prog_name="kg")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
