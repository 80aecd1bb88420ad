"""A content-hash cache of each input file's facts, so a rebuild redoes only what changed.

The cache lives in OUT/.kg-cache/ and holds:

- `entries/<digest>.pickle`: the facts of one input file, where the digest is the
  sha256 of the file's bytes, its path and article id, the cache format, the
  package version and fingerprints of the code and the lexicon, so a change to
  any of them re-extracts everything;
- `state.pickle`: for each file its size, mtime and digest (a file whose size
  and mtime are unchanged is not read again, as git does), each digest's
  problems and article summaries and a digest of its people, the last entity
  resolution (reused while every file's people are the same) and each
  article's graph key under it;
- `graphs.pickle`: where each article's graph is in `packs/` (see kg.packs),
  keyed by what it was written from (its facts and the resolved names of its
  people); the graphs of the build before stay one build longer, so the next
  build can tell what changed in the published store;
- `tools.pickle`: the reader, extractor and gazetteer, which take longer to
  build than to load; their regular expressions are stored compiled (kg.patterns).

Every file is written whole and then renamed into place, and pack files are
only ever added, so a build killed half-way leaves a cache that is merely
older. Anything unreadable is ignored and rebuilt.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import pickle
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg import __version__, patterns
from kg.lexicon import Lexicon
from kg.model import PersonRef
from kg.packs import PackedGraph, PackWriter, forget
from kg.parallel import ArticleSummary, FileFacts, Tools, resolve_people
from kg.readers import MAX_BYTES, Problem
from kg.resolve import Resolution
from kg.text import fold

CACHE_DIR = ".kg-cache"
#: cache key → an article's graph and the last build (generation) that used it
_Index = dict[str, tuple[PackedGraph, int]]
#: bump when the layout or the pickled records change
FORMAT = 3
PACKS = "packs"
#: pack files are compacted when more of their bytes are dead than live, and at least this many
COMPACT_BYTES = 64 * 1024 * 1024
#: a file modified this close to the last build is hashed again (its mtime may not have moved)
RACY_NS = 2_000_000_000


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Return a digest of the package's code and packaged data."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".json") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def lexicon_fingerprint(lexicon: Lexicon) -> str:
    """Return a digest of a lexicon's data, including the user's --lexicon files."""
    text = json.dumps(lexicon.files, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class _State:
    salt: str = ""
    written_ns: int = 0
    #: source → (size, mtime_ns, digest)
    files: dict[str, tuple[int, int, str]] = field(default_factory=dict)
    #: digest → (problems, articles)
    summaries: dict[str, tuple[tuple[Problem, ...], tuple[ArticleSummary, ...]]] = field(
        default_factory=dict
    )
    resolution: tuple[str, Resolution] | None = None
    #: counts builds: a graph used by the last build stays one more
    generation: int = 0
    #: digest → digest of the people and posts of its articles (what resolution reads)
    people: dict[str, str] = field(default_factory=dict)
    #: digest → its articles' graph keys (see `render_key`) under `resolution`
    render_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)


class BuildCache:
    """The cache of one output folder, for one version of the code and lexicon."""

    def __init__(self, folder: Path, lexicon: Lexicon, *, reuse: bool = True) -> None:
        self.folder = folder
        self.salt = hashlib.sha256(
            f"{FORMAT}|{__version__}|{code_fingerprint()}|{lexicon_fingerprint(lexicon)}".encode()
        ).hexdigest()
        self.reuse = reuse
        self._lexicon = lexicon
        self._state = self._load_state() if reuse else _State(self.salt)
        self.token = uuid.uuid4().hex[:12]  # names this build's pack files
        self._graphs: _Index | None = None
        self._new_graphs: dict[str, PackedGraph] = {}
        self._by_digest: dict[str, PackedGraph] | None = None
        self._used_digests: set[str] = set()
        self._files: dict[str, tuple[int, int, str]] = {}
        self.hits = 0
        self._failed = False
        self._names: set[str] | None = None
        self._added: set[str] = set()  # digests read in this build
        self._people: dict[str, str] = {}
        self._render_keys: dict[str, tuple[str, ...]] = {}
        #: what the resolution changed since the last build: (people, posts), None if unknown
        self._stale: tuple[set[str], set[tuple[str, str, str | None]]] | None = None

    # -- files --------------------------------------------------------------------------------

    def digest(self, path: Path, doc_id: str) -> str | None:
        """Return the cache key of an input file, or None if it cannot be read."""
        source = path.as_posix()
        try:
            stat = path.stat()
            known = self._state.files.get(source)
            if (
                known is not None
                and known[:2] == (stat.st_size, stat.st_mtime_ns)
                and stat.st_mtime_ns < self._state.written_ns - RACY_NS
            ):
                digest = known[2]
            else:
                if stat.st_size > MAX_BYTES:
                    return None  # the reader skips it without reading it
                data = path.read_bytes()
                digest = hashlib.sha256(
                    f"{self.salt}|{source}|{doc_id}|".encode() + data
                ).hexdigest()
        except OSError:
            return None
        self._files[source] = (stat.st_size, stat.st_mtime_ns, digest)
        return digest

    def get(self, digest: str) -> FileFacts | None:
        """Return what the file of `digest` gave last time (facts not loaded), if known."""
        if not self.reuse:
            return None
        found = self._state.summaries.get(digest)
        if found is None or f"{digest}.pickle" not in self._entry_names():
            return None
        self._used_digests.add(digest)
        self.hits += 1
        return FileFacts(found[0], found[1], b"")

    def blob(self, digest: str) -> bytes:
        """Return the pickled facts of the file of `digest`."""
        return (self._entries / f"{digest}.pickle").read_bytes()

    def put(self, digest: str, result: FileFacts) -> None:
        """Remember what the file of `digest` gave."""
        if self._failed:
            return
        try:
            _write_atomically(self._entries / f"{digest}.pickle", result.blob)
        except OSError:  # a full disk loses the cache, not the build
            self._failed = True
            return
        self._state.summaries[digest] = (result.problems, result.articles)
        self._used_digests.add(digest)
        self._added.add(digest)

    @property
    def _entries(self) -> Path:
        return self.folder / "entries"

    def _entry_names(self) -> set[str]:
        """Return the names of the saved entries, listed once."""
        if self._names is None:
            try:
                self._names = set(os.listdir(self._entries))
            except OSError:
                self._names = set()
        return self._names

    # -- resolution and graphs ----------------------------------------------------------------

    def resolution(self, files: Sequence[tuple[str | None, FileFacts]]) -> Resolution:
        """Return the entity resolution of the people and posts of the files' articles,
        (file digest, what it gave) in input order; the last one if they are the same."""
        parts = [self._people_digest(digest, result) for digest, result in files]
        key = hashlib.sha256("|".join(parts).encode()).hexdigest()
        last = self._state.resolution
        if self.reuse and last is not None and last[0] == key:
            self._stale = (set(), set())
            return last[1]
        articles = [a for _, result in files for a in result.articles]
        result = resolve_people(
            [a.people for a in articles], [r for a in articles for r in a.roles]
        )
        if self.reuse and last is not None:
            self._stale = _changes(last[1], result)
        self._state.resolution = (key, result)
        return result

    def _people_digest(self, digest: str | None, result: FileFacts) -> str:
        """Return a digest of the names of the people and posts of a file's articles."""
        found = self._state.people.get(digest) if digest and digest not in self._added else None
        if found is None:
            names = [[(ref.name, ref.aliases) for ref in a.people] for a in result.articles]
            roles = [a.roles for a in result.articles]
            found = hashlib.sha256(repr((names, roles)).encode()).hexdigest()
        if digest:
            self._people[digest] = found
        return found

    def render_keys(
        self, digest: str, articles: Sequence[ArticleSummary], resolution: Resolution
    ) -> tuple[str, ...]:
        """Return the graph key of each article of the file of `digest` (see `render_key`):
        the last build's, unless the resolution changed for one of their people or posts."""
        keys = self._state.render_keys.get(digest) if self._stale is not None else None
        if keys is None or len(keys) != len(articles) or self._touched(articles, resolution):
            keys = tuple(render_key(digest, j, a, resolution) for j, a in enumerate(articles))
        self._render_keys[digest] = keys
        return keys

    def _touched(self, articles: Sequence[ArticleSummary], resolution: Resolution) -> bool:
        """Tell whether the resolution changed for a person or post of the articles."""
        assert self._stale is not None
        people, posts = self._stale
        if not people and not posts:
            return False
        for article in articles:
            if any(fold(ref.name) in people for ref in article.people):
                return True
            for name, organization, country, _ in article.roles:
                if (resolution.person(name).slug, organization, country) in posts:
                    return True
        return False

    @property
    def packs(self) -> Path:
        """Return the folder of the pack files."""
        return self.folder / PACKS

    def graph(self, key: str) -> PackedGraph | None:
        """Return the graph written last time from the same input, if any."""
        if not self.reuse:
            return None
        found = self._index().get(key)
        return found[0] if found is not None else None

    def put_graph(self, key: str, graph: PackedGraph) -> None:
        """Remember where an article's graph is."""
        self._new_graphs[key] = graph

    def find(self, digest: str) -> PackedGraph | None:
        """Return a graph of this build or the last one by the digest of its N-Quads."""
        if self._by_digest is None:
            self._by_digest = {g.digest: g for g, _ in self._index().values()}
            self._by_digest.update((g.digest, g) for g in self._new_graphs.values())
        return self._by_digest.get(digest)

    def _index(self) -> _Index:
        if self._graphs is None:
            self._graphs = self._load_index()
        return self._graphs

    def _load_index(self) -> _Index:
        found = _read_pickle(self.folder / "graphs.pickle", self.salt)
        if not isinstance(found, dict):
            return {}
        paths: dict[str, str] = {}  # pack file name → path
        index = {
            key: (graph.moved(paths.get(graph.pack) or self._pack_path(paths, graph.pack)), gen)
            for key, (graph, gen) in found.items()
        }
        try:
            return self._compact(index)
        except OSError:  # a pack is missing or unreadable: start again
            return {}

    def _pack_path(self, paths: dict[str, str], name: str) -> str:
        paths[name] = path = str(self.packs / name)
        return path

    def _compact(self, index: _Index) -> _Index:
        """Copy the live graphs of mostly dead pack files into a new one."""
        live = sum(g.trig_size + g.nquads_size for g, _ in index.values())
        paths = {g.pack for g, _ in index.values()}
        total = sum(os.stat(path).st_size for path in paths)
        if total - live <= max(live, COMPACT_BYTES):
            return index
        writer = PackWriter(self.packs, self.token)
        try:
            compacted = {key: (writer.copy(g), gen) for key, (g, gen) in index.items()}
        finally:
            writer.close()
        self._write_index(compacted)
        for path in paths:
            forget(path)
            with contextlib.suppress(OSError):
                os.unlink(path)
        return compacted

    # -- tools --------------------------------------------------------------------------------

    def tools(self, build: Callable[[], Tools]) -> Tools:
        """Return the reader, extractor and gazetteer: loaded if saved, else built and saved."""
        path = self.folder / "tools.pickle"
        tools = _read_pickle(path, self.salt)
        if isinstance(tools, Tools):
            return tools
        tools = build()
        # unpicklable, or a full disk: build them each time instead
        with contextlib.suppress(Exception):
            _write_atomically(path, patterns.dumps((self.salt, tools)))
        return tools

    # -- saving -------------------------------------------------------------------------------

    def save(self, used_graph_keys: Sequence[str]) -> None:
        """Write the state for the next build and drop what this build no longer uses.

        A cache that cannot be written is left as it was: the next build reads more.
        """
        if self._failed:
            return
        try:
            self._save(used_graph_keys)
        except OSError:
            self._failed = True

    def _save(self, used_graph_keys: Sequence[str]) -> None:
        old = self._index()
        last = max((g for _, g in old.values()), default=self._state.generation)
        generation = last + 1
        summaries = {d: s for d, s in self._state.summaries.items() if d in self._used_digests}
        summaries.update(_shared_people({d: summaries[d] for d in self._added if d in summaries}))
        state = _State(
            self.salt,
            time.time_ns(),
            self._files,
            summaries,
            self._state.resolution,
            generation,
            {d: p for d, p in self._people.items() if d in summaries},
            self._render_keys,
        )
        # the last build's graphs stay one more build: the published store was made of them
        graphs = {k: v for k, v in old.items() if v[1] == last}
        for key in used_graph_keys:
            graph = self._new_graphs.get(key) or (old[key][0] if key in old else None)
            if graph is not None:
                graphs[key] = (graph, generation)
        self._write_index(graphs)
        _dump_atomically(self.folder / "state.pickle", (self.salt, state))
        kept = {g.pack for g, gen in [*graphs.values(), *old.values()] if gen >= last}
        self._drop_unused(kept)

    def _write_index(self, graphs: _Index) -> None:
        base = {pack: os.path.basename(pack) for pack in {g.pack for g, _ in graphs.values()}}
        names = {key: (graph.moved(base[graph.pack]), gen) for key, (graph, gen) in graphs.items()}
        _dump_atomically(self.folder / "graphs.pickle", (self.salt, names))

    def _drop_unused(self, packs: set[str]) -> None:
        for leftover in self.folder.glob(".*.tmp"):  # from a build that was killed
            leftover.unlink(missing_ok=True)
        for path in self.packs.glob("*.pack"):
            if str(path) not in packs and not path.name.startswith(self.token):
                forget(str(path))
                path.unlink(missing_ok=True)
        try:
            names = os.listdir(self._entries)
        except OSError:
            return
        for name in names:
            if name.endswith(".pickle") and name[: -len(".pickle")] in self._used_digests:
                continue
            with contextlib.suppress(OSError):
                (self._entries / name).unlink()

    def _load_state(self) -> _State:
        state = _read_pickle(self.folder / "state.pickle", self.salt)
        return state if isinstance(state, _State) else _State(self.salt)


