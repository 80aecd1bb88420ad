"""Read input files (.txt, .md, .html/.htm, .jsonl) into raw documents.

Bad input never raises: each problem becomes a `Problem` naming the file and the
reason, and the rest of the input is read as usual.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import NoInputError
from kg.htmltext import parse_page

SUFFIXES = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
#: Files larger than this are skipped: no news article is this long.
MAX_BYTES = 10 * 1024 * 1024
#: A JSONL line longer than this is skipped as one oversized article.
MAX_LINE_CHARS = 2 * 1024 * 1024


@dataclass(frozen=True)
class RawDoc:
    """One article as found in a file, before its metadata is read."""

    id: str
    text: str
    source: str
    fmt: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class Problem:
    """Something wrong with an input: skipped (error) or read with a caveat (warning)."""

    source: str
    reason: str
    severity: str = "error"  # "error": skipped; "warning": read anyway

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def _walk(folder: str) -> Iterator[str]:
    """Yield the input files under a folder (links followed), hidden folders and files skipped.

    A directory entry tells a regular file from a folder without a `stat` call.
    """
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        try:
            if entry.is_dir():
                yield from _walk(entry.path)
            elif os.path.splitext(name)[1].lower() in SUFFIXES and entry.is_file():
                yield entry.path
        except OSError:  # gone since it was listed
            continue


def discover(inputs: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders into the sorted list of readable input files."""
    found: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found.extend(map(Path, _walk(str(path))))
        elif path.exists():
            found.append(path)
        else:
            raise NoInputError(f"{path}: no such file or folder")
    unique = [p for _, p in sorted({p.as_posix(): p for p in reversed(found)}.items())]
    if not unique:
        names = ", ".join(str(i) for i in inputs) or "(nothing)"
        raise NoInputError(
            f"no articles found in {names}: give .txt, .md, .html, .htm or .jsonl files"
        )
    return unique


def read_file(path: Path, doc_id: str) -> tuple[list[RawDoc], list[Problem]]:
    """Read one file into documents, with any problems met on the way."""
    source = path.as_posix()
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        return [], [Problem(source, f"unsupported file type {path.suffix or '(none)'}")]
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            mb = size / 1024 / 1024
            limit = MAX_BYTES // 1024 // 1024
            return [], [Problem(source, f"too large ({mb:.1f} MB; the limit is {limit} MB)")]
        data = path.read_bytes()
    except OSError as exc:
        return [], [Problem(source, f"cannot read ({exc.strerror or exc})")]
    if not data.strip():
        return [], [Problem(source, "empty file")]
    if b"\x00" in data[:8192]:
        return [], [Problem(source, "binary file, not text")]
    problems: list[Problem] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        problems.append(
            Problem(
                source,
                f"not valid UTF-8 (first bad byte at {exc.start}); "
                "undecodable bytes replaced with U+FFFD",
                "warning",
            )
        )
    if fmt == "jsonl":
        docs, more = _read_jsonl(text, source, doc_id)
        return docs, problems + more
    if fmt == "html":
        page = parse_page(text)
        if not page.text.strip():
            return [], [*problems, Problem(source, "HTML page without article text")]
        doc = RawDoc(doc_id, page.text, source, fmt, page.title, page.date, page.url, page.outlet)
        return [doc], problems
    if fmt == "markdown":
        text = _strip_markdown(text)
    return [RawDoc(doc_id, text, source, fmt)], problems


def _read_jsonl(text: str, source: str, doc_id: str) -> tuple[list[RawDoc], list[Problem]]:
    docs: list[RawDoc] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        if len(line) > MAX_LINE_CHARS:
            problems.append(Problem(where, "line too long; skipped"))
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            problems.append(Problem(where, f"invalid JSON ({exc.msg}); line skipped"))
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            problems.append(Problem(where, "no 'text' string; line skipped"))
            continue
        if not record["text"].strip():
            problems.append(Problem(where, "empty 'text'; line skipped"))
            continue
        given = record.get("id")
        ident = safe_id(str(given)) if given not in (None, "") else f"{doc_id}-{number}"
        if ident in seen:
            problems.append(Problem(where, f"duplicate id {ident!r}; line skipped"))
            continue
        seen.add(ident)
        docs.append(
            RawDoc(
                ident,
                record["text"],
                where,
                "jsonl",
                _str(record.get("title")),
                _str(record.get("date")),
                _str(record.get("url")),
                _str(record.get("outlet") or record.get("source")),
            )
        )
    if not docs and not problems:
        problems.append(Problem(source, "no articles in JSONL file"))
    return docs, problems


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARK = re.compile(r"(\*\*|__|`)")
#: single-mark emphasis: '*Posted On: 13 FEB 2025*', '_Reuters_'
_MD_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")


def _strip_markdown(text: str) -> str:
    lines = []
    for line in text.splitlines():
        line = re.sub(r"^\s{0,3}(#{1,6}\s+|>\s?)", "", line)
        line = re.sub(r"^\s*[-*+]\s+(?=\S)", "- ", line)  # a list item stays one: kg.article
        line = _MD_EMPHASIS.sub(r"\2", _MD_MARK.sub("", _MD_LINK.sub(r"\1", line)))
        lines.append(line)
    return "\n".join(lines)


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_id(text: str) -> str:
    """Return `text` made safe for an IRI path segment."""
    cleaned = _UNSAFE.sub("-", text).strip("-.")
    return cleaned[:120] or "article"


def file_ids(paths: list[Path]) -> Iterator[tuple[Path, str]]:
    """Give each file a stable article id: its stem, made unique where stems clash."""
    ids = [safe_id(path.stem) for path in paths]
    stems: dict[str, int] = {}
    for stem in ids:
        stems[stem] = stems.get(stem, 0) + 1
    for path, stem in zip(paths, ids, strict=True):
        if stems[stem] > 1:
            parent = safe_id(path.parent.as_posix().replace("/", "-"))
            stem = f"{parent}-{stem}"
        yield path, stem
