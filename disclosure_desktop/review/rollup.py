"""The roll-up (汇总, spec §13): tables 二, 三 and 四 summed over the units received or a chosen subset, with the
identities checked on the sums by the same check engine, every blank (or `/`) cell's units named rather than
counted as 0, and the ratios of the format's `[review]` data per unit and overall.

Units whose report is in another format than the batch's (a 2019 layout in 2025) or has no tables are not added
in — their cells would land in other rows — and are listed with the reason.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache

from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.domain.checks.checklist import CRITERIA
from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.formats import ReportFormat, default_format_for_year, get_format
from disclosure_desktop.domain.report import Cell, CellSource, Report
from disclosure_desktop.domain.values import ValueFormatError, format_value, parse_value
from disclosure_desktop.messages import current_language, message
from disclosure_desktop.resource_files import resource_path

Number = int | Decimal
# The rules an evaluator checks on a table's figures (the checklist's "identities" criterion).
IDENTITY_RULES = next(rules for cid, rules in CRITERIA if cid == "identities")


@dataclass(frozen=True)
class RatioSpec:
    id: str
    label: str
    label_en: str
    numerator: tuple[str, ...]
    denominator: tuple[str, ...]

    @property
    def title(self) -> str:
        return self.label_en if current_language() == "en" else self.label


@cache
def ratio_specs(format_id: str) -> tuple[RatioSpec, ...]:
    """The ratios a format's data file declares in its `[review]` table (none for a format without tables)."""
    for path in sorted(resource_path("formats").glob("*.toml")):
        data = tomllib.loads(path.read_text("utf-8"))
        if data.get("id") == format_id:
            return tuple(RatioSpec(r["id"], r["label"], r.get("label_en", r["label"]), tuple(r["numerator"]),
                                   tuple(r["denominator"])) for r in data.get("review", {}).get("ratios", ()))
    return ()


def ratio(spec: RatioSpec, number: Mapping[str, Number | None]) -> float | None:
    """numerator / denominator over the cells given; None when a denominator cell is blank or they add up to 0 (a
    blank numerator cell counts as 0, as the checks count it)."""
    if any(number.get(cid) is None for cid in spec.denominator):
        return None
    top = sum((number.get(cid) or 0 for cid in spec.numerator), Decimal(0))
    bottom = sum((number.get(cid) or 0 for cid in spec.denominator), Decimal(0))
    return float(Decimal(top) / Decimal(bottom)) if bottom else None


def report_numbers(report: Report) -> dict[str, Number | None]:
    """Each cell's number; None for a blank cell or a text that is no number."""
    out: dict[str, Number | None] = {}
    for cid, spec in report.format.cells.items():
        try:
            out[cid] = parse_value(spec.kind, report.value(cid))
        except ValueFormatError:
            out[cid] = None
    return out


@dataclass
class Rollup:
    format_id: str
    year: int
    units: list[str] = field(default_factory=list)  # the units added in, in the batch's order
    excluded: dict[str, str] = field(default_factory=dict)  # unit → why it was not added in
    cells: dict[str, Number] = field(default_factory=dict)  # cell id → sum (cells no unit filled are absent)
    blank_in: dict[str, list[str]] = field(default_factory=dict)  # cell id → units that left it blank or `/`
    invalid_in: dict[str, list[str]] = field(default_factory=dict)  # cell id → units whose text is no number
    problems: list[Problem] = field(default_factory=list)  # identities that fail on the sums
    ratios: dict[str, dict[str, float | None]] = field(default_factory=dict)  # unit → ratio id → value
    overall: dict[str, float | None] = field(default_factory=dict)  # ratio id → value over the sums

    @property
    def format(self) -> ReportFormat:
        return get_format(self.format_id)

    def summed_report(self, agency: str) -> Report:
        """The sums as a report of `agency` for the year, to start the 本级 report from (cells marked imported)."""
        fmt = self.format
        cells = {cid: Cell(format_value(fmt.cells[cid].kind, value), CellSource.IMPORTED)
                 for cid, value in self.cells.items()}
        return Report(format_id=fmt.id, agency=agency, year=self.year, cells=cells)


def roll_up(reports: Mapping[str, Report], year: int, region: str = "",
            subset: list[str] | None = None) -> Rollup:
    """Tables 二/三/四 summed over `reports` (unit → report), or over the units named in `subset`."""
    # The format in force for the year (the one the units were to use), whatever a few units chose.
    fmt = default_format_for_year(year)
    out = Rollup(fmt.id, year)
    chosen = [u for u in (subset if subset is not None else list(reports)) if u in reports]
    specs = ratio_specs(fmt.id)
    sums: dict[str, Number] = {}
    # Filled in place while the units are added; the sums go in once they are complete.
    for unit in chosen:
        report = reports[unit]
        if report.format_id != fmt.id:
            out.excluded[unit] = message("review.rollup_other_format", format=report.format_id, expected=fmt.id)
            continue
        out.units.append(unit)
        numbers = report_numbers(report)
        for cid in fmt.cells:
            text = report.value(cid).strip()
            value = numbers.get(cid)
            if not text:
                out.blank_in.setdefault(cid, []).append(unit)
            elif value is None:
                out.invalid_in.setdefault(cid, []).append(unit)
            else:
                sums[cid] = sums.get(cid, 0) + value
        out.ratios[unit] = {spec.id: ratio(spec, numbers) for spec in specs}
    out = replace(out, cells={cid: sums[cid] for cid in fmt.cells if cid in sums})
    if out.units and fmt.tables:
        summed = out.summed_report(region or message("review.rollup_agency"))
        out.problems = [p for p in check_report(summed) if p.rule in IDENTITY_RULES]
    summed_numbers: dict[str, Number | None] = {cid: out.cells.get(cid, 0) for cid in fmt.cells}
    out.overall = {spec.id: ratio(spec, summed_numbers) for spec in specs} if out.units else {}
    return out