def _shared_people(summaries: dict[str, Any]) -> dict[str, Any]:
    """Return the summaries with one object per distinct person: pickle then writes each once.

    Summaries loaded from the cache share theirs already; only new ones need this.
    """
    people: dict[PersonRef, PersonRef] = {}
    shared = {}
    for digest, (problems, articles) in summaries.items():
        shared[digest] = (
            problems,
            tuple(
                replace(a, people=tuple(people.setdefault(r, r) for r in a.people))
                for a in articles
            ),
        )
    return shared


def _changes(old: Resolution, new: Resolution) -> tuple[set[str], set[tuple[str, str, str | None]]]:
    """Return the people (keys) and the posts whose resolution differs between two."""
    people = {
        k for k in old.people.keys() | new.people.keys() if old.people.get(k) != new.people.get(k)
    }
    posts = {k for k in old.roles.keys() | new.roles.keys() if old.roles.get(k) != new.roles.get(k)}
    return people, posts


def render_key(digest: str, index: int, summary: ArticleSummary, resolution: Resolution) -> str:
    """Return what an article's graph text depends on, as a digest."""
    people = []
    for key in sorted({fold(ref.name) for ref in summary.people}):
        entity = resolution.people.get(key)
        if entity is not None:
            people.append((key, entity.name, entity.slug, sorted(entity.aliases)))
    roles = sorted(
        (
            name,
            organization,
            country or "",
            resolution.roles.get((resolution.person(name).slug, organization, country), role),
        )
        for name, organization, country, role in summary.roles
    )  # the role each post is given across the corpus
    return hashlib.sha256(f"{digest}|{index}|{people!r}|{roles!r}".encode()).hexdigest()


def _read_pickle(path: Path, salt: str) -> Any:
    try:
        with path.open("rb") as handle, gc_paused():
            found_salt, value = pickle.load(handle)
    except Exception:  # missing, truncated, from other code: start again
        return None
    return value if found_salt == salt else None


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block.

    Loading a large pickle makes hundreds of thousands of objects and no
    garbage, yet every few hundred of them start a collection, and the older
    generations' walk everything loaded so far: most of the time of loading.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _dump_atomically(path: Path, value: Any) -> None:
    """Pickle `value` into `path`, streamed: no copy of a large value is held in memory."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise
