"""签发 in the window as a clerk does it: the sign dialog asks for 签发人, 审核人 and 审核日期; the signed version
then opens in print preview with its 签发单 in front of its pages; its export offers the sheet for a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QRadioButton

from disclosure_desktop.domain import jsonio
from disclosure_desktop.export.pdf_export import printed_pages
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.database import create
from tests.helpers.dialogs import export_through_workflow, in_sign_dialog, select_rows
from tests.helpers.keys import type_date, type_text
from tests.helpers.paths import FULL_REPORT
from tests.helpers.window import close_window, open_report


def _when_modal(kind: type, act) -> QTimer:
    """Poll until a modal dialog of `kind` is up, then `act(dialog)` once."""
    timer = QTimer(interval=30)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            timer.stop()
            act(dialog)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_sign_in_the_dialog_then_print_preview_has_the_sheet_in_front(qtbot, db_path: Path) -> None:
    report = jsonio.loads(FULL_REPORT.read_text("utf-8"))
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    report_pages = printed_pages(window.session.report).count
    seen: dict[str, object] = {}

    def fill(sign) -> None:
        type_text(sign.signer_edit, "张局长")
        type_text(sign.reviewer_edit, "李科长")
        type_date(qtbot, sign.reviewer_edit, sign.review_date, "2026-01-18")
        qtbot.mouseClick(sign.sign_button, Qt.MouseButton.LeftButton)

    def in_preview(preview: QPrintPreviewDialog) -> None:
        widget = preview.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: widget.pageCount() > 0, timeout=10000)
        seen["pages"] = widget.pageCount()
        seen["title"] = preview.windowTitle()
        preview.reject()

    def in_versions() -> None:
        dialog = window.versions.dialog
        in_sign_dialog(qtbot, fill)
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
        seen["kind"] = dialog.table.item(0, 1).text()
        select_rows(dialog, 0)
        seen["enabled"] = dialog.print_sheet_button.isEnabled()
        timer = _when_modal(QPrintPreviewDialog, in_preview)
        qtbot.mouseClick(dialog.print_sheet_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "pages" in seen, timeout=20000)
        timer.stop()
        dialog.reject()

    QTimer.singleShot(0, in_versions)
    window.versions.open_versions()
    assert seen["kind"] == "Signed (签发)" and seen["enabled"] is True
    assert seen["pages"] == report_pages + 1
    found: list = []
    window.store.run(lambda s: s.versions(rid), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    [info] = found[0]
    assert (info.signed_by, info.reviewed_by, info.reviewed_on.isoformat()) == ("张局长", "李科长", "2026-01-18")
    close_window(window)


def test_exporting_a_signed_version_offers_the_sheet_for_a_pdf_only(qtbot, db_path: Path, tmp_path: Path) -> None:
    import datetime as dt
    import subprocess

    from disclosure_desktop.gui.dialogs.export import ExportDialog

    report = jsonio.loads(FULL_REPORT.read_text("utf-8"))
    with Database.open(db_path) as db:
        store = ReportStore(db)
        rid = store.create(report)
        version = store.sign(rid, "张局长", reviewed_by="李科长", reviewed_on=dt.date(2026, 1, 18))
    dialog = ExportDialog(report, [], None, version_id=version, sheet_available=True)
    export_through_workflow(dialog, db_path, report, rid)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.include_sheet
    assert box.isVisible() and box.isChecked() and box.isEnabled()
    def choose(format_id: str) -> None:  # on the round button itself: the row is wider than its label
        button = dialog.findChild(QRadioButton, f"format_{format_id}")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
        assert button.isChecked()

    choose("docx")
    assert not box.isEnabled()
    choose("pdf")
    assert box.isEnabled()
    target = tmp_path / "签发.pdf"
    dialog.path_edit.setText(str(target))
    dialog.open_folder.setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(target), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "签发单" in first and "李科长" in first
    # A working copy's export has no sheet to offer.
    plain = ExportDialog(report, [], None)
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.include_sheet.isVisible()
