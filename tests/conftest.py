"""Shared fixtures: the repository's folders and one build of the seeds per session."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

import kg
from kg.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEEDS_GOLD = ROOT / "tests" / "corpus" / "seeds" / "gold"  # a copy of ../shared/gold
CORPUS = ROOT / "tests" / "corpus"


def load_generator() -> ModuleType:
    """Return benchmarks/generate.py (the corpus generator) as a module, loaded once."""
    if "generate" in sys.modules:
        return sys.modules["generate"]
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def lexicon():
    """Return the packaged lexicon."""
    return load_lexicon()


@pytest.fixture(scope="session")
def seeds_build() -> kg.BuildResult:
    """Return the build of the two seed articles."""
    return kg.build_corpus([SEEDS])
