"""The list of reports in the database (with each one's state after drafting), new / open / duplicate / delete, and a
welcome when it is empty."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.domain.formats import UnknownFormatError, get_format
from disclosure_desktop.domain.life import LifeState
from disclosure_desktop.gui.window.life_bar import state_name

_FITTED = (0, 2, 3, 4)  # columns as wide as their widest text
_PRESENCE = 5  # who else has the report open (a shared database)


class ReportListView(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()
    example_requested = Signal()
    duplicate_requested = Signal(int)
    next_year_requested = Signal(int)
    delete_requested = Signal(int, str)
    desk_requested = Signal()  # the 公开办's review desk

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportList")
        self.table = QTableWidget(0, 6, objectName="reportTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Year"), self.tr("Report"), self.tr("Format"), self.tr("State"), self.tr("Last changed"),
             self.tr("Open elsewhere")])
        self._presence: dict[int, str] = {}  # report id → “张三 正在编辑 · 表三 · 10:42” (a shared database)
        self.table.setColumnHidden(_PRESENCE, True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # A year, a format, a state and a date: few different texts, so their widest sets the width
        # (_fit_columns). Qt's ResizeToContents measured 1,000 rows a time — 50 ms of the GUI thread for a list
        # of 2,000 reports — and never the rows after those.
        for col in _FITTED:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        self.table.itemActivated.connect(lambda item: self._emit_open())
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.new_button = QPushButton(self.tr("&New report"), objectName="newButton")
        self.open_button = QPushButton(self.tr("&Open"), objectName="openButton")
        self.duplicate_button = QPushButton(self.tr("&Duplicate"), objectName="duplicateButton")
        self.next_year_button = QPushButton(self.tr("New report for ne&xt year"), objectName="nextYearButton")
        self.next_year_button.setToolTip(
            self.tr("Start the following year's report of the selected report's agency: the contact and the "
                    "figures that carry over are taken over, the texts are not"))
        self.delete_button = QPushButton(self.tr("De&lete…"), objectName="deleteButton")
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self._emit_open)
        self.duplicate_button.clicked.connect(lambda: self._with_selection(self.duplicate_requested.emit))
        self.next_year_button.clicked.connect(lambda: self._with_selection(self.next_year_requested.emit))
        self.delete_button.clicked.connect(self._emit_delete)
        self.desk_button = QPushButton(self.tr("Review uni&ts' reports…"), objectName="deskButton")
        self.desk_button.clicked.connect(self.desk_requested)

        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.next_year_button, self.duplicate_button,
                       self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.desk_button)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        title = QLabel(self.tr("Reports"), objectName="pageTitle")
        list_layout.addWidget(title)
        list_layout.addLayout(buttons)
        list_layout.addWidget(self.table, 1)

        self.welcome = self._make_welcome()
        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(self.welcome)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.pages)
        self._update_buttons()

    def _make_welcome(self) -> QWidget:
        page = QWidget()
        page.setObjectName("welcome")
        heading = QLabel(self.tr("Welcome"), objectName="welcomeTitle", alignment=Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr("This program guides you through the annual report on government information disclosure in "
                    "the State Council's format: it adds up the tables, keeps every keystroke, and prints, "
                    "exports and publishes the result."),
            objectName="welcomeText", alignment=Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        self.welcome_new = QPushButton(self.tr("Start a &new report"), objectName="welcomeNew")
        self.welcome_example = QPushButton(self.tr("Look around in an e&xample report (示例)"),
                                           objectName="welcomeExample")
        self.welcome_desk = QPushButton(self.tr("Review uni&ts' reports (公开办)"), objectName="welcomeDesk")
        self.welcome_new.setDefault(True)
        self.welcome_new.clicked.connect(self.new_requested)
        self.welcome_example.clicked.connect(self.example_requested)
        self.welcome_desk.clicked.connect(self.desk_requested)
        column = QVBoxLayout(page)
        column.addStretch(2)
        column.addWidget(heading)
        column.addWidget(text)
        column.addSpacing(16)
        for button in (self.welcome_new, self.welcome_example, self.welcome_desk):
            row = QHBoxLayout()
            row.addStretch(1)
            button.setMinimumWidth(320)
            row.addWidget(button)
            row.addStretch(1)
            column.addLayout(row)
        column.addStretch(3)
        return page

    def set_reports(self, reports: Any) -> None:
        if isinstance(reports, Exception):
            return
        self.table.setRowCount(0)
        self.table.setRowCount(len(reports))  # at once: a row inserted at a time costs a model signal each
        texts: dict[int, set[str]] = {col: set() for col in _FITTED}
        # Translated once for the list, not once a row (2,000 rows: 15,600 tr() calls).
        names = {state: state_name(state) for state in LifeState}
        tips = (self.tr("Signed by %1 on %2"),
                self.tr("The working copy was edited after signing; the signed version stays as it was."))
        for row, summary in enumerate(reports):
            title = summary.display_title + ("  【示例】" if summary.is_example else "")
            try:
                fmt_name = get_format(summary.format_id).name
            except UnknownFormatError:
                fmt_name = summary.format_id
            changed = summary.updated_at
            if isinstance(changed, dt.datetime):
                changed = _minute(changed)
            state, state_tip = self._state(summary, names, tips)
            for col, value in enumerate((str(summary.year), title, fmt_name, state, str(changed))):
                if col in texts:
                    texts[col].add(value)
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, summary.id)
                self.table.setItem(row, col, item)
            self.table.item(row, 3).setToolTip(state_tip)
            self._set_mark(row, summary.id)
        self._fit_columns(texts)
        self.pages.setCurrentIndex(0 if reports else 1)
        if reports:
            self.table.selectRow(0)
        self._update_buttons()
        if self.isVisible():
            self.focus_first()

    def show_presence(self, shown: bool) -> None:
        """The 正在编辑 column: only on a shared database (nobody else opens a file)."""
        self.table.setColumnHidden(_PRESENCE, not shown)
        if not shown:
            self.set_presence({})

    def set_presence(self, marks: dict[int, str]) -> None:
        """Who else has which report open, as presence_control.py words it."""
        self._presence = marks
        header, metrics = self.table.horizontalHeader(), self.table.fontMetrics()
        widest = max((metrics.horizontalAdvance(t) for t in marks.values()), default=0)
        header.resizeSection(_PRESENCE, max(header.sectionSizeHint(_PRESENCE), widest + 24))
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None:
                self._set_mark(row, int(item.data(Qt.ItemDataRole.UserRole)))

    def presence_of(self, report_id: int) -> str:
        """The mark shown for `report_id` ("" when nobody else has it open)."""
        return self._presence.get(report_id, "")

    def _set_mark(self, row: int, report_id: int) -> None:
        text = self._presence.get(report_id, "")
        item = self.table.item(row, _PRESENCE)
        if item is None:
            if not text:  # nobody else has it open (every row of a file's list): no item to make
                return
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, report_id)
            self.table.setItem(row, _PRESENCE, item)
        item.setText(text)
        item.setToolTip(text)

    def focus_first(self) -> None:
        """The keyboard where the clerk starts: the list (Enter opens the report), or the welcome's first button."""
        (self.welcome_new if self.pages.currentWidget() is self.welcome else self.table).setFocus()

    def _fit_columns(self, texts: dict[int, set[str]]) -> None:
        table, header = self.table, self.table.horizontalHeader()
        metrics = table.fontMetrics()
        # As Qt's item views size a text: its width and the style's text margin on either side.
        margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
        for col in _FITTED:
            widest = max((metrics.horizontalAdvance(t) for t in texts[col]), default=0)
            header.resizeSection(col, max(header.sectionSizeHint(col), widest + margin + 2))

    @staticmethod
    def _state(summary: Any, names: dict[LifeState, str], tips: tuple[str, str]) -> tuple[str, str]:
        """起草 / 已签发 / 已签发 · 之后有修改 / 已报送 / 退回修改 / 已通过 / 已发布 (spec §12), as `list` says it,
        with who signed when as the tip (`names` and `tips`, "Signed by %1 on %2" and "edited after signing", in
        the window's language)."""
        name = names[LifeState(summary.life_state)]
        signed_at = getattr(summary, "signed_at", None)
        if signed_at is None:
            return name, ""
        when = _minute(signed_at)
        tip = tips[0].replace("%1", summary.signed_by or "—").replace("%2", when)
        if summary.changed_since_signing:
            tip += "\n" + tips[1]
        return name, tip

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _with_selection(self, fn: Any) -> None:
        report_id = self.selected_id()
        if report_id is not None:
            fn(report_id)

    def _emit_open(self) -> None:
        self._with_selection(self.open_requested.emit)

    def _emit_delete(self) -> None:
        row = self.table.currentRow()
        report_id = self.selected_id()
        if report_id is not None and row >= 0:
            self.delete_requested.emit(report_id, self.table.item(row, 1).text())

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (self.open_button, self.next_year_button, self.duplicate_button, self.delete_button):
            button.setEnabled(has)


def _minute(moment: dt.datetime) -> str:
    """YYYY-MM-DD HH:MM, in local time when the moment has a zone (strftime took 25 ms for 2,000 reports)."""
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{local.year:04d}-{local.month:02d}-{local.day:02d} {local.hour:02d}:{local.minute:02d}"
