"""Every case of issue 8's "Why", tried on the command line as a new user would: exit status, the one line, and
the database's SHA-256 before and after (nothing saved is lost or touched)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import docx
import pytest

from disclosure_desktop import app
from disclosure_desktop.domain.report import Report
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.cli import EXAMPLE, cli
from tests.helpers.damage import corrupt_cell_index, set_format
from tests.helpers.paths import FULL_REPORT


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def beside(path: Path) -> list[str]:
    """Every file SQLite or this program might leave next to the database (-wal, -shm, backups, marks)."""
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name and p.name.startswith(path.stem))


def one_line_error(err: str) -> str:
    assert err.startswith("错误：") and err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err and "sqlalche" not in err and "[SQL" not in err
    return err


@pytest.fixture
def stored(tmp_path: Path, db_path: Path, capsys) -> Path:
    """A database holding the example report (id 1), closed cleanly."""
    source = tmp_path / "example.json"
    source.write_text(json.dumps(EXAMPLE, ensure_ascii=False), "utf-8")
    assert cli(capsys, db_path, "import", str(source))[:2] == (0, "1\n")
    return db_path


def refused(capsys, db: Path, *argv: str, expected: str) -> None:
    """Run; assert exit 2, nothing on stdout, one line naming `expected`, and the file unchanged."""
    before = digest(db) if db.exists() else None
    code, out, err = cli(capsys, db, *argv)
    assert (code, out) == (2, ""), err
    assert expected in one_line_error(err), err
    assert (digest(db) if db.exists() else None) == before


def count(db: Path) -> int:
    with Database.open(db) as opened:
        return ReportStore(opened).count()


# --- files that are not ours, or not ours to change -------------------------------------------------------------


def test_another_programs_wal_file_with_user_version_1_is_refused_untouched(capsys, db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    refused(capsys, db_path, "list", expected="不是本程序的数据库文件")
    assert beside(db_path) == []  # no -wal, no -shm, no backup folder


def test_a_file_with_a_report_table_of_someone_else_is_refused_untouched(capsys, db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE report (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO report VALUES (1, 'not ours')")
    conn.commit()
    conn.close()
    refused(capsys, db_path, "import", str(FULL_REPORT),
            expected="不是本程序的数据库文件")
    assert beside(db_path) == []
    assert db_path.read_bytes()[18:20] == b"\x01\x01"  # still a rollback journal: no switch to WAL


@pytest.mark.parametrize("keep_mtime", [False, True], ids=["changed-file", "same-mtime"])
def test_a_corrupted_index_is_found_before_anything_is_exported_or_saved(capsys, stored: Path, tmp_path: Path,
                                                                         keep_mtime: bool) -> None:
    corrupt_cell_index(stored, keep_mtime=keep_mtime)
    with sqlite3.connect(f"file:{stored}?mode=ro&immutable=1", uri=True) as conn:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]  # what the old opening check ran
    conn.close()
    out = tmp_path / "out.json"
    # Changed since the clean close: integrity_check sees the index. Same mtime: the content checksum does.
    expected = "报告 1 的内容在磁盘上已损坏" if keep_mtime else "已损坏（row"
    refused(capsys, stored, "export", "1", "-o", str(out), expected=expected)
    assert not out.exists()
    refused(capsys, stored, "snapshot", "1", expected="已损坏")


@pytest.mark.parametrize("how", ["other-characters", "invalid-utf8"])
def test_a_damaged_text_payload_is_not_exported_silently(capsys, stored: Path, tmp_path: Path, how: str) -> None:
    data = bytearray(stored.read_bytes())
    at = data.find("全年主动公开政府信息".encode())
    assert at > 0
    if how == "other-characters":
        data[at:at + 6] = "半年".encode()  # valid UTF-8, a different statement: integrity_check says ok
    else:
        data[at + 1] = 0x41
    stored.write_bytes(bytes(data))
    out = tmp_path / "out.html"
    refused(capsys, stored, "export", "1", "-o", str(out), expected="已损坏")
    assert not out.exists()


def test_a_report_in_an_unknown_format_is_listed_and_refused_not_an_internal_error(capsys, stored: Path,
                                                                                   tmp_path: Path) -> None:
    set_format(stored, "gov-2031")
    code, out, err = cli(capsys, stored, "list")
    assert code == 0 and out.split("\t")[2] == "gov-2031" and err == ""
    for argv in (["check", "1"], ["export", "1", "-o", str(tmp_path / "x.pdf")], ["snapshot", "1"]):
        if argv[0] == "snapshot":
            continue  # a snapshot of it is allowed: it copies what is stored
        refused(capsys, stored, *argv, expected="不认识的格式“gov-2031”")


# --- what goes in ----------------------------------------------------------------------------------------------


def _json_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "in.json"
    path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("amount_1e400", "科学计数法"),
        ("amount_1e400_text", "科学计数法"),
        ("count_10e30", "位数过多"),
        ("count_too_big", "数值过大"),
        ("negative_zero", "-0"),
        ("duplicate_key", "出现了两次"),
        ("empty_agency", "缺少单位名称"),
        ("digits_5000", "位数过多"),
        ("nesting_100000", "嵌套过深"),
        ("long_title", "“标题”太长"),
        ("long_section", "太长"),
        ("nan", "不是有效的 JSON"),
    ],
)
def test_json_that_cannot_be_kept_as_stated_is_refused(capsys, stored: Path, tmp_path: Path, case: str,
                                                       expected: str) -> None:
    body = json.dumps(EXAMPLE, ensure_ascii=False)
    doc = json.loads(body)
    if case == "amount_1e400":
        text = body.replace('"4068.208"', "1e400")
    elif case == "amount_1e400_text":
        text = body.replace('"4068.208"', '"1e400"')
    elif case == "count_10e30":
        text = body.replace('"t3.new.natural": 705', f'"t3.new.natural": {10**30}')
    elif case == "count_too_big":
        text = body.replace('"t3.new.natural": 705', '"t3.new.natural": 1000000000')
    elif case == "negative_zero":
        text = body.replace('"t3.new.natural": 705', '"t3.new.natural": -0')
    elif case == "duplicate_key":
        text = body.replace('"t3.new.natural": 705', '"t3.new.natural": 705, "t3.new.natural": 7')
    elif case == "empty_agency":
        text = json.dumps(doc | {"agency": "  "}, ensure_ascii=False)
    elif case == "digits_5000":
        text = body.replace('"t3.new.natural": 705', '"t3.new.natural": ' + "7" * 5000)
    elif case == "nesting_100000":
        text = "[" * 100_000 + "]" * 100_000
    elif case == "long_title":
        text = json.dumps(doc | {"title": "标" * 300}, ensure_ascii=False)
    elif case == "long_section":
        text = json.dumps(doc | {"sections": {"overall": "字" * 60_000}}, ensure_ascii=False)
    else:
        text = body.replace('"4068.208"', "NaN")
    refused(capsys, stored, "import", str(_json_file(tmp_path, text)), expected=expected)
    assert count(stored) == 1  # nothing partly imported


def test_a_50_mb_file_is_refused_before_it_is_read(capsys, stored: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    refused(capsys, stored, "import", str(big), expected="太大（50.0 MB，最多 2 MB）")


@pytest.mark.parametrize("encoding", ["big5", "shift_jis"])
def test_big5_and_shift_jis_text_is_refused_not_imported_as_gibberish(capsys, stored: Path, tmp_path: Path,
                                                                      encoding: str) -> None:
    text = "某某局2024年度政府信息公開工作年度報告\n一、總體情況\n本年度主動公開政府信息1234條。\n"
    if encoding == "shift_jis":
        text = "情報公開年次報告2024年度\n一、概要\n本年度の情報公開の状況について報告します。\n"
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(encoding))
    refused(capsys, stored, "import", str(path), "--year", "2024", expected="无法识别文件")


def test_nul_and_esc_are_removed_on_import_and_word_export_works(capsys, stored: Path, tmp_path: Path) -> None:
    doc = EXAMPLE | {"agency": "某某县\x1b[31m人民政府\x00",
                     "sections": EXAMPLE["sections"] | {"problems": "一是\x00公开\x07质量\x0b有待提高。"}}
    code, out, err = cli(capsys, stored, "import", str(_json_file(tmp_path, json.dumps(doc, ensure_ascii=False))))
    assert (code, out, err) == (0, "2\n", "")
    with Database.open(stored) as opened:
        report = ReportStore(opened).load(2)
    assert report.agency == "某某县[31m人民政府"
    assert report.sections["problems"] == "一是公开质量\n有待提高。"  # Word's line break (VT) is a line break
    target = tmp_path / "out.docx"
    assert cli(capsys, stored, "export", "2", "-o", str(target)) == (0, "", "")
    assert "有待提高" in "\n".join(p.text for p in docx.Document(str(target)).paragraphs)


def test_terminal_control_text_already_stored_is_escaped_in_list(capsys, stored: Path) -> None:
    # A database written by an older version may hold an ESC; list must not send it to the terminal.
    with Database.open(stored) as opened:
        ReportStore(opened).create(Report("gov-2021", "某某局\x1b]0;pwned\x07\u202e", 2025))
    code, out, _ = cli(capsys, stored, "list")
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "某某局\\x1b]0;pwned\\x07\\u202e" in out


def test_a_title_over_255_characters_already_stored_still_exports_to_word(capsys, stored: Path,
                                                                         tmp_path: Path) -> None:
    with Database.open(stored) as opened:
        ReportStore(opened).create(Report("gov-2021", "某某局", 2025, title="很长的标题" * 60))
    target = tmp_path / "long.docx"
    assert cli(capsys, stored, "export", "2", "-o", str(target)) == (0, "", "")
    assert docx.Document(str(target)).core_properties.title == ("很长的标题" * 60)[:255]


# --- the command line itself -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["frobnicate"], "未知的命令“frobnicate”"),
        (["lst"], "是不是要用“list”"),
        (["--frob"], "未知的选项“--frob”"),
        (["--db", "list"], "选项 --db 后缺少数据库文件（“list”是命令名）"),
        (["--lang", "fr"], "“fr”不是 --lang 的可选值"),
        (["export", "99999999999999999999999"], "“99999999999999999999999”不是有效的编号"),
        (["export"], "缺少参数：id"),
    ],
)
def test_unknown_commands_and_options_never_start_the_gui(capsys, monkeypatch, stored: Path, argv: list[str],
                                                          expected: str) -> None:
    monkeypatch.setattr(app, "run_gui", lambda *a: pytest.fail("the GUI was started"))
    monkeypatch.setenv("DISCLOSURE_DESKTOP_DB", str(stored))
    before = digest(stored)
    code = app.main(argv)
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert expected in one_line_error(err)
    assert digest(stored) == before


def test_version_prints_the_program_version(capsys, monkeypatch) -> None:
    from disclosure_desktop import __version__

    monkeypatch.setattr(app, "run_gui", lambda *a: pytest.fail("the GUI was started"))
    assert app.main(["--version"]) == 0
    assert capsys.readouterr().out == f"disclosure-desktop {__version__}\n"


def test_only_db_and_lang_start_the_gui(monkeypatch, tmp_path: Path) -> None:
    started: list[tuple] = []
    monkeypatch.setattr(app, "run_gui", lambda *a: started.append(a) or 0)
    assert app.main([]) == 0
    assert app.main(["--db", str(tmp_path / "x.sqlite"), "--lang=en"]) == 0
    assert started == [(None, None, []), (tmp_path / "x.sqlite", "en", [])]


@pytest.mark.parametrize(
    ("name", "extra", "expected"),
    [
        ("report.doc", [], "无法从文件名"),
        ("report.odt", [], "无法从文件名"),
        ("report.txt", [], "无法从文件名"),
        ("report", [], "无法从文件名"),
        ("report.docx", ["--format", "pdf"], "后缀与导出格式 pdf 不符（应为 .pdf）"),
        ("report", ["--format", "json"], "应为 .json"),
    ],
)
def test_the_suffix_must_match_the_export_format(capsys, stored: Path, tmp_path: Path, name: str,
                                                 extra: list[str], expected: str) -> None:
    target = tmp_path / name
    refused(capsys, stored, "export", "1", "-o", str(target), *extra, expected=expected)
    assert not target.exists()


@pytest.mark.slow
def test_a_locked_database_is_explained_without_sqlalchemy_text(
        short_busy_timeout, capsys, stored: Path, tmp_path: Path) -> None:
    holder = sqlite3.connect(stored, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        source = _json_file(tmp_path, json.dumps(EXAMPLE, ensure_ascii=False))
        code, out, err = cli(capsys, stored, "import", str(source))
    finally:
        holder.rollback()
        holder.close()
    assert (code, out) == (2, "")
    assert "正被其他程序占用" in one_line_error(err)
    assert count(stored) == 1


def test_a_missing_report_is_named_not_just_its_number(capsys, stored: Path) -> None:
    from disclosure_desktop.storage.repository import ReportNotFound

    assert str(ReportNotFound(7)) == "数据库中没有编号为 7 的报告"
    refused(capsys, stored, "versions", "7", expected="没有编号为 7 的报告")
