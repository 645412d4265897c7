"""A bar across the report that says the last edits are not saved and offers what can be done, without stopping
the clerk's typing (a modal box in the middle of a sentence would)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class SaveAlert(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveAlert")
        self.setStyleSheet("QFrame#saveAlert { background: #fdecea; border-bottom: 1px solid #e6a39d; }"
                           "QFrame#saveAlert QLabel { color: #611a15; }")
        self.label = QLabel(objectName="saveAlertText")
        self.label.setWordWrap(True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(16, 6, 16, 6)
        self._layout.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        self.hide()

    def show_alert(self, text: str, actions: list[tuple[str, Callable[[], object]]]) -> None:
        """Show `text` with one button per (label, action)."""
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        self.label.setText(text)
        for label, action in actions:
            button = QPushButton(label, self)
            button.clicked.connect(lambda _=False, a=action: a())
            self._layout.addWidget(button)
            self._buttons.append(button)
        self.show()

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)
