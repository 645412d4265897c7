"""A lock left by a killed program whose process number is in use again (the numbers wrap at 32,768 on Linux, and
Qt takes any live Python process of that number for the holder) is taken over, not refused as busy; a lock whose
live holder started before it was written, and does not answer, still is."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from disclosure_desktop.runtime.single_instance import BUSY, OWNER, SingleInstance

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="process start times come from /proc")


def _left_behind(lock: Path) -> None:
    """A Python program takes the lock and dies without letting it go."""
    code = ("import os, sys; from PySide6.QtCore import QLockFile; "
            "l = QLockFile(sys.argv[1]); assert l.tryLock(0); os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(lock)], check=True, timeout=60)


def _naming(lock: Path, pid: int, written: float) -> None:
    lines = lock.read_text().split("\n")
    lines[0] = str(pid)
    lock.write_text("\n".join(lines))
    os.utime(lock, (written, written))


@pytest.fixture
def sleeper():
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    time.sleep(0.3)
    yield proc
    proc.kill()
    proc.wait()


def test_a_lock_naming_a_process_started_after_it_is_taken_over(qtbot, tmp_path: Path, sleeper) -> None:
    db = tmp_path / "reports.sqlite"
    instance = SingleInstance(db)
    _left_behind(instance.lock_path)
    _naming(instance.lock_path, sleeper.pid, time.time() - 3600)  # an hour old; the sleeper began just now
    try:
        assert instance.acquire() == OWNER
        assert instance.lock_path.read_text().split("\n")[0] == str(os.getpid())
    finally:
        instance.release()


def test_a_lock_of_a_live_holder_that_does_not_answer_is_busy(qtbot, tmp_path: Path, sleeper) -> None:
    db = tmp_path / "reports.sqlite"
    instance = SingleInstance(db)
    _left_behind(instance.lock_path)
    _naming(instance.lock_path, sleeper.pid, time.time())  # written after the sleeper began: it may hold it
    assert instance.acquire() == BUSY
