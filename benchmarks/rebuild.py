"""Compare the rebuild times of two versions of newskg on one corpus, back to back.

Each version (a checkout of the repository) keeps its own output folder,
built in full once beforehand. Each round changes one article's text and
rebuilds with each version in turn, rebuilds again with nothing changed, then
adds a new person to another article and rebuilds; the order of the versions
alternates between rounds, so a shared machine's load falls on both alike.
It prints every time and the medians.

    python benchmarks/generate.py 10000 --out /tmp/corpus
    kg build /tmp/corpus --out /tmp/out-new --no-html           # once per version
    python benchmarks/rebuild.py /tmp/corpus before=../old:/tmp/out-old now=.:/tmp/out-new
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

SURNAMES = ["Otieno", "Kamau", "Wanjiru", "Mutua", "Njoroge", "Achieng", "Odhiambo", "Kiprop"]
KINDS = ("changed", "nothing", "person")


def rebuild(corpus: Path, code: Path, out: Path) -> float:
    """Run `kg build` of one version; return its wall time."""
    command = [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "-q"]
    env = {**os.environ, "PYTHONPATH": str(code)}
    started = time.perf_counter()
    subprocess.run([*command, "--no-html"], cwd=code, env=env, check=True)
    return time.perf_counter() - started


def change(files: list[Path], kind: str, round_: int) -> None:
    """Change one article: its text, or a new person in another one."""
    if kind == "changed":
        path = files[len(files) // 2 + round_]
        extra = f"Updated at {time.time_ns()}."
    elif kind == "person":
        path = files[len(files) // 3 + round_]
        name = f"Zawadi Benchmark-{SURNAMES[round_ % len(SURNAMES)]}"
        extra = f"Minister of Tourism of Kenya {name} also attended."
    else:
        return
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{extra}\n")


def main() -> None:
    """Run the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="folder of articles (it is edited)")
    parser.add_argument("versions", nargs="+", help="LABEL=CHECKOUT:OUT for each version")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    versions = []
    for spec in args.versions:
        label, where = spec.split("=", 1)
        code, out = where.split(":", 1)
        versions.append((label, Path(code).resolve(), Path(out)))
    files = sorted(args.corpus.rglob("*.txt"))
    for _, code, out in versions:  # catch up with earlier edits of the corpus
        rebuild(args.corpus, code, out)
    times: dict[tuple[str, str], list[float]] = {}
    for round_ in range(args.rounds):
        order = versions if round_ % 2 == 0 else versions[::-1]
        for kind in KINDS:
            change(files, kind, round_)
            for label, code, out in order:
                seconds = rebuild(args.corpus, code, out)
                times.setdefault((label, kind), []).append(seconds)
                print(f"round {round_} {kind:8} {label}: {seconds:.2f} s", flush=True)
    for kind in KINDS:
        medians = ", ".join(
            f"{label} {statistics.median(times[label, kind]):.2f} s" for label, _, _ in versions
        )
        print(f"{kind}: median {medians}")


if __name__ == "__main__":
    main()
