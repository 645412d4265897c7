"""The export dialog: which format, where to, the problems still open and the faces the PDF will use."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.domain.report import Report
from disclosure_desktop.export import registry
from disclosure_desktop.export.atomic_file import write_atomically

SETTING_FOLDER = "export/folder"
SETTING_FORMAT = "export/format"
SETTING_OPEN = "export/open_folder"


class ExportDialog(QDialog):
    def __init__(self, report: Report, problems: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export report"))
        self.setMinimumWidth(620)
        self._report = report
        self.exported_to: Path | None = None
        # The preflight: characters of the report that no installed face has (filled when PDF is chosen).
        self.missing_characters: list[str] = []
        settings = QSettings()
        labels = {
            "pdf": self.tr("PDF — to print, sign and seal, or to attach on the website"),
            "docx": self.tr("Word (.docx) — to send to the superior office"),
            "html": self.tr("Web page (.html) — for the website's annual report column"),
            "json": self.tr("JSON — data exchange with other programs"),
        }
        self.format_buttons = QButtonGroup(self)
        formats = QVBoxLayout()
        chosen = str(settings.value(SETTING_FORMAT, "pdf"))
        for format_id in registry.FORMATS:
            button = QRadioButton(labels[format_id], objectName=f"format_{format_id}")
            button.setProperty("format_id", format_id)
            button.setChecked(format_id == chosen)
            self.format_buttons.addButton(button)
            formats.addWidget(button)
        if self.format_buttons.checkedButton() is None:
            self.format_buttons.buttons()[0].setChecked(True)

        folder = str(settings.value(SETTING_FOLDER, "")) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        self.path_edit = QLineEdit(str(Path(folder) / registry.suggested_name(report, self.format_id())),
                                   objectName="exportPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.open_folder = QCheckBox(self.tr("Open the folder afterwards"), objectName="openFolder")
        self.open_folder.setChecked(settings.value(SETTING_OPEN, "true") in (True, "true"))

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Format:")))
        layout.addLayout(formats)
        layout.addWidget(QLabel(self.tr("Save as:")))
        layout.addLayout(path_row)

        self.fonts_label = QLabel(objectName="fontsNote")
        self.fonts_label.setWordWrap(True)
        layout.addWidget(self.fonts_label)

        errors = [p for p in problems if p.severity == "error"]
        self.confirm: QCheckBox | None = None
        if errors:
            warning = QLabel(self.tr("The report still has %1 error(s). The export shows the numbers as they are "
                                     "stated; nothing is corrected.").replace("%1", str(len(errors))),
                             objectName="exportErrors")
            warning.setWordWrap(True)
            self.problem_list = QListWidget(objectName="exportProblemList")
            for problem in errors:
                self.problem_list.addItem(problem.message)
            self.problem_list.setMaximumHeight(140)
            self.confirm = QCheckBox(self.tr("Export anyway"), objectName="exportAnyway")
            layout.addWidget(warning)
            layout.addWidget(self.problem_list)
            layout.addWidget(self.confirm)
        layout.addWidget(self.open_folder)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.format_buttons.buttonToggled.connect(self._format_changed)
        if self.confirm is not None:
            self.confirm.toggled.connect(self._update_button)
        self._format_changed()

    def format_id(self) -> str:
        button = self.format_buttons.checkedButton()
        return str(button.property("format_id")) if button else "pdf"

    def _format_changed(self, *_: object) -> None:
        path = Path(self.path_edit.text().strip() or registry.suggested_name(self._report, self.format_id()))
        self.path_edit.setText(str(path.with_suffix(registry.FORMATS[self.format_id()].suffix)))
        self.fonts_label.setVisible(self.format_id() == "pdf")
        if self.format_id() == "pdf" and not self.fonts_label.text():
            self.fonts_label.setText(self._fonts_note())
        self._update_button()

    def _fonts_note(self) -> str:
        """Which installed face stands in for each official one, and any character that no installed face has."""
        from disclosure_desktop.export.fonts import font_plan, missing_characters, plan_note, role_texts

        texts = role_texts(self._report)
        plan = font_plan(texts)
        self.missing_characters = missing_characters(texts, plan)
        note = self.tr("Fonts:") + "\n" + plan_note(plan)
        if self.missing_characters:
            note += "\n" + self.tr("No installed face has these characters; they would print as boxes: %1").replace(
                "%1", " ".join(self.missing_characters[:20]))
        return note

    def _update_button(self, *_: object) -> None:
        self.export_button.setEnabled(self.confirm is None or self.confirm.isChecked())

    def _browse(self) -> None:
        suffix = registry.FORMATS[self.format_id()].suffix
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), self.path_edit.text(),
                                              f"*{suffix}")
        if name:
            self.path_edit.setText(name)

    def _export(self) -> None:
        path = Path(self.path_edit.text().strip()).expanduser()
        suffix = registry.FORMATS[self.format_id()].suffix
        if path.suffix.lower() != suffix:  # a PDF must not land in a file named .docx
            path = path.with_name(path.name + suffix)
        try:
            data = registry.render(self._report, self.format_id())
            write_atomically(path, data)
        except OSError as error:
            QMessageBox.critical(self, self.windowTitle(),
                                 self.tr("Could not write %1:\n%2").replace("%1", str(path)).replace(
                                     "%2", error.strerror or str(error)))
            return
        settings = QSettings()
        settings.setValue(SETTING_FOLDER, str(path.parent))
        settings.setValue(SETTING_FORMAT, self.format_id())
        settings.setValue(SETTING_OPEN, self.open_folder.isChecked())
        self.exported_to = path
        if self.open_folder.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        self.accept()

