"""The review page's checklist: a line per criterion an evaluator scores, the problems under each, last year's
repetition rate per part under its line; acknowledged warnings shown as such."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.domain.checks.checklist import Checklist, in_report_order
from disclosure_desktop.domain.checks.repetition import percent
from disclosure_desktop.domain.report import Report
from disclosure_desktop.gui.widgets.icons import status_icon
from disclosure_desktop.gui.widgets.tree_items import child_items, top_items
from disclosure_desktop.messages import current_language, rule_name

PROBLEM_ROLE = Qt.ItemDataRole.UserRole  # index into the tree's problems, on problem rows only
CRITERION_ROLE = Qt.ItemDataRole.UserRole + 1  # criterion id, on criterion rows
PART_ROLE = Qt.ItemDataRole.UserRole + 2  # section id, on a part's repetition row
_MUTED = QBrush(QColor("#5f6368"))


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


class ChecklistTree(QTreeWidget):
    """Criteria as top-level rows, their problems (in report order) and repetition rates as children."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemTree")
        self.problems: list[Problem] = []
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("What evaluators look at"), self.tr("Result")])
        self.setWordWrap(True)
        self.setItemDelegate(_WrappingDelegate(self))
        self.setUniformRowHeights(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Long Chinese messages wrap; the rows' heights follow the message column's width.
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self.doItemsLayout)
        header.sectionResized.connect(lambda index, *_: index == 0 and self._relayout.start())

    def status_words(self) -> dict[str, str]:
        return {
            "ok": self.tr("Met"), "error": self.tr("Errors"), "warning": self.tr("Warnings"),
            "acknowledged": self.tr("Acknowledged"), "unknown": self.tr("Cannot tell yet"),
            "na": self.tr("Not applicable"),
        }

    def problem_of(self, item: QTreeWidgetItem | None) -> Problem | None:
        index = item.data(0, PROBLEM_ROLE) if item is not None else None
        return self.problems[index] if isinstance(index, int) and index < len(self.problems) else None

    def problem_items(self) -> list[QTreeWidgetItem]:
        return [child for top in top_items(self) for child in child_items(top)
                if child.data(0, PROBLEM_ROLE) is not None]

    def criterion_item(self, criterion_id: str) -> QTreeWidgetItem | None:
        for item in top_items(self):
            if item.data(0, CRITERION_ROLE) == criterion_id:
                return item
        return None

    def fill(self, checklist: Checklist, report: Report | None, heading: Callable[[str], str]) -> None:
        """Show `checklist`; the current problem (by its key) stays current when it is still there."""
        current = self.problem_of(self.currentItem())
        keep = current.key if current else None
        self.clear()
        self.problems = []
        sep = "：" if current_language() == "zh" else ": "
        words = self.status_words()
        restore: QTreeWidgetItem | None = None
        for criterion in checklist.criteria:
            text = criterion.label + (sep + criterion.detail if criterion.detail else "")
            top = QTreeWidgetItem(self, [text, words[criterion.status]])
            top.setData(0, CRITERION_ROLE, criterion.id)
            top.setIcon(0, status_icon(criterion.status))
            if criterion.status in ("error", "warning"):  # what needs the clerk stands out
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
            problems = in_report_order(criterion.problems, report, acknowledged=True) if report else list(
                criterion.problems)
            for problem in problems:
                row = self._problem_row(top, problem)
                if problem.key == keep:
                    restore = row
            if criterion.id == "repetition" and checklist.repetition is not None:
                for part in checklist.repetition.parts:
                    rate = QTreeWidgetItem(top, [f"「{heading(part.section_id)}」", percent(part.rate)])
                    rate.setData(0, PART_ROLE, part.section_id)
                    too_high = part.rate > checklist.repetition.threshold
                    rate.setIcon(0, status_icon("warning" if too_high else "ok", 12))
                    rate.setToolTip(0, self.tr("Share of this part repeated from last year's report"))
            top.setExpanded(criterion.status in ("error", "warning", "acknowledged") or criterion.id == "repetition")
        self._relayout.start()
        if restore is not None:
            self.setCurrentItem(restore)

    def _problem_row(self, parent: QTreeWidgetItem, problem: Problem) -> QTreeWidgetItem:
        self.problems.append(problem)
        text = problem.message
        if problem.remark and problem.acknowledged is not None:
            text += "\n" + self.tr("Corrected on %1").replace("%1", problem.acknowledged)
        elif problem.acknowledged is not None:
            text += "\n" + self.tr("Acknowledged: %1").replace("%1", problem.acknowledged)
        row = QTreeWidgetItem(parent, [text, rule_name(problem.rule)])
        row.setData(0, PROBLEM_ROLE, len(self.problems) - 1)
        tip = problem.message + (f"\n→ {problem.fix.label}" if problem.fix else "")
        row.setToolTip(0, tip)
        # The rule's id for whoever reads `check --json` or the spec alongside; the clerk reads its name.
        row.setToolTip(1, f"{rule_name(problem.rule)} ({problem.rule})")
        if problem.acknowledged is not None:
            row.setIcon(0, status_icon("acknowledged"))
            row.setForeground(0, _MUTED)
            row.setForeground(1, _MUTED)
        else:
            row.setIcon(0, status_icon(problem.severity))
        return row
