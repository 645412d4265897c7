"""Times the 公开办's review of a 300-report batch (spec §13) as a whole process: `review FOLDER --year 2025
--units units.csv --json -o summary.xlsx` over generated reports in mixed formats — this program's JSON, web page
and Word exports, Word files and web pages laid out as published, submission packages (and PDFs once PDF import
reads them) — every file read on every core, checked, compared for 雷同, rolled up and written as a workbook.

Run: `.venv/bin/python benchmarks/bench_review.py [--reports 300] [--runs 3] [--keep]`. Target (spec §13): about a
minute on a two-core office PC. Prints the median wall time, the child's peak memory and the split by format.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from disclosure_desktop.importers import kind_of  # noqa: E402
from tests.helpers.review_batch import SUFFIXES, unit_name, unit_report, write_as  # noqa: E402

TARGET_S = 60.0
KINDS = ["json", "html", "docx", "published_docx", "published_html", "package"]


def build(folder: Path, count: int) -> tuple[Path, dict[str, int]]:
    kinds = KINDS + (["pdf"] if kind_of(Path("x.pdf")) is not None else [])
    made: dict[str, int] = {}
    units = ["单位名称,单位类型,截止日期"]
    for index in range(count):
        report = unit_report(index)
        kind = kinds[index % len(kinds)]
        write_as(report, kind, folder / f"{index:03d}{SUFFIXES[kind]}")
        made[kind] = made.get(kind, 0) + 1
        units.append(f"{unit_name(index)},部门,")
    listed = folder.parent / "units.csv"
    listed.write_text("\n".join(units), "utf-8")
    return listed, made


def run_once(folder: Path, units: Path, out: Path) -> tuple[float, dict]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "disclosure_desktop", "review", str(folder), "--year", "2025",
                           "--units", str(units), "--json", "-o", str(out)], capture_output=True, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise RuntimeError(done.stderr.decode("utf-8", "replace")[-2000:])
    return elapsed, json.loads(done.stdout.decode("utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-review-"))
    try:
        folder = work / "reports"
        folder.mkdir()
        start = time.perf_counter()
        units, made = build(folder, args.reports)
        print(f"generated {args.reports} reports in {time.perf_counter() - start:.0f} s: {made}", file=sys.stderr)
        times = []
        doc: dict = {}
        for _ in range(args.runs):
            elapsed, doc = run_once(folder, units, work / "summary.xlsx")
            times.append(elapsed)
            print(f"  run: {elapsed:.1f} s", file=sys.stderr)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        received = sum(1 for u in doc["units"] if u["status"] != "未报送")
        median = statistics.median(times)
        print(json.dumps({"review_300_s": round(median, 2), "runs_s": [round(t, 2) for t in times],
                          "reports": args.reports, "received": received, "rejected": len(doc["rejected_files"]),
                          "peak_child_rss_mb": round(peak_mb), "cores": os.cpu_count(), "formats": made,
                          "target_s": TARGET_S, "met": median <= TARGET_S}, ensure_ascii=False))
        return 0
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
