"""Nothing typed is lost: the real program, typing without a pause, is killed (SIGKILL) at random moments, many
times, some of them while a write is in flight; every time the file is sound and every edit made more than a
second before the kill is in it."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.processes import lines, start

ROUNDS = int(os.environ.get("DISCLOSURE_KILL_ROUNDS", "200"))
DURABLE_S = 1.0  # the promise: an edit is on disk within a second of being typed


def integrity(db_path: Path) -> str:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def stored(db_path: Path) -> tuple[int, int]:
    with Database.open(db_path) as db:
        store = ReportStore(db)
        [summary] = store.list_reports()
        report = store.load(summary.id)
    return len(report.text("applications")), int(report.value("t3.new.natural") or 0)


def kill_rounds(db_path: Path, rounds: range) -> tuple[int, int]:
    """Start, type, kill, check — `rounds` times on one file; (edits checked, kills during a write)."""
    rng = random.Random(rounds.start)
    during_writes = checked_edits = 0
    for round_no in rounds:
        proc = start("type", db_path, round_no)
        typed: list[tuple[str, int, float]] = []
        last = ""
        try:
            kill_on_write = round_no % 3 == 0  # a third of the kills aim at a write in flight
            kill_after: float | None = None
            said: list[str] = []
            for words, at in lines(proc, time.monotonic() + 60):
                last = words[0]
                said.append(" ".join(words))
                if last == "START":
                    kill_after = at + rng.uniform(0.5, 2.5)
                elif last == "EDIT":
                    typed.append((words[1], int(words[2]), at))
                elif last == "WRITE" and kill_on_write and typed and kill_after is not None and at > kill_after - 0.8:
                    break
                if kill_after is not None and typed and time.monotonic() >= kill_after:
                    break
            stacks = "".join(f.read_text()[:3000] for f in db_path.parent.glob("stalled-*.txt"))
            assert typed, (f"round {round_no}: the program typed nothing (exit status {proc.poll()}; "
                           f"said {said[-3:]})\n{stacks}")
            assert proc.poll() is None, "the program must still be running when it is killed"
            killed_at = time.monotonic()
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
            during_writes += last == "WRITE"
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert integrity(db_path) == "ok", f"round {round_no}"
        text, number = stored(db_path)
        old = [(kind, value) for kind, value, at in typed if at < killed_at - DURABLE_S]
        old_text = max((v for k, v in old if k == "text"), default=0)
        old_number = max((v for k, v in old if k == "cell"), default=0)
        checked_edits += len(old)
        assert text >= old_text, f"round {round_no}: text of {old_text} characters typed, {text} on disk"
        assert number >= old_number, f"round {round_no}: {old_number} typed, {number} on disk"
    return checked_edits, during_writes


@pytest.mark.slow
def test_killed_at_random_moments_loses_no_edit_older_than_a_second(tmp_path):
    # Two files killed side by side: the same number of kills in half the time on two cores.
    half = ROUNDS // 2
    jobs = [(tmp_path / "a.sqlite", range(0, half)), (tmp_path / "b.sqlite", range(half, ROUNDS))]
    with ThreadPoolExecutor(len(jobs)) as pool:
        results = list(pool.map(lambda job: kill_rounds(*job), jobs))
    checked_edits = sum(r[0] for r in results)
    during_writes = sum(r[1] for r in results)
    print(f"{ROUNDS} kills, {during_writes} while a write was in flight, {checked_edits} edits older than "
          f"{DURABLE_S} s checked on disk")
    assert checked_edits >= ROUNDS  # the rounds really typed and checked something
    assert during_writes >= ROUNDS // 10, f"only {during_writes} kills came while a write was in flight"


def test_a_number_left_open_in_its_cell_is_on_disk_after_the_pause(tmp_path):
    """Typed into a cell without Enter, the cell still open: after the short pause the autosave has written it,
    and a kill then (the cell still open) loses nothing."""
    db_path = tmp_path / "open.sqlite"
    proc = start("open_cell", db_path, 7)
    typed = ""
    saved_open = False
    said: list[str] = []
    try:
        for words, _at in lines(proc, time.monotonic() + 60):
            said.append(" ".join(words))
            if words[0] == "TYPED":
                typed = words[1]
                assert words[2:] == ["editing=1"], said
            elif words == ["SAVED", "editing=1"] and typed:
                saved_open = True
                break
        assert typed and saved_open, f"no save with the cell open after typing: {said[-5:]}"
        assert proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert integrity(db_path) == "ok"
    with Database.open(db_path) as db:
        store = ReportStore(db)
        [summary] = store.list_reports()
        assert store.load(summary.id).value("t3.new.natural") == typed
