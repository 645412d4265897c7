"""The 公开办's 问题明细清单 (review/issues.py) as a PDF: one list a unit, each starting a page, laid out in the same
Qt rich-text subset, A4 type area, faces and page numbers as the report's own PDF (pdf_export, pagination).

QtGui only, like every PDF of the program: the command line and a worker thread can write it without widgets.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPainter, QPdfWriter

from disclosure_desktop.export.atomic_file import write_atomically
from disclosure_desktop.export.fonts import FontPlan, ensure_gui_application, font_plan
from disclosure_desktop.export.html import environment
from disclosure_desktop.export.pagination import lay_out
from disclosure_desktop.export.pdf_export import PrintedPages
from disclosure_desktop.export.print_html import LAYOUT_DPI, a4_zero_margins, families, layout_device, sizes
from disclosure_desktop.messages import message
from disclosure_desktop.review.issues import IssueList, column_titles

TEMPLATE = "issue_list.html.j2"


def _texts(lists: Sequence[IssueList]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for issues in lists:
        for role, text in issues.role_texts().items():
            merged[role] = merged.get(role, "") + "\n" + text
    return merged


def issue_list_html(issues: IssueList, plan: FontPlan) -> str:
    return environment().get_template(TEMPLATE).render(
        l=issues, cols=column_titles(), nothing=message("review.issues.none"), px=sizes(), f=families(plan))


def printed_issue_lists(lists: Sequence[IssueList]) -> PrintedPages:
    """Every list laid out, each a run of its own pages (so each unit starts a page)."""
    ensure_gui_application()
    plan = font_plan(_texts(lists))
    htmls = [issue_list_html(issues, plan) for issues in lists]
    runs = [lay_out(html, layout_device(), LAYOUT_DPI, plan, False, ()) for html in htmls]
    # PrintedPages paints runs and numbers pages; the report's rendering context is not needed for that.
    return PrintedPages(None, plan, runs, htmls)


def issue_lists_pdf(lists: Sequence[IssueList]) -> bytes:
    """The PDF's bytes: one or more units' lists."""
    pages = printed_issue_lists(lists)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(LAYOUT_DPI)
    writer.setTitle(lists[0].title if len(lists) == 1 else message("review.issues.col.details"))
    writer.setCreator("disclosure_desktop")
    a4_zero_margins(writer)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("cannot paint on the PDF writer")
    try:
        painter.scale(writer.logicalDpiX() / LAYOUT_DPI, writer.logicalDpiY() / LAYOUT_DPI)
        for number in range(pages.count):
            if number:
                writer.newPage()
            pages.paint_page(painter, number)
    finally:
        painter.end()
    del writer
    buffer.close()
    return bytes(data.data())


def write_issue_lists_pdf(lists: Sequence[IssueList], path: Path) -> None:
    write_atomically(Path(path), issue_lists_pdf(lists))
