"""Two real program processes on one shared PostgreSQL database typing into the same report (spec §14): the second
to open it is told the first has it open and opens it all the same; edits to
different cells are both kept and each program shows the other's without a restart; the same cell typed in both
at once shows the clash in the second to write, and after the clerk's choice the database holds what its screen
shows — and the first program shows it too."""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import create_engine, text

from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers import processes
from tests.helpers.reports import clean_report

PATIENCE_S = 120  # program starts and writes on a busy machine; seconds when idle


class Program:
    """One running program in the driver's `sync` mode, and everything it said so far."""

    def __init__(self, url: str, seed: int) -> None:
        self.proc = processes.start("sync", url, seed, commands=True)
        self.said: list[list[str]] = []

    def wait_for(self, condition: Callable[[list[str]], bool], what: str, since: int = 0) -> list[str]:
        for words in self.said[since:]:
            if condition(words):
                return words
        for words, _at in processes.lines(self.proc, time.monotonic() + PATIENCE_S):
            self.said.append(words)
            assert words[0] not in ("BLOCKED", "STALLED", "ERROR"), words
            if condition(words):
                return words
        raise AssertionError(f"no {what}: said {self.said[-8:]}")

    def do(self, *words: object) -> None:
        processes.tell(self.proc, *words)

    def shown(self, cell: str, value: str) -> None:
        """Ask until the table shows `value` in `cell` (another program's write arrives in its own time)."""
        deadline = time.monotonic() + PATIENCE_S
        while time.monotonic() < deadline:
            mark = len(self.said)
            self.do("show", cell)
            words = self.wait_for(lambda w: w[0] == "SHOWN" and w[1] == cell, f"SHOWN {cell}", mark)
            if words[2] == value:
                return
            self.wait_for(lambda w: w[0] in ("CAUGHT", "SAVED"), "a change", len(self.said))
        raise AssertionError(f"{cell} never showed {value}: {self.said[-8:]}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(10)


def stored(url: str, report_id: int, cell: str) -> str:
    with Database.open(url) as db:
        return ReportStore(db).load(report_id).value(cell)


def holding(url: str, report_id: int) -> None:
    """Until a program has announced that it has the report open."""
    deadline = time.monotonic() + PATIENCE_S
    with Database.open(url) as db:
        store = ReportStore(db)
        while not store.holders(report_id):
            assert time.monotonic() < deadline, "the first program never announced the open report"
            time.sleep(0.1)


def waiting_for_the_lock(admin, count: int) -> None:
    """Until `count` programs' writes wait for the report's row (held by the test)."""
    deadline = time.monotonic() + PATIENCE_S
    while time.monotonic() < deadline:
        with admin.connect() as conn:
            found = conn.scalar(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                     "AND wait_event_type = 'Lock'"))
        if found >= count:
            return
        time.sleep(0.1)
    raise AssertionError(f"{count} writes never waited for the lock")


def test_two_programs_type_into_one_report(postgres_url: str) -> None:
    with Database.open(postgres_url) as db:
        rid = ReportStore(db).create(clean_report())
    first = Program(postgres_url, 1)
    second: Program | None = None
    admin = create_engine(postgres_url)
    try:
        first.wait_for(lambda w: w[0] == "READY", "READY")
        holding(postgres_url, rid)
        # The second clerk opens the report the first has open: told so, and opens it all the same.
        second = Program(postgres_url, 2)
        second.wait_for(lambda w: w[0] == "READY", "READY")
        assert ["OPENED_ANYWAY"] in second.said
        # Different cells: both kept, each program shows the other's.
        first.do("type", "t3.new.natural", "111")
        first.wait_for(lambda w: w[0] == "SAVED", "SAVED")
        second.do("type", "t3.new.research", "222")
        second.wait_for(lambda w: w[0] == "SAVED", "SAVED")
        second.shown("t3.new.natural", "111")
        first.shown("t3.new.research", "222")
        assert stored(postgres_url, rid, "t3.new.natural") == "111"
        assert stored(postgres_url, rid, "t3.new.research") == "222"

        # The same cell at the same moment: the test holds the report's row so both writes wait, then lets go.
        with admin.connect() as lock:
            lock.execute(text("SELECT id FROM report WHERE id = :id FOR UPDATE"), {"id": rid})
            first.do("type", "t3.new.commercial", "333")
            waiting_for_the_lock(admin, 1)
            second.do("type", "t3.new.commercial", "444")
            waiting_for_the_lock(admin, 2)
            lock.rollback()
        clashes = []
        deadline = time.monotonic() + PATIENCE_S
        while not clashes and time.monotonic() < deadline:
            for program in (first, second):
                for words, _at in processes.lines(program.proc, time.monotonic() + 0.2):
                    program.said.append(words)
            clashes = [p for p in (first, second) if any(w[0] == "CLASH" for w in p.said)]
        assert len(clashes) == 1, (first.said[-6:], second.said[-6:])
        late = clashes[0]
        early = second if late is first else first
        mine, theirs = ("333", "444") if late is first else ("444", "333")
        assert next(w for w in late.said if w[0] == "CLASH")[1:] == [mine, theirs]
        assert stored(postgres_url, rid, "t3.new.commercial") == theirs  # nothing written over it yet
        late.do("choose", "mine")
        late.wait_for(lambda w: w[0] == "SAVED", "SAVED", [w[0] for w in late.said].index("CLASH"))
        late.shown("t3.new.commercial", mine)
        assert stored(postgres_url, rid, "t3.new.commercial") == mine  # the database holds what the screen shows
        early.shown("t3.new.commercial", mine)  # and the first program shows it, without a restart
        assert stored(postgres_url, rid, "t3.new.natural") == "111"  # nothing else lost
    finally:
        admin.dispose()
        for program in (first, second):
            if program is not None:
                program.stop()
