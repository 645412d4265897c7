"""F1 help for the page or cell the clerk is in, the settings dialog and what follows from it, About, and the
log folder."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from disclosure_desktop import options
from disclosure_desktop.domain import help_topics
from disclosure_desktop.gui.dialogs.error import open_log_folder
from disclosure_desktop.gui.window.host import ReportHost
from disclosure_desktop.gui.window.report_area import ReportArea


class HelpControl(QObject):
    def __init__(self, host: ReportHost, area: ReportArea, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._area = area

    def help_key(self) -> str:
        """The guide's entry for where the keyboard is: the cell's row and column, else the page."""
        session = self._host.session
        if session is None:
            return help_topics.GUIDE
        page = self._area.wizard.current_page()
        fmt = session.report.format_id
        if page is None:
            return help_topics.page_key(fmt, "start")
        # The window's own focus widget: the application's is None while another window (the guide) is active.
        return page.help_key(fmt, self._host.dialog_parent().focusWidget())

    def show_help(self) -> None:
        from disclosure_desktop.gui.dialogs.help_viewer import open_help  # a dialog, on first use (deferred.py)

        open_help(self.help_key(), self._host.dialog_parent())

    def show_about(self) -> None:
        from disclosure_desktop.gui.dialogs.about import AboutDialog  # a dialog, on first use (deferred.py)

        AboutDialog(self._host.db_path, self._host.dialog_parent()).exec()

    def show_settings(self) -> None:
        from disclosure_desktop.gui.dialogs.settings import SettingsDialog  # a dialog, on first use (deferred.py)

        dialog = SettingsDialog(self._host.dialog_parent())
        if not dialog.exec():
            return
        options.apply_to_core()
        self.settings_changed()
        if "language" in dialog.changed_keys:
            self._tell_restart()

    def choose_language(self, code: str) -> None:
        options.set_value("language", code)
        self._tell_restart()

    def open_log_folder(self) -> None:
        open_log_folder()

    def _tell_restart(self) -> None:
        parent = self._host.dialog_parent()
        QMessageBox.information(parent, parent.windowTitle(),
                                self.tr("The language changes when the program is started again."))

    def settings_changed(self) -> None:
        """The open report follows the settings at once: the repetition threshold of its checks, its preview."""
        area = self._area
        if area.review is not None:
            area.review.set_repetition_threshold(options.repetition_threshold())
        if area.checks is not None:
            area.checks.run_now()
        area.preview.schedule()
