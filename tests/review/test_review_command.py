"""`review FOLDER --year Y --units units.csv --json` over a county's folder of 30 units' reports in every form a
公开办 receives — this program's JSON, web page and Word exports, Word files and web pages laid out as published,
submission packages — names exactly the two units missing, the one late, the two whose part 一 is the same text,
the one whose table 三 breaks the balance, the file that is no report and the file sent twice; the roll-up is the
sum computed here cell by cell, with the units that left a cell blank named; the workbook has one row a unit."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from disclosure_desktop.domain import jsonio
from disclosure_desktop.importers import kind_of
from tests.helpers.paths import ROOT
from tests.helpers.review_batch import (
    SUFFIXES,
    previous_year,
    unit_name,
    unit_report,
    with_cells,
    with_sections,
    write_as,
)

RECEIVED = 30
LISTED = 32  # the last two send nothing
KINDS = ["json", "html", "docx", "published_docx", "published_html", "package"]
if kind_of(Path("x.pdf")) is not None:  # once PDF import lands, the program's PDFs are in the pile too
    KINDS.append("pdf")
LATE, BALANCE, ORIGINAL, COPIER = 3, 7, 5, 12
BLANKS = {4: ("t2.fees.amount", "t4.lawsuit_after.pending"), 9: ("t2.rules.repealed",)}
REPEATS_ITSELF, REWRITTEN = 0, (1, 2)
TWICE = 8


def _reports() -> dict[int, object]:
    reports = {}
    for index in range(RECEIVED):
        report = unit_report(index, published_on="2026-02-15" if index == LATE else "2026-01-20")
        if index == BALANCE:
            doc = jsonio.report_to_dict(report)["cells"]
            report = with_cells(report, {"t3.carried_out.natural": doc["t3.carried_out.natural"] + 1,
                                         "t3.carried_out.total": doc["t3.carried_out.total"] + 1})
        if index in BLANKS:
            report = with_cells(report, dict.fromkeys(BLANKS[index]))
        reports[index] = report
    reports[COPIER] = with_sections(reports[COPIER], {"overall": reports[ORIGINAL].sections["overall"]})
    return reports


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> dict:
    base = tmp_path_factory.mktemp("batch")
    folder = base / "收到的年报"
    folder.mkdir()
    reports = _reports()
    files = {}
    for index, report in reports.items():
        kind = KINDS[index % len(KINDS)]
        files[index] = write_as(report, kind, folder / f"{index:02d}_{unit_name(index)}{SUFFIXES[kind]}")
    (folder / "2024年度").mkdir()
    for index in (REPEATS_ITSELF, *REWRITTEN):
        last = previous_year(reports[index], index, same_text=index == REPEATS_ITSELF)
        write_as(last, "json", folder / "2024年度" / f"{unit_name(index)}2024.json")
    (folder / "补报").mkdir()
    duplicate = shutil.copy(files[TWICE], folder / "补报" / f"再次报送{files[TWICE].suffix}")
    import docx

    notice = docx.Document()
    notice.add_paragraph("关于报送政府信息公开工作年度报告的通知")
    notice.add_paragraph("各单位：请于1月31日前报送本单位年报。")
    notice.save(folder / "通知.docx")
    units = base / "units.csv"
    rows = ["单位名称,单位类型,截止日期"] + [f"{unit_name(i)},部门," for i in range(LISTED)]
    rows[21] = f"{unit_name(20)},部门,2026-01-25"  # a local deadline the unit met
    units.write_bytes("\r\n".join(rows).encode("gb18030"))  # as Excel saves it on a Chinese Windows
    return {"folder": folder, "units": units, "reports": reports, "files": files, "duplicate": duplicate,
            "base": base}


def _run(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "disclosure_desktop", *map(str, args)], capture_output=True,
                          cwd=ROOT, timeout=600)


@pytest.fixture(scope="module")
def reviewed(batch: dict) -> dict:
    out = batch["base"] / "汇总.xlsx"
    done = _run("review", batch["folder"], "--year", 2025, "--units", batch["units"], "-o", out, "--json")
    assert done.returncode == 1, done.stderr.decode()  # two units missing, one with errors
    return {"doc": json.loads(done.stdout.decode("utf-8")), "stderr": done.stderr.decode("utf-8"), "xlsx": out}


def _by_unit(doc: dict) -> dict[str, dict]:
    return {u["unit"]: u for u in doc["units"]}


def test_missing_late_rules_and_files_are_named_exactly(batch, reviewed):
    doc = reviewed["doc"]
    rows = _by_unit(doc)
    assert doc["year"] == 2025
    assert list(rows) == [unit_name(i) for i in range(LISTED)]
    assert doc["missing"] == [unit_name(30), unit_name(31)]
    assert {rows[unit_name(i)]["status"] for i in (30, 31)} == {"未报送"}
    assert {u["status"] for u in doc["units"][:RECEIVED]} == {"已收到"}
    assert [u["unit"] for u in doc["units"] if u["late"]] == [unit_name(LATE)]
    assert "LATE" in rows[unit_name(LATE)]["rules"]
    assert [u["unit"] for u in doc["units"] if u["errors"]] == [unit_name(BALANCE)]
    assert [u["unit"] for u in doc["units"] if "T3-BALANCE" in u["rules"]] == [unit_name(BALANCE)]
    blank_units = [u["unit"] for u in doc["units"] if "BLANK-CELL" in u["rules"]]
    assert blank_units == [unit_name(i) for i in sorted(BLANKS)]
    # Every unit names the file it was read from (relative to the folder).
    for index, path in batch["files"].items():
        assert rows[unit_name(index)]["file"] == path.name
    assert [r["file"] for r in doc["rejected_files"]] == ["通知.docx"]
    assert "不像政府信息公开工作年度报告" in doc["rejected_files"][0]["reason"]
    twice = batch["files"][TWICE]
    assert doc["duplicates"] == [{"file": f"补报/再次报送{twice.suffix}", "same_as": twice.name}]
    assert "通知.docx" in reviewed["stderr"]


def test_the_copied_part_names_the_other_unit_both_ways(reviewed):
    rows = _by_unit(reviewed["doc"])
    alike = {name: row["similar_to"] for name, row in rows.items() if row["similar_to"] is not None}
    assert set(alike) == {unit_name(ORIGINAL), unit_name(COPIER)}
    assert alike[unit_name(COPIER)]["unit"] == unit_name(ORIGINAL)
    assert alike[unit_name(ORIGINAL)]["unit"] == unit_name(COPIER)
    assert all(found["rate"] > 0.8 for found in alike.values())


def test_repetition_against_the_units_own_last_year(reviewed):
    rows = _by_unit(reviewed["doc"])
    measured = {name: row["repetition"] for name, row in rows.items() if row["repetition"] is not None}
    assert set(measured) == {unit_name(i) for i in (REPEATS_ITSELF, *REWRITTEN)}
    assert measured[unit_name(REPEATS_ITSELF)] > 0.9
    assert "REPETITION" in rows[unit_name(REPEATS_ITSELF)]["rules"]
    assert all(measured[unit_name(i)] < 0.5 for i in REWRITTEN)


def test_the_rollup_is_the_sum_of_every_units_cells_with_blank_cells_named(batch, reviewed):
    rollup = reviewed["doc"]["rollup"]
    expected: dict[str, Decimal] = {}
    blank: dict[str, list[str]] = {}
    all_cells = {cid for r in batch["reports"].values() for cid in jsonio.report_to_dict(r)["cells"]}
    for index, report in batch["reports"].items():
        cells = jsonio.report_to_dict(report)["cells"]
        for cid in sorted(all_cells):
            if cid in cells:
                expected[cid] = expected.get(cid, Decimal(0)) + Decimal(str(cells[cid]))
            else:
                blank.setdefault(cid, []).append(unit_name(index))
    assert {cid: Decimal(str(v)) for cid, v in rollup["cells"].items()} == expected
    assert rollup["blank_in"] == blank
    assert blank == {"t2.fees.amount": [unit_name(4)], "t4.lawsuit_after.pending": [unit_name(4)],
                     "t2.rules.repealed": [unit_name(9)]}
    # The one unit's broken balance shows on the sums, in the columns it broke.
    assert {(p["rule"], p["location"]) for p in rollup["problems"]} == {
        ("T3-BALANCE", "t3.r.total.natural"), ("T3-BALANCE", "t3.r.total.total")}


def test_the_workbook_has_one_row_a_unit_with_the_summary_columns(reviewed):
    from openpyxl import load_workbook

    book = load_workbook(reviewed["xlsx"])
    sheet = book["汇总表"]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    for title in ("单位", "状态", "文件", "发布日期", "是否逾期", "错误", "警告", "勾稽", "正文与表格", "上年衔接",
                  "与本单位上年重复率", "与其他单位最高相似度", "相似单位", "必备部分"):
        assert title in header
    body = rows[1:]
    assert [r[header.index("单位")] for r in body] == [unit_name(i) for i in range(LISTED)]
    col = {title: header.index(title) for title in header}
    by_unit = {r[col["单位"]]: r for r in body}
    assert by_unit[unit_name(LATE)][col["是否逾期"]] == "逾期"
    assert by_unit[unit_name(BALANCE)][col["勾稽"]] == "错误"
    assert by_unit[unit_name(BALANCE)][col["错误"]] >= 1
    assert by_unit[unit_name(COPIER)][col["相似单位"]] == unit_name(ORIGINAL)
    assert by_unit[unit_name(COPIER)][col["与其他单位最高相似度"]] > 0.8
    assert by_unit[unit_name(30)][col["状态"]] == "未报送"
    # Units not heard from are in red.
    missing_row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == unit_name(30))
    assert missing_row[0].font.color.rgb.endswith("C00000")
    received_row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == unit_name(0))
    assert received_row[0].font.color is None or not str(received_row[0].font.color.rgb).endswith("C00000")
    rollup = book["汇总统计"]
    cells = {r[3]: r for r in rollup.iter_rows(min_row=2, values_only=True) if r[3]}
    assert cells["t2.fees.amount"][6] == unit_name(4)
    assert cells["t3.new.total"][4] == sum(
        jsonio.report_to_dict(unit_report(i))["cells"]["t3.new.total"] for i in range(RECEIVED))
    ratios = book["比率"]
    last = list(ratios.iter_rows(values_only=True))[-1]
    assert last[0] == "全部汇总单位" and 0 < last[1] <= 1


def test_csv_summary_and_rollup_beside_it(batch, tmp_path):
    out = tmp_path / "summary.csv"
    done = _run("review", batch["folder"], "--year", 2025, "--units", batch["units"], "-o", out)
    assert done.returncode == 1
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == LISTED + 1 and rows[0][0] == "单位"
    assert (tmp_path / "summary.rollup.csv").read_text("utf-8-sig").startswith("表,行,列,单元格编号,合计")
    # The plain output: one unit a line, tab-separated, the missing ones too.
    lines = done.stdout.decode("utf-8").splitlines()
    assert len(lines) == LISTED and lines[30].split("\t")[:2] == [unit_name(30), "未报送"]


@pytest.mark.parametrize(("args", "said"), [
    (["/no/such/folder", "--year", "2025"], "找不到文件夹"),
    (["{folder}", "--year", "25x"], "年度“25x”不对"),
    (["{folder}", "--year", "2025", "-o", "{base}/summary.pdf"], "-o 的文件名应以 .xlsx 或 .csv 结尾"),
    (["{folder}", "--year", "2025", "--units", "{base}/bad.csv"], "第 2 行"),
    (["{base}/empty", "--year", "2025"], "没有可审核的年报文件"),
])
def test_a_review_that_cannot_run_says_why_in_one_line_and_exits_2(batch, capsys, args, said):
    from disclosure_desktop.cli.main import run

    base = batch["base"]
    (base / "empty").mkdir(exist_ok=True)
    (base / "bad.csv").write_text("单位名称,单位类型\n某某县教育局,局\n", "utf-8")
    code = run(["review", *(a.format(folder=batch["folder"], base=base) for a in args)])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "") and said in err and err.count("\n") == 1, err
    assert not (base / "summary.pdf").exists()


def test_without_a_units_list_every_agency_reporting_is_a_unit(batch, capsys):
    from disclosure_desktop.cli.main import run

    code = run(["review", str(batch["folder"]), "--year", "2025", "--json", "--lang", "en"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 1  # the unit with a broken balance
    assert [u["unit"] for u in doc["units"]] == [unit_name(i) for i in range(RECEIVED)]
    assert doc["missing"] == [] and {u["status"] for u in doc["units"]} == {"已收到"}
    assert "not look like an annual disclosure report" in doc["rejected_files"][0]["reason"]
