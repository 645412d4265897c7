"""The real program started as a separate process (the GUI driver) and its output read line by line."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

DRIVER = Path(__file__).with_name("gui_driver.py")


def start(mode: str, db_path: Path | str, seed: int, *, commands: bool = False) -> subprocess.Popen:
    """`commands`: the driver reads commands on its standard input (`tell`)."""
    # A fatal signal (a crash, not the test's kill) leaves the Python stacks in the error file (`errors`).
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1", PYTHONFAULTHANDLER="1")
    beside = None if "://" in str(db_path) or str(db_path) == "-" else Path(db_path).parent  # the test's folder
    with tempfile.NamedTemporaryFile(prefix="driver-", suffix=".err", delete=False, dir=beside) as errors:
        proc = subprocess.Popen([sys.executable, str(DRIVER), mode, str(db_path), str(seed)],
                                stdin=subprocess.PIPE if commands else None,
                                stdout=subprocess.PIPE, stderr=errors, text=True, env=env)
    proc.errors = Path(errors.name)  # type: ignore[attr-defined]
    # A thread reads every line as it comes: select() on the pipe would miss lines already buffered.
    proc.said = queue.Queue()  # type: ignore[attr-defined]
    threading.Thread(target=lambda: [proc.said.put(line) for line in proc.stdout], daemon=True).start()
    return proc


def lines(proc: subprocess.Popen, until: float):
    """(words, monotonic time) of each line the driver prints, until the deadline."""
    while True:
        left = until - time.monotonic()
        if left <= 0:
            return
        try:
            line = proc.said.get(timeout=min(left, 0.05))  # type: ignore[attr-defined]
        except queue.Empty:
            if proc.poll() is not None and proc.said.empty():  # type: ignore[attr-defined]
                return
            continue
        *words, stamp = line.split()
        yield words, float(stamp)


def tell(proc: subprocess.Popen, *words: object) -> None:
    """A command to a driver started with `commands=True`."""
    assert proc.stdin is not None
    proc.stdin.write(" ".join(str(w) for w in words) + "\n")
    proc.stdin.flush()


def errors(proc: subprocess.Popen) -> str:
    """The end of what the program wrote on its standard error (a crash's stacks), and the file removed."""
    path = getattr(proc, "errors", None)
    if path is None:
        return ""
    try:
        return path.read_text(errors="replace")[-3000:]
    except OSError:
        return ""
    finally:
        path.unlink(missing_ok=True)
