"""The 签发 dialog: who signs (required), who reviewed it (审核) and on which day, before a version is frozen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.domain.limits import MAX_NAME_CHARS
from disclosure_desktop.gui.widgets.date_edit import TypedDateEdit
from disclosure_desktop.gui.widgets.screen_fit import keep_on_screen


class SignDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never larger than the screen, never off it
        self.setObjectName("signDialog")
        self.setWindowTitle(self.tr("Mark as signed (签发)"))
        self.setMinimumWidth(440)
        note = QLabel(self.tr("The working copy is frozen as the signed version: it can never be changed, and later "
                              "edits go on in the working copy. The names and dates are printed on the approval "
                              "sheet."), objectName="signNote")
        note.setWordWrap(True)
        self.signer_edit = QLineEdit(objectName="signerName", maxLength=MAX_NAME_CHARS)
        self.signer_edit.setPlaceholderText(self.tr("Required"))
        self.reviewer_edit = QLineEdit(objectName="reviewerName", maxLength=MAX_NAME_CHARS)
        self.reviewer_edit.setPlaceholderText(self.tr("Who checked it before signing"))
        self.review_date = TypedDateEdit(QDate.currentDate(), objectName="reviewDate", calendarPopup=True)
        self.review_date.setDisplayFormat("yyyy-MM-dd")
        self.review_date.setMaximumDate(QDate.currentDate().addYears(1))
        form = QFormLayout()
        # Each label with its Alt letter (the form makes it the field's buddy): Alt+B, Alt+R, Alt+O, Alt+S signs.
        form.addRow(self.tr("Signed &by:"), self.signer_edit)
        form.addRow(self.tr("&Reviewed by:"), self.reviewer_edit)
        form.addRow(self.tr("Reviewed &on:"), self.review_date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Qt's own Chinese 「取消」 has no letter: Alt+C as everywhere else in the dialog.
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        self.sign_button = buttons.addButton(self.tr("&Sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setObjectName("confirmSignButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.signer_edit.textChanged.connect(self._changed)
        self.reviewer_edit.textChanged.connect(self._changed)
        self._changed()

    def _changed(self, *_: object) -> None:
        self.sign_button.setEnabled(bool(self.signer()))
        self.review_date.setEnabled(bool(self.reviewer()))

    def signer(self) -> str:
        return " ".join(self.signer_edit.text().split())

    def reviewer(self) -> str:
        return " ".join(self.reviewer_edit.text().split())

    def reviewed_on(self) -> dt.date | None:
        """The review day, None when nobody is named as reviewer."""
        if not self.reviewer():
            return None
        day = self.review_date.date()
        return dt.date(day.year(), day.month(), day.day())
