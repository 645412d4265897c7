"""Text boxes bound to one key of the open report: typing goes to the edit session, undo comes back from it.

Their own undo is switched off and Ctrl+Z is left to the window's Edit ▸ Undo, so one history covers the whole
report (a cell typed on page 三 and a sentence on page 一 undo in the order they were made).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QKeyCombination, QSignalBlocker, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from disclosure_desktop.domain.edit_session import Edit
from disclosure_desktop.runtime.open_report import OpenReport

_HISTORY_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
_CTRL_Y = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y)  # Redo's second key


def leaves_history_keys(event: QEvent) -> bool:
    """True for Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y offered to a text box first: let the window's actions have them."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    if any(event.matches(k) for k in _HISTORY_KEYS) or event.keyCombination().toCombined() == _CTRL_Y.toCombined():
        event.ignore()
        return True
    return False


def _utf16(text: str) -> int:
    # QTextCursor positions count UTF-16 units; an emoji is two of them.
    return len(text.encode("utf-16-le")) // 2


class _OneHistory:
    """For a text widget of the report: Ctrl+Z belongs to the report's history, and leaving it ends a step."""

    _session: OpenReport

    def event(self, event: QEvent) -> bool:
        if leaves_history_keys(event):
            return False
        return super().event(event)  # type: ignore[misc]

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._session.edits.seal()  # typing elsewhere is another step
        super().focusOutEvent(event)  # type: ignore[misc]


class SessionTextEdit(_OneHistory, QPlainTextEdit):
    """A plain-text box holding one section's text (a part, the opening, a table's lead-in)."""

    def __init__(self, session: OpenReport, section_id: str, parent: QWidget | None = None, **kwargs) -> None:
        super().__init__(parent, **kwargs)
        self._session = session
        self.section_id = section_id
        self._step_name = ""
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        self.textChanged.connect(self._typed)
        session.changed.connect(self._edited)


    def show_stored(self) -> None:
        """Show the report's text (entering the page)."""
        self._show(self._session.report.text(self.section_id), move_cursor=False)

    def insert(self, text: str, step_name: str) -> None:
        """Put `text` at the cursor as one step of the report's history named `step_name`."""
        self.edit_block(lambda cursor: cursor.insertText(text), step_name)

    def edit_block(self, change: Callable[[QTextCursor], None], step_name: str) -> None:
        cursor = self.textCursor()
        self._step_name = step_name
        try:
            cursor.beginEditBlock()
            change(cursor)
            cursor.endEditBlock()
        finally:
            self._step_name = ""
        self.setTextCursor(cursor)
        self.setFocus()

    def _typed(self) -> None:
        self._session.edits.set_text(self.section_id, self.toPlainText(), origin=self, name=self._step_name)

    def _edited(self, edit: Edit) -> None:
        if self.section_id in edit.changes.sections and edit.origin is not self:
            self._show(self._session.report.text(self.section_id), move_cursor=True)

    def _show(self, new: str, *, move_cursor: bool) -> None:
        """Replace only what differs, so the scroll position and the rest of the text stay where they were."""
        old = self.toPlainText()
        if old == new:
            return
        start = 0
        limit = min(len(old), len(new))
        while start < limit and old[start] == new[start]:
            start += 1
        end = 0
        while end < limit - start and old[len(old) - 1 - end] == new[len(new) - 1 - end]:
            end += 1
        cursor = QTextCursor(self.document())
        cursor.setPosition(_utf16(old[:start]))
        cursor.setPosition(_utf16(old[: len(old) - end]), QTextCursor.MoveMode.KeepAnchor)
        with QSignalBlocker(self):
            cursor.insertText(new[start : len(new) - end])
        if move_cursor:  # as an undo in any editor: the cursor goes to what changed
            self.setTextCursor(cursor)
            self.ensureCursorVisible()


class SessionLineEdit(_OneHistory, QLineEdit):
    """A one-line field whose text is one report value; `send` turns the typed text into the step."""

    def __init__(self, session: OpenReport, read: Callable[[], str], send: Callable[[str, object], object],
                 parent: QWidget | None = None, **kwargs) -> None:
        super().__init__(parent, **kwargs)
        self._session = session
        self._read = read
        self.textEdited.connect(lambda text: send(text, self))
        session.changed.connect(self._edited)


    def show_stored(self) -> None:
        value = self._read()
        if " ".join(self.text().split()) != value:
            with QSignalBlocker(self):
                self.setText(value)

    def _edited(self, edit: Edit) -> None:
        if edit.origin is not self:
            self.show_stored()
