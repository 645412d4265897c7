"""How one cell of an official table is drawn and edited: wrapped labels, vertical group labels, number editors."""

from __future__ import annotations

from enum import IntEnum
from itertools import count

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from disclosure_desktop.gui.table.label_lines import balanced_label, label_lines
from disclosure_desktop.gui.wizard.source_legend import MARKER_BORDER

__all__ = ["CellDelegate", "Role", "balanced_label", "leaves_table"]

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """Model roles the delegate reads besides Qt's own."""

    KIND = Qt.ItemDataRole.UserRole + 1  # layout.GridCell.kind
    VERTICAL = Qt.ItemDataRole.UserRole + 2
    VALUE_KIND = Qt.ItemDataRole.UserRole + 3  # formats.ValueKind of a value cell
    MARKER = Qt.ItemDataRole.UserRole + 4  # "error" / "warning" / None
    ROW_SPAN = Qt.ItemDataRole.UserRole + 5
    CELL_ID = Qt.ItemDataRole.UserRole + 6
    NAME = Qt.ItemDataRole.UserRole + 7  # row and column of a value cell (「1.属于国家秘密 × 商业企业」)


# How long the clerk may pause typing in an open cell before what it holds (a valid value) is kept: a crash with
# the cell still open then loses nothing (item 5 of issue 20; the autosave writes it within a second after).
DRAFT_PAUSE_MS = 800
_editings = count(1)  # names each opening of a cell editor

# Room around label text so wrapped Chinese lines do not touch the grid lines.
LABEL_PADDING = 5
VALUE_PADDING = 6

