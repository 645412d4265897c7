"""Times exporting the full fixture report as PDF (median of 10, after one warm-up), against the 0.3 s budget."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from disclosure_desktop.domain.jsonio import loads  # noqa: E402
from disclosure_desktop.export.pdf_export import export_pdf  # noqa: E402

RUNS = 10
BUDGET_S = 0.3


def main() -> None:
    report = loads((ROOT / "tests" / "fixtures" / "full_report_2021.json").read_text("utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "report.pdf"
        start = time.perf_counter()
        export_pdf(report, target)  # warm-up: Qt application, font database, template cache
        first = time.perf_counter() - start
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            export_pdf(report, target)
            times.append(time.perf_counter() - start)
        size = target.stat().st_size
    median = statistics.median(times)
    verdict = "ok" if median <= BUDGET_S else "OVER BUDGET"
    print(f"pdf export: first {first * 1000:.0f} ms, median {median * 1000:.0f} ms of {RUNS} "
          f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}), {size / 1024:.0f} KiB — {verdict}")


if __name__ == "__main__":
    main()
