"""Read, extract and write articles in worker processes, with results in input order.

The unit of work is one input file (a .jsonl file may hold many articles).
Each worker process has its reader and extractor built once (inherited from
the parent where processes fork); results come back in chunks and are put
back in input order, so a parallel build writes exactly what a serial one
does. With one job, or little to do, everything runs in this process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from kg.article import ArticleReader, article_reader_for
from kg.extract import ArticleExtractor, extractor_for
from kg.gazetteer import Gazetteer, gazetteer_for
from kg.lexicon import Lexicon
from kg.model import Facts, PersonRef
from kg.packs import PackWriter
from kg.rdf import article_name
from kg.readers import Problem, read_file
from kg.resolve import PostRole, Resolution, resolve, vote_roles
from kg.serialize import GraphParts, GraphTextWriter
from kg.text import fold

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Tools:
    """What reading, extraction and RDF writing need, built once per lexicon."""

    reader: ArticleReader
    extractor: ArticleExtractor
    gazetteer: Gazetteer


def make_tools(lexicon: Lexicon) -> Tools:
    """Build the reader, extractor and gazetteer of a lexicon."""
    return Tools(article_reader_for(lexicon), extractor_for(lexicon), gazetteer_for(lexicon))


@dataclass(frozen=True)
class ArticleSummary:
    """What later stages need of an article without loading its facts."""

    iri: str
    source: str
    #: every person the article names, in the order entity resolution meets them
    people: tuple[PersonRef, ...]
    posts: int
    exports: int
    events: int
    #: (person, organization, country, role) of each post, for one role per post
    roles: tuple[PostRole, ...] = ()


@dataclass(frozen=True)
class FileFacts:
    """What one input file gave: its problems, its articles and their pickled facts."""

    problems: tuple[Problem, ...]
    articles: tuple[ArticleSummary, ...]
    blob: bytes  # pickle of list[Facts], one per article

    def facts(self) -> list[Facts]:
        """Return the facts of the file's articles."""
        return load_facts(self.blob)


def load_facts(blob: bytes) -> list[Facts]:
    """Return the facts pickled by `extract_file`."""
    facts: list[Facts] = pickle.loads(blob)
    return facts


def people_of(facts: Facts) -> tuple[PersonRef, ...]:
    """Return every person of an article, in the order kg.resolve.resolve meets them."""
    refs = list(facts.people.values())
    refs.extend(post.person for post in facts.posts)
    for event in facts.events:
        refs.extend(event.participants)
    return tuple(refs)


def resolve_people(
    people: Sequence[Sequence[PersonRef]], roles: Iterable[PostRole] = ()
) -> Resolution:
    """Resolve the people of many articles, as kg.resolve.resolve does with their facts.

    roles: the (person, organization, country, role) of every post, so that each
    post gets one role across the corpus, as `resolve` gives it.
    """
    # a person met again changes nothing: each object once (the cache shares equal ones)
    once: dict[int, PersonRef] = {}
    for refs in people:
        for ref in refs:
            once.setdefault(id(ref), ref)
    resolution = resolve([_PeopleOnly(list(once.values()))])  # type: ignore[list-item]
    vote_roles(resolution, roles)
    return resolution


class _PeopleOnly:
    """An article reduced to its people, in the order `resolve` reads facts."""

    __slots__ = ("events", "people", "posts")

    def __init__(self, refs: Sequence[PersonRef]) -> None:
        self.people = {str(i): ref for i, ref in enumerate(refs)}
        self.posts: list[Any] = []
        self.events: list[Any] = []


def summarize(facts: Facts) -> ArticleSummary:
    """Return the summary of one article's facts."""
    return ArticleSummary(
        article_name(facts.article),
        facts.article.source,
        people_of(facts),
        len(facts.posts),
        len(facts.flows),
        len(facts.events),
        tuple((p.person.name, p.organization, p.country, p.role) for p in facts.posts),
    )


def extract_file(path: Path, doc_id: str, tools: Tools) -> FileFacts:
    """Read one file and extract the facts of its articles; problems are recorded, not raised."""
    source = path.as_posix()
    try:
        docs, found = read_file(path, doc_id)
    except Exception as exc:  # a reader bug must not stop the build
        docs, found = [], [Problem(source, f"cannot read ({type(exc).__name__}: {exc})")]
    problems = list(found)
    all_facts: list[Facts] = []
    for doc in docs:
        try:
            article = tools.reader.read(doc)
        except Exception as exc:
            problems.append(Problem(doc.source, f"cannot read article ({exc})"))
            continue
        if not article.text.strip():
            problems.append(Problem(doc.source, "no article text"))
            continue
        try:
            facts = tools.extractor.extract(article)
        except Exception as exc:
            problems.append(
                Problem(article.source, f"extraction failed ({type(exc).__name__}: {exc})")
            )
            facts = Facts(article)
        all_facts.append(facts)
    return FileFacts(
        tuple(problems),
        tuple(summarize(f) for f in all_facts),
        pickle.dumps(all_facts, protocol=pickle.HIGHEST_PROTOCOL),
    )


@dataclass(frozen=True)
class RenderTask:
    """Articles to write as RDF text: pickled facts with the indices wanted in each."""

    blobs: tuple[tuple[bytes, tuple[int, ...]], ...]
    resolution: Resolution  # only the people of these articles
    #: (folder, build token) of the pack files to write the graphs into; None: keep them in memory
    pack: tuple[str, str] | None = None


