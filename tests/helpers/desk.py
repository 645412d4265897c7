"""Test helper for the desk's window: a small county folder of submissions with one of each thing the desk must
see (a late unit, a broken table 三, a copied part 一, a file that is no report, a file sent twice, units that sent
nothing), files and folders dropped on a widget as a file manager drops them, and the desk opened in the window."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from disclosure_desktop.domain import jsonio
from tests.helpers.review_batch import SUFFIXES, unit_name, unit_report, with_cells, with_sections, write_as

REGION = "某某县人民政府办公室"
LISTED = 8  # units 6 and 7 send nothing
KINDS = ("json", "published_docx", "published_html", "package", "json", "html")
ORIGINAL, LATE, BALANCE, COPIER = 0, 2, 4, 5
MISSING_UNITS = (6, 7)
TWICE = 1


def county_folder(base: Path) -> dict:
    """The folder a 公开办 collects: six units' reports in the forms units send, a notice that is no report, one
    file sent again; returns the folder, the reports by unit index and the expectations the tests compare with."""
    folder = base / "收到的年报"
    (folder / "补报").mkdir(parents=True)
    reports = {}
    for index in range(len(KINDS)):
        report = unit_report(index, published_on="2026-02-15" if index == LATE else "2026-01-20")
        if index == BALANCE:
            cells = jsonio.report_to_dict(report)["cells"]
            report = with_cells(report, {"t3.carried_out.natural": cells["t3.carried_out.natural"] + 1,
                                         "t3.carried_out.total": cells["t3.carried_out.total"] + 1})
        reports[index] = report
    reports[COPIER] = with_sections(reports[COPIER], {"overall": reports[ORIGINAL].sections["overall"]})
    files = {i: write_as(r, KINDS[i], folder / f"{i:02d}_{unit_name(i)}{SUFFIXES[KINDS[i]]}")
             for i, r in reports.items()}
    shutil.copy(files[TWICE], folder / "补报" / f"再次报送{files[TWICE].suffix}")
    notice = docx.Document()
    notice.add_paragraph("关于报送政府信息公开工作年度报告的通知")
    notice.save(folder / "通知.docx")
    return {"folder": folder, "reports": reports, "files": files, "units": [unit_name(i) for i in range(LISTED)],
            "problems": {unit_name(i) for i in (ORIGINAL, LATE, BALANCE, COPIER, *MISSING_UNITS)}}


def units_text() -> str:
    """The units list as the clerk types it in the new batch dialog: one a line, a kind and a deadline on one."""
    lines = [unit_name(i) for i in range(LISTED)]
    lines[3] += ",部门,2026-01-31"
    return "\n".join(lines)


def drop(widget: QWidget, paths: list[Path]) -> None:
    """Drag `paths` over `widget` and drop them, as from a file manager."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    enter = QDragEnterEvent(centre.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the widget refused the drag"
    dropped = QDropEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, dropped)
