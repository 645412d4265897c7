"""The real program started as a separate process (the GUI driver) and its output read line by line."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Protocol

DRIVER = Path(__file__).with_name("gui_driver.py")


class Running(Protocol):
    """A started driver — a subprocess.Popen, or a program forked by tests/helpers/warm_start.py."""

    def poll(self) -> int | None: ...

    def kill(self) -> None: ...

    def wait(self, timeout: float | None = None) -> int: ...

    def send_signal(self, number: int) -> None: ...


def kill_now(proc: Running) -> float:
    """SIGKILL to the program; the moment it was sent (time.monotonic(), the clock of the driver's lines) — taken
    by the zygote that sends it for a forked program (`signalled_at`)."""
    at = time.monotonic()
    proc.send_signal(signal.SIGKILL)
    sent = getattr(proc, "signalled_at", None)
    return sent if sent is not None else at


@contextmanager
def gone_at_end(proc: Running) -> Iterator[None]:
    """However the block ends (a failed assertion too), the program is killed if it still runs, waited for, and
    its error file removed."""
    try:
        yield
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        errors(proc)


def program_env() -> dict[str, str]:
    """The driver's environment: the test's, offscreen, its lines unbuffered, and a fatal signal (a crash, not the
    test's kill) leaving the Python stacks in the error file (`errors`)."""
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1", PYTHONFAULTHANDLER="1")


def error_file(db_path: Path | str) -> Path:
    """A new file for the driver's standard error, in the test's folder when the database is a file there."""
    beside = None if "://" in str(db_path) or str(db_path) == "-" else Path(db_path).parent
    with tempfile.NamedTemporaryFile(prefix="driver-", suffix=".err", delete=False, dir=beside) as errors:
        return Path(errors.name)


def read_lines(proc: object, stdout: IO[str]) -> None:
    """`proc.said`: every line the driver prints, read by a thread as it comes — select() on the pipe would miss
    lines already buffered."""
    said: queue.Queue[str] = queue.Queue()
    proc.said = said  # type: ignore[attr-defined]

    def read() -> None:
        for line in stdout:
            said.put(line)

    threading.Thread(target=read, daemon=True).start()


def start(mode: str, db_path: Path | str, seed: int, *, commands: bool = False) -> subprocess.Popen:
    """`commands`: the driver reads commands on its standard input (`tell`)."""
    errors = error_file(db_path)
    with errors.open("w") as err:
        proc = subprocess.Popen([sys.executable, str(DRIVER), mode, str(db_path), str(seed)],
                                stdin=subprocess.PIPE if commands else None,
                                stdout=subprocess.PIPE, stderr=err, text=True, env=program_env())
    proc.errors = errors  # type: ignore[attr-defined]
    assert proc.stdout is not None
    read_lines(proc, proc.stdout)
    return proc


def lines(proc: Running, until: float):
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


def errors(proc: Running) -> str:
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
