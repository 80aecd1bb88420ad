"""Building at corpus scale: the generator, parallel and incremental builds, stable output,
bad input at volume, interrupted and concurrent builds. Corpora here are small."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import traceback
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, SEEDS, load_generator
from rdflib import Dataset, Graph, URIRef

import kg
from kg import concat, parallel, serialize
from kg.cache import CACHE_DIR
from kg.cli import cli
from kg.lexicon import load_lexicon
from kg.output import locked
from kg.pipeline import to_dataset
from kg.progress import ConsoleProgress
from kg.readers import MAX_BYTES
from kg.serialize import to_bytes, write_nquads, write_trig

ARTICLE = URIRef("https://w3id.org/newskg/id/article/")


generate = load_generator()


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """Six generated articles."""
    folder = tmp_path / "corpus"
    generate.write_corpus(folder, 6, seed=3)
    return folder


def nquads(result: kg.BuildResult) -> bytes:
    return to_bytes(write_nquads, result.graphs)


class CountingExtraction:
    """Count the files read and extracted in this process."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.sources: list[str] = []
        original = parallel.extract_file

        def counting(path, doc_id, tools):
            self.sources.append(path.name)
            return original(path, doc_id, tools)

        monkeypatch.setattr(parallel, "extract_file", counting)


# -- the corpus generator ------------------------------------------------------------------------


def test_generator_is_deterministic_and_varied(tmp_path: Path) -> None:
    first = list(generate.generate(40, seed=11))
    again = list(generate.generate(40, seed=11))
    other = list(generate.generate(40, seed=12))
    assert [a.text for a in first] == [a.text for a in again]
    assert [a.text for a in first] != [a.text for a in other]
    words = [len(a.text.split()) for a in first]
    assert 330 <= sum(words) / len(words) <= 480
    assert len({a.id for a in first}) == 40
    assert len({a.outlet for a in first}) >= 8
    assert len({a.date.year for a in first}) >= 2
    countries = {generate.country_name(c) for c in generate.COUNTRIES}
    named = {c for c in countries if any(c in a.text for a in first)}
    assert len(named) >= 25
    files = generate.write_corpus(tmp_path / "feed", 5, seed=11, jsonl=True)
    records = [json.loads(line) for line in files[0].read_text().splitlines()]
    assert [r["id"] for r in records] == [a.id for a in first[:5]]


def test_generated_articles_yield_facts_of_every_family(corpus: Path) -> None:
    result = kg.build_corpus([corpus])
    assert result.problems == []
    counts = result.counts()
    assert counts["posts"] >= 6 and counts["exports"] >= 6 and counts["events"] >= 6
    # the same officials recur across articles: resolution has work to do
    people = [ref.name for s in result.summaries for ref in s.people]
    assert len(people) > len(set(people))


# -- parallel builds -----------------------------------------------------------------------------


def test_parallel_build_equals_serial(corpus: Path) -> None:
    (corpus / "feed.jsonl").write_text(
        "\n".join(json.dumps({"id": a.id, "text": a.text}) for a in generate.generate(3, seed=5))
        + "\n{broken\n",
        encoding="utf-8",
    )
    serial = kg.build_corpus([corpus], jobs=1)
    parallel_ = kg.build_corpus([corpus], jobs=2)
    assert nquads(serial) == nquads(parallel_)
    assert to_bytes(write_trig, serial.graphs) == to_bytes(write_trig, parallel_.graphs)
    assert serial.problems == parallel_.problems and serial.problems
    assert serial.summaries == parallel_.summaries
    assert serial.articles == 9


def test_chunks_keep_every_worker_busy() -> None:
    assert parallel.chunk_size(10_000, 2) == 64
    assert parallel.chunk_size(40, 2) == 2
    assert parallel.chunk_size(3, 2) == 1
    assert parallel.chunk_size(5, 1) == 5


# -- the text of the dataset ---------------------------------------------------------------------


