"""The journal of edits a shared database's server has not taken yet (workflows/recovery.py): written beside the
data folder, and written back into the report later, revision-checked — a field another clerk changed since keeps
theirs, and then the journal's whole report is kept as a version. Run on a file: the workflow takes any store."""

from __future__ import annotations

import copy
from pathlib import Path

from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.report import Cell, CellSource
from disclosure_desktop.domain.versions import MANUAL
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from disclosure_desktop.workflows.recovery import journals, read_journal, write_back, write_journal
from tests.helpers.reports import clean_report


def typed(value: str) -> Cell:
    return Cell(value, CellSource.TYPED)


def test_a_journal_keeps_both_states_exactly(tmp_path: Path) -> None:
    base = clean_report()
    base.id, base.revision = 7, 3
    mine = copy.deepcopy(base)
    mine.cells["t3.new.natural"] = typed("55")
    mine.remarks_fixed["r1"] = "2026-02-01"
    path = write_journal(tmp_path / "shared" / "srv", base, mine)
    assert path is not None and journals(tmp_path / "shared" / "srv") == [path]
    read_base, read_mine = read_journal(path)
    assert (read_base.id, read_base.revision, read_mine.revision) == (7, 3, 3)
    assert read_mine.cells == mine.cells and read_mine.remarks_fixed == {"r1": "2026-02-01"}
    assert read_base.cells == base.cells


def _journal_of_a_typed_cell(store: ReportStore, local: Path) -> tuple[int, Path]:
    """A new report, and the journal of 55 typed into 一、本年新收 自然人 that the server has not taken yet."""
    rid = store.create(clean_report())
    base = store.load(rid)
    mine = copy.deepcopy(base)
    mine.cells["t3.new.natural"] = typed("55")
    journal = write_journal(local, base, mine)
    assert journal is not None
    return rid, journal


def test_written_back_over_the_same_revision_and_over_another_clerks_write(tmp_path: Path) -> None:
    local = tmp_path / "shared" / "srv"
    with Database.open(tmp_path / "reports.sqlite") as db:
        store = ReportStore(db)
        rid, journal = _journal_of_a_typed_cell(store, local)
        write_back(store, journal)
        assert store.load(rid).value("t3.new.natural") == "55" and journals(local) == []

        base = store.load(rid)
        mine = copy.deepcopy(base)
        mine.cells["t3.new.research"] = typed("66")  # mine alone
        mine.cells["t3.new.commercial"] = typed("77")  # both: theirs stays
        journal = write_journal(local, base, mine)
        store.apply(rid, Changes(cells={"t3.new.commercial": typed("88"), "t3.new.legal": typed("9")}),
                    base.revision)
        write_back(store, journal)
        now = store.load(rid)
        assert [now.value(c) for c in ("t3.new.research", "t3.new.commercial", "t3.new.legal")] == ["66", "88", "9"]
        parts = [int(now.value(c) or 0) for c in now.format.cells if c.startswith("t3.new.") and c != "t3.new.total"]
        assert int(now.value("t3.new.total")) == sum(parts)
        kept = [v for v in store.versions(rid) if v.kind == MANUAL]
        assert len(kept) == 1 and store.load_version(kept[0].id).value("t3.new.commercial") == "77"
        assert journals(local) == []


def test_a_report_deleted_meanwhile_comes_back_as_a_report_of_its_own(tmp_path: Path) -> None:
    local = tmp_path / "shared" / "srv"
    with Database.open(tmp_path / "reports.sqlite") as db:
        store = ReportStore(db)
        rid, journal = _journal_of_a_typed_cell(store, local)
        store.delete(rid)
        new_id = write_back(store, journal)
        assert new_id != rid and store.load(new_id).value("t3.new.natural") == "55"
