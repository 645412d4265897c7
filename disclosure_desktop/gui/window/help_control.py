"""F1 help for the page or cell the clerk is in, the settings dialog and what follows from it, and About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from disclosure_desktop import options

if TYPE_CHECKING:
    from disclosure_desktop.gui.window.main_window import MainWindow


class HelpControl(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def help_key(self) -> str:
        """The guide's entry for where the keyboard is: the cell's row and column, else the page."""
        from disclosure_desktop.domain import help_topics
        from disclosure_desktop.gui.wizard.page_table import TablePage

        window = self._window
        session = window.session
        if session is None:
            return help_topics.GUIDE
        page = window.wizard.current_page()
        fmt = session.report.format_id
        if isinstance(page, TablePage):
            cell = page.editor.current_cell_id()
            focus = window.focusWidget()
            if cell and focus is not None and (focus is page.editor.view or page.editor.isAncestorOf(focus)):
                return help_topics.cell_key(fmt, cell)
        return help_topics.page_key(fmt, page.key if page is not None else "start")

    def show_help(self) -> None:
        from disclosure_desktop.gui.dialogs.help_viewer import open_help

        open_help(self.help_key(), self._window)

    def show_about(self) -> None:
        from disclosure_desktop.gui.dialogs.about import AboutDialog

        AboutDialog(self._window.db_path, self._window).exec()

    def show_settings(self) -> None:
        from disclosure_desktop.gui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self._window)
        if not dialog.exec():
            return
        options.apply_to_core()
        self.settings_changed()
        if "language" in dialog.changed_keys:
            self._tell_restart()

    def choose_language(self, code: str) -> None:
        options.set_value("language", code)
        self._tell_restart()

    def _tell_restart(self) -> None:
        QMessageBox.information(self._window, self._window.windowTitle(),
                                self.tr("The language changes when the program is started again."))

    def settings_changed(self) -> None:
        """The open report follows the settings at once: the repetition threshold of its checks, its preview."""
        area = self._window.area
        if area.review is not None:
            area.review.set_repetition_threshold(options.repetition_threshold())
        if area.checks is not None:
            area.checks.run_now()
        area.preview.schedule()
