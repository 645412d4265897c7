"""Acknowledging a warning: the reason travels with the report and its JSON, the warning stops counting, errors stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from disclosure_desktop.cli.main import run
from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.checks.problem import can_acknowledge, tally
from disclosure_desktop.domain.report import Cell
from tests.helpers.cli import cli
from tests.helpers.database import store_reports
from tests.helpers.reports import clean_report

REASON = "17件为区政府办受理的申请，全区总数见表三"


def disputed_report():
    """Part 一 states the office's own count, table 3 the whole district's; and a wrong total (an error)."""
    report = clean_report()
    report.sections["overall"] += "\n区政府办代表区政府受理政府信息公开申请 17 件。"
    report.sections["problems"] += "\n全年被申请行政复议99件。"
    report.cells["t2.fees.amount"] = Cell("约12万")
    return report


def test_an_acknowledged_warning_carries_the_reason_and_no_longer_counts():
    report = disputed_report()
    problems = check_report(report)
    narrative = [p for p in problems if p.rule == "NARRATIVE-NUMBER"]
    assert {p.key for p in narrative} == {"NARRATIVE-NUMBER@t3.new.total", "NARRATIVE-NUMBER@t4.reconsideration.total"}
    assert tally(problems) == (1, 2, 0)

    Changes(acknowledged={"NARRATIVE-NUMBER@t3.new.total": REASON}).apply_to(report)
    problems = check_report(report)
    by_key = {p.key: p for p in problems}
    assert by_key["NARRATIVE-NUMBER@t3.new.total"].acknowledged == REASON
    assert not by_key["NARRATIVE-NUMBER@t3.new.total"].counts
    # the other statement of the same kind of rule, in another part, still counts
    assert by_key["NARRATIVE-NUMBER@t4.reconsideration.total"].acknowledged is None
    assert tally(problems) == (1, 1, 1)

    Changes(acknowledged={"NARRATIVE-NUMBER@t3.new.total": ""}).apply_to(report)  # taken back
    assert tally(check_report(report)) == (1, 2, 0)


def test_an_error_cannot_be_acknowledged():
    report = disputed_report()
    (error,) = [p for p in check_report(report) if p.is_error]
    assert not can_acknowledge(error)
    report.acknowledged[error.key] = "金额另有说明"  # e.g. in a hand-edited file
    (still,) = [p for p in check_report(report) if p.is_error]
    assert still.acknowledged is None and still.counts


def test_the_acknowledgement_follows_the_statement_not_its_figures():
    report = disputed_report()
    report.acknowledged["NARRATIVE-NUMBER@t3.new.total"] = REASON
    report.sections["overall"] = report.sections["overall"].replace("17 件", "18 件")
    problem = next(p for p in check_report(report) if p.location == "t3.new.total")
    assert problem.acknowledged == REASON


def test_json_round_trip_of_acknowledged_and_the_new_meta_keys():
    report = disputed_report()
    report.meta.update({"published_on": "2026-01-20", "agency_kind": "department", "deadline": "2026-01-25"})
    report.acknowledged = {"NARRATIVE-NUMBER@t3.new.total": REASON, "BLANK-CELL@applications": "表中空格为不适用"}
    text = jsonio.dumps(report)
    doc = json.loads(text)
    assert doc["acknowledged"] == {"BLANK-CELL@applications": "表中空格为不适用",
                                   "NARRATIVE-NUMBER@t3.new.total": REASON}
    assert doc["meta"]["agency_kind"] == "department" and doc["meta"]["deadline"] == "2026-01-25"
    assert REASON in text  # UTF-8, not \\u escapes
    again = jsonio.loads(text)
    assert again.acknowledged == report.acknowledged and again.meta == report.meta
    assert jsonio.dumps(again) == text


def test_export_import_export_through_the_database_keeps_them(capsys, db_path: Path, tmp_path: Path):
    report = disputed_report()
    report.meta.update({"agency_kind": "government", "deadline": "2026-02-15"})
    report.acknowledged = {"NARRATIVE-NUMBER@t3.new.total": REASON}
    [rid] = store_reports(db_path, report)
    first = tmp_path / "first.json"
    assert cli(capsys, db_path, "export", str(rid), "-o", str(first))[0] == 0
    code, out, _ = cli(capsys, db_path, "import", str(first))
    assert code == 0
    second = tmp_path / "second.json"
    assert cli(capsys, db_path, "export", out.strip(), "-o", str(second))[0] == 0
    assert second.read_bytes() == first.read_bytes()
    assert json.loads(first.read_text("utf-8"))["acknowledged"] == {"NARRATIVE-NUMBER@t3.new.total": REASON}

    code, out, _ = cli(capsys, db_path, "check", out.strip(), "--json")
    rows = {r["rule"] + "@" + r["location"]: r for r in json.loads(out)}
    assert code == 1  # the bad amount is an error: acknowledging a warning does not change that
    assert rows["NARRATIVE-NUMBER@t3.new.total"]["acknowledged"] == REASON
    assert rows["NARRATIVE-NUMBER@t4.reconsideration.total"]["acknowledged"] is None
    code, out, _ = cli(capsys, db_path, "check", str(rid))
    line = next(line for line in out.splitlines() if "\tt3.new.total\t" in line)
    assert line.endswith(f"（已说明不适用：{REASON}）")


@pytest.mark.parametrize(("field", "value", "words"), [
    ("acknowledged", {"not a key": "理由"}, "规则@位置"),
    ("acknowledged", {"NARRATIVE-NUMBER@t3.new.total": "  "}, "理由不能为空"),
    ("acknowledged", ["NARRATIVE-NUMBER@t3.new.total"], "类型不对"),
    ("meta", {"agency_kind": "ministry"}, "agency_kind"),
    ("meta", {"deadline": "1月31日"}, "YYYY-MM-DD"),
])
def test_a_bad_file_is_refused_with_a_message(capsys, db_path: Path, tmp_path: Path, field, value, words):
    doc = json.loads(jsonio.dumps(clean_report()))
    doc[field] = value
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    code, out, err = run(["--db", str(db_path), "import", str(path)]), *capsys.readouterr()
    assert (code, out) == (2, "") and words in err and err.count("\n") == 1
