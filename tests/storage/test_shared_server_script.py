"""scripts/shared_server.sh as an office's IT person runs it (on a throwaway cluster instead of Debian's own): the
database, the administrator and a role per clerk, `db upgrade`; a clerk's program then writes reports, sees who
else has one open, and cannot change or delete the audit log or a saved version; the administrator's restore waits
for the clerks' programs to leave; a second run adds a clerk and keeps everything else."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from disclosure_desktop.cli.main import run
from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.report import Cell, CellSource
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.presence import Presence
from disclosure_desktop.storage.repository import ReportStore

ROOT = Path(__file__).resolve().parents[2]
FULL = ROOT / "tests" / "fixtures" / "full_report_2021.json"


def set_up(folder: Path, *args: str, admin_password: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PGHOST": str(folder), "PGPORT": (folder / "port").read_text().strip()}
    if admin_password:
        env["DISCLOSURE_ADMIN_PASSWORD"] = admin_password
    return subprocess.run(["bash", str(ROOT / "scripts" / "shared_server.sh"), *args], env=env, text=True,
                          capture_output=True, check=False, timeout=600)


def passwords(said: str) -> dict[str, str]:
    return dict(re.findall(r"^\s+(?:administrator|clerk)\s+(\S+)\s+(\S+)$", said, re.MULTILINE))


@pytest.mark.slow
@pytest.mark.skipif(os.geteuid() != 0, reason="the set-up runs as root (it acts as the postgres user)")
def test_an_office_set_up_by_the_script(capsys, own_server: tuple[str, Path], tmp_path: Path) -> None:
    superuser, folder = own_server
    done = set_up(folder, "zhangsan", "lisi")
    assert done.returncode == 0, done.stderr
    given = passwords(done.stdout)
    assert set(given) == {"disclosure_admin", "zhangsan", "lisi"}
    assert "建立本程序的数据表" in done.stdout  # db upgrade created the tables
    port = (folder / "port").read_text().strip()

    def url(role: str) -> str:
        return f"postgresql+psycopg://{role}:{given[role]}@127.0.0.1:{port}/disclosure"

    with Database.open(url("zhangsan")) as db:
        store = ReportStore(db, user_name="张三")
        rid = store.create(jsonio.loads(FULL.read_text("utf-8")))
        store.apply(rid, Changes(cells={"t3.new.natural": Cell("706", CellSource.TYPED)}))
        version = store.sign(rid, "张三")
        with Database.open(url("lisi")) as other:
            seen_by_lisi = ReportStore(other)
            presence = Presence(other, "李四")
            assert presence.hold(rid, "表四")
            assert [(h.user_name, h.part) for h in store.holders(rid)] == [("李四", "表四")]
            presence.close()
            assert seen_by_lisi.load(rid).cells["t3.new.natural"].value == "706"
        assert {e.db_user for e in store.audit(rid)} == {"zhangsan"}  # the server's login, not a typed name
        clerk = create_engine(url("zhangsan"))
        for forbidden in ("UPDATE audit_log SET user_name = '别人'", "DELETE FROM audit_log",
                          f"UPDATE report_version SET name = '改' WHERE id = {version}",
                          f"DELETE FROM report_version WHERE id = {version}", "DROP TABLE report",
                          "CREATE TABLE mine (x int)"):
            with clerk.begin() as conn, pytest.raises(ProgrammingError, match="InsufficientPrivilege"):
                conn.execute(text(forbidden))
        clerk.dispose()

        # The administrator's restore is refused while a clerk's program is connected — seen though the
        # administrator is no superuser.
        backup = tmp_path / "b.sqlite"
        assert run(["--db", url("disclosure_admin"), "backup", "-o", str(backup)]) == 0
        assert run(["--db", url("disclosure_admin"), "restore", str(backup)]) == 2
        assert "其他连接" in capsys.readouterr().err
        store.delete(rid)  # a clerk deletes a report: its versions go with it, the audit log stays
        assert store.audit(rid, limit=1)[0].action == "delete"

    again = set_up(folder, "zhangsan", "lisi", "wangwu", admin_password=given["disclosure_admin"])
    assert again.returncode == 0, again.stderr
    assert set(passwords(again.stdout)) == {"wangwu"} and "已是结构版本" in again.stdout
    with Database.open(url("zhangsan")) as db:  # the others' passwords still work
        assert ReportStore(db).list_reports() == []
    engine = create_engine(superuser)
    with engine.connect() as conn:
        member = conn.scalar(text("SELECT pg_has_role('wangwu', 'disclosure_clerks', 'member')"))
    engine.dispose()
    assert member
