"""A report from elsewhere (an imported file, a reading of the desk, next year's start) added to the database or put
in place of one, once for every front end — apart from the readers (workflows/importing.py), so that the window
and the commands that only add need not load them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from disclosure_desktop.domain import versions as kinds
from disclosure_desktop.domain.changes import replacement
from disclosure_desktop.domain.limits import cleaned_report
from disclosure_desktop.domain.report import Report
from disclosure_desktop.storage.report_summary import ReportSummary

if TYPE_CHECKING:  # the store is handed in: workflows load no database code themselves
    from disclosure_desktop.storage.repository import ReportStore

__all__ = ["add_report", "replace_report", "same_reports"]


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
