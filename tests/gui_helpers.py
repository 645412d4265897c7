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
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))
    QApplication.processEvents()
