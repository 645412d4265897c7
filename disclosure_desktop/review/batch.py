"""The review of a batch (spec §13): each expected unit's report checked as an evaluator scores it — on time, every
part, every identity, text against tables, repetition from its own last year, 雷同 with the other units — with the
units not heard from, the files not taken and the roll-up; and the `review --json` document of it.

`review_folder` is the whole run the command line makes; the window runs `take_in` (on a thread, with progress and
Cancel), `assign` and `review_reports` itself so that it can ask about doubtful matches in between.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any

from disclosure_desktop.domain.agency import META_DEADLINE, META_KIND
from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.domain.checks.checklist import Checklist, build_checklist
from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.report import Report
from disclosure_desktop.messages import message
from disclosure_desktop.review.intake import CancelToken, DuplicateFile, Progress, take_in
from disclosure_desktop.review.matching import Assignment, Doubtful, assign
from disclosure_desktop.review.reading import ReadReport, RejectedFile
from disclosure_desktop.review.rollup import Rollup, roll_up
from disclosure_desktop.review.similarity import Similar, highest_similarity
from disclosure_desktop.review.units import Unit

MISSING, RECEIVED, RETURNED, PASSED = STATUSES = ("missing", "received", "returned", "passed")
# As spec §13 writes them (and `--json` states them, whatever the UI language).
STATUS_NAMES = {MISSING: "未报送", RECEIVED: "已收到", RETURNED: "退回修改", PASSED: "已通过"}
# (unit, this year) → the unit's report of the year before, from wherever the caller keeps reports.
PreviousLookup = Callable[[str, int], Report | None]


@dataclass(frozen=True)
class UnitReview:
    """One row of the summary: a unit, what it sent and what the checks found. What is derived from the problems
    is worked out once a row (a table of 300 units asks for each many times)."""

    unit: Unit
    status: str
    read: ReadReport | None = None
    report: Report | None = None  # as received, with the units list's kind and deadline applied
    previous: Report | None = None
    previous_source: str | None = None  # the file (or "database") last year's report came from
    problems: tuple[Problem, ...] = ()
    checklist: Checklist | None = None
    similar: Similar | None = None

    @property
    def name(self) -> str:
        return self.unit.name

    @property
    def file(self) -> str | None:
        return self.read.name if self.read else None

    @property
    def published_on(self) -> dt.date | None:
        return self.report.published_on() if self.report else None

    @cached_property
    def counted(self) -> tuple[Problem, ...]:
        """Errors, and warnings not acknowledged by the unit: what the review holds against the report."""
        return tuple(p for p in self.problems if p.counts)

    @cached_property
    def errors(self) -> int:
        return sum(p.is_error for p in self.problems)

    @cached_property
    def warnings(self) -> int:
        return sum(1 for p in self.counted if not p.is_error)

    @cached_property
    def rules(self) -> list[str]:
        return list(dict.fromkeys(p.rule for p in self.counted))

    @cached_property
    def late(self) -> bool:
        return "LATE" in self.rules

    @cached_property
    def repetition(self) -> float | None:
        found = self.checklist.repetition if self.checklist else None
        return found.rate if found else None

    @cached_property
    def has_problems(self) -> bool:
        """What the summary's 只看有问题的 keeps: not received, any error or warning, or 雷同 with another unit."""
        return self.status == MISSING or bool(self.counted) or self.similar is not None

    def criterion(self, cid: str) -> str | None:
        """The checklist status of criterion `cid` (ok, error, warning …); None for a unit not received."""
        if self.checklist is None:
            return None
        return next((c.status for c in self.checklist.criteria if c.id == cid), None)


@dataclass
class BatchReview:
    year: int
    region: str = ""
    units: list[UnitReview] = field(default_factory=list)
    rejected: list[RejectedFile] = field(default_factory=list)
    duplicates: list[DuplicateFile] = field(default_factory=list)
    doubtful: list[Doubtful] = field(default_factory=list)
    rollup: Rollup | None = None
    cancelled: bool = False

    @property
    def missing(self) -> list[str]:
        return [u.name for u in self.units if u.status == MISSING]

    @property
    def exit_status(self) -> int:
        """0 every unit received and no error; 1 some unit missing or with errors (spec §13)."""
        return 1 if any(u.status == MISSING or u.errors for u in self.units) else 0

    def row(self, name: str) -> UnitReview:
        return next(u for u in self.units if u.name == name)

    def not_taken(self) -> list[RejectedFile]:
        """Every file not taken, with its reason: the rejected ones and those waiting for a person to confirm."""
        waiting = [RejectedFile(d.file.name, message("review.doubtful", agency=d.file.report.agency,
                                                     unit="、".join(d.candidates[:3]))) for d in self.doubtful]
        return self.rejected + waiting


