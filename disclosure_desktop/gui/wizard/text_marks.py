"""Marks in a text box: the words a problem (or a remark) is about underlined, their message as the tooltip and on
a line under the box, and those words selected when the clerk goes to the problem (F8, Enter on the review page).

A mark is drawn only while the box still holds the words it was made for: typing before it moves it, and the
next check run (a moment later) places it again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QHelpEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QToolTip, QWidget

from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.domain.checks.marks import TextMark
from disclosure_desktop.domain.remarks import quoted_span

# The colours of the table's cell markers (source_legend.MARKER_*), so a problem looks alike in a cell and in text.
_UNDERLINE = {"error": QColor("#c62828"), "warning": QColor("#c98a00"), "remark": QColor("#1a73e8")}
_BACKGROUND = {"error": QColor("#fde0dd"), "warning": QColor("#fff3c4"), "remark": QColor("#e3efff")}


def utf16_length(text: str) -> int:
    # Qt counts positions in UTF-16 units: a character outside the BMP (an emoji, a rare 汉字) is two.
    return len(text.encode("utf-16-le")) // 2


def _python_index(text: str, units: int) -> int:
    """The index into `text` of the character that starts at UTF-16 position `units`."""
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return units
    count = 0
    for index, char in enumerate(text):
        if count >= units:
            return index
        count += 2 if ord(char) >= 0x10000 else 1
    return len(text)


@dataclass(frozen=True)
class PlacedMark:
    """A mark at document positions [start, end) in UTF-16 units."""

    start: int
    end: int
    mark: TextMark


class MarkHighlighter(QSyntaxHighlighter):
    """Underlines the marked words of a block (over whatever colours a subclass gave the block first)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.placed: list[PlacedMark] = []

    def highlightBlock(self, text: str) -> None:
        self.underline_marks(text)

    def underline_marks(self, text: str) -> None:
        first = self.currentBlock().position()
        last = first + utf16_length(text)
        for placed in self.placed:
            a, b = max(placed.start, first), min(placed.end, last)
            if a >= b or not self._still_there(text, first, placed):
                continue
            for i in range(a - first, b - first):
                fmt = QTextCharFormat(self.format(i))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(_UNDERLINE.get(placed.mark.kind, _UNDERLINE["warning"]))
                fmt.setBackground(_BACKGROUND.get(placed.mark.kind, _BACKGROUND["warning"]))
                self.setFormat(i, 1, fmt)

    @staticmethod
    def _still_there(text: str, first: int, placed: PlacedMark) -> bool:
        a = _python_index(text, placed.start - first)
        return text[a:a + len(placed.mark.text)] == placed.mark.text


