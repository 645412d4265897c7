"""Where and how the benchmark runs the program: its own folders (never the clerk's database or settings), Qt
without a screen, and child processes timed from their very start, with their peak memory."""

from __future__ import annotations

import contextlib
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The child's clock is the parent's: CLOCK_MONOTONIC is one clock for every process of the machine.
T0_VARIABLE = "BENCH_T0"


def child_environment(home: Path) -> dict[str, str]:
    """The variables every child runs with: its settings, data and default database inside `home`.

    The cache folder is the run's, shared by all its children: what the program caches once (fonts) is then paid
    by the unmeasured first start, as on a clerk's machine.
    """
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        DISCLOSURE_LANG="zh",
        DISCLOSURE_DESKTOP_DB=str(home / "default.sqlite"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home.parent / "cache"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        PYTHONDONTWRITEBYTECODE="",  # the clerk's installed program has its byte code cached; so does this
    )
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    # Our own modules first, so that `-m benchmarks.…` children find them wherever the runner was started.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


@dataclass(frozen=True)
class Finished:
    """A child process that ran to its end."""

    seconds: float  # from just before the process was created until it exited
    returncode: int
    stdout: str
    stderr: str
    peak_rss_mb: float


def run_child(args: list[str], env: dict[str, str], *, timeout: float, cwd: Path | None = None) -> Finished:
    """Run a command to its end; its time counts from just before the process exists, as a clerk's click does."""
    env = {**env, T0_VARIABLE: repr(time.monotonic())}
    start = time.monotonic()
    # A session of its own, so that ending it ends what it started too (LibreOffice runs a process of its own).
    proc = subprocess.Popen(args, env=env, cwd=cwd or ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    out: list[bytes] = []
    err: list[bytes] = []
    readers = [threading.Thread(target=lambda s=s, d=d: d.append(s.read()), daemon=True)
               for s, d in ((proc.stdout, out), (proc.stderr, err))]
    for reader in readers:
        reader.start()
    fired = threading.Event()
    killer = threading.Timer(timeout, lambda: (fired.set(), _end(proc)))
    killer.start()
    try:
        # wait4, not wait: the kernel says this child's own peak memory as it reaps it.
        _pid, status, usage = os.wait4(proc.pid, 0)
    except BaseException:  # the runner was interrupted or ended: take the child with it
        _end(proc)
        raise
    finally:
        killer.cancel()
    seconds = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    for reader in readers:
        reader.join()
    for pipe in (proc.stdout, proc.stderr):
        if pipe is not None:
            pipe.close()
    stdout, stderr = (b"".join(d).decode("utf-8", "replace") for d in (out, err))
    if fired.is_set():
        raise ChildFailed(f"{' '.join(args[1:3])}: no end after {timeout:.0f} s", stderr)
    return Finished(seconds, proc.returncode, stdout, stderr, usage.ru_maxrss / 1024)


def _end(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(OSError):
        os.killpg(proc.pid, signal.SIGKILL)


class ChildFailed(RuntimeError):
    """A child process did not do what the benchmark asked (its standard error is kept for the report)."""

    def __init__(self, text: str, stderr: str = "") -> None:
        super().__init__(text)
        self.stderr = stderr


def python() -> str:
    return sys.executable


def median(values: list[float]) -> float:
    return statistics.median(values)


def spread(values: list[float]) -> str:
    """min–max of the runs, for the notes under the table."""
    return f"{min(values):.3g}–{max(values):.3g}" if values else "—"
