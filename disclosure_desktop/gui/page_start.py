"""The wizard's first page: who publishes the report, for which year, in which format, and when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.formats import all_formats, default_format_for_year
from disclosure_desktop.gui.autosave import ReportSession
from disclosure_desktop.gui.wizard import PageState, WizardPage

KEY = "start"


class StartPage(WizardPage):
    key = KEY

    def __init__(self, session: ReportSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.agency = QLineEdit(objectName="agencyEdit")
        self.agency.setPlaceholderText(self.tr("Full name, e.g. 某某县人民政府办公室"))
        self.year = QSpinBox(objectName="yearEdit")
        self.year.setRange(2008, 2100)
        self.format = QComboBox(objectName="formatCombo")
        for fmt in all_formats().values():
            self.format.addItem(fmt.name if self._chinese() else fmt.name_en, fmt.id)
        self.format_hint = QLabel(objectName="hintLabel")
        self.format_hint.setWordWrap(True)
        self.title_edit = QLineEdit(objectName="titleEdit")
        self.contact = QLineEdit(objectName="contactEdit")
        self.contact.setPlaceholderText(self.tr("Office, address and telephone for questions about the report"))
        self.published = QDateEdit(objectName="publishedEdit")
        self.published.setCalendarPopup(True)
        self.published.setDisplayFormat("yyyy-MM-dd")
        self.no_date = QCheckBox(self.tr("Not fixed yet"), objectName="noDateCheck")

        date_row = QHBoxLayout()
        date_row.addWidget(self.published)
        date_row.addWidget(self.no_date)
        date_row.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Agency (full name):"), self.agency)
        form.addRow(self.tr("Report &year:"), self.year)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow("", self.format_hint)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Contact:"), self.contact)
        # A row holding a layout has no buddy of its own: name the date field so the mnemonic works.
        date_label = QLabel(self.tr("&Publication date:"))
        date_label.setBuddy(self.published)
        form.addRow(date_label, date_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(form)
        layout.addStretch(1)

        self.agency.textEdited.connect(lambda text: self._record(Changes(fields={"agency": text.strip()})))
        self.year.valueChanged.connect(self._year_changed)
        self.format.activated.connect(self._format_chosen)
        self.title_edit.textEdited.connect(lambda text: self._record(Changes(fields={"title": text.strip()})))
        self.contact.textEdited.connect(lambda text: self._record(Changes(meta={"contact": text.strip()})))
        self.published.dateChanged.connect(self._date_changed)
        self.no_date.toggled.connect(self._date_changed)

    def _chinese(self) -> bool:
        from disclosure_desktop.domain.messages import current_language

        return current_language() == "zh"

    def title(self) -> str:  # type: ignore[override]
        return self.tr("Basic information")

    def subtitle(self) -> str:
        return self.tr("Who publishes the report, for which year and in which official format.")

    def initialize_page(self) -> None:
        report = self._session.report
        blockers = [QSignalBlocker(w) for w in (self.agency, self.year, self.format, self.title_edit, self.contact,
                                                self.published, self.no_date)]
        self.agency.setText(report.agency)
        self.year.setValue(report.year)
        self.format.setCurrentIndex(max(self.format.findData(report.format_id), 0))
        self.title_edit.setText(report.title)
        self.contact.setText(report.meta.get("contact", ""))
        day = report.published_on()
        self.no_date.setChecked(day is None)
        self.published.setDate(QDate(day.year, day.month, day.day) if day else QDate(report.year + 1, 1, 31))
        self.published.setEnabled(day is not None)
        del blockers
        self._refresh_hints()

    def _refresh_hints(self) -> None:
        report = self._session.report
        self.title_edit.setPlaceholderText(report.generated_title)
        expected = default_format_for_year(report.year)
        fmt = report.format
        if fmt.first_year is not None and not fmt.covers_year(report.year):
            self.format_hint.setText(
                self.tr("The official format for %1 is %2.").replace("%1", str(report.year)).replace(
                    "%2", expected.name)
            )
        else:
            self.format_hint.setText("")
        self.format_hint.setVisible(bool(self.format_hint.text()))

    def _record(self, changes: Changes) -> None:
        self._session.record(changes)
        self._refresh_hints()
        self.changed.emit()

    def _year_changed(self, year: int) -> None:
        changes = Changes(fields={"year": year})
        report = self._session.report
        # Follow the year with the official format unless the clerk chose a non-government layout.
        if report.format.first_year is not None:
            fmt = default_format_for_year(year)
            if fmt.id != report.format_id:
                changes.fields["format_id"] = fmt.id
                with QSignalBlocker(self.format):
                    self.format.setCurrentIndex(self.format.findData(fmt.id))
        self._record(changes)

    def _format_chosen(self, index: int) -> None:
        format_id = self.format.itemData(index)
        if format_id != self._session.report.format_id:
            self._record(Changes(fields={"format_id": format_id}))

    def _date_changed(self, *_: object) -> None:
        self.published.setEnabled(not self.no_date.isChecked())
        if self.no_date.isChecked():
            value = ""
        else:
            qd = self.published.date()
            value = dt.date(qd.year(), qd.month(), qd.day()).isoformat()
        self._record(Changes(meta={"published_on": value}))

    def state(self) -> PageState:
        report = self._session.report
        filled = [bool(report.agency.strip()), report.published_on() is not None,
                  bool(report.meta.get("contact", "").strip())]
        if all(filled):
            return PageState.COMPLETE
        return PageState.PARTIAL if any(filled) else PageState.EMPTY

    def focus_first(self) -> None:
        self.agency.setFocus()
