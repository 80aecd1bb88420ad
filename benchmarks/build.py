"""Benchmark `kg build` on generated corpora: speed, peak memory, output size, rebuilds.

For each N it writes N generated articles (benchmarks/generate.py, kept under
--work for the next run), runs a full `kg build` in a fresh folder, then three
rebuilds: nothing changed, one article's text changed, one article naming a
new person. It prints articles/s, the peak memory of the build's process tree
(sampled from /proc every 50 ms), the time of each stage (`kg build -v`) and
the size of each output.

    python benchmarks/build.py                      # N = 1,000 and 10,000
    python benchmarks/build.py --sizes 1000 --jobs 1
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import write_corpus


def machine() -> str:
    """Return cores, CPU model and memory of this machine."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        kib = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        memory = f"{kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, StopIteration):
        memory = "unknown RAM"
    return (
        f"{os.cpu_count()} cores ({model}), {memory}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


class TreeMemory:
    """Sample the resident memory of a process and all its descendants."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _tree_rss(self.pid))
            self._stop.wait(0.05)


def _tree_rss(root: int) -> int:
    """Return the memory of a process tree: the sum of its processes' proportional sets
    (PSS), so pages that forked workers share with their parent count once."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                parents[int(entry)] = int(stat[stat.rindex(")") + 2 :].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
            total += int(re.search(r"^Pss:\s+(\d+) kB", rollup, re.M).group(1)) * 1024  # type: ignore[union-attr]
        except (OSError, AttributeError):
            pass
        todo.extend(child for child, parent in parents.items() if parent == pid)
    return total


def run_build(corpus: Path, out: Path, args: argparse.Namespace, *extra: str) -> dict:
    """Run `kg build` once; return wall time, peak memory and the stage times it printed."""
    command = [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "-v"]
    command += ["--jobs", str(args.jobs)] if args.jobs else []
    command += [] if args.html else ["--no-html"]
    command += list(extra)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    with TreeMemory(process.pid) as memory:
        output, _ = process.communicate()
    seconds = time.perf_counter() - started
    text = output.decode()
    if process.returncode != 0:
        raise SystemExit(f"kg build failed:\n{text}")
    stages = dict(
        re.findall(r"([a-zA-Z ]+?) ([0-9.]+)s", text.split("time:", 1)[1].splitlines()[0])
    )
    articles = int(re.search(r"^(\d+) article", text, re.M).group(1))  # type: ignore[union-attr]
    return {"seconds": seconds, "peak": memory.peak, "stages": stages, "articles": articles}


def sizes(out: Path) -> str:
    """Return the size of each output of a build."""
    parts = []
    for name in ("graph.trig", "graph.nq", "graph.ttl", "graph.html", "store", ".kg-cache"):
        path = out / name
        if path.is_dir():
            total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        elif path.exists():
            total = path.stat().st_size
        else:
            continue
        parts.append(f"{name} {total / 1e6:.1f} MB")
    return ", ".join(parts)


def report(label: str, result: dict) -> None:
    """Print one build's figures."""
    rate = result["articles"] / result["seconds"]
    stages = ", ".join(f"{k.strip()} {float(v):.2f}s" for k, v in result["stages"].items())
    print(
        f"  {label}: {result['seconds']:.1f} s wall, {rate:.0f} articles/s, "
        f"peak memory {result['peak'] / 2**30:.2f} GiB\n    stages: {stages}"
    )


def touch_one(corpus: Path, *, new_person: bool) -> None:
    """Change one article of the corpus: its text, or a new person in it."""
    path = sorted(corpus.rglob("*.txt"))[len(list(corpus.rglob("*.txt"))) // 2]
    text = path.read_text(encoding="utf-8").rstrip("\n")
    if new_person:
        text += "\n\nMinister of Tourism of Kenya Zawadi Benchmark-Otieno also attended.\n"
    else:
        text += f"\n\nUpdated at {time.time_ns()}.\n"
    path.write_text(text, encoding="utf-8")


def main() -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes (default 1000,10000)")
    parser.add_argument("--jobs", type=int, default=0, help="kg build --jobs (default: all cores)")
    parser.add_argument("--html", action="store_true", help="also render graph.html")
    parser.add_argument(
        "--work", type=Path, default=Path("/tmp/newskg-bench"), help="scratch folder"
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    for n in (int(s) for s in args.sizes.split(",")):
        corpus = args.work / f"corpus-{n}"
        if not corpus.is_dir() or len(list(corpus.rglob("*.txt"))) != n:
            shutil.rmtree(corpus, ignore_errors=True)
            write_corpus(corpus, n, args.seed)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.rglob("*.txt"))
        out = args.work / f"out-{n}"
        shutil.rmtree(out, ignore_errors=True)
        print(f"N = {n} ({words / n:.0f} words per article)")
        report("full build", run_build(corpus, out, args))
        print(f"    outputs: {sizes(out)}")
        time.sleep(2.1)  # so the cache trusts the files' mtimes (see kg.cache.RACY_NS)
        report("rebuild, nothing changed", run_build(corpus, out, args))
        touch_one(corpus, new_person=False)
        report("rebuild, one article changed", run_build(corpus, out, args))
        touch_one(corpus, new_person=True)
        report("rebuild, one article with a new person", run_build(corpus, out, args))
        shutil.rmtree(corpus)  # the touched corpus is not the generated one any more


if __name__ == "__main__":
    main()
