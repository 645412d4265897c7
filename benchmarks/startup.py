"""Start-up: the real program as a fresh process until its last report's wizard page takes input, against a bare
PySide6 window with one line edit in the same run (the floor no Qt program can beat)."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.environment import ChildFailed, child_environment, median, python, run_child, spread
from benchmarks.reports import full_report

LAST_PAGE = "section:applications"  # January: the clerk was filling table 3 when the program was closed


def _database(path: Path) -> None:
    """A clerk's file: last year's report, this year's being written, the example; closed on table 3."""
    from disclosure_desktop.storage.database import Database
    from disclosure_desktop.storage.repository import ReportStore
    from disclosure_desktop.workflows.example_report import example_report

    with Database.open(path) as db:
        store = ReportStore(db)
        this_year = full_report(2025, seed=2)
        store.create(full_report(2024, seed=1))
        store.create(example_report())
        rid = store.create(this_year)
        store.set_state("last_report", str(rid))
        store.set_state("last_page", LAST_PAGE)


def _start(mode: list[str], env: dict[str, str]) -> dict[str, float]:
    done = run_child([python(), "-m", "benchmarks.startup_child", *mode], env, timeout=90)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    marks = json.loads(lines[-1]) if lines else {}
    if done.returncode != 0 or "input" not in marks:
        raise ChildFailed(f"start-up ({mode[0]}) did not reach input (exit {done.returncode})", done.stderr)
    marks["rss_mb"] = done.peak_rss_mb
    return marks


def measure(work: Path, runs: int) -> dict[str, object]:
    """startup_s and startup_floor_s (medians of `runs` each, taken in turns so both see the same load)."""
    home = work / "startup"
    home.mkdir(parents=True, exist_ok=True)
    db = home / "reports.sqlite"
    _database(db)
    env = child_environment(home)
    # Once each unmeasured: Python's byte code, the font cache and the database's first clean close are written
    # then, as on a clerk's machine by the first start after installing.
    _start(["floor"], env)
    _start(["program", str(db)], env)
    floor: list[float] = []
    program: list[dict[str, float]] = []
    for _ in range(runs):
        floor.append(_start(["floor"], env)["input"])
        program.append(_start(["program", str(db)], env))
    inputs = [m["input"] for m in program]
    return {
        "startup_s": median(inputs),
        "startup_floor_s": median(floor),
        "notes": [
            f"start-up, {runs} runs each: program {spread(inputs)} s (window shown at "
            f"{median([m['window'] for m in program]):.3f} s, ready at {median([m['ready'] for m in program]):.3f} s), "
            f"floor {spread(floor)} s",
        ],
    }
