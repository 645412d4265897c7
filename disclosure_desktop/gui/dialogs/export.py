"""The export dialog: which format, where to, the problems still open and the faces the PDF will use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
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
from disclosure_desktop.export.fonts import font_plan, missing_characters, plan_note, role_texts
from disclosure_desktop.export.registry import RenderOptions
from disclosure_desktop.gui.dialogs.error import show_failure
from disclosure_desktop.gui.widgets.screen_fit import keep_on_screen
from disclosure_desktop.workflows.exporting import Exported, ExportRequest

SETTING_FOLDER = "export/folder"
SETTING_FORMAT = "export/format"
SETTING_OPEN = "export/open_folder"
SETTING_CHARTS = "export/charts"


@dataclass(frozen=True)
class SignedChoice:
    """The signed version an export of the report offers first (spec §12): which, by whom, when, its own errors,
    and whether the draft differs from it (then exporting the draft asks first)."""

    version_id: int
    signed_by: str
    signed_at: str
    differs: bool
    problems: list = field(default_factory=list)


class ExportDialog(QDialog):
    """Asks which format, where and what else; `export_requested(ExportRequest)` hands the choice to the window,
    which runs the export workflow off the GUI thread and answers with `done` or `refused`."""

    export_requested = Signal(object)  # workflows.exporting.ExportRequest

    def __init__(self, report: Report, problems: list, parent: QWidget | None = None, *,
                 version_id: int | None = None, sheet_available: bool = False,
                 signed: SignedChoice | None = None) -> None:
        """`version_id`: a saved version is exported (dated with its own time, so its file is the same bytes every
        time); `sheet_available`: it is a signed version, whose 签发单 can go in front of a PDF. `signed`: the
        report's signed version, offered before the draft."""
        super().__init__(parent)
        keep_on_screen(self)  # never larger than the screen, never off it
        self.setWindowTitle(self.tr("Export report"))
        self.setMinimumWidth(620)
        self._report = report
        self._version_id = version_id
        self._sheet_available = sheet_available
        self._signed = signed
        self._errors = {False: [p for p in problems if p.severity == "error"],
                        True: [p for p in (signed.problems if signed else []) if p.severity == "error"]}
        self.exported_to: Path | None = None
        self.exported_format = ""
        self.exported_at: dt.datetime | None = None
        self.exported_note = ""
        # The preflight: characters of the report that no installed face has (filled when PDF is chosen).
        self.missing_characters: list[str] = []
        settings = QSettings()
        labels = {
            "pdf": self.tr("&PDF — to print, sign and seal, or to attach on the website"),
            "docx": self.tr("&Word (.docx) — to send to the superior office"),
            "html": self.tr("We&b page (.html) — for the website's annual report column"),
            "json": self.tr("&JSON — data exchange with other programs"),
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

        folder = default_folder(str(settings.value(SETTING_FOLDER, "") or ""))
        self.path_edit = QLineEdit(str(folder / registry.suggested_name(report, self.format_id())),
                                   objectName="exportPath")
        browse = QPushButton(self.tr("B&rowse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.include_sheet = QCheckBox(self.tr("&Include the approval sheet (PDF)"), objectName="approvalSheet")
        self.include_sheet.setToolTip(self.tr("The approval sheet, with the reviewer's and the signer's names and "
                                              "dates, as the first page of the PDF; the report's pages keep their "
                                              "numbers from 1."))
        self.include_sheet.setChecked(True)
        self.include_sheet.setVisible(sheet_available)
        self.charts = QCheckBox(self.tr("End with the 图解 &charts (PDF, Word)"), objectName="charts")
        self.charts.setToolTip(self.tr("The report's tables drawn as charts on pages after the signature; the web "
                                       "page always carries them"))
        self.charts.setChecked(settings.value(SETTING_CHARTS, "false") in (True, "true"))
        self.pdfa = QCheckBox(self.tr("PDF/A for an archi&ve"), objectName="pdfa")
        self.pdfa.setToolTip(self.tr("PDF/A-1b, the kind an archive accepts: every font embedded, the title, agency "
                                     "and year in its metadata. The pages are the same."))

        self.open_folder = QCheckBox(self.tr("&Open the folder afterwards"), objectName="openFolder")
        self.open_folder.setChecked(settings.value(SETTING_OPEN, "true") in (True, "true"))

        layout = QVBoxLayout(self)
        self.source_signed: QRadioButton | None = None
        self.source_draft: QRadioButton | None = None
        if signed is not None:
            self._add_sources(layout, signed)
        format_box = QGroupBox(self.tr("Format"))
        format_box.setLayout(formats)
        layout.addWidget(format_box)
        save_as = QLabel(self.tr("&Save as:"))
        save_as.setBuddy(self.path_edit)
        layout.addWidget(save_as)
        layout.addLayout(path_row)
        layout.addWidget(self.charts)

        # What only a PDF has, together, and away when another format is chosen (no gap where it was).
        self.pdf_box = QGroupBox(self.tr("PDF"), objectName="pdfOptions")
        pdf_layout = QVBoxLayout(self.pdf_box)
        pdf_layout.addWidget(self.pdfa)
        pdf_layout.addWidget(self.include_sheet)
        self.fonts_label = QLabel(objectName="fontsNote")
        self.fonts_label.setWordWrap(True)
        pdf_layout.addWidget(self.fonts_label)
        layout.addWidget(self.pdf_box)

        self.errors_label = QLabel(objectName="exportErrors")
        self.errors_label.setWordWrap(True)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("exportProblemList")
        self.problem_list.setWordWrap(True)  # a long message wraps: no sideways scrolling to read it
        self.problem_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problem_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.problem_list.setMaximumHeight(140)
        self.confirm = QCheckBox(self.tr("Export &anyway"), objectName="exportAnyway")
        layout.addWidget(self.errors_label)
        layout.addWidget(self.problem_list)
        layout.addWidget(self.confirm)
        layout.addWidget(self.open_folder)
        layout.addStretch(1)  # any height to spare goes under the choices, not between them

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.format_buttons.buttonToggled.connect(self._format_changed)
        self.confirm.toggled.connect(self._update_button)
        self._show_errors()
        self._format_changed()

    def _add_sources(self, layout: QVBoxLayout, signed: SignedChoice) -> None:
        """The signed version first and chosen; the draft after it, saying whether it differs."""
        layout.addWidget(QLabel(self.tr("What to export:")))
        self.source_signed = QRadioButton(
            self.tr("The si&gned version (version %1, signed by %2 on %3)").replace("%1", str(signed.version_id))
            .replace("%2", signed.signed_by).replace("%3", signed.signed_at), objectName="exportSigned")
        draft = (self.tr("The &draft — changed since signing, not signed") if signed.differs
                 else self.tr("The &draft — the same as the signed version"))
        self.source_draft = QRadioButton(draft, objectName="exportDraft")
        self.source_signed.setChecked(True)
        # The 签发单 is the office's own record, not part of what is published: asked for, not offered by default.
        self.include_sheet.setChecked(False)
        sources = QButtonGroup(self)
        for button in (self.source_signed, self.source_draft):
            sources.addButton(button)
            layout.addWidget(button)
        sources.buttonToggled.connect(self._source_toggled)

    def _source_toggled(self, *_: object) -> None:
        self._show_errors()
        self._format_changed()

    def signed_chosen(self) -> bool:
        return self.source_signed is not None and self.source_signed.isChecked()

    def _show_errors(self) -> None:
        """The errors of what is about to be exported (the signed version's or the draft's)."""
        errors = self._errors[self.signed_chosen()]
        self.errors_label.setText(self.tr("The report still has %1 error(s). The export shows the numbers as they "
                                          "are stated; nothing is corrected.").replace("%1", str(len(errors))))
        self.problem_list.clear()
        for problem in errors:
            self.problem_list.addItem(problem.message)
        for widget in (self.errors_label, self.problem_list, self.confirm):
            widget.setVisible(bool(errors))
        self.confirm.setChecked(False)
        self._update_button()

    def format_id(self) -> str:
        button = self.format_buttons.checkedButton()
        return str(button.property("format_id")) if button else "pdf"

    def _format_changed(self, *_: object) -> None:
        path = Path(self.path_edit.text().strip() or registry.suggested_name(self._report, self.format_id()))
        # The name typed keeps its dots (区政府办2025.1版); only a report suffix is swapped. A bare folder ("/")
        # has no name to give a suffix: Export then says what is missing.
        if path.name:
            self.path_edit.setText(str(with_format_suffix(path, registry.FORMATS[self.format_id()].suffix)))
        pdf = self.format_id() == "pdf"
        self.pdf_box.setVisible(pdf)
        self.include_sheet.setVisible(self._sheet_available or self.signed_chosen())
        self.include_sheet.setEnabled(pdf)
        self.pdfa.setEnabled(pdf)
        self.charts.setEnabled(self.format_id() in ("pdf", "docx"))
        if pdf and not self.fonts_label.text():
            self.fonts_label.setText(self._fonts_note())
        self._update_button()
        # As tall as what this format shows: no gap where the PDF's options were, nothing cut when they come back.
        if (layout := self.layout()) is not None:
            layout.activate()
        self.resize(self.width(), self.sizeHint().height())

    def _fonts_note(self) -> str:
        """Which installed face stands in for each official one, and any character that no installed face has."""

        texts = role_texts(self._report)
        plan = font_plan(texts)
        self.missing_characters = missing_characters(texts, plan)
        note = self.tr("Fonts:") + "\n" + plan_note(plan)
        if self.missing_characters:
            note += "\n" + self.tr("No installed face has these characters; they would print as boxes: %1").replace(
                "%1", " ".join(self.missing_characters[:20]))
        return note

    def _update_button(self, *_: object) -> None:
        self.export_button.setEnabled(not self._errors[self.signed_chosen()] or self.confirm.isChecked())

    def _browse(self) -> None:
        suffix = registry.FORMATS[self.format_id()].suffix
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), self.path_edit.text(),
                                              f"*{suffix}")
        if name:
            self.path_edit.setText(name)

    def _export(self) -> None:
        if not self._draft_confirmed():
            return
        path = self._chosen_path()
        if path is None:
            return
        self.export_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        signed = self.signed_chosen()
        sheet = ((self._sheet_available or signed) and self.include_sheet.isChecked()
                 and self.format_id() == "pdf")
        options = RenderOptions(pdfa=self.format_id() == "pdf" and self.pdfa.isChecked(),
                                charts=self.format_id() in ("pdf", "docx") and self.charts.isChecked())
        version = self._signed.version_id if signed and self._signed is not None else self._version_id
        self.export_requested.emit(ExportRequest(self.format_id(), path, options, version_id=version,
                                                 approval_sheet=sheet))

    def _draft_confirmed(self) -> bool:
        """A draft changed since signing goes out only when the clerk says so: the leader has not signed it."""
        if self._signed is None or self.signed_chosen() or not self._signed.differs:
            return True
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("The draft differs from the signed version %1: the changes were not signed. Export the draft "
                    "anyway?").replace("%1", str(self._signed.version_id)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def done_exporting(self, exported: Exported) -> None:
        """The file is written (and the export kept as a version): remember the choices and close."""
        self.unsetCursor()
        settings = QSettings()
        settings.setValue(SETTING_FOLDER, str(exported.path.parent if exported.path else ""))
        settings.setValue(SETTING_FORMAT, exported.format_id)
        settings.setValue(SETTING_OPEN, self.open_folder.isChecked())
        settings.setValue(SETTING_CHARTS, self.charts.isChecked())
        self.exported_to = exported.path
        self.exported_format = exported.format_id
        self.exported_at = exported.moment
        self.exported_note = exported.not_recorded  # a read-only database: written, but not kept as a version
        if self.open_folder.isChecked() and exported.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(exported.path.parent)))
        self.accept()

    def refused(self, error: Exception) -> None:
        """The export failed: say what failed and why, in words; the dialog stays for another try."""
        self.unsetCursor()
        self._update_button()
        target = self.path_edit.text().strip()
        show_failure(self, self.tr("Export to %1").replace("%1", target), error)

    # --- where the file goes ----------------------------------------------------------------------------------

    def _refuse(self, text: str) -> None:
        QMessageBox.critical(self, self.windowTitle(), text)

    def _chosen_path(self) -> Path | None:
        """The file to write, with the format's suffix; None (after saying why) when there is none to write."""
        text = self.path_edit.text().strip()
        if not text:
            self._refuse(self.tr("Give a file name to export to."))
            return None
        path = Path(text).expanduser()
        if _is_dir(path):
            self._refuse(self.tr("%1 is a folder. Give a file name to export to.").replace("%1", str(path)))
            return None
        path = with_format_suffix(path, registry.FORMATS[self.format_id()].suffix)
        if not _is_dir(path.parent):
            self._refuse(self.tr("The folder %1 does not exist.").replace("%1", str(path.parent)))
            return None
        if _exists(path):
            answer = QMessageBox.question(
                self, self.windowTitle(),
                self.tr("%1 already exists. Replace it?").replace("%1", path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return None
        self.path_edit.setText(str(path))
        return path


# Suffixes a clerk may type for a neighbouring format: replaced by the chosen format's, never written as such.
_REPLACED_SUFFIXES = {".doc", ".odt", ".wps", ".txt", ".htm", ".rtf", *(f.suffix for f in registry.FORMATS.values())}


def with_format_suffix(path: Path, suffix: str) -> Path:
    """`path` named for the format: a PDF never lands in a file called .docx (nor .doc, nor without a suffix)."""
    if path.suffix.lower() == suffix:
        return path
    if path.suffix.lower() in _REPLACED_SUFFIXES:
        return path.with_suffix(suffix)
    return path.with_name(path.name + suffix)


def default_folder(remembered: str) -> Path:
    """The last export folder, else Documents, else the home folder — the first that exists."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for candidate in (remembered, documents, str(Path.home())):
        if candidate and _is_dir(Path(candidate).expanduser()):
            return Path(candidate).expanduser()
    return Path.cwd()


def _is_dir(path: Path) -> bool:
    try:  # a folder inside one the clerk may not enter raises instead of answering False
        return path.is_dir()
    except OSError:
        return False


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False
