"""Times importing the full fixture report back from our own Word file and web page, and from a published-style
page (GBK, site header and footer, altered labels, a split table 3), median of 10 after one warm-up.

Run: `.venv/bin/python benchmarks/bench_import.py`. Budget on the two-core reference machine: 0.3 s a file, so
the review dialog shows its findings at once (it reads off the GUI thread all the same).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from disclosure_desktop.domain.formats import get_format  # noqa: E402
from disclosure_desktop.domain.jsonio import loads, report_to_dict  # noqa: E402
from disclosure_desktop.export import registry  # noqa: E402
from disclosure_desktop.importers import read_file  # noqa: E402
from tests.helpers.published_docs import T2_2021, T3_HEAD, T3_ROWS, html_page, report_items, t2_rows, t3_rows, t4_rows  # noqa

RUNS = 10
BUDGET_S = 0.3


def _published(report, folder: Path) -> Path:
    doc = report_to_dict(report)
    cells = doc["cells"]
    t3 = (T3_HEAD + t3_rows(cells, T3_ROWS[:13]), T3_HEAD + t3_rows(cells, T3_ROWS[13:]))
    tables = {"proactive": (t2_rows(T2_2021, cells),), "applications": t3, "review_litigation": (t4_rows(cells),)}
    headings = {s.id: s.heading for s in get_format(report.format_id).sections}
    items = report_items(doc, tables, headings, report.display_title, info="发布时间：2022-01-23",
                         signature=(report.agency, "2022年1月23日"))
    path = folder / "published.html"
    path.write_bytes(html_page(items, charset="gb2312", encoding="gbk"))
    return path


def main() -> int:
    report = loads((ROOT / "tests" / "fixtures" / "full_report_2021.json").read_text("utf-8"))
    over = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {}
        for kind in ("docx", "html"):
            files[f"own {kind}"] = folder / f"report.{kind}"
            files[f"own {kind}"].write_bytes(registry.render(report, kind))
        files["published html"] = _published(report, folder)
        for name, path in files.items():
            start = time.perf_counter()
            result = read_file(path)  # warm-up: python-docx, lxml, the format data
            first = time.perf_counter() - start
            times = []
            for _ in range(RUNS):
                start = time.perf_counter()
                read_file(path)
                times.append(time.perf_counter() - start)
            median = statistics.median(times)
            over += median > BUDGET_S
            print(f"{name:15} median {median * 1000:6.1f} ms  (min {min(times) * 1000:.1f}, first {first * 1000:.0f}; "
                  f"{path.stat().st_size / 1024:.0f} KiB, {result.cells_placed} cells)  "
                  f"{'ok' if median <= BUDGET_S else 'OVER BUDGET'}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
