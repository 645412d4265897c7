"""Nothing typed is lost: the program killed one second after an edit still has it on the next start."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore

TARGET = Path(__file__).with_name("kill_target.py")


@pytest.mark.slow
def test_edit_survives_sigkill_one_second_later(db_path):
    agency = "某某县人民政府办公室（断电测试）"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, str(TARGET), str(db_path), agency],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        deadline = time.monotonic() + 60
        line = ""
        while time.monotonic() < deadline:
            ready, _, _ = select.select([proc.stdout], [], [], max(deadline - time.monotonic(), 0))
            if not ready:
                break
            line = proc.stdout.readline()
            if line.strip() == "EDITED" or proc.poll() is not None:
                break
        assert line.strip() == "EDITED", f"no edit was made (exit status {proc.poll()})"
        time.sleep(1.0)
        assert proc.poll() is None, "the program must still be running when it is killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL

    with Database.open(db_path) as db:
        store = ReportStore(db)
        [summary] = store.list_reports()
        assert store.load(summary.id).agency == agency
