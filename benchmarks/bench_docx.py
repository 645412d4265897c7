"""Times building and saving the full fixture report as .docx (median of 10), against the 0.3 s budget."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from disclosure_desktop.domain.jsonio import loads  # noqa: E402
from disclosure_desktop.export.docx_export import export_docx  # noqa: E402

RUNS = 10


def main() -> None:
    report = loads((ROOT / "tests" / "fixtures" / "docx_report.json").read_text("utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "report.docx"
        export_docx(report, target)  # warm-up: imports, template parsing caches
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            export_docx(report, target)
            times.append(time.perf_counter() - start)
        size = target.stat().st_size
    print(
        f"docx export: median {statistics.median(times) * 1000:.0f} ms, "
        f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms over {RUNS} runs; {size // 1024} KB"
    )


if __name__ == "__main__":
    main()
