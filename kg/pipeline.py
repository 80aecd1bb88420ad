"""The build: files → articles → facts → entity resolution → RDF dataset.

This is the library API the CLI calls::

    import kg
    dataset = kg.build(["seeds/"])
    for row in dataset.query("SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }"):
        print(row.name)
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from kg.gazetteer import gazetteer_for
from kg.lexicon import Lexicon, load_lexicon
from kg.model import Facts
from kg.packs import PackedGraph
from kg.parallel import (
    ArticleSummary,
    FileFacts,
    RenderTask,
    Tools,
    Workers,
    chunk_size,
    load_facts,
    make_tools,
    resolution_for,
    resolve_people,
)
from kg.progress import Progress
from kg.rdf import RdfWriter, bind_prefixes
from kg.readers import Problem, discover, file_ids
from kg.resolve import Resolution, resolve
from kg.serialize import GraphParts, merge_graphs, to_bytes, write_nquads
from kg.store import new_dataset

if TYPE_CHECKING:
    from rdflib import Dataset

    from kg.cache import BuildCache

DEFAULT_INPUT = "seeds"


@dataclass
class BuildResult:
    """What a build made, and what it met on the way.

    `graphs` is the dataset as text, one sorted graph per article in graph-name
    order (what graph.trig and graph.nq are written from): in memory, or with a
    cache in its pack files, readable until the second build after this one on
    the same cache; `dataset` and `facts` are made from it, or loaded, when
    first asked for.
    """

    graphs: list[GraphParts]
    problems: list[Problem] = field(default_factory=list)
    files: int = 0
    store: str = "memory"
    summaries: list[ArticleSummary] = field(default_factory=list)
    #: seconds spent in each stage
    timings: dict[str, float] = field(default_factory=dict)
    #: input files taken unchanged from the cache
    cached: int = 0
    load_facts: Callable[[], list[Facts]] | None = field(default=None, repr=False)
    #: a graph of this build or the last one by its digest, when the build has a cache
    previous: Callable[[str], GraphParts | None] | None = field(default=None, repr=False)
    #: save the build cache, if the build was told not to (build_corpus's `save_cache`)
    save_cache: Callable[[], None] = field(default=lambda: None, repr=False)

    @property
    def articles(self) -> int:
        """Return the number of articles read."""
        return len(self.summaries)

    def counts(self) -> dict[str, int]:
        """Return the number of facts by family."""
        return {
            "posts": sum(a.posts for a in self.summaries),
            "exports": sum(a.exports for a in self.summaries),
            "events": sum(a.events for a in self.summaries),
        }

    @cached_property
    def facts(self) -> list[Facts]:
        """Return the facts of every article, in input order."""
        return self.load_facts() if self.load_facts is not None else []

    @cached_property
    def dataset(self) -> Dataset:
        """Return the dataset: one named graph per article, the union as default graph."""
        dataset = new_dataset(self.store)
        data = to_bytes(write_nquads, self.graphs)
        if data:
            dataset.parse(data=data, format="ox-nquads" if self.store == "oxigraph" else "nquads")
        bind_prefixes(dataset)
        return dataset


def to_dataset(all_facts: Sequence[Facts], lexicon: Lexicon, store: str = "memory") -> Dataset:
    """Resolve entities across articles and write everything as RDF."""
    dataset = new_dataset(store)
    writer = RdfWriter(dataset, gazetteer_for(lexicon), resolve(all_facts))
    writer.add_all(all_facts)
    return dataset


def build_corpus(
    inputs: Sequence[str | Path] = (DEFAULT_INPUT,),
    *,
    lexicon_dirs: Sequence[str | Path] = (),
    store: str = "memory",
    progress: Progress | None = None,
    jobs: int = 1,
    cache: str | Path | None = None,
    full: bool = False,
    save_cache: bool = True,
) -> BuildResult:
    """Build the graph of all articles under `inputs`, with a report of problems.

    jobs: worker processes for reading, extraction and RDF writing; the result
    is the same for any number.
    cache: a folder where the build keeps each file's facts and each article's
    graph; a later build with the same cache reads only new and changed files
    (all of them with `full`) and writes again the graphs of only the articles
    whose facts or people changed. The cache is saved at the end unless
    `save_cache` is False: then the caller calls `result.save_cache()` once
    the outputs made from this build are published, for the cache keeps the
    graphs of the last saved build as those the published outputs hold.
    """
    from kg.cache import BuildCache

    clock = _Clock()
    report = progress or Progress()
    lexicon = load_lexicon(lexicon_dirs)
    items = list(file_ids(discover(inputs)))
    saved = BuildCache(Path(cache), lexicon, reuse=not full) if cache is not None else None
    files = _Files(items, saved)
    clock.lap("discover")
    report.start(len(items), len(files.todo))
    for result in files.results:
        if result.articles:
            report.file_done(result, cached=True)
    tools = _ToolsOnce(lexicon, saved)
    with Workers(jobs, tools, lexicon) as workers:
        workers.extract([items[i] for i in files.todo], lambda k, r: files.done(k, r, report))
        clock.lap("read and extract")
        report.stage("resolving entities")
        resolution = (
            saved.resolution(list(zip(files.digests, files.results, strict=True)))
            if saved is not None
            else resolve_people(
                [a.people for r in files.results for a in r.articles],
                [role for r in files.results for a in r.articles for role in a.roles],
            )
        )
        clock.lap("resolve")
        report.stage("writing RDF")
        graphs = _write_graphs(files, resolution, workers)
    clock.lap("write RDF")
    keys = [k for k in files.keys if k]

    def save() -> None:
        if saved is not None:
            saved.save(keys)

    if save_cache:
        save()
        clock.lap("save cache")
    report.finish()
    results = files.results
    return BuildResult(
        graphs,
        [p for r in results for p in r.problems],
        len(items),
        store,
        [a for r in results for a in r.articles],
        clock.timings,
        len(items) - len(files.todo),
        lambda: [f for i, r in enumerate(results) if r.articles for f in load_facts(files.blob(i))],
        saved.find if saved is not None else None,
        save,
    )


class _Clock:
    """Seconds spent in each stage of a build."""

    def __init__(self) -> None:
        self.timings: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.timings[stage] = self.timings.get(stage, 0.0) + now - self._last
        self._last = now


class _Files:
    """What each input file gave: from the cache, or read and extracted in this build."""

    def __init__(self, items: Sequence[tuple[Path, str]], saved: BuildCache | None) -> None:
        self.saved = saved
        self.results: list[FileFacts] = []
        self.digests: list[str | None] = []
        self.todo: list[int] = []  # files to read
        self.keys: list[str] = []  # each article's graph key in the cache
        for i, (path, doc_id) in enumerate(items):
            digest = saved.digest(path, doc_id) if saved is not None else None
            hit = saved.get(digest) if saved is not None and digest else None
            self.digests.append(digest)
            self.results.append(hit or FileFacts((), (), b""))
            if hit is None:
                self.todo.append(i)

    def done(self, k: int, result: FileFacts, report: Progress) -> None:
        """Take the result of the k-th file read in this build."""
        i = self.todo[k]
        self.results[i] = result
        digest = self.digests[i]
        if self.saved is not None and digest:
            self.saved.put(digest, result)
        report.file_done(result, cached=False)

    def blob(self, i: int) -> bytes:
        """Return the pickled facts of file i."""
        digest = self.digests[i]
        if self.results[i].blob or self.saved is None or not digest:
            return self.results[i].blob
        return self.saved.blob(digest)


def _write_graphs(files: _Files, resolution: Resolution, workers: Workers) -> list[GraphParts]:
    """Write each article's graph as text, reusing the cached text of unchanged articles.

    With a cache, graphs are written to its pack files and only where they are
    is kept in memory.
    """
    saved = files.saved
    pack = (str(saved.packs), saved.token) if saved is not None else None
    texts: list[GraphParts | None] = []
    where: dict[tuple[int, int], int] = {}  # (file, article in file) → position
    wanted: dict[int, list[int]] = {}  # file → its articles to write
    for i, result in enumerate(files.results):
        digest = files.digests[i]
        keys = (
            saved.render_keys(digest, result.articles, resolution)
            if saved is not None and digest
            else ()
        )
        for j in range(len(result.articles)):
            key = keys[j] if keys else ""
            found = saved.graph(key) if saved is not None and key else None
            where[(i, j)] = len(texts)
            files.keys.append(key)
            texts.append(found)
            if found is None:
                wanted.setdefault(i, []).append(j)
    chosen = sorted(wanted)
    size = chunk_size(len(chosen), workers.jobs)
    tasks = []
    for start in range(0, len(chosen), size):
        part = chosen[start : start + size]
        summaries = [files.results[i].articles[j] for i in part for j in wanted[i]]
        blobs = tuple((files.blob(i), tuple(wanted[i])) for i in part)
        tasks.append(RenderTask(blobs, resolution_for(resolution, summaries), pack))
    written = iter([text for chunk in workers.render(tasks) for text in chunk])
    for i in chosen:
        for j in wanted[i]:
            n = where[(i, j)]
            texts[n] = text = next(written)
            if saved is not None and files.keys[n] and isinstance(text, PackedGraph):
                saved.put_graph(files.keys[n], text)
    return merge_graphs(t for t in texts if t is not None)


class _ToolsOnce:
    """The reader, extractor and gazetteer, made (or loaded from the cache) when first needed."""

    def __init__(self, lexicon: Lexicon, saved: BuildCache | None) -> None:
        self._lexicon = lexicon
        self._saved = saved
        self._tools: Tools | None = None

    def __call__(self) -> Tools:
        if self._tools is None:
            if self._saved is not None:
                self._tools = self._saved.tools(lambda: make_tools(self._lexicon))
            else:
                self._tools = make_tools(self._lexicon)
        return self._tools


def build(
    inputs: Sequence[str | Path] | str | Path = (DEFAULT_INPUT,),
    *,
    lexicon_dirs: Sequence[str | Path] = (),
    store: str = "memory",
) -> Dataset:
    """Build the knowledge graph of the articles under `inputs` and return it."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    return build_corpus(inputs, lexicon_dirs=lexicon_dirs, store=store).dataset
