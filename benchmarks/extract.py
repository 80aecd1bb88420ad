"""Measure extraction alone: articles per second on one core, ~400-word articles.

Reads and extracts generated genre articles in this one process (no RDF, no
files written) and prints articles/s and words/s, wall and CPU time.

    python benchmarks/extract.py            # 1,000 generated articles
    python benchmarks/extract.py --count 300 --repeat 3
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import write_corpus

from kg.article import article_reader_for
from kg.extract import extractor_for
from kg.lexicon import load_lexicon
from kg.readers import RawDoc


def main() -> None:
    """Run the measurement and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="articles (default 1000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the median is reported")
    args = parser.parse_args()

    lexicon = load_lexicon()
    started = time.perf_counter()
    reader, extractor = article_reader_for(lexicon), extractor_for(lexicon)
    setup = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        paths = write_corpus(Path(folder), args.count, seed=7)
        texts = [p.read_text(encoding="utf-8") for p in sorted(paths)]
    words = sum(len(t.split()) for t in texts)
    walls, cpus = [], []
    for _ in range(args.repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        for i, text in enumerate(texts):
            extractor.extract(reader.read(RawDoc(str(i), text, f"{i}.txt", "text")))
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    print(f"articles: {len(texts)} ({words / len(texts):.0f} words on average)")
    print(f"set-up (lexicon, gazetteer, patterns): {setup:.2f} s")
    print(
        f"extraction, one core: {len(texts) / wall:.0f} articles/s wall, "
        f"{len(texts) / cpu:.0f} articles/s CPU, {words / wall:,.0f} words/s"
    )


if __name__ == "__main__":
    main()
