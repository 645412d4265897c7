"""The wizard's last page: what is still missing, and what the checks found, each one activation away from its place."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.gui.checks_controller import page_key
from disclosure_desktop.gui.icons import state_icon
from disclosure_desktop.gui.wizard import PageState, WizardPage

KEY = "review"
_PROBLEM = Qt.ItemDataRole.UserRole  # index into the page's list of problems, on problem rows only


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped messages: QTreeView asks for a size without telling the column's width."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        if index.column() != 0:
            return super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self._tree.header().sectionSize(0) - self._tree.indentation() * (depth + 1)
        wrapped = QStyleOptionViewItem(option)
        wrapped.rect = QRect(0, 0, max(width, 80), option.fontMetrics.height())
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        size = super().sizeHint(wrapped, index)
        return QSize(min(size.width(), width), size.height() + 4)


class ReviewPage(WizardPage):
    key = KEY
    jump = Signal(str)  # page key
    problem_activated = Signal(object)  # Problem: go to its cell or text
    fix_requested = Signal(object)  # Problem whose offered fix the clerk chose
    export_requested = Signal()
    print_preview_requested = Signal()

    def __init__(self, pages: list[WizardPage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        self._problems: list[Problem] = []
        self.summary = QLabel(objectName="reviewSummary")
        self.summary.setWordWrap(True)
        self.items = QListWidget(objectName="reviewList")
        self.items.itemActivated.connect(lambda item: self.jump.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.items.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

        self.checks_summary = QLabel(objectName="checksSummary")
        self.checks_summary.setWordWrap(True)
        self.tree = QTreeWidget(objectName="problemTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Problem"), self.tr("Rule")])
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_fix())
        self.tree.customContextMenuRequested.connect(self._context_menu)
        # Long Chinese messages wrap; the rows' heights follow the message column's width.
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        header.sectionResized.connect(lambda index, *_: index == 0 and self._relayout.start())

        self.fix_label = QLabel(objectName="fixLabel")
        self.fix_label.setWordWrap(True)
        self.fix_button = QPushButton(self.tr("&Fix"), objectName="fixButton")
        self.fix_button.setToolTip(self.tr("Apply the offered repair (Edit ▸ Undo takes it back)"))
        self.fix_button.clicked.connect(self._fix_current)
        fix_row = QHBoxLayout()
        fix_row.addWidget(self.fix_label, 1)
        fix_row.addWidget(self.fix_button)

        # The clerk's next step from here: hand the report on.
        self.export_button = QPushButton(self.tr("&Export…"), objectName="reviewExport")
        self.export_button.clicked.connect(self.export_requested)
        self.print_button = QPushButton(self.tr("Print pre&view…"), objectName="reviewPrintPreview")
        self.print_button.clicked.connect(self.print_preview_requested)
        out_row = QHBoxLayout()
        out_row.addStretch(1)
        out_row.addWidget(self.print_button)
        out_row.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.summary)
        layout.addWidget(self.items)
        layout.addWidget(self.checks_summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(fix_row)
        # Takes the free height when there is no problem list, so the lines above stay together at the top.
        self._filler = QWidget()
        layout.addWidget(self._filler, 1)
        layout.addLayout(out_row)
        self._update_fix()

    def title(self) -> str:  # type: ignore[override]
        return self.tr("Review")

    def subtitle(self) -> str:
        return self.tr("Parts still unfinished and problems the checks found. "
                       "Double-click or press Enter to go there.")

    def initialize_page(self) -> None:
        self.items.clear()
        done = 0
        for page in self._pages:
            state = page.state()
            if state == PageState.COMPLETE:
                done += 1
                continue
            text = page.title() + "  —  " + (self.tr("empty") if state == PageState.EMPTY else self.tr("unfinished"))
            item = QListWidgetItem(state_icon(state), text)
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.items.addItem(item)
        if done == len(self._pages):
            self.summary.setText(self.tr("Every part of the report is filled in."))
        else:
            self.summary.setText(
                self.tr("%1 of %2 parts are complete.").replace("%1", str(done)).replace("%2", str(len(self._pages)))
            )
        self.items.setVisible(self.items.count() > 0)
        rows = min(self.items.count(), 6)
        self.items.setMaximumHeight(rows * self.items.sizeHintForRow(0) + 2 * self.items.frameWidth() + 2
                                    if rows else 0)
        self._fill_tree()

    # --- the checks ---------------------------------------------------------------------------------------

    def set_problems(self, problems: list[Problem]) -> None:
        self._problems = list(problems)
        self._fill_tree()

    def problem_items(self) -> list[QTreeWidgetItem]:
        """The rows that stand for one problem each (tests and keyboard users walk these)."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                section = group.child(j)
                found.extend(section.child(k) for k in range(section.childCount()))
        return found

    def problem_of(self, item: QTreeWidgetItem | None) -> Problem | None:
        index = item.data(0, _PROBLEM) if item is not None else None
        return self._problems[index] if isinstance(index, int) and index < len(self._problems) else None

    def _fill_tree(self) -> None:
        current = self.problem_of(self.tree.currentItem())
        keep = (current.rule, current.location) if current else None
        titles = {page.key: page.title() for page in self._pages}
        style = self.style()
        icons = {"error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                 "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}
        self.tree.clear()
        restore: QTreeWidgetItem | None = None
        for severity, name in (("error", self.tr("Errors")), ("warning", self.tr("Warnings"))):
            mine = [(i, p) for i, p in enumerate(self._problems) if p.severity == severity]
            if not mine:
                continue
            group = QTreeWidgetItem(self.tree, [f"{name} ({len(mine)})"])
            group.setIcon(0, icons[severity])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            sections: dict[str, QTreeWidgetItem] = {}
            for index, problem in mine:
                key = page_key(problem)
                if key not in sections:
                    sections[key] = QTreeWidgetItem(group, [titles.get(key, key)])
                    sections[key].setFirstColumnSpanned(True)
                row = QTreeWidgetItem(sections[key], [problem.message, problem.rule])
                row.setData(0, _PROBLEM, index)
                row.setToolTip(0, problem.message + (f"\n→ {problem.fix.label}" if problem.fix else ""))
                row.setIcon(0, icons[severity])
                if keep == (problem.rule, problem.location):
                    restore = row
            for key, item in sections.items():
                item.setText(0, f"{titles.get(key, key)} ({item.childCount()})")
        self.tree.expandAll()
        self._relayout.start()
        if restore is not None:
            self.tree.setCurrentItem(restore)
        errors = sum(p.is_error for p in self._problems)
        warnings = len(self._problems) - errors
        if not self._problems:
            self.checks_summary.setText(self.tr("The checks found no problems."))
        elif not errors:
            self.checks_summary.setText(self.tr("The checks found no error and %1 warning(s).")
                                        .replace("%1", str(warnings)))
        else:
            self.checks_summary.setText(self.tr("The checks found %1 error(s) and %2 warning(s).")
                                        .replace("%1", str(errors)).replace("%2", str(warnings)))
        self.tree.setVisible(bool(self._problems))
        self._filler.setVisible(not self._problems)
        self._update_fix()

    def _update_fix(self) -> None:
        problem = self.problem_of(self.tree.currentItem())
        fix = problem.fix if problem else None
        self.fix_button.setEnabled(fix is not None)
        self.fix_button.setVisible(bool(self._problems))
        if fix is not None:
            self.fix_label.setText(self.tr("Offered repair: %1").replace("%1", fix.label))
        elif self._problems:
            self.fix_label.setText(self.tr("Choose a problem; where the repair is obvious it is offered here."))
        else:
            self.fix_label.clear()

    def _activated(self, item: QTreeWidgetItem) -> None:
        problem = self.problem_of(item)
        if problem is not None:
            self.problem_activated.emit(problem)

    def _fix_current(self) -> None:
        problem = self.problem_of(self.tree.currentItem())
        if problem is not None and problem.fix is not None:
            self.fix_requested.emit(problem)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        problem = self.problem_of(item)
        if problem is None:
            return
        self.tree.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.tr("Go there"), lambda: self.problem_activated.emit(problem))
        if problem.fix is not None:
            menu.addAction(self.tr("Fix: %1").replace("%1", problem.fix.label),
                           lambda: self.fix_requested.emit(problem))
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def state(self) -> PageState:
        return PageState.COMPLETE
