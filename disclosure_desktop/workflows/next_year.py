"""Next year's report, once for every front end: started from a stored report or the open one, with a warning
when the agency already has a report of that year."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from disclosure_desktop.domain.next_year import next_year_report
from disclosure_desktop.domain.report import Report
from disclosure_desktop.workflows.adding import same_reports

if TYPE_CHECKING:  # the store is handed in: workflows load no database code themselves
    from disclosure_desktop.storage.repository import ReportStore


@dataclass(frozen=True)
class NextYear:
    report: Report  # not stored yet
    exists: bool  # the agency already has a report of that year


def prepare(store: ReportStore, report_id: int | None = None, *, last: Report | None = None) -> NextYear:
    """The following year's report of `last` (the open one) or of the stored report `report_id`."""
    source = last if last is not None else store.load(report_id or 0)
    report = next_year_report(source)
    return NextYear(report, bool(same_reports(store, report)))
