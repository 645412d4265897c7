"""The Go menu's keys wired to the open report: next and previous page, a page by number, the review page, the
next problem; the preview's F9; and Help ▸ Keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import QWidget

from disclosure_desktop.gui.window.menus import MainMenus
from disclosure_desktop.gui.window.report_area import ReportArea


class KeyboardControl(QObject):
    def __init__(self, actions: MainMenus, area: ReportArea, dialog_parent: QWidget,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self._area = area
        self._dialog_parent = dialog_parent
        a = actions
        a.next_page.triggered.connect(area.wizard.next)
        a.previous_page.triggered.connect(area.wizard.back)
        a.review_page.triggered.connect(lambda: area.go_to_page("review"))
        a.next_problem.triggered.connect(area.walker.next)
        a.previous_problem.triggered.connect(area.walker.previous)
        a.preview.toggled.connect(area.show_preview)
        area.preview_shown.connect(self._preview_shown)
        area.pages_built.connect(self._pages_built)
        a.go.aboutToShow.connect(self._retitle)
        a.shortcuts.triggered.connect(self.show_shortcuts)

    def _preview_shown(self, shown: bool) -> None:
        with QSignalBlocker(self._actions.preview):
            self._actions.preview.setChecked(shown)

    def _pages_built(self) -> None:
        actions, area = self._actions, self._area
        pages = [p for p in area.wizard.pages() if p.in_go_menu]
        actions.set_pages([(p.key, p.title(), p.is_part) for p in pages])
        for key, action in actions.page_actions.items():
            action.triggered.connect(lambda _=False, k=key: area.go_to_page(k))
            action.setEnabled(area.session is not None)

    def _retitle(self) -> None:
        """A part's heading the agency worded itself, the title as it is now."""
        for page in self._area.wizard.pages():
            action = self._actions.page_actions.get(page.key)
            if action is not None:
                action.setText(page.title().replace("&", "&&"))

    def show_shortcuts(self) -> None:
        from disclosure_desktop.gui.dialogs.shortcuts import ShortcutsDialog  # a dialog, on first use (deferred.py)

        ShortcutsDialog(self._actions, self._dialog_parent).exec()
