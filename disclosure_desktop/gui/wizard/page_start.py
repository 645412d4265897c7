"""The wizard's first page: who publishes the report, for which year, in which format, and when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.domain.agency import (
    DEPARTMENT,
    GOVERNMENT,
    META_DEADLINE,
    META_KIND,
    OTHER,
    agency_kind,
    is_agency_kind_guessed,
)
from disclosure_desktop.domain.edit_session import Edit
from disclosure_desktop.domain.format_change import change_notes, format_for_year, has_content
from disclosure_desktop.domain.formats import all_formats, default_format_for_year
from disclosure_desktop.gui.widgets.accessible import name_from_labels
from disclosure_desktop.gui.widgets.date_edit import TypedDateEdit
from disclosure_desktop.gui.widgets.no_wheel import wheel_only_with_focus
from disclosure_desktop.gui.wizard.text_binding import SessionLineEdit
from disclosure_desktop.gui.wizard.wizard import PageState, WizardPage
from disclosure_desktop.messages import current_language
from disclosure_desktop.runtime.open_report import OpenReport

KEY = "start"


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


class StartPage(WizardPage):
    key = KEY

    def __init__(self, session: OpenReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        edits = session.edits
        report = lambda: session.report  # noqa: E731 — the session may swap in a reloaded report
        self.agency = SessionLineEdit(session, lambda: report().agency,
                                      lambda text, origin: edits.set_field("agency", text, origin),
                                      objectName="agencyEdit")
        self.agency.setPlaceholderText(self.tr("Full name, e.g. 某某县人民政府办公室"))
        self.year = QSpinBox()
        self.year.setObjectName("yearEdit")
        self.year.setRange(2008, 2100)
        # The year is taken when the clerk leaves the box or presses Enter, not at every arrow click.
        self.year.setKeyboardTracking(False)
        self.format = QComboBox()
        self.format.setObjectName("formatCombo")
        for fmt in all_formats().values():
            self.format.addItem(fmt.name if self._chinese() else fmt.name_en, fmt.id)
        self.format_hint = QLabel(objectName="hintLabel")
        self.format_hint.setWordWrap(True)
        self.title_edit = SessionLineEdit(session, lambda: report().title,
                                          lambda text, origin: edits.set_field("title", text, origin),
                                          objectName="titleEdit")
        self.contact = SessionLineEdit(session, lambda: report().meta.get("contact", ""),
                                       lambda text, origin: edits.set_meta("contact", text, origin),
                                       objectName="contactEdit")
        self.contact.setPlaceholderText(self.tr("Office, address and telephone for questions about the report"))
        self.published = TypedDateEdit(objectName="publishedEdit")
        self.published.setCalendarPopup(True)
        self.published.setDisplayFormat("yyyy-MM-dd")
        self.no_date = QCheckBox(self.tr("Not fixed yet"), objectName="noDateCheck")
        # The kind decides the legal deadline (条例 第四十九条): guessed from the name until the clerk chooses.
        self.kind = QComboBox()
        self.kind.setObjectName("agencyKindCombo")
        for kind, label in ((GOVERNMENT, self.tr("People's government or its general office (by 31 March)")),
                            (DEPARTMENT, self.tr("Department of a people's government (by 31 January)")),
                            (OTHER, self.tr("Public enterprise or institution"))):
            self.kind.addItem(label, kind)
        self.kind_hint = QLabel(objectName="hintLabel")
        self.deadline = TypedDateEdit(objectName="deadlineEdit")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.no_deadline = QCheckBox(self.tr("None"), objectName="noDeadlineCheck")
        self.no_deadline.setToolTip(self.tr("An earlier date set by a local notice, if there is one"))
        wheel_only_with_focus(self.year, self.format, self.published, self.kind, self.deadline)

        date_row = QHBoxLayout()
        date_row.addWidget(self.published)
        date_row.addWidget(self.no_date)
        date_row.addStretch(1)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind)
        kind_row.addWidget(self.kind_hint)
        kind_row.addStretch(1)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline)
        deadline_row.addWidget(self.no_deadline)
        deadline_row.addStretch(1)

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
        kind_label = QLabel(self.tr("&Kind of agency:"))
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, kind_row)
        deadline_label = QLabel(self.tr("Local &deadline:"))
        deadline_label.setBuddy(self.deadline)
        form.addRow(deadline_label, deadline_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(form)
        layout.addStretch(1)
        self.no_date.setAccessibleName(self.tr("Publication date not fixed yet"))
        self.no_deadline.setAccessibleName(self.tr("No local deadline"))

        name_from_labels(self)

        self._asking = False
        self.year.editingFinished.connect(self._year_entered)
        self.year.valueChanged.connect(self._year_stepped)
        self.format.activated.connect(self._format_chosen)
        self.published.dateChanged.connect(self._date_changed)
        self.no_date.toggled.connect(self._date_changed)
        self.kind.activated.connect(lambda i: self._session.edits.set_meta(META_KIND, self.kind.itemData(i), self))
        self.deadline.dateChanged.connect(self._deadline_changed)
        self.no_deadline.toggled.connect(self._deadline_changed)
        session.changed.connect(self._edited)

    def _chinese(self) -> bool:
        return current_language() == "zh"

    def title(self) -> str:
        return self.tr("Basic information")

    def subtitle(self) -> str:
        return self.tr("Who publishes the report, for which year and in which official format.")

    def initialize_page(self) -> None:
        for field in (self.agency, self.title_edit, self.contact):
            field.show_stored()
        self._show_year_format_date()

    def _show_year_format_date(self) -> None:
        report = self._session.report
        with QSignalBlocker(self.year), QSignalBlocker(self.format), QSignalBlocker(self.published), \
                QSignalBlocker(self.no_date), QSignalBlocker(self.kind), QSignalBlocker(self.deadline), \
                QSignalBlocker(self.no_deadline):
            self.year.setValue(report.year)
            self.format.setCurrentIndex(max(self.format.findData(report.format_id), 0))
            day = report.published_on()
            self.no_date.setChecked(day is None)
            self.published.setDate(QDate(day.year, day.month, day.day) if day else QDate(report.year + 1, 1, 31))
            self.published.setEnabled(day is not None)
            self.kind.setCurrentIndex(max(self.kind.findData(agency_kind(report)), 0))
            local = _date(report.meta.get(META_DEADLINE, ""))
            self.no_deadline.setChecked(local is None)
            self.deadline.setDate(QDate(local.year, local.month, local.day) if local else QDate(report.year + 1, 1, 31))
            self.deadline.setEnabled(local is not None)
        self._refresh_hints()

    def _edited(self, edit: Edit) -> None:
        changes = edit.changes
        shown = {"published_on", META_KIND, META_DEADLINE}
        if edit.origin is not self and ({"year", "format_id"} & set(changes.fields) or shown & set(changes.meta)):
            self._show_year_format_date()
        elif "agency" in changes.fields:
            self._show_year_format_date()  # a guessed kind follows the name
        if {"agency", "title", "year", "format_id"} & set(changes.fields):
            self._refresh_hints()
        if {"agency", "title"} & set(changes.fields) or {"contact", "published_on"} & set(changes.meta):
            self.changed.emit()

    def _refresh_hints(self) -> None:
        report = self._session.report
        self.kind_hint.setText(self.tr("(guessed from the name)") if is_agency_kind_guessed(report) else "")
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

    # --- year and format: asked first when the report has content ------------------------------------------

    def _year_stepped(self, year: int) -> None:
        # Arrow keys and clicks on the arrows: only while the box has the focus; the year is taken on leaving.
        if not self.year.hasFocus():
            self._year_entered()

    def _year_entered(self) -> None:
        report = self._session.report
        year = self.year.value()
        if year == report.year:
            return
        format_id = format_for_year(report, year)
        if not self._confirm(year, format_id):
            if not self._asking:
                self._show_year_format_date()
            return
        self._session.edits.set_year(year, format_id if format_id != report.format_id else None, origin=self)
        self._show_year_format_date()

    def _format_chosen(self, index: int) -> None:
        format_id = self.format.itemData(index)
        report = self._session.report
        if format_id == report.format_id:
            return
        if not self._confirm(report.year, format_id):
            self._show_year_format_date()
            return
        self._session.edits.set_format(format_id, origin=self)

    def _confirm(self, year: int, format_id: str) -> bool:
        """Ask before a report with content changes its year or format, saying what changes."""
        report = self._session.report
        if not has_content(report):
            return True
        if self._asking:  # the year box losing the focus to the question asks nothing more
            return False
        self._asking = True
        try:
            return self._ask(report, year, format_id)
        finally:
            self._asking = False

    def _ask(self, report, year: int, format_id: str) -> bool:
        notes = change_notes(report, year, format_id)
        text = "\n\n".join(notes) + "\n\n" + self.tr("Every number and text stays in the report. "
                                                      "Edit ▸ Undo takes the change back.")
        answer = QMessageBox.question(
            self, self.tr("Change the year or format?"), text,
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Ok

    def _date_changed(self, *_: object) -> None:
        self.published.setEnabled(not self.no_date.isChecked())
        if self.no_date.isChecked():
            value = ""
        else:
            qd = self.published.date()
            value = dt.date(qd.year(), qd.month(), qd.day()).isoformat()
        self._session.edits.set_meta("published_on", value, origin=self)

    def _deadline_changed(self, *_: object) -> None:
        self.deadline.setEnabled(not self.no_deadline.isChecked())
        qd = self.deadline.date()
        value = "" if self.no_deadline.isChecked() else dt.date(qd.year(), qd.month(), qd.day()).isoformat()
        self._session.edits.set_meta(META_DEADLINE, value, origin=self)

    def state(self) -> PageState:
        report = self._session.report
        filled = [bool(report.agency.strip()), report.published_on() is not None,
                  bool(report.meta.get("contact", "").strip())]
        if all(filled):
            return PageState.COMPLETE
        return PageState.PARTIAL if any(filled) else PageState.EMPTY

    def focus_first(self) -> None:
        self.agency.setFocus()
