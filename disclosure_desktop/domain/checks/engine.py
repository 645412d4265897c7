"""Runs every rule family over a report and returns the problems in a stable order."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from disclosure_desktop.domain.report import Report

from .arithmetic import check_arithmetic, check_blank_cells
from .context import Context
from .history import check_carry_over, check_copied_text, check_stock
from .narrative import check_narrative_numbers
from .problem import Problem
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
    check_required_sections,
    check_fee_statement,
    check_placeholders,
    check_period,
    check_title,
    check_format_version,
    check_narrative_numbers,
)


def check_report(report: Report, previous: Report | None = None) -> list[Problem]:
    """Every problem of spec §5 in `report`; `previous` is the same agency's report of the year before, if any.

    Messages are in the UI language at call time. Order: errors first, then by section, then by place within the
    section (cells in reading order), then by rule id.
    """
    ctx = Context(report, previous)
    problems = [p for family in RULE_FAMILIES for p in family(ctx)]
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