def test_written_dataset_equals_the_rdf_writer() -> None:
    """graph.nq and graph.trig hold exactly what RdfWriter puts in an rdflib dataset."""
    result = kg.build_corpus([ROOT / "tests" / "corpus" / "dev"])
    reference = to_dataset(result.facts, load_lexicon())
    for fmt, data in (
        ("nquads", to_bytes(write_nquads, result.graphs)),
        ("trig", to_bytes(write_trig, result.graphs)),
    ):
        parsed = Dataset()
        parsed.parse(data=data, format=fmt)
        assert set(parsed.quads()) == set(reference.quads()), fmt
    assert set(result.dataset.quads()) == set(reference.quads())
    union = Graph().parse(data=to_bytes(serialize.write_union_turtle, result.graphs), format="ttl")
    assert set(union) == {(s, p, o) for s, p, o, _ in reference.quads()}


def test_graphs_are_sorted_and_lines_are_sorted(seeds_build: kg.BuildResult) -> None:
    names = [g.name for g in seeds_build.graphs]
    assert names == sorted(names) and len(names) == 2
    for graph in seeds_build.graphs:
        lines = graph.ntriples.splitlines()
        assert lines == sorted(lines) and len(lines) == len(set(lines))


def test_same_article_id_in_two_feeds_shares_one_graph(tmp_path: Path) -> None:
    text = "COLOMBO, 2024-08-22 — Sri Lanka's exports to Pakistan include tea and rubber."
    for name in ("a.jsonl", "b.jsonl"):
        (tmp_path / name).write_text(json.dumps({"id": "same", "text": text.replace("tea", name)}))
    result = kg.build_corpus([tmp_path])
    assert [g.name for g in result.graphs] == [str(ARTICLE) + "same"]
    assert set(result.dataset.quads()) == set(to_dataset(result.facts, load_lexicon()).quads())


def test_lone_surrogates_do_not_break_the_output(tmp_path: Path) -> None:
    record = '{"id": "s", "text": "Pakistan\'s exports to China include rice \\ud800 and cotton."}'
    (tmp_path / "s.jsonl").write_text(record)
    result = kg.build_corpus([tmp_path])
    data = to_bytes(write_nquads, result.graphs)
    data.decode("utf-8")
    assert "\ufffd".encode() in data


