"""Write build outputs atomically, under a lock, so a failed build loses nothing.

Every file is first written in full to a staging folder inside the output
folder, then moved into place with os.replace (atomic on one file system). A
build that fails or is killed before that leaves the previous outputs as they
were; a second build into the same folder waits for no one: it stops with a
clear message.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Protocol, cast

from kg.errors import BuildLockedError, OutputError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = ".kg-build.lock"


@contextlib.contextmanager
def locked(out_dir: Path) -> Iterator[None]:
    """Hold the output folder's build lock for the duration of the block."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        handle = open(out_dir / LOCK_NAME, "a+")  # noqa: SIM115 - held for the block
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot write the output folder ({exc.strerror})") from exc
    try:
        if fcntl is not None:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise BuildLockedError(
                    f"{out_dir}: another kg build is writing this folder; "
                    "wait for it to finish or use another --out"
                ) from exc
        yield
    finally:
        handle.close()


def _publish(staged: Path, target: Path, staging: Path) -> None:
    """Move a staged file or folder into place; what stood there is kept in staging."""
    if target.exists() or target.is_symlink():
        os.replace(target, staging / f"{target.name}.previous")
    os.replace(staged, target)


def _restore(out_dir: Path, touched: list[str], published: set[str], staging: Path) -> None:
    """Put back what stood before: remove what was published, return what was set aside."""
    for name in reversed(touched):
        target, previous = out_dir / name, staging / f"{name}.previous"
        if name in published:
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target, ignore_errors=True)
            elif target.exists() or target.is_symlink():
                target.unlink()
        if previous.exists() or previous.is_symlink():
            os.replace(previous, target)


class Background(Protocol):
    """Work a writer left running (in a thread) on its staged output."""

    def finish(self) -> None:
        """Wait for the work and complete the output; raise what went wrong."""

    def cancel(self) -> None:
        """Stop the work as soon as it can, and wait for it."""


class InThread:
    """A writer's work running in a thread: a `Background`."""

    def __init__(self, work: Callable[[], object]) -> None:
        pool = ThreadPoolExecutor(1, thread_name_prefix="kg-write")
        self._future = pool.submit(work)
        pool.shutdown(wait=False)

    def finish(self) -> None:
        """Wait for the work; raise what went wrong."""
        self._future.result()

    def cancel(self) -> None:
        """Wait for the work (it cannot be stopped half-way); what went wrong is `finish`'s."""
        self._future.exception()


def write_outputs(out_dir: Path, writers: dict[str, Callable[[Path], object]]) -> list[Path]:
    """Write each named file (or folder) by calling its writer on a staging path, then publish all.

    A writer may return a `Background`: it is finished once every writer has
    run, so it can work while the others write; the last started is finished
    first. Returns the published paths.
    Nothing is published unless every writer succeeds.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".kg-staging-", dir=out_dir))
    running: list[Background] = []
    try:
        for name, write in writers.items():
            started = write(staging / name)
            if hasattr(started, "finish") and hasattr(started, "cancel"):
                running.append(cast(Background, started))
        while running:
            running[-1].finish()
            running.pop()
        touched: list[str] = []
        published: set[str] = set()
        try:
            for name in writers:
                touched.append(name)
                _publish(staging / name, out_dir / name, staging)
                published.add(name)
        except BaseException:
            # all or nothing: the previous build stays whole
            _restore(out_dir, touched, published, staging)
            raise
        return [out_dir / name for name in writers]
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot write outputs ({exc})") from exc
    finally:
        for work in running:  # a writer failed: stop what still writes into staging
            with contextlib.suppress(Exception):
                work.cancel()
        shutil.rmtree(staging, ignore_errors=True)
