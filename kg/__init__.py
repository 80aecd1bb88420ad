"""newskg: build a knowledge graph of posts, trade flows and events from news articles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["BuildResult", "__version__", "build", "build_corpus"]

if TYPE_CHECKING:
    from kg.pipeline import BuildResult, build, build_corpus


def __getattr__(name: str) -> Any:
    """Import the build pipeline only when first used: `kg query` needs none of it."""
    if name in ("BuildResult", "build", "build_corpus"):
        from kg import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
