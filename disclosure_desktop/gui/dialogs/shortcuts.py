"""Help ▸ Keyboard shortcuts: every key of the menus, read from the actions themselves so the list cannot go stale,
and the keys of the tables and fields that no menu shows."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.gui.widgets.accessible import plain_label
from disclosure_desktop.gui.widgets.screen_fit import keep_on_screen, preferred_size
from disclosure_desktop.gui.widgets.tree_items import child_items, top_items
from disclosure_desktop.gui.window.menus import PART_KEYS, START_PAGE_KEY, MainMenus


def plain(text: str) -> str:
    """A menu text without its mnemonic (「导出(&E)…」 → 「导出」, "&Export…" → "Export")."""
    return plain_label(text).removesuffix("…").strip()


def key_text(*keys: str | QKeySequence) -> str:
    return " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


class ShortcutsDialog(QDialog):
    def __init__(self, menus: MainMenus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never larger than the screen, never off it
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutList")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        for title, rows in self.groups(menus):
            group = QTreeWidgetItem(self.tree, [title])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for keys, what in rows:
                QTreeWidgetItem(group, [keys, what])
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

        preferred_size(self, 660, 760)  # every line at once where the screen allows

    def groups(self, menus: MainMenus) -> list[tuple[str, list[tuple[str, str]]]]:
        """(heading, [(keys, what they do)]) — a group per menu, then the keys no menu lists."""
        found = []
        window = menus.parent()
        assert isinstance(window, QMainWindow)  # the menus are made with the main window as their parent
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            if isinstance(menu, QMenu):
                rows = self._menu_rows(menu, menus)
                if rows:
                    found.append((plain(menu.title()), rows))
        found.append((self.tr("In a table"), [
            (key_text("Tab", "Shift+Tab"), self.tr("Next or previous number cell, row by row")),
            (self.tr("Arrow keys"), self.tr("The number cell above, below, left or right")),
            (self.tr("Digits, then Enter"), self.tr("Type a number; Enter takes it and goes down")),
            (key_text("F2"), self.tr("Change the number in the cell")),
            (key_text("Esc"), self.tr("Take back what was typed in the cell")),
            (key_text("Del"), self.tr("Empty the selected cells")),
            (key_text("Ctrl+C", "Ctrl+V"), self.tr("Copy or paste a block of cells, as a spreadsheet does")),
            (key_text("Ctrl+Tab", "Ctrl+Shift+Tab"), self.tr("Leave the table for the next or previous field")),
        ]))
        found.append((self.tr("Everywhere"), [
            (key_text("Tab", "Shift+Tab"), self.tr("Next or previous field, button or list")),
            (self.tr("Alt + underlined letter"), self.tr("The menu, button or field with that letter")),
            (key_text("Space"), self.tr("Press the button or tick the box that has the focus")),
            (key_text("Alt+Down"), self.tr("Open a list or a date's calendar")),
        ]))
        return found

    def _menu_rows(self, menu: QMenu, menus: MainMenus) -> list[tuple[str, str]]:
        rows: list[tuple[str, str]] = []
        pages = set(menus.page_actions.values())
        for action in menu.actions():
            if isinstance(submenu := action.menu(), QMenu):
                rows += self._menu_rows(submenu, menus)
            elif action in pages:
                continue  # the report's pages, summed up in one line below
            elif action.shortcuts():
                rows.append((key_text(*action.shortcuts()), self._what(action, menus)))
            if action is menus.previous_page:
                rows.append((key_text(START_PAGE_KEY), self.tr("Basic information (the first page)")))
                rows.append((key_text(PART_KEYS[0]) + " … " + key_text(PART_KEYS[-1]),
                             self.tr("Part 一 … 九 of the report, as the parts are numbered")))
        return rows

    def _what(self, action: QAction, menus: MainMenus) -> str:
        if action is menus.undo:
            return self.tr("Undo the last change")
        if action is menus.redo:
            return self.tr("Redo what was undone")
        if action is menus.preview:
            return self.tr("Show or hide the preview")
        return plain(action.text())


def shortcut_rows(dialog: ShortcutsDialog) -> list[tuple[str, str, str]]:
    """(group, keys, what) of every line shown (tests read the dialog through this)."""
    rows = []
    for group in top_items(dialog.tree):
        for item in child_items(group):
            rows.append((group.text(0), item.text(0), item.text(1)))
    return rows

