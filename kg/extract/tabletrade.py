"""Trade told by a table: a header names its columns ('Product | From | To | Value'), each
row below it is a flow ('Tea | Kenya | UAE | 14.2').

A table with no exporter or importer column trades the way the sentence above it says
('these were Fiji's top five exports to PNG in 2024:'); one of countries with no product
column ('Rank | Country | Bottles') sells those countries the product that sentence told of.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kg.gazetteer import Gazetteer
from kg.text import fold

#: the roles a column may have, as trade.json "table_columns" names them
ROLES = ("product", "exporter", "importer", "partner")

_BRACKETS = re.compile(r"\s*\([^()]*\)")
_NUMBER = re.compile(r"[-+]?[\d.,]+\s*%?")


@dataclass(frozen=True)
class Header:
    """The column of each role in a table, where it has one."""

    columns: dict[str, int]

    def cell(self, role: str, cells: Sequence[str]) -> str | None:
        at = self.columns.get(role)
        return cells[at] if at is not None and at < len(cells) else None


@dataclass(frozen=True)
class Context:
    """What the sentences above a table said: the way its trade goes and its products."""

    exporter: str | None
    importer: str | None
    products: tuple[str, ...] = ()


class TableReader:
    """Read trade from the rows of tables, with the column words of one lexicon."""

    def __init__(self, columns: dict[str, list[str]], gazetteer: Gazetteer) -> None:
        self.words = {role: {fold(w) for w in columns.get(role, [])} for role in ROLES}
        self.gazetteer = gazetteer

    def header(self, cells: Sequence[str]) -> Header | None:
        """Return the header a row is, if it names a product, exporter, importer or partner
        column and holds no figure."""
        if any(_NUMBER.fullmatch(cell) for cell in cells):
            return None
        columns: dict[str, int] = {}
        for index, cell in enumerate(cells):
            key = fold(_BRACKETS.sub("", cell)).strip(" :*")
            for role in ROLES:
                if key in self.words[role] and role not in columns:
                    columns[role] = index
                    break
        return Header(columns) if columns else None

    def flows(
        self,
        header: Header,
        cells: Sequence[str],
        context: Context,
        product_of: Callable[[str], str | None],
    ) -> list[tuple[str, str | None, str]]:
        """Return the (exporter, importer, product) of a row; `product_of` cleans a cell
        into a product, or None for one that names none ('Others')."""
        exporter, importer = context.exporter, context.importer
        named = {role: self._country(header.cell(role, cells)) for role in ROLES[1:]}
        if header.cell("exporter", cells) is not None:
            exporter = named["exporter"]
        if header.cell("importer", cells) is not None:
            importer = named["importer"]
        partner = named["partner"]
        if partner is not None:
            # the counterpart of the trade the sentence above told of: a seller's buyers
            if context.importer is None or context.exporter is not None:
                importer = partner
            else:
                exporter = partner
        if exporter is None or exporter == importer:
            return []
        cell = header.cell("product", cells)
        if cell is not None:
            product = product_of(cell)
            return [(exporter, importer, product)] if product else []
        if partner is None:
            return []
        return [(exporter, importer, p) for p in context.products]

    def _country(self, cell: str | None) -> str | None:
        if not cell:
            return None
        return self.gazetteer.country_named(_BRACKETS.sub("", cell).strip(" *"))
