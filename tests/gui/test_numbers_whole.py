"""A number typed into a table is shown whole: the number columns widen for it (the table then scrolls sideways,
its row above the scroll bar) instead of cutting 123456 to 「12…」, at 1366×768 with the preview open and at
1024×700."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle

from disclosure_desktop.gui.table.delegate import VALUE_PADDING
from tests.helpers.window import click_section, open_window, start_report, type_cell


def shown_whole(editor, cell_id: str) -> tuple[str, str]:
    """(the cell's text, what the cell has room to paint of it)."""
    view = editor.view
    index = editor.index_of(cell_id)
    text = str(index.data(Qt.ItemDataRole.DisplayRole))
    font = view.font()
    font.setBold(True)  # totals are bold; the numbers typed are not, so this is the stricter test
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = view.visualRect(index).width() - 2 * (VALUE_PADDING + margin)
    return text, QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, room)


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
def test_wide_numbers_are_shown_whole(qtbot, db_path, size) -> None:
    window = open_window(qtbot, db_path)
    window.resize(*size)
    start_report(qtbot, window)
    window.area.show_preview(True)
    click_section(qtbot, window, "section:applications")
    type_cell(qtbot, window, "t3.new.natural", "123456")
    type_cell(qtbot, window, "t3.new.commercial", "1234")
    QApplication.processEvents()
    editor = window.wizard.current_page().editor
    for cell_id in ("t3.new.natural", "t3.new.commercial", "t3.new.total"):
        text, painted = shown_whole(editor, cell_id)
        assert painted == text, (size, cell_id, text, painted)

    click_section(qtbot, window, "section:review_litigation")
    type_cell(qtbot, window, "t4.lawsuit_after.corrected", "1234")
    QApplication.processEvents()
    editor = window.wizard.current_page().editor
    text, painted = shown_whole(editor, "t4.lawsuit_after.corrected")
    assert painted == text == "1234", (size, painted)
    view = editor.view
    row = view.visualRect(editor.index_of("t4.lawsuit_after.corrected"))
    assert row.bottom() < view.viewport().height(), "the scroll bar covers the row"
