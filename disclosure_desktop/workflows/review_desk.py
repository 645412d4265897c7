"""The 公开办's desk as operations every front end calls (spec §13): a review batch created from its units list,
files taken into it, doubtful names confirmed, a unit returned or passed with its §12 remarks file written, the
summary, the 问题明细清单 and the roll-up written out, and the 本级 report started from the roll-up.

Blocking, no Qt: the window runs each on its database thread or, when it reads files or checks a whole batch, on
a job of its own (runtime/jobs.py) — the review store is safe for a worker thread beside the database thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from disclosure_desktop.charts.data import Chart, rollup_charts
from disclosure_desktop.export.atomic_file import write_atomically
from disclosure_desktop.export.issue_list_pdf import write_issue_lists_pdf
from disclosure_desktop.messages import ReportDataError, os_error_text
from disclosure_desktop.review.batch import MISSING, PASSED, RECEIVED, RETURNED, BatchReview, UnitReview
from disclosure_desktop.review.intake import CancelToken, Intake, Progress
from disclosure_desktop.review.issues import VERDICTS, IssueList, issue_list, remarks_json
from disclosure_desktop.review.rollup import Rollup, roll_up
from disclosure_desktop.review.summary_export import write_summary
from disclosure_desktop.review.units import Unit
from disclosure_desktop.workflows.adding import add_report, same_reports

if TYPE_CHECKING:  # the stores are handed in: workflows load no database code at their top
    from disclosure_desktop.storage.repository import ReportStore
    from disclosure_desktop.storage.review_store import BatchInfo, ReviewStore, StoredRemark

SUMMARY_SUFFIXES = (".xlsx", ".csv")
ISSUE_LIST_SUFFIXES = (".pdf", ".docx")
DECISIONS = (RETURNED, PASSED)
MIN_YEAR, MAX_YEAR = 1990, 2100


def desk_store(reports: ReportStore) -> ReviewStore:
    """The review batches of the database `reports` is open on."""
    from disclosure_desktop.storage.review_store import ReviewStore

    return ReviewStore(reports.db)


def batches(reports: ReportStore) -> list[BatchInfo]:
    """Every batch, the latest year first."""
    return desk_store(reports).batches()


def create_batch(reports: ReportStore, region: str, year: int, units: Sequence[Unit]) -> int:
    """A new batch of `region` for `year` expecting `units`; its id."""
    from disclosure_desktop.review.stored import stored_units

    if not region.strip():
        raise ReportDataError("desk.no_region")
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ReportDataError("desk.bad_year", year=year)
    if not units:
        raise ReportDataError("desk.no_units")
    return desk_store(reports).create_batch(region, year, stored_units(list(units)))


def delete_batch(reports: ReportStore, batch_id: int) -> None:
    desk_store(reports).delete_batch(batch_id)


def take_in(reports: ReportStore, batch_id: int, sources: Iterable[Path], *, progress: Progress | None = None,
            cancel: CancelToken | None = None, workers: int | None = None) -> tuple[Intake, BatchReview]:
    """Read `sources` (folders and files) into the batch — files taken before are not read again — record what
    became of each, and review the whole batch; last year's reports come from last year's batch or the database."""
    from disclosure_desktop.review.stored import take_into_batch

    return take_into_batch(desk_store(reports), batch_id, list(sources), progress=progress, cancel=cancel,
                           workers=workers, reports=reports)


def reviewed(reports: ReportStore, batch_id: int) -> BatchReview:
    """The batch as stored, checked again (opening it, after a confirmation)."""
    from disclosure_desktop.review.stored import review_stored

    return review_stored(desk_store(reports), batch_id, reports=reports)


def confirm(reports: ReportStore, batch_id: int, answers: Mapping[str, str | None]) -> BatchReview:
    """A person's answers for doubtful files (SHA-256 → the unit it is from, None: not on the list); the batch
    reviewed again."""
    desk = desk_store(reports)
    for sha256, unit in answers.items():
        desk.confirm(batch_id, sha256, unit)
    return reviewed(reports, batch_id)


@dataclass(frozen=True)
class Decision:
    """What `decide` did: the unit's new status, the remarks file written and the list it states."""

    unit: str
    status: str
    path: Path
    issues: IssueList
    issue_list_path: Path | None = None


def decide(reports: ReportStore, batch_id: int, row: UnitReview, status: str, path: Path, *, region: str = "",
           reviewer: str = "", date: dt.date | None = None, remarks: tuple[str, ...] = (),
           issue_list_path: Path | None = None) -> Decision:
    """退回修改 or 已通过: the §12 remarks file written at `path` (and the 问题明细清单 as PDF or Word at
    `issue_list_path`), then the unit's status and the remarks kept with the batch. Files first: a status is never
    recorded for a file that could not be written."""
    if status not in DECISIONS:
        raise ValueError(status)
    if row.status == MISSING or row.report is None:
        raise ReportDataError("desk.not_received", unit=row.name)
    issues = issue_list(row, region=region, reviewer=reviewer, date=date, verdict=VERDICTS[status],
                        remarks=remarks)
    text = remarks_json(row, issues)
    _write(Path(path), text.encode("utf-8"))
    if issue_list_path is not None:
        write_issue_lists([issues], issue_list_path)
    desk_store(reports).set_status(batch_id, row.name, status, remarks=text, verdict=issues.verdict,
                                   path=str(path))
    return Decision(row.name, status, Path(path), issues, issue_list_path)


