"""The desk's workflow on a real database: a batch refused without a region, units or a sane year; 退回修改 never
recorded when its remarks file cannot be written; the remarks file it writes reads as the unit's program reads
it; summaries and issue lists only under their own suffixes; the 本级 report started from the roll-up once."""

from __future__ import annotations

import json

import pytest

from disclosure_desktop.domain.remarks import read_remarks
from disclosure_desktop.messages import ReportDataError
from disclosure_desktop.review.batch import MISSING, PASSED, RETURNED
from disclosure_desktop.review.units import Unit
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from disclosure_desktop.workflows import review_desk
from tests.helpers.review_batch import unit_name, unit_report, with_cells, write_as

UNITS = [Unit(unit_name(i)) for i in range(3)]


@pytest.fixture
def reports(db_path):
    db = Database.open(db_path)
    yield ReportStore(db)
    db.close()


@pytest.fixture
def taken(reports, tmp_path) -> tuple[int, object]:
    folder = tmp_path / "in"
    folder.mkdir()
    write_as(unit_report(0), "json", folder / "a.json")
    broken = with_cells(unit_report(1), {"t3.new.total": 1})
    write_as(broken, "json", folder / "b.json")
    batch_id = review_desk.create_batch(reports, "某某县", 2025, UNITS)
    _, review = review_desk.take_in(reports, batch_id, [folder], workers=1)
    return batch_id, review


@pytest.mark.parametrize(("region", "year", "units", "key"), [
    ("  ", 2025, UNITS, "desk.no_region"), ("某某县", 1989, UNITS, "desk.bad_year"),
    ("某某县", 2025, [], "desk.no_units")])
def test_a_batch_needs_a_region_a_year_and_units(reports, region, year, units, key):
    with pytest.raises(ReportDataError) as raised:
        review_desk.create_batch(reports, region, year, units)
    assert raised.value.key == key
    assert review_desk.batches(reports) == []


def test_returned_with_the_remarks_file_and_undone(reports, taken, tmp_path):
    batch_id, review = taken
    row = review.row(unit_name(1))
    path = tmp_path / "意见.json"
    done = review_desk.decide(reports, batch_id, row, RETURNED, path, region="某某县", reviewer="李四",
                              remarks=("请核对表三",), issue_list_path=tmp_path / "清单.docx")
    remarks = read_remarks(path.read_bytes(), path.name)  # as the unit's program reads it
    assert (remarks.verdict, remarks.reviewer, remarks.agency) == ("退回修改", "李四", unit_name(1))
    assert [i["rule"] for i in remarks.items] == [*row.rules, "REMARK"] and remarks.items[-1]["message"] == "请核对表三"
    assert done.issue_list_path.stat().st_size > 0
    assert review_desk.reviewed(reports, batch_id).row(unit_name(1)).status == RETURNED
    [sent] = review_desk.remarks_sent(reports, batch_id, unit_name(1))
    assert json.loads(sent.content) == json.loads(path.read_text("utf-8"))
    review_desk.undo_decision(reports, batch_id, unit_name(1))
    assert review_desk.reviewed(reports, batch_id).row(unit_name(1)).status == "received"


def test_no_status_without_its_remarks_file(reports, taken, tmp_path):
    batch_id, review = taken
    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    with pytest.raises(ReportDataError) as raised:
        review_desk.decide(reports, batch_id, review.row(unit_name(0)), PASSED, blocked / "意见.json")
    assert raised.value.key == "cli.file_unwritable"
    assert review_desk.reviewed(reports, batch_id).row(unit_name(0)).status == "received"
    assert review_desk.remarks_sent(reports, batch_id, unit_name(0)) == []
    missing = review.row(unit_name(2))
    assert missing.status == MISSING
    with pytest.raises(ReportDataError, match=unit_name(2)):
        review_desk.decide(reports, batch_id, missing, RETURNED, tmp_path / "x.json")


def test_files_only_under_their_own_suffixes(taken, tmp_path):
    _, review = taken
    with pytest.raises(ReportDataError) as raised:
        review_desk.export_summary(review, tmp_path / "汇总.pdf")
    assert raised.value.key == "desk.bad_suffix"
    written = review_desk.export_summary(review, tmp_path / "汇总.csv")
    assert [p.name for p in written] == ["汇总.csv", "汇总.rollup.csv"]
    with pytest.raises(ReportDataError):
        review_desk.write_issue_lists(review_desk.issue_lists(review.units), tmp_path / "清单.xlsx")
    with pytest.raises(ReportDataError) as raised:
        review_desk.write_issue_lists(review_desk.issue_lists([review.row(unit_name(2))]), tmp_path / "清单.pdf")
    assert raised.value.key == "desk.nothing_to_list"
    assert [lst.unit for lst in review_desk.issue_lists(review.units)] == [unit_name(0), unit_name(1)]


def test_the_local_report_from_the_roll_up_once(reports, taken):
    _, review = taken
    rollup = review_desk.rollup_of(review, [unit_name(0)])
    report_id = review_desk.start_local_report(reports, rollup, "某某县人民政府")
    stored = reports.load(report_id)
    assert stored.value("t3.new.total") == unit_report(0).value("t3.new.total")
    with pytest.raises(ReportDataError) as raised:
        review_desk.start_local_report(reports, rollup, "某某县人民政府")
    assert raised.value.key == "desk.local_report_exists"
    charts = review_desk.rollup_charts_of(reports, review, rollup)
    assert charts and charts[-1].id == "ranking" and [r.label for r in charts[-1].rows] == [unit_name(0)]
