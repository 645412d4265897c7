"""退回修改 or 已通过 for one unit: who reviewed it and when, and where the remarks file (审核意见, spec §12) — and,
if wanted, the 问题明细清单 beside it — are written before the status is recorded."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.domain.limits import MAX_NAME_CHARS
from disclosure_desktop.gui.widgets.date_edit import TypedDateEdit

SETTING_REVIEWER = "desk/reviewer"
SETTING_REMARKS_FOLDER = "desk/remarks_folder"
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def file_stem(unit: str, year: int) -> str:
    """A file name part from a unit's name: what Windows refuses in a name left out."""
    return _UNSAFE.sub("", unit)[:60] + f"{year}"


class DecisionDialog(QDialog):
    def __init__(self, unit: str, year: int, returned: bool, findings: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self.setWindowTitle(self.tr("Return for correction") if returned else self.tr("Pass the report"))
        self.setMinimumWidth(600)
        settings = QSettings()
        if returned:
            text = self.tr("%1's report is returned with %2 finding(s). The remarks file opens in the unit's own "
                           "program and shows each finding at its cell or sentence.")
        else:
            text = self.tr("%1's report is passed. The remarks file tells the unit so, with %2 finding(s) it may "
                           "still want to look at.")
        note = QLabel(text.replace("%1", unit).replace("%2", str(findings)), objectName="decisionNote")
        note.setWordWrap(True)
        self.reviewer_edit = QLineEdit(str(settings.value(SETTING_REVIEWER, "") or ""), objectName="deskReviewer",
                                       maxLength=MAX_NAME_CHARS)
        self.date_edit = TypedDateEdit(QDate.currentDate(), objectName="deskReviewDate", calendarPopup=True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        folder = Path(str(settings.value(SETTING_REMARKS_FOLDER, "") or Path.home()))
        self.path_edit = QLineEdit(str(folder / f"{file_stem(unit, year)}年报审核意见.json"), objectName="remarksPath")
        browse = QPushButton(self.tr("&Browse…"), objectName="remarksBrowse")
        browse.clicked.connect(self._browse)
        self.with_list = QCheckBox(self.tr("Also write the &issue list (问题明细清单) as PDF beside it"),
                                   objectName="withIssueList", checked=True)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        reviewer_label = QLabel(self.tr("&Reviewer:"))
        reviewer_label.setBuddy(self.reviewer_edit)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date_edit)
        path_label = QLabel(self.tr("Remarks &file:"))
        path_label.setBuddy(self.path_edit)
        form.addRow(reviewer_label, self.reviewer_edit)
        form.addRow(date_label, self.date_edit)
        form.addRow(path_label, path_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(self.tr("Re&turn it") if returned else self.tr("&Pass it"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("decideButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.with_list)
        layout.addWidget(buttons)
        self.path_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Remarks file"), self.path_edit.text(),
                                              self.tr("Remarks file (*.json)"))
        if name:
            self.path_edit.setText(name if name.lower().endswith(".json") else name + ".json")

    def reviewer(self) -> str:
        return " ".join(self.reviewer_edit.text().split())

    def date(self) -> dt.date:
        day = self.date_edit.date()
        return dt.date(day.year(), day.month(), day.day())

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def issue_list_path(self) -> Path | None:
        return self.path().with_name(self.path().stem + "-问题明细清单.pdf") if self.with_list.isChecked() else None

    def accept(self) -> None:
        settings = QSettings()
        settings.setValue(SETTING_REVIEWER, self.reviewer())
        settings.setValue(SETTING_REMARKS_FOLDER, str(self.path().parent))
        super().accept()
