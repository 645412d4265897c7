"""Saves that fail (a file another program holds locked, a full disk) lose nothing: the clerk is told, the edits
stay on screen, and neither leaving the report nor closing the window goes on until the clerk has chosen."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.helpers.database import stored
from tests.helpers.keys import Answers, type_text
from tests.helpers.window import open_window, start_report


def saved_and_idle(window) -> bool:
    return not window.session.autosave.has_unsaved


def wait_failing(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.session.autosave.failing, timeout=30000)
    alert = window.area.save_alert
    assert alert.isVisible() and window.save_status.text() == "Not saved! Trying again…"


@pytest.mark.slow
def test_locked_database_blocks_leaving_and_closing_until_the_clerk_chooses(
        short_busy_timeout, qtbot, db_path, tmp_path):
    window = open_window(qtbot, db_path)
    start_report(qtbot, window)
    start = window.wizard.current_page()
    qtbot.waitUntil(lambda: saved_and_idle(window), timeout=5000)

    holder = sqlite3.connect(db_path, timeout=10)  # waits out the program's own short writes
    holder.execute("BEGIN EXCLUSIVE")
    try:
        type_text(start.agency, "某某县人民政府办公室")
        wait_failing(qtbot, window)
        assert "正被其他程序占用" in window.area.save_alert.label.text()
        assert start.agency.text() == "某某县人民政府办公室"  # still on screen

        # Leaving the report: asked; Cancel stays in the report with the text.
        answers = Answers("Try again", "Cancel")
        window.menus.list.trigger()
        qtbot.waitUntil(lambda: answers.done, timeout=30000)
        assert "could not be saved" in answers.seen[0] and "正被其他程序占用" in answers.seen[0]
        assert window.session is not None and window.stack.currentWidget() is window.area
        assert window.session.report.agency == "某某县人民政府办公室"

        # Closing: asked again; a copy kept elsewhere lets it close.
        copy = tmp_path / "elsewhere" / "copy.json"
        copy.parent.mkdir()
        answers = Answers("Save a copy…", str(copy))
        window.close()
        qtbot.waitUntil(lambda: answers.done, timeout=30000)
        QApplication.processEvents()
        assert not window.isVisible()
    finally:
        holder.rollback()
        holder.close()
    assert json.loads(copy.read_text("utf-8"))["agency"] == "某某县人民政府办公室"
    assert stored(db_path).agency == ""  # the database was never written behind the clerk's back


@pytest.mark.slow
def test_a_lock_that_goes_away_saves_everything(short_busy_timeout, qtbot, db_path):
    window = open_window(qtbot, db_path)
    start_report(qtbot, window)
    start = window.wizard.current_page()
    qtbot.waitUntil(lambda: saved_and_idle(window), timeout=5000)
    holder = sqlite3.connect(db_path, timeout=10)
    holder.execute("BEGIN EXCLUSIVE")
    type_text(start.agency, "某某县人民政府办公室")
    wait_failing(qtbot, window)
    type_text(start.contact, "0000-1234567")  # the clerk goes on typing; nothing interrupts
    holder.rollback()
    holder.close()
    qtbot.waitUntil(lambda: not window.session.autosave.failing and saved_and_idle(window), timeout=30000)
    assert not window.area.save_alert.isVisible() and window.save_status.text().startswith("Saved at")
    window.close()
    report = stored(db_path)
    assert (report.agency, report.meta["contact"]) == ("某某县人民政府办公室", "0000-1234567")


@pytest.fixture
def small_disk(tmp_path: Path):
    """A real 3 MB file system (tmpfs); tests that need it are skipped where mounting is not allowed."""
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {result.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> Path:
    filler = disk / "filler"
    # Unbuffered: with a buffer, closing the file flushes what did not fit and raises ENOSPC outside the try.
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
        except OSError:
            pass
    return filler


@pytest.mark.slow
def test_full_disk_keeps_the_edits_and_closing_asks(qtbot, small_disk):
    db_path = small_disk / "reports.sqlite"
    window = open_window(qtbot, db_path)
    start_report(qtbot, window)
    start = window.wizard.current_page()
    type_text(start.agency, "某某县人民政府")
    qtbot.waitUntil(lambda: saved_and_idle(window), timeout=5000)
    filler = fill(small_disk)
    type_text(start.contact, "0000-7654321")
    wait_failing(qtbot, window)
    assert "磁盘已满" in window.area.save_alert.label.text()

    # Closing while the disk refuses: discarding must be chosen knowingly (asked twice).
    answers = Answers("Discard the changes", "Cancel")
    window.close()
    qtbot.waitUntil(lambda: answers.done, timeout=30000)
    assert window.isVisible() and window.session.report.meta["contact"] == "0000-7654321"

    # Room again: Try again saves it all and the window closes.
    filler.unlink()
    answers = Answers("Try again")
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    report = stored(db_path)
    assert (report.agency, report.meta["contact"]) == ("某某县人民政府", "0000-7654321")
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    shutil.rmtree(small_disk / "reports.sqlite.recovery", ignore_errors=True)
