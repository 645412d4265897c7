"""A new review batch: the region or office that reviews, the report year, and the units expected — from the
office's units.csv or typed one a line — read and checked as the clerk types, so a bad line is named before OK."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.domain.limits import MAX_NAME_CHARS
from disclosure_desktop.messages import ReportDataError
from disclosure_desktop.review.units import Unit, read_units_csv, units_from_lines
from disclosure_desktop.workflows.review_desk import MAX_YEAR, MIN_YEAR

SETTING_REGION = "desk/region"
SETTING_FOLDER = "desk/folder"
CHECK_DELAY_MS = 250  # the typed list is read again a moment after the last key


def desk_folder() -> str:
    """Where the desk's file choosers start: the folder the clerk last took files from or wrote to."""
    return str(QSettings().value(SETTING_FOLDER, "") or Path.home())


class BatchDialog(QDialog):
    """Asks for what `workflows.review_desk.create_batch` needs; `units` holds the list read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchDialog")
        self.setWindowTitle(self.tr("New review batch"))
        self.setMinimumWidth(560)
        self.units: list[Unit] = []
        settings = QSettings()
        note = QLabel(self.tr("A batch is one year's reports of the units a 公开办 collects. Name who reviews and "
                              "which units are expected: the summary lists every one of them, in red until its "
                              "report arrives."), objectName="batchNote")
        note.setWordWrap(True)
        self.region_edit = QLineEdit(str(settings.value(SETTING_REGION, "") or ""), objectName="batchRegion",
                                     maxLength=MAX_NAME_CHARS)
        self.region_edit.setPlaceholderText(self.tr("e.g. 某某县人民政府办公室"))
        self.year_spin = QSpinBox(minimum=MIN_YEAR, maximum=MAX_YEAR)
        self.year_spin.setObjectName("batchYear")
        self.year_spin.setValue(dt.date.today().year - 1)  # reports of a year are collected early the next
        self.from_file = QRadioButton(self.tr("From a &file (单位名称,单位类型,截止日期)"), objectName="unitsFromFile")
        self.typed = QRadioButton(self.tr("&Typed in, one unit a line"), objectName="unitsTyped")
        group = QButtonGroup(self)
        group.addButton(self.from_file)
        group.addButton(self.typed)
        self.path_edit = QLineEdit(objectName="unitsPath")
        self.path_edit.setPlaceholderText("units.csv")
        self.browse = QPushButton(self.tr("&Browse…"), objectName="unitsBrowse")
        self.browse.clicked.connect(self._browse)
        self.lines = QPlainTextEdit(objectName="unitsLines")
        self.lines.setPlaceholderText(self.tr("某某县教育局\n某某县公安局,部门,2026-01-31\n…"))
        self.lines.setTabChangesFocus(True)
        self.found = QLabel(objectName="unitsFound")
        self.found.setWordWrap(True)
        self.typed.setChecked(True)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        region_label = QLabel(self.tr("&Reviewed by (region or office):"))
        region_label.setBuddy(self.region_edit)
        year_label = QLabel(self.tr("Report &year:"))
        year_label.setBuddy(self.year_spin)
        form.addRow(region_label, self.region_edit)
        form.addRow(year_label, self.year_spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(self.tr("&Create the batch"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("createBatch")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Units expected:")))
        layout.addWidget(self.from_file)
        layout.addLayout(file_row)
        layout.addWidget(self.typed)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.found)
        layout.addWidget(buttons)

        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self._read_units)
        self.lines.textChanged.connect(self._typed)
        self.path_edit.textChanged.connect(lambda _t: self._chose(self.from_file))
        group.buttonToggled.connect(lambda *_: self._read_units())
        self.region_edit.textChanged.connect(lambda _t: self._update())
        self._read_units()

    def _typed(self) -> None:
        self._chose(self.typed)
        self._timer.start()

    def _chose(self, button: QRadioButton) -> None:
        if not button.isChecked():
            button.setChecked(True)  # reads the units again through buttonToggled
        elif button is self.from_file:
            self._read_units()

    def _browse(self) -> None:
        start = self.path_edit.text() or desk_folder()
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Units list"), start,
                                              self.tr("Units list (*.csv *.txt);;All files (*)"))
        if name:
            self.path_edit.setText(name)

    def _read_units(self) -> None:
        """The list as it stands, or the reason it cannot be taken, shown under it."""
        self._timer.stop()
        self.units, problem = [], ""
        try:
            if self.from_file.isChecked():
                path = self.path_edit.text().strip()
                if path:
                    self.units = read_units_csv(Path(path))
            else:
                self.units = units_from_lines(self.lines.toPlainText())
        except ReportDataError as error:
            problem = str(error)
        if problem:
            self.found.setText(problem)
            self.found.setProperty("problem", True)
        else:
            shown = "、".join(u.name for u in self.units[:3]) + ("…" if len(self.units) > 3 else "")
            self.found.setText(self.tr("%1 unit(s): %2").replace("%1", str(len(self.units))).replace("%2", shown)
                               if self.units else self.tr("No unit yet."))
            self.found.setProperty("problem", False)
        self.found.style().unpolish(self.found)
        self.found.style().polish(self.found)
        self._update()

    def _update(self) -> None:
        self.create_button.setEnabled(bool(self.units) and bool(self.region()))

    def region(self) -> str:
        return " ".join(self.region_edit.text().split())

    def year(self) -> int:
        return self.year_spin.value()

    def accept(self) -> None:
        self._read_units()  # what was typed in the last moment counts
        if not self.create_button.isEnabled():
            return
        settings = QSettings()
        settings.setValue(SETTING_REGION, self.region())
        if self.from_file.isChecked() and self.path_edit.text().strip():
            settings.setValue(SETTING_FOLDER, str(Path(self.path_edit.text().strip()).parent))
        super().accept()
