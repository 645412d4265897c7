"""The save status line, and what happens when edits cannot be written: nothing is left behind unless chosen.

A failing write is retried on its own and the clerk is told once; leaving the report or closing the window waits
for the last write, and when it cannot be made the clerk chooses (try again, keep a copy, discard knowingly).
A write refused because another window or program changed the report asks whose version to keep.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from disclosure_desktop.domain.edit_session import Edit
from disclosure_desktop.domain.report import Report
from disclosure_desktop.gui.dialogs.unsaved import Choice, UnsavedPrompt
from disclosure_desktop.gui.window.save_alert import SaveAlert
from disclosure_desktop.messages import message
from disclosure_desktop.runtime.autosave import Autosaver
from disclosure_desktop.runtime.open_report import OpenReport
from disclosure_desktop.runtime.store_thread import StoreThread, quiet_failure
from disclosure_desktop.workflows.recovery import (
    bring_back,
    journals,
    recovery_copies,
    write_back,
    write_recovery_copy,
)


class SaveFlow(QObject):
    """Watches the open report's autosave for the main window."""

    def __init__(self, window: QMainWindow, store: StoreThread, db_path: Path, status: QLabel,
                 alert: SaveAlert) -> None:
        super().__init__(window)
        self._window = window
        self._store = store
        self._db_path = db_path
        self._label = status
        self.alert = alert
        self.session: OpenReport | None = None
        self.terminating = False
        # On a shared database (gui/window/sync_control.py): keeps the open report's unsent edits on this computer.
        self.keep_journal: Callable[[], None] | None = None
        self.away = ""  # why a shared database's server cannot be reached now, as the status line says it
        self._prompt = UnsavedPrompt(window)

    def follow(self, db_path: Path) -> None:
        """The window switched database (connect / local): recovery copies are kept beside the new one."""
        self._db_path = db_path

    @staticmethod
    def _autosave_of(session: OpenReport) -> Autosaver:
        # The window's report is stored, so it has an autosave (only a widget tried on its own has none).
        assert session.autosave is not None
        return session.autosave

    def attach(self, session: OpenReport) -> None:
        self.session = session
        autosave = self._autosave_of(session)

        def saving() -> None:
            if not autosave.failing:  # a write tried again keeps the line saying it failed (and why)
                self.status(self.tr("Saving…"))

        autosave.saving.connect(saving)
        autosave.saved.connect(self._saved)
        autosave.failed.connect(self._failed)
        autosave.conflict.connect(self._conflict)
        session.changed.connect(self._edited)
        self.status(self.tr("All changes are saved"))

    def detach(self) -> None:
        self.session = None
        self.alert.hide()

    # --- the status line ------------------------------------------------------------------------------------

    def status(self, text: str, alarm: bool = False) -> None:
        self._label.setText(text)
        self._label.setStyleSheet("color: #b3261e; font-weight: bold;" if alarm else "")

    def _saved(self, when: float) -> None:
        # Only now is it true: every edit so far is in the file.
        self.alert.hide()
        self.status(self.tr("Saved at %1").replace("%1", time.strftime("%H:%M:%S", time.localtime(when))))

    def _edited(self, edit: Edit) -> None:
        autosave = self.session.autosave if self.session else None
        quiet = autosave is None or autosave.failing or autosave.conflicted
        if edit.kind not in ("load", "merge") and not quiet:
            self.status(self.tr("Saving…"))

    # --- failures while working: a bar over the report, typing goes on -------------------------------------

    def _failed(self, reason: str) -> None:
        self.status(self.away or self.tr("Not saved! Trying again…"), alarm=True)
        self.alert.show_alert(
            self.tr("The last changes could not be saved: %1. They are kept here and the program keeps trying to "
                    "save them.").replace("%1", reason),
            [(self.tr("Try again now"), self._retry_now), (self.tr("Save a copy…"), self._copy)])

    def _retry_now(self) -> None:
        if self.session is not None:
            self._autosave_of(self.session).retry()

    def _copy(self) -> None:
        if self.session is not None:
            self._prompt.save_copy(self.session.report)

    def _conflict(self, reason: str) -> None:
        self.status(self.tr("Not saved: changed elsewhere"), alarm=True)
        self.alert.show_alert(
            reason + self.tr(". Your latest changes are not saved yet."),
            [(self.tr("Keep mine"), lambda: self._settle(Choice.OVERWRITE)),
             (self.tr("Save mine as a new report"), lambda: self._settle(Choice.SAVE_AS_NEW)),
             (self.tr("Take the stored version"), lambda: self._settle(Choice.RELOAD))])

    def check_elsewhere(self) -> None:
        """The window came back to the front: has another window or program changed the report meanwhile?"""
        session = self.session
        autosave = session.autosave if session is not None else None
        if session is None or autosave is None or autosave.has_unsaved or autosave.conflicted \
                or session.report.id is None:
            return  # a pending write finds out by itself
        if autosave.catch_up is not None:  # a shared database: their changes are taken field by field
            autosave.catch_up()
            return
        rid, known = session.report.id, autosave.revision

        def answered(stored: Any) -> None:
            if self.session is session and isinstance(stored, int) and stored != known \
                    and not autosave.has_unsaved and not autosave.conflicted:
                autosave.conflicted = True  # nothing is written over it until the clerk has chosen
                self._conflict(message("save.changed"))

        # A database that cannot answer now says so at the next write; a glance at the revision stays quiet.
        self._store.run(lambda store: store.revision(rid), answered, quiet_failure)

    def resolve_conflict(self, reason: str, leaving: bool) -> bool:
        """Ask what to do with edits another writer overtook; True when nothing is left unresolved."""
        return self._settle(self._prompt.ask_conflict(reason, leaving), leaving)

    def _settle(self, choice: Choice, leaving: bool = False) -> bool:
        session = self.session
        if session is None:
            return True
        autosave = self._autosave_of(session)
        if choice == Choice.OVERWRITE:
            autosave.overwrite()
            return autosave.wait()
        if choice == Choice.SAVE_AS_NEW:
            self._save_as_new(session.report)
        elif choice not in (Choice.RELOAD, Choice.DISCARD):
            return False
        autosave.discard()
        self.alert.hide()
        if not leaving:
            self._reload(session)
        return True

    def _save_as_new(self, report: Report) -> None:
        mine = replace(copy.deepcopy(report), id=None,
                       title=self.tr("%1 (my copy)").replace("%1", report.display_title))
        bar = self._window.statusBar()
        self._store.run(lambda store: store.create(mine), lambda _rid: bar.showMessage(
            self.tr("Your version was saved as a new report: %1").replace("%1", mine.title), 10000),
                        what=self.tr("Save your version as a new report"))

    def _reload(self, session: OpenReport) -> None:
        """Take the report as stored now; the history of this copy goes with it."""
        rid = session.report.id

        def loaded(result: Report) -> None:
            if self.session is session:
                session.edits.reset(result)
                self._saved(time.time())

        self._store.run(lambda store: store.load(rid), loaded, what=self.tr("Take the stored version"))

    # --- leaving --------------------------------------------------------------------------------------------

    def leave(self) -> bool:
        """Wait for the last write; when it cannot be made let the clerk choose. False: stay in the report."""
        session = self.session
        if session is None:
            return True
        autosave = self._autosave_of(session)
        while not autosave.wait():
            if self.keep_journal is not None and not autosave.conflicted:
                self.keep_journal()  # the server is away: offered again, and written, at the next start
                return True
            if self.terminating:
                # Nobody to ask at a log-out: keep the edits beside the database, offered at the next start.
                write_recovery_copy(self._db_path, session.report)
                return True
            if autosave.conflicted:
                return self.resolve_conflict(autosave.reason, leaving=True)
            choice = self._prompt.ask_failed(autosave.reason, leaving=True, saved=autosave.saved)
            if choice == Choice.STAY:
                return False
            if choice == Choice.DISCARD or (choice == Choice.SAVE_COPY and self._prompt.save_copy(session.report)):
                return True
            autosave.failing = False  # try the write again
        return True

    def offer_recovery(self, show_list: Callable[[Any], None]) -> None:
        """Edits a forced end could not save were kept beside the database: bring them back as reports."""
        copies = recovery_copies(self._db_path)
        if not copies:
            return
        answer = QMessageBox.question(
            self._window, self.tr("Recovered changes"),
            self.tr("When the program was last ended, %1 report(s) had changes the database refused; they were "
                    "kept in %2. Add them to the list of reports now?").replace("%1", str(len(copies)))
            .replace("%2", str(copies[0].parent)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        def brought_back(count: int) -> None:
            self._window.statusBar().showMessage(self.tr("%1 recovered report(s) added to the list").replace(
                "%1", str(count)), 10000)
            self._store.run(lambda store: store.list_reports(), show_list, what=self.tr("List the reports"))

        self._store.run(lambda store: bring_back(store, copies), brought_back, what=self.tr("Recovered changes"))

    def offer_journals(self, show_list: Callable[[Any], None]) -> None:
        """A shared database: edits the server had not taken when the program last ended, written now — before
        the last report opens again, so that it opens with them."""
        kept = journals(self._db_path)
        if not kept:
            return
        answer = QMessageBox.question(
            self._window, self.tr("Recovered changes"),
            self.tr("When the program last ended, changes to %1 report(s) had not reached the server; they were "
                    "kept in %2. Write them into the shared database now? (Where another clerk changed the same "
                    "field since, theirs stays and yours is kept as a version.)").replace("%1", str(len(kept)))
            .replace("%2", str(kept[0].parent)))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def written(ids: list[int]) -> None:
            self._window.statusBar().showMessage(self.tr("Changes kept on this computer were written into %1 "
                                                         "report(s)").replace("%1", str(len(ids))), 10000)
            self._store.run(lambda store: store.list_reports(), show_list, what=self.tr("List the reports"))

        self._store.run(lambda store: [write_back(store, path) for path in kept], written,
                        what=self.tr("Recovered changes"))
