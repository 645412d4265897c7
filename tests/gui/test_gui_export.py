"""From the review page the clerk exports the report and looks at the print preview, as the last steps."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

from disclosure_desktop.gui.dialogs.export import ExportDialog
from tests.helpers.dialogs import when_modal
from tests.helpers.html_grid import parse_page
from tests.helpers.keys import type_text
from tests.helpers.window import click_section, close_window, open_window, start_report


def test_export_from_the_review_page_writes_the_web_page(qtbot, db_path, tmp_path):
    window = open_window(qtbot, db_path)
    start_report(qtbot, window, "welcome_example")
    click_section(qtbot, window, "review")
    target = tmp_path / "年报.html"

    def fill(dialog: ExportDialog) -> None:
        button = next(b for b in dialog.format_buttons.buttons() if b.objectName() == "format_html")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
        dialog.path_edit.selectAll()
        type_text(dialog.path_edit, str(target))
        dialog.open_folder.setChecked(False)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    seen = when_modal(ExportDialog, fill)
    qtbot.mouseClick(window.wizard.current_page().export_button, Qt.MouseButton.LeftButton)
    assert seen and target.exists()
    page = parse_page(target.read_text("utf-8"))
    t3 = page.table_captioned("三、收到和处理政府信息公开申请情况")
    assert t3.value("一、本年新收政府信息公开申请数量", "总计") == window.session.report.value("t3.new.total")
    assert "年报.html" in window.statusBar().currentMessage()
    close_window(window)


def test_print_preview_shows_the_pages(qtbot, db_path):
    window = open_window(qtbot, db_path)
    start_report(qtbot, window, "welcome_example")
    pages: list[int] = []

    def look(dialog: QPrintPreviewDialog) -> None:
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        pages.append(preview.pageCount())
        dialog.reject()

    seen = when_modal(QPrintPreviewDialog, look)
    window.menus.print_preview.trigger()
    assert seen and pages and pages[0] >= 3
    close_window(window)
