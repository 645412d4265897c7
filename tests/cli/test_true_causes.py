"""Messages name the real cause in the clerk's words (issue 21, item 7): a full disk is a full disk, not damage or an
SQLite code; a read-only disk, folder or file is named and can still be read and exported (the export then not
kept as a version, and said so); a mistyped --db creates nothing; parts and cells by their printed names; JSON
saved by Notepad as GBK or "Unicode" is read; no library text; one limit in the code, the messages and the docs."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from disclosure_desktop.domain.limits import MAX_FILE_BYTES, MB
from tests.helpers.cli import EXAMPLE, cli, digest
from tests.helpers.disks import fill, nobody_can_run, remount, run_as_nobody, small_disk
from tests.helpers.hostile import CONTENT_TYPES, DOCUMENT_RELS, PACKAGE_RELS, deflated, member, write_zip
from tests.helpers.paths import ROOT

NO_LIBRARY_TEXT = ("SQLITE", "sqlite3", "Traceback", "XML_PARSE", "xmlSAX2", "lxml", "UTF-8")


def one_line(err: str) -> str:
    assert err.startswith("错误：") and err.count("\n") == 1, err
    assert not any(words in err for words in NO_LIBRARY_TEXT), err
    return err


def example_file(folder: Path) -> Path:
    path = folder / "example.json"
    path.write_text(json.dumps(EXAMPLE, ensure_ascii=False), "utf-8")
    return path


def with_report(db: Path, capsys) -> Path:
    assert cli(capsys, db, "import", str(example_file(db.parent)))[:2] == (0, "1\n")
    return db


# --- a full disk ----------------------------------------------------------------------------------------------


def test_a_backup_onto_a_full_disk_says_the_disk_is_full(capsys, tmp_path):
    db = with_report(tmp_path / "reports.sqlite", capsys)
    before = digest(db)
    with small_disk(tmp_path / "stick", "1m") as stick:
        fill(stick)
        code, out, err = cli(capsys, db, "backup", "-o", str(stick / "备份.sqlite"))
        assert (code, out) == (2, "")
        assert "无法写入备份" in one_line(err) and "磁盘已满" in err and "损坏" not in err
        assert sorted(p.name for p in stick.iterdir()) == ["filler"]  # no half copy left
    assert digest(db) == before


def test_a_database_on_a_full_disk_can_be_listed_and_exported_and_says_why_it_takes_nothing(capsys, tmp_path):
    with small_disk(tmp_path / "disk") as disk:
        db = with_report(disk / "reports.sqlite", capsys)
        fill(disk)
        before = digest(db)
        code, out, _err = cli(capsys, db, "list")
        assert code == 0 and out.startswith("1\t")
        target = tmp_path / "年报.html"
        code, out, err = cli(capsys, db, "export", "1", "-o", str(target))
        assert (code, out) == (0, "") and target.stat().st_size > 0
        assert err == f"已导出 {target}；但数据库所在的磁盘已满，这次导出没有记为版本\n"
        code, out, err = cli(capsys, db, "import", str(example_file(tmp_path)))
        assert (code, out) == (2, "") and "磁盘已满" in one_line(err)
        assert digest(db) == before


# --- read-only ------------------------------------------------------------------------------------------------


def test_a_database_on_a_read_only_disk_is_read_and_exported(capsys, tmp_path):
    with small_disk(tmp_path / "stick") as stick:
        db = with_report(stick / "reports.sqlite", capsys)
        before = sorted(p.name for p in stick.iterdir())
        remount(stick, "ro")
        try:
            assert cli(capsys, db, "list")[0] == 0
            target = tmp_path / "年报.pdf"
            code, out, err = cli(capsys, db, "export", "1", "-o", str(target))
            assert (code, out) == (0, "") and target.read_bytes().startswith(b"%PDF")
            assert "数据库所在的磁盘是只读的，这次导出没有记为版本" in err
            code, out, err = cli(capsys, db, "snapshot", "1")
            assert (code, out) == (2, "") and "所在的磁盘是只读的（如写保护的 U 盘或光盘）" in one_line(err)
        finally:
            remount(stick, "rw")
        assert sorted(p.name for p in stick.iterdir()) == before


@pytest.mark.slow
@pytest.mark.skipif(not nobody_can_run(), reason="needs root, setpriv and a system Python of this version")
@pytest.mark.parametrize("where", ["folder", "file"])
def test_a_read_only_folder_or_file_is_read_and_exported_by_a_clerk_without_rights(capsys, where):
    home = Path(tempfile.mkdtemp(prefix="i21-nobody-"))  # pytest's own folders are closed to other users
    try:
        os.chmod(home, 0o777)
        folder = home / "单位"
        folder.mkdir()
        db = with_report(folder / "reports.sqlite", capsys)
        if where == "folder":
            os.chmod(folder, 0o555)
            cause = ("数据库所在的文件夹不允许写入", "所在的文件夹不允许写入，无法保存")
        else:
            os.chmod(folder, 0o777)
            os.chmod(db, 0o444)
            cause = ("数据库文件是只读的", "是只读的，无法保存；请在文件属性中取消“只读”")
        before = digest(db)
        code, out, err = run_as_nobody("--db", str(db), "list", home=home)
        assert (code, err) == (0, "") and out.startswith("1\t")
        target = home / "年报.html"
        code, out, err = run_as_nobody("--db", str(db), "export", "1", "-o", str(target), home=home)
        assert code == 0 and target.exists() and f"{cause[0]}，这次导出没有记为版本" in err, err
        code, out, err = run_as_nobody("--db", str(db), "snapshot", "1", home=home)
        assert code == 2 and cause[1] in one_line(err), err
        assert digest(db) == before
    finally:
        shutil.rmtree(home, ignore_errors=True)


# --- a mistyped --db ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [("list",), ("check", "1"), ("versions", "1"), ("export", "1", "-o", "x.json"),
                                     ("charts", "1", "-o", "charts"), ("snapshot", "1"), ("sign", "1", "--by", "张三"),
                                     ("backup", "-o", "copy.sqlite")])
def test_a_mistyped_db_creates_nothing(capsys, tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    typo = tmp_path / "单位的报告" / "reports.sqlite"
    code, out, err = cli(capsys, typo, *command)
    assert (code, out) == (2, "")
    assert f"数据库 {typo} 不存在" in one_line(err) and "请检查 --db" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


# --- names, encodings, library text, limits -------------------------------------------------------------------


@pytest.mark.parametrize(("change", "said"), [
    ({"sections": {"overall": "字" * 60_000}}, "“一、总体情况”太长：60000 个字符"),
    ({"meta": {"contact": "电话" * 300}}, "“联系方式”太长：600 个字符"),
    ({"cells": {"t3.new.natural": "1" * 12}}, "“表三 一、本年新收… 自然人 (t3.new.natural)”的数值过大"),
])
def test_a_value_that_is_too_long_is_named_as_printed(capsys, tmp_path, change, said):
    doc = {**EXAMPLE, **change}
    path = tmp_path / "年报.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    code, out, err = cli(capsys, tmp_path / "reports.sqlite", "import", str(path))
    assert (code, out) == (2, "") and said in one_line(err)


@pytest.mark.parametrize("encoding", ["gbk", "utf-16"])
def test_json_saved_as_gbk_or_unicode_by_notepad_is_read(capsys, tmp_path, encoding):
    path = tmp_path / "年报.json"
    path.write_bytes(json.dumps(EXAMPLE, ensure_ascii=False).encode(encoding))
    assert cli(capsys, tmp_path / "reports.sqlite", "import", str(path)) == (0, "1\n", "")


def test_a_word_file_with_broken_text_is_refused_without_the_xml_parsers_words(capsys, tmp_path):
    main = "word/document.xml"
    broken = b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/' \
             b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>\xe6\x9f\x90\xe6\x9f\x90'  # cut short
    path = write_zip(tmp_path / "年报.docx", [
        member(deflated(CONTENT_TYPES.format(main=main).encode()), "[Content_Types].xml"),
        member(deflated(PACKAGE_RELS.format(main=main).encode()), "_rels/.rels"),
        member(deflated(broken), main),
        member(deflated(DOCUMENT_RELS.encode()), "word/_rels/document.xml.rels"),
    ])
    code, out, err = cli(capsys, tmp_path / "reports.sqlite", "import", str(path))
    assert (code, out) == (2, "")
    assert "文字部分不是完整的 Word 格式" in one_line(err) and "另存" in err


def test_the_limit_a_message_states_is_the_one_in_the_docs(capsys, tmp_path):
    docs = (ROOT / "docs" / "reliability.md").read_text("utf-8")
    named = {"json": "JSON/text", "html": "web page", "docx": "Word", "pdf": "PDF", "package": "submission package"}
    for kind, words in named.items():
        assert f"{MAX_FILE_BYTES[kind] // MB} MB {words}" in docs, (kind, words)
    page = tmp_path / "年报.html"
    with page.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES["html"] + 1)
    code, _out, err = cli(capsys, tmp_path / "reports.sqlite", "import", str(page))
    assert code == 2 and f"太大（10.0 MB，最多 {MAX_FILE_BYTES['html'] // MB} MB）" in one_line(err)
