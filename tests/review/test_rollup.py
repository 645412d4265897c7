"""The roll-up over a chosen subset of units: sums computed here cell by cell, blank cells' units named and kept
apart from 0, a text that is no number named and not added, another format's report left out with the reason,
the ratios per unit and over the sums, and the sums as the 本级 report to start from."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.report import Cell
from disclosure_desktop.review.rollup import roll_up
from tests.helpers.review_batch import unit_name, unit_report, with_cells


@pytest.fixture(scope="module")
def reports():
    out = {unit_name(i): unit_report(i) for i in range(5)}
    out[unit_name(1)] = with_cells(out[unit_name(1)], {"t4.reconsideration.corrected": None})
    typed = out[unit_name(2)]
    out[unit_name(2)] = replace(typed, cells={**typed.cells, "t2.rules.issued": Cell("五")})
    out[unit_name(3)] = replace(out[unit_name(3)], format_id="gov-2019", cells={})
    return out


def test_a_subset_is_summed_with_blanks_and_bad_texts_named(reports):
    chosen = [unit_name(i) for i in (0, 1, 2, 3)]
    rollup = roll_up(reports, 2025, "某某县", subset=chosen)
    assert rollup.units == [unit_name(i) for i in (0, 1, 2)]
    assert unit_name(3) in rollup.excluded and "gov-2019" in rollup.excluded[unit_name(3)]
    expected: dict[str, Decimal] = {}
    for i in (0, 1, 2):
        for cid, value in jsonio.report_to_dict(reports[unit_name(i)])["cells"].items():
            try:
                expected[cid] = expected.get(cid, Decimal(0)) + Decimal(str(value))
            except ArithmeticError:
                continue  # 五 is no number: named, not added
    assert {cid: Decimal(str(v)) for cid, v in rollup.cells.items()} == expected
    assert rollup.blank_in == {"t4.reconsideration.corrected": [unit_name(1)]}
    assert rollup.invalid_in == {"t2.rules.issued": [unit_name(2)]}
    # Unit 1's blank 结果纠正 breaks its own group total (a blank adds as 0), and so that of the sums.
    removed = int(unit_report(1).value("t4.reconsideration.corrected"))
    assert removed > 0
    assert [(p.rule, p.location) for p in rollup.problems] == [("T4-TOTAL", "t4.reconsideration.total")]


def test_ratios_per_unit_and_over_the_sums(reports):
    rollup = roll_up(reports, 2025, subset=[unit_name(0), unit_name(1), unit_name(4)])
    for unit in (unit_name(0), unit_name(4)):
        r = reports[unit]
        disclosed = int(r.value("t3.r.disclosed.total")) + int(r.value("t3.r.partial.total"))
        assert rollup.ratios[unit]["disclosure"] == pytest.approx(disclosed / int(r.value("t3.r.total.total")))
        assert rollup.ratios[unit]["correction"] == pytest.approx(
            int(r.value("t4.reconsideration.corrected")) / int(r.value("t4.reconsideration.total")))
    # A blank 结果纠正 counts as none corrected for the unit's ratio; the sums leave it out.
    assert rollup.ratios[unit_name(1)]["correction"] == 0
    cells = rollup.cells
    assert rollup.overall["disclosure"] == pytest.approx(
        (cells["t3.r.disclosed.total"] + cells["t3.r.partial.total"]) / cells["t3.r.total.total"])


def test_the_sums_start_the_regions_own_report(reports):
    rollup = roll_up(reports, 2025, subset=[unit_name(0), unit_name(4)])
    report = rollup.summed_report("某某县人民政府")
    assert (report.agency, report.year, report.format_id) == ("某某县人民政府", 2025, "gov-2021")
    assert int(report.value("t3.new.total")) == int(reports[unit_name(0)].value("t3.new.total")) + int(
        reports[unit_name(4)].value("t3.new.total"))
    identities = {"T3-ROW-TOTAL", "T3-RESULT-TOTAL", "T3-BALANCE", "T4-TOTAL", "VALUE", "BLANK-CELL"}
    assert [p for p in check_report(report) if p.rule in identities] == []
