"""newskg: build a knowledge graph of posts, trade flows and events from news articles."""

from __future__ import annotations

__version__ = "0.1.0"

from kg.pipeline import BuildResult, build, build_corpus

__all__ = ["BuildResult", "__version__", "build", "build_corpus"]