def undo_decision(reports: ReportStore, batch_id: int, unit: str) -> None:
    """The unit back to 已收到 (the remarks written stay in the batch's record)."""
    desk_store(reports).set_status(batch_id, unit, "")


def remarks_sent(reports: ReportStore, batch_id: int, unit: str) -> list[StoredRemark]:
    return desk_store(reports).remarks(batch_id, unit)


def with_status(review: BatchReview, unit: str, status: str) -> BatchReview:
    """The review with one unit's status changed (what the database now holds), nothing checked again."""
    units = [replace(u, status=status or RECEIVED) if u.name == unit else u for u in review.units]
    return replace(review, units=units)


def issue_lists(rows: Iterable[UnitReview], *, region: str = "", reviewer: str = "", date: dt.date | None = None,
                remarks: Mapping[str, tuple[str, ...]] | None = None) -> list[IssueList]:
    """One list a received unit of `rows` (a unit not received has no report to list findings of)."""
    remarks = remarks or {}
    return [issue_list(row, region=region, reviewer=reviewer, date=date, remarks=remarks.get(row.name, ()))
            for row in rows if row.status != MISSING and row.report is not None]


def write_issue_lists(lists: Sequence[IssueList], path: Path) -> Path:
    """The lists, each unit starting a page, as PDF or Word by the suffix of `path`."""
    path = Path(path)
    suffix = _suffix(path, ISSUE_LIST_SUFFIXES)
    if not lists:
        raise ReportDataError("desk.nothing_to_list")
    try:
        if suffix == ".pdf":
            write_issue_lists_pdf(lists, path)
        else:
            # python-docx loads only when a Word file is written (deferred.py).
            from disclosure_desktop.export.issue_list_docx import write_issue_lists_docx

            write_issue_lists_docx(lists, path)
    except OSError as error:
        raise ReportDataError("cli.file_unwritable", path=path, detail=os_error_text(error)) from None
    return path


def rollup_of(review: BatchReview, subset: Sequence[str] | None = None) -> Rollup:
    """Tables 二/三/四 summed over the units received, or over `subset` of them."""
    received = {u.name: u.report for u in review.units if u.report is not None and u.status != MISSING}
    return roll_up(received, review.year, review.region, list(subset) if subset is not None else None)


def export_summary(review: BatchReview, path: Path, rollup: Rollup | None = None) -> list[Path]:
    """The summary with the roll-up (`rollup`: a chosen subset's, else the batch's) as .xlsx, or as two CSV files;
    the files written."""
    path = Path(path)
    _suffix(path, SUMMARY_SUFFIXES)
    try:
        return write_summary(replace(review, rollup=rollup) if rollup is not None else review, path)
    except OSError as error:
        raise ReportDataError("cli.file_unwritable", path=path, detail=os_error_text(error)) from None


def rollup_charts_of(reports: ReportStore | None, review: BatchReview, rollup: Rollup) -> tuple[Chart, ...]:
    """The 图解 of the roll-up: the sums' charts (against last year's batch of the region when there is one) and
    the units ranked."""
    if not rollup.units:
        return ()
    units = [(u.name, u.report) for u in review.units if u.name in set(rollup.units) and u.report is not None]
    previous = None
    if reports is not None:
        last_year = desk_store(reports).previous_submissions(review.region, review.year - 1)
        if last_year:
            previous = roll_up(last_year, review.year - 1, review.region).summed_report(review.region)
    return rollup_charts(rollup.summed_report(review.region), units, previous)


def start_local_report(reports: ReportStore, rollup: Rollup, agency: str) -> int:
    """The 本级 report of `agency` started from the roll-up's sums (cells marked imported); its id."""
    if not rollup.units:
        raise ReportDataError("desk.nothing_summed")
    report = rollup.summed_report(agency.strip())
    there = same_reports(reports, report)
    if there:
        raise ReportDataError("desk.local_report_exists", agency=report.agency, year=report.year, id=there[0].id)
    return add_report(reports, report)


def _suffix(path: Path, known: tuple[str, ...]) -> str:
    suffix = path.suffix.lower()
    if suffix not in known:
        raise ReportDataError("desk.bad_suffix", known="、".join(known), path=path)
    return suffix


def _write(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data)
    except OSError as error:
        raise ReportDataError("cli.file_unwritable", path=path, detail=os_error_text(error)) from None
