"""Times the start: process start → window shown → database open and first view ready (median of runs).

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py`. Each run is a fresh process so that
import costs count, as they do for the clerk.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import time, sys
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
marks = {}
def watch():
    for w in QApplication.topLevelWidgets():
        if type(w).__name__ == "MainWindow" and w.isVisible() and "shown" not in marks:
            marks["shown"] = time.perf_counter() - t0
            w.ready.connect(lambda: (marks.setdefault("ready", time.perf_counter() - t0), app.quit()))
timer = QTimer(); timer.timeout.connect(watch); timer.start(0)
from disclosure_desktop import app as program
program.main(["--db", sys.argv[1]])
print(f"{marks['shown']*1000:.0f} {marks['ready']*1000:.0f}")
"""


def main(runs: int = 7) -> None:
    shown, ready = [], []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite"
        for _ in range(runs):
            out = subprocess.run([sys.executable, "-c", CHILD, str(db)], capture_output=True, text=True, check=True)
            a, b = out.stdout.split()
            shown.append(int(a))
            ready.append(int(b))
    print(f"window shown: median {statistics.median(shown)} ms  (runs: {shown})")
    print(f"first view ready: median {statistics.median(ready)} ms  (runs: {ready})")


if __name__ == "__main__":
    main()
