"""`disclosure-desktop check ID`: the checks of spec §5 on a stored report, for scripts and administrators."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from disclosure_desktop.cli import run
from disclosure_desktop.domain.report import Cell, Report
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.test_checks import clean_report, previous_of


def cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = run(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def store_reports(db_path: Path, *reports: Report) -> list[int]:
    with Database.open(db_path) as db:
        store = ReportStore(db)
        return [store.create(r) for r in reports]


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
    assert all(set(row) == {"severity", "rule", "location", "message"} for row in rows)
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
