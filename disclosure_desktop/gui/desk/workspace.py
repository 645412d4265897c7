"""The desk's workspace: the batch chosen, its intake (buttons, or files and folders dropped anywhere on it), the
summary table with 只看有问题的, the roll-up and the files not taken — and a unit's own view in their place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.gui.desk.files_view import FilesView
from disclosure_desktop.gui.desk.intake_panel import IntakePanel
from disclosure_desktop.gui.desk.rollup_view import RollupView
from disclosure_desktop.gui.desk.summary_model import SummaryFilter, SummaryModel, two_lines
from disclosure_desktop.gui.desk.summary_view import SummaryTable
from disclosure_desktop.gui.desk.unit_view import UnitView
from disclosure_desktop.review.batch import MISSING, PASSED, RETURNED, BatchReview, UnitReview
from disclosure_desktop.review.summary_table import COLUMNS

# The widest a column is made (pixels); the rest stop at 160. A longer text is elided, its tip shows it whole.
_WIDTHS = {"unit": 240, "file": 200, "rules": 260, "similar_unit": 200}


class DeskWorkspace(QWidget):
    files_dropped = Signal(list)  # [Path]: take these into the batch
    unit_opened = Signal(object)  # UnitReview

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("desk")
        self.setAcceptDrops(True)
        self.review: BatchReview | None = None

        self.first_new = QPushButton(self.tr("&New batch…"), objectName="deskFirstNew")
        empty = self._empty_page()

        self.batch_combo = QComboBox()
        self.batch_combo.setObjectName("batchCombo")
        self.batch_combo.setMinimumWidth(320)
        batch_label = QLabel(self.tr("&Batch:"))
        batch_label.setBuddy(self.batch_combo)
        self.new_button = QPushButton(self.tr("&New batch…"), objectName="deskNew")
        self.delete_button = QPushButton(self.tr("&Delete the batch…"), objectName="deskDelete")
        self.folder_button = QPushButton(self.tr("Take in a &folder…"), objectName="deskTakeFolder")
        self.files_button = QPushButton(self.tr("Take in f&iles…"), objectName="deskTakeFiles")
        drop_hint = QLabel(self.tr("or drop files and folders here"), objectName="deskHint")
        self.export_button = QPushButton(self.tr("Export &summary…"), objectName="deskExport")
        self.export_button.setToolTip(self.tr("The summary with the roll-up as an Excel workbook (.xlsx) or CSV"))
        self.lists_button = QPushButton(self.tr("Issue &lists…"), objectName="deskIssueLists")
        self.lists_button.setToolTip(self.tr("The 问题明细清单 of the units chosen in the table (or of every unit "
                                             "with problems), one unit a page, as PDF or Word"))
        self.intake = IntakePanel()
        self.counts = QLabel(objectName="deskCounts")
        self.counts.setWordWrap(True)

        self.model = SummaryModel(self)
        self.proxy = SummaryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = SummaryTable()
        self.table.setObjectName("summaryTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the units list's order until a header is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Summary: one row a unit"))
        self.problems_only = QCheckBox(self.tr("Only units &with problems"), objectName="problemsOnly")
        self.problems_only.toggled.connect(self.proxy.set_problems_only)
        self.find_box = QLineEdit(objectName="deskFind")
        self.find_box.setPlaceholderText(self.tr("Unit or file"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.textChanged.connect(self.proxy.set_text)
        find_label = QLabel(self.tr("Find unit &or file:"))
        find_label.setBuddy(self.find_box)
        self.shown = QLabel(objectName="deskHint")
        self.proxy.rowsInserted.connect(self._count_shown)
        self.proxy.rowsRemoved.connect(self._count_shown)
        self.proxy.modelReset.connect(self._count_shown)
        summary_page = QWidget()
        filters = QHBoxLayout()
        filters.addWidget(self.problems_only)
        filters.addSpacing(16)
        filters.addWidget(find_label)
        filters.addWidget(self.find_box)
        filters.addStretch(1)
        filters.addWidget(self.shown)
        summary_layout = QVBoxLayout(summary_page)
        summary_layout.setContentsMargins(0, 4, 0, 0)
        summary_layout.addLayout(filters)
        summary_layout.addWidget(self.table, 1)

        self.rollup = RollupView()
        self.files = FilesView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("deskTabs")
        self.tabs.addTab(summary_page, self.tr("Summary"))
        self.tabs.addTab(self.rollup, self.tr("Roll-up (汇总)"))
        self.tabs.addTab(self.files, self.tr("Files not taken"))

        batch_page = QWidget()
        head = QHBoxLayout()
        head.addWidget(batch_label)
        head.addWidget(self.batch_combo, 1)
        head.addWidget(self.new_button)
        head.addWidget(self.delete_button)
        actions = QHBoxLayout()
        actions.addWidget(self.folder_button)
        actions.addWidget(self.files_button)
        actions.addWidget(drop_hint)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.lists_button)
        batch_layout = QVBoxLayout(batch_page)
        batch_layout.setContentsMargins(16, 8, 16, 8)
        batch_layout.addLayout(head)
        batch_layout.addLayout(actions)
        batch_layout.addWidget(self.intake)
        batch_layout.addWidget(self.counts)
        batch_layout.addWidget(self.tabs, 1)

        self.unit = UnitView()
        self.pages = QStackedWidget()
        for page in (empty, batch_page, self.unit):
            self.pages.addWidget(page)
        self.batch_page = batch_page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.unit.back_requested.connect(self.show_summary)
        self.model.built.connect(self._fit_columns)
        self.set_review(None)

    def _empty_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("deskEmpty")
        title = QLabel(self.tr("Review desk (公开办)"), objectName="welcomeTitle",
                       alignment=Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr("Take in every unit's annual report — Word files, web pages, JSON, submission packages "
                              "— and see at once which units are late, missing, wrong or alike another unit; return "
                              "remarks, and sum the region's tables. Start with a batch: the year and the units "
                              "you expect."), objectName="welcomeText", alignment=Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        column = QVBoxLayout(page)
        column.addStretch(2)
        column.addWidget(title)
        column.addWidget(text)
        column.addSpacing(16)
        row = QHBoxLayout()
        row.addStretch(1)
        self.first_new.setMinimumWidth(320)
        row.addWidget(self.first_new)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(3)
        return page

    # --- what is shown ----------------------------------------------------------------------------------------

    def show_empty(self) -> None:
        self.pages.setCurrentIndex(0)
        self.first_new.setFocus()

    def show_summary(self) -> None:
        self.pages.setCurrentWidget(self.batch_page)
        self.unit.preview.cancel()
        self.table.setFocus()

    def show_unit(self, row: UnitReview) -> None:
        self.unit.show_row(row, self.review.region if self.review else "")
        self.pages.setCurrentWidget(self.unit)
        self.unit.tabs.setFocus()

    def set_review(self, review: BatchReview | None) -> None:
        self.review = review
        self.model.set_review(review)
        has = review is not None
        for widget in (self.folder_button, self.files_button, self.delete_button, self.export_button,
                       self.lists_button):
            widget.setEnabled(has)
        self.counts.setText(self._counts(review) if review is not None else "")
        self._count_shown()

    def replace_row(self, row: UnitReview) -> None:
        """One unit's status changed: its row, the counts, and its view if it is open."""
        if self.review is None:
            return
        self.review.units = [row if u.name == row.name else u for u in self.review.units]
        self.model.replace_row(row)
        self.counts.setText(self._counts(self.review))
        if self.unit.row is not None and self.unit.row.name == row.name:
            self.unit.show_row(row, self.review.region, keep_remarks=True)

    def _counts(self, review: BatchReview) -> str:
        units = review.units
        missing = sum(u.status == MISSING for u in units)
        problems = sum(u.has_problems and u.status != MISSING for u in units)
        returned = sum(u.status == RETURNED for u in units)
        passed = sum(u.status == PASSED for u in units)
        text = (self.tr("%1 units: %2 received, %3 not received, %4 with problems; %5 returned, %6 passed.")
                .replace("%1", str(len(units))).replace("%2", str(len(units) - missing)).replace("%3", str(missing))
                .replace("%4", str(problems)).replace("%5", str(returned)).replace("%6", str(passed)))
        if review.cancelled:
            text += " " + self.tr("The last intake was cancelled: take the folder in again to read the rest.")
        return text

    def _count_shown(self, *_: object) -> None:
        self.shown.setText(self.tr("%1 of %2 shown").replace("%1", str(self.proxy.rowCount()))
                           .replace("%2", str(self.model.rowCount())))

    def _fit_columns(self) -> None:
        """Each column as wide as its header's longer line and its widest text (each different text measured
        once), within a bound."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        wide = QFontMetrics(bold)
        for index, (column, texts) in enumerate(zip(COLUMNS, self.model.texts, strict=True)):
            lines = two_lines(column.header).split("\n")
            widest = max((wide.horizontalAdvance(t) for t in texts), default=0)
            wanted = max(max(metrics.horizontalAdvance(line) for line in lines), widest) + 16
            header.resizeSection(index, min(max(wanted, 48), _WIDTHS.get(column.id, 160)))

    def set_files_count(self, count: int) -> None:
        self.tabs.setTabText(2, self.tr("Files not taken (%1)").replace("%1", str(count)) if count
                             else self.tr("Files not taken"))

    def selected_rows(self) -> list[UnitReview]:
        rows = [self.proxy.row_at(index) for index in self.table.selectionModel().selectedRows()]
        return [row for row in rows if row is not None]

    def shown_rows(self) -> list[UnitReview]:
        return [row for r in range(self.proxy.rowCount()) if (row := self.proxy.row_at(self.proxy.index(r, 0)))]

    def _activated(self, index: QModelIndex) -> None:
        row = self.proxy.row_at(index)
        if row is not None:
            self.unit_opened.emit(row)

    # --- files dropped ----------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.review is not None and any(
                url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
