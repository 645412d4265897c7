"""The units list as an office keeps it (UTF-8 or GB18030, a header row), names matched to reports through the
one agency-name normalisation, and a name that is only close to a unit's shown for confirmation, never taken."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from disclosure_desktop.domain.agency import compare_agency_names, match_agency, normalise_agency_name
from disclosure_desktop.messages import ReportDataError
from disclosure_desktop.review import assign
from disclosure_desktop.review.reading import ReadReport
from disclosure_desktop.review.units import Unit, read_units_csv, units_csv_text, units_from_lines
from tests.helpers.review_batch import unit_report


@pytest.mark.parametrize(("a", "b"), [
    ("某某县人民政府办公室", "某某县政府办"),
    ("某某市人民政府办公厅", "某某市政府办公室"),
    ("某某县 教育局", "某某县教育局"),
    ("ＡＢ县教育局（示例）", "AB县教育局(示例)"),
    ("“某某县教育局”", "某某县教育局"),
])
def test_one_agency_written_two_ways_is_the_same(a, b):
    assert normalise_agency_name(a) == normalise_agency_name(b)
    assert compare_agency_names(a, b).kind == "same"


@pytest.mark.parametrize(("a", "b"), [
    ("县教育局", "某某县教育局"),  # the region left off
    ("某某县财政局（县国资办）", "某某县财政局"),  # a note in brackets
    ("某某县教育和体育局", "某某县教育局"),  # renamed
    ("某某县人民政府", "某某县人民政府办公室"),  # the government for its office
])
def test_a_close_name_is_doubtful_not_the_same(a, b):
    assert compare_agency_names(a, b).kind == "doubtful"


def test_different_agencies_do_not_match():
    assert compare_agency_names("某某县财政局", "某某县税务局").kind == "none"
    assert match_agency("某某县公安局", ["某某县交通运输局", "某某县水利局"]) == (None, [])
    assert match_agency("某某县政府办", ["某某县教育局", "某某县人民政府办公室"]) == ("某某县人民政府办公室", [])


def test_units_csv_in_gb18030_with_kinds_and_deadlines(tmp_path):
    path = tmp_path / "units.csv"
    path.write_bytes("单位名称,单位类型,截止日期\r\n某某县教育局,部门,2026-01-15\r\n某某镇人民政府,政府,\r\n"
                     "某某县人民医院,其他,2026年3月1日\r\n,,\r\n".encode("gb18030"))
    units = read_units_csv(path)
    assert units == [Unit("某某县教育局", "department", dt.date(2026, 1, 15)), Unit("某某镇人民政府", "government"),
                     Unit("某某县人民医院", "other", dt.date(2026, 3, 1))]
    again = tmp_path / "again.csv"
    again.write_text(units_csv_text(units), "utf-8")
    assert read_units_csv(again) == units


def test_columns_in_another_order_and_typed_in_units():
    assert units_from_lines("某某县教育局\n某某县公安局，部门\n\n某某县民政局,其他,2026/1/20") == [
        Unit("某某县教育局"), Unit("某某县公安局", "department"), Unit("某某县民政局", "other", dt.date(2026, 1, 20))]
    from disclosure_desktop.review.units import parse_units

    assert parse_units("截止日期,单位名称\n2026-01-10,某某县水利局\n", "x.csv", header=True) == [
        Unit("某某县水利局", "", dt.date(2026, 1, 10))]


@pytest.mark.parametrize(("text", "said"), [
    ("名称,类型\n某某县教育局,部门\n", "表头"),
    ("单位名称,单位类型\n某某县教育局,局\n", "第 2 行"),
    ("单位名称,截止日期\n某某县教育局,下周一\n", "不是日期"),
    ("单位名称\n某某县政府办\n某某县人民政府办公室\n", "与第 2 行是同一单位"),
])
def test_a_units_list_it_cannot_take_is_refused_by_line(tmp_path, text, said):
    path = tmp_path / "units.csv"
    path.write_text(text, "utf-8")
    with pytest.raises(ReportDataError) as caught:
        read_units_csv(path)
    assert said in str(caught.value)


def _read(index: int, agency: str | None = None, year: int = 2025, name: str = "", intake: int = 0,
          kind: str = "json") -> ReadReport:
    report = unit_report(index, year=year)
    if agency is not None:
        report = replace(report, agency=agency)
    return ReadReport(name or f"{index}.{kind}", "", f"sha{index}{agency}{year}{kind}{intake}", kind, report,
                      intake=intake)


def test_doubtful_names_wait_for_a_person_and_confirmed_ones_are_taken():
    units = [Unit("某某县教育局"), Unit("某某县公安局"), Unit("某某县民政局")]
    read = [_read(0, "某某县教育局"), _read(1, "县公安局"), _read(2, "某某县人民政府"), _read(3, "某某县民政局", 2023)]
    out = assign(read, units, 2025)
    assert list(out.taken) == ["某某县教育局"]
    assert [(d.file.report.agency, d.candidates) for d in out.doubtful] == [("县公安局", ("某某县公安局",))]
    assert [r.file for r in out.rejected] == ["2.json", "3.json"]
    assert "不在单位名单中" in out.rejected[0].reason and "2023" in out.rejected[1].reason
    confirmed = assign(read, units, 2025, {read[1].sha256: "某某县公安局"})
    assert list(confirmed.taken) == ["某某县教育局", "某某县公安局"] and confirmed.doubtful == []


def test_several_files_of_one_unit_the_later_intake_then_data_first_is_taken():
    units = [Unit("某某县教育局")]
    first = [_read(0, kind="html", name="a.html"), _read(0, kind="json", name="b.json")]
    out = assign(first, units, 2025)
    assert out.taken["某某县教育局"].name == "b.json"
    assert [(r.file, "已采用" in r.reason) for r in out.rejected] == [("a.html", True)]
    resubmitted = assign([*first, _read(0, kind="docx", name="c.docx", intake=1)], units, 2025)
    assert resubmitted.taken["某某县教育局"].name == "c.docx"


def test_without_a_units_list_each_agency_is_a_unit_and_last_years_reports_are_kept_to_compare():
    read = [_read(0), _read(1), _read(0, year=2024, name="old.json")]
    out = assign(read, None, 2025)
    assert [u.name for u in out.units] == [unit_report(0).agency, unit_report(1).agency]
    assert out.previous[unit_report(0).agency].name == "old.json"
