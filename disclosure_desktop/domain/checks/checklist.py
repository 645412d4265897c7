"""The review as an evaluator scores a report: one line per criterion, whether the report is ready, and the
problems in the order of the report (for "next problem").

Every rule belongs to one criterion; a criterion also says what was found when nothing is wrong (the rate of
repetition, the deadline, how many figures of the text were compared), or why it cannot be told yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from disclosure_desktop.domain.report import Report
from disclosure_desktop.messages import current_language, message
from disclosure_desktop.messages.checks import msg

from .context import Context
from .deadline import Deadline, long_date, publication_deadline
from .labels import format_index
from .narrative import statements
from .problem import Problem
from .repetition import Repetition, measure_repetition, percent

Status = Literal["ok", "error", "warning", "acknowledged", "unknown", "na"]

# (criterion id, the rules it covers), in the order an evaluator goes through a report.
CRITERIA: tuple[tuple[str, frozenset[str]], ...] = (
    ("on_time", frozenset({"LATE"})),
    ("parts", frozenset({"SECTION-MISSING"})),
    ("format", frozenset({"FORMAT-VERSION"})),
    ("identities", frozenset({"T3-ROW-TOTAL", "T3-RESULT-TOTAL", "T3-BALANCE", "T4-TOTAL", "VALUE"})),
    ("blank_cells", frozenset({"BLANK-CELL"})),
    ("text_tables", frozenset({"NARRATIVE-NUMBER"})),
    ("carry_over", frozenset({"CARRY-OVER", "T2-STOCK"})),
    ("fees", frozenset({"FEE-STATEMENT", "FEE-NOTICE"})),
    ("repetition", frozenset({"REPETITION", "COPIED-TEXT"})),
    ("other", frozenset({"TITLE", "PERIOD", "PLACEHOLDER"})),
)

# Criteria whose detail is a measurement worth showing beside their problems.
_MEASURED = frozenset({"on_time", "repetition"})
# The 公开办's remarks (spec §12), listed first while a remarks file is open on the report, whatever rule they name.
REMARKS = "remarks"


def criterion_of(rule: str) -> str:
    """The criterion a rule's problems are listed under (a rule from a future format's data: identities)."""
    for cid, rules in CRITERIA:
        if rule in rules:
            return cid
    return "identities"


@dataclass(frozen=True)
class Criterion:
    id: str
    label: str
    status: Status
    detail: str  # what was found, in the UI language
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class Checklist:
    criteria: tuple[Criterion, ...]
    errors: int
    warnings: int  # warnings that still count
    acknowledged: int
    repetition: Repetition | None

    @property
    def ready(self) -> bool:
        """Ready to publish: no error, and every warning fixed or acknowledged with a reason."""
        return self.errors == 0 and self.warnings == 0


def _status(problems: Sequence[Problem]) -> Status | None:
    if any(p.is_error for p in problems):
        return "error"
    if any(p.counts for p in problems):
        return "warning"
    return "acknowledged" if problems else None


def build_checklist(
    report: Report, previous: Report | None, problems: Iterable[Problem], repetition_threshold: float | None = None,
    published: dt.date | None = None,
) -> Checklist:
    """The evaluator's checklist of `report` given the problems `check_report` found (with the same arguments)
    and the remarks of the 公开办 beside them."""
    found = list(problems)
    ctx = Context(report, previous, repetition_threshold, published)
    previous = ctx.previous
    repetition = measure_repetition(report, previous, ctx.repetition_threshold)
    by_criterion: dict[str, list[Problem]] = {cid: [] for cid, _ in CRITERIA}
    for problem in found:
        if not problem.remark:
            by_criterion[criterion_of(problem.rule)].append(problem)
    criteria = _remarks_criterion(found)
    for cid, _ in CRITERIA:
        mine = by_criterion[cid]
        status, detail = _evaluate(cid, ctx, repetition)
        counted = _status(mine)
        if counted is not None:
            status = counted
            # The date and the rate say what the problem is about; elsewhere the problems below say it.
            measured = cid in _MEASURED and status != "unknown"
            detail = _problem_detail(mine) + (msg("crit.join") + detail if measured else "")
        criteria.append(Criterion(cid, msg(f"crit.{cid}"), status, detail, tuple(mine)))
    errors = sum(p.is_error for p in found)
    warnings = sum(1 for p in found if not p.is_error and p.counts)
    return Checklist(tuple(criteria), errors, warnings, len(found) - errors - warnings, repetition)


def checklist_of_problems(problems: Iterable[Problem]) -> Checklist:
    """The checklist from the problems alone (no report at hand): what needs a measurement cannot be told."""
    found = list(problems)
    criteria = _remarks_criterion(found)
    for cid, _ in CRITERIA:
        mine = tuple(p for p in found if criterion_of(p.rule) == cid and not p.remark)
        status = _status(mine)
        if status is not None:
            detail = _problem_detail(mine)
        elif cid in _MEASURED or cid == "carry_over":
            status, detail = "unknown", "—"
        else:
            status, detail = "ok", ""
        criteria.append(Criterion(cid, msg(f"crit.{cid}"), status, detail, mine))
    errors = sum(p.is_error for p in found)
    warnings = sum(1 for p in found if not p.is_error and p.counts)
    return Checklist(tuple(criteria), errors, warnings, len(found) - errors - warnings, None)


def _remarks_criterion(found: list[Problem]) -> list[Criterion]:
    """The line of the 公开办's remarks, when any are open on the report (none: no line at all)."""
    remarks = tuple(p for p in found if p.remark)
    if not remarks:
        return []
    status = _status(remarks) or "ok"
    fixed = sum(1 for p in remarks if not p.counts)
    detail = message("life.crit.remarks.detail", n=len(remarks), fixed=fixed)
    return [Criterion(REMARKS, message("life.crit.remarks"), status, detail, remarks)]


