"""A date box that takes a date typed in one go (2026-01-18, 2026/1/8, 2026.3.18): Qt moves to the next part by
itself once a part is complete, so the separator typed after it skipped the month, a separator other than the
format's own was ignored, and Shift+Tab into the box selected the day — each time the date shown stayed as it was,
or the year went into the day."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit

SEPARATORS = "-/. "


class TypedDateEdit(QDateEdit):
    """A QDateEdit that takes any of SEPARATORS as its own, and one typed after a part it completed as done."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._moved_on_by_itself = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason):
            self.setSelectedSection(self.sectionAt(0))  # a date is typed from its year, however the box was reached

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in SEPARATORS:
            if self._moved_on_by_itself:
                self._moved_on_by_itself = False
                event.accept()
                return
            own = next((c for c in self.displayFormat() if not c.isalnum()), "-")
            if text != own:
                event = QKeyEvent(event.type(), Qt.Key(ord(own)), event.modifiers(), own)
        section = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on_by_itself = text.isdigit() and self.currentSectionIndex() != section
