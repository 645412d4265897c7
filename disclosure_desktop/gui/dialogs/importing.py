"""The review step of Report ▸ Import…: reads the chosen file (JSON, text, Word, web page, PDF) off the GUI thread and
shows what was recognised — agency, year, format, each table in the official grid, each part's first line — and
what was not, before the clerk confirms and the report is created.

On confirm the dialog hands back the report marked as imported (`Report.meta["imported_from"]` = the file's name,
`["imported_at"]` = the date; see importers.result.mark_imported) through `report_ready` and `imported_report()`.
Creating it through the store and offering next year's report are the main window's part (see `next_year_box`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.domain.formats import CLOSING, PREAMBLE
from disclosure_desktop.domain.layout import table_grid
from disclosure_desktop.domain.numerals import section_number
from disclosure_desktop.domain.report import Report
from disclosure_desktop.gui.widgets.screen_fit import keep_on_screen, preferred_size
from disclosure_desktop.importers.explain import first_line
from disclosure_desktop.messages import ReportDataError, current_language
from disclosure_desktop.runtime.jobs import Job
from disclosure_desktop.workflows.importing import ImportResult, read_import, report_to_add

LABEL_BACKGROUND = QColor("#f1f3f4")
MISSING_BACKGROUND = QColor("#fce8e6")


def _item(text: str, *, label: bool = False, align: Qt.AlignmentFlag | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if label:
        item.setBackground(LABEL_BACKGROUND)
    if align is not None:
        item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    return item


def grid_table(report: Report, section_id: str) -> QTableWidget:
    """The table of a part laid out as the official grid (domain.layout), holding the imported values."""

    spec = report.format.section(section_id).table
    assert spec is not None
    grid = table_grid(spec)
    table = QTableWidget(grid.height, grid.width, objectName=f"importGrid_{section_id}")
    table.horizontalHeader().hide()
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for cell in grid.cells:
        if cell.kind == "value":
            item = _item(report.value(cell.cell_id), align=Qt.AlignmentFlag.AlignRight)
            item.setData(Qt.ItemDataRole.UserRole, cell.cell_id)
        else:
            text = "\n".join(cell.text) if cell.vertical else cell.text
            item = _item(text, label=True, align=Qt.AlignmentFlag.AlignCenter if cell.kind != "stub"
                         else Qt.AlignmentFlag.AlignLeft)
        table.setItem(cell.row, cell.col, item)
        if cell.rowspan > 1 or cell.colspan > 1:
            table.setSpan(cell.row, cell.col, cell.rowspan, cell.colspan)
    _size_grid(table, grid, spec.blocks[0].stub_width)
    return table


# Widths of the row-label columns of a grid by how many there are (table 3 has three: the vertical 三、, the
# groups （三）…, the rows 1.…); value columns share what is left.
_STUB_WIDTHS = {1: (170,), 3: (30, 112, 250)}
_VALUE_MIN_WIDTH = 60


def _size_grid(table: QTableWidget, grid, stub: int) -> None:
    """Column widths, and row heights from the cells of one row only: a label spanning many rows (三、本年度办理
    结果) must not stretch the first of them, which Qt's resizeRowsToContents does."""
    widths = list(_STUB_WIDTHS.get(stub, (160,) * stub))
    header = table.horizontalHeader()
    for col in range(grid.width):
        if col < stub:
            table.setColumnWidth(col, widths[col])
        else:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            table.setColumnWidth(col, _VALUE_MIN_WIDTH)
    metrics = table.fontMetrics()
    heights = [metrics.height() + 10] * grid.height
    for cell in grid.cells:
        if cell.rowspan != 1 or not cell.text:
            continue
        width = sum(table.columnWidth(c) for c in range(cell.col, cell.col + cell.colspan)) - 10
        if cell.kind == "value":
            width = max(width, _VALUE_MIN_WIDTH * cell.colspan - 10)
        box = metrics.boundingRect(0, 0, max(width, 20), 2000, int(Qt.TextFlag.TextWordWrap), cell.text)
        heights[cell.row] = max(heights[cell.row], box.height() + 10)
    for row, height in enumerate(heights):
        table.setRowHeight(row, height)


_LIST_COLUMN_MAX = 300


