"""The window's side of versions and backups: the dialogs ask, this answers on the database thread.

A restored version comes back as one undoable step of the open report (a 恢复前 version is kept first); a restored
backup replaces the whole database, so the window lets go of it, puts the copy in place and opens it again.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

if TYPE_CHECKING:
    from disclosure_desktop.gui.window.main_window import MainWindow


class VersionsControl(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: Any = None
        self.preview: Any = None  # the print preview with an approval sheet, while it is open

    def _report_id(self) -> int | None:
        session = self._window.session
        return session.report.id if session is not None else None

    def _run(self, fn: Any, done: Any = None) -> None:
        def answered(result: Any) -> None:
            if isinstance(result, Exception):
                QMessageBox.critical(self._window, self._window.windowTitle(), str(result))
            elif done is not None:
                done(result)

        # What is typed so far goes first: the store runs calls in order, so a version sees every edit.
        self._window.session.autosave.flush()
        self._window.store.run(fn, answered)

    # --- versions -------------------------------------------------------------------------------------------

    def open_versions(self) -> None:
        from disclosure_desktop.gui.dialogs.versions import VersionsDialog

        rid = self._report_id()
        if rid is None:
            return
        dialog = VersionsDialog(self._window.session.report.display_title, self._window)
        self.dialog = dialog
        dialog.compare_requested.connect(self._compare)
        dialog.restore_requested.connect(self._restore)
        dialog.snapshot_requested.connect(lambda name: self._run(lambda s: s.snapshot(rid, name=name),
                                                                 lambda _: self._refresh()))
        dialog.sign_requested.connect(lambda by, reviewer, day: self._sign(rid, by, reviewer, day))
        dialog.export_requested.connect(self._export_version)
        dialog.print_sheet_requested.connect(self._print_with_sheet)
        self._refresh()
        dialog.exec()
        self.dialog = None

    def save_version(self) -> None:
        """Report ▸ Save a version…: the working copy as a named version, in one step."""
        rid = self._report_id()
        if rid is None:
            return
        from disclosure_desktop.domain.limits import MAX_NAME_CHARS
        from disclosure_desktop.messages import message

        name, ok = "", True
        while True:
            name, ok = QInputDialog.getText(self._window, self.tr("Save a version"),
                                            self.tr("Name of the version (e.g. sent to the superior office):"),
                                            text=name)
            if not ok or len(name.strip()) <= MAX_NAME_CHARS:
                break
            # Asked again with the name as typed: the clerk shortens it instead of typing it all again.
            QMessageBox.warning(self._window, self.tr("Save a version"), message(
                "limit.too_long", field=name.strip()[:10] + "…", limit=MAX_NAME_CHARS, length=len(name.strip())))
        if ok:
            self._run(lambda s: s.snapshot(rid, name=name.strip()), lambda _: self._window.statusBar().showMessage(
                self.tr("Version saved: %1").replace("%1", name.strip() or "—"), 8000))

    def _refresh(self) -> None:
        rid = self._report_id()
        if self.dialog is not None and rid is not None:
            dialog = self.dialog
            self._window.store.run(lambda s: s.versions(rid), lambda v: None if isinstance(v, Exception)
                                   else dialog.set_versions(v))

    def _sign(self, rid: int, by: str, reviewer: str, day: str) -> None:
        import datetime as dt

        reviewed_on = dt.date.fromisoformat(day) if day else None  # plain values only go to the database thread
        self._run(lambda s: s.sign(rid, by, reviewed_by=reviewer, reviewed_on=reviewed_on), lambda _: self._signed())

    def _signed(self) -> None:
        self._refresh()
        self._window.statusBar().showMessage(self.tr("Signed (签发): that version can no longer change."), 8000)

    def _load(self, store: Any, version_id: int, working: Any) -> Any:
        from disclosure_desktop.gui.dialogs.versions import WORKING

        return working if version_id == WORKING else store.load_version(version_id)

    def _compare(self, older: int, newer: int) -> None:
        from disclosure_desktop.domain.compare import compare

        dialog = self.dialog
        working = copy.deepcopy(self._window.session.report)
        self._run(lambda s: compare(self._load(s, older, working), self._load(s, newer, working)),
                  lambda result: dialog.show_comparison(result, dialog.version_name(older),
                                                        dialog.version_name(newer)))

    def _restore(self, version_id: int) -> None:
        """The version becomes the working copy as one step (Edit ▸ Undo takes it back); 恢复前 is kept first."""
        from disclosure_desktop.domain.versions import BEFORE_RESTORE

        rid = self._report_id()
        session = self._window.session
        name = self.dialog.version_name(version_id) if self.dialog is not None else str(version_id)

        def fetch(store: Any) -> Any:
            store.snapshot(rid, BEFORE_RESTORE)
            return store.load_version(version_id)

        def restored(report: Any) -> None:
            from disclosure_desktop.messages import message

            if self._window.session is session:
                session.edits.replace(report, message("step.restore", name=name))
            self._refresh()

        self._run(fetch, restored)

    def _export_version(self, version_id: int) -> None:
        from disclosure_desktop.export.approval_sheet import ApprovalSheet
        from disclosure_desktop.gui.dialogs.export import ExportDialog

        def export(result: Any) -> None:
            report, info = result
            sheet = ApprovalSheet.of(report, info) if info.is_signed else None
            ExportDialog(report, [], self._window, moment=info.created_at, sheet=sheet).exec()

        self._run(lambda s: (s.load_version(version_id), s.version_info(version_id)), export)

    def _print_with_sheet(self, version_id: int) -> None:
        """Print preview of a signed version with its 签发单 in front; the clerk prints from there."""
        from disclosure_desktop.export.approval_sheet import ApprovalSheet
        from disclosure_desktop.export.registry import printable
        from disclosure_desktop.gui.preview.printing import preview_dialog

        def show(result: Any) -> None:
            report, info = result
            if not info.is_signed:
                return
            report = printable(report)
            preview = preview_dialog(report, self.dialog or self._window, sheet=ApprovalSheet.of(report, info))
            self.preview = preview
            try:
                preview.exec()
            finally:
                self.preview = None
                preview.deleteLater()

        self._run(lambda s: (s.load_version(version_id), s.version_info(version_id)), show)

    def export_taken(self, dialog: Any) -> None:
        """Every export is kept as a version: what was sent can always be found again."""
        from disclosure_desktop.domain.versions import EXPORT

        rid = self._report_id()
        if rid is None or dialog.exported_to is None:
            return
        report = copy.deepcopy(self._window.session.report)
        name = f"{dialog.exported_format}: {Path(dialog.exported_to).name}"
        at = dialog.exported_at  # the value, not the dialog: nothing of Qt's goes to the database thread
        self._window.store.run(lambda s: s.snapshot(rid, EXPORT, name, report=report, at=at))

    # --- backups --------------------------------------------------------------------------------------------

    def open_backups(self) -> None:
        from disclosure_desktop.gui.dialogs.backup import BackupDialog
        from disclosure_desktop.storage import backups

        window = self._window
        dialog = BackupDialog(window.db_path, window)
        db_path = window.db_path  # the path, not the window: nothing of Qt's goes to the database thread

        def taken(result: Any) -> None:
            if isinstance(result, Exception):  # the store's sentence says where and why
                QMessageBox.critical(dialog, dialog.windowTitle(), str(result))
            dialog.refresh()

        dialog.backup_requested.connect(lambda: window.store.run(lambda _s: backups.take(db_path), taken))
        dialog.restore_requested.connect(lambda path: self._restore_backup(dialog, Path(path)))
        dialog.exec()

    def _restore_backup(self, dialog: Any, path: Path) -> None:
        from disclosure_desktop.storage import backups

        window = self._window
        if not window.leave_report(forget=False):
            return
        window.release_database()
        try:
            backups.restore(window.db_path, path)
        except Exception as error:  # refused: the database was left as it was; open it again
            QMessageBox.critical(dialog, dialog.windowTitle(), str(error))
        else:
            dialog.accept()
        window.start()
