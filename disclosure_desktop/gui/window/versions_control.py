"""The window's side of versions and backups: the dialogs ask, this answers through the workflows on the database
thread.

A restored version comes back as one undoable step of the open report (a 恢复前 version is kept first); a restored
backup replaces the whole database, so the window lets go of it, puts the copy in place and opens it again.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from disclosure_desktop.domain.compare import compare
from disclosure_desktop.domain.limits import MAX_NAME_CHARS
from disclosure_desktop.domain.report import Report
from disclosure_desktop.gui.dialogs.error import show_failure
from disclosure_desktop.gui.window.export_control import ExportControl
from disclosure_desktop.gui.window.host import ReportHost
from disclosure_desktop.messages import message
from disclosure_desktop.workflows import versions
from disclosure_desktop.workflows.versions import WORKING

if TYPE_CHECKING:
    from disclosure_desktop.gui.dialogs.backup import BackupDialog
    from disclosure_desktop.gui.dialogs.versions import VersionsDialog

AUDIT_SHOWN = 200  # how many of the audit log's newest entries the versions dialog shows


class VersionsControl(QObject):
    def __init__(self, host: ReportHost, exports: ExportControl, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._exports = exports
        self.dialog: VersionsDialog | None = None

    @property
    def preview(self) -> Any:
        """The print preview with an approval sheet, while it is open."""
        return self._exports.preview

    def _report_id(self) -> int | None:
        session = self._host.session
        return session.report.id if session is not None else None

    def _run(self, fn: Callable[[Any], Any], done: Callable[[Any], None], what: str) -> None:
        """What is typed so far goes first: the store runs calls in order, so a version sees every edit."""
        session = self._host.session
        if session is not None and session.autosave is not None:
            session.autosave.flush()
        self._host.store.run(fn, done, what=what)

    # --- versions -------------------------------------------------------------------------------------------

    def open_versions(self, compare_with_working: int | None = None) -> None:
        """The versions dialog; `compare_with_working`: a version shown at once against the working copy."""
        rid = self._report_id()
        session = self._host.session
        if rid is None or session is None:
            return
        from disclosure_desktop.gui.dialogs.versions import VersionsDialog  # a dialog, on first use (deferred.py)

        dialog = VersionsDialog(session.report.display_title, self._host.dialog_parent())
        self.dialog = dialog
        dialog.compare_requested.connect(self._compare)
        dialog.restore_requested.connect(self._restore)
        dialog.snapshot_requested.connect(lambda name: self._run(
            lambda store: versions.snapshot(store, rid, name), lambda _: self._refresh(
                self.tr("Version saved: %1").replace("%1", name or "—")),
            self.tr("Save a version")))
        dialog.sign_requested.connect(lambda by, reviewer, day: self._sign(rid, by, reviewer, day))
        dialog.export_requested.connect(lambda version_id: self._exports.export_version(version_id, dialog))
        dialog.print_sheet_requested.connect(lambda version_id: self._exports.print_with_sheet(version_id, dialog))
        self._refresh()
        if compare_with_working is not None:  # the list comes first: the database thread answers in order
            self._compare(compare_with_working, WORKING)
        try:
            dialog.exec()
        finally:
            self.dialog = None
            dialog.deleteLater()

    def save_version(self) -> None:
        """Report ▸ Save a version…: the working copy as a named version, in one step."""
        rid = self._report_id()
        if rid is None:
            return
        from disclosure_desktop.gui.dialogs.version_name import ask_version_name  # a dialog, on first use (deferred.py)

        parent = self._host.dialog_parent()
        name, ok = "", True
        while True:
            name, ok = ask_version_name(parent, name)
            if not ok or len(name.strip()) <= MAX_NAME_CHARS:
                break
            # Asked again with the name as typed: the clerk shortens it instead of typing it all again.
            QMessageBox.warning(parent, self.tr("Save a version"), message(
                "limit.too_long", field=name.strip()[:10] + "…", limit=MAX_NAME_CHARS, length=len(name.strip())))
        if ok:
            self._run(lambda store: versions.snapshot(store, rid, name.strip()),
                      lambda _: self._host.say(self.tr("Version saved: %1").replace("%1", name.strip() or "—")),
                      self.tr("Save a version"))

    def _refresh(self, said: str = "") -> None:
        """The list again after an action, what the action did, and the comparison shown worked out anew (the
        working copy in it may have just changed)."""
        rid = self._report_id()
        dialog = self.dialog
        if dialog is not None and rid is not None:
            self._host.store.run(lambda store: versions.listed(store, rid), dialog.set_versions,
                                 what=self.tr("List the versions"))
            # A shared database's who-changed-what (none for a file: one clerk, the versions say it all).
            self._host.store.run(lambda store: store.audit(rid, AUDIT_SHOWN) if store.db.shared else None,
                                 lambda entries: self._show_audit(dialog, entries), what=self.tr("Read the audit log"))
            dialog.tell(said)
            if dialog.compared is not None:
                dialog.compare(*dialog.compared)  # after the list: the store answers in order

    def _show_audit(self, dialog: VersionsDialog, entries: list[Any] | None) -> None:
        if entries is None or self.dialog is not dialog:
            return
        from disclosure_desktop.gui.shared.audit_view import AuditView  # a dialog, on first use (deferred.py)

        view = dialog.findChild(AuditView)
        if view is None:
            view = AuditView()
            dialog.show_history(view)
        view.set_entries(entries)

    def _sign(self, rid: int, by: str, reviewer: str, day: str) -> None:
        reviewed_on = dt.date.fromisoformat(day) if day else None  # plain values only go to the database thread
        self._run(lambda store: versions.sign(store, rid, by, reviewed_by=reviewer, reviewed_on=reviewed_on),
                  lambda _: self._signed(), self.tr("Sign the report (签发)"))

    def _signed(self) -> None:
        said = self.tr("Signed (签发): that version can no longer change.")
        self._refresh(said)
        if self._host.session is not None:
            self._host.session.life.reload()
        self._host.say(said)

    def _compare(self, older: int, newer: int) -> None:
        dialog = self.dialog
        session = self._host.session
        rid = self._report_id()
        if dialog is None or session is None or rid is None:
            return
        working = copy.deepcopy(session.report)

        def load(store: Any, version_id: int) -> Report:
            return working if version_id == WORKING else versions.saved(store, rid, version_id)[0]

        self._run(lambda store: compare(load(store, older), load(store, newer)),
                  lambda result: dialog.show_comparison(result, dialog.version_name(older),
                                                        dialog.version_name(newer)),
                  self.tr("Compare the versions"))

    def _restore(self, version_id: int) -> None:
        self.restore(version_id, self.dialog.version_name(version_id) if self.dialog is not None else str(version_id))

    def restore(self, version_id: int, name: str) -> None:
        """The version becomes the working copy as one step (Edit ▸ Undo takes it back); 恢复前 is kept first."""
        rid = self._report_id()
        session = self._host.session
        if rid is None or session is None:
            return

        def restored(result: versions.Restored) -> None:
            if self._host.session is session:
                session.edits.replace(result.report, message("step.restore", name=name))
            dialog = self.dialog
            if dialog is not None:
                # Shown against the working copy it now is: 「No differences」 is what a restore looks like.
                dialog.compared = (version_id, WORKING)
            self._refresh(self.tr("Restored %1: the working copy is now that version. The working copy as it was "
                                  "is kept as the version 「Before a restore」; Edit ▸ Undo takes the restore back.")
                          .replace("%1", name))

        self._run(lambda store: versions.restore_version(store, rid, version_id), restored,
                  self.tr("Restore the version"))

    # --- backups --------------------------------------------------------------------------------------------

    def open_backups(self) -> None:
        host = self._host
        db_path = host.db_path  # the path, not the window: nothing of Qt's goes to the database thread
        from disclosure_desktop.gui.dialogs.backup import BackupDialog  # a dialog, on first use (deferred.py)

        dialog = BackupDialog(db_path, host.dialog_parent())

        def take(_store: Any) -> Any:
            # The backup files load SQLAlchemy's storage (deferred.py): on the database thread, not at start.
            from disclosure_desktop.workflows import backups

            return backups.take(db_path)

        def not_taken(error: Exception, what: str) -> None:
            show_failure(dialog, what, error)
            dialog.refresh()

        dialog.backup_requested.connect(lambda: host.store.run(
            take, lambda _: dialog.refresh(), not_taken, what=self.tr("Back up now")))
        dialog.restore_requested.connect(lambda path: self._restore_backup(dialog, Path(path)))
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _restore_backup(self, dialog: BackupDialog, path: Path) -> None:
        from disclosure_desktop.workflows import backups

        host = self._host
        if not host.leave_report(forget=False):
            return
        host.release_database()
        try:
            backups.restore(host.db_path, path)
        except Exception as error:  # refused: the database was left as it was; open it again
            show_failure(dialog, self.tr("Restore the backup"), error)
        else:
            dialog.accept()
        host.start()
