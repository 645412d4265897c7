"""A date typed in one go into the sign dialog's date box is the date it keeps (Qt's own box skipped the month
after a complete year, so 2026-01-18 stayed 2026-12-01)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit, QVBoxLayout, QWidget

from disclosure_desktop.gui.widgets.date_edit import TypedDateEdit
from tests.helpers.keys import type_date


def _typed(qtbot, kind: type[QDateEdit], text: str) -> QDate:
    form = QWidget()
    layout = QVBoxLayout(form)
    before = QLineEdit()
    edit = kind(QDate(2026, 12, 1))
    edit.setDisplayFormat("yyyy-MM-dd")
    layout.addWidget(before)
    layout.addWidget(edit)
    qtbot.addWidget(form)
    form.show()
    type_date(qtbot, before, edit, text)
    return edit.date()


@pytest.mark.parametrize(("text", "day"), [
    ("2026-01-18", QDate(2026, 1, 18)),
    ("2025-11-03", QDate(2025, 11, 3)),
    ("2026/1/8", QDate(2026, 1, 8)),
    ("2026.03.18", QDate(2026, 3, 18)),
])
def test_a_date_typed_in_one_go_is_kept(qtbot, text: str, day: QDate) -> None:
    assert _typed(qtbot, TypedDateEdit, text) == day


def test_qt_own_box_loses_the_month(qtbot) -> None:
    """Why the box exists: if Qt ever stops skipping, this fails and TypedDateEdit can go."""
    assert _typed(qtbot, QDateEdit, "2026-01-18") != QDate(2026, 1, 18)


def test_shift_tab_into_the_box_types_from_the_year(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    form = QWidget()
    layout = QVBoxLayout(form)
    edit, after = TypedDateEdit(QDate(2026, 12, 1)), QLineEdit()
    edit.setDisplayFormat("yyyy-MM-dd")
    layout.addWidget(edit)
    layout.addWidget(after)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)
    after.setFocus()
    qtbot.keyClick(after, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is edit
    qtbot.keyClicks(edit, "2025-03-20")
    assert edit.date() == QDate(2025, 3, 20)