def leaves_table(event: QEvent) -> bool | None:
    """Ctrl+Tab: True (onwards), Ctrl+Shift+Tab: False (back), None for any other event. Plain Tab moves between
    the cells; with Ctrl it leaves the table, as in Qt's own text boxes."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return None
    if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return None
    if event.key() == Qt.Key.Key_Backtab:
        return False
    if event.key() == Qt.Key.Key_Tab:
        return not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    return None


class CellDelegate(QStyledItemDelegate):
    """Paints labels with padding (vertical ones a character per line) and edits numbers, refusing non-values."""

    message = Signal(QWidget, str)  # an open cell editor refuses its text with this explanation ("" clears it)
    leave = Signal(bool)  # Ctrl+Tab (True) or Ctrl+Shift+Tab in an open cell: take it, then leave the table

    # --- labels: drawn line by line, whole, in the room the cell has -------------------------------------------
    def label_rect(self, option: QStyleOptionViewItem) -> QRect:
        """Where a label's text goes inside its cell: padding, and the style's own text margin, on each side."""
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1 + LABEL_PADDING
        return option.rect.adjusted(margin, LABEL_PADDING // 2, -margin, -(LABEL_PADDING // 2))

    def label_metrics(self, option: QStyleOptionViewItem, index: Index) -> QFontMetrics:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        return QFontMetrics(opt.font)

    def label_lines(self, option: QStyleOptionViewItem, index: Index) -> list[str]:
        """The lines a label is drawn in when its cell is `option.rect` (one line when the width is unknown)."""
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = self.label_metrics(option, index)
        room = self.label_rect(option).width()
        if option.rect.width() <= 0:
            return [text]
        return label_lines(text, lambda t: metrics.horizontalAdvance(t) <= room)

    def _paint_label(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        metrics = self.label_metrics(option, index)
        lines = self.label_lines(option, index)
        rect = self.label_rect(option)
        step = metrics.lineSpacing()
        top = rect.top() + max(0, (rect.height() - step * len(lines)) // 2)
        align = index.data(Qt.ItemDataRole.TextAlignmentRole) or Qt.AlignmentFlag.AlignCenter
        horizontal = Qt.AlignmentFlag(int(align)) & Qt.AlignmentFlag.AlignHorizontal_Mask
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
        for i, line in enumerate(lines):
            painter.drawText(QRect(rect.left(), top + i * step, rect.width(), step),
                             int(horizontal | Qt.AlignmentFlag.AlignVCenter), line)
        painter.restore()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        kind = index.data(Role.KIND)
        if kind is None:
            return
        opt = QStyleOptionViewItem(option)
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        if kind != "value":
            # A label never shows the selection or focus frame (only numbers are selectable), and is never
            # elided: its lines are laid out to the cell's width, and the rows are as tall as they need.
            self.initStyleOption(opt, index)
            painter.fillRect(option.rect, opt.backgroundBrush)
            if index.data(Role.VERTICAL):
                self._paint_vertical(painter, opt, index)
                return
            self._paint_label(painter, option, index)
            return
        self.initStyleOption(opt, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(option.rect, opt.palette.highlight() if selected else opt.backgroundBrush)
        opt.backgroundBrush = QBrush(Qt.BrushStyle.NoBrush)
        opt.rect = option.rect.adjusted(VALUE_PADDING, 0, -VALUE_PADDING, 0)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        marker = index.data(Role.MARKER)
        if marker in MARKER_BORDER:
            painter.save()
            painter.setPen(QPen(MARKER_BORDER[marker], 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()

    def _paint_vertical(self, painter: QPainter, opt: QStyleOptionViewItem, index: Index) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.text().color())
        metrics = opt.fontMetrics
        step = metrics.height()
        # Centred in the part of the label in view, so a label spanning twenty rows stays readable as they scroll.
        frozen = getattr(opt.widget, "frozen", None)
        shown = frozen.uncovered(opt.rect) if frozen is not None else opt.rect
        tall = step * len(text)
        top = max(opt.rect.top(), min(shown.center().y() - tall // 2, opt.rect.bottom() - tall))
        for i, char in enumerate(text):
            line = QRect(opt.rect.left(), top + i * step, opt.rect.width(), step)
            painter.drawText(line, Qt.AlignmentFlag.AlignCenter, char)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        kind = index.data(Role.KIND)
        if kind is None:
            return QSize(0, 0)
        metrics = option.fontMetrics
        if index.data(Role.VERTICAL):
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            return QSize(metrics.height() + 2 * LABEL_PADDING, metrics.height() * len(text) + 2 * LABEL_PADDING)
        if kind == "value":
            return QSize(metrics.horizontalAdvance("0000000") + 2 * VALUE_PADDING, self.value_height(option))
        label_metrics = self.label_metrics(option, index)
        lines = self.label_lines(option, index)
        padding = option.rect.width() - self.label_rect(option).width() if option.rect.width() > 0 else (
            2 * LABEL_PADDING + 4)
        width = max(label_metrics.horizontalAdvance(line) for line in lines) + padding
        return QSize(width, label_metrics.lineSpacing() * len(lines) + LABEL_PADDING + 6)

    def value_height(self, option: QStyleOptionViewItem) -> int:
        """A number cell's height: one line of the view's font, the same for every number cell."""
        return option.fontMetrics.height() + 12

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent, objectName="cellEditor")
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # No validator: a swallowed key silently changes what was meant (2.5 became 25). Everything typed stays
        # visible; what is not a value of the cell is refused when the clerk tries to leave it.
        editor.setMaxLength(40)
        editor.setAccessibleName(str(index.data(Role.NAME) or ""))
        editor.setProperty("cellIndex", QPersistentModelIndex(index))
        editor.textEdited.connect(lambda text, e=editor: self._mark(e, text))
        # The name of this editing: its kept texts and its Enter are one step of the history; Escape takes them
        # back.
        editor.setProperty("draftKey", f"{index.data(Role.CELL_ID)}#{next(_editings)}")
        pause = QTimer(editor, singleShot=True, interval=DRAFT_PAUSE_MS)
        pause.setObjectName("draftPause")
        pause.timeout.connect(lambda e=editor: self.keep_draft(e))
        editor.textEdited.connect(lambda _text: pause.start())
        return editor

    # --- an open editor's text kept as it is typed -------------------------------------------------------------
    def _enter(self, editor: QLineEdit, text: str) -> bool:
        index = editor.property("cellIndex")
        model = index.model() if isinstance(index, QPersistentModelIndex) and index.isValid() else None
        enter = getattr(model, "enter", None)
        if enter is None:
            return False
        enter({index.data(Role.CELL_ID): text}, "type", draft=str(editor.property("draftKey")))
        return True

    def keep_draft(self, editor: QLineEdit) -> None:
        """After a pause: the editor's text goes to the report (and so to disk) while the cell stays open — only
        a value the cell takes; a text it refuses stays in the editor alone, as it does on Enter."""
        if editor.isModified() and not self._refusal(editor) and self._enter(editor, editor.text()):
            editor.setProperty("draftKept", True)

    def revert_draft(self, editor: QWidget) -> None:
        """Escape: the cell as it was when it opened (a kept text taken back, leaving no step in the history)."""
        if not isinstance(editor, QLineEdit):
            return
        editor.setModified(False)  # nothing of it is committed when the focus leaves it on closing
        index = editor.property("cellIndex")
        model = index.model() if isinstance(index, QPersistentModelIndex) and index.isValid() else None
        take_back = getattr(model, "take_back", None)
        if editor.property("draftKept") and take_back is not None:
            take_back(str(editor.property("draftKey")))

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        editor.setGeometry(option.rect.adjusted(1, 1, -1, -1))

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        # Qt calls this again whenever the cell repaints (a check marking it, say): never over what is being typed.
        if isinstance(editor, QLineEdit) and not editor.isModified():
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QLineEdit) and editor.isModified():
            pause = editor.findChild(QTimer, "draftPause")
            if pause is not None:
                pause.stop()
            if not self._enter(editor, editor.text()):
                model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
            # Entered: the focus leaving the closing editor later (an undo moving the cursor) commits nothing.
            editor.setModified(False)

    # --- refusing what is not a value ------------------------------------------------------------------------
    def _refusal(self, editor: QLineEdit) -> str:
        index = editor.property("cellIndex")
        model = index.model() if isinstance(index, QPersistentModelIndex) and index.isValid() else None
        check = getattr(model, "check", None)
        if check is None or not editor.isModified():
            return ""
        refusal = check(index.data(Role.CELL_ID), editor.text())
        return refusal.message if refusal is not None else ""

    def _mark(self, editor: QLineEdit, _text: str) -> None:
        # As the clerk types: a red frame while the text is no value yet, and the reason on hover.
        problem = self._refusal(editor)
        editor.setStyleSheet("QLineEdit { border: 2px solid #c62828; }" if problem else "")
        editor.setToolTip(problem)
        if not problem:
            self.message.emit(editor, "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLineEdit) and (forward := leaves_table(event)) is not None:
            problem = self._refusal(watched)
            if problem:
                self.message.emit(watched, problem)
            else:
                self.commitData.emit(watched)
                self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
                self.leave.emit(forward)
            return True
        if isinstance(watched, QLineEdit):
            leaving = event.type() == QEvent.Type.FocusOut or (
                event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            )
            if leaving:
                problem = self._refusal(watched)
                if problem:
                    # The cell stays open with what was typed, and says what it accepts.
                    self.message.emit(watched, problem)
                    return True
        return super().eventFilter(watched, event)
