"""Everything a clerk can read in a widget tree (titles, labels, buttons, menus, tool tips, placeholders, list,
tree, table and header texts), and which of it is in the wrong language for the UI."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

CJK_RUN = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]+")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}")


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _has_children(model, index) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:  # a list or table model keeps it to itself: flat
        return False


def _model_texts(view: QAbstractItemView) -> Iterable[str]:
    from PySide6.QtCore import QModelIndex

    model = view.model()
    if model is None:
        return
    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model keeps columnCount to itself: it has one
            return 1

    # Column headers; row headers are row numbers, or in a file dialog file names.
    for section in range(min(columns(QModelIndex()), 200)):
        header = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(header, str):
            yield header

    def walk(parent, depth: int = 0) -> Iterable[str]:
        for row in range(min(model.rowCount(parent), 300)):
            for column in range(min(columns(parent), 30)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield value
                if column == 0 and depth < 4 and _has_children(model, index):
                    yield from walk(index, depth + 1)

    yield from walk(QModelIndex())


def _menu_texts(menu: QMenu) -> Iterable[str]:
    yield menu.title()
    for action in menu.actions():
        yield action.text()
        yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        yield action.statusTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text shown by `root` and the widgets under it, menus included."""
    out: list[tuple[str, str]] = []

    def add(where: QWidget, text: object) -> None:
        if isinstance(text, str) and text.strip():
            out.append((f"{type(where).__name__}#{where.objectName()}", _plain(text)))

    for widget in [root, *root.findChildren(QWidget)]:
        add(widget, widget.windowTitle() if widget.isWindow() else "")
        add(widget, widget.toolTip())
        add(widget, widget.accessibleName())
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, widget.text())
        elif isinstance(widget, QLineEdit):
            add(widget, widget.placeholderText())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            add(widget, widget.placeholderText())
            if widget.isReadOnly():
                add(widget, widget.toPlainText())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget, widget.tabText(index))
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, widget.itemText(index))
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):  # the view has them
            for text in _model_texts(widget):
                add(widget, text)
        if isinstance(widget, QMenu):
            for text in _menu_texts(widget):
                add(widget, text)
    for action in QWidget.actions(root):  # (a window may name an attribute `actions`)
        add(root, action.text())
    return out


def english_in(entries: list[tuple[str, str]], allowed: Iterable[str]) -> list[tuple[str, str]]:
    """Entries with an English word in a Chinese UI, once the names and codes in `allowed` are taken out."""
    names = sorted(set(allowed), key=len, reverse=True)
    found = []
    for where, text in entries:
        rest = text
        for name in names:
            rest = rest.replace(name, " ")
        rest = re.sub(r"\S*[/\\]\S*|\S+\.\w{2,5}\b|%\d|\b[A-Z]{2,}[-\d]*\b", " ", rest)  # paths, files, ids, codes
        if WORD.search(rest):
            found.append((where, text))
    return found


def chinese_in(entries: list[tuple[str, str]], corpus: str) -> list[tuple[str, str]]:
    """Entries with Chinese in an English UI that is not an official label, a name or the report's own text (each
    run of Chinese must occur in `corpus`)."""
    def pieces(text: str) -> list[str]:
        # 「」 quote an official label in an English sentence: the label must be in the corpus, not the quotes.
        runs = (p for run in CJK_RUN.findall(text) for p in re.split("[「」]", run))
        return [p for p in runs if p and CJK_RUN.fullmatch(p)]

    return [(where, text) for where, text in entries if any(p not in corpus for p in pieces(text))]
