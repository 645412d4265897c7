"""A program that writes one report as fast as it can, as a clerk's autosave would, for the concurrency tests:
`python -m tests.helpers.store_writer TARGET REPORT_ID CELL SECONDS`.

It prints `ready`, waits for a line on standard input (so that every writer starts together), then for SECONDS
reads the report and writes back the shared counter (t3.new.natural) plus one and its own CELL plus one, guarded by
the revision it read. It counts what each attempt came to and prints them as one JSON line.
"""

from __future__ import annotations

import json
import sys
import time

from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.report import Cell, CellSource, Report
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.errors import StorageError
from disclosure_desktop.storage.repository import ReportChangedElsewhere, ReportStore

COUNTER = "t3.new.natural"


def number(report: Report, cell_id: str) -> int:
    cell = report.cells.get(cell_id)
    return int(cell.value) if cell is not None else 0


def main(target: str, report_id: int, own_cell: str, seconds: float) -> dict[str, int]:
    counts = {"attempts": 0, "saved": 0, "conflicts": 0, "busy": 0}
    with Database.open(target) as db:
        store = ReportStore(db, user_name=own_cell)
        print("ready", flush=True)
        sys.stdin.readline()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            report = store.load(report_id)
            changes = Changes(cells={
                COUNTER: Cell(str(number(report, COUNTER) + 1), CellSource.TYPED),
                own_cell: Cell(str(number(report, own_cell) + 1), CellSource.TYPED),
            })
            counts["attempts"] += 1
            try:
                store.apply(report_id, changes, expected_revision=report.revision)
                counts["saved"] += 1
            except ReportChangedElsewhere:
                counts["conflicts"] += 1
            except StorageError as error:
                if error.key != "db.busy":
                    raise
                counts["busy"] += 1
    return counts


if __name__ == "__main__":
    found = main(sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4]))
    print(json.dumps(found), flush=True)
