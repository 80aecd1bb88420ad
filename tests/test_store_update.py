"""The store and graph.ttl of a rebuild: only changed graphs replaced, the same as a full build,
and a failed or killed rebuild leaves the published store as it was."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import ROOT, load_generator

from kg import graphstore
from kg import query as kq
from kg.cli import cli
from kg.serialize import GraphParts
from kg.union import lower_bound, splice

ARTICLE = "https://w3id.org/newskg/id/article/"
OUTPUTS = ("graph.trig", "graph.nq", "graph.ttl")


generate = load_generator()


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """Eight generated articles: they share countries, products and people."""
    folder = tmp_path / "corpus"
    generate.write_corpus(folder, 8, seed=11)
    return folder


class Loads:
    """Count full loads and updates of the store."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.full = self.updates = 0
        load, update = graphstore._load, graphstore._update

        def counting_load(*args):
            self.full += 1
            return load(*args)

        def counting_update(*args):
            self.updates += 1
            return update(*args)

        monkeypatch.setattr(graphstore, "_load", counting_load)
        monkeypatch.setattr(graphstore, "_update", counting_update)


def build(corpus: Path, out: Path, *extra: str) -> None:
    args = ["build", str(corpus), "--out", str(out), "--no-html", "-q", "--jobs", "1", *extra]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output


def quads(out: Path) -> list[str]:
    store = ox.Store.read_only(str(out / "store"))
    try:
        return sorted(str(q) for q in store)
    finally:
        del store


def graph_names(out: Path) -> set[str]:
    store = ox.Store.read_only(str(out / "store"))
    try:
        return {g.value for g in store.named_graphs()}
    finally:
        del store


def assert_same_as_full_build(corpus: Path, out: Path, tmp_path: Path) -> None:
    """The outputs of `out` are those of a build from nothing, and answer the same."""
    fresh = tmp_path / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    build(corpus, fresh)
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name
    assert quads(out) == quads(fresh)
    for name, query in sorted(kq.shipped_queries().items()):
        answers = []
        for folder in (out, fresh):
            opened = kq.open_build(folder, "oxigraph")
            try:
                answers.append(kq.format_result(kq.run_query(opened, query.text, {}), "csv"))
            finally:
                opened.close()
        assert answers[0] == answers[1], name


def change(path: Path) -> None:
    path.write_text(path.read_text() + "\nPakistan's exports to Chile include rice and salt.\n")


# -- a rebuild edits the store --------------------------------------------------------------------


