"""A check's offered repair as the cells it writes, worked out on a copy so the edit session applies it as one step."""

from __future__ import annotations

import copy

from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.domain.report import Cell, CellSource, Report
from disclosure_desktop.domain.totals import recompute

CellStates = dict[str, Cell | None]


def fix_cells(report: Report, problem: Problem) -> CellStates:
    """Every cell that applying `problem.fix` changes, with its new state; the report itself untouched.

    A corrected total is marked computed, last year's carry-over carried, anything else (the zeros) typed. When
    the fix writes into ordinary cells the totals built on them follow, as when the clerk types; a fixed total
    changes nothing else, so other totals stay as stated until their own fix is chosen.
    """
    assert problem.fix is not None
    specs = report.format.cells
    trial = copy.copy(report)
    trial.cells = dict(report.cells)
    inputs = []
    for cid, text in problem.fix.cells.items():
        spec = specs.get(cid)
        if spec is not None and spec.is_total:
            source = CellSource.COMPUTED
        else:
            source = CellSource.CARRIED if problem.rule == "CARRY-OVER" else CellSource.TYPED
            inputs.append(cid)
        if text:
            trial.cells[cid] = Cell(text, source)
        else:
            trial.cells.pop(cid, None)
    updated = recompute(trial, inputs) if inputs else {}
    ids = list(dict.fromkeys([*problem.fix.cells, *updated]))
    return {cid: trial.cells.get(cid) for cid in ids if trial.cells.get(cid) != report.cells.get(cid)}