def _build_subprocess(inputs: Path, out: Path, seed: str, *extra: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    command = [sys.executable, "-m", "kg.cli", "build", str(inputs), "--out", str(out)]
    done = subprocess.run(
        [*command, "--no-html", "-q", *extra], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def test_output_is_byte_identical_across_runs_and_hash_seeds(corpus: Path, tmp_path: Path) -> None:
    shutil.copytree(SEEDS, corpus / "seeds")
    _build_subprocess(corpus, tmp_path / "one", "1", "--jobs", "2")
    _build_subprocess(corpus, tmp_path / "two", "2", "--jobs", "1")
    for name in ("graph.trig", "graph.nq", "graph.ttl"):
        first = (tmp_path / "one" / name).read_bytes()
        assert first == (tmp_path / "two" / name).read_bytes(), name
    lines = (tmp_path / "one" / "graph.nq").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines, key=lambda line: (line.rsplit(" ", 2)[1], line))


# -- incremental builds --------------------------------------------------------------------------


def test_rebuild_reads_only_new_and_changed_files(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = kg.build_corpus([corpus], cache=cache)
    counter = CountingExtraction(monkeypatch)
    again = kg.build_corpus([corpus], cache=cache)
    assert counter.sources == [] and again.cached == 6
    assert nquads(again) == nquads(first)
    assert again.counts() == first.counts() and again.facts == first.facts

    changed = sorted(corpus.rglob("*.txt"))[2]
    changed.write_text(changed.read_text() + "\nPakistan's exports to Chile include rice.\n")
    new = corpus / "new.txt"
    new.write_text("COLOMBO, 2024-08-22 — Sri Lanka's exports to Pakistan include tea.")
    rebuilt = kg.build_corpus([corpus], cache=cache)
    assert sorted(counter.sources) == sorted([changed.name, "new.txt"])
    assert nquads(rebuilt) == nquads(kg.build_corpus([corpus]))
    assert b"chile" in nquads(rebuilt).lower()

    counter.sources.clear()
    forced = kg.build_corpus([corpus], cache=cache, full=True)
    assert len(counter.sources) == 7 and nquads(forced) == nquads(rebuilt)


def test_a_removed_file_removes_its_facts(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    kg.build_corpus([corpus], cache=cache)
    gone = sorted(corpus.rglob("*.txt"))[0]
    iri = str(ARTICLE) + gone.stem
    gone.unlink()
    rebuilt = kg.build_corpus([corpus], cache=cache)
    assert iri not in [g.name for g in rebuilt.graphs] and len(rebuilt.graphs) == 5
    assert iri.encode() not in nquads(rebuilt)
    assert nquads(rebuilt) == nquads(kg.build_corpus([corpus]))
    # and its cache entry is gone too
    assert len(list((cache / "entries").glob("*.pickle"))) == 5


def test_resolution_stays_corpus_wide_when_only_one_file_is_read(tmp_path: Path) -> None:
    """A new article naming 'Jam Kamal Khan' makes a cached article's 'Kamal Khan' him."""
    corpus, cache = tmp_path / "in", tmp_path / "cache"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "ISLAMABAD, 12 June 2024 (APP): Federal Minister for Commerce Kamal Khan met the "
        "Ambassador of Belarus Andrei Metelitsa in Islamabad."
    )
    before = kg.build_corpus([corpus], cache=cache)
    assert b"person/kamal-khan>" in nquads(before)
    (corpus / "b.txt").write_text(
        "ISLAMABAD, 9 May 2024 (APP): Federal Minister for Commerce Jam Kamal Khan visited "
        "Minsk, where he met Belarusian Minister for Industry Alexei Lyakhnovich."
    )
    after = kg.build_corpus([corpus], cache=cache)
    assert after.cached == 1
    graph_a = next(g for g in after.graphs if g.name.endswith("/a"))
    assert "person/jam-kamal-khan>" in graph_a.ntriples
    assert "person/kamal-khan>" not in graph_a.ntriples
    assert nquads(after) == nquads(kg.build_corpus([corpus]))


def test_a_same_size_edit_is_read_again_whatever_its_mtime(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Unchanged (size, mtime) spares a file's hashing, as in git's index; an edit that keeps
    the size is noticed by its mtime, and one that keeps both by being too recent to trust."""
    import kg.cache

    cache = tmp_path / "cache"
    monkeypatch.setattr(kg.cache, "RACY_NS", 0)  # trust every recorded mtime
    kg.build_corpus([corpus], cache=cache)
    path = sorted(corpus.rglob("*.txt"))[1]
    old = path.read_text()
    same_size = old.replace("the", "THE", 1)
    assert same_size != old and len(same_size) == len(old)
    stat = path.stat()
    path.write_text(same_size)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns - 10**9))  # older, but different
    counter = CountingExtraction(monkeypatch)
    kg.build_corpus([corpus], cache=cache)
    assert counter.sources == [path.name]

    # same size and the same mtime as recorded: trusted only when older than the last build
    monkeypatch.setattr(kg.cache, "RACY_NS", 10**15)
    path.write_text(old)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns - 10**9))
    counter.sources.clear()
    rebuilt = kg.build_corpus([corpus], cache=cache)
    assert counter.sources == [path.name]
    assert nquads(rebuilt) == nquads(kg.build_corpus([corpus]))

    monkeypatch.setattr(kg.cache, "RACY_NS", 0)
    hashed: list[str] = []
    monkeypatch.setattr(Path, "read_bytes", lambda p: hashed.append(p.name) or b"")
    counter.sources.clear()
    kg.build_corpus([corpus], cache=cache)
    assert counter.sources == [] and hashed == []


def test_a_rebuild_resolves_again_only_when_names_change(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last resolution, and each unchanged article's graph key, serve while no file's
    people or posts changed; a new name resolves the corpus again, and the graph keys of
    only the articles whose people or posts it changed are made again."""
    import kg.cache

    cache = tmp_path / "cache"
    kg.build_corpus([corpus], cache=cache)
    calls = {"resolve": 0, "keys": 0}
    resolve, render_key = kg.cache.resolve_people, kg.cache.render_key

    def counting_resolve(*args):
        calls["resolve"] += 1
        return resolve(*args)

    def counting_key(*args):
        calls["keys"] += 1
        return render_key(*args)

    monkeypatch.setattr(kg.cache, "resolve_people", counting_resolve)
    monkeypatch.setattr(kg.cache, "render_key", counting_key)
    path = sorted(corpus.rglob("*.txt"))[3]
    path.write_text(path.read_text() + "\nThe talks were held in a cordial atmosphere.\n")
    rebuilt = kg.build_corpus([corpus], cache=cache)
    assert calls == {"resolve": 0, "keys": 1}
    assert nquads(rebuilt) == nquads(kg.build_corpus([corpus]))

    path.write_text(
        path.read_text() + "\nMinister of Tourism of Kenya Zawadi Wanjiku-Otieno also attended.\n"
    )
    rebuilt = kg.build_corpus([corpus], cache=cache)
    assert calls == {"resolve": 1, "keys": 2}  # no other article names her
    assert b"zawadi-wanjiku-otieno" in nquads(rebuilt)
    assert nquads(rebuilt) == nquads(kg.build_corpus([corpus]))


def test_a_new_article_can_change_the_role_of_a_cached_post(tmp_path: Path) -> None:
    """A post gets the role most articles give it: a new article's vote changes the graphs
    of cached articles whose people did not change."""
    corpus, cache = tmp_path / "in", tmp_path / "cache"
    corpus.mkdir()
    texts = {
        "a.txt": "ISLAMABAD, Jan 15, 2025 (APP): Minister of State for Commerce Ali Pervaiz "
        "Malik met the envoy of Kenya.",
        "c.txt": "ISLAMABAD, Jan 17, 2025 (APP): Minister for Commerce Ali Pervaiz Malik "
        "opened an expo.",
    }
    for name, text in texts.items():
        (corpus / name).write_text(text)
    before = kg.build_corpus([corpus], cache=cache)
    assert b"ontology#MinisterOfState>" not in nquads(before)
    (corpus / "b.txt").write_text(
        "ISLAMABAD, Jan 16, 2025 (APP): Minister of State for Commerce Ali Pervaiz "
        "Malik spoke to exporters."
    )
    after = kg.build_corpus([corpus], cache=cache)
    assert after.cached == 2
    graph_c = next(g for g in after.graphs if g.name.endswith("/c"))
    assert "ontology#MinisterOfState>" in graph_c.ntriples
    assert nquads(after) == nquads(kg.build_corpus([corpus]))


def test_graph_keys_are_made_again_for_the_people_and_posts_a_resolution_changed(
    tmp_path: Path, lexicon
) -> None:
    from kg.cache import BuildCache, _changes
    from kg.model import PersonRef
    from kg.parallel import ArticleSummary
    from kg.resolve import PersonEntity, Resolution

    khan = PersonEntity("Kamal Khan", "person/kamal-khan", {"Khan"})
    jam = PersonEntity("Jam Kamal Khan", "person/jam-kamal-khan", {"Kamal Khan", "Khan"})
    aziz = PersonEntity("Aziz Askar", "person/aziz-askar", set())
    post = ("person/aziz-askar", "Ministry of Energy", "TKM")
    old = Resolution({"kamal khan": khan, "aziz askar": aziz}, {post: "Minister"})
    new = Resolution(
        {"kamal khan": jam, "jam kamal khan": jam, "aziz askar": aziz}, {post: "Minister"}
    )

    def article(name: str, roles: tuple = ()) -> ArticleSummary:
        return ArticleSummary("iri", "source", (PersonRef(name),), 0, 0, 0, roles)

    cache = BuildCache(tmp_path, lexicon)
    cache._stale = _changes(old, new)
    assert cache._touched([article("Kamal Khan")], new)
    assert not cache._touched([article("Aziz Askar")], new)
    voted = Resolution(new.people, {post: "MinisterOfState"})
    cache._stale = _changes(new, voted)
    posted = article("Aziz Askar", (("Aziz Askar", "Ministry of Energy", "TKM", "Minister"),))
    assert cache._touched([posted], voted)
    assert not cache._touched([article("Kamal Khan")], voted)


def test_a_changed_lexicon_or_a_broken_cache_rebuilds_everything(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    kg.build_corpus([corpus], cache=cache)
    words = tmp_path / "words"
    words.mkdir()
    (words / "trade.json").write_text(json.dumps({"words": {"export_verb": ["dispatches"]}}))
    counter = CountingExtraction(monkeypatch)
    kg.build_corpus([corpus], cache=cache, lexicon_dirs=[words])
    assert len(counter.sources) == 6
    counter.sources.clear()
    for name in ("state.pickle", "graphs.pickle", "tools.pickle"):
        (cache / name).write_bytes(b"\x80\x05garbage")
    result = kg.build_corpus([corpus], cache=cache)
    assert len(counter.sources) == 6
    assert nquads(result) == nquads(kg.build_corpus([corpus]))


# -- the command line ----------------------------------------------------------------------------


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_cli_rebuild_says_what_it_reused(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["build", str(corpus), "--out", str(out), "--no-html", "--jobs", "1"]
    first = runner.invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert (out / CACHE_DIR / "state.pickle").exists()
    trig = (out / "graph.trig").read_bytes()
    again = runner.invoke(cli, [*args, "-v"])
    assert again.exit_code == 0, again.output
    assert "6 unchanged file(s) taken from the last build" in again.output
    assert re.search(r"unchanged \S+\.txt: \d+ posts, \d+ trade flows, \d+ events", again.output)
    assert "time: discover" in again.output
    assert (out / "graph.trig").read_bytes() == trig
    full = runner.invoke(cli, [*args, "--full"])
    assert "unchanged" not in full.output and (out / "graph.trig").read_bytes() == trig


def test_quiet_prints_only_problems(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    (corpus / "empty.txt").write_text("")
    result = runner.invoke(
        cli, ["build", str(corpus), "--out", str(tmp_path / "o"), "--no-html", "-q"]
    )
    assert result.exit_code == 0
    assert [line for line in result.output.splitlines()] == [
        f"skipped: {(corpus / 'empty.txt').as_posix()}: empty file"
    ]


def test_progress_bar_and_verbose_lines(corpus: Path) -> None:
    stream = io.StringIO()
    kg.build_corpus([corpus], progress=ConsoleProgress(bar=True, file=stream))
    assert "reading articles" in stream.getvalue()
    stream = io.StringIO()
    kg.build_corpus([corpus], progress=ConsoleProgress(verbose=True, file=stream))
    lines = stream.getvalue().splitlines()
    assert lines[0] == "6 input file(s), 0 unchanged since the last build"
    assert sum(line.startswith("read ") for line in lines) == 6
    assert any(line.startswith("writing RDF") for line in lines)
    stream = io.StringIO()
    kg.build_corpus([corpus], progress=ConsoleProgress(file=stream))
    assert stream.getvalue() == ""  # not a terminal, short build: no bar


def test_bad_input_at_volume(
    runner: CliRunner, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = corpus / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)))
    (bad / "latin1.txt").write_bytes(
        "COLOMBO, 2024-08-22 - Sri Lanka exports tea to Peru. Café.".encode("latin-1")
    )
    (bad / "nobody.html").write_text("<html><head><title>Only a title</title></head></html>")
    (bad / "feed.jsonl").write_text(
        '{"id": "ok", "text": "Pakistan exports rice to Oman."}\n{oops\n'
    )
    with (bad / "huge.txt").open("wb") as handle:
        handle.truncate(20 * 1024 * 1024)
    locked_file = bad / "locked.txt"
    locked_file.write_text("Pakistan exports rice to China.")
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:  # chmod 000 does not stop root: refuse as the OS would
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    out = tmp_path / "out"
    args = ["build", str(corpus), "--out", str(out), "--no-html", "--jobs", "1"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    lines = [
        line for line in result.output.splitlines() if line.startswith(("skipped:", "warning:"))
    ]
    expected = {
        "empty.txt": "skipped: .*empty.txt: empty file",
        "binary.txt": "skipped: .*binary.txt: binary file",
        "latin1.txt": "warning: .*latin1.txt: not valid UTF-8 .*replaced",
        "nobody.html": "skipped: .*nobody.html: HTML page without article text",
        "feed.jsonl": r"skipped: .*feed.jsonl:2: invalid JSON",
        "huge.txt": r"skipped: .*huge.txt: too large \(20.0 MB; the limit is 10 MB\)",
        "locked.txt": "skipped: .*locked.txt: cannot read \\(Permission denied\\)",
    }
    assert len(lines) == len(expected), lines
    for name, pattern in expected.items():
        assert sum(1 for line in lines if re.match(pattern, line)) == 1, (name, lines)
    assert "8 article(s) from 13 file(s), 6 skipped" in result.output
    assert (
        "  skipped: 1 HTML page without article text, 1 binary file, 1 cannot read, "
        "1 empty file, 1 invalid JSON, 1 too large\n  warnings: 1 not valid UTF-8\n"
    ) in result.output
    assert "Traceback" not in result.output
    assert MAX_BYTES < 20 * 1024 * 1024
    strict = runner.invoke(cli, [*args, "--out", str(tmp_path / "strict"), "--strict"])
    assert strict.exit_code == 1 and "--strict" in strict.output
    assert not (tmp_path / "strict" / "graph.trig").exists()


def test_failure_while_writing_keeps_the_previous_outputs(
    runner: CliRunner, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    args = ["build", str(corpus), "--out", str(out), "--no-html", "--jobs", "1"]
    assert runner.invoke(cli, args).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.glob("graph.*")}
    (sorted(corpus.rglob("*.txt"))[0]).write_text("Pakistan exports rice to Oman.")

    write_parts = concat.write_parts

    def dying_writer(path, graphs, **options):
        if path.name != "graph.nq":
            return write_parts(path, graphs, **options)
        path.write_bytes(b"<half> <a> <line")
        raise KeyboardInterrupt  # Ctrl-C half-way through graph.nq

    monkeypatch.setattr(concat, "write_parts", dying_writer)
    result = runner.invoke(cli, args)
    assert result.exit_code != 0
    assert {p.name: p.read_bytes() for p in out.glob("graph.*")} == before
    assert not list(out.glob(".kg-staging-*"))


_KILLER = """
import os, signal, sys
from kg import concat
from kg.cli import cli
write_parts = concat.write_parts
def killed(path, graphs, **options):
    if path.name != "graph.nq":
        return write_parts(path, graphs, **options)
    path.write_bytes(b"<half> <a> <line")
    os.kill(os.getpid(), signal.SIGKILL)
concat.write_parts = killed
cli(sys.argv[1:])
"""


def test_a_killed_build_leaves_the_previous_outputs(
    runner: CliRunner, corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    args = ["build", str(corpus), "--out", str(out), "--no-html", "-q"]
    assert runner.invoke(cli, args).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.glob("graph.*")}
    (sorted(corpus.rglob("*.txt"))[1]).write_text("Pakistan exports rice to Oman.")
    killed = subprocess.run([sys.executable, "-c", _KILLER, *args], capture_output=True)
    assert killed.returncode == -signal.SIGKILL
    assert {p.name: p.read_bytes() for p in out.glob("graph.*")} == before
    assert list(out.glob(".kg-staging-*"))  # what the killed build left half-written
    again = runner.invoke(cli, args)
    # the whole traceback, should it fail: a rare FileNotFoundError once seen under load
    assert again.exit_code == 0, again.output + "".join(
        traceback.format_exception(*again.exc_info) if again.exc_info else []
    )
    assert not list(out.glob(".kg-staging-*"))
    assert b"oman" in (out / "graph.nq").read_bytes().lower()


def test_a_rebuild_after_a_killed_build_still_edits_what_was_published(tmp_path: Path) -> None:
    """The killed build's cache must not count as published: its graphs replaced the only
    article of a pack, which the rebuild still reads to edit the published store."""
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    article = corpus / "a.txt"
    article.write_text("ISLAMABAD, Nov 5, 2024 (APP): Pakistan exports rice to Kenya.")
    args = ["build", str(corpus), "--out", str(out), "--no-html", "-q", "--jobs", "1"]
    assert CliRunner().invoke(cli, args).exit_code == 0
    article.write_text("ISLAMABAD, Nov 5, 2024 (APP): Pakistan exports rice to Oman.")
    killed = subprocess.run([sys.executable, "-c", _KILLER, *args], capture_output=True)
    assert killed.returncode == -signal.SIGKILL
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0, again.output
    nq = (out / "graph.nq").read_bytes().lower()
    assert b"oman" in nq and b"kenya" not in nq


def test_a_rebuild_without_the_cached_graphs_writes_everything_again(
    runner: CliRunner, corpus: Path, tmp_path: Path
) -> None:
    def build(out: Path) -> None:
        result = runner.invoke(cli, ["build", str(corpus), "--out", str(out), "--no-html", "-q"])
        assert result.exit_code == 0, result.output

    out, fresh = tmp_path / "out", tmp_path / "fresh"
    build(out)
    shutil.rmtree(out / CACHE_DIR / "packs")  # by hand; the index still names them
    (sorted(corpus.rglob("*.txt"))[1]).write_text("Pakistan exports rice to Oman.")
    build(out)
    build(fresh)
    assert (out / "graph.nq").read_bytes() == (fresh / "graph.nq").read_bytes()


def test_two_builds_into_one_folder_do_not_write_at_once(
    runner: CliRunner, corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    with locked(out):  # another build holds the folder
        result = runner.invoke(cli, ["build", str(corpus), "--out", str(out), "--no-html"])
    assert result.exit_code == 1
    assert "another kg build is writing this folder" in result.output
    assert not (out / "graph.trig").exists()


def test_the_reader_and_extractor_pickle_for_the_cache(lexicon) -> None:
    """A rebuild loads them from `tools.pickle`; unpicklable, it would build them each time."""
    import pickle

    from kg.article import article_reader_for
    from kg.extract import extractor_for
    from kg.readers import RawDoc

    tools = (article_reader_for(lexicon), extractor_for(lexicon))
    reader, extractor = pickle.loads(pickle.dumps(tools, protocol=pickle.HIGHEST_PROTOCOL))
    raw = RawDoc("x", "ISLAMABAD, Nov 5, 2024 (APP): Pakistan exports rice to Kenya.", "x", "text")
    flows = extractor.extract(reader.read(raw)).flows
    assert [(f.exporter, f.importer, f.product) for f in flows] == [("PAK", "KEN", "rice")]
