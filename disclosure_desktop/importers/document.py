"""What a Word file or a web page holds, read into one neutral form: paragraphs and table grids, in reading order.

The readers (docx_reader, html_reader) produce it; the assembler reads the report out of it, so that both kinds of
file are interpreted by the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from disclosure_desktop.domain.limits import MAX_DOCUMENT_ITEMS
from disclosure_desktop.importers.source import Step, quiet
from disclosure_desktop.messages import ReportDataError, message

# Limits of the grid of one table: a colspan of 10,000 in a broken page must not allocate millions of slots.
MAX_SPAN = 200
MAX_TABLE_SLOTS = 200_000


@dataclass
class Paragraph:
    """A paragraph or heading; `text` may hold line breaks (<br>, a Word line break).

    `heading` is its structural level when the file marks one (1 for a title element or style, 2 for a part
    heading such as <h2> or Word's Heading 1, …), else 0. `path` are the ids of the elements that contain it
    (a web page's containers), so that the assembler can tell the report's own container from the page around it.
    """

    text: str
    heading: int = 0
    align: str = ""
    path: tuple[int, ...] = ()

    @property
    def lines(self) -> list[str]:
        return [line.strip() for line in self.text.split("\n") if line.strip()]

    @property
    def joined(self) -> str:
        """The lines as one (a title broken over two lines is one title)."""
        return "".join(self.lines)


@dataclass
class RawCell:
    text: str
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1


@dataclass
class RawTable:
    """A table as printed: cells with their grid position and spans (rowspan/colspan or Word merges resolved)."""

    cells: list[RawCell]
    height: int
    width: int
    caption: str = ""
    path: tuple[int, ...] = ()

    @cached_property
    def grid(self) -> list[list[RawCell | None]]:
        """Each slot's cell; a merged cell fills every slot it covers."""
        slots: list[list[RawCell | None]] = [[None] * self.width for _ in range(self.height)]
        for cell in self.cells:
            for r in range(cell.row, min(cell.row + cell.rowspan, self.height)):
                for c in range(cell.col, min(cell.col + cell.colspan, self.width)):
                    slots[r][c] = cell
        return slots

    def own_cells(self, row: int) -> list[RawCell]:
        """Cells that start in `row`, left to right."""
        return sorted((c for c in self.cells if c.row == row), key=lambda c: c.col)


def place_rows(rows: list[list[tuple[str, int, int]]], caption: str = "", path: tuple[int, ...] = ()) -> RawTable:
    """Place rows of (text, rowspan, colspan) on a grid as an HTML table does: a cell skips slots taken from above.

    A rowspan of 0 (to the end of the table) is resolved here; spans are clamped to MAX_SPAN.
    """
    taken: set[tuple[int, int]] = set()
    cells: list[RawCell] = []
    height = len(rows)
    width = 0
    for r, row in enumerate(rows):
        col = 0
        for text, rowspan, colspan in row:
            while (r, col) in taken:
                col += 1
            rowspan = height - r if rowspan == 0 else rowspan
            rowspan = max(1, min(rowspan, MAX_SPAN, height - r))
            colspan = max(1, min(colspan, MAX_SPAN))
            if len(taken) + rowspan * colspan > MAX_TABLE_SLOTS:
                raise TableTooLarge
            cells.append(RawCell(text, r, col, rowspan, colspan))
            for dr in range(rowspan):
                for dc in range(colspan):
                    taken.add((r + dr, col + dc))
            col += colspan
            width = max(width, col)
    width = max([width, *(c + 1 for _, c in taken)]) if taken else 0
    return RawTable(cells, height, width, caption, path)


class TableTooLarge(Exception):
    """A table whose spans would cover more slots than any report table has."""


class ItemBudget:
    """Counts the paragraphs and table cells a reader makes, says how far it is, and refuses a document that holds
    more than any report (a crafted file of a million empty paragraphs would otherwise be read for minutes)."""

    EVERY = 256  # items between two progress steps

    def __init__(self, name: str, step: Step | None = None) -> None:
        self.name = name
        self.count = 0
        self._step = step or quiet
        self._what = message("import.step.reading_items", name=name)

    def take(self, items: int = 1) -> None:
        before = self.count
        self.count += items
        if self.count > MAX_DOCUMENT_ITEMS:
            raise ReportDataError("import.too_many_items", name=self.name, limit=f"{MAX_DOCUMENT_ITEMS:,}")
        if self.count // self.EVERY != before // self.EVERY:
            self._step(self.count, 0, self._what)


Block = Paragraph | RawTable


@dataclass(frozen=True)
class Note:
    """One thing the import says (in the UI language, formatted when shown): a message key and its values."""

    key: str
    values: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, key: str, **values: object) -> Note:
        return cls(key, tuple(values.items()))

    @property
    def text(self) -> str:
        return message(self.key, **dict(self.values))


@dataclass
class SourceDocument:
    """Everything a reader found, in reading order, and what it noticed on the way (encoding, skipped parts)."""

    kind: str  # "docx" | "html"
    blocks: list[Block]
    notes: list[Note] = field(default_factory=list)
    # Metadata that this program's own files carry unprinted (export.embedded_meta): the contact and the like.
    embedded_meta: dict[str, str] = field(default_factory=dict)