def with_unit_facts(report: Report, unit: Unit) -> Report:
    """The report as the units list describes its unit: the list's kind and deadline over what the report says."""
    meta = dict(report.meta)
    if unit.kind:
        meta[META_KIND] = unit.kind
    if unit.deadline is not None:
        meta[META_DEADLINE] = unit.deadline.isoformat()
    return replace(report, meta=meta) if meta != report.meta else report


def review_reports(assignment: Assignment, year: int, *, region: str = "",
                   previous_lookup: PreviousLookup | None = None, statuses: Mapping[str, str] | None = None,
                   repetition_threshold: float | None = None,
                   rollup_units: list[str] | None = None) -> BatchReview:
    """Check every unit's report of `assignment`, find 雷同 across units, and roll the tables up."""
    statuses = statuses or {}
    received: dict[str, Report] = {}
    for unit in assignment.units:
        read = assignment.taken.get(unit.name)
        if read is not None:
            received[unit.name] = with_unit_facts(read.report, unit)
    signed = {name: assignment.taken[name].fingerprints for name in received if assignment.taken[name].fingerprints}
    similar = highest_similarity(received, signed)
    out = BatchReview(year, region, rejected=list(assignment.rejected), doubtful=list(assignment.doubtful))
    for unit in assignment.units:
        report = received.get(unit.name)
        if report is None:
            out.units.append(UnitReview(unit, MISSING))
            continue
        previous, source = _previous(assignment, unit, report, previous_lookup)
        problems = check_report(report, previous, repetition_threshold=repetition_threshold)
        checklist = build_checklist(report, previous, problems, repetition_threshold)
        status = statuses.get(unit.name, RECEIVED)
        out.units.append(UnitReview(unit, status if status != MISSING else RECEIVED, assignment.taken[unit.name],
                                    report, previous, source, tuple(problems), checklist, similar.get(unit.name)))
    out.rollup = roll_up(received, year, region, rollup_units)
    return out


def _previous(assignment: Assignment, unit: Unit, report: Report,
              lookup: PreviousLookup | None) -> tuple[Report | None, str | None]:
    found = assignment.previous.get(unit.name)
    if found is not None:
        return found.report, found.name
    if lookup is not None:
        stored = lookup(unit.name, report.year)
        if stored is not None:
            return stored, message("review.previous_from_database")
    return None, None


def review_folder(sources: Iterable[Path], year: int, units: list[Unit] | None = None, *, region: str = "",
                  progress: Progress | None = None, cancel: CancelToken | None = None, workers: int | None = None,
                  previous_lookup: PreviousLookup | None = None, ignore: Iterable[Path] = ()) -> BatchReview:
    """Take in `sources` and review them in one go (the command line's `review`)."""
    intake = take_in(sources, progress=progress, cancel=cancel, workers=workers, ignore=ignore)
    assignment = assign(intake.read, units, year)
    assignment.rejected = intake.rejected + assignment.rejected
    result = review_reports(assignment, year, region=region, previous_lookup=previous_lookup)
    result.duplicates = intake.duplicates
    result.cancelled = intake.cancelled
    return result


# --- `review --json` (spec §13) -----------------------------------------------------------------------------------


def problem_json(p: Problem) -> dict[str, Any]:
    """A problem as `check --json` states it (spec §5)."""
    return {"severity": p.severity, "rule": p.rule, "location": p.location, "cells": list(p.cell_ids),
            "section": p.section_id, "message": p.message, "acknowledged": p.acknowledged}


def _number(value: int | Decimal) -> int | float:
    return value if isinstance(value, int) else (int(value) if value == value.to_integral_value() else float(value))


def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def batch_json(review: BatchReview) -> dict[str, Any]:
    """The document `review --json` prints; `duplicates` (files taken once) is added to the spec's keys."""
    units = [{
        "unit": u.name, "status": STATUS_NAMES[u.status], "file": u.file, "late": u.late, "errors": u.errors,
        "warnings": u.warnings, "rules": u.rules,
        "similar_to": {"unit": u.similar.unit, "rate": _rate(u.similar.rate)} if u.similar else None,
        "repetition": _rate(u.repetition),
    } for u in review.units]
    rollup = review.rollup
    return {
        "year": review.year,
        "units": units,
        "missing": review.missing,
        "rejected_files": [{"file": r.file, "reason": r.reason} for r in review.not_taken()],
        "rollup": {
            "cells": {cid: _number(v) for cid, v in rollup.cells.items()} if rollup else {},
            "blank_in": dict(rollup.blank_in) if rollup else {},
            "problems": [problem_json(p) for p in rollup.problems] if rollup else [],
        },
        "duplicates": [{"file": d.file, "same_as": d.same_as} for d in review.duplicates],
    }
