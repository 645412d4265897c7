"""The report's tables as real Word tables: fixed column widths, merged header and stub cells, borders."""

from __future__ import annotations

import copy
from functools import cache

from docx.document import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Twips
from docx.table import Table, _Cell
from lxml import etree

from disclosure_desktop.export import typesetting as ts
from disclosure_desktop.export.context import TableCell, TableContext
from disclosure_desktop.export.docx_styles import TABLE_STYLE_ID
from disclosure_desktop.export.docx_xml import add_run, el, replace_ppr, twips


def column_widths(table: TableContext) -> list[int]:
    """Column widths in twips from the rendering context (the same millimetres the PDF uses)."""
    widths = [twips(mm) for mm in table.geometry.widths_mm]
    area = twips(ts.TYPE_AREA_HEIGHT_MM if table.landscape else ts.TYPE_AREA_WIDTH_MM)
    widths[-1] += area - sum(widths)  # rounding: the table fills the type area exactly
    return widths


@cache
def _border_prototype(tag: str, sides: tuple[str, ...]) -> etree._Element:
    borders = el(tag)
    for side in sides:
        borders.append(
            el(f"w:{side}", val="single", sz=str(ts.TABLE_BORDER_EIGHTHS_PT), space="0", color="000000")
        )
    return borders


def _border_set(tag: str, sides: tuple[str, ...]) -> etree._Element:
    return copy.deepcopy(_border_prototype(tag, sides))


def _setup_table(table: Table, widths: list[int]) -> None:
    tbl = table._tbl
    tbl_pr = tbl.tblPr
    for child in list(tbl_pr):
        tbl_pr.remove(child)
    pad = str(twips(ts.TABLE_CELL_PADDING_MM))
    margins = el("w:tblCellMar")
    for side, value in (("top", "0"), ("left", pad), ("bottom", "0"), ("right", pad)):
        margins.append(el(f"w:{side}", w=value, type="dxa"))
    tbl_pr.extend(
        [
            el("w:tblW", w=str(sum(widths)), type="dxa"),
            el("w:jc", val="center"),
            _border_set("w:tblBorders", ("top", "left", "bottom", "right", "insideH", "insideV")),
            el("w:tblLayout", type="fixed"),
            margins,
            el(
                "w:tblLook",
                val="0000",
                firstRow="0",
                lastRow="0",
                firstColumn="0",
                lastColumn="0",
                noHBand="1",
                noVBand="1",
            ),
        ]
    )
    for grid_col, width in zip(tbl.tblGrid.gridCol_lst, widths, strict=True):
        grid_col.w = Twips(width)


def _finish_cells(table: Table, widths: list[int], head_rows: int, keep: set[int]) -> None:
    """After merging: every tc gets its spanned width, borders and vertical centring; rows their flags.

    Rows in `keep` stay on the page of the row after them (a label spanning rows is never split by a page break).
    """
    for index, tr in enumerate(table._tbl.tr_lst):
        tr_pr = tr.get_or_add_trPr()
        tr_pr.append(el("w:cantSplit"))
        if index < head_rows:
            tr_pr.append(el("w:tblHeader"))
        offset = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Twips(sum(widths[offset : offset + span]))
            offset += span
            tc_pr = tc.get_or_add_tcPr()
            tc_pr.insert_element_before(
                _border_set("w:tcBorders", ("top", "left", "bottom", "right")),
                "w:shd",
                "w:noWrap",
                "w:tcMar",
                "w:textDirection",
                "w:tcFitText",
                "w:vAlign",
                "w:hideMark",
            )
            tc_pr.get_or_add_vAlign().val = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            # The empty paragraph of a merged-over cell would otherwise be a 16 pt body line and stretch its row.
            for p in tc.p_lst:
                if p.pPr is None:
                    replace_ppr(p, style=TABLE_STYLE_ID, line="240", line_rule="auto")
                if index in keep:
                    _keep_with_next(p)


def _keep_with_next(p: etree._Element) -> None:
    ppr = p.get_or_add_pPr()
    if ppr.find(qn("w:keepNext")) is None:
        anchor = ppr.find(qn("w:pStyle"))
        keep = el("w:keepNext")
        if anchor is not None:
            anchor.addnext(keep)
        else:
            ppr.insert(0, keep)


def _cell_text(cell: _Cell, grid_cell: TableCell, text: str) -> None:
    paragraph = cell.paragraphs[0]
    if grid_cell.kind == "value":
        jc = "right"
    elif grid_cell.kind == "stub" and not grid_cell.vertical and grid_cell.rowspan == 1:
        jc = "left"
    else:
        jc = "center"
    replace_ppr(paragraph._p, style=TABLE_STYLE_ID, line="240", line_rule="auto", jc=jc)
    if text:
        face = ts.TABLE_HEAD if grid_cell.kind in ("header", "title") else ts.TABLE_BODY
        add_run(paragraph, text, face, base=ts.TABLE_BODY)


def add_table(doc: Document, context: TableContext) -> Table:
    widths = column_widths(context)
    table = doc.add_table(rows=context.height, cols=context.width)
    _setup_table(table, widths)
    # Capture every cell before merging: python-docx keeps a merge's top-left tc, so these stay valid.
    cells = [[_Cell(tc, table) for tc in tr.tc_lst] for tr in table._tbl.tr_lst]
    keep: set[int] = set()
    for row in context.rows:
        if row.role in ("title", "header") and row.cells:
            keep.add(row.cells[0].row)  # a block's clause and header rows stay with its first row
        for grid_cell in row.cells:
            cell = cells[grid_cell.row][grid_cell.col]
            if grid_cell.rowspan > 1 or grid_cell.colspan > 1:
                end = cells[grid_cell.row + grid_cell.rowspan - 1][grid_cell.col + grid_cell.colspan - 1]
                cell = cell.merge(end)
            if grid_cell.rowspan > 1 and grid_cell.kind == "stub":
                keep.update(range(grid_cell.row, grid_cell.row + grid_cell.rowspan - 1))
            _cell_text(cell, grid_cell, grid_cell.text)
    _finish_cells(table, widths, len(context.head), keep)
    return table
