"""Drive widgets as a person would, including Chinese text, which QTest.keyClicks cannot send (it aborts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` into the focused `widget`: ASCII as key presses, Chinese as a Pinyin IME commits it."""
    widget.setFocus()
    for ch in text:
        if ch == "\n":
            press(widget, Qt.Key.Key_Return)
        elif ch.isascii():
            key = Qt.Key(ord(ch.upper())) if ch.isalnum() else Qt.Key.Key_unknown
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QCoreApplication.sendEvent(widget, event)
    QApplication.processEvents()


def press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    assert widget is not None, "no widget has the keyboard (is the window active?)"  # Qt would crash on None
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))
    QApplication.processEvents()


class Answers:
    """Answers the next modal dialogs as a clerk would: clicks the named button of each message box in turn, or
    types a file name into a file dialog and accepts it. `seen` keeps what each message box said."""

    def __init__(self, *answers: str, interval_ms: int = 30) -> None:
        from PySide6.QtCore import QTimer

        self._answers = list(answers)
        self.seen: list[str] = []
        self._timer = QTimer(interval=interval_ms)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    @property
    def done(self) -> bool:
        return not self._answers

    def _poll(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        box = QApplication.activeModalWidget()
        if box is None or not box.isVisible() or not self._answers:
            if not self._answers:
                self._timer.stop()
            return
        answer = self._answers[0]
        if isinstance(box, QFileDialog):
            from PySide6.QtWidgets import QLineEdit

            self._answers.pop(0)
            name = box.findChild(QLineEdit, "fileNameEdit")  # the box where a person types the name
            if name is not None:
                name.setText(answer)
            else:
                box.selectFile(answer)
            box.accept()
        elif isinstance(box, QMessageBox):
            self.seen.append(f"{box.text()}\n{box.informativeText()}")
            for button in box.buttons():
                if button.text().replace("&", "") == answer:
                    self._answers.pop(0)
                    button.click()
                    return
            raise AssertionError(f"no button {answer!r} in {[b.text() for b in box.buttons()]}: {self.seen[-1]}")

    def stop(self) -> None:
        self._timer.stop()


def type_date(qtbot, before: QWidget, edit: QWidget, text: str) -> None:
    """Tab from `before` into a QDateEdit (which selects its first section) and type a date such as 2026-01-18.

    Clicking into the box and typing does not replace the date shown (Qt's sections), so a clerk tabs in.
    """
    window = edit.window()
    window.activateWindow()  # focus-in, which selects the section, reaches the active window only
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is edit or edit.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClicks(edit, text)
