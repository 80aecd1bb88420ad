"""Shared fixtures: the repository's folders and one build of the seeds per session."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED_GOLD = ROOT.parent / "shared" / "gold"
CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture(scope="session")
def lexicon():
    """Return the packaged lexicon."""
    return load_lexicon()


@pytest.fixture(scope="session")
def seeds_build() -> kg.BuildResult:
    """Return the build of the two seed articles."""
    return kg.build_corpus([SEEDS])
