"""A shared database whose server goes away while the clerk types (spec §14): nothing typed is lost. The edits
wait in the recovery journal on this computer (on disk within a second), the window says the server cannot be
reached, and they are written when it is back; closing meanwhile keeps them, offered and written at the next start."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from disclosure_desktop.storage import upgrade
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from disclosure_desktop.workflows.recovery import journals
from tests.helpers.dialogs import when_modal
from tests.helpers.reports import clean_report
from tests.helpers.window import close_window, open_window, type_cell

PATIENCE_MS = 60000
ROOT = Path(__file__).resolve().parents[2]


def cluster(action: str, folder: Path) -> None:
    subprocess.run(["bash", str(ROOT / "scripts" / "pg_cluster.sh"), action, str(folder)], check=True)


def opened(qtbot, url: str, report_id: int):
    window = open_window(qtbot, url)
    with qtbot.waitSignal(window.report_opened, timeout=PATIENCE_MS):
        window.open_report(report_id, "section:applications")
    qtbot.waitUntil(lambda: window.sync.feed is not None, timeout=PATIENCE_MS)
    return window


def stored(url: str, report_id: int):
    with Database.open(url) as db:
        return ReportStore(db).load(report_id)


def test_typing_while_the_server_is_away_is_written_when_it_is_back(qtbot, own_server) -> None:
    url, folder = own_server
    upgrade.upgrade(url)
    with Database.open(url) as db:
        rid = ReportStore(db).create(clean_report())
    window = opened(qtbot, url, rid)
    type_cell(qtbot, window, "t3.new.natural", "101")
    assert window.session.autosave.wait()
    assert journals(window.db_path) == []  # written at once: nothing kept beside
    cluster("pause", folder)
    try:
        type_cell(qtbot, window, "t3.new.commercial", "202")
        type_cell(qtbot, window, "t3.new.research", "303")
        # On disk here (the server cannot take it); the window says why.
        qtbot.waitUntil(lambda: len(journals(window.db_path)) == 1, timeout=PATIENCE_MS)
        qtbot.waitUntil(lambda: not window.sync.reachable and window.save_status.text() == window.saving.away,
                        timeout=PATIENCE_MS)
        shown_while_away = window.save_status.text()
    finally:
        cluster("resume", folder)
    qtbot.waitUntil(lambda: not window.session.autosave.has_unsaved, timeout=PATIENCE_MS)
    report = stored(url, rid)
    assert [report.value(c) for c in ("t3.new.natural", "t3.new.commercial", "t3.new.research")] == [
        "101", "202", "303"], shown_while_away
    qtbot.waitUntil(lambda: journals(window.db_path) == [], timeout=PATIENCE_MS)
    close_window(window)


def test_closing_while_the_server_is_away_keeps_the_edits_for_the_next_start(qtbot, own_server) -> None:
    url, folder = own_server
    upgrade.upgrade(url)
    with Database.open(url) as db:
        rid = ReportStore(db).create(clean_report())
    window = opened(qtbot, url, rid)
    local = window.db_path
    cluster("pause", folder)
    try:
        type_cell(qtbot, window, "t3.new.natural", "4444")
        window.session.edits.set_text("problems", "服务器停机时写的文字")
        close_window(window)  # no question: the journal keeps what the server could not take
        assert len(journals(local)) == 1
    finally:
        cluster("resume", folder)
    seen = when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click(),
                      timeout_ms=PATIENCE_MS)
    again = open_window(qtbot, url)
    qtbot.waitUntil(lambda: bool(seen) and journals(local) == [], timeout=PATIENCE_MS)
    report = stored(url, rid)
    assert report.value("t3.new.natural") == "4444" and report.text("problems") == "服务器停机时写的文字"
    close_window(again)
