"""Versions of a report: snapshot, edit, compare, restore; 签发 freezes a version whose export never changes."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from disclosure_desktop.domain import versions as kinds
from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.compare import compare, inline_diff
from disclosure_desktop.domain.report import Cell, CellSource
from disclosure_desktop.messages import ReportDataError
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.errors import StorageError
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.cli import EXAMPLE, cli
from tests.helpers.database import restore_as_the_window_does, store_with_example
from tests.helpers.paths import FULL_REPORT


@pytest.fixture
def store(db_path: Path) -> Iterator[ReportStore]:
    yield from store_with_example(db_path)


def edit(store: ReportStore) -> None:
    store.apply(1, Changes(
        fields={"title": "某某县人民政府2021年政府信息公开工作年度报告（修订）"},
        sections={"problems": store.load(1).text("problems") + "\n三是新增一项整改措施。"},
        cells={"t3.new.natural": Cell("706", CellSource.TYPED), "t4.reconsideration.upheld": None},
    ))


def test_snapshot_edit_compare_lists_the_changed_cells_and_paragraphs(store: ReportStore) -> None:
    before = store.load(1)
    version = store.snapshot(1, name="报送上级前")
    edit(store)
    saved, now = store.load_version(version), store.load(1)
    assert saved.cells == before.cells and saved.sections == before.sections  # the version kept the old state
    diff = compare(saved, now)
    assert [(f.key, f.new) for f in diff.fields] == [("title", "某某县人民政府2021年政府信息公开工作年度报告（修订）")]
    cells = {c.cell_id: (c.old, c.new) for c in diff.cells}
    assert cells == {"t3.new.natural": (before.value("t3.new.natural"), "706"),
                     "t4.reconsideration.upheld": (before.value("t4.reconsideration.upheld"), "")}
    natural = next(c for c in diff.cells if c.cell_id == "t3.new.natural")
    assert natural.column == "自然人" and "本年新收" in natural.row and natural.table.startswith("三、")
    [section] = diff.sections
    assert section.section_id == "problems" and section.heading == "五、存在的主要问题及改进情况"
    assert [(p.kind, p.new) for p in section.paragraphs] == [("added", ("三是新增一项整改措施。",))]
    assert any("706" in line for line in diff.lines())
    assert not compare(saved, before)


def test_restore_makes_the_version_the_working_copy_and_keeps_what_was_there(store: ReportStore) -> None:
    original = store.load(1)
    version = store.snapshot(1)
    edit(store)
    edited = store.load(1)
    kept = restore_as_the_window_does(store, 1, version)
    restored = store.load(1)
    assert not compare(original, restored)
    assert restored.revision > edited.revision  # a write like any other: other windows see they are behind
    assert store.version_info(kept).kind == kinds.BEFORE_RESTORE
    assert not compare(edited, store.load_version(kept))  # the state before the restore is a version itself
    assert [v.kind for v in store.versions(1)] == [kinds.BEFORE_RESTORE, kinds.MANUAL]


def test_a_version_of_another_report_cannot_be_restored(store: ReportStore) -> None:
    other = store.create(store.load(1))
    version = store.snapshot(other)
    with pytest.raises(ReportDataError, match="没有编号为"):
        restore_as_the_window_does(store, 1, version)


def test_sign_freezes_a_version_and_the_list_says_signed(store: ReportStore) -> None:
    assert not store.list_reports()[0].signed
    signed = store.sign(1, "张三")
    summary = store.list_reports()[0]
    assert summary.signed and summary.signed_by == "张三" and summary.state == "已签发"
    assert not summary.changed_since_signing
    with pytest.raises(ReportDataError, match="已经签发"):
        store.sign(1, "张三")  # the same content again
    with pytest.raises(ReportDataError, match="签发人"):
        store.sign(1, "  ")
    edit(store)
    summary = store.list_reports()[0]
    assert summary.signed and summary.changed_since_signing
    assert store.version_info(signed).signed_by == "张三"


def test_sign_records_the_reviewer_and_the_day_of_review(store: ReportStore) -> None:
    import datetime as dt

    at = dt.datetime(2026, 1, 20, 2, 30, tzinfo=dt.UTC)
    signed = store.sign(1, " 张三 ", reviewed_by="李  四", reviewed_on=dt.date(2026, 1, 18), at=at)
    info = store.version_info(signed)
    assert (info.signed_by, info.reviewed_by, info.reviewed_on) == ("张三", "李 四", dt.date(2026, 1, 18))
    assert store.versions(1)[0] == info
    edit(store)
    # Without a day, the reviewer reviewed on the signing day (where the clerk is); without a reviewer, no day.
    again = store.version_info(store.sign(1, "张三", reviewed_by="王五", at=at))
    assert again.reviewed_on == at.astimezone().date() == again.signed_on
    store.apply(1, Changes(fields={"title": "又改了标题"}))
    alone = store.version_info(store.sign(1, "张三"))
    assert (alone.reviewed_by, alone.reviewed_on) == ("", None)
    with pytest.raises(ReportDataError):
        store.sign(1, "张三", reviewed_by="审" * 51)


def test_a_changed_version_is_detected_not_exported(store: ReportStore, db_path: Path) -> None:
    version = store.sign(1, "张三")
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE report_version SET content = replace(content, '县', '市') WHERE id = ?", (version,))
    conn.close()
    with pytest.raises(StorageError, match="校验值不符"):
        store.load_version(version)


def test_inline_diff_marks_the_changed_words() -> None:
    runs = inline_diff("全年主动公开信息1234条。", "全年主动公开信息1235条。")
    assert ("replace", "4", "5") in runs and runs[0] == ("equal", "全年主动公开信息123", "全年主动公开信息123")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("export_format", ["pdf", "docx", "html", "json"])
def test_signed_versions_export_is_byte_identical_before_and_after_later_edits(capsys, db_path: Path,
                                                                               tmp_path: Path,
                                                                               export_format: str) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(EXAMPLE, ensure_ascii=False), "utf-8")
    assert cli(capsys, db_path, "import", str(source))[0] == 0
    code, out, err = cli(capsys, db_path, "sign", "1", "--by", "李四")
    assert (code, err) == (0, "")
    version = out.strip()
    first, second = tmp_path / f"first.{export_format}", tmp_path / f"second.{export_format}"
    assert cli(capsys, db_path, "export", "1", "--version", version, "-o", str(first)) == (0, "", "")
    with Database.open(db_path) as db:
        edit_store = ReportStore(db)
        edit_store.apply(1, Changes(cells={"t3.new.natural": Cell("1", CellSource.TYPED)},
                                    sections={"problems": "全部改写。"}))
    working = tmp_path / f"working.{export_format}"
    assert cli(capsys, db_path, "export", "1", "-o", str(working)) == (0, "", "")
    assert cli(capsys, db_path, "export", "1", "--version", version, "-o", str(second)) == (0, "", "")
    assert _sha(first) == _sha(second)
    assert _sha(working) != _sha(first)


def test_versions_snapshot_and_export_versions_on_the_command_line(capsys, db_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(EXAMPLE, ensure_ascii=False), "utf-8")
    cli(capsys, db_path, "import", str(source))
    assert cli(capsys, db_path, "snapshot", "1", "--name", "初稿")[:2] == (0, "1\n")
    exported = tmp_path / "报告.html"
    assert cli(capsys, db_path, "export", "1", "-o", str(exported))[0] == 0
    assert cli(capsys, db_path, "sign", "1", "--by", "王五")[:2] == (0, "3\n")
    code, out, err = cli(capsys, db_path, "versions", "1")
    assert (code, err) == (0, "")
    rows = [line.split("\t") for line in out.splitlines()]
    assert [(r[0], r[2], r[3]) for r in rows] == [("3", "签发", "王五"), ("2", "导出", "html: 报告.html"),
                                                  ("1", "手动", "初稿")]
    assert all(len(r[1]) == 19 for r in rows)  # 2026-01-15 09:30:12, local time
    # The export version reproduces the file that was written.
    again = tmp_path / "again.html"
    assert cli(capsys, db_path, "export", "1", "--version", "2", "-o", str(again))[0] == 0
    assert again.read_bytes() == exported.read_bytes()
    code, out, _ = cli(capsys, db_path, "list")
    assert out.rstrip("\n").split("\t")[5] == "已签发"
    code, out, err = cli(capsys, db_path, "--lang", "en", "versions", "1")
    assert [line.split("\t")[2] for line in out.splitlines()] == ["signed", "export", "manual"]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["export", "1", "--version", "9", "-o", "x.json"], "报告 1 没有编号为 9 的版本"),
        (["sign", "1", "--by", ""], "请写明签发人"),
        (["sign", "1"], "缺少参数：--by"),
        (["versions", "2"], "没有编号为 2 的报告"),
        (["snapshot", "1", "--name", "名" * 51], "太长"),
    ],
)
def test_bad_version_requests_exit_2_and_change_nothing(capsys, db_path: Path, tmp_path: Path, argv: list[str],
                                                        expected: str) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(EXAMPLE, ensure_ascii=False), "utf-8")
    cli(capsys, db_path, "import", str(source))
    before = _sha(db_path)
    argv = [str(tmp_path / a) if a.endswith(".json") else a for a in argv]
    code, out, err = cli(capsys, db_path, *argv)
    assert (code, out) == (2, "") and expected in err and err.count("\n") == 1, err
    assert _sha(db_path) == before


@pytest.mark.parametrize("export_format", ["pdf", "docx"])
def test_pdf_and_word_carry_the_given_date_not_the_clock(export_format: str) -> None:
    import datetime as dt
    import time

    from disclosure_desktop.domain import jsonio
    from disclosure_desktop.export import registry

    report = jsonio.loads(FULL_REPORT.read_text("utf-8"))
    moment = dt.datetime(2026, 1, 15, 9, 30, 12, tzinfo=dt.UTC)
    first, clock_first = registry.render(report, export_format, moment=moment), registry.render(report, export_format)
    time.sleep(1.1)  # the clock moves on by a second: what the file would otherwise record
    assert registry.render(report, export_format, moment=moment) == first
    assert registry.render(report, export_format) != clock_first
