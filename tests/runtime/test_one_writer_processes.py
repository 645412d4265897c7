"""The program as a process: a log-out (SIGTERM) right after an edit keeps it; a second start on the same
database brings the running window forward instead of opening a second writer; a lock left by a killed
program is taken over."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.keys import Answers
from tests.helpers.processes import lines, start
from tests.helpers.window import open_window

AGENCY = "某某县人民政府办公室"


def wait_for(proc: subprocess.Popen, word: str, seconds: float = 60) -> float:
    for words, at in lines(proc, time.monotonic() + seconds):
        if words[0] == word:
            return at
    raise AssertionError(f"the program never said {word} (exit status {proc.poll()})")


def agency(db_path) -> str:
    from disclosure_desktop.storage.database import Database
    from disclosure_desktop.storage.repository import ReportStore

    with Database.open(db_path) as db:
        store = ReportStore(db)
        [summary] = store.list_reports()
        return store.load(summary.id).agency


@pytest.mark.slow
def test_sigterm_right_after_an_edit_keeps_it(db_path):
    proc = start("idle", db_path, 0)
    try:
        wait_for(proc, "EDITED")
        proc.send_signal(signal.SIGTERM)  # at once: the autosave has not even started its write
        assert proc.wait(20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert agency(db_path) == AGENCY


@pytest.mark.slow
def test_sigterm_while_the_file_is_locked_keeps_a_copy_that_the_next_start_brings_back(
        short_busy_timeout, qtbot, db_path):
    proc = start("idle-after-go", db_path, 0)
    holder = None
    try:
        wait_for(proc, "OPENED")
        # The lock first, then the typing: the edit cannot reach the file, on however slow a machine.
        holder = sqlite3.connect(db_path, timeout=30)  # waits out the program's own short writes
        holder.execute("BEGIN EXCLUSIVE")
        Path(f"{db_path}.go").touch()
        wait_for(proc, "EDITED")
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(60) == 0
    finally:
        if holder is not None:
            holder.rollback()
            holder.close()
        if proc.poll() is None:
            proc.kill()
    copies = sorted(db_path.parent.glob(f"{db_path.name}.recovery/report-*.json"))
    # The lock was held before the edit was typed: the edit can only be in the recovery copy.
    assert agency(db_path) != AGENCY
    assert len(copies) == 1 and json.loads(copies[0].read_text("utf-8"))["agency"] == AGENCY

    answers = Answers("Yes")
    window = open_window(qtbot, db_path)
    qtbot.waitUntil(lambda: answers.done, timeout=10000)
    qtbot.waitUntil(lambda: window.reports.table.rowCount() == 2, timeout=10000)
    assert any(AGENCY in window.reports.table.item(r, 1).text() for r in range(2))
    window.close()


@pytest.mark.slow
def test_a_second_start_brings_the_first_window_forward_and_a_stale_lock_is_taken_over(db_path):
    first = start("idle", db_path, 0)
    try:
        wait_for(first, "EDITED")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        second = subprocess.run([sys.executable, "-m", "disclosure_desktop", "--db", str(db_path)],
                                capture_output=True, text=True, env=env, timeout=60)
        assert second.returncode == 0
        assert "已切换到它的窗口" in second.stderr
        wait_for(first, "ACTIVATED", seconds=10)
        first.send_signal(signal.SIGKILL)  # its lock file stays behind
        first.wait(10)
        assert db_path.with_name(f"{db_path.name}.lock").exists()
        third = start("idle", db_path, 1)
        try:
            wait_for(third, "EDITED")  # it took over the stale lock and works on the same report
        finally:
            third.send_signal(signal.SIGTERM)
            assert third.wait(20) == 0
    finally:
        if first.poll() is None:
            first.kill()
    assert agency(db_path).startswith(AGENCY)
