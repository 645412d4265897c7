"""`disclosure-desktop check ID`: the checks of spec §5 on a stored report, for scripts and administrators."""

from __future__ import annotations

import json
from pathlib import Path

from disclosure_desktop.cli.main import run
from disclosure_desktop.domain.report import Cell, Report
from tests.helpers.cli import cli
from tests.helpers.database import store_reports
from tests.helpers.reports import clean_report, previous_of, recompute_all


def test_sound_report_exits_0(capsys, db_path: Path) -> None:
    report = clean_report()
    [rid] = store_reports(db_path, report)
    code, out, err = cli(capsys, db_path, "check", str(rid))
    assert (code, err) == (0, "")
    assert all(line.split("\t")[0] == "warning" for line in out.splitlines())
    code, out, _ = cli(capsys, db_path, "check", str(rid), "--json")
    assert code == 0 and all(p["severity"] == "warning" for p in json.loads(out))


def test_wrong_total_is_an_error_line_and_exit_1(capsys, db_path: Path) -> None:
    report = clean_report()
    right = report.value("t3.new.total")
    report.cells["t3.new.total"] = Cell(str(int(right) + 5))
    [rid] = store_reports(db_path, report)
    code, out, err = cli(capsys, db_path, "check", str(rid))
    assert (code, err) == (1, "")
    lines = [line.split("\t") for line in out.splitlines()]
    assert all(len(fields) == 4 for fields in lines)
    assert ["error", "T3-ROW-TOTAL", "t3.new.total"] in [fields[:3] for fields in lines]
    assert lines[0][0] == "error"  # errors come first
    message = next(f[3] for f in lines if f[1] == "T3-ROW-TOTAL")
    assert right in message and "\n" not in message

    code, out, _ = cli(capsys, db_path, "--lang", "en", "check", str(rid), "--json")
    rows = json.loads(out)
    assert code == 1
    keys = {"severity", "rule", "location", "cells", "section", "message", "acknowledged"}
    assert all(set(row) == keys for row in rows)
    row = next(r for r in rows if r["rule"] == "T3-ROW-TOTAL")
    assert row["severity"] == "error" and row["location"] == "t3.new.total"


def test_last_years_report_in_the_database_is_compared(capsys, db_path: Path) -> None:
    report = clean_report()
    previous = previous_of(report)
    previous.cells["t3.carried_out.natural"] = Cell(str(int(previous.value("t3.carried_out.natural") or 0) + 3))
    [rid] = store_reports(db_path, report)
    assert "CARRY-OVER" not in cli(capsys, db_path, "check", str(rid))[1]
    store_reports(db_path, previous)
    code, out, _ = cli(capsys, db_path, "check", str(rid))
    assert code == 1
    assert any(line.split("\t")[1] == "CARRY-OVER" for line in out.splitlines())


def test_check_that_cannot_run_exits_2(capsys, db_path: Path, tmp_path: Path) -> None:
    store_reports(db_path, clean_report())
    code, out, err = cli(capsys, db_path, "check", "7")
    assert (code, out) == (2, "")
    assert err.startswith("错误：") and "没有编号为 7 的报告" in err and err.count("\n") == 1
    bad = tmp_path / "not-a-db.sqlite"
    bad.write_text("plain text", "utf-8")
    code, out, err = cli(capsys, bad, "check", "1")
    assert (code, out) == (2, "") and "不是本程序的数据库文件" in err


def test_help_documents_the_output(capsys) -> None:
    assert run(["check", "--help"]) == 0
    out = capsys.readouterr().out
    assert "tab-separated" in out and "--json" in out


# `check --json` as a program reads it (spec §5)

KEYS = {"severity", "rule", "location", "cells", "section", "message", "acknowledged"}


def json_check(capsys, db: Path, rid: int) -> tuple[int, list[dict]]:
    code = run(["--db", str(db), "check", str(rid), "--json"])
    raw = capsys.readouterr().out
    assert "\\u" not in raw  # UTF-8 text, not escapes
    return code, json.loads(raw)


def assert_well_formed(rows: list[dict], format_id: str) -> None:
    from disclosure_desktop.domain.formats import get_format

    fmt = get_format(format_id)
    sections = {s.id for s in fmt.sections} | {"preamble", "closing", "title", "agency", "format", "published_on"}
    for row in rows:
        assert set(row) == KEYS, row
        assert isinstance(row["cells"], list) and all(c in fmt.cells for c in row["cells"]), row
        assert row["section"] in sections, row
        assert row["acknowledged"] is None or isinstance(row["acknowledged"], str)
        if row["location"] in fmt.cells:
            assert row["location"] in row["cells"], row


