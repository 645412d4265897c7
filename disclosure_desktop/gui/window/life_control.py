"""The window's side of the report's life after drafting (spec §12): Report ▸ 报送, 打开审核意见 and 发布 ask, the
workflows answer on the database thread; the bar's comparison and its way back to the signed version."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from disclosure_desktop.export.registry import file_stem
from disclosure_desktop.gui.dialogs.error import show_failure
from disclosure_desktop.gui.window.host import ReportHost
from disclosure_desktop.gui.window.life_bar import state_name
from disclosure_desktop.gui.window.versions_control import VersionsControl
from disclosure_desktop.messages import message
from disclosure_desktop.runtime.open_report import OpenReport
from disclosure_desktop.workflows import publication, remarks, submission

SETTING_REMARKS_FOLDER = "life/remarks_folder"


class LifeControl(QObject):
    def __init__(self, host: ReportHost, versions: VersionsControl, show_review: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._versions = versions
        self._show_review = show_review

    def _open(self) -> tuple[OpenReport, int] | None:
        session = self._host.session
        if session is None or session.report.id is None:
            return None
        if session.autosave is not None:
            session.autosave.flush()  # the store runs calls in order: the workflow sees every edit
        return session, session.report.id

    def _run(self, what: str, fn: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
        parent = self._host.dialog_parent()
        self._host.store.run(fn, done, lambda error, _what: show_failure(parent, what, error), what=what)

    def state_text(self) -> str:
        session = self._host.session
        return state_name(session.life.state) if session is not None else ""

    # --- 报送 ---------------------------------------------------------------------------------------------------

    def submit(self) -> None:
        """Report ▸ 报送: the package of the signed version, after saying at once why there can be none."""
        opened = self._open()
        if opened is None:
            return
        session, rid = opened
        parent = self._host.dialog_parent()
        what = self.tr("Submit the report")
        signed = session.life.signed
        if signed is None or session.life.differs:
            key = "submit.unsigned" if signed is None else "submit.changed"
            show_failure(parent, what, message(key, id=rid, version=signed.id if signed else 0))
            return
        # A dialog, loaded on first use (deferred.py).
        from disclosure_desktop.gui.dialogs.export import SETTING_FOLDER, default_folder

        folder = default_folder(str(QSettings().value(SETTING_FOLDER, "") or ""))
        suggested = folder / f"{file_stem(session.report.display_title)}-报送包.zip"
        name, _ = QFileDialog.getSaveFileName(parent, what, str(suggested), self.tr("Submission package (*.zip)"))
        if not name:
            return
        path = Path(name) if Path(name).suffix.lower() == ".zip" else Path(name + ".zip")

        def done(result: submission.Submitted) -> None:
            session.life.reload()
            self._host.say(self.tr("Submission package written: %1").replace("%1", str(result.path)))

        self._run(what, lambda store: submission.submit(store, rid, path), done)

    # --- 审核意见 -------------------------------------------------------------------------------------------------

    def open_remarks(self, path: Path | None = None) -> None:
        """Report ▸ 打开审核意见: the office's remarks on the review page, each at its place."""
        opened = self._open()
        if opened is None:
            return
        session, rid = opened
        what = self.tr("Open the office's remarks")
        if path is None:
            settings = QSettings()
            name, _ = QFileDialog.getOpenFileName(self._host.dialog_parent(), what,
                                                  str(settings.value(SETTING_REMARKS_FOLDER, "") or ""),
                                                  self.tr("Remarks (*.json)"))
            if not name:
                return
            path = Path(name)
            settings.setValue(SETTING_REMARKS_FOLDER, str(path.parent))
        chosen = path

        def done(result: remarks.OpenedFile) -> None:
            session.life.reload()
            self._host.say(message("remarks.opened", verdict=result.verdict, n=result.items))
            self._show_review()

        self._run(what, lambda store: remarks.open_remarks(store, rid, chosen), done)

    # --- 发布 ---------------------------------------------------------------------------------------------------

    def publish(self) -> None:
        """Report ▸ 发布: the day and the web address, recorded for the signed version."""
        opened = self._open()
        if opened is None:
            return
        session, rid = opened
        life = session.life
        recorded = life.life.publication if life.life is not None else None
        day = recorded.day if recorded else session.report.published_on() or dt.date.today()
        from disclosure_desktop.gui.dialogs.publish import PublishDialog  # a dialog, on first use (deferred.py)

        dialog = PublishDialog(day, recorded.address if recorded else "", self._host.dialog_parent())
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            chosen, address = dialog.day(), dialog.address()
        finally:
            dialog.deleteLater()

        def done(_record: int) -> None:
            session.life.reload()
            self._host.say(self.tr("Publication recorded: %1").replace("%1", address))

        self._run(self.tr("Record the publication"),
                  lambda store: publication.publish(store, rid, chosen, address), done)

    # --- the bar: compare with, or go back to, the signed version ----------------------------------------------

    def compare_signed(self) -> None:
        session = self._host.session
        if session is not None and session.life.signed is not None:
            self._versions.open_versions(compare_with_working=session.life.signed.id)

    def restore_signed(self) -> None:
        session = self._host.session
        signed = session.life.signed if session is not None else None
        if signed is None:
            return
        name = self.tr("the signed version %1").replace("%1", str(signed.id))
        answer = QMessageBox.question(
            self._host.dialog_parent(), self.tr("Back to the signed version"),
            self.tr("Make %1 (signed by %2) the draft again? The draft as it is now is saved as a version first, "
                    "and Edit ▸ Undo takes this back.").replace("%1", name).replace("%2", signed.signed_by),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._versions.restore(signed.id, name)
