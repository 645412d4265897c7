"""Export and print of the open report or of a saved version: the export dialog asks, the export workflow writes
on the database thread (and keeps the export as a version), print and print preview paint the PDF's pages."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from disclosure_desktop import options
from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.export.registry import printable
from disclosure_desktop.gui.window.host import ReportHost
from disclosure_desktop.workflows import versions
from disclosure_desktop.workflows.exporting import Exported, ExportRequest, export_report

if TYPE_CHECKING:  # the store lives on the database thread: the window never loads storage itself
    from disclosure_desktop.gui.dialogs.export import ExportDialog, SignedChoice
    from disclosure_desktop.storage.repository import ReportStore


class ExportControl(QObject):
    def __init__(self, host: ReportHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.preview: QWidget | None = None  # the print preview while it is open (tests look at it)

    def export_working_copy(self, problems: list[Problem]) -> None:
        """Report ▸ Export: the signed version first when there is one (spec §12), else the report as it is on
        screen (every edit so far, even one the disk refused)."""
        session = self._host.session
        if session is None or session.report.id is None:
            return
        rid = session.report.id
        if session.autosave is not None:
            session.autosave.flush()  # the store runs calls in order: the export version sees every edit
        own = [p for p in problems if not p.remark]  # the office's remarks are no errors of the file written
        from disclosure_desktop.gui.dialogs.export import ExportDialog  # a dialog, on first use (deferred.py)

        dialog = ExportDialog(session.report, own, self._host.dialog_parent(), signed=self._signed_choice())
        working = copy.deepcopy(session.report)  # a copy: the clerk may type on while the file is written
        self._run_dialog(dialog, lambda store, request: export_report(store, rid, request, report=working))

    def _signed_choice(self) -> SignedChoice | None:
        session = self._host.session
        life = session.life if session is not None else None
        if life is None or life.signed is None or life.signed_report is None:
            return None
        signed = life.signed_report
        from disclosure_desktop.gui.dialogs.export import SignedChoice  # a dialog, on first use (deferred.py)

        previous = session.checks.previous if session is not None else None
        problems = check_report(signed, previous if previous is not None and previous.year == signed.year - 1
                                else None, repetition_threshold=options.repetition_threshold())
        return SignedChoice(life.signed.id, life.signed.signed_by, life.signed.local_time[:16], life.differs,
                            problems)

    def export_version(self, version_id: int, parent: QWidget | None = None) -> None:
        """A saved version (the versions dialog's Export), dated with its own time; a signed one may have its
        签发单 in front."""
        session = self._host.session
        if session is None or session.report.id is None:
            return
        rid = session.report.id

        def ask(found: tuple) -> None:
            report, info = found
            from disclosure_desktop.gui.dialogs.export import ExportDialog  # a dialog, on first use (deferred.py)

            dialog = ExportDialog(report, [], parent or self._host.dialog_parent(), version_id=version_id,
                                  sheet_available=info.is_signed)
            self._run_dialog(dialog, lambda store, request: export_report(store, rid, request))

        self._host.store.run(lambda store: versions.saved(store, rid, version_id), ask,
                             what=self.tr("Read the saved version"))

    def _run_dialog(self, dialog: ExportDialog, export: Callable[[ReportStore, ExportRequest], Exported]) -> None:
        store = self._host.store

        def requested(request: ExportRequest) -> None:
            store.run(lambda s: export(s, request), dialog.done_exporting, lambda error, _what: dialog.refused(error),
                      what=self.tr("Export the report"))

        dialog.export_requested.connect(requested)
        try:
            if dialog.exec() and dialog.exported_to is not None:
                self._host.say(dialog.exported_note or self.tr("Exported to %1").replace("%1", str(dialog.exported_to)))
        finally:
            dialog.deleteLater()  # it would stay, with its copy of the report, until the window closes

    # --- printing ---------------------------------------------------------------------------------------------

    def print_preview(self) -> None:
        session = self._host.session
        if session is None:
            return
        # QtPrintSupport loads only when the clerk prints (deferred.py).
        from disclosure_desktop.gui.preview.printing import preview_dialog

        parent = self._host.dialog_parent()
        dialog = preview_dialog(session.report, parent)
        dialog.resize(parent.width() * 3 // 4, parent.height())
        dialog.exec()

    def print_report(self) -> None:
        session = self._host.session
        if session is None:
            return
        from disclosure_desktop.gui.preview.printing import print_report

        print_report(session.report, self._host.dialog_parent())

    def print_with_sheet(self, version_id: int, parent: QWidget | None = None) -> None:
        """Print preview of a signed version with its 签发单 in front; the clerk prints from there."""
        session = self._host.session
        if session is None or session.report.id is None:
            return
        rid = session.report.id

        def show(found: tuple) -> None:
            from disclosure_desktop.export.approval_sheet import ApprovalSheet
            from disclosure_desktop.gui.preview.printing import preview_dialog

            report, info = found
            if not info.is_signed:
                return
            report = printable(report)
            preview = preview_dialog(report, parent or self._host.dialog_parent(),
                                     sheet=ApprovalSheet.of(report, info))
            self.preview = preview
            try:
                preview.exec()
            finally:
                self.preview = None
                preview.deleteLater()

        self._host.store.run(lambda store: versions.saved(store, rid, version_id), show,
                             what=self.tr("Read the saved version"))
