"""Lays the print HTML out in pages as a typesetter would: a heading stays with its text, a table whose labels span
rows (or whose clause rows would be left at a page foot) starts a page rather than split, and a landscape table
gets pages of its own.

QTextDocument has no keep-with-next: the document is laid out, the first heading left at a page foot (or table
crossing a page) gets a page break before it, and the layout is repeated until nothing moves. The same pages
feed the PDF, print, print preview and the live preview — the preview takes the passes one at a time between the
window's events (`lay_out_steps`). QtGui only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QSizeF
from PySide6.QtGui import (
    QFont,
    QPaintDevice,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from disclosure_desktop.export import typesetting as ts
from disclosure_desktop.export.context import ReportContext, SectionContext
from disclosure_desktop.export.fonts import FontPlan
from disclosure_desktop.export.steps import Steps, finish

__all__ = ["PageRun", "lay_out", "lay_out_steps", "runs_of"]

# A heading needs this many lines of what follows on its page (GB/T 9704 is silent; typesetters use two).
LINES_AFTER_HEADING = 2
_MAX_PASSES = 40


@dataclass(frozen=True)
class Run:
    """Consecutive parts set on pages of one orientation; the first run has the title, the last the signature."""

    sections: tuple[SectionContext, ...]
    landscape: bool
    first: bool
    last: bool


@dataclass
class PageRun:
    """A laid-out run: its document, page size in layout pixels, and number of pages."""

    document: QTextDocument
    landscape: bool
    page_width: float
    page_height: float

    @property
    def pages(self) -> int:
        return max(1, self.document.pageCount())


def runs_of(context: ReportContext) -> list[Run]:
    """The report cut where a landscape table starts and ends."""
    groups: list[tuple[list[SectionContext], bool]] = []
    for section in context.sections:
        landscape = section.table is not None and section.table.landscape
        if landscape or not groups or groups[-1][1]:
            groups.append(([section], landscape))
        else:
            groups[-1][0].append(section)
    if not groups:
        groups = [([], False)]
    return [Run(tuple(g), land, i == 0, i == len(groups) - 1) for i, (g, land) in enumerate(groups)]


def lay_out(
    html: str, device: QPaintDevice, dpi: float, plan: FontPlan, landscape: bool, keep_with_next: Iterable[str]
) -> PageRun:
    """A document of `html` laid out on `device` in pages of the type area, with breaks moved as described."""
    return finish(lay_out_steps(html, device, dpi, plan, landscape, keep_with_next))


def lay_out_steps(
    html: str, device: QPaintDevice, dpi: float, plan: FontPlan, landscape: bool, keep_with_next: Iterable[str]
) -> Steps[PageRun]:
    """`lay_out` in pieces: the document filled, then one pass of moving the breaks at a time."""
    width_mm, height_mm = ts.TYPE_AREA_WIDTH_MM, ts.TYPE_AREA_HEIGHT_MM
    if landscape:
        width_mm, height_mm = height_mm, width_mm
    page_w, page_h = width_mm / 25.4 * dpi, height_mm / 25.4 * dpi
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont(plan.family("body"))
    font.setFamilies(list(plan.roles["body"].families))
    font.setPointSizeF(ts.BODY.size_pt)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF(page_w, page_h))
    document.setHtml(html)
    yield
    yield from _fix_breaks(document, page_h, set(keep_with_next))
    return PageRun(document, landscape, page_w, page_h)


def _page(y: float, page_h: float) -> int:
    return int(y // page_h)


def _line_tops(document: QTextDocument, block: QTextBlock) -> list[tuple[float, float]]:
    """(top, bottom) in document coordinates of each line of `block`."""
    rect = document.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    out = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        top = rect.top() + line.y()
        out.append((top, top + line.height()))
    return out or [(rect.top(), rect.bottom())]


def _break_before(item: QTextBlock | QTextTable, on: bool = True) -> None:
    """Start a page at a block (a heading) or at a table, or stop doing so."""
    flag = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore if on else QTextFormat.PageBreakFlag.PageBreak_Auto
    if isinstance(item, QTextTable):
        table_format = item.format()
        table_format.setPageBreakPolicy(flag)
        item.setFormat(table_format)
        return
    cursor = QTextCursor(item)
    block_format = cursor.blockFormat()
    block_format.setPageBreakPolicy(flag)
    cursor.setBlockFormat(block_format)


def _fix_breaks(document: QTextDocument, page_h: float, headings: set[str]) -> Steps[None]:
    tolerated: set[int] = set()  # tables taller than a page: they split wherever they must
    for _ in range(_MAX_PASSES):
        document.pageCount()  # finishes the layout
        found = _first_violation(document, page_h, headings, tolerated)
        if found is None:
            return
        item, table = found
        _break_before(item)
        if table is not None:
            yield
            document.pageCount()
            if _crosses(document, table, page_h):  # taller than a page even at its top: let it split
                _break_before(item, on=False)
                tolerated.add(table.firstPosition())
        yield  # the next pass lays the document out again


def _has_break(block: QTextBlock) -> bool:
    return block.blockFormat().pageBreakPolicy() == QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


def _crosses(document: QTextDocument, table: QTextTable, page_h: float) -> bool:
    top, bottom = _table_extent(document, table)
    return _page(top, page_h) != _page(bottom - 0.5, page_h)


def _first_violation(
    document: QTextDocument, page_h: float, headings: set[str], tolerated: set[int]
) -> tuple[QTextBlock | QTextTable, QTextTable | None] | None:
    """The earliest item that should start a page, and the table that this is meant to keep whole: a heading
    whose next lines fall on the next page, or a table to keep whole that crosses a page (its heading instead
    when nothing stands between them)."""
    block = document.begin()
    while block.isValid():
        if block.text().strip() in headings and not _in_table(block):
            page = _page(_line_tops(document, block)[-1][1] - 0.5, page_h)
            following = _following_lines(document, block, LINES_AFTER_HEADING)
            moved = following and any(_page(bottom - 0.5, page_h) != page for _top, bottom in following)
            if moved and not _has_break(block):
                return block, None
        table = _table_starting_after(block)
        if (table is not None and table.firstPosition() not in tolerated and _keep_whole(table)
                and _crosses(document, table, page_h) and not table.format().pageBreakPolicy()):
            if block.text().strip() in headings and not _has_break(block):
                return block, table
            return table, table
        block = block.next()
    return None


def _in_table(block: QTextBlock) -> bool:
    cursor = QTextCursor(block)
    return cursor.currentTable() is not None


def _following_lines(document: QTextDocument, block: QTextBlock, count: int) -> list[tuple[float, float]]:
    """The next `count` lines after `block`; a table that follows counts with its first line only when no text
    stands between (a lead-in sentence may end a page, its table starting the next)."""
    out: list[tuple[float, float]] = []
    nxt = block.next()
    while nxt.isValid() and len(out) < count:
        lines = _line_tops(document, nxt)
        if _in_table(nxt):
            return out if out else lines[:1]
        out += lines[: count - len(out)]
        nxt = nxt.next()
    return out


def _table_starting_after(block: QTextBlock) -> QTextTable | None:
    nxt = block.next()
    if not nxt.isValid() or _in_table(block):
        return None
    return QTextCursor(nxt).currentTable()


def _table_extent(document: QTextDocument, table: QTextTable) -> tuple[float, float]:
    rect = document.documentLayout().frameBoundingRect(table)
    return rect.top(), rect.bottom()


def _keep_whole(table: QTextTable) -> bool:
    """Tables that must not break where Qt would break them: one whose labels span rows (table 3: Qt would paint
    a split label over the repeated header), and one made of clause blocks (table 2: a break could leave a
    clause's title or header row at a page foot; a break inside a cell moves its row one page too far, measured
    with Qt 6.11, so the table moves whole)."""
    head = table.format().headerRowCount()
    first = table.cellAt(head, 0) if table.rows() > head else None
    if first is not None and first.columnSpan() == table.columns() and table.columns() > 1:
        return True
    for row in range(head, table.rows()):
        for col in range(table.columns()):
            if table.cellAt(row, col).rowSpan() > 1:
                return True
    return False
