"""The 公开办's 问题明细清单 (review/issues.py) as a Word file the office can still edit before sending: the report
export's page, styles and East-Asian font slots (docx_styles, docx_xml), one list a unit on a page of its own, a
real four-column table whose header row repeats on every page."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.text import WD_BREAK
from docx.shared import Twips
from docx.table import _Cell

from disclosure_desktop.export import typesetting as ts
from disclosure_desktop.export.atomic_file import write_atomically
from disclosure_desktop.export.docx_styles import TABLE_STYLE_ID, setup_page, setup_settings, setup_styles
from disclosure_desktop.export.docx_text import add_paragraph
from disclosure_desktop.export.docx_xml import add_run, el, replace_ppr, twips
from disclosure_desktop.messages import message
from disclosure_desktop.review.issues import IssueList, column_titles

# Shares of the type area: the findings need the most room, the indicator the least.
COLUMN_SHARES = (0.14, 0.26, 0.38, 0.22)
TITLE = ts.Face(ts.TITLE.family, 18)
INFO = ts.Face(ts.BODY.family, 12)


def _borders() -> object:
    borders = el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(el(f"w:{side}", val="single", sz=str(ts.TABLE_BORDER_EIGHTHS_PT), space="0", color="000000"))
    return borders


def _cell(cell: _Cell, lines: Sequence[str], face: ts.Face, jc: str = "left") -> None:
    for index, text in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        replace_ppr(paragraph._p, style=TABLE_STYLE_ID, line="240", line_rule="auto", jc=jc)
        add_run(paragraph, text, face, base=ts.TABLE_BODY)


def _add_list(doc: Document, issues: IssueList) -> None:
    title = add_paragraph(doc, style="Title", keep_next=True, line=str(round(TITLE.size_pt * 1.5 * 20)),
                          after=200, jc="center")
    for index, line in enumerate(issues.title_lines()):
        run = add_run(title, line, TITLE, latin=TITLE.family)
        if index < len(issues.title_lines()) - 1:
            run.add_break()
    lines = issues.header_lines()
    for index, line in enumerate(lines):
        info = add_paragraph(doc, line="240", line_rule="auto", after=160 if index == len(lines) - 1 else 0,
                             jc="left")
        add_run(info, line, INFO)
    rows = issues.rows
    table = doc.add_table(rows=1 + max(1, len(rows)), cols=4)
    area = twips(ts.TYPE_AREA_WIDTH_MM)
    widths = [round(area * share) for share in COLUMN_SHARES]
    widths[-1] += area - sum(widths)
    tbl_pr = table._tbl.tblPr
    for child in list(tbl_pr):  # rebuilt in the order Word's schema demands
        tbl_pr.remove(child)
    tbl_pr.extend([el("w:tblW", w=str(area), type="dxa"), el("w:jc", val="center"), _borders(),
                   el("w:tblLayout", type="fixed")])
    for grid_col, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
        grid_col.w = Twips(width)
    header = table.rows[0]
    header._tr.get_or_add_trPr().append(el("w:tblHeader"))
    for cell, text in zip(header.cells, column_titles(), strict=True):
        _cell(cell, [text], ts.TABLE_HEAD, "center")
    if not rows:
        merged = table.rows[1].cells[0].merge(table.rows[1].cells[3])
        _cell(merged, [message("review.issues.none")], ts.TABLE_BODY)
    for row, issue in zip(table.rows[1:], rows, strict=False):
        details = [f"{n}. {d}" if len(issue.details) > 1 else d for n, d in enumerate(issue.details, start=1)]
        for cell, lines in zip(row.cells, ([issue.indicator], [issue.standard], details, [issue.requirement]),
                               strict=True):
            _cell(cell, lines, ts.TABLE_BODY)
    for row in table.rows:
        row._tr.get_or_add_trPr().append(el("w:cantSplit"))
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Twips(width)


def issue_lists_docx(lists: Sequence[IssueList]) -> bytes:
    """The Word file's bytes: each unit's list, each starting a page."""
    doc = docx.Document()
    setup_styles(doc)
    setup_settings(doc)
    setup_page(doc)
    doc.core_properties.title = (lists[0].title if len(lists) == 1 else message("review.issues.col.details"))[:255]
    doc.core_properties.author = lists[0].region if lists else ""
    for index, issues in enumerate(lists):
        if index:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _add_list(doc, issues)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def write_issue_lists_docx(lists: Sequence[IssueList], path: Path) -> None:
    write_atomically(Path(path), issue_lists_docx(lists))
