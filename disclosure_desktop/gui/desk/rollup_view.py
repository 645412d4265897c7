"""The roll-up (汇总, spec §13) on screen: the units summed (all received, or those ticked), tables 二/三/四's sums
cell by cell with the units that left a cell blank named, the identities checked on the sums, the ratios per unit
and overall, the 图解 — and the 本级 report started from these sums."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.charts.data import Chart
from disclosure_desktop.charts.faces import ChartFaces
from disclosure_desktop.gui.desk.charts_view import ChartsView
from disclosure_desktop.gui.desk.summary_model import two_lines
from disclosure_desktop.messages import message
from disclosure_desktop.review.rollup import Rollup, ratio_specs
from disclosure_desktop.review.summary_export import rollup_rows
from disclosure_desktop.review.summary_table import percent

SUBSET_DELAY_MS = 400  # the sums follow the ticks a moment after the last one
BLANK_BACKGROUND = QColor("#fff4e0")
_SUM_COLUMNS = ("table", "row", "column", "sum", "blank_count", "blank_units", "invalid_units")
_SUM_WIDTHS = (170, 240, 150, 100, 100, 200)  # pixels; the last column takes the rest


class RollupView(QWidget):
    subset_changed = Signal()  # the ticked units changed: sum them again
    start_local_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskRollup")
        self.rollup: Rollup | None = None
        self.units = QListWidget()
        self.units.setObjectName("rollupUnits")
        self.units.setAccessibleName(self.tr("Units summed"))
        self.units.itemChanged.connect(lambda _item: self._timer.start())
        self.all_button = QPushButton(self.tr("&All received"), objectName="rollupAll")
        self.none_button = QPushButton(self.tr("N&one"), objectName="rollupNone")
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self._timer: QTimer = QTimer(self, singleShot=True, interval=SUBSET_DELAY_MS)
        self._timer.timeout.connect(self.subset_changed)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Units summed:")))
        left_layout.addWidget(self.units, 1)
        ticks = QHBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        left_layout.addLayout(ticks)

        self.heading = QLabel(objectName="rollupHeading")
        self.heading.setWordWrap(True)
        self.identities = QLabel(objectName="rollupIdentities")
        self.identities.setWordWrap(True)
        self.sums = QTableWidget(0, len(_SUM_COLUMNS), objectName="rollupSums")
        self.sums.setHorizontalHeaderLabels([two_lines(message(f"review.col.{c}"), 5) for c in _SUM_COLUMNS])
        self._table_defaults(self.sums)
        self.sums.setWordWrap(False)
        for column, width in enumerate(_SUM_WIDTHS):
            self.sums.setColumnWidth(column, width)
        self.sums.horizontalHeader().setStretchLastSection(True)
        self.ratios = QTableWidget(0, 1, objectName="rollupRatios")
        self._table_defaults(self.ratios)
        self.charts = ChartsView()
        self.start_button = QPushButton(self.tr("S&tart the 本级 report from these sums…"), objectName="startLocal")
        self.start_button.setToolTip(self.tr("A new report of your own office whose tables 二, 三 and 四 hold these "
                                             "sums (marked as imported); the texts are yours to write"))
        self.start_button.clicked.connect(self.start_local_requested)
        sums_page = QWidget()
        sums_layout = QVBoxLayout(sums_page)
        sums_layout.addWidget(self.identities)
        sums_layout.addWidget(self.sums, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("rollupTabs")
        self.tabs.addTab(sums_page, self.tr("Sums of tables 二, 三, 四"))
        self.tabs.addTab(self.ratios, self.tr("Ratios"))
        self.tabs.addTab(self.charts, self.tr("Charts (图解)"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.start_button)
        right_layout.addLayout(head)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)

    @staticmethod
    def _table_defaults(table: QTableWidget) -> None:
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)

    # --- the units summed -------------------------------------------------------------------------------------

    def set_units(self, names: list[str]) -> None:
        """The units received, all ticked (a new batch, or a new intake)."""
        self.units.blockSignals(True)
        self.units.clear()
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.units.addItem(item)
        self.units.blockSignals(False)

    def _tick_all(self, on: bool) -> None:
        self.units.blockSignals(True)
        for index in range(self.units.count()):
            self.units.item(index).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.units.blockSignals(False)
        self._timer.start()

    def subset(self) -> list[str] | None:
        """The units ticked; None when every one is (the batch's own roll-up)."""
        ticked = [self.units.item(i).text() for i in range(self.units.count())
                  if self.units.item(i).checkState() == Qt.CheckState.Checked]
        return None if len(ticked) == self.units.count() else ticked

    # --- the sums -------------------------------------------------------------------------------------------

    def show_rollup(self, rollup: Rollup | None, charts: tuple[Chart, ...] = (), faces: ChartFaces | None = None
                    ) -> None:
        self.rollup = rollup
        self.start_button.setEnabled(bool(rollup and rollup.units))
        if rollup is None:
            self.heading.clear()
            self.identities.clear()
            self.sums.setRowCount(0)
            self.ratios.setRowCount(0)
            self.charts.set_charts((), None)
            return
        blank = sum(1 for units in rollup.blank_in.values() if units)
        text = self.tr("%1 unit(s) summed; %2 cell(s) left blank or / by some unit (those units are named, not "
                       "counted as 0).").replace("%1", str(len(rollup.units))).replace("%2", str(blank))
        if rollup.excluded:
            text += " " + self.tr("Not summed: %1.").replace(
                "%1", "；".join(f"{unit}（{why}）" for unit, why in rollup.excluded.items()))
        self.heading.setText(text)
        if rollup.problems:
            self.identities.setText("\n".join(f"✗ {p.message}" for p in rollup.problems))
            self.identities.setProperty("problem", True)
        else:
            self.identities.setText(message("review.rollup.identities_ok"))
            self.identities.setProperty("problem", False)
        self.identities.style().unpolish(self.identities)
        self.identities.style().polish(self.identities)
        self._fill_sums(rollup)
        self._fill_ratios(rollup)
        self.charts.set_charts(charts, faces)

    def _fill_sums(self, rollup: Rollup) -> None:
        rows = rollup_rows(rollup)
        self.sums.setRowCount(len(rows))
        for number, (table, row, column, _cid, total, blank_count, blank_units, invalid) in enumerate(rows):
            values = (table, row, column, "" if total is None else str(total), str(blank_count) if blank_count
                      else "", blank_units, invalid)
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if blank_count or invalid:
                    item.setBackground(QBrush(BLANK_BACKGROUND))
                if col >= 5 and text:
                    item.setToolTip(text)
                self.sums.setItem(number, col, item)

    def _fill_ratios(self, rollup: Rollup) -> None:
        specs = ratio_specs(rollup.format_id)
        self.ratios.setColumnCount(1 + len(specs))
        self.ratios.setHorizontalHeaderLabels([message("review.col.unit"), *(s.title for s in specs)])
        names = [*rollup.units, message("review.rollup.overall")]
        self.ratios.setRowCount(len(names))
        for number, name in enumerate(names):
            values = rollup.overall if number == len(rollup.units) else rollup.ratios.get(name, {})
            self.ratios.setItem(number, 0, QTableWidgetItem(name))
            for col, spec in enumerate(specs, start=1):
                value = values.get(spec.id)
                item = QTableWidgetItem(percent(value) if value is not None else "—")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.ratios.setItem(number, col, item)
        last = self.ratios.item(len(names) - 1, 0)
        font = last.font()
        font.setBold(True)
        for col in range(self.ratios.columnCount()):
            self.ratios.item(len(names) - 1, col).setFont(font)
        self.ratios.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
