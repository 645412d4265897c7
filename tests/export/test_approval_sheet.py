"""The 签发单: 签发 with its 审核 on the command line, and a signed version exported with the sheet in front of its
pages — read back from the PDF as a clerk would read the paper."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from disclosure_desktop.domain import jsonio
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.cli import EXAMPLE, cli
from tests.helpers.paths import FULL_REPORT


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _page(pdf: Path, number: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-f", str(number), "-l", str(number), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture
def imported(capsys, db_path: Path, tmp_path: Path) -> Path:
    source = tmp_path / "in.json"
    source.write_text(FULL_REPORT.read_text("utf-8"), "utf-8")
    assert cli(capsys, db_path, "import", str(source))[:2] == (0, "1\n")
    return db_path


def test_sign_with_a_reviewer_then_export_the_sheet_in_front_of_the_pages(capsys, imported: Path,
                                                                         tmp_path: Path) -> None:
    code, out, err = cli(capsys, imported, "sign", "1", "--by", "张局长", "--reviewed-by", "李科长",
                         "--reviewed-on", "2026-01-18")
    assert (code, err) == (0, "")
    version = out.strip()
    with Database.open(imported) as db:
        info = ReportStore(db).version_info(int(version))
    assert (info.signed_by, info.reviewed_by, info.reviewed_on) == ("张局长", "李科长", dt.date(2026, 1, 18))
    plain, sheet = tmp_path / "plain.pdf", tmp_path / "sheet.pdf"
    assert cli(capsys, imported, "export", "1", "--version", version, "-o", str(plain)) == (0, "", "")
    assert cli(capsys, imported, "export", "1", "--version", version, "--approval-sheet", "-o", str(sheet)) == (
        0, "", "")
    report_pages = _pages(plain)
    assert _pages(sheet) == report_pages + 1
    first = _page(sheet, 1)
    assert "政府信息公开工作年度报告签发单" in first
    agency = jsonio.loads(FULL_REPORT.read_text("utf-8")).agency
    assert agency in first and "张局长" in first and "李科长" in first
    assert "2026年1月18日" in first  # 审核日期 as entered
    signed_day = info.created_at.astimezone().date()
    assert f"{signed_day.year}年{signed_day.month}月{signed_day.day}日" in first  # 签发日期
    assert f"第{version}号" in first and info.content_sha256[:16] in first
    assert f"{report_pages}页" in first
    assert "—" not in first  # the sheet has no page number
    assert "— 1 —" in _page(sheet, 2) and "— 1 —" in _page(plain, 1)
    # Page by page, the report after the sheet reads as the report alone does.
    for number in range(1, report_pages + 1):
        assert _page(sheet, number + 1) == _page(plain, number)
    # A signed version's export, sheet and all, is the same bytes every time.
    again = tmp_path / "again.pdf"
    assert cli(capsys, imported, "--lang", "en", "export", "1", "--version", version, "--approval-sheet",
               "-o", str(again))[0] == 0
    assert _sha(again) == _sha(sheet)


def test_without_a_reviewer_the_sheet_leaves_the_review_blank(capsys, imported: Path, tmp_path: Path) -> None:
    version = cli(capsys, imported, "sign", "1", "--by", "王五")[1].strip()
    sheet = tmp_path / "sheet.pdf"
    assert cli(capsys, imported, "export", "1", "--version", version, "--approval-sheet", "-o", str(sheet))[0] == 0
    lines = [line.split() for line in _page(sheet, 1).splitlines()]
    assert ["审核", "审核日期"] in lines  # nothing written after either label
    assert any(line[:2] == ["签发", "王五"] for line in lines)


@pytest.mark.parametrize(
    ("argv", "zh", "en"),
    [
        (["sign", "1", "--by", "张三", "--reviewed-by", "李四", "--reviewed-on", "2026-02-30"],
         "审核日期“2026-02-30”不是有效日期", "is not a date"),
        (["sign", "1", "--by", "张三", "--reviewed-on", "18/01/2026"], "不是有效日期", "YYYY-MM-DD"),
        (["export", "1", "--version", "1", "--approval-sheet", "-o", "out.docx"], "签发单只能随 PDF 导出",
         "only be exported in a PDF"),
        (["export", "1", "--approval-sheet", "-o", "out.pdf"], "请用 --version 指定签发版本",
         "goes with a signed version only"),
        (["export", "1", "--version", "2", "--approval-sheet", "-o", "out.pdf"], "版本 2 未签发",
         "version 2 is not signed"),
        (["export", "1", "--version", "9", "--approval-sheet", "-o", "out.pdf"], "报告 1 没有编号为 9 的版本",
         "report 1 has no version 9"),
    ],
)
def test_bad_sheet_requests_exit_2_in_the_ui_language_and_write_nothing(capsys, imported: Path, tmp_path: Path,
                                                                         argv: list[str], zh: str,
                                                                         en: str) -> None:
    assert cli(capsys, imported, "sign", "1", "--by", "张三")[:2] == (0, "1\n")
    assert cli(capsys, imported, "snapshot", "1", "--name", "未签发")[:2] == (0, "2\n")
    before = _sha(imported)
    argv = [str(tmp_path / a) if a.startswith("out.") else a for a in argv]
    for language, expected in (("zh_CN", zh), ("en", en)):
        code, out, err = cli(capsys, imported, "--lang", language, *argv)
        assert (code, out) == (2, "") and expected in err and err.count("\n") == 1, err
        assert "Traceback" not in err
    assert _sha(imported) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("out.")) == []


def test_a_pdf_without_the_sheet_is_unchanged_by_the_sheet_code(tmp_path: Path) -> None:
    # The same report and moment give the same bytes whether or not an approval sheet was painted before.
    from disclosure_desktop.domain.versions import SIGNED, VersionInfo
    from disclosure_desktop.export import registry
    from disclosure_desktop.export.approval_sheet import ApprovalSheet

    report = jsonio.loads(json.dumps(EXAMPLE, ensure_ascii=False))
    moment = dt.datetime(2026, 1, 20, 2, 30, tzinfo=dt.UTC)
    alone = registry.render(report, "pdf", moment=moment)
    info = VersionInfo(3, 1, moment, SIGNED, "张三", "张三", 0, "0" * 64, "李四", dt.date(2026, 1, 18))
    with_sheet = registry.render(report, "pdf", moment=moment, sheet=ApprovalSheet.of(report, info))
    assert with_sheet != alone
    assert registry.render(report, "pdf", moment=moment) == alone
    with pytest.raises(ValueError):
        registry.render(report, "docx", moment=moment, sheet=ApprovalSheet.of(report, info))
