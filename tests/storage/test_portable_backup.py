"""Backups that move between SQLite and PostgreSQL: a file's backup restored into a server and the server's
backup restored into a file give back every report, version and audit entry; a backup taken while a clerk types
is one moment; an unsound backup or a database still in use is refused with nothing changed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from disclosure_desktop.cli.main import run
from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.report import Cell, CellSource
from disclosure_desktop.storage import backups, portable
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore

FULL = Path(__file__).resolve().parents[1] / "fixtures" / "full_report_2021.json"


def fill(target: str | Path) -> None:
    """Three reports (one signed, one with versions and edits) and a deleted fourth, each write audited."""
    with Database.open(target) as db:
        store = ReportStore(db, user_name="张三")
        report = jsonio.loads(FULL.read_text("utf-8"))
        for agency in ("某某县人民政府", "某某县教育局", "某某县卫生健康委员会", "将被删除的单位"):
            report.agency = agency
            store.create(report)
        store.snapshot(2, name="初稿")
        store.apply(2, Changes(cells={"t3.new.natural": Cell("1234", CellSource.TYPED)},
                               sections={"overall": "改过的文字"}))
        store.sign(1, "李四", reviewed_by="王五")
        store.delete(4)


def everything(target: str | Path) -> dict[str, object]:
    """Every report's document, every version's content and facts, every audit entry: what a restore must give."""
    with Database.open(target) as db:
        store = ReportStore(db)
        reports = {s.id: jsonio.dumps(store.load(s.id)) for s in store.list_reports()}
        versions = {rid: [(v.id, v.kind, v.name, v.content_sha256, v.signed_by, v.reviewed_by)
                          for v in store.versions(rid)] for rid in reports}
        audit = {rid: [(e.id, e.action, e.user_name, e.revision, e.what, e.at) for e in store.audit(rid)]
                 for rid in [*reports, 4]}
        return {"reports": reports, "versions": versions, "audit": audit}


def next_id(target: str | Path) -> int:
    with Database.open(target) as db:
        return ReportStore(db).create(jsonio.loads(FULL.read_text("utf-8")))


def test_a_files_backup_goes_into_a_server_and_the_servers_back_into_a_file(capsys, tmp_path: Path,
                                                                             postgres_url: str) -> None:
    source = tmp_path / "reports.sqlite"
    fill(source)
    expected = everything(source)
    assert len(expected["reports"]) == 3 and len(expected["audit"][4]) == 2  # created, then deleted

    assert run(["--db", str(source), "backup", "-o", str(tmp_path / "file-backup.sqlite")]) == 0
    assert run(["--db", postgres_url, "restore", str(tmp_path / "file-backup.sqlite")]) == 0
    assert everything(postgres_url) == expected

    assert run(["--db", postgres_url, "backup", "-o", str(tmp_path / "server-backup.sqlite")]) == 0
    assert "pg_dump" in capsys.readouterr().err
    assert (tmp_path / "server-backup.pgdump").stat().st_size > 0
    assert backups.verify(tmp_path / "server-backup.sqlite") == []
    back = tmp_path / "back" / "reports.sqlite"
    assert run(["--db", str(back), "restore", str(tmp_path / "server-backup.sqlite")]) == 0
    assert everything(back) == expected

    # The id of the deleted report is never handed out again, wherever the reports went.
    assert next_id(postgres_url) == next_id(back) == 5


def test_restoring_over_a_servers_reports_keeps_them_in_a_copy(capsys, tmp_path: Path, postgres_url: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    fill(postgres_url)
    before = everything(postgres_url)
    empty = tmp_path / "empty.sqlite"
    Database.open(empty).close()
    assert run(["--db", postgres_url, "restore", str(empty)]) == 0
    said = capsys.readouterr().err
    [aside] = (tmp_path / "data").rglob("*-replaced.sqlite")
    assert str(aside) in said and "原有的内容已另存为" in said
    assert everything(postgres_url)["reports"] == {}
    assert run(["--db", postgres_url, "restore", str(aside)]) == 0
    assert everything(postgres_url) == before


def damage(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])


@pytest.mark.parametrize("case", ["truncated", "foreign", "newer", "missing"])
def test_an_unsound_backup_is_not_restored_into_a_server(capsys, tmp_path: Path, postgres_url: str,
                                                         case: str) -> None:
    fill(postgres_url)
    before = everything(postgres_url)
    bad = tmp_path / "bad.sqlite"
    fill(bad)
    if case == "truncated":
        damage(bad)
    elif case == "foreign":
        bad.unlink()
        import sqlite3

        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE report (x)")
        conn.close()
    elif case == "newer":
        import sqlite3

        with sqlite3.connect(bad) as conn:
            conn.execute("PRAGMA user_version = 99")
        conn.close()
    else:
        bad.unlink()
    assert run(["--db", postgres_url, "restore", str(bad)]) == 2
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "Traceback" not in said
    assert everything(postgres_url) == before


def test_restore_into_a_server_waits_for_the_other_programs_to_leave(capsys, tmp_path: Path,
                                                                      postgres_url: str) -> None:
    fill(postgres_url)
    before = everything(postgres_url)
    backup = tmp_path / "b.sqlite"
    fill(backup)
    other = create_engine(postgres_url)
    with other.connect() as conn:
        conn.execute(text("SELECT 1"))
        assert run(["--db", postgres_url, "restore", str(backup)]) == 2
    other.dispose()
    assert "其他连接" in capsys.readouterr().err
    assert everything(postgres_url) == before


def test_a_backup_taken_while_a_clerk_types_is_one_moment(tmp_path: Path, postgres_url: str) -> None:
    fill(postgres_url)
    stop = threading.Event()
    written: list[int] = []

    def typing() -> None:
        with Database.open(postgres_url) as db:
            store = ReportStore(db, user_name="打字的人")
            while not stop.is_set():
                written.append(store.apply(2, Changes(cells={"t3.new.natural": Cell(str(len(written)),
                                                                                     CellSource.TYPED)})))

    typist = threading.Thread(target=typing)
    typist.start()
    try:
        taken = []
        for n in range(3):
            while len(written) < 5 * (n + 1):  # the clerk goes on typing between the copies
                stop.wait(0.01)
            taken.append(portable.copy_out(postgres_url, tmp_path / f"during-{n}.sqlite"))
    finally:
        stop.set()
        typist.join()
    for copy in taken:  # each verified itself (every digest against its content); and it reads back whole
        assert backups.verify(copy.path) == []
        with Database.open(copy.path) as db:
            store = ReportStore(db)
            report = store.load(2)
            assert report.revision in written
            assert store.audit(2, limit=1)[0].revision == report.revision  # its last entry is that moment's


def test_without_pg_dump_the_portable_copy_alone_is_written_and_said(capsys, tmp_path: Path, postgres_url: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    fill(postgres_url)
    monkeypatch.setenv("PATH", str(tmp_path))  # no pg_dump on this machine
    assert run(["--db", postgres_url, "backup", "-o", str(tmp_path / "b.sqlite")]) == 0
    said = capsys.readouterr().err
    assert "未另存 pg_dump" in said and str(tmp_path / "b.sqlite") in said
    assert not (tmp_path / "b.pgdump").exists()
    monkeypatch.undo()
    assert everything(tmp_path / "b.sqlite") == everything(postgres_url)
