"""Real disks that refuse: a small file system that is full or mounted read-only, and the command line run as a
user without rights (root ignores permissions)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers.paths import ROOT

# A Python that another user can run (the tests' own may live under /root), given this checkout's packages.
SYSTEM_PYTHON = Path(f"/usr/bin/python{sys.version_info.major}.{sys.version_info.minor}")


@contextmanager
def small_disk(where: Path, size: str = "3m") -> Iterator[Path]:
    """A real file system of `size` (tmpfs) at `where`; the test is skipped where mounting is not allowed."""
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(disk: Path) -> Path:
    """Fill `disk` to its last byte; the filler file is returned (delete it to make room)."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as handle:  # unbuffered: the last write fails here, not on closing
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


def remount(disk: Path, mode: str) -> None:
    """Mount `disk` again read-only ("ro") or writable ("rw"): a write-protected stick, as the kernel sees it."""
    subprocess.run(["mount", "-o", f"remount,{mode}", str(disk)], check=True, capture_output=True)


def nobody_can_run() -> bool:
    if os.geteuid() != 0 or not Path("/usr/bin/setpriv").exists() or not SYSTEM_PYTHON.exists():
        return False
    done = subprocess.run([str(SYSTEM_PYTHON), "-c", "import sys; print(sys.version_info[:2])"],
                          capture_output=True, text=True)
    return done.stdout.strip() == str(tuple(sys.version_info[:2]))


def run_as_nobody(*args: str, home: Path) -> tuple[int, str, str]:
    """The command line as the user nobody, in Chinese; (exit status, stdout, stderr)."""
    site = next(p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir())
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "DISCLOSURE_LANG": "zh",
           "PYTHONPATH": f"{ROOT}:{site}", "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", str(SYSTEM_PYTHON),
                           "-m", "disclosure_desktop", *args], capture_output=True, text=True, env=env, cwd=home,
                          timeout=120)
    return done.returncode, done.stdout, done.stderr
