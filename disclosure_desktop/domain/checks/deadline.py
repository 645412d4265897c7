"""LATE: a report published after its deadline — the legal one for the agency's kind, or an earlier local one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from disclosure_desktop.domain.agency import META_DEADLINE, agency_kind, is_agency_kind_guessed
from disclosure_desktop.domain.report import Report
from disclosure_desktop.messages.checks import msg

from .context import Context
from .problem import PUBLISHED, Problem
from .settings import settings_for


@dataclass(frozen=True)
class Deadline:
    """When the report is due: `day` (None when nothing sets one), and what set it."""

    day: dt.date | None
    kind: str  # the agency kind the legal deadline follows
    kind_guessed: bool
    local: bool  # the clerk's local deadline is the one that applies


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def publication_deadline(report: Report) -> Deadline:
    """The earlier of the legal deadline (by agency kind, in the year after the report year) and a local one."""
    kind = agency_kind(report)
    legal: dt.date | None = None
    month_day = settings_for(report.format).deadlines.get(kind, "")
    if month_day:
        month, day = (int(part) for part in month_day.split("-"))
        legal = dt.date(report.year + 1, month, day)
    local = _date(report.meta.get(META_DEADLINE, ""))
    # A local notice may bring the date forward; it cannot put off what the 条例 requires.
    if local is not None and (legal is None or local < legal):
        return Deadline(local, kind, is_agency_kind_guessed(report), True)
    return Deadline(legal, kind, is_agency_kind_guessed(report), False)


def long_date(day: dt.date) -> str:
    return msg("date", year=day.year, month=day.month, day=day.day)


def deadline_basis(deadline: Deadline) -> str:
    """Why the deadline is what it is, in the UI language."""
    if deadline.local:
        return msg("late.local")
    return msg(f"late.kind.{deadline.kind}")


def check_late(ctx: Context) -> Iterator[Problem]:
    report = ctx.report
    published = ctx.published
    if published is None:
        return  # not yet published: the review page says so
    deadline = publication_deadline(report)
    if deadline.day is None or published <= deadline.day:
        return
    days = (published - deadline.day).days
    message = msg(
        "late", published=long_date(published), deadline=long_date(deadline.day), days=days,
        basis=deadline_basis(deadline),
    )
    yield ctx.problem("LATE", PUBLISHED, message, PUBLISHED)