def _problem_detail(problems: Sequence[Problem]) -> str:
    errors = sum(p.is_error for p in problems)
    warnings = sum(1 for p in problems if not p.is_error and p.counts)
    acknowledged = len(problems) - errors - warnings
    parts = []
    if errors:
        parts.append(msg("crit.n_errors", n=errors))
    if warnings:
        parts.append(msg("crit.n_warnings", n=warnings))
    if acknowledged:
        parts.append(msg("crit.n_acknowledged", n=acknowledged))
    return msg("list.sep").join(parts) + msg("crit.end")


def _evaluate(cid: str, ctx: Context, repetition: Repetition | None) -> tuple[Status, str]:
    """Status and detail of a criterion without problems."""
    report, fmt = ctx.report, ctx.fmt
    if cid == "on_time":
        deadline = publication_deadline(report)
        published = ctx.published
        if deadline.day is None:
            return "unknown", msg("crit.on_time.no_deadline")
        due = msg("crit.on_time.due", deadline=long_date(deadline.day), basis=_who(deadline))
        if published is None:
            return "unknown", msg("crit.on_time.no_date") + due
        return "ok", msg("crit.on_time.ok", published=long_date(published)) + due
    if cid == "parts":
        required = sum(s.required for s in fmt.sections)
        return ("ok", msg("crit.parts.ok", n=len(fmt.sections))) if required else ("na", msg("crit.na"))
    if cid == "format":
        return "ok", msg("crit.format.ok", format=fmt.name_en if current_language() == "en" else fmt.name)
    if cid in ("identities", "blank_cells"):
        return ("ok", msg(f"crit.{cid}.ok")) if fmt.tables else ("na", msg("crit.na"))
    if cid == "text_tables":
        if not fmt.tables:
            return "na", msg("crit.na")
        n = sum(1 for _ in statements(ctx))
        return "ok", msg("crit.text_tables.ok", n=n) if n else msg("crit.text_tables.none")
    if cid == "carry_over":
        if not ctx.settings.carry_over and not ctx.settings.stocks:
            return "na", msg("crit.na")
        if ctx.previous is None:
            return "unknown", msg("crit.no_previous", year=report.year - 1)
        return "ok", msg("crit.carry_over.ok", year=ctx.previous.year)
    if cid == "fees":
        if not fmt.fee_statement_required:
            return "na", msg("crit.na")
        return "ok", msg("crit.fees.ok")
    if cid == "repetition":
        if repetition is None:
            return "unknown", msg("crit.no_previous", year=report.year - 1)
        return "ok", repetition_summary(repetition)
    return "ok", msg("crit.other.ok")


def _who(deadline: Deadline) -> str:
    """Whose deadline it is, short; whether the agency's kind was only guessed (the clerk may change it)."""
    if deadline.local:
        return msg("crit.who.local")
    who = msg(f"crit.who.{deadline.kind}")
    return msg("crit.who.guessed", who=who) if deadline.kind_guessed else who


def repetition_summary(repetition: Repetition) -> str:
    rate = repetition.rate
    return msg(
        "crit.repetition.rate", year=repetition.previous_year,
        rate=percent(rate) if rate is not None else "—", threshold=percent(repetition.threshold),
    )


OrderKey = tuple[int, int, str, str, str]


def report_order_key(problem: Problem, report: Report) -> OrderKey:
    """Where a problem is in the report: its part, then its cell in reading order, then location and rule; a
    remark of the 公开办 right after the program's own problem at the same place."""
    index = format_index(report.format)
    place = index.cells.get(problem.location)
    return (
        index.section_order.get(problem.section_id, len(index.section_order)),
        place.order if place is not None else -1,
        problem.location,
        problem.rule,
        problem.remark,
    )


def in_report_order(problems: Iterable[Problem], report: Report, *, acknowledged: bool = False) -> list[Problem]:
    """The problems as the clerk meets them going through the report; acknowledged ones only when asked for."""
    chosen = [p for p in problems if acknowledged or p.counts]
    return sorted(chosen, key=lambda p: report_order_key(p, report))


def step(
    problems: Iterable[Problem], report: Report, after: OrderKey | None, backwards: bool = False
) -> Problem | None:
    """The next (or previous) problem in report order after the place `after`, wrapping round at the end."""
    ordered = in_report_order(problems, report)
    if not ordered:
        return None
    if backwards:
        ordered.reverse()
    if after is None:
        return ordered[0]
    for problem in ordered:
        key = report_order_key(problem, report)
        if (key < after) if backwards else (key > after):
            return problem
    return ordered[0]
