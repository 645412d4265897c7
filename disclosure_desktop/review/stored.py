"""A review batch kept in the database (spec §13), taken in and reviewed: what the window does when a folder is
dropped on the batch, a doubtful name confirmed, or a unit returned or passed — the same steps as `review`, with
the batch's earlier files, its units' statuses and last year's batch of the same region remembered."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from disclosure_desktop.domain.report import Report
from disclosure_desktop.review.batch import BatchReview, PreviousLookup, review_reports
from disclosure_desktop.review.intake import CancelToken, Intake, Progress, take_in
from disclosure_desktop.review.matching import Assignment, assign
from disclosure_desktop.review.reading import REVIEW_SUFFIXES, ReadReport, RejectedFile
from disclosure_desktop.review.units import Unit
from disclosure_desktop.storage.review_store import (
    DOUBTFUL,
    PREVIOUS,
    REJECTED,
    TAKEN,
    ReviewStore,
    StoredBatch,
    StoredFile,
    StoredUnit,
)


class LastYearReports(Protocol):
    """Where a unit's report of last year is also looked for: the database's reports (the report repository)."""

    def previous_year(self, agency: str, year: int) -> Report | None: ...


def units_of(batch: StoredBatch) -> list[Unit]:
    return [Unit(u.name, u.kind, u.deadline) for u in batch.units]


def stored_units(units: list[Unit]) -> list[StoredUnit]:
    return [StoredUnit(u.name, u.kind, u.deadline) for u in units]


def statuses_of(batch: StoredBatch) -> dict[str, str]:
    """The office's decisions (returned / passed) by unit."""
    return {u.name: u.status for u in batch.units if u.status}


def stored_reads(batch: StoredBatch) -> list[ReadReport]:
    """The reports an earlier intake read, as an intake gives them (their signatures are computed again)."""
    return [ReadReport(f.name, "", f.sha256, f.kind, f.report, f.version, {}, f.intake)
            for f in batch.files if f.report is not None]


def assignment_of(batch: StoredBatch, new: Iterable[ReadReport] = ()) -> Assignment:
    """Every report of the batch (and `new` ones) to its unit; a file once taken for a unit stays that unit's."""
    confirmed = {f.sha256: f.unit or "" for f in batch.files if f.outcome in (TAKEN, PREVIOUS) or
                 (f.outcome == REJECTED and f.report is not None and f.unit == "")}
    out = assign([*stored_reads(batch), *new], units_of(batch), batch.year, confirmed)
    out.rejected = [RejectedFile(f.name, f.reason) for f in batch.files if f.report is None] + out.rejected
    return out


def files_of(intake: Intake, assignment: Assignment) -> list[StoredFile]:
    """What to record of an intake's files: each report with what became of it, each refusal with its reason."""
    taken = {read.sha256: unit for unit, read in assignment.taken.items()}
    previous = {read.sha256: unit for unit, read in assignment.previous.items()}
    doubtful = {d.file.sha256 for d in assignment.doubtful}
    reasons = {r.file: r.reason for r in assignment.rejected}
    out = []
    for read in intake.read:
        if read.sha256 in taken:
            outcome, unit, reason = TAKEN, taken[read.sha256], ""
        elif read.sha256 in previous:
            outcome, unit, reason = PREVIOUS, previous[read.sha256], ""
        elif read.sha256 in doubtful:
            outcome, unit, reason = DOUBTFUL, None, ""
        else:
            outcome, unit, reason = REJECTED, None, reasons.get(read.name, "")
        out.append(StoredFile(read.sha256, read.name, read.kind, outcome, unit, reason, read.version, read.intake,
                              read.report))
    for rejected in intake.rejected:
        out.append(StoredFile(_unread_hash(rejected.file), rejected.file,
                              REVIEW_SUFFIXES.get(Path(rejected.file).suffix.lower(), ""), REJECTED, None,
                              rejected.reason, None, -1, None))
    return out


def _unread_hash(name: str) -> str:
    # A file that could not be read has no digest of its bytes; its name stands in, so it is listed once.
    return "name:" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:59]


def previous_lookup(store: ReviewStore, batch: StoredBatch, reports: LastYearReports | None = None) -> PreviousLookup:
    """Last year's report of a unit: from last year's batch of the same region, else the database's reports."""
    last_batch = store.previous_submissions(batch.region, batch.year - 1)

    def lookup(unit: str, year: int) -> Report | None:
        found = last_batch.get(unit)
        if found is None and reports is not None:
            found = reports.previous_year(unit, year)
        return found

    return lookup


def review_stored(store: ReviewStore, batch_id: int, *, reports: LastYearReports | None = None,
                  repetition_threshold: float | None = None) -> BatchReview:
    """The batch reviewed as stored (after a confirmation, a status change, a new units list)."""
    batch = store.load_batch(batch_id)
    return review_reports(assignment_of(batch), batch.year, region=batch.region, statuses=statuses_of(batch),
                          previous_lookup=previous_lookup(store, batch, reports),
                          repetition_threshold=repetition_threshold)


def take_into_batch(store: ReviewStore, batch_id: int, sources: Iterable[Path], *, progress: Progress | None = None,
                    cancel: CancelToken | None = None, workers: int | None = None,
                    reports: LastYearReports | None = None) -> tuple[Intake, BatchReview]:
    """Take `sources` into a stored batch (files taken before are not read again), record what became of each file,
    and review the batch. Blocking: the window runs it on a worker thread."""
    batch = store.load_batch(batch_id)
    intake = take_in(sources, known=batch.known_hashes, progress=progress, cancel=cancel, workers=workers,
                     intake=batch.next_intake)
    assignment = assignment_of(batch, intake.read)
    store.record_files(batch_id, files_of(intake, assignment))
    # The files this intake could not read are listed with the rest, as a review of the stored batch lists them.
    assignment.rejected = assignment.rejected + intake.rejected
    review = review_reports(assignment, batch.year, region=batch.region, statuses=statuses_of(batch),
                            previous_lookup=previous_lookup(store, batch, reports))
    review.duplicates, review.cancelled = intake.duplicates, intake.cancelled
    return intake, review
