"""Next year's report: metadata kept, texts left out, carried figures marked carried, totals and checks right."""

from __future__ import annotations

from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.next_year import next_year_report
from disclosure_desktop.domain.report import Cell, CellSource, Report
from tests.helpers.reports import AGENCY, clean_report, fill_tables, only


def last_year(year: int = 2024, format_id: str = "gov-2021") -> Report:
    report = clean_report(year, format_id)
    report.meta = {"contact": "某县交通运输局办公室，电话0571-1234567", "published_on": f"{year + 1}-01-20"}
    report.headings = {}
    return report


def test_next_year_keeps_the_agency_and_contact_and_copies_no_text():
    last = last_year()
    new = next_year_report(last)
    assert (new.agency, new.year, new.format_id) == (AGENCY, 2025, "gov-2021")
    assert new.meta == {"contact": last.meta["contact"]}
    assert new.published_on() is None
    assert new.sections == {}
    assert new.id is None and not new.is_example
    assert last.year == 2024 and last.sections  # last year's report is untouched


def test_carried_in_is_last_years_carried_out_and_in_force_starts_from_last_years():
    last = last_year()
    new = next_year_report(last)
    columns = ["natural", "commercial", "research", "nonprofit", "legal", "other_org"]
    for col in columns:
        cell = new.cells[f"t3.carried_in.{col}"]
        assert cell == Cell(last.value(f"t3.carried_out.{col}"), CellSource.CARRIED)
    assert new.cells["t3.carried_in.total"] == Cell(last.value("t3.carried_out.total"), CellSource.COMPUTED)
    assert sum(int(new.value(f"t3.carried_in.{c}")) for c in columns) == int(new.value("t3.carried_in.total"))
    for row in ("rules", "normative"):
        assert new.cells[f"t2.{row}.in_force"] == Cell(last.value(f"t2.{row}.in_force"), CellSource.CARRIED)
    carried = {cid for cid, c in new.cells.items() if c.source == CellSource.CARRIED}
    assert carried == {f"t3.carried_in.{c}" for c in columns} | {"t2.rules.in_force", "t2.normative.in_force"}


def test_the_new_report_passes_carry_over_and_stock_against_last_year():
    last = last_year()
    new = next_year_report(last)
    problems = check_report(new, last)
    assert only(problems, "CARRY-OVER") == []
    assert only(problems, "T2-STOCK") == []
    assert [p for p in problems if p.rule in ("T3-ROW-TOTAL", "T3-RESULT-TOTAL", "T4-TOTAL", "VALUE")] == []


def test_from_the_2019_format_the_year_gets_the_2021_format_and_only_shared_cells():
    last = Report("gov-2019", AGENCY, 2020)
    fill_tables(last)
    new = next_year_report(last)
    assert new.format_id == "gov-2021"
    assert new.value("t3.carried_in.total") == last.value("t3.carried_out.total")
    assert "t2.rules.in_force" not in new.cells  # table 2 of 2019 has no such column
    assert only(check_report(new, last), "CARRY-OVER") == []


def test_a_narrative_report_stays_narrative_with_its_headings():
    last = Report("narrative", "某市供水有限公司", 2024, headings={"overview": "一、基本情况"},
                  sections={"overview": "本公司……"})
    new = next_year_report(last)
    assert (new.format_id, new.year, new.headings, new.sections, new.cells) == (
        "narrative", 2025, {"overview": "一、基本情况"}, {}, {})


def test_a_blank_carried_out_row_leaves_carried_in_blank():
    last = Report("gov-2021", AGENCY, 2024)
    new = next_year_report(last)
    assert new.cells == {}
