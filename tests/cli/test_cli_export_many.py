"""`export` of several reports, or --all, into a folder in one process: what lands there, and what is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from disclosure_desktop.domain.report import Cell, Report
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.cli import cli, digest

T3 = "t3.new.natural"


def _reports(db_path: Path) -> list[int]:
    """Three reports: two agencies, and a second report whose title equals the first one's."""
    with Database.open(db_path) as db:
        store = ReportStore(db)
        ids = []
        for agency, natural in (("某某县人民政府", "705"), ("某某县教育局", "12"), ("某某县人民政府", "9")):
            report = Report("gov-2021", agency, 2025)
            report.sections["overall"] = f"{agency}全年主动公开政府信息。"
            report.cells[T3] = Cell(natural)
            ids.append(store.create(report))
        return ids


def test_all_into_a_folder_names_each_file_by_its_title(capsys, db_path: Path, tmp_path: Path) -> None:
    ids = _reports(db_path)
    folder = tmp_path / "发布"
    assert cli(capsys, db_path, "export", "--all", "--format", "json", "-o", str(folder)) == (0, "", "")
    names = sorted(p.name for p in folder.iterdir())
    title = "某某县人民政府2025年政府信息公开工作年度报告"
    # Two reports share a title: each of those names also carries its id; the other keeps the plain title.
    assert names == sorted([f"{title}-{ids[0]}.json", f"{title}-{ids[2]}.json",
                            "某某县教育局2025年政府信息公开工作年度报告.json"])
    first = json.loads((folder / f"{title}-{ids[0]}.json").read_text("utf-8"))
    third = json.loads((folder / f"{title}-{ids[2]}.json").read_text("utf-8"))
    assert (first["cells"][T3], third["cells"][T3]) == (705, 9)
    # Each export is remembered as the version it wrote, as the one-report form does.
    code, out, _ = cli(capsys, db_path, "versions", str(ids[1]))
    assert code == 0 and out.count("\n") == 1 and "json: 某某县教育局" in out


def test_several_ids_write_only_those(capsys, db_path: Path, tmp_path: Path) -> None:
    ids = _reports(db_path)
    folder = tmp_path / "out"
    folder.mkdir()
    assert cli(capsys, db_path, "export", str(ids[1]), str(ids[0]), "--format", "pdf", "-o", str(folder))[0] == 0
    written = sorted(folder.iterdir())
    assert [p.suffix for p in written] == [".pdf", ".pdf"]
    assert all(p.read_bytes().startswith(b"%PDF-") for p in written)
    assert {p.name for p in written} == {"某某县人民政府2025年政府信息公开工作年度报告.pdf",
                                         "某某县教育局2025年政府信息公开工作年度报告.pdf"}


def test_one_id_into_an_existing_folder(capsys, db_path: Path, tmp_path: Path) -> None:
    ids = _reports(db_path)
    assert cli(capsys, db_path, "export", str(ids[1]), "--format", "html", "-o", str(tmp_path))[0] == 0
    page = tmp_path / "某某县教育局2025年政府信息公开工作年度报告.html"
    assert "某某县教育局" in page.read_text("utf-8")


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("missing_id", "没有编号为 99 的报告"),
        ("no_format", "请用 --format 指定格式"),
        ("unknown_format", "未知的导出格式“xls”"),
        ("ids_and_all", "不能同时使用"),
        ("version", "--version 只用于导出一份报告"),
        ("output_is_a_file", "-o 应为文件夹"),
        ("standard_output", "-o 应为文件夹"),
        ("no_id", "缺少参数"),
    ],
)
def test_refused_before_anything_is_written(case: str, expected: str, capsys, db_path: Path,
                                            tmp_path: Path) -> None:
    ids = _reports(db_path)
    folder = tmp_path / "out"
    a_file = tmp_path / "exists.pdf"
    a_file.write_bytes(b"kept")
    argv = {
        "missing_id": [str(ids[0]), "99", "--format", "pdf", "-o", str(folder)],
        "no_format": ["--all", "-o", str(folder)],
        "unknown_format": ["--all", "--format", "xls", "-o", str(folder)],
        "ids_and_all": ["--all", str(ids[0]), "--format", "pdf", "-o", str(folder)],
        "version": [str(ids[0]), str(ids[1]), "--format", "pdf", "--version", "1", "-o", str(folder)],
        "output_is_a_file": ["--all", "--format", "pdf", "-o", str(a_file)],
        "standard_output": ["--all", "--format", "json"],
        "no_id": ["--format", "pdf", "-o", str(tmp_path / "one.pdf")],
    }[case]
    before = digest(db_path)
    code, out, err = cli(capsys, db_path, "export", *argv)
    assert (code, out) == (2, "")
    assert err.startswith("错误：") and err.count("\n") == 1 and expected in err, err
    assert not folder.exists() or not any(folder.iterdir())
    assert a_file.read_bytes() == b"kept"
    assert digest(db_path) == before


def test_english_message(capsys, db_path: Path, tmp_path: Path) -> None:
    _reports(db_path)
    code, _, err = cli(capsys, db_path, "--lang", "en", "export", "--all", "-o", str(tmp_path))
    assert code == 2
    assert err == "error: exporting several reports needs --format (known: pdf、docx、html、json)\n"
