"""Pickle compiled regular expressions with their compiled program, so loading skips re's compiler.

Unpickling a `re.Pattern` compiles it again, and compiling the reader's and
extractor's hundreds of patterns (some thousands of characters long) was most
of the time a rebuild spent loading them from the cache. `dumps` stores each
pattern's program beside its text, for this Python's regular expression
engine; loading builds the pattern from the program directly, or compiles the
text under any other engine. A program is only stored after building a pattern
from it gave one equal to the original (same text, flags and code).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import io
import pickle
import re
import sys
from typing import Any

#: the engine a stored program is for
ENGINE = (sys.implementation.cache_tag, _sre.MAGIC, sys.hexversion)

#: (code, groups, groupindex, indexgroup): what `_sre.compile` takes beside text and flags
_Program = tuple[list[int], int, dict[str, int], tuple[str | None, ...]]


def dumps(value: Any) -> bytes:
    """Return the pickle of `value`, with the program of every pattern in it."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is re.Pattern:
            program = program_of(obj)
            if program is not None:
                return restore, (obj.pattern, obj.flags, ENGINE, program)
        return NotImplemented


def program_of(pattern: re.Pattern[Any]) -> _Program | None:
    """Return what makes `pattern` again without compiling it, or None if it cannot be had."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern.pattern, pattern.flags)
        code = [int(word) for word in _compiler._code(parsed, pattern.flags)]  # opcodes: ints
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        program = (code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        if _sre.compile(pattern.pattern, pattern.flags, *program) != pattern:
            return None
    except Exception:  # another engine, or a pattern it cannot take apart
        return None
    return program


def restore(pattern: Any, flags: int, engine: tuple[Any, ...], program: _Program) -> Any:
    """Return the pattern: built from its program under the same engine, else compiled."""
    if engine == ENGINE:
        try:
            return _sre.compile(pattern, flags, *program)
        except Exception:  # pragma: no cover - a damaged program
            pass
    return re.compile(pattern, flags)
