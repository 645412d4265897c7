"""Nothing typed is lost: the real program, typing without a pause, is killed (SIGKILL) at random moments, many
times, some of them while a write is in flight; every time the file is sound and every edit made more than a
second before the kill is in it."""

from __future__ import annotations

import os
import signal
import time

import pytest

from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.kills import DURABLE_S, SIDE_BY_SIDE, integrity, side_by_side
from tests.helpers.processes import gone_at_end, lines, start
from tests.helpers.scheduling import HEAVY

pytestmark = HEAVY  # apart from the other heavy tests (tests/helpers/scheduling.py)

ROUNDS = int(os.environ.get("DISCLOSURE_KILL_ROUNDS", "200"))


@pytest.mark.slow
def test_killed_at_random_moments_loses_no_edit_older_than_a_second(tmp_path):
    # Files killed side by side: the same number of kills in a fraction of the time.
    files = [tmp_path / f"{n}.sqlite" for n in range(SIDE_BY_SIDE)]
    checked_edits, during_writes = side_by_side(files, ROUNDS)
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
    with gone_at_end(proc):
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
    assert integrity(db_path) == "ok"
    with Database.open(db_path) as db:
        store = ReportStore(db)
        [summary] = store.list_reports()
        assert store.load(summary.id).value("t3.new.natural") == typed
