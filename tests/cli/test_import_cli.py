"""`import FILE.docx|FILE.html` on the command line: the id, or exit 2 with one line naming what could not be read —
and a bad file (not a report, encrypted, a zip of something else, far too large) creates nothing."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import docx
import pytest

from disclosure_desktop.cli.main import run
from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.report import IMPORTED_FROM
from disclosure_desktop.export import registry
from disclosure_desktop.messages import set_language
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.paths import FIXTURES
from tests.helpers.published_docs import page_with_an_extra_row


def cli(capsys, db: Path, *args: str) -> tuple[int, str, str]:
    code = run(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def report():
    return jsonio.loads((FIXTURES / "docx_report.json").read_text("utf-8"))


@pytest.mark.parametrize("kind", ["docx", "html"])
def test_import_prints_the_id_and_the_report_is_stored_marked_imported(capsys, db_path, tmp_path, report, kind):
    path = tmp_path / f"去年的年报.{kind}"
    path.write_bytes(registry.render(report, kind))
    code, out, err = cli(capsys, db_path, "import", str(path))
    assert (code, err) == (0, "")
    new_id = int(out.strip())
    with Database.open(db_path) as db:
        stored = ReportStore(db).load(new_id)
    assert stored.meta[IMPORTED_FROM] == path.name
    assert {c.source for c in stored.cells.values()} == {"imported"}
    code, out, _ = cli(capsys, db_path, "export", str(new_id), "--format", "json")
    exported = json.loads(out)
    assert exported["meta"].pop(IMPORTED_FROM) == path.name
    exported["meta"].pop("imported_at")
    assert exported == jsonio.report_to_dict(report)


def test_values_without_a_cell_are_named_and_nothing_is_created(capsys, db_path, tmp_path, report):
    path = page_with_an_extra_row(tmp_path, report)
    code, out, err = cli(capsys, db_path, "import", str(path))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "3 个数值" in err and "地方性法规" in err and "--partial" in err
    assert not db_path.exists()


def test_partial_imports_anyway_and_dry_run_explains(capsys, db_path, tmp_path, report):
    path = page_with_an_extra_row(tmp_path, report)
    code, out, err = cli(capsys, db_path, "import", str(path), "--dry-run")
    assert code == 0 and not db_path.exists()
    assert "[行] 规章 → 规章：文字相同" in out
    assert "[行] 地方性法规 → （未对应）：没有对应的官方标签" in out
    assert "“地方性法规”行“本年制发件数”列的数值 2" in out
    code, out, err = cli(capsys, db_path, "import", str(path), "--partial")
    assert code == 0 and out.strip().isdigit()
    assert err.count("地方性法规") == 3


def _zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return path


def _letter(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("关于召开2025年度工作总结会议的通知")
    document.add_paragraph("各科室：定于1月10日上午9时召开会议，请准时参加。")
    document.save(str(path))
    return path


BAD_FILES = {
    "letter.docx": (lambda p: _letter(p), "不像政府信息公开工作年度报告"),
    "encrypted.docx": (lambda p: p.write_bytes((FIXTURES / "encrypted_report.docx").read_bytes()), "设有打开密码"),
    "workbook.docx": (lambda p: _zip(p, {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}),
                      "Excel 工作簿"),
    "photos.docx": (lambda p: _zip(p, {"IMG_0001.jpg": b"\xff\xd8\xff", "IMG_0002.jpg": b"\xff\xd8\xff"}),
                    "装有其他文件的压缩包"),
    "old.docx": (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000)), "旧版 Word"),
    "truncated.docx": (lambda p: p.write_bytes(registry.render(_report(), "docx")[:3000]), "不完整"),
    "text.docx": (lambda p: p.write_text("这不是 Word 文件", "utf-8"), "不是 Word"),
    "empty.html": (lambda p: p.write_bytes(b""), "是空的"),
    "notice.html": (lambda p: p.write_text("<html><body><h1>关于停水的通知</h1><p>明日停水。</p></body></html>",
                                           "utf-8"), "不像政府信息公开工作年度报告"),
    "binary.html": (lambda p: p.write_bytes(bytes(range(256)) * 40), "文字编码无法识别"),
}


def _report():
    return jsonio.loads((FIXTURES / "docx_report.json").read_text("utf-8"))


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_gets_one_clear_line_exit_2_and_nothing_created(capsys, db_path, tmp_path, name):
    make, words = BAD_FILES[name]
    path = tmp_path / name
    make(path)
    code, out, err = cli(capsys, db_path, "import", str(path))
    assert (code, out) == (2, "")
    assert err.startswith("错误：") and words in err and name in err, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not db_path.exists()


def test_a_50_mb_page_is_refused_before_it_is_read(capsys, db_path, tmp_path):
    path = tmp_path / "huge.html"
    with path.open("wb") as f:
        f.write(b"<html><body>")
        chunk = ("<p>" + "某" * 1000 + "</p>").encode("utf-8")
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            f.write(chunk)
    assert path.stat().st_size > 50 * 1024 * 1024
    code, _out, err = cli(capsys, db_path, "import", str(path))
    assert code == 2 and "太大" in err and "MB" in err
    assert not db_path.exists()


def test_an_existing_database_is_left_untouched_by_a_bad_file(capsys, db_path, tmp_path, report):
    good = tmp_path / "good.docx"
    good.write_bytes(registry.render(report, "docx"))
    assert cli(capsys, db_path, "import", str(good))[0] == 0
    before = db_path.read_bytes()
    bad = _letter(tmp_path / "letter.docx")
    assert cli(capsys, db_path, "import", str(bad))[0] == 2
    assert db_path.read_bytes() == before


def test_messages_in_english(capsys, db_path, tmp_path):
    path = tmp_path / "encrypted.docx"
    path.write_bytes((FIXTURES / "encrypted_report.docx").read_bytes())
    code, _, err = cli(capsys, db_path, "--lang", "en", "import", str(path))
    set_language("zh")
    assert code == 2 and err.startswith("error: ") and "encrypted with a password" in err


def test_format_and_year_options_belong_to_text_files(capsys, db_path, tmp_path, report):
    path = tmp_path / "r.docx"
    path.write_bytes(registry.render(report, "docx"))
    code, _, err = cli(capsys, db_path, "import", str(path), "--year", "2024")
    assert code == 2 and "--year" in err
    assert io.StringIO(err).read().count("\n") == 1