def test_json_of_the_example_report(capsys, db_path: Path) -> None:
    from disclosure_desktop.resource_files import resource_path

    example = resource_path("examples", "example-gov-2021.json")
    assert run(["--db", str(db_path), "import", str(example)]) == 0
    rid = int(capsys.readouterr().out)
    code, rows = json_check(capsys, db_path, rid)
    assert code == 0
    assert_well_formed(rows, "gov-2021")
    assert [r for r in rows if r["severity"] == "error"] == []


def every_rule_reports() -> list[Report]:
    """Reports that between them break every rule of spec §5, with last year's report beside the first."""
    report = clean_report()
    previous = previous_of(report)
    report.cells["t3.new.total"] = Cell(str(int(report.value("t3.new.total")) + 5))  # T3-ROW-TOTAL, T3-BALANCE
    report.cells["t3.r.total.commercial"] = Cell("999")  # T3-RESULT-TOTAL
    report.cells["t4.reconsideration.total"] = Cell("999")  # T4-TOTAL
    report.cells["t2.fees.amount"] = Cell("十二万")  # VALUE
    del report.cells["t3.r.withheld.secret.natural"]  # BLANK-CELL
    previous.cells["t3.carried_out.research"] = Cell("7")  # CARRY-OVER
    previous.cells["t2.normative.in_force"] = Cell("40")  # T2-STOCK
    report.sections["problems"] = ""  # SECTION-MISSING
    report.sections["other_matters"] = "（二）年度政务公开工作要点落实情况\n各项要点均已落实。"  # FEE-STATEMENT
    copied = ("（一）主动公开\n全年通过门户网站主动公开政府信息1268条，及时发布道路运输、公路建设、交通执法等领域信息，"
              "做好重大项目批准和实施信息公开，围绕群众关切做好政策解读和回应。\n（二）依申请公开\n"
              "严格按照法定时限答复，对涉及第三方权益的申请依法征求意见，答复文书统一经法制科审核。")
    previous.sections["overall"] = copied
    previous.sections["review_litigation"] = report.sections["review_litigation"]  # the same generated sentence
    report.sections["overall"] = copied + "\n全年共收到政府信息公开申请1件。"  # COPIED-TEXT, REPETITION, NARRATIVE
    report.sections["preamble"] = "本报告根据《条例》编制。联系人：XX。"  # PLACEHOLDER, PERIOD
    report.title = f"{report.agency}2019年政府信息公开工作年度报告"  # TITLE
    report.meta["published_on"] = "2026-03-01"  # LATE: a 局 publishes by 31 January
    other = clean_report(2020)  # gov-2021 for 2020: FORMAT-VERSION
    other.cells["t3.r.other.fee_unpaid.natural"] = Cell("2")
    other.cells["t3.new.natural"] = Cell(str(int(other.value("t3.new.natural")) + 2))
    recompute_all(other)
    other.agency = "某县农业农村局"
    other.sections["other_matters"] = "本年度未发出收费通知，未收取信息处理费。"  # FEE-NOTICE
    return [previous, report, other]


def test_json_of_reports_breaking_every_rule(capsys, db_path: Path) -> None:
    from disclosure_desktop.domain.checks import RULES

    previous, report, other = every_rule_reports()
    _, rid, other_id = store_reports(db_path, previous, report, other)
    seen: set[str] = set()
    for current, format_id in ((rid, report.format_id), (other_id, other.format_id)):
        code, rows = json_check(capsys, db_path, current)
        assert code == (1 if any(r["severity"] == "error" for r in rows) else 0)
        assert_well_formed(rows, format_id)
        seen |= {r["rule"] for r in rows}
        blank = [r for r in rows if r["rule"] == "BLANK-CELL"]
        for row in blank:  # every blank cell is named
            assert row["cells"] and all(c not in (report.cells if current == rid else other.cells)
                                        for c in row["cells"])
    assert seen == RULES
    _, rows = json_check(capsys, db_path, rid)
    cells_of = {(r["rule"], r["location"]): r["cells"] for r in rows}
    assert cells_of["BLANK-CELL", "applications"] == ["t3.r.withheld.secret.natural"]
    assert cells_of["NARRATIVE-NUMBER", "t3.new.total"][0] == "t3.new.total"
    assert "t3.new.natural" in cells_of["T3-ROW-TOTAL", "t3.new.total"]


def test_the_repetition_threshold_is_an_option(capsys, db_path: Path) -> None:
    previous, report, _ = every_rule_reports()
    _, rid = store_reports(db_path, previous, report)
    rules = {r["rule"] for r in json_check(capsys, db_path, rid)[1]}
    assert "REPETITION" in rules
    code = run(["--db", str(db_path), "check", str(rid), "--json", "--repetition-threshold", "95%"])
    rows = json.loads(capsys.readouterr().out)
    assert code == 1 and "REPETITION" not in {r["rule"] for r in rows}
    code = run(["--db", str(db_path), "check", str(rid), "--repetition-threshold", "abc"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "") and err.count("\n") == 1 and "abc" in err