def _list(headers: list[str], rows: list[list[str]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = _item(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for c in range(len(headers) - 1):
        table.setColumnWidth(c, min(table.columnWidth(c), _LIST_COLUMN_MAX))
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    # The last column gets its width only when the table is laid out: wrap its text again then.
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    table.resizeRowsToContents()
    return table


class ImportDialog(QDialog):
    report_ready = Signal(object)  # the Report to create, marked as imported
    loaded = Signal()  # the file was read (or could not be): the dialog shows the outcome

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never larger than the screen, never off it
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import a report"))
        self.import_result: ImportResult | None = None  # what the file held, once read
        self.error: Exception | None = None
        self._report: Report | None = None
        self._job: Job | None = None
        self.finished.connect(self._stop)

        self.file_label = QLabel(objectName="importFile")
        self.status = QLabel(objectName="importStatus")
        self.status.setWordWrap(True)
        self.agency = QLabel(objectName="importAgency")
        self.year = QLabel(objectName="importYear")
        self.format = QLabel(objectName="importFormat")
        self.format.setWordWrap(True)
        for label in (self.agency, self.year, self.format, self.status):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("File:"), self.file_label)
        form.addRow(self.tr("Agency:"), self.agency)
        form.addRow(self.tr("Year:"), self.year)
        form.addRow(self.tr("Format:"), self.format)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("importTabs")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        reading = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setTextVisible(False)
        self.stop_button = QPushButton(self.tr("S&top reading"), objectName="importStop")
        self.stop_button.clicked.connect(self.cancel_reading)
        reading.addWidget(self.progress, 1)
        reading.addWidget(self.stop_button)
        self.progress.hide()
        self.stop_button.hide()
        layout.addLayout(reading)
        layout.addWidget(self.tabs, 1)
        hint = QLabel(self.tr("Importing creates a new report marked 导入 with the file's name; the file itself is "
                              "not changed."), objectName="hintLabel")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        preferred_size(self, 1000, 700)
        if path is not None:
            self.open_file(path)

    # --- reading

    def choose_file(self) -> bool:
        """Ask for the file (last year's Word file, web page, PDF, JSON or text); False when the clerk cancels."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a report"), "",
            self.tr("Reports (*.docx *.html *.htm *.pdf *.json *.txt *.zip);;Word (*.docx);;Web pages (*.html *.htm);;"
                    "PDF (*.pdf);;JSON (*.json);;Text (*.txt);;Submission packages (*.zip)"))
        if name:
            self.open_file(Path(name))
        return bool(name)

    def open_file(self, path: Path) -> None:
        self._stop()
        self.import_result, self.error, self._report = None, None, None
        self.file_label.setText(path.name)
        self.status.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.status.setStyleSheet("")
        self.import_button.setEnabled(False)
        self.tabs.clear()
        self.progress.setRange(0, 0)  # busy until the reader says how far it is
        self.progress.show()
        self.stop_button.show()
        job = Job(lambda progress: read_import(path, step=progress.step), self.tr("Read %1").replace("%1", path.name),
                  self)
        job.progressed.connect(self._progressed)
        job.finished.connect(lambda ok, job=job: self._loaded(job, ok))
        self._job = job
        job.start()

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if text:
            self.status.setText(text)

    def cancel_reading(self) -> None:
        """Stop reading the file (a huge page, a file that is not what it says): nothing is imported."""
        if self._job is not None:
            self._job.cancel()

    def _loaded(self, job: Job, ok: bool) -> None:
        if job is not self._job:
            return
        self._job = None
        self.progress.hide()
        self.stop_button.hide()
        if job.cancelled:
            self.status.setText(self.tr("Reading was cancelled; nothing was imported."))
        elif not ok:
            error = job.error
            self.error = error
            detail = str(error) if isinstance(error, ReportDataError) else f"{type(error).__name__}: {error}"
            self.status.setText(self.tr("This file cannot be imported: %1").replace("%1", detail))
            self.status.setStyleSheet("color: #b3261e;")
        else:
            self.import_result = job.result
            self._show(job.result)
        self.loaded.emit()

    # --- what was read

    def _show(self, result: ImportResult) -> None:
        report = result.report
        fmt = report.format
        self.agency.setText(report.agency or self.tr("(not found — enter it after the import)"))
        self.year.setText(str(report.year))
        self.format.setText(fmt.name)
        placed = result.cells_placed
        if result.unplaced:
            text = self.tr("%1 values read. %2 values have no cell in the report and will not be imported: see "
                           "“Not recognised”; you can type them after the import.")
            self.status.setStyleSheet("color: #8a4b00;")
            text = text.replace("%2", str(len(result.unplaced)))
        else:
            text = self.tr("%1 values read; every value the file prints has its cell.")
            self.status.setStyleSheet("")
        text = text.replace("%1", str(placed))
        if result.broken:
            text += " " + self.tr("The printed numbers break %1 identity(ies); they are imported as printed: see "
                                  "“Notes”.").replace("%1", str(len(result.broken)))
            self.status.setStyleSheet("color: #8a4b00;")
        self.status.setText(text)


        rows = [[heading, first_line(report.text(sid)) or "—"] for sid, heading in result.headings.items()]
        if report.text(PREAMBLE):
            rows.insert(0, [self.tr("Opening (before part 一)"), first_line(report.text(PREAMBLE))])
        if report.text(CLOSING):
            rows.append([self.tr("Signature block"), first_line(report.text(CLOSING))])
        self.tabs.addTab(_list([self.tr("Part"), self.tr("First line")], rows, "importSections"),
                         self.tr("Parts"))
        for section in fmt.sections:
            if section.table is not None:
                self.tabs.addTab(grid_table(report, section.id), self._table_title(section.heading))
        problems = [[u.row or "—", u.column or "—", u.value, u.reason.text] for u in result.unplaced]
        problems += [["", "", "", note.text] for note in result.unrecognised]
        title = self.tr("Not recognised (%1)").replace("%1", str(len(problems))) if problems else \
            self.tr("Not recognised")
        self.unrecognised = _list([self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Why")],
                                  problems, "importUnrecognised")
        self.tabs.addTab(self.unrecognised, title)
        axes = {"section": self.tr("part"), "block": self.tr("clause row"), "column": self.tr("column"),
                "row": self.tr("row")}
        # The labels read otherwise than printed first: they are the ones to look at.
        matches = [[axes[m.axis], m.printed or "—", m.official or self.tr("(none)"), m.reason.text]
                   for m in sorted(result.matches, key=lambda m: m.how == "exact")]
        self.tabs.addTab(_list([self.tr("Kind"), self.tr("Printed"), self.tr("Official"), self.tr("Why")], matches,
                               "importMatches"), self.tr("Label matching"))
        notes = [[n.text] for n in [*result.broken, *result.notes]]
        self.tabs.addTab(_list([self.tr("Note")], notes, "importNotes"), self.tr("Notes"))
        self.import_button.setEnabled(True)
        self.import_button.setDefault(True)

    def _table_title(self, heading: str) -> str:
        """"表二" / "Table 2" after the number of the part the table belongs to."""

        numeral = heading.split("、", 1)[0]
        number = section_number(numeral)
        shown = numeral if current_language() == "zh" or number is None else str(number)
        return self.tr("Table %1").replace("%1", shown)

    # --- confirm

    def accept(self) -> None:
        if self.import_result is None:
            return
        self._report = report_to_add(self.import_result)
        self.report_ready.emit(self._report)
        super().accept()

    def imported_report(self) -> Report | None:
        """The report to create once the clerk confirmed (marked as imported), else None."""
        return self._report

    def _stop(self, *_: object) -> None:
        """A job still reading is cancelled and waited for: the dialog never leaves a thread behind."""
        job, self._job = self._job, None
        if job is not None:  # a child of the dialog: it goes with it (deleting it from its own signal crashed)
            job.cancel()
            job.wait()


def next_year_box(parent: QWidget | None, report: Report) -> QMessageBox:
    """The question asked once the imported report is created: start the following year's report from it?"""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("ImportDialog", "Import a report"), "",
                      parent=parent)
    box.setObjectName("nextYearQuestion")
    box.setText(QCoreApplication.translate(
        "ImportDialog", "The %1 report of %2 is imported. Start the %3 report from it now? The figures that carry "
        "over (上年结转, 现行有效件数) are taken over; the texts are not.")
                .replace("%1", str(report.year)).replace("%2", report.agency or "—")
                .replace("%3", str(report.year + 1)))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box


# What the clerk chose when the agency's report of that year is there already.
REPLACE, KEEP_BOTH, CANCEL = "replace", "keep_both", "cancel"


def ask_same_report(parent: QWidget | None, report: Report, same: list) -> str:
    """The agency's report of that year exists (`same`: its summaries): replace it — what it holds is kept as a
    version first — keep both, or cancel. Returns REPLACE, KEEP_BOTH or CANCEL."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("ImportDialog", "Import a report"), "",
                      parent=parent)
    box.setObjectName("sameReportQuestion")
    box.setText(QCoreApplication.translate(
        "ImportDialog", "There is already a %1 report of %2 (「%3」). What should the import do?")
                .replace("%1", str(report.year)).replace("%2", report.agency).replace("%3", same[0].display_title))
    box.setInformativeText(QCoreApplication.translate(
        "ImportDialog", "Replace: the report takes the imported content; what it holds now is kept as a version "
        "(Report ▸ Versions and signing brings it back). Keep both: the import becomes a second report."))
    replace = box.addButton(QCoreApplication.translate("ImportDialog", "&Replace (keep the old as a version)"),
                            QMessageBox.ButtonRole.AcceptRole)
    replace.setObjectName("replaceReport")
    both = box.addButton(QCoreApplication.translate("ImportDialog", "&Keep both"), QMessageBox.ButtonRole.ActionRole)
    both.setObjectName("keepBoth")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(replace)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return REPLACE if clicked is replace else KEEP_BOTH if clicked is both else CANCEL
