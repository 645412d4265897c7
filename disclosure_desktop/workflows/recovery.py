"""Edits the database refused at a forced end (a log-out while the disk was full): kept as JSON beside the
database, offered at the next start and brought back as reports."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.report import Report
from disclosure_desktop.export.atomic_file import write_atomically

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
