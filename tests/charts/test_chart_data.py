"""What each chart holds: figures from the report's cells as the format data names them, blank kept apart from 0,
last year's figures read in last year's own format, and the 公开办's roll-up over summed tables."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from disclosure_desktop.charts.data import BLANK, light_context, report_charts, rollup_charts
from disclosure_desktop.charts.output import svg_bytes
from disclosure_desktop.charts.spec import chart_book
from disclosure_desktop.domain.formats import all_formats, get_format
from disclosure_desktop.domain.report import Cell, Report
from disclosure_desktop.workflows.example_report import example_report


def _charts(report: Report, previous: Report | None = None) -> dict:
    return {c.id: c for c in report_charts(light_context(report), light_context(previous) if previous else None)}


@pytest.mark.parametrize("format_id", sorted(all_formats()))
def test_every_format_with_tables_has_a_chart_file_naming_its_count_cells(format_id: str) -> None:
    fmt = get_format(format_id)
    book = chart_book(format_id)
    if not fmt.tables:
        assert book is None
        return
    assert book is not None and book.charts
    figures = [f for c in book.charts for f in (*c.figures, *(p for r in c.rows for p in (*r.parts, r.total)),
                                                c.total) if f is not None]
    for figure in figures:
        assert figure.label and figure.cells
        assert all(fmt.cells[cell].kind == "count" for cell in figure.cells), figure
    # the groups of table 3's outcomes: each names every row of its group, and together they are the results
    outcomes = next(c for c in book.charts if c.kind == "shares")
    parts = [cell for f in outcomes.figures for cell in f.cells]
    results = [cell for cell in fmt.cells if cell.startswith("t3.r.") and cell.endswith(".total")
               and cell != "t3.r.total.total"]
    assert sorted(parts) == sorted(results)


def test_a_group_is_the_sum_of_its_rows() -> None:
    report = example_report()
    outcomes = _charts(report)["outcomes"]
    rows = [cid for cid in report.format.cells if cid.startswith("t3.r.withheld.") and cid.endswith(".total")]
    assert len(rows) == 8
    withheld = next(r for r in outcomes.rows if r.label == "不予公开")
    assert withheld.values == (sum(int(report.value(c)) for c in rows),)
    assert outcomes.total == int(report.value("t3.r.total.total"))


def test_blank_is_not_zero_and_an_all_blank_chart_is_left_out() -> None:
    report = example_report()
    report.cells.pop("t3.new.research")
    report.cells["t3.new.legal"] = Cell("0")
    for cid in [c for c in report.cells if c.startswith("t2.")]:
        report.cells.pop(cid)
    charts = _charts(report)
    applicants = {r.label: r.values[0] for r in charts["applicants"].rows}
    assert applicants["科研机构"] is None and applicants["法律服务机构"] == 0
    assert "documents" not in charts  # table 2 all blank: no chart of it
    assert BLANK in charts["applicants"].alt_text()
    table = dict((row[0], row[1]) for row in charts["applicants"].numbers_table().rows)
    assert table["科研机构"] == BLANK and table["法律服务机构"] == "0"


def test_a_report_without_figures_or_tables_has_no_charts() -> None:
    assert report_charts(light_context(Report("gov-2021", "某某县人民政府", 2025))) == ()
    assert report_charts(light_context(Report("narrative", "某某银行", 2019, sections={"overview": "概述"}))) == ()


def test_a_value_that_is_no_number_is_not_charted() -> None:
    report = example_report()
    report.cells["t3.new.natural"] = Cell("六十")
    assert _charts(report)["applicants"].rows[0].values == (None,)


def test_last_years_figures_come_from_last_years_format() -> None:
    report = example_report()
    # A 2020 report in the 2019 format: （六）其他处理 is one row there.
    last = Report("gov-2019", report.agency, 2020, cells={
        "t3.new.total": Cell("50"), "t3.r.disclosed.total": Cell("30"), "t3.r.other.total": Cell("7")})
    rows = {r.label: r.values for r in _charts(report, last)["against_last_year"].rows}
    assert rows["本年新收申请"] == (74, 50)
    assert rows["其他处理"] == (1, 7)
    assert rows["部分公开"] == (5, None)
    assert "against_last_year" not in _charts(report)


def test_shares_are_of_the_figures_sum_with_halves_rounded_up() -> None:
    report = example_report()
    shares = _charts(report)["outcomes"].shares()
    assert shares[0] == "63.5%"  # 47 / 74 = 63.51…
    report = Report("gov-2021", "某", 2025, cells={"t3.r.disclosed.total": Cell("1"), "t3.r.partial.total": Cell("7")})
    assert _charts(report)["outcomes"].shares()[:2] == ("12.5%", "87.5%")


def _unit(name: str, new: str | None) -> tuple[str, Report]:
    cells = {"t3.new.total": Cell(new)} if new is not None else {}
    return name, Report("gov-2021", name, 2025, cells=cells)


def test_roll_up_charts_the_summed_tables_and_ranks_the_units() -> None:
    summed = example_report()
    units = [_unit("乙局", "12"), _unit("甲局", "30"), _unit("丙局", None), _unit("丁局", "12"),
             ("戊局", Report("gov-2019", "戊局", 2025, cells={"t3.new.total": Cell("5")}))]
    charts = rollup_charts(summed, units)
    assert [c.id for c in charts] == [c.id for c in report_charts(light_context(summed))] + ["ranking"]
    ranking = charts[-1]
    assert [(r.label, r.values[0]) for r in ranking.rows] == [
        ("甲局", 30), ("丁局", 12), ("乙局", 12), ("戊局", 5), ("丙局", None)]
    assert ranking.limit is None and ranking.drawn_rows == ranking.rows
    assert "30" not in ranking.title


def test_a_long_ranking_draws_the_first_units_and_lists_them_all() -> None:
    units = [_unit(f"单位{i:03d}", str(i)) for i in range(45)]
    ranking = rollup_charts(example_report(), units)[-1]
    assert len(ranking.rows) == 45 and len(ranking.drawn_rows) == 30
    assert ranking.drawn_rows[0].label == "单位044"
    assert len(ranking.numbers_table().rows) == 45
    assert "30" in ranking.title  # the title says that only the first 30 are drawn
    assert ranking.alt_text().count("件；") == 29  # the image's text names the 30 it draws


def test_a_long_unit_name_is_cut_in_the_drawing_and_whole_in_the_table() -> None:
    name = "某某市某某区人民政府办公室政务公开科（区大数据中心）暨某某市某某区电子政务服务中心"
    ranking = rollup_charts(example_report(), [_unit(name, "9"), _unit("区教育局", "3")])[-1]
    texts = [el.text for el in ET.fromstring(svg_bytes(ranking)).iter("{http://www.w3.org/2000/svg}text")]
    cut = [t for t in texts if t and t.startswith("某某市")]
    assert len(cut) == 1 and "…" in cut[0] and cut[0].endswith("中心") and len(cut[0]) < len(name)
    assert ranking.numbers_table().rows[0][0] == name and name in ranking.alt_text()
