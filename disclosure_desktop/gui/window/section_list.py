"""The side list of the report's pages: each page's one state (errors, warnings, done, started or empty — never a
tick beside an error count), its title cut short with "…" when the list is narrow (the tooltip holds it whole),
and its error and warning counts, which are drawn first and never cut."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from disclosure_desktop.gui.widgets.icons import section_icon
from disclosure_desktop.gui.wizard.wizard import PageState, WizardPage

Index = QModelIndex | QPersistentModelIndex
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # the entry's one state, a key of section_status's words
ERRORS_ROLE = Qt.ItemDataRole.UserRole + 1
WARNINGS_ROLE = Qt.ItemDataRole.UserRole + 2
# (background, text) of the small count badges, the colours of the cell markers.
BADGES = {ERRORS_ROLE: (QColor("#c62828"), QColor("white")), WARNINGS_ROLE: (QColor("#f2b705"), QColor("#3c2f00"))}
BADGE_GAP = 4


class _Delegate(QStyledItemDelegate):
    """Paints the title elided to the room the count badges leave."""

    def _badges(self, option: QStyleOptionViewItem, index: Index) -> list[tuple[str, int, int]]:
        """(text, role, width) of each badge to draw, left to right."""
        found = []
        metrics = option.fontMetrics
        for role in (ERRORS_ROLE, WARNINGS_ROLE):
            count = index.data(role) or 0
            if count:
                text = str(count)
                found.append((text, role, max(metrics.horizontalAdvance(text) + 10, metrics.height() + 2)))
        return found

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        badges = self._badges(opt, index)
        room = sum(width + BADGE_GAP for _text, _role, width in badges)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        opt.text = opt.fontMetrics.elidedText(opt.text, Qt.TextElideMode.ElideRight, text_rect.width() - room)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not badges:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = opt.fontMetrics.height() + 2
        x = text_rect.right() - room + BADGE_GAP
        y = text_rect.center().y() - height // 2 + 1
        for text, role, width in badges:
            background, foreground = BADGES[role]
            badge = QRect(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(badge, height / 2, height / 2)
            painter.setPen(foreground)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
            x += width + BADGE_GAP
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        # One line: the title is elided, never wrapped, so every entry is as tall as the next.
        return QSize(min(hint.width(), 200), hint.height())


class SectionList(QListWidget):
    """One entry per wizard page, in the order of the wizard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionList")
        self.setItemDelegate(_Delegate(self))
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMinimumWidth(160)
        self.setAccessibleName(self.tr("Parts of the report"))

    def fill(self, pages: list[WizardPage]) -> None:
        self.clear()
        for page in pages:
            self.addItem(QListWidgetItem(page.title()))

    def counts(self, row: int) -> tuple[int, int]:
        """(errors, warnings) shown on a page's entry."""
        item = self.item(row)
        return (item.data(ERRORS_ROLE) or 0, item.data(WARNINGS_ROLE) or 0) if item is not None else (0, 0)

    def status_words(self) -> dict[str, str]:
        return {"error": self.tr("has errors"), "warning": self.tr("has warnings"), "done": self.tr("done"),
                "partial": self.tr("started"), "empty": self.tr("empty")}

    def show_state(self, row: int, page: WizardPage, errors: int, warnings: int) -> None:
        item = self.item(row)
        if item is None:
            return
        title = page.title()
        item.setText(title)
        item.setData(ERRORS_ROLE, errors)
        item.setData(WARNINGS_ROLE, warnings)
        tips = []
        if errors:
            tips.append(self.tr("%1 error(s)").replace("%1", str(errors)))
        if warnings:
            tips.append(self.tr("%1 warning(s)").replace("%1", str(warnings)))
        checks = self.tr("Checks: %1").replace("%1", ", ".join(tips)) if tips else ""
        status = section_status(page.state(), errors, warnings) if page.key != "review" else ""
        said = self.status_words()[status] if status else ""
        item.setData(STATUS_ROLE, status)
        item.setToolTip(title + (f" — {said}" if said else "") + ("\n" + checks if checks else ""))
        # A screen reader reads the state the icon shows and the counts the badges show.
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     "; ".join(t for t in (title, said, checks) if t))
        if status:
            item.setIcon(section_icon(status))


def section_status(state: PageState, errors: int, warnings: int) -> str:
    """The one state an entry shows: what the checks found wins over how much is filled in, so a part with an
    error never carries a tick."""
    if errors:
        return "error"
    if warnings:
        return "warning"
    return {PageState.COMPLETE: "done", PageState.PARTIAL: "partial"}.get(state, "empty")
