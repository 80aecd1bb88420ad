"""Rows of tables in an article's text: Markdown tables, plain-text columns and the rows
an HTML page's <table> is read into.

An article keeps each row as a paragraph of its own, its cells joined by ``CELL_GAP``
('Tea | Kenya | UAE | 14.2'), so that extractors can read a table by its header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: what joins the cells of a row in an article's text
CELL_GAP = " | "

_MD_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")
#: what any row of columns holds: a bar, a gap of two spaces or a tab, or a dash
_ROW_MARK = re.compile(r"\||\s{2}|\t|[–—]|\s-\s")
#: columns of plain text: two spaces or more, or a tab
_COLUMN_GAP = re.compile(r"\s{2,}|\t")
#: an item and its figure: 'Fertilizers – 612', 'Canned sardines — US$ 28.8 million'
_DASH_ROW = re.compile(
    r"([^\d|–—]{2,60}?)\s+[–—-]\s+((?:US\$|\$|€|£)?\s*\d[\d.,]*(?:\s*[%\w]+){0,2})"
)
#: the most words a cell of a plain-text table holds
_MAX_CELL_WORDS = 8


def markdown_cells(line: str) -> list[str] | None:
    """Return the cells of a Markdown table row ('| Tea | Kenya | 14.2 |'), [] for its rule
    ('|---|---|'), else None."""
    text = line.strip()
    if len(text) < 3 or not text.startswith("|") or not text.endswith("|"):
        return None
    if _MD_RULE.fullmatch(text):
        return []
    cells = [cell.strip() for cell in text[1:-1].split("|")]
    return cells if len(cells) >= 2 else None


def column_cells(line: str) -> list[str] | None:
    """Return the cells of a plain-text table row ('Bottled mineral water     18.6',
    'Maize   | 214', 'Fertilizers – 612'), or None for a line of prose."""
    text = line.strip()
    if len(text) > 160 or not _ROW_MARK.search(text):
        return None
    dashed = None if text[:1] in "-*•▪◦" else _DASH_ROW.fullmatch(text)  # a list item's own
    if "|" in text:  # 'Crude soybean oil  | 612'
        cells = [cell.strip() for cell in text.strip("|").split("|")]
    elif _COLUMN_GAP.search(text):
        cells = [cell for cell in _COLUMN_GAP.split(text) if cell]
    elif dashed is not None:  # 'Fertilizers – 612'
        cells = [dashed.group(1), dashed.group(2)]
    else:
        return None
    if len(cells) < 2 or not all(cells) or any(len(c.split()) > _MAX_CELL_WORDS for c in cells):
        return None
    if any(cell.endswith((".", "!", "?", ",", ";")) and not _number(cell) for cell in cells):
        return None  # 'He said so.  Then ...': sentences with two spaces between
    return cells


def table_lines(lines: Sequence[str]) -> dict[int, list[str]]:
    """Return the rows among `lines` by index, with their cells ([] for a Markdown rule).

    A Markdown row stands on its own; plain-text columns make a table only where two
    lines or more of them follow each other.
    """
    rows: dict[int, list[str]] = {}
    run: list[tuple[int, list[str]]] = []
    for index, line in enumerate([*lines, ""]):
        cells = markdown_cells(line)
        if cells is not None:
            rows[index] = cells
        columns = column_cells(line) if cells is None else None
        if columns is not None:
            run.append((index, columns))
            continue
        if len(run) >= 2:
            rows.update(run)
        run = []
    return rows


def row_text(cells: Sequence[str]) -> str:
    """Return a row as an article keeps it."""
    return CELL_GAP.join(" ".join(cell.split()) for cell in cells)


def cells_of(text: str) -> list[str] | None:
    """Return the cells of a row an article keeps (see `row_text`), else None."""
    if CELL_GAP not in text:
        return None
    cells = [cell.strip() for cell in text.split(CELL_GAP.strip())]
    return cells if len(cells) >= 2 and all(cells) else None


def _number(cell: str) -> bool:
    return bool(re.fullmatch(r"[\d.,%\s$€£]+", cell))
