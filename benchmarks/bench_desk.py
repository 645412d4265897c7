"""Times the 公开办's desk in the window (spec §13): a 300-report batch in mixed formats (bench_review.py's folder)
taken into a batch of 300 units as a drop does — read on every core, checked, compared for 雷同, recorded — until
the summary and then the roll-up with its 图解 are on screen, and the batch opened again; meanwhile a 5 ms
heartbeat measures the GUI thread's longest stall (target ≤ 100 ms; the read-and-check target is about a minute).

Run: `.venv/bin/python benchmarks/bench_desk.py [--reports 300] [--keep]`. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_review import build  # noqa: E402
from disclosure_desktop.review.units import read_units_csv  # noqa: E402

STALL_TARGET_MS = 100.0
INTAKE_TARGET_S = 60.0


def prepare(work: Path, count: int) -> tuple[Path, Path, dict[str, int]]:
    from disclosure_desktop.storage.database import Database
    from disclosure_desktop.storage.repository import ReportStore
    from disclosure_desktop.workflows import review_desk

    folder = work / "reports"
    folder.mkdir()
    units, made = build(folder, count)
    db_path = work / "desk.sqlite"
    with Database.open(db_path) as db:
        review_desk.create_batch(ReportStore(db), "某某县人民政府办公室", 2025, read_units_csv(units))
    return db_path, folder, made


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=300)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-desk-"))
    try:
        start = time.perf_counter()
        db_path, folder, made = prepare(work, args.reports)
        print(f"generated {args.reports} reports in {time.perf_counter() - start:.0f} s: {made}", file=sys.stderr)
        out = work / "desk.json"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(work / "config"),
               "XDG_DATA_HOME": str(work / "data")}
        done = subprocess.run([sys.executable, "-m", "benchmarks.desk_child", str(db_path), str(folder), str(out)],
                              cwd=ROOT, env=env, capture_output=True, timeout=1800)
        if done.returncode != 0 or not out.exists():
            print(done.stderr.decode("utf-8", "replace")[-3000:], file=sys.stderr)
            return 1
        doc = json.loads(out.read_text("utf-8"))
        stalls = doc["stalls"]
        intake, reopen = stalls.get("intake", []), stalls.get("reopen", [])
        figures = {
            "desk_intake_300_s": doc.get("intake_to_summary_s"),
            "desk_intake_to_rollup_s": doc.get("intake_to_rollup_s"),
            "desk_stall_max_ms": round(max(intake, default=0.0), 1),
            "desk_stall_p99_ms": round(_p99(intake), 1),
            "desk_stall_median_ms": round(statistics.median(intake), 2) if intake else None,
            "desk_reopen_s": doc.get("reopen_to_rollup_s"),
            "desk_reopen_stall_max_ms": round(max(reopen, default=0.0), 1),
            "units": doc.get("units"), "received": doc.get("received"), "formats": made, "cores": os.cpu_count(),
            "failures": doc["failures"],
            "met": {"stall": max(intake, default=0.0) <= STALL_TARGET_MS,
                    "intake": (doc.get("intake_to_summary_s") or 1e9) <= INTAKE_TARGET_S},
        }
        print(json.dumps(figures, ensure_ascii=False))
        return 0
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
