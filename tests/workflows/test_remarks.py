"""The 公开办's remarks (审核意见, spec §12) on the unit's side: the desk's own remarks file opens on the report it
reviewed, `remarks` prints how many items, `check --json` lists them beside the program's own problems, each can
be marked 已整改 as an undoable step kept with the report, the state follows the verdict, and a file for another
agency, year or version is refused with the reason."""

from __future__ import annotations

import json
from pathlib import Path

from disclosure_desktop.domain.checks.problem import REPORT
from disclosure_desktop.domain.edit_session import EditSession
from disclosure_desktop.domain.life import LifeState
from disclosure_desktop.domain.remarks import remark_problems
from disclosure_desktop.domain.report import Report
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.cli import cli
from tests.helpers.database import store_reports
from tests.helpers.remarks import SAID, desk_remarks, faulty_report, remarks_file
from tests.helpers.reports import clean_report


def _submitted(capsys, db: Path, tmp_path: Path, report: Report | None = None) -> tuple[int, Path]:
    [rid] = store_reports(db, report or faulty_report())
    assert cli(capsys, db, "sign", str(rid), "--by", "张三")[0] == 0
    package = tmp_path / f"报送包-{rid}.zip"
    assert cli(capsys, db, "submit", str(rid), "-o", str(package))[0] == 0
    return rid, package


def _state(capsys, db: Path, rid: int) -> str:
    out = cli(capsys, db, "list")[1]
    return {line.split("\t")[0]: line.split("\t")[5] for line in out.splitlines()}[str(rid)]


def _check(capsys, db: Path, rid: int) -> list[dict]:
    return json.loads(cli(capsys, db, "check", str(rid), "--json")[1])


def test_the_desks_remarks_open_on_the_units_report_and_the_state_follows_the_verdict(capsys, db_path, tmp_path):
    rid, package = _submitted(capsys, db_path, tmp_path)
    assert _state(capsys, db_path, rid) == "已报送"
    returned = desk_remarks(package, tmp_path / "审核意见.json", remarks=("请补充政策解读的具体数量。",))
    items = json.loads(returned.read_text("utf-8"))["items"]
    assert {i["rule"] for i in items} == {"NARRATIVE-NUMBER", "REMARK"}
    code, out, err = cli(capsys, db_path, "remarks", str(rid), str(returned))
    assert (code, out, err) == (0, f"{len(items)}\n", "")
    assert _state(capsys, db_path, rid) == "退回修改"
    rows = _check(capsys, db_path, rid)
    remarks = [row for row in rows if "remark" in row]
    assert [(r["rule"], r["location"], r["message"]) for r in remarks] == [
        (i["rule"], i["location"], i["message"]) for i in items]
    assert all(r["fixed"] is None and r["acknowledged"] is None for r in remarks)
    sentence = next(r for r in remarks if r["rule"] == "NARRATIVE-NUMBER")
    assert sentence["section"] == "overall" and sentence["severity"] == "warning" and sentence["cells"]
    # Beside them the program's own finding of the same thing.
    assert any(r["rule"] == "NARRATIVE-NUMBER" and "remark" not in r for r in rows)
    whole = next(r for r in remarks if r["rule"] == "REMARK")
    assert whole["location"] == REPORT and whole["section"] == REPORT
    # Opening the same file again records nothing new.
    assert cli(capsys, db_path, "remarks", str(rid), str(returned))[:2] == (0, f"{len(items)}\n")
    assert [line.split("\t")[2] for line in cli(capsys, db_path, "versions", str(rid))[1].splitlines()] == [
        "审核意见", "报送", "签发"]
    passed = desk_remarks(package, tmp_path / "通过.json", verdict="通过")
    assert cli(capsys, db_path, "remarks", str(rid), str(passed))[0] == 0
    assert _state(capsys, db_path, rid) == "已通过"


