"""The command line, called in-process."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, SEEDS, SEEDS_GOLD
from rdflib import Dataset, Graph

from kg import output as output_module
from kg.cli import cli


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def seed_copy(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def test_build_writes_the_three_outputs(runner: CliRunner, seed_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(seed_copy), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 article(s)" in result.output
    dataset = Dataset()
    dataset.parse(out / "graph.trig", format="trig")
    assert len(list(dataset.graphs())) >= 2
    assert len(Graph().parse(out / "graph.ttl", format="turtle")) > 50
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "<html" in page.lower() and "Jam Kamal Khan" in page
    assert not list(out.glob(".kg-staging-*"))


def test_build_defaults_to_seeds_and_output(runner: CliRunner, tmp_path: Path, monkeypatch) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["build", "--no-html"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "output" / "graph.trig").exists()
    assert not (tmp_path / "output" / "graph.html").exists()


def test_failed_build_keeps_the_previous_outputs(
    runner: CliRunner, seed_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    out = tmp_path / "out"
    assert runner.invoke(cli, ["build", str(seed_copy), "--out", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.glob("graph.*")}

    def broken_publish(staged, target, staging):
        raise OSError("disk full")

    # fail while moving outputs into place (os.replace itself is shared with the cache)
    monkeypatch.setattr(output_module, "_publish", broken_publish)
    result = runner.invoke(cli, ["build", str(seed_copy), "--out", str(out)])
    assert result.exit_code == 1
    assert "disk full" in result.output
    assert {p.name: p.read_bytes() for p in out.glob("graph.*")} == before
    assert not list(out.glob(".kg-staging-*"))


def test_a_failure_half_way_through_publishing_restores_every_output(
    runner: CliRunner, seed_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    out = tmp_path / "out"
    assert runner.invoke(cli, ["build", str(seed_copy), "--out", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.glob("graph.*")}
    store_before = sorted(p.name for p in (out / "store").iterdir())
    (seed_copy / "000_03bae5bc88fb3912.txt").write_text(
        "COLOMBO, 2024-08-22 — Sri Lanka exports tea to Iran.", encoding="utf-8"
    )
    real = output_module._publish
    calls = []

    def publish_then_fail(staged, target, staging):
        calls.append(target.name)
        if len(calls) == 3:
            raise OSError("disk full")
        real(staged, target, staging)

    monkeypatch.setattr(output_module, "_publish", publish_then_fail)
    result = runner.invoke(cli, ["build", str(seed_copy), "--out", str(out)])
    assert result.exit_code == 1 and "disk full" in result.output
    assert {p.name: p.read_bytes() for p in out.glob("graph.*")} == before
    assert sorted(p.name for p in (out / "store").iterdir()) == store_before


def test_bad_files_are_named_and_skipped(
    runner: CliRunner, seed_copy: Path, tmp_path: Path
) -> None:
    (seed_copy / "empty.txt").write_text("")
    (seed_copy / "binary.txt").write_bytes(b"\x00\x01\x02")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(seed_copy), "--out", str(out), "--no-html"])
    assert result.exit_code == 0
    assert re.search(r"skipped: .*empty\.txt: empty file", result.output)
    assert re.search(r"skipped: .*binary\.txt: binary file", result.output)
    assert "Traceback" not in result.output


def test_strict_fails_and_writes_nothing(
    runner: CliRunner, seed_copy: Path, tmp_path: Path
) -> None:
    (seed_copy / "empty.txt").write_text("")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(seed_copy), "--out", str(out), "--strict"])
    assert result.exit_code == 1
    assert "--strict" in result.output
    assert not (out / "graph.trig").exists()


def test_missing_input_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", str(tmp_path / "nowhere"), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "nowhere: no such file or folder" in result.output
    assert "Traceback" not in result.output


def test_eval_on_the_seeds(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["eval", str(SEEDS_GOLD), str(SEEDS), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["micro"]["f1"] >= 0.95
    assert set(report) >= {"posts", "exports", "events", "micro", "missed", "spurious"}


def test_eval_verbose_lists_mistakes(runner: CliRunner, tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(
        json.dumps(
            {
                "article": "a.txt",
                "posts": [{"person": "Nobody Here", "country": "PAK", "key": ["Commerce"]}],
                "exports": [],
                "events": [],
            }
        )
    )
    article = tmp_path / "a.txt"
    article.write_text("COLOMBO, 2024-08-22 — Sri Lanka's exports to Pakistan include tea.")
    result = runner.invoke(cli, ["eval", str(gold), str(article), "-v"])
    assert result.exit_code == 0, result.output
    assert "MISSED   a.txt [posts] Nobody Here" in result.output
    assert "SPURIOUS a.txt [exports] LKA → PAK: tea" in result.output


def test_eval_rejects_bad_gold(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{")
    result = runner.invoke(cli, ["eval", str(tmp_path), str(SEEDS)])
    assert result.exit_code == 1 and "bad.json" in result.output


def test_commands_over_a_missing_build_say_what_to_do(runner: CliRunner, tmp_path: Path) -> None:
    for command in ("render", "stats"):
        result = runner.invoke(cli, [command, "--out", str(tmp_path)])
        assert result.exit_code == 1
        assert "kg build" in result.output


def test_every_command_has_help_and_a_readme_entry(runner: CliRunner) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0
        assert command.help and "Example" in command.help, name
        assert f"kg {name}" in readme, f"README has no entry for kg {name}"
