"""Several programs on one database: who has a report open is seen by the others and freed when that program is
killed; every committed write is announced to a program listening in another process (a file's writes are found
by polling); the watcher polls while it cannot listen, and everything works again after a server restart."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.report import Cell, CellSource
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.errors import StorageError
from disclosure_desktop.storage.presence import Presence
from disclosure_desktop.storage.repository import ReportStore
from disclosure_desktop.storage.watch import ChangeWatch

ROOT = Path(__file__).resolve().parents[2]
FULL = ROOT / "tests" / "fixtures" / "full_report_2021.json"
PATIENCE_S = 60  # for a condition on a busy machine; met in well under a second when the machine is idle


def until(condition: Callable[[], object], what: str, timeout: float = PATIENCE_S) -> object:
    """Wait for `condition` to hold (checked every 20 ms), and return what it gave."""
    deadline, pause = time.monotonic() + timeout, threading.Event()
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        pause.wait(0.02)
    raise AssertionError(f"not within {timeout} s: {what}")


class Program:
    """Another program of ours (tests/helpers/shared_program.py) whose output lines are read as they come."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "tests.helpers.shared_program", *args], cwd=ROOT,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:  # type: ignore[union-attr]
            self.lines.put(line.strip())

    def line(self) -> str:
        try:
            return self.lines.get(timeout=PATIENCE_S)
        except queue.Empty:
            self.process.kill()
            raise AssertionError(self.process.stderr.read()) from None  # type: ignore[union-attr]

    def close(self) -> None:
        self.process.stdin.close()  # type: ignore[union-attr]
        self.process.wait(timeout=PATIENCE_S)

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=PATIENCE_S)


@pytest.fixture
def store(database_target: str | Path) -> Iterator[ReportStore]:
    store = ReportStore(Database.open(database_target), user_name="测试")
    yield store
    store.close()


def new_report(store: ReportStore) -> int:
    return store.create(jsonio.loads(FULL.read_text("utf-8")))


def names(store: ReportStore, rid: int | None = None) -> list[tuple[str, str]]:
    return [(h.user_name, h.part) for h in store.holders(rid)]


def test_who_has_a_report_open_is_seen_and_freed_when_that_program_is_killed(postgres_url: str) -> None:
    with Database.open(postgres_url) as db:
        store = ReportStore(db)
        rid, other = new_report(store), new_report(store)
        first = Program("hold", postgres_url, str(rid), "张三", "表三")
        assert first.line() == "held"
        second = Program("hold", postgres_url, str(rid), "李四", "第一部分")  # opens it later: listed second
        try:
            assert second.line() == "held"
            assert names(store, rid) == [("张三", "表三"), ("李四", "第一部分")]
            assert names(store, other) == [] and names(store) == names(store, rid)
            first.kill()  # SIGKILL: no goodbye; the server frees its lock when the connection drops
            until(lambda: names(store, rid) == [("李四", "第一部分")], "the killed program's presence freed")
            mine = Presence(db, "王五")
            assert mine.hold(rid, "表四") and mine.move(rid, "表三")
            assert names(store, rid) == [("李四", "第一部分"), ("王五", "表三")]
            with db.engine.connect() as conn:  # taking it cleared the row the killed program left
                assert conn.scalar(text("SELECT count(*) FROM report_presence")) == 2
            second.close()  # closing the report lets it go too
            until(lambda: names(store, rid) == [("王五", "表三")], "a closed program's presence freed")
            mine.release(rid)
            assert names(store) == []
            mine.close()
        finally:
            for program in (first, second):
                if program.process.poll() is None:
                    program.kill()


def test_on_a_file_nobody_else_needs_telling_and_nothing_is_written(db_path: Path) -> None:
    with Database.open(db_path) as db:
        store = ReportStore(db)
        rid = new_report(store)
        presence = Presence(db, "张三")
        assert not presence.hold(rid, "表三") and not presence.move(rid, "表四")
        assert store.holders(rid) == [] and store.holders() == []
        presence.release(rid)
        presence.close()
        with db.engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM report_presence")) == 0


