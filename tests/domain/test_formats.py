"""The shipped formats carry every cell id and label of the spec, and their layout grids are well formed."""

from __future__ import annotations

import pytest

from disclosure_desktop.domain.formats import all_formats, default_format_for_year, get_format
from disclosure_desktop.domain.layout import table_grid


def test_cell_counts_match_the_spec():
    counts = {t.id: len(t.cells) for f in all_formats().values() for t in f.tables}
    assert counts == {"t2-2021": 10, "t3-2021": 175, "t4": 15, "t2-2019": 22, "t3-2019": 161}


def test_default_format_follows_the_year():
    assert default_format_for_year(2020).id == "gov-2019"
    assert default_format_for_year(2021).id == "gov-2021"
    assert default_format_for_year(2031).id == "gov-2021"


@pytest.mark.parametrize("format_id", ["gov-2021", "gov-2019"])
def test_every_grid_position_is_covered_once(format_id):
    for table in get_format(format_id).tables:
        grid = table_grid(table)
        covered: dict[tuple[int, int], str] = {}
        for cell in grid.cells:
            for r in range(cell.row, cell.row + cell.rowspan):
                for c in range(cell.col, cell.col + cell.colspan):
                    assert (r, c) not in covered, (table.id, r, c, cell.text, covered.get((r, c)))
                    covered[(r, c)] = cell.text or cell.cell_id
        assert len(covered) == grid.width * grid.height, table.id
        assert set(grid.value_cells()) == set(table.cells)


def test_result_group_spans_all_result_rows():
    grid = table_grid(get_format("gov-2021").section("applications").table)
    group = next(c for c in grid.cells if c.text == "三、本年度办理结果")
    assert group.rowspan == 22
    grid19 = table_grid(get_format("gov-2019").section("applications").table)
    assert next(c for c in grid19.cells if c.text == "三、本年度办理结果").rowspan == 20


def test_long_title_breaks_after_the_agency_short_one_stays_whole():
    from disclosure_desktop.domain.report import Report

    long = Report("gov-2021", "某某市生态环境局", 2025)
    assert long.title_lines() == ["某某市生态环境局", "2025年政府信息公开工作年度报告"]
    assert Report("narrative", "某医院", 2025).title_lines() == ["某医院2025年度信息公开年报"]
    own = Report("gov-2021", "某某市生态环境局", 2025, title="关于本局政府信息公开工作情况的年度报告（正式稿）")
    assert own.title_lines() == [own.title]  # no year to break at: printed as written
