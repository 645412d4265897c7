"""The main window's menus and their actions, made in one place so that keys and mnemonics can be seen together."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from disclosure_desktop.domain.edit_session import EditSession

# Go ▸ a page: Ctrl+0 the basic information, Ctrl+1 … Ctrl+9 the report's parts 一 … 九 as they are numbered.
START_PAGE_KEY = "Ctrl+0"
PART_KEYS = [f"Ctrl+{n}" for n in range(1, 10)]


class MainMenus(QObject):
    """Report, Edit, View, Go and Help, with the actions the window connects."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        bar = window.menuBar()
        key = QKeySequence
        self.new = QAction(self.tr("&New report"), window, shortcut=key.StandardKey.New)
        self.import_ = QAction(self.tr("&Import…"), window, shortcut=key("Ctrl+I"))
        self.import_.setStatusTip(self.tr("Read last year's report from its Word file, web page, JSON or text"))
        self.next_year = QAction(self.tr("New report for ne&xt year"), window)
        self.next_year.setStatusTip(self.tr("Start next year's report of this agency from this one"))
        self.list = QAction(self.tr("All &reports"), window, shortcut=key("Ctrl+L"))
        self.desk = QAction(self.tr("Review uni&ts' reports (公开办)…"), window)
        self.desk.setStatusTip(self.tr("The review desk: take in every unit's report, see who is late, wrong or "
                                       "alike another, return remarks, sum the region's tables"))
        self.save_now = QAction(self.tr("&Save now"), window, shortcut=key.StandardKey.Save)
        self.save_now.setStatusTip(self.tr("Everything is saved as you type; this waits until it is on disk"))
        self.save_version = QAction(self.tr("Save a versi&on…"), window, shortcut=key("Ctrl+Shift+S"))
        self.versions = QAction(self.tr("Versions and si&gning…"), window)
        # The report's life after 签发 (spec §12): the package for the office, its remarks, the publication.
        self.submit = QAction(self.tr("S&ubmit…"), window)
        self.submit.setStatusTip(self.tr("Write the submission package of the signed version for the disclosure "
                                         "office"))
        self.open_remarks = QAction(self.tr("Open the office's re&marks…"), window)
        self.open_remarks.setStatusTip(self.tr("Show the disclosure office's remarks on the review page, each at its "
                                               "place"))
        self.publish = QAction(self.tr("Recor&d publication…"), window)
        self.publish.setStatusTip(self.tr("When and where the report was published"))
        self.backups = QAction(self.tr("&Backups…"), window)
        self.export = QAction(self.tr("&Export…"), window, shortcut=key("Ctrl+E"))
        self.print_preview = QAction(self.tr("Print pre&view…"), window, shortcut=key("Ctrl+Shift+P"))
        self.print = QAction(self.tr("&Print…"), window, shortcut=key.StandardKey.Print)
        self.quit = QAction(self.tr("&Quit"), window, shortcut=key.StandardKey.Quit)
        self.undo = QAction(self.tr("&Undo"), window, shortcut=key.StandardKey.Undo)
        self.redo = QAction(self.tr("&Redo"), window)
        self.redo.setShortcuts([key("Ctrl+Shift+Z"), key("Ctrl+Y")])
        self.preview = QAction(self.tr("&Preview"), window, checkable=True, checked=True, shortcut=key("F9"))
        self.preview.setStatusTip(self.tr("Show or hide the printed pages beside the page you are on"))
        self.next_page = QAction(self.tr("&Next page"), window, shortcut=key("Ctrl+PgDown"))
        self.previous_page = QAction(self.tr("&Previous page"), window, shortcut=key("Ctrl+PgUp"))
        self.review_page = QAction(self.tr("&Review and finish"), window, shortcut=key("F7"))
        self.next_problem = QAction(self.tr("Next pro&blem"), window, shortcut=key("F8"))
        self.previous_problem = QAction(self.tr("Previous prob&lem"), window, shortcut=key("Shift+F8"))

        report = bar.addMenu(self.tr("&Report"))
        for action in (self.new, self.import_, self.next_year, self.list, None, self.save_now, self.save_version,
                       self.versions, None, self.submit, self.open_remarks, self.publish, None, self.export,
                       self.print_preview, self.print, None, self.backups, None, self.quit):
            report.addSeparator() if action is None else report.addAction(action)
        report.insertAction(report.actions()[report.actions().index(self.list) + 1], self.desk)  # the review desk
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(self.undo)
        edit.addAction(self.redo)
        view = bar.addMenu(self.tr("&View"))
        view.addAction(self.preview)
        self.language: QMenu = view.addMenu(self.tr("&Language"))
        self.settings = QAction(self.tr("&Settings…"), window, shortcut=key.StandardKey.Preferences)
        edit.addSeparator()
        edit.addAction(self.settings)
        # Go: every page of the open report by key; the page entries are the report's own (set_pages).
        self.go: QMenu = bar.addMenu(self.tr("&Go"))
        self.go.addAction(self.next_page)
        self.go.addAction(self.previous_page)
        self.go.addSeparator()
        self.page_actions: dict[str, QAction] = {}
        self._pages_end = self.go.addSeparator()
        for action in (self.review_page, self.next_problem, self.previous_problem):
            self.go.addAction(action)
        self.help: QMenu = bar.addMenu(self.tr("&Help"))
        self.guide = QAction(self.tr("&Guide to this page"), window, shortcut=key.StandardKey.HelpContents)
        self.help.addAction(self.guide)
        self.shortcuts = self.help.addAction(self.tr("&Keyboard shortcuts"))
        # The made-up example report, to look around in, from anywhere (not only the empty list's welcome page).
        self.example = self.help.addAction(self.tr("&Example report"))
        self.example.setObjectName("openExample")
        self.example.setStatusTip(self.tr("Open a complete made-up report to look around in; your reports stay "
                                          "as they are"))
        self.log_folder = self.help.addAction(self.tr("Open the &log folder"))
        self.log_folder.setObjectName("openLogFolder")
        self.about = self.help.addAction(self.tr("&About"))
        for action in self.for_report:
            action.setEnabled(False)
        self.show_history(None)

    @property
    def for_report(self) -> list[QAction]:
        """Actions that need an open report."""
        return [self.export, self.print_preview, self.print, self.next_year, self.save_now, self.save_version,
                self.versions, self.submit, self.open_remarks, self.publish, self.next_page, self.previous_page,
                self.review_page, self.next_problem, self.previous_problem, *self.page_actions.values()]

    def set_pages(self, pages: list[tuple[str, str, bool]]) -> None:
        """Go ▸ one entry per page of the open report, (key, title, is a part), review excluded: the basic
        information on Ctrl+0 and the parts, in their printed order, on Ctrl+1 … Ctrl+9."""
        for action in self.page_actions.values():
            self.go.removeAction(action)
            action.deleteLater()
        self.page_actions = {}
        part = 0
        for page_key, title, is_part in pages:
            # A heading the agency words itself may hold an "&": it is text, not a mnemonic.
            action = QAction(title.replace("&", "&&"), self._window)
            if page_key == "start":
                action.setShortcut(QKeySequence(START_PAGE_KEY))
            elif is_part:
                if part < len(PART_KEYS):
                    action.setShortcut(QKeySequence(PART_KEYS[part]))
                part += 1
            self.go.insertAction(self._pages_end, action)
            self.page_actions[page_key] = action

    def show_history(self, edits: EditSession | None) -> None:
        """Edit ▸ Undo / Redo name the step they would take back or redo (「撤销 填写 表三 …」)."""
        undo, redo = (edits.undo_name, edits.redo_name) if edits is not None else ("", "")
        self.undo.setText(self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo"))
        self.undo.setEnabled(bool(undo))
        self.redo.setEnabled(bool(redo))