def test_an_item_marked_corrected_is_an_undoable_step_kept_with_the_report(capsys, db_path, tmp_path):
    rid, package = _submitted(capsys, db_path, tmp_path)
    returned = desk_remarks(package, tmp_path / "审核意见.json", remarks=("请补充政策解读的具体数量。",))
    assert cli(capsys, db_path, "remarks", str(rid), str(returned))[0] == 0
    with Database.open(db_path) as db:
        store = ReportStore(db)
        life = store.life(rid)
        assert life.state == LifeState.RETURNED and life.remarks is not None
        first = life.remarks.items[0].key
        session = EditSession(store.load(rid))
        edit = session.mark_remark(first, "2026-02-05")
        assert edit is not None and session.undo_name == "将审核意见标记为已整改"
        store.apply(rid, edit.changes)
        assert store.load(rid).remarks_fixed == {first: "2026-02-05"}
        # Marking changes nothing that was signed.
        assert store.life(rid).state == LifeState.RETURNED and not store.life(rid).changed
    fixed = [r for r in _check(capsys, db_path, rid) if r.get("remark") == first]
    assert fixed[0]["fixed"] == "2026-02-05" and fixed[0]["severity"] == "warning"
    assert "（已整改：2026-02-05）" in cli(capsys, db_path, "check", str(rid))[1]
    with Database.open(db_path) as db:
        store = ReportStore(db)
        undo = session.undo()
        assert undo is not None
        store.apply(rid, undo.changes)
        assert store.load(rid).remarks_fixed == {}
    assert next(r for r in _check(capsys, db_path, rid) if r.get("remark") == first)["fixed"] is None


def test_items_at_a_cell_a_sentence_and_a_whole_part(capsys, db_path, tmp_path):
    rid, _package = _submitted(capsys, db_path, tmp_path)
    with Database.open(db_path) as db:
        store = ReportStore(db)
        signed = store.life(rid).signed
        report = store.load(rid)
    items = [
        {"rule": "T3-BALANCE", "location": "t3.r.total.natural", "cells": ["t3.r.total.natural", "t9.nowhere"],
         "message": "表三自然人一栏不平衡。"},
        {"rule": "REMARK", "location": "overall", "cells": [], "message": f"“{SAID}”与表三不一致，请核实。"},
        {"rule": "REMARK", "location": "problems", "cells": [], "message": "存在问题部分过于笼统。"},
    ]
    path = remarks_file(tmp_path / "r.json", agency=report.agency, year=2025, version=signed.id, items=items)
    assert cli(capsys, db_path, "remarks", str(rid), str(path))[:2] == (0, "3\n")
    with Database.open(db_path) as db:
        life = ReportStore(db).life(rid)
    cell, sentence, part = remark_problems(life.remarks.items, report, {})
    assert (cell.severity, cell.section_id, cell.cell_ids) == ("error", "applications", ("t3.r.total.natural",))
    assert (sentence.section_id, sentence.cell_ids) == ("overall", ())
    assert (part.section_id, part.location) == ("problems", "problems")
    assert all(p.remark and p.key.startswith("REMARK#") for p in (cell, sentence, part))
    assert cli(capsys, db_path, "check", str(rid))[0] == 1  # the office names an error: it counts until corrected


def test_a_remarks_file_for_another_agency_year_or_version_is_refused_with_the_reason(capsys, db_path, tmp_path):
    rid, _package = _submitted(capsys, db_path, tmp_path)
    with Database.open(db_path) as db:
        signed = ReportStore(db).life(rid).signed.id
    agency = clean_report().agency
    cases = {
        "不是本报告的机关": remarks_file(tmp_path / "a.json", agency="某县教育局", year=2025, version=signed),
        "2024 年度": remarks_file(tmp_path / "b.json", agency=agency, year=2024, version=signed),
        f"第 {signed + 7} 版": remarks_file(tmp_path / "c.json", agency=agency, year=2025, version=signed + 7),
        "不是审核意见文件": tmp_path / "d.json",
        "结论": remarks_file(tmp_path / "e.json", agency=agency, year=2025, version=signed, verdict="再议"),
    }
    (tmp_path / "d.json").write_text('{"package": 1}', "utf-8")
    for words, path in cases.items():
        code, out, err = cli(capsys, db_path, "remarks", str(rid), str(path))
        assert (code, out) == (2, "") and err.count("\n") == 1, err
        assert words in err, err
    assert _state(capsys, db_path, rid) == "已报送"
    # The same agency written the other way round is the same agency.
    other_way = agency.replace("某县", "某县 ")
    ok = remarks_file(tmp_path / "f.json", agency=other_way, year=2025, version=None, verdict="通过")
    assert cli(capsys, db_path, "remarks", str(rid), str(ok))[:2] == (0, "0\n")
    assert _state(capsys, db_path, rid) == "已通过"