def test_a_changed_article_replaces_only_its_graph(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build(corpus, out)
    loads = Loads(monkeypatch)
    changed = sorted(corpus.rglob("*.txt"))[3]
    change(changed)
    build(corpus, out)
    assert (loads.full, loads.updates) == (0, 1)
    store = ox.Store.read_only(str(out / "store"))
    graph = ox.NamedNode(ARTICLE + changed.stem)
    chile = ox.NamedNode("https://w3id.org/newskg/id/country/CHL")
    assert list(store.quads_for_pattern(None, None, chile, graph))
    assert list(store.quads_for_pattern(None, None, chile, ox.DefaultGraph()))
    del store
    assert kq.store_is_current(out)
    assert_same_as_full_build(corpus, out, tmp_path)


def test_a_removed_article_takes_its_graph_and_only_its_own_triples(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build(corpus, out)
    gone = sorted(corpus.rglob("*.txt"))[0]
    name = ox.NamedNode(ARTICLE + gone.stem)
    store = ox.Store.read_only(str(out / "store"))
    own = {
        (q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, name)
    }
    shared = {  # what other articles state too
        triple
        for triple in own
        if any(
            isinstance(q.graph_name, ox.NamedNode) and q.graph_name != name
            for q in store.quads_for_pattern(*triple, None)
        )
    }
    del store
    assert shared and own - shared
    loads = Loads(monkeypatch)
    gone.unlink()
    build(corpus, out)
    assert (loads.full, loads.updates) == (0, 1)
    assert name.value not in graph_names(out) and len(graph_names(out)) == 7
    store = ox.Store.read_only(str(out / "store"))
    union = {
        (q.subject, q.predicate, q.object)
        for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    }
    del store
    assert shared <= union
    assert not (own - shared) & union
    assert_same_as_full_build(corpus, out, tmp_path)


def test_new_articles_and_many_rebuilds_stay_equal_to_a_full_build(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    build(corpus, out)
    files = sorted(corpus.rglob("*.txt"))
    (corpus / "new.txt").write_text(
        "COLOMBO, 2024-08-22 — Sri Lanka's exports to Pakistan include tea and rubber."
    )
    change(files[1])
    build(corpus, out)
    assert_same_as_full_build(corpus, out, tmp_path)
    files[2].unlink()
    (corpus / "new.txt").write_text(
        "COLOMBO, 2024-08-22 — Sri Lanka's exports to Oman include tea."
    )
    build(corpus, out)
    assert_same_as_full_build(corpus, out, tmp_path)


def test_full_and_a_missing_or_stale_union_load_everything(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build(corpus, out)
    loads = Loads(monkeypatch)
    build(corpus, out, "--full")
    assert (loads.full, loads.updates) == (1, 0)
    change(sorted(corpus.rglob("*.txt"))[2])
    ttl = out / "graph.ttl"
    ttl.write_bytes(
        ttl.read_bytes() + b"\n"
    )  # edited by hand: not the union the store was made with
    build(corpus, out)
    assert (loads.full, loads.updates) == (2, 0)
    assert_same_as_full_build(corpus, out, tmp_path)


def test_a_reader_of_the_published_store_is_not_disturbed(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(corpus, out)
    reader = ox.Store.read_only(str(out / "store"))  # as `kg serve` holds it
    count = len(list(reader))
    change(sorted(corpus.rglob("*.txt"))[4])
    build(corpus, out)
    assert len(list(reader)) == count
    del reader


# -- failures -------------------------------------------------------------------------------------


def test_a_failed_update_keeps_the_previous_store(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build(corpus, out)
    before = quads(out)
    files = {name: (out / name).read_bytes() for name in OUTPUTS}
    update = graphstore._update

    def failing(*args):
        update(*args)  # the staged copy is changed, then the build fails
        raise OSError("disk full")

    monkeypatch.setattr(graphstore, "_update", failing)
    change(sorted(corpus.rglob("*.txt"))[5])
    args = ["build", str(corpus), "--out", str(out), "--no-html", "-q", "--jobs", "1"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1 and "disk full" in result.output
    assert quads(out) == before
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == files
    assert kq.store_is_current(out)
    monkeypatch.undo()
    build(corpus, out)
    assert_same_as_full_build(corpus, out, tmp_path)


_KILLER = """
import os, signal, sys
from kg import graphstore
from kg.cli import cli
from kg.serialize import GraphParts
update = graphstore._update
def killed(*args):
    update(*args)
    os.kill(os.getpid(), signal.SIGKILL)
graphstore._update = killed
cli(sys.argv[1:])
"""


def test_a_build_killed_while_updating_the_store_keeps_the_previous_one(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    build(corpus, out)
    before = quads(out)
    files = {name: (out / name).read_bytes() for name in OUTPUTS}
    change(sorted(corpus.rglob("*.txt"))[6])
    args = ["build", str(corpus), "--out", str(out), "--no-html", "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    killed = subprocess.run(
        [sys.executable, "-c", _KILLER, *args], capture_output=True, env=env, check=False
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert quads(out) == before
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == files
    assert kq.store_is_current(out)
    build(corpus, out)
    assert_same_as_full_build(corpus, out, tmp_path)


# -- editing the union ----------------------------------------------------------------------------


def test_splice_takes_out_and_puts_in_lines(tmp_path: Path) -> None:
    from kg.serialize import encode, header

    lines = [f"<s{i:03d}> <p> <o> .\n".encode() for i in range(0, 200, 2)]
    path = tmp_path / "graph.ttl"
    path.write_bytes(encode(header()) + b"".join(lines))
    removed = [lines[0], lines[50], lines[-1]]
    added = [b"<a> <p> <o> .\n", b"<s051> <p> <o> .\n", b"<t> <p> <o> .\n"]
    splice(path, tmp_path / "new.ttl", removed, added)
    expected = sorted((set(lines) - set(removed)) | set(added))
    assert (tmp_path / "new.ttl").read_bytes() == encode(header()) + b"".join(expected)


def test_lower_bound_finds_the_first_line_not_below() -> None:
    data = b"b\nd\nf\n"
    assert [lower_bound(data, key, 0, len(data)) for key in (b"a\n", b"b\n", b"c\n", b"g\n")] == [
        0,
        0,
        2,
        6,
    ]


@pytest.mark.parametrize(
    "names",
    [
        ["b", "c", "d"],  # the first one gone
        ["a", "c", "d"],  # one in the middle changed
        ["0", "a", "b", "c", "d", "e"],  # new ones first and last
        ["a", "b", "c", "d"],  # nothing changed
        ["e"],
    ],
)
def test_parts_copied_from_the_published_file_give_the_same_bytes(
    tmp_path: Path, names: list[str]
) -> None:
    from kg.concat import write_parts
    from kg.serialize import graph_text, to_bytes, write_nquads, write_trig

    def graph(name: str, version: str) -> GraphParts:
        rows = [(f"<{name}>", "<p>", f'"{version}"'), (f"<{name}>", "<q>", "<o>")]
        return graph_text(f"https://example.org/{name}", rows)

    old = [graph(name, "1") for name in ("a", "b", "c", "d")]
    new = [graph(name, "2" if name == "b" else "1") for name in names]
    layout = {g.name: (g.digest, g.trig_size, g.nquads_size) for g in old}
    for trig, write in ((True, write_trig), (False, write_nquads)):
        published = tmp_path / "published"
        published.write_bytes(to_bytes(write, old))
        write_parts(tmp_path / "new", new, trig=trig, previous=published, layout=layout)
        assert (tmp_path / "new").read_bytes() == to_bytes(write, new)


def test_a_failure_while_the_store_loads_in_the_background_keeps_the_previous_one(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg import concat

    out = tmp_path / "out"
    build(corpus, out)
    before = quads(out)
    files = {name: (out / name).read_bytes() for name in OUTPUTS}
    write_parts = concat.write_parts

    def dying(path: Path, graphs, **options) -> None:
        if path.name == "graph.nq":
            raise KeyboardInterrupt  # Ctrl-C while the store loads in its thread
        write_parts(path, graphs, **options)

    monkeypatch.setattr(concat, "write_parts", dying)
    change(sorted(corpus.rglob("*.txt"))[1])
    args = ["build", str(corpus), "--out", str(out), "--no-html", "-q", "--full"]
    assert CliRunner().invoke(cli, args).exit_code != 0
    assert quads(out) == before
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == files
    assert not list(out.glob(".kg-staging-*"))


def test_a_rebuild_with_nothing_changed_gives_the_same_outputs(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build(corpus, out)
    files = {name: (out / name).read_bytes() for name in OUTPUTS}
    loads = Loads(monkeypatch)
    build(corpus, out)
    assert (loads.full, loads.updates) == (0, 1)
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == files
    assert kq.store_is_current(out)
    assert_same_as_full_build(corpus, out, tmp_path)
