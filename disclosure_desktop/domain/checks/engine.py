"""Runs every rule family over a report and returns the problems in a stable order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import replace

from disclosure_desktop.domain.report import Report

from .arithmetic import check_arithmetic, check_blank_cells
from .context import Context
from .deadline import check_late
from .fee_notice import check_fee_notice
from .history import check_carry_over, check_copied_text, check_stock
from .narrative import check_narrative_numbers
from .problem import Problem
from .repetition import check_repetition
from .text_rules import (
    check_fee_statement,
    check_format_version,
    check_period,
    check_placeholders,
    check_required_sections,
    check_title,
)
from .values_rule import check_values

Rule = Callable[[Context], Iterable[Problem]]

RULE_FAMILIES: tuple[Rule, ...] = (
    check_values,
    check_arithmetic,
    check_blank_cells,
    check_carry_over,
    check_stock,
    check_copied_text,
    check_repetition,
    check_required_sections,
    check_fee_statement,
    check_fee_notice,
    check_placeholders,
    check_period,
    check_title,
    check_format_version,
    check_late,
    check_narrative_numbers,
)


def check_report(
    report: Report, previous: Report | None = None, *, repetition_threshold: float | None = None,
    published: dt.date | None = None,
) -> list[Problem]:
    """Every problem of spec §5 in `report`; `previous` is the same agency's report of the year before, if any.

    Messages are in the UI language at call time. A warning the report acknowledges (`RULE@location`) carries the
    clerk's reason; an error never does. `repetition_threshold` (0–1) overrides the format's REPETITION threshold;
    `published`, the publication recorded after 发布, overrides the date planned on the start page (LATE).
    Order: errors first, then by section, then by place within the section (cells in reading order), then by rule.
    """
    ctx = Context(report, previous, repetition_threshold, published)
    problems = [p for family in RULE_FAMILIES for p in family(ctx)]
    acknowledged = report.acknowledged
    if acknowledged:
        problems = [
            replace(p, acknowledged=reason) if not p.is_error and (reason := acknowledged.get(p.key)) else p
            for p in problems
        ]
    sections = ctx.index.section_order
    cells = ctx.index.cells

    def key(p: Problem) -> tuple[int, int, int, str, str]:
        place = cells.get(p.location)
        return (
            0 if p.is_error else 1,
            sections.get(p.section_id, len(sections)),
            place.order if place is not None else -1,
            p.location,
            p.rule,
        )

    problems.sort(key=key)
    return problems
