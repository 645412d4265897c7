"""Many programs writing at once, on a SQLite file and on a PostgreSQL server: twenty each on its own report and
ten on one shared report, for DISCLOSURE_CONCURRENCY_SECONDS (10 s here, a minute in CI). No update is lost, every
refused write was reported to its writer as a conflict, and every saved write has its audit entry."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.report import Cell, CellSource, Report
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.scheduling import HEAVY

pytestmark = HEAVY  # apart from the other heavy tests (tests/helpers/scheduling.py)

ROOT = Path(__file__).resolve().parents[2]
FULL = ROOT / "tests" / "fixtures" / "full_report_2021.json"
SECONDS = float(os.environ.get("DISCLOSURE_CONCURRENCY_SECONDS", "10"))
COUNTER = "t3.new.natural"


def number(report: Report, cell_id: str) -> int:
    cell = report.cells.get(cell_id)
    return int(cell.value) if cell is not None else 0


def writers(target: str | Path, jobs: list[tuple[int, str]]) -> list[dict[str, int]]:
    """Run one writer process per (report, own cell), started together; what each counted."""
    started = [
        subprocess.Popen([sys.executable, "-m", "tests.helpers.store_writer", str(target), str(rid), cell,
                          str(SECONDS)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for rid, cell in jobs
    ]
    try:
        for process in started:  # each has opened the database: now they all begin at once
            line = process.stdout.readline()  # type: ignore[union-attr]
            assert line.strip() == "ready", process.stderr.read()  # type: ignore[union-attr]
        for process in started:
            process.stdin.write("go\n")  # type: ignore[union-attr]
            process.stdin.flush()  # type: ignore[union-attr]
        results = []
        for process in started:
            out, err = process.communicate(timeout=SECONDS + 300)
            assert process.returncode == 0, err[-2000:]
            results.append(json.loads(out.strip().splitlines()[-1]))
        return results
    finally:
        for process in started:
            if process.poll() is None:
                process.kill()
                process.wait()


@pytest.mark.slow
def test_twenty_own_reports_and_ten_on_one_lose_no_update_and_report_every_conflict(database_target: str | Path
                                                                                     ) -> None:
    report = jsonio.loads(FULL.read_text("utf-8"))
    report.cells[COUNTER] = Cell("0", CellSource.TYPED)
    cells = sorted(c for c in report.cells if c.startswith("t3.") and c != COUNTER)[:20]  # whole numbers
    with Database.open(database_target) as db:
        store = ReportStore(db)
        shared = store.create(report)
        own = [store.create(report) for _ in range(20)]
        start = {rid: store.load(rid) for rid in [shared, *own]}
    jobs = [(rid, cells[n]) for n, rid in enumerate(own)] + [(shared, cells[n]) for n in range(10)]
    results = writers(database_target, jobs)

    for counted in results:  # every attempt came to exactly one of these, and was told which
        assert counted["attempts"] == counted["saved"] + counted["conflicts"] + counted["busy"] > 0
    alone, together = results[:20], results[20:]
    with Database.open(database_target) as db:
        store = ReportStore(db)
        for (rid, cell), counted in zip(jobs[:20], alone, strict=True):
            final = store.load(rid)
            assert counted["conflicts"] == 0  # nobody else wrote it
            assert number(final, COUNTER) == counted["saved"] == final.revision - start[rid].revision
            assert number(final, cell) == number(start[rid], cell) + counted["saved"]
            assert sum(e.action == "edit" for e in store.audit(rid)) == counted["saved"]
        final = store.load(shared)
        saved = sum(c["saved"] for c in together)
        # No lost update: every saved increment is in the counter, and each writer's own cell holds its own.
        assert number(final, COUNTER) == saved == final.revision - start[shared].revision
        for (_rid, cell), counted in zip(jobs[20:], together, strict=True):
            assert number(final, cell) == number(start[shared], cell) + counted["saved"]
        entries = [e for e in store.audit(shared) if e.action == "edit"]
        assert len(entries) == saved and len({e.revision for e in entries}) == saved
        assert sorted(e.user_name for e in entries) == sorted(
            cell for (_rid, cell), c in zip(jobs[20:], together, strict=True) for _ in range(c["saved"]))
    conflicts = sum(c["conflicts"] for c in together)
    assert conflicts > 0, together  # ten writers on one report did collide, and were told each time
    print(f"\n{database_target}: {SECONDS:.0f} s, alone {sum(c['saved'] for c in alone)} saved; "
          f"together {saved} saved, {conflicts} conflicts, {sum(c['busy'] for c in results)} busy")
