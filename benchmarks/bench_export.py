"""Times exporting the full fixture report to each format (median of 10 after one warm-up) against its budget.

Run: `.venv/bin/python benchmarks/bench_export.py`. Budgets on the two-core reference machine: PDF 0.3 s,
Word 0.3 s, web page 0.05 s.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from disclosure_desktop.domain.jsonio import loads  # noqa: E402
from disclosure_desktop.export import registry  # noqa: E402

RUNS = 10
BUDGETS_S = {"pdf": 0.3, "docx": 0.3, "html": 0.05, "json": 0.05}


def main() -> int:
    report = loads((ROOT / "tests" / "fixtures" / "full_report_2021.json").read_text("utf-8"))
    over = 0
    for format_id, budget in BUDGETS_S.items():
        start = time.perf_counter()
        size = len(registry.render(report, format_id))  # warm-up: Qt application, fonts, template caches
        first = time.perf_counter() - start
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            registry.render(report, format_id)
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        verdict = "ok" if median <= budget else "OVER BUDGET"
        over += median > budget
        print(f"{format_id:5} median {median * 1000:7.1f} ms  (min {min(times) * 1000:.1f}, first {first * 1000:.0f}; "
              f"budget {budget * 1000:.0f} ms; {size / 1024:.0f} KiB)  {verdict}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
