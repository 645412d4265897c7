"""The versions dialog of a report on a shared database lists who changed what and when (the audit log, newest
first): the clerk's name from the settings beside the server login, the action in words and what it touched. A
file's dialog has no such list (one clerk: the versions say it all). Where each clerk was is kept per clerk."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication

from disclosure_desktop import options
from disclosure_desktop.gui.dialogs.versions import VersionsDialog
from disclosure_desktop.gui.shared.audit_view import AuditView
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.dialogs import when_modal
from tests.helpers.window import click_section, close_window, open_window, start_report, type_cell

PATIENCE_MS = 60000


def audit_rows(qtbot, window) -> list[list[str]] | None:
    """Open 版本与签发 and read its who-changed-what table (None when the dialog has none)."""
    seen: list[list[list[str]] | None] = []

    def read(dialog: VersionsDialog) -> None:
        # What the dialog asked the database thread (the versions, then the audit log) is answered by now …
        window.store.call_and_wait(lambda _store: None, timeout_s=PATIENCE_MS / 1000)
        for _ in range(5):
            QApplication.processEvents()  # … and its answers reached the dialog
        view = dialog.findChild(AuditView)
        table = view.table if view is not None else None
        seen.append(None if table is None else
                    [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())])
        dialog.reject()

    when_modal(VersionsDialog, read)
    window.versions.open_versions()
    assert seen
    return seen[0]


def test_the_versions_dialog_shows_who_changed_what_on_a_server(qtbot, postgres_url: str) -> None:
    options.set_value(options.CLERK_NAME.key, "张三")
    window = open_window(qtbot, postgres_url)
    start_report(qtbot, window)
    click_section(qtbot, window, "section:applications")
    type_cell(qtbot, window, "t3.new.natural", "4321")
    assert window.session.autosave.wait()
    rows = audit_rows(qtbot, window)
    assert rows is not None
    newest_who = {who for _when, who, _what in rows}
    assert newest_who == {"张三 (postgres)"}  # the name given, and the login the server knows
    actions = [what for _when, _who, what in rows]
    assert any(re.fullmatch(r"Edited：\d+ cell\(s\)，revision \d+", a) for a in actions), actions
    assert actions[-1] == "Created"  # the oldest last
    rid = window.session.report.id
    close_window(window)

    # Where the clerk was is the clerk's own: another clerk on the same database starts from nothing.
    with Database.open(postgres_url) as db:
        assert ReportStore(db, user_name="张三").get_state("last_report") == str(rid)
        assert ReportStore(db, user_name="李四").get_state("last_report") is None


def test_a_files_versions_dialog_has_no_audit_list(qtbot, db_path: Path) -> None:
    window = open_window(qtbot, db_path)
    start_report(qtbot, window)
    assert audit_rows(qtbot, window) is None
    close_window(window)