def render(task: RenderTask, gazetteer: Gazetteer) -> list[GraphParts]:
    """Write the wanted articles of a task as graph text, in task order."""
    writer = GraphTextWriter(gazetteer, task.resolution)
    texts = (
        writer.write(facts[i])
        for blob, wanted in task.blobs
        for facts in (load_facts(blob),)
        for i in wanted
    )
    if task.pack is None:
        return list(texts)
    pack = PackWriter(Path(task.pack[0]), task.pack[1])
    try:
        return [pack.add(text) for text in texts]
    finally:
        pack.close()


def resolution_for(resolution: Resolution, articles: Sequence[ArticleSummary]) -> Resolution:
    """Return the part of a resolution that the people of `articles` need."""
    keys = {fold(ref.name) for art in articles for ref in art.people}
    people = {k: resolution.people[k] for k in sorted(keys) if k in resolution.people}
    slugs = {entity.slug for entity in people.values()}
    roles = {k: v for k, v in resolution.roles.items() if k[0] in slugs}
    return Resolution(people, roles)


# -- running work ------------------------------------------------------------------------------

_TOOLS: Tools | None = None


def _init_worker(tools: Tools | None, lexicon: Lexicon | None) -> None:
    global _TOOLS
    gc.enable()  # a forked worker inherits a paused collector (kg.cache.gc_paused)
    if tools is not None:
        _TOOLS = tools
    elif _TOOLS is None and lexicon is not None:  # a spawned worker builds its own
        _TOOLS = make_tools(lexicon)


def _extract_chunk(chunk: list[tuple[Path, str]]) -> list[FileFacts]:
    assert _TOOLS is not None
    return [extract_file(path, doc_id, _TOOLS) for path, doc_id in chunk]


def _render_chunk(task: RenderTask) -> list[GraphParts]:
    assert _TOOLS is not None
    return render(task, _TOOLS.gazetteer)


def default_jobs() -> int:
    """Return the number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


class Workers:
    """A pool of worker processes for extraction and RDF writing, or none for one job."""

    def __init__(self, jobs: int, tools: Callable[[], Tools], lexicon: Lexicon) -> None:
        self.jobs = max(1, jobs)
        self._tools = tools
        self._lexicon = lexicon
        self._pool: Executor | None = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _executor(self) -> Executor:
        if self._pool is None:
            if "fork" in multiprocessing.get_all_start_methods():
                # children inherit the tools: nothing to rebuild or unpickle
                context = multiprocessing.get_context("fork")
                args: tuple[Any, ...] = (self._tools(), None)
            else:  # pragma: no cover - macOS, Windows
                context = multiprocessing.get_context("spawn")
                args = (None, self._lexicon)
            self._pool = ProcessPoolExecutor(
                self.jobs, mp_context=context, initializer=_init_worker, initargs=args
            )
        return self._pool

    def extract(
        self,
        items: Sequence[tuple[Path, str]],
        done: Callable[[int, FileFacts], None] | None = None,
    ) -> list[FileFacts]:
        """Extract every file, calling `done(index, result)` as each finishes."""
        return self._map(_extract_chunk, list(items), done, lambda: _local_extract(self._tools()))

    def render(self, tasks: Sequence[RenderTask]) -> list[list[GraphParts]]:
        """Write the articles of each task as graph text."""
        if not tasks:
            return []
        if self.jobs == 1 or len(tasks) < 2:
            gazetteer = self._tools().gazetteer
            return [render(task, gazetteer) for task in tasks]
        pool = self._executor()
        return list(pool.map(_render_chunk, tasks))

    def _map(
        self,
        work: Callable[[list[T]], list[R]],
        items: list[T],
        done: Callable[[int, R], None] | None,
        local: Callable[[], Callable[[list[T]], list[R]]],
    ) -> list[R]:
        results: list[R | None] = [None] * len(items)
        for start, chunk_results in self._chunks(work, items, local):
            for offset, result in enumerate(chunk_results):
                results[start + offset] = result
                if done is not None:
                    done(start + offset, result)
        return results  # type: ignore[return-value]

    def _chunks(
        self,
        work: Callable[[list[T]], list[R]],
        items: list[T],
        local: Callable[[], Callable[[list[T]], list[R]]],
    ) -> Iterator[tuple[int, list[R]]]:
        if not items:
            return
        size = chunk_size(len(items), self.jobs)
        if self.jobs == 1 or len(items) <= size:
            run = local()
            for start in range(len(items)):
                yield start, run(items[start : start + 1])
            return
        starts = range(0, len(items), size)
        pool = self._executor()
        futures = {pool.submit(work, items[start : start + size]): start for start in starts}
        for future in as_completed(futures):
            yield futures[future], future.result()


def _local_extract(tools: Tools) -> Callable[[list[tuple[Path, str]]], list[FileFacts]]:
    return lambda chunk: [extract_file(path, doc_id, tools) for path, doc_id in chunk]


def chunk_size(items: int, jobs: int) -> int:
    """Return how many files to send a worker at once: small enough to keep all busy."""
    if jobs <= 1:
        return max(1, min(items, 64))
    return max(1, min(64, items // (jobs * 8)))
