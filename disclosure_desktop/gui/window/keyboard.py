"""The Go menu's keys wired to the open report: next and previous page, a page by number, the review page, the
next problem; the preview's F9; and Help ▸ Keyboard shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSignalBlocker

if TYPE_CHECKING:
    from disclosure_desktop.gui.window.main_window import MainWindow


class KeyboardControl(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        a, area = window.actions, window.area
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
        with QSignalBlocker(self._window.actions.preview):
            self._window.actions.preview.setChecked(shown)

    def _pages_built(self) -> None:
        from disclosure_desktop.gui.wizard.page_review import ReviewPage
        from disclosure_desktop.gui.wizard.page_table import TablePage
        from disclosure_desktop.gui.wizard.page_text import TextPage

        actions, area = self._window.actions, self._window.area
        pages = [p for p in area.wizard.pages() if not isinstance(p, ReviewPage)]
        parts = (TextPage, TablePage)
        actions.set_pages([(p.key, p.title(), isinstance(p, parts) and p.key.startswith("section:")) for p in pages])
        for key, action in actions.page_actions.items():
            action.triggered.connect(lambda _=False, k=key: area.go_to_page(k))
            action.setEnabled(self._window.session is not None)

    def _retitle(self) -> None:
        """A part's heading the agency worded itself, the title as it is now."""
        for page in self._window.area.wizard.pages():
            action = self._window.actions.page_actions.get(page.key)
            if action is not None:
                action.setText(page.title().replace("&", "&&"))

    def show_shortcuts(self) -> None:
        from disclosure_desktop.gui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self._window.actions, self._window).exec()