class ProblemLine(QLabel):
    """The line under a text box that says what is wrong where the cursor is (or where F8 led)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="textProblemLine")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(
            "QLabel#textProblemLine { background: #fff8e1; color: #3c2f00; border: 1px solid #f2b705;"
            " border-radius: 3px; padding: 3px 6px; }"
            "QLabel#textProblemLine[kind=\"error\"] { background: #fdecea; color: #611a15; border-color: #c62828; }"
            "QLabel#textProblemLine[kind=\"remark\"] { background: #e8f0fe; color: #0b2a5b;"
            " border-color: #1a73e8; }")
        self.hide()

    def say(self, text: str, kind: str = "warning", *, alert: bool = False) -> None:
        """Show `text` ("" hides the line); `alert`: a screen reader reads it out at once."""
        if self.text() != text or self.property("kind") != kind:
            self.setText(text)
            self.setProperty("kind", kind)
            self.style().unpolish(self)
            self.style().polish(self)
        self.setAccessibleName(text)
        self.setVisible(bool(text))
        if text and alert:
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))


class TextMarks(QObject):
    """One text box's marks: underlined by `highlighter`, explained by its tooltip and by `line`."""

    def __init__(self, editor: QPlainTextEdit, highlighter: MarkHighlighter, line: ProblemLine) -> None:
        super().__init__(editor)
        self._editor = editor
        self._highlighter = highlighter
        self.line = line
        self._pinned: tuple[str, str] | None = None  # (message, kind) of the problem F8 led to
        self._marks: list[TextMark] = []
        editor.cursorPositionChanged.connect(self._cursor_moved)
        editor.textChanged.connect(self._typed)
        editor.viewport().installEventFilter(self)

    @property
    def placed(self) -> list[PlacedMark]:
        return list(self._highlighter.placed)

    def set_marks(self, marks: list[TextMark]) -> None:
        """The marks of this box's section (after each check run); those whose words are not there are left out."""
        self._marks = list(marks)
        self.place()

    def place(self) -> None:
        """Put the marks on the box's text again (it was just filled, entering the page)."""
        text = self._editor.toPlainText()
        placed = [PlacedMark(utf16_length(text[:m.start]), utf16_length(text[:m.end]), m)
                  for m in self._marks if text[m.start:m.end] == m.text]
        if placed == self._highlighter.placed:
            return
        self._highlighter.placed = placed
        self._highlighter.rehighlight()
        self._cursor_moved()

    def mark_at(self, position: int) -> PlacedMark | None:
        """The mark whose words hold `position` (a UTF-16 position, its end included)."""
        text = self._editor.toPlainText()
        for placed in self._highlighter.placed:
            if placed.start <= position <= placed.end and self._holds(text, placed):
                return placed
        return None

    def _holds(self, text: str, placed: PlacedMark) -> bool:
        a = _python_index(text, placed.start)
        return text[a:a + len(placed.mark.text)] == placed.mark.text

    def entered(self) -> None:
        """The page is shown (its text just filled): marks placed again, no message of an earlier visit."""
        self._pinned = None
        self.place()
        self._cursor_moved()

    def go_to(self, problem: Problem) -> bool:
        """Select the words `problem` is about and say its message under the box; False when it names none (the
        message is said all the same, and the keyboard is in the box)."""
        kind = "remark" if problem.remark else problem.severity
        self._pinned = (problem.message, kind)
        found = next((p for p in self._highlighter.placed if p.mark.key == problem.key
                      and self._holds(self._editor.toPlainText(), p)), None)
        if found is None:
            found = self._placed_now(problem)
        if found is not None:
            cursor = self._editor.textCursor()
            cursor.setPosition(found.start)
            cursor.setPosition(found.end, QTextCursor.MoveMode.KeepAnchor)
            self._editor.setTextCursor(cursor)
            self._editor.ensureCursorVisible()
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.line.say(problem.message, kind, alert=True)
        return found is not None

    def _placed_now(self, problem: Problem) -> PlacedMark | None:
        """A problem's first span read against the box's text (its marks may not be placed yet); for a problem
        without spans, the sentence it quotes (a remark, the checks' “…”)."""
        text = self._editor.toPlainText()
        quoted = quoted_span(text, problem.message) if not problem.spans else None
        spans = problem.spans or (((quoted[0], quoted[1] - quoted[0]),) if quoted is not None else ())
        for start, length in spans:
            if start >= 0 and start + length <= len(text) and length > 0:
                mark = TextMark(problem.section_id, start, length, problem.message,
                                "remark" if problem.remark else problem.severity, text[start:start + length],
                                problem.key)
                return PlacedMark(utf16_length(text[:start]), utf16_length(text[:start + length]), mark)
        return None

    def _typed(self) -> None:
        self._pinned = None  # the clerk is at it: the message of the place they type in speaks for itself

    def _cursor_moved(self) -> None:
        here = self.mark_at(self._editor.textCursor().position())
        if here is not None:
            self.line.say(here.mark.message, here.mark.kind)
        elif self._pinned is not None:
            self.line.say(*self._pinned)
        else:
            self.line.say("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self._editor.cursorForPosition(event.pos()).position()
            here = self.mark_at(position)
            if here is not None:
                QToolTip.showText(event.globalPos(), here.mark.message, self._editor.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().eventFilter(watched, event)
