"""Tell how a build is going: a progress bar, per-article lines, or nothing.

The pipeline calls a `Progress`; the base class says nothing, `ConsoleProgress`
draws a bar on stderr (when stderr is a terminal and the build is long) and,
when verbose, one line per article.
"""

from __future__ import annotations

import sys
import time
from typing import IO, Any

import click

from kg.parallel import FileFacts

#: a build with at least this many files to read gets a progress bar
LONG_BUILD_FILES = 200


class Progress:
    """What a build reports as it goes; this one reports nothing."""

    def start(self, files: int, to_read: int) -> None:
        """The build has `files` input files, of which `to_read` must be read again."""

    def file_done(self, result: FileFacts, *, cached: bool) -> None:
        """One input file is done: read and extracted, or taken from the cache."""

    def stage(self, name: str) -> None:
        """A new stage begins: "resolving entities", "writing RDF", ..."""

    def finish(self) -> None:
        """The build is over (or failed)."""


class ConsoleProgress(Progress):
    """A progress bar on stderr for long builds, and per-article lines when verbose."""

    def __init__(
        self, *, verbose: bool = False, bar: bool | None = None, file: IO[str] | None = None
    ) -> None:
        self.verbose = verbose
        self.file = file or sys.stderr
        self._bar_wanted = bar
        self._bar: Any = None
        self._started = time.perf_counter()

    def start(self, files: int, to_read: int) -> None:
        wanted = self._bar_wanted
        if wanted is None:
            wanted = _is_terminal(self.file) and to_read >= LONG_BUILD_FILES and not self.verbose
        if wanted and to_read:
            self._bar = click.progressbar(
                length=to_read, label="reading articles", file=self.file, show_pos=True
            )
            self._bar.__enter__()
        if self.verbose:
            self._say(f"{files} input file(s), {files - to_read} unchanged since the last build")

    def file_done(self, result: FileFacts, *, cached: bool) -> None:
        if self._bar is not None and not cached:
            self._bar.update(1)
        if not self.verbose:
            return
        for article in result.articles:
            how = "unchanged" if cached else "read"
            self._say(
                f"{how} {article.source}: {article.posts} posts, {article.exports} trade flows, "
                f"{article.events} events"
            )

    def stage(self, name: str) -> None:
        self._close_bar()
        if self.verbose:
            self._say(f"{name} ({time.perf_counter() - self._started:.1f}s)")

    def finish(self) -> None:
        self._close_bar()

    def _close_bar(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None

    def _say(self, text: str) -> None:
        # not click.echo: it costs a tenth of a second per 5,000 lines (one per unchanged file)
        self.file.write(text + "\n")


def _is_terminal(file: IO[str]) -> bool:
    try:
        return file.isatty()
    except (AttributeError, ValueError):
        return False