def test_every_write_is_seen_by_a_program_listening_in_another_process(store: ReportStore) -> None:
    target = store.db.location.url.render_as_string(hide_password=False) if store.db.shared else str(store.db.path)
    rid, gone = new_report(store), new_report(store)
    listener = Program("listen", target)
    try:
        listening = json.loads(listener.line())["listening"]
        assert listening == store.db.shared  # a server announces; a file is polled
        revision = store.apply(rid, Changes(cells={"t3.new.natural": Cell("1", CellSource.TYPED)}))
        store.delete(gone)
        seen: list[dict[str, object]] = []

        def heard(report: int, revision: int | None) -> bool:
            seen.extend(json.loads(listener.line()) for _ in range(listener.lines.qsize()))
            return any(c["report_id"] == report and c["revision"] == revision for c in seen)

        until(lambda: heard(rid, revision) and heard(gone, None), "both writes seen by the other program")
        if listening:  # the server's notes say what was done and by which program
            assert {(c["report_id"], c["action"], c["session"]) for c in seen} == {
                (rid, "edit", store.db.session), (gone, "delete", store.db.session)}
        else:
            assert {(c["report_id"], c["revision"], c["action"]) for c in seen} == {
                (rid, revision, "changed"), (gone, None, "changed")}
    finally:
        listener.close()


def test_the_watcher_polls_while_it_cannot_listen_and_listens_again(postgres_url: str, postgres_server: str) -> None:
    with Database.open(postgres_url) as db:
        store = ReportStore(db)
        rid = new_report(store)
        watch = ChangeWatch(db, poll_every=0.2)
        assert watch.wait(0.0) == [] and watch.listening
        admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:  # the listening connection is cut (a network fault, a server admin)
            cut = conn.scalar(text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                   "WHERE datname = :db AND query LIKE 'LISTEN%'"),
                              {"db": postgres_url.rsplit("/", 1)[1]})
        admin.dispose()
        assert cut == 1
        revision = store.apply(rid, Changes(fields={"title": "断开时写的"}))
        found: list[object] = []
        until(lambda: found.extend(watch.wait(0.5)) or any(c.revision == revision for c in found),
              "the write found while the listening connection was gone")
        until(lambda: watch.wait(0.1) is not None and watch.listening, "listening again")
        revision = store.apply(rid, Changes(fields={"title": "恢复后写的"}))
        found.clear()
        until(lambda: found.extend(watch.wait(0.5)) or any(c.revision == revision and c.action == "edit"
                                                           for c in found), "the write announced again")
        watch.close()


@pytest.mark.slow
def test_after_a_server_restart_writes_listening_and_presence_come_back(own_server: tuple[str, Path]) -> None:
    from disclosure_desktop.storage import upgrade

    url, folder = own_server
    script = ["bash", str(ROOT / "scripts" / "pg_cluster.sh")]
    upgrade.upgrade(url)
    with Database.open(url) as db:
        store = ReportStore(db)
        rid = new_report(store)
        watch, presence = ChangeWatch(db, poll_every=0.2), Presence(db, "张三")
        assert presence.hold(rid, "表三") and watch.wait(0.0) == [] and watch.listening
        subprocess.run([*script, "pause", str(folder)], check=True)
        with pytest.raises(StorageError) as caught:
            store.apply(rid, Changes(fields={"title": "服务器停了"}))
        assert caught.value.key == "db.unreachable"
        until(lambda: watch.wait(0.1) is not None and not watch.reachable, "the watcher noticed")
        assert not presence.refresh()
        subprocess.run([*script, "resume", str(folder)], check=True)
        revision = store.apply(rid, Changes(fields={"title": "服务器回来了"}))  # the same store, no reopening
        found: list[object] = []
        until(lambda: found.extend(watch.wait(0.5)) or any(c.revision == revision for c in found),
              "the write after the restart seen")
        until(lambda: watch.wait(0.1) is not None and watch.listening and watch.reachable, "listening again")
        assert presence.refresh()
        assert [(h.user_name, h.part) for h in store.holders(rid)] == [("张三", "表三")]
        presence.close()
        watch.close()
