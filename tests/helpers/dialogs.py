"""Answering modal dialogs as a clerk would, and the export, sign and versions dialogs' controls."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from disclosure_desktop.domain.report import Report
from disclosure_desktop.gui.dialogs.export import ExportDialog
from disclosure_desktop.gui.dialogs.versions import VersionsDialog
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from disclosure_desktop.workflows.exporting import ExportRequest, export_report
from tests.helpers.keys import type_text


def when_modal(kind, handle, timeout_ms: int = 10000) -> list:
    """Run `handle(dialog)` once a modal dialog of `kind` is up (exec() blocks the test until it closes)."""
    seen: list = []

    def poll(remaining: int = timeout_ms) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            seen.append(widget)
            handle(widget)
        elif remaining > 0:
            QTimer.singleShot(50, lambda: poll(remaining - 50))

    QTimer.singleShot(50, poll)
    return seen


def click(qtbot, button) -> None:
    """Click a radio button or check box on its indicator, where a person aims (its centre may be empty space)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def format_button(dialog: ExportDialog, format_id: str):
    return next(b for b in dialog.format_buttons.buttons() if b.objectName() == f"format_{format_id}")


def choose(qtbot, dialog: ExportDialog, format_id: str, path: Path) -> None:
    click(qtbot, format_button(dialog, format_id))
    dialog.path_edit.selectAll()
    type_text(dialog.path_edit, str(path))  # the path may hold Chinese: keyClicks cannot send it
    dialog.open_folder.setChecked(False)


def select_rows(dialog: VersionsDialog, *rows: int) -> None:
    dialog.table.clearSelection()
    for row in rows:
        dialog.table.selectionModel().select(
            dialog.table.model().index(row, 0),
            dialog.table.selectionModel().SelectionFlag.Select | dialog.table.selectionModel().SelectionFlag.Rows)


def in_sign_dialog(qtbot, fill) -> None:
    """Answer the sign dialog that the next click opens: `fill(dialog)` types and clicks as the clerk would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from disclosure_desktop.gui.dialogs.sign import SignDialog

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignDialog):
            QTimer.singleShot(20, answer)
            return
        fill(dialog)

    QTimer.singleShot(0, answer)


def export_through_workflow(dialog: ExportDialog, db_path: Path, report: Report, report_id: int | None = None) -> int:
    """Answer the dialog's export requests with the export workflow on a real database holding `report` (stored
    first unless `report_id` names it), as the window does on its database thread; returns the report's id."""
    if report_id is None:
        with Database.open(db_path) as db:
            report_id = ReportStore(db).create(report)

    def run(request: ExportRequest) -> None:
        with Database.open(db_path) as db:
            try:
                done = export_report(ReportStore(db), report_id, request,
                                     report=report if request.version_id is None else None)
            except Exception as error:
                dialog.refused(error)
                return
        dialog.done_exporting(done)

    dialog.export_requested.connect(run)
    return report_id
