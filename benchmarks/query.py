"""Benchmark the query paths: store build time and shipped-query latency, rdflib vs Oxigraph.

For each corpus size, writes a corpus of genre articles with
benchmarks/generate.py, builds it with `kg build`, then measures

- the time to make each back-end's store from the build: Oxigraph writes
  OUT/store/ from graph.trig and graph.ttl (what `kg build` does); rdflib
  parses graph.trig into memory (what every rdflib query process pays);
- the median wall time of each shipped query through `kg query` (a new
  process each time: start-up, opening the store and printing included);
- the median time of each shipped query through `kg serve` (one HTTP POST,
  JSON answer, after one warm-up request).

Each shipped query runs as a user would run it on such a corpus: with
parameters naming one of its busiest entities, picked from the build. The
last row, count by predicate, is the whole-graph aggregate of the issue.

    python benchmarks/query.py                        # 1,000 and 10,000 articles
    python benchmarks/query.py --sizes 1000 --runs 7  # a quick look
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg import query as kq  # noqa: E402
from kg.graphstore import load_files  # noqa: E402

BACKENDS = ("memory", "oxigraph")
LABELS = {"memory": "rdflib", "oxigraph": "Oxigraph"}
COUNT_BY_PREDICATE = (
    "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n) ?p"
)

PICKS = {
    "person": """SELECT ?n WHERE { ?e schema:attendee/schema:name ?n }
                 GROUP BY ?n ORDER BY DESC(COUNT(*)) ?n LIMIT 1""",
    "country": """SELECT ?n WHERE { ?post org:postIn/kg:country/schema:name ?n }
                  GROUP BY ?n ORDER BY DESC(COUNT(*)) ?n LIMIT 1""",
    "exporter": """SELECT ?n WHERE { ?f kg:exporter/schema:name ?n }
                   GROUP BY ?n ORDER BY DESC(COUNT(*)) ?n LIMIT 1""",
    "month": """SELECT ?m WHERE {
                  ?e a kg:Meeting ; schema:startDate ?d BIND(SUBSTR(STR(?d), 1, 7) AS ?m) }
                GROUP BY ?m ORDER BY DESC(COUNT(*)) ?m LIMIT 1""",
    "fact": """SELECT ?f WHERE { ?f a kg:TradeFlow ; kg:evidence ?e } ORDER BY ?f LIMIT 1""",
}


def sh(args: list[str], **kwargs) -> float:
    """Run a command; return its wall time in seconds."""
    started = time.perf_counter()
    subprocess.run(args, check=True, cwd=ROOT, **kwargs)
    return time.perf_counter() - started


def prepare(size: int, work: Path) -> tuple[Path, dict[str, float]]:
    """Write and build the corpus of `size` articles (reused when already there)."""
    corpus, out = work / f"corpus-{size}", work / f"build-{size}"
    figures: dict[str, float] = {}
    if not (corpus / ".done").exists():
        shutil.rmtree(corpus, ignore_errors=True)
        generate = [sys.executable, "benchmarks/generate.py", str(size), "--out", str(corpus)]
        sh(generate, stdout=subprocess.DEVNULL)
        (corpus / ".done").touch()
    if not kq.store_is_current(out):
        print(f"  kg build of {size} articles ...", file=sys.stderr, flush=True)
        build = [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out)]
        figures["kg build"] = sh([*build, "--no-html", "-q"])
    return out, figures


def store_build_times(out: Path) -> dict[str, float]:
    """Time making each back-end's store from the build's files."""
    target = out.parent / f"{out.name}-store-timing"
    shutil.rmtree(target, ignore_errors=True)
    started = time.perf_counter()
    quads = load_files(target, out / "graph.trig", out / "graph.ttl")
    oxigraph = time.perf_counter() - started
    shutil.rmtree(target, ignore_errors=True)
    started = time.perf_counter()
    build = kq.open_build(out, "memory")
    memory = time.perf_counter() - started
    build.close()
    return {"oxigraph": oxigraph, "memory": memory, "quads": quads}


def workload(out: Path) -> list[tuple[str, str, dict[str, str]]]:
    """Return (label, query text, params) for each shipped query, on busy entities."""
    build = kq.open_build(out, "oxigraph")
    try:
        pick = {k: str(kq.run_query(build, q).rows[0][0]) for k, q in PICKS.items()}
    finally:
        build.close()
    year, month = pick["month"].split("-")
    params = {
        "who-met-whom": {"person": pick["person"]},
        "posts-by-country": {"country": pick["country"]},
        "exports": {"exporter": pick["exporter"]},
        "events-between": {"from": f"{year}-{month}-01", "to": f"{year}-{month}-31"},
        "about": {"name": pick["person"]},
        "evidence": {"fact": pick["fact"]},
    }
    shipped = kq.shipped_queries()
    jobs = [(name, shipped[name].text, params.get(name, {})) for name in shipped]
    jobs.append(("count by predicate", COUNT_BY_PREDICATE, {}))
    return jobs


def cli_latency(
    out: Path, backend: str, text: str, params: dict[str, str], runs: int, limit: float
) -> float | None:
    """Median wall time of `kg query` in a new process (None: over `limit` seconds)."""
    args = [sys.executable, "-m", "kg.cli", "query", text, "--out", str(out), "--backend", backend]
    for key, value in params.items():
        args += ["--param", f"{key}={value}"]
    times = []
    for _ in range(runs):
        try:
            times.append(sh([*args, "--format", "csv"], stdout=subprocess.DEVNULL, timeout=limit))
        except subprocess.TimeoutExpired:
            return None
    return statistics.median(times)


class Server:
    """`kg serve` in a subprocess."""

    def __init__(self, out: Path, backend: str, limit: float) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kg.cli",
                "serve",
                "--out",
                str(out),
                "--backend",
                backend,
                "--port",
                "0",
                "--workers",
                "1",
                "--timeout",
                str(limit),
                "--limit",
                "1000000",
                "-q",
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            env=dict(os.environ, PYTHONUNBUFFERED="1"),
        )
        line = self.process.stdout.readline()
        if "http://" not in line:
            raise SystemExit(f"kg serve did not start: {line}")
        self.url = line.split()[2]

    def latency(self, text: str, runs: int, warm_up: bool = True) -> float | None:
        """Median time of one POST (None: the endpoint stopped it at its timeout)."""
        body = urlencode({"query": text}).encode()
        headers = {"Accept": "application/sparql-results+json"}

        def once() -> float:
            started = time.perf_counter()
            request = urllib.request.Request(self.url, data=body, headers=headers)
            with urllib.request.urlopen(request, timeout=3600) as response:
                response.read()
            return time.perf_counter() - started

        try:
            if warm_up:  # the first parse of a query text is cached afterwards
                once()
            return statistics.median(once() for _ in range(runs))
        except urllib.error.HTTPError as exc:
            if exc.code == 503:
                return None
            raise
        return statistics.median(once() for _ in range(runs))

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(60)


def bench(
    size: int, work: Path, runs: int, slow_runs: int, limit: float, rdflib_only: set[str] | None
) -> dict:
    out, figures = prepare(size, work)
    figures.update({f"store {k}": v for k, v in store_build_times(out).items()})
    print(f"  {size}: store build {figures}", file=sys.stderr, flush=True)
    jobs = workload(out)
    latencies: dict[str, dict[str, float]] = {name: {} for name, _, _ in jobs}
    for backend in BACKENDS:
        n = runs if backend == "oxigraph" else slow_runs
        for name, text, params in jobs:
            if backend == "memory" and rdflib_only is not None and name not in rdflib_only:
                latencies[name][f"query {backend}"] = float("nan")  # not run
                continue
            print(f"  {size} {backend} kg query {name} ...", file=sys.stderr, flush=True)
            latencies[name][f"query {backend}"] = cli_latency(out, backend, text, params, n, limit)
        server = Server(out, backend, limit)
        try:
            for name, text, params in jobs:
                bound = kq.bind_params(text, kq.parse_params(f"{k}={v}" for k, v in params.items()))
                print(f"  {size} {backend} kg serve {name} ...", file=sys.stderr, flush=True)
                warm_up = backend == "oxigraph"  # rdflib's evaluation dwarfs the parse
                latencies[name][f"serve {backend}"] = server.latency(bound, n, warm_up)
        finally:
            server.stop()
    params = {name: p for name, _, p in jobs}
    return {
        "size": size,
        "figures": figures,
        "latencies": latencies,
        "params": params,
        "give_up": limit,
    }


def report(results: list[dict]) -> str:
    """Return the results as Markdown tables."""
    lines = []
    for result in results:
        f = result["figures"]
        lines += [
            f"**{result['size']:,} articles** "
            f"({int(f['store quads']):,} quads with the union graph)",
            "",
            "| store build | rdflib (parse graph.trig) | Oxigraph (write store/) |",
            "|---|---|---|",
            f"| seconds | {f['store memory']:.1f} | {f['store oxigraph']:.1f} |",
            "",
            "| query | `kg query` rdflib | `kg query` Oxigraph | `kg serve` rdflib "
            "| `kg serve` Oxigraph |",
            "|---|---|---|---|---|",
        ]
        for name, row in result["latencies"].items():
            cells = [
                _ms(row[key])
                for key in ("query memory", "query oxigraph", "serve memory", "serve oxigraph")
            ]
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
        if any(v is None for row in result["latencies"].values() for v in row.values()):
            lines += ["", f"*stopped*: still running after {result['give_up']:g} s."]
        if any(v != v for row in result["latencies"].values() for v in row.values() if v):
            lines += ["", "—: not run (parsing graph.trig dominates every rdflib `kg query`)."]
        lines.append("")
    return "\n".join(lines)


def _ms(seconds: float | None) -> str:
    if seconds is None:
        return "stopped"
    if seconds != seconds:  # NaN
        return "—"
    return f"{seconds * 1000:,.0f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes (default 1000,10000)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per Oxigraph query")
    parser.add_argument(
        "--rdflib-runs", type=int, default=3, help="timed runs per rdflib query (slow)"
    )
    parser.add_argument(
        "--give-up", type=float, default=300, help="seconds after which a query is stopped"
    )
    parser.add_argument(
        "--rdflib-cli",
        help="comma-separated queries to time through `kg query` with rdflib (default: all)",
    )
    parser.add_argument("--work", type=Path, default=Path("/tmp/newskg-query-bench"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        only = set(args.rdflib_cli.split(",")) if args.rdflib_cli else None
        results.append(bench(size, args.work, args.runs, args.rdflib_runs, args.give_up, only))
        (args.work / "results.json").write_text(json.dumps(results, indent=2))
        print(report(results[-1:]), flush=True)


if __name__ == "__main__":
    main()
