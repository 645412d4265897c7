"""Import, once for every front end: a file becomes a report with the explanation of what was recognised, and the
confirmed report is added to the database (spec §10, §11)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from disclosure_desktop.domain import versions as kinds
from disclosure_desktop.domain.changes import replacement
from disclosure_desktop.domain.limits import cleaned_report
from disclosure_desktop.domain.report import Report
from disclosure_desktop.importers import kind_of, read_file
from disclosure_desktop.importers.explain import explanation
from disclosure_desktop.importers.result import ImportResult
from disclosure_desktop.importers.source import Step, quiet
from disclosure_desktop.storage.report_summary import ReportSummary

if TYPE_CHECKING:  # the store is handed in: workflows load no database code themselves
    from disclosure_desktop.storage.repository import ReportStore

__all__ = ["ImportResult", "add_report", "explanation", "kind_of", "read_import", "replace_report", "same_reports"]


def read_import(path: Path, *, text_format: str | None = None, year: int | None = None,
                step: Step | None = None) -> ImportResult:
    """Read `path` (JSON, text, Word, web page, PDF, submission package) into what it holds; `text_format` and
    `year` are for plain text only.

    Nothing is created: the clerk (or `--dry-run`) sees this before the report is added. `step(done, total,
    what)` hears how far the reading has come, from every reader (the window's job raises from it when the clerk
    stops the reading).
    """
    return read_file(Path(path), text_format or "narrative", year, step or quiet)


def report_to_add(result: ImportResult) -> Report:
    """The report as it will be stored: JSON and a submission package's report as they are (the round trip must
    hold), anything read from a published document marked as imported from its file."""
    return result.report if result.kind in ("json", "package") else result.marked_report()


def add_report(store: ReportStore, report: Report, *, require_agency: bool = True) -> int:
    """Store an imported report as a new one, after the limits; returns its id."""
    report = cleaned_report(report, require_agency=require_agency)
    report.id = None
    return store.create(report)


def replace_report(store: ReportStore, report_id: int, report: Report, *, kept_as: str,
                   require_agency: bool = True) -> int:
    """The imported `report` becomes report `report_id`'s working copy; what it replaces is kept first as a version
    named `kept_as` (「导入前」), so nothing is lost and the versions dialog can bring it back. Returns the id."""
    report = cleaned_report(report, require_agency=require_agency)
    current = store.load(report_id)
    store.snapshot(report_id, kinds.MANUAL, kept_as)
    store.apply(report_id, replacement(current, report))
    return report_id


def same_reports(store: ReportStore, report: Report) -> list[ReportSummary]:
    """The reports already there for the same agency and year (not examples): importing again would duplicate."""
    return [s for s in store.list_reports()
            if s.agency == report.agency and s.year == report.year and not s.is_example]
