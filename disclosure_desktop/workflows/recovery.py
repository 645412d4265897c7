"""Edits the database refused at a forced end (a log-out while the disk was full): kept as JSON beside the
database, offered at the next start and brought back as reports. On a shared database, the journal of edits
the server has not taken yet (spec §14): on disk within a second, written into the report when it is back."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from disclosure_desktop.domain import jsonio, report_snapshot
from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.merge import catch_up, differences
from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.totals import recompute
from disclosure_desktop.domain.versions import MANUAL
from disclosure_desktop.export.atomic_file import write_atomically
from disclosure_desktop.messages import message

if TYPE_CHECKING:  # the store is handed in: workflows load no database code themselves
    from disclosure_desktop.storage.repository import ReportStore


def recovery_folder(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".recovery")


def write_recovery_copy(db_path: Path, report: Report) -> Path | None:
    """Keep the report as JSON beside the database; None when even that cannot be written."""
    folder = recovery_folder(db_path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"report-{report.id or 'new'}-{stamp}.json"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(path, jsonio.dumps(report).encode("utf-8"))
    except OSError:
        return None
    return path


def recovery_copies(db_path: Path) -> list[Path]:
    folder = recovery_folder(db_path)
    with contextlib.suppress(OSError):
        return sorted(folder.glob("report-*.json"))
    return []


def bring_back(store: ReportStore, copies: list[Path]) -> int:
    """Add each kept copy as a report (titled as it was shown) and mark the copy as taken; returns how many."""
    for path in copies:
        report = jsonio.loads(path.read_text("utf-8"))
        report.id = None
        store.create(replace(report, title=report.title or report.display_title))
        path.rename(path.with_suffix(".imported"))
    return len(copies)


def save_copy(report: Report, path: Path) -> Path:
    """The report as it is on screen, as JSON where the clerk chose (the database would not take it)."""
    path = path if path.suffix.lower() == ".json" else path.with_name(path.name + ".json")
    write_atomically(path, jsonio.dumps(report).encode("utf-8"))
    return path


# --- a shared database's journal ------------------------------------------------------------------------------


def journal_path(db_path: Path, report_id: int) -> Path:
    return recovery_folder(db_path) / f"journal-{report_id}.json"


def _report_doc(report: Report) -> dict[str, object]:
    return {"report": report_snapshot.to_json(report), "revision": report.revision,
            "remarks_fixed": report.remarks_fixed}


def _report_of(doc: dict, report_id: int) -> Report:
    report = report_snapshot.from_json(doc["report"])
    report.id, report.revision = report_id, int(doc["revision"])
    report.remarks_fixed = dict(doc.get("remarks_fixed") or {})
    return report


def write_journal(db_path: Path, base: Report, mine: Report) -> Path | None:
    """Keep the report on screen beside the one it was last stored as (`base`); None when that cannot be
    written either (the clerk is told by the save bar already)."""
    if mine.id is None:
        return None
    path = journal_path(db_path, mine.id)
    data = json.dumps({"id": mine.id, "base": _report_doc(base), "mine": _report_doc(mine)}, ensure_ascii=False)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, data.encode("utf-8"))
    except OSError:
        return None
    return path


def remove_journal(db_path: Path, report_id: int) -> None:
    """Everything of the report is in the database: the journal has nothing left to keep."""
    with contextlib.suppress(OSError):
        journal_path(db_path, report_id).unlink(missing_ok=True)


def journals(db_path: Path) -> list[Path]:
    with contextlib.suppress(OSError):
        return sorted(recovery_folder(db_path).glob("journal-*.json"))
    return []


def read_journal(path: Path) -> tuple[Report, Report]:
    """(the report as last stored, as it was on screen)."""
    doc = json.loads(path.read_text("utf-8"))
    rid = int(doc["id"])
    return _report_of(doc["base"], rid), _report_of(doc["mine"], rid)


def write_back(store: ReportStore, path: Path) -> int:
    """Write a journal's edits into its report (revision-checked); where another clerk changed one of the same
    keys meanwhile, theirs stays and the whole of mine is kept as a version. Returns the report's id."""
    base, mine = read_journal(path)
    rid = int(mine.id or 0)
    if store.revision(rid) is None:  # deleted meanwhile: what was typed comes back as a report of its own
        rid = store.create(replace(mine, id=None, title=mine.title or mine.display_title))
        path.rename(path.with_suffix(".written"))
        return rid
    stored = store.load(rid)
    found = catch_up(base, stored, mine, differences(base, mine))
    merged = copy.deepcopy(stored)
    edits = differences(base, mine)
    for part, key in {(c.part, c.key) for c in found.clashes}:
        edits.parts()[part].pop(key, None)  # theirs stays; mine is in the version below
    edits.apply_to(merged)
    if edits.cells:
        recompute(merged, list(edits.cells))
    changes: Changes = differences(stored, merged)
    if found.clashes:
        store.snapshot(rid, MANUAL, message("sync.journal_as_version"), report=mine)
    if changes:
        store.apply(rid, changes, stored.revision)
    path.rename(path.with_suffix(".written"))
    return rid
