"""The 发布 dialog: the day the report was published and the web page it is on (spec §12); the deadline check then
goes by this day instead of the one planned on the start page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from disclosure_desktop.domain.limits import MAX_META_CHARS
from disclosure_desktop.gui.widgets.date_edit import TypedDateEdit


class PublishDialog(QDialog):
    def __init__(self, day: dt.date, address: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.setWindowTitle(self.tr("Record publication"))
        self.setMinimumWidth(520)
        note = QLabel(self.tr("When and where the signed version was published. The deadline check goes by this "
                              "day; the report's state becomes Published."), objectName="publishNote")
        note.setWordWrap(True)
        self.day_edit = TypedDateEdit(QDate(day.year, day.month, day.day), objectName="publishedOn",
                                      calendarPopup=True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.address_edit = QLineEdit(address, objectName="publishedAt", maxLength=MAX_META_CHARS)
        self.address_edit.setPlaceholderText("http://www.….gov.cn/…")
        form = QFormLayout()
        form.addRow(self.tr("Published on:"), self.day_edit)
        form.addRow(self.tr("Web address:"), self.address_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = buttons.addButton(self.tr("&Record"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setObjectName("recordPublicationButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.address_edit.textChanged.connect(self._changed)
        self._changed()

    def _changed(self, *_: object) -> None:
        self.record_button.setEnabled(bool(self.address()))

    def day(self) -> dt.date:
        day = self.day_edit.date()
        return dt.date(day.year(), day.month(), day.day())

    def address(self) -> str:
        return self.address_edit.text().strip()
