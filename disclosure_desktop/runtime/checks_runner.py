"""Live checks: the rules of spec §5 run again after each change to the open report (when the after-edit pass
says so), and what the window shows of them: markers per cell, counts per page, where a problem is repaired.

The engine is pure and fast (well under a millisecond), so it runs on the GUI thread; only last year's report,
which the carry-over and copied-text rules compare against, comes from the database thread, once per report.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal

from disclosure_desktop import options
from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.checks.problem import AGENCY, FORMAT, PUBLISHED, REPORT, TITLE
from disclosure_desktop.domain.edit_session import Edit, EditSession
from disclosure_desktop.domain.formats import CLOSING, PREAMBLE
from disclosure_desktop.domain.life import RemarkItem
from disclosure_desktop.domain.remarks import remark_problems
from disclosure_desktop.domain.report import Report
from disclosure_desktop.runtime.store_thread import StoreThread

START_PAGE = "start"
REVIEW_PAGE = "review"
# Locations about the report as a whole: the clerk sets them on the first page.
_START_SECTIONS = frozenset({AGENCY, TITLE, FORMAT, PUBLISHED, ""})


def page_key(problem: Problem) -> str:
    """The wizard page where the clerk repairs `problem`."""
    section = problem.section_id
    if section in _START_SECTIONS:
        return START_PAGE
    if section == REPORT:  # a remark about the whole report: the review page lists it
        return REVIEW_PAGE
    if section in (PREAMBLE, CLOSING):
        return section
    return f"section:{section}"


def target_cell(problem: Problem) -> str:
    """The cell the cursor goes to for a problem about cells ("" for a problem about text)."""
    if not problem.cell_ids:
        return ""
    return problem.location if problem.location in problem.cell_ids else problem.cell_ids[0]


def markers(problems: list[Problem]) -> dict[str, tuple[str, str]]:
    """{cell id: (severity, tooltip)}: an error on a cell wins over warnings; several messages are joined."""
    found: dict[str, tuple[str, list[str]]] = {}
    for problem in problems:
        if not problem.counts:  # an acknowledged warning no longer marks its cells
            continue
        for cid in problem.cell_ids:
            severity, messages = found.get(cid, (problem.severity, []))
            if problem.is_error and severity != "error":
                severity, messages = "error", []
            elif not problem.is_error and severity == "error":
                continue
            if problem.message not in messages:
                messages.append(problem.message)
            found[cid] = (severity, messages)
    return {cid: (severity, "\n".join(messages)) for cid, (severity, messages) in found.items()}


def counts(problems: list[Problem]) -> dict[str, tuple[int, int]]:
    """{page key: (errors, warnings that still count)}."""
    errors = Counter(page_key(p) for p in problems if p.is_error)
    warnings = Counter(page_key(p) for p in problems if not p.is_error and p.counts)
    return {key: (errors[key], warnings[key]) for key in set(errors) | set(warnings)}


class ChecksRunner(QObject):
    """Owns the current list of problems of the open report and says when it changed."""

    updated = Signal(list)  # list[Problem], in the engine's order (errors first)
    previous_loaded = Signal(object)  # last year's Report, or None: looked up (again) on the database thread

    def __init__(self, edits: EditSession, store: StoreThread | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._edits = edits
        self._store = store
        self.previous: Report | None = None
        self.problems: list[Problem] = []
        # The report's life (runtime.life_watch): the publication recorded (LATE goes by it) and the 公开办's
        # remarks still on the report, each listed beside the program's own problems until marked 已整改.
        self.published: dt.date | None = None
        self.remarks: tuple[RemarkItem, ...] = ()
        self._stopped = False
        self._request = 0
        self._served = 0  # the last look-up of last year's report that came back
        self._unsubscribe = edits.subscribe(self._changed)
        self._load_previous()

    @property
    def report(self) -> Report:
        return self._edits.report

    @property
    def looked_up(self) -> bool:
        """Whether last year's report of the report's agency and year has come back (and the checks ran with it)."""
        return self._served == self._request

    def stop(self) -> None:
        """The report is closed: no more checks, and a late answer from the database is dropped."""
        self._stopped = True
        self._unsubscribe()

    def _load_previous(self) -> None:
        self._request += 1
        request = self._request
        if self._store is None:  # a report not stored (a page tried on its own): no last year to look up
            return
        agency, year = self.report.agency, self.report.year
        # A database error only means the history rules stay silent; saving reports its own errors.
        self._store.run(lambda store: store.previous_year(agency, year),
                        lambda result: self._previous_loaded(request, result),
                        lambda _error, _what: self._previous_loaded(request, None),
                        what="last year's report")

    def _previous_loaded(self, request: int, result: Any) -> None:
        if self._stopped or request != self._request:
            return
        self._served = request
        self.previous = result if isinstance(result, Report) else None
        self.previous_loaded.emit(self.previous)
        self.run_now()

    def _changed(self, edit: Edit) -> None:
        if not self._stopped and (edit.kind == "load" or {"agency", "year"} & set(edit.changes.fields)):
            self._load_previous()  # another agency or year has another "last year"

    def _previous_for_now(self) -> Report | None:
        # While last year's report of a new agency or year is being looked up, the old one must not be used.
        previous, report = self.previous, self.report
        if previous is None or previous.agency != report.agency or previous.year != report.year - 1:
            return None
        return previous

    def set_life(self, published: dt.date | None, remarks: Iterable[RemarkItem]) -> None:
        self.published, self.remarks = published, tuple(remarks)
        self.run_now()

    def run_now(self) -> None:
        if self._stopped:
            return
        report = self.report
        # The clerk's threshold (settings); the review page's checklist must be given the same one.
        self.problems = check_report(report, self._previous_for_now(),
                                     repetition_threshold=options.repetition_threshold(), published=self.published)
        if self.remarks:
            self.problems += remark_problems(self.remarks, report, report.remarks_fixed)
        self.updated.emit(self.problems)
