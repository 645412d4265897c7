"""One window per database FILE, not per path (issue 21, item 3): a second start through a hard link is the same
database and brings the running window forward — two windows would each keep a -wal of their own and one would
silently write over the other's saved edit. A second mount of one share (another device, the same inode or not)
is known by the id the database keeps in itself; a copy of the file, which carries the same id but is open in
no program, gets a window of its own."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from disclosure_desktop.runtime.single_instance import FORWARDED, OWNER, SingleInstance
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.file_identity import database_id
from tests.helpers.processes import lines, start

AGENCY = "某某县人民政府办公室"


def wait_for(proc: subprocess.Popen, word: str, seconds: float = 60) -> None:
    for words, _at in lines(proc, time.monotonic() + seconds):
        if words[0] == word:
            return
    raise AssertionError(f"the program never said {word} (exit status {proc.poll()})")


@pytest.mark.slow
def test_a_second_start_through_a_hard_link_brings_the_first_window_forward(db_path, tmp_path):
    first = start("idle", db_path, 0)
    try:
        wait_for(first, "EDITED")  # the window made the database and typed into it
        elsewhere = tmp_path / "共享" / "年报数据.sqlite"
        elsewhere.parent.mkdir()
        os.link(db_path, elsewhere)  # the same file under another name in another folder
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        second = subprocess.run([sys.executable, "-m", "disclosure_desktop", "--db", str(elsewhere)],
                                capture_output=True, text=True, env=env, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "已切换到它的窗口" in second.stderr
        wait_for(first, "ACTIVATED", seconds=10)
        assert not elsewhere.with_name(f"{elsewhere.name}-wal").exists()  # no second log of the same file
        first.send_signal(signal.SIGTERM)
        assert first.wait(30) == 0
    finally:
        if first.poll() is None:
            first.kill()


def test_the_same_id_in_a_file_in_use_is_the_same_database_and_a_copy_is_not(qtbot, db_path, tmp_path):
    Database.open(db_path).close()
    known = database_id(db_path)
    assert known is not None and len(known) == 32
    holder = SingleInstance(db_path)
    assert holder.acquire() == OWNER
    try:
        # A copy: same id, another inode, open in no program — its own database.
        copy = tmp_path / "副本.sqlite"
        shutil.copyfile(db_path, copy)
        assert database_id(copy) == known
        other = SingleInstance(copy)
        assert other.acquire() == OWNER
        other.release()
        # The same file reached by a second mount looks just like that copy to the file system, but is open in
        # the first window: held by the id, the second start is sent to that window.
        window = sqlite3.connect(copy)
        window.execute("PRAGMA journal_mode=WAL")
        window.execute("SELECT count(*) FROM report").fetchone()
        try:
            activated: list[bool] = []
            holder.activated.connect(lambda: activated.append(True))
            assert SingleInstance(copy).acquire() == FORWARDED
            qtbot.waitUntil(lambda: activated == [True], timeout=5000)
        finally:
            window.close()
    finally:
        holder.release()
