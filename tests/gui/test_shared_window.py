"""The window on a shared PostgreSQL database (spec §14): opened by its URL, from `--db` or $DISCLOSURE_DESKTOP_DB,
with no guard of one window per file, and an edit typed into it lands in the server."""

from __future__ import annotations

import time

import pytest

from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers import processes
from tests.helpers.window import click_section, close_window, open_window, start_report, type_cell

PATIENCE_S = 120  # a whole program start on a busy machine; seconds when it is idle


def stored_reports(url: str) -> list:
    with Database.open(url) as db:
        store = ReportStore(db)
        return [store.load(summary.id) for summary in store.list_reports()]


def test_window_opens_a_url_and_an_edit_lands_in_the_server(qtbot, postgres_url: str) -> None:
    window = open_window(qtbot, postgres_url)
    assert window.shared and "://" not in str(window.db_path)  # a local stand-in for the journal, no URL
    assert not window.menus.backups.isVisible()
    start_report(qtbot, window)
    click_section(qtbot, window, "section:applications")
    type_cell(qtbot, window, "t3.new.natural", "4321")
    assert window.session.autosave.wait()
    close_window(window)
    (report,) = stored_reports(postgres_url)
    assert report.value("t3.new.natural") == "4321"


@pytest.mark.parametrize("how", ["--db", "environment"])
def test_the_real_program_opens_a_url(postgres_url: str, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    """The real start-up (app.main): the URL from --db or from $DISCLOSURE_DESKTOP_DB, and the line typed saved."""
    if how == "environment":
        monkeypatch.setenv("DISCLOSURE_DESKTOP_DB", postgres_url)
    program = processes.start("idle", postgres_url if how == "--db" else "-", 1)  # "-": no --db
    said = []
    try:
        for words, _when in processes.lines(program, time.monotonic() + PATIENCE_S):
            said.append(words[0])
            if words[0] in ("SAVED", "BLOCKED", "STALLED", "ERROR"):
                break
    finally:
        program.kill()
        program.wait()
    assert "EDITED" in said and said[-1] == "SAVED", said
    assert [r.agency for r in stored_reports(postgres_url)] == ["某某县人民政府办公室"]
