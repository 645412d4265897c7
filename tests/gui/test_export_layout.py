"""The export dialog is laid out for the format chosen: switching to Word takes the PDF's options away without
leaving their room empty between the other choices, switching back shows the font note whole, and long error
messages wrap instead of scrolling sideways."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtWidgets import QApplication

from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.report import Cell
from disclosure_desktop.gui.dialogs.export import ExportDialog
from disclosure_desktop.workflows.example_report import example_report
from tests.helpers.dialogs import format_button


def gaps(dialog: ExportDialog) -> list[int]:
    """The vertical room between one shown item of the dialog and the next, the buttons left out."""
    layout = dialog.layout()
    tops: list[tuple[int, int]] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        widget = item.widget()
        if widget is dialog.buttons:
            break
        if (widget is not None and widget.isVisible()) or (item.layout() is not None and widget is None
                                                          and not item.isEmpty()):
            rect = item.geometry()
            tops.append((rect.top(), rect.bottom()))
    return [below[0] - above[1] for above, below in pairwise(tops)]


@pytest.mark.parametrize("with_errors", [True, False])
def test_no_gaps_for_any_format(qtbot, with_errors):
    report = example_report()
    if with_errors:
        report.cells["t3.new.natural"] = Cell("61")
    dialog = ExportDialog(report, check_report(report))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    spacing = dialog.layout().spacing()
    for format_id in ("docx", "pdf", "html", "json", "pdf"):
        format_button(dialog, format_id).setChecked(True)
        QApplication.processEvents()
        assert dialog.pdf_box.isVisible() == (format_id == "pdf")
        assert max(gaps(dialog)) <= spacing + 2, (format_id, gaps(dialog))
        assert dialog.height() <= dialog.sizeHint().height() + 2, format_id
        if format_id == "pdf":
            note = dialog.fonts_label
            assert note.height() >= note.heightForWidth(note.width()), "the font note is cut"
    if with_errors:
        assert dialog.problem_list.horizontalScrollBar().maximum() == 0
