"""Nothing typed is lost on a shared PostgreSQL database either: the real program, typing without a pause, is
killed (SIGKILL) at random moments, 100 times, some while a write is in flight — every edit made more than a
second before the kill is in the database (the same rounds as tests/runtime/test_crash_safety.py on a file); and
the server stopped and started again while it types loses nothing."""

from __future__ import annotations

import copy
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from disclosure_desktop.paths import shared_home
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from disclosure_desktop.workflows.recovery import journals, write_journal
from tests.helpers.kills import DURABLE_S, SIDE_BY_SIDE, side_by_side, stored
from tests.helpers.postgres_cluster import databases
from tests.helpers.processes import lines, start
from tests.helpers.scheduling import HEAVY

pytestmark = HEAVY  # apart from the other heavy tests (tests/helpers/scheduling.py)

ROUNDS = int(os.environ.get("DISCLOSURE_PG_KILL_ROUNDS", "100"))
ROOT = Path(__file__).resolve().parents[2]


def readable(url: Path | str) -> str:
    """The server keeps its own pages sound; what the program can break is the report: it must load (its
    content's digest is verified on loading)."""
    with Database.open(url) as db:
        store = ReportStore(db)
        for summary in store.list_reports():
            store.load(summary.id)
    return "ok"


@pytest.mark.slow
def test_killed_at_random_moments_on_a_server_loses_no_edit_older_than_a_second(
        postgres_server: str, postgres_template: str, tmp_path: Path) -> None:
    notes = Path(os.environ.get("XDG_DATA_HOME", str(tmp_path)))
    began = time.monotonic()
    with databases(postgres_server, postgres_template, SIDE_BY_SIDE) as urls:
        checked_edits, during_writes = side_by_side(urls, ROUNDS, sound=readable, folder=notes)
    print(f"{ROUNDS} kills on PostgreSQL in {time.monotonic() - began:.0f} s, {during_writes} while a write was in "
          f"flight, {checked_edits} edits older than {DURABLE_S} s checked in the database")
    assert checked_edits >= ROUNDS
    assert during_writes >= ROUNDS // 10, f"only {during_writes} kills came while a write was in flight"


def test_typing_on_while_the_server_stops_and_starts_loses_nothing(own_server: tuple[str, Path]) -> None:
    """The real program types without a pause; the server stops for a few seconds and starts again: every edit
    typed before, during and just after is in the database once it is back."""
    from disclosure_desktop.storage import upgrade

    url, folder = own_server
    upgrade.upgrade(url)
    script = ["bash", str(ROOT / "scripts" / "pg_cluster.sh")]
    proc = start("type", url, 5)
    typed: list[tuple[str, int]] = []
    stages: dict[str, float] = {}
    try:
        for words, at in lines(proc, time.monotonic() + 180):
            assert words[0] not in ("BLOCKED", "STALLED", "ERROR"), words
            if words[0] == "START":
                stages["start"] = at
            elif words[0] == "EDIT":
                typed.append((words[1], int(words[2])))
            now = time.monotonic()
            if "start" in stages and "paused" not in stages and now > stages["start"] + 1.5:
                subprocess.run([*script, "pause", str(folder)], check=True)
                stages["paused"] = time.monotonic()
            elif "paused" in stages and "resumed" not in stages and now > stages["paused"] + 4:
                subprocess.run([*script, "resume", str(folder)], check=True)
                stages["resumed"] = time.monotonic()
                during = len(typed)
            elif "resumed" in stages and now > stages["resumed"] + 2:
                break
        assert "resumed" in stages and during > 4, (stages, typed[-3:])
        kept = typed[:]
        last_text = max((v for k, v in kept if k == "text"), default=0)
        last_number = max((v for k, v in kept if k == "cell"), default=0)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # written once the program finds the server again
            text_length, number = stored(url)
            if text_length >= last_text and number >= last_number:
                break
            time.sleep(0.2)
        assert (text_length, number) >= (last_text, last_number), (
            f"typed up to {last_text} characters / {last_number}; the database has {text_length} / {number}")
        assert proc.poll() is None
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


def _typed_until(url: str, seed: int, cells: int) -> list[str]:
    """Start the program, let it type until `cells` numbers were entered, kill it; what it said (first words)."""
    proc = start("type", url, seed)
    said: list[str] = []
    try:
        for words, _at in lines(proc, time.monotonic() + 60):
            said.append(words[0] if words[0] != "EDIT" else f"EDIT {words[1]}")
            assert words[0] not in ("NOFOCUS", "BLOCKED", "STALLED", "ERROR"), words
            if said.count("EDIT cell") >= cells:
                break
        assert said.count("EDIT cell") >= cells, said[-5:]
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    return said


def test_edits_kept_on_this_computer_are_written_at_the_next_start_and_typing_goes_on(postgres_url: str) -> None:
    """A program killed while a write hung left its journal (edits the server had not taken); the next start asks,
    is answered Yes, writes them, and the clerk types on in the window (found by the kill test: the question's box
    closing left no window active offscreen, where no window manager gives the activation back)."""
    _typed_until(postgres_url, 0, 1)  # the report, as the clerk made it
    with Database.open(postgres_url) as db:
        store = ReportStore(db)
        [summary] = store.list_reports()
        base = store.load(summary.id)
    mine = copy.deepcopy(base)
    mine.sections["applications"] = base.text("applications") + "记"
    assert write_journal(shared_home(postgres_url), base, mine) is not None

    said = _typed_until(postgres_url, 1, 2)

    assert "ANSWERED" in said
    assert not journals(shared_home(postgres_url))  # written, so not offered again
    with Database.open(postgres_url) as db:
        text = ReportStore(db).load(summary.id).text("applications")
    assert text.startswith(mine.text("applications")), (text, mine.text("applications"))
    assert len(text) > len(mine.text("applications"))  # and typed on after it
