"""Asks the clerk why a warning does not apply; the reason is kept with the report and shown on the review page."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.gui.widgets.screen_fit import keep_on_screen


class AcknowledgeDialog(QDialog):
    def __init__(self, problem: Problem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never larger than the screen, never off it
        self.setObjectName("acknowledgeDialog")
        self.setWindowTitle(self.tr("Acknowledge a warning"))
        warning = QLabel(problem.message, objectName="acknowledgeWarning")
        warning.setWordWrap(True)
        question = QLabel(self.tr("Why does this warning not apply to the report? The reason is kept with the "
                                  "report, in its JSON file, and shown on the review page; the warning then no "
                                  "longer counts."))
        question.setWordWrap(True)
        self.reason = QPlainTextEdit(objectName="acknowledgeReason")
        self.reason.setPlaceholderText(self.tr("e.g. the 17 are the applications the office itself received"))
        self.reason.setPlainText(problem.acknowledged or "")
        self.reason.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Acknowledge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda: ok.setEnabled(bool(self.reason_text())))
        ok.setEnabled(bool(self.reason_text()))
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(question)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 300)
        self.reason.setFocus()

    def reason_text(self) -> str:
        # One line in the report's data: a reason typed over several lines reads as one.
        return " ".join(self.reason.toPlainText().split())


def ask_reason(problem: Problem, parent: QWidget | None = None) -> str | None:
    """The clerk's reason, or None when the clerk cancelled."""
    dialog = AcknowledgeDialog(problem, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.reason_text() or None
