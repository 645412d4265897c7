"""A table editor on its own, for the grid's tests."""

from __future__ import annotations

from disclosure_desktop.domain.formats import get_format
from disclosure_desktop.domain.report import Report
from disclosure_desktop.gui.table.editor import TableEditor
from disclosure_desktop.runtime.open_report import OpenReport


def make_editor(qtbot, section: str, format_id: str = "gov-2021", cells: dict | None = None) -> TableEditor:
    editor = TableEditor(get_format(format_id).section(section).table)
    qtbot.addWidget(editor)
    editor.bind(OpenReport(Report(format_id, "某县人民政府", 2025, cells=dict(cells or {})), None))
    editor.resize(900, 650)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # key presses go to the focus widget of the active window only
    return editor
