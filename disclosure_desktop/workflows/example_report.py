"""The made-up example report a new clerk can look around in; clearly marked 示例 wherever it shows."""

from __future__ import annotations

from dataclasses import replace

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.report import Cell, CellSource, Report
from disclosure_desktop.domain.totals import recompute
from disclosure_desktop.resource_files import resource_path


def example_report() -> Report:
    report = jsonio.loads(resource_path("examples", "example-gov-2021.json").read_text("utf-8"))
    report = replace(report, is_example=True,
                     cells={cid: Cell(cell.value, CellSource.TYPED) for cid, cell in report.cells.items()})
    recompute(report)  # the example's totals add up: show them as computed, like the clerk's own will be
    return report
