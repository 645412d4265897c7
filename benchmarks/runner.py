"""`python -m benchmarks [--quick] [--json FILE]`: every figure of issue 12 measured on this machine in one run,
printed as a table beside its floor or rival and target, and written as JSON with exactly the issue's keys.

It reports; it does not judge: the exit status is 0 whatever the figures are, and 1 only when a figure could not
be measured because something broke (so CI notices a broken benchmark, not a slow machine).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from benchmarks import figures
from benchmarks.environment import ChildFailed, child_environment

BIG = 2000


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs and a shorter session (for CI)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the figures as JSON to FILE")
    parser.add_argument("--keep", action="store_true", help="keep the working folder (databases, exports, logs)")
    return parser


class Run:
    """The figures so far, the notes under the table, and what failed."""

    def __init__(self) -> None:
        self.values: figures.Values = dict.fromkeys(figures.KEYS)
        self.notes: list[str] = []
        self.broken: list[str] = []

    def measure(self, name: str, keys: tuple[str, ...], step: Callable[[], dict[str, object]]) -> None:
        start = time.monotonic()
        print(f"… {name}", file=sys.stderr, flush=True)
        try:
            found = step()
        except Exception as error:  # one broken figure must not hide the others
            detail = error.stderr.strip().splitlines()[-3:] if isinstance(error, ChildFailed) else []
            if not isinstance(error, ChildFailed):
                traceback.print_exc()
            self.broken.append(f"{name}: {error}" + "".join(f"\n    {line}" for line in detail))
            return
        for key in keys:
            value = found.get(key)
            self.values[key] = None if value is None else round(float(value), 6)  # type: ignore[arg-type]
        self.notes.extend(str(n) for n in found.get("notes", []))  # type: ignore[union-attr]
        print(f"  {name}: {time.monotonic() - start:.0f} s", file=sys.stderr, flush=True)


def _machine() -> str:
    from PySide6 import __version__ as pyside

    load = " / ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (f"{platform.node()}: {os.cpu_count()} cores, load {load}; Python {platform.python_version()}, "
            f"PySide6 {pyside}; {platform.platform()}")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # Ended from outside (CI's time limit): unwind, so that the child being measured is ended too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    quick = args.quick
    work = Path(tempfile.mkdtemp(prefix="disclosure-benchmark-"))
    os.environ.update({k: v for k, v in child_environment(work / "runner").items()
                       if k.startswith(("QT_", "XDG_", "DISCLOSURE_"))})
    started = time.monotonic()
    run = Run()
    machine = _machine()
    try:
        _measure_all(run, work, quick)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(f"disclosure_desktop benchmark ({'quick' if quick else 'full'}), {time.strftime('%Y-%m-%d %H:%M')}, "
          f"{time.monotonic() - started:.0f} s")
    print(f"machine at start: {machine}")
    print()
    print(figures.table(run.values))
    print()
    for note in run.notes:
        print(f"- {note}")
    for failure in run.broken:
        print(f"- NOT MEASURED {failure}")
    if args.keep:
        print(f"- working folder kept: {work}")
    if args.json is not None:
        args.json.write_text(json.dumps(run.values, indent=2) + "\n", "utf-8")
    return 1 if run.broken else 0


def _measure_all(run: Run, work: Path, quick: bool) -> None:
    from benchmarks import checks, exports, pdf_import, session, shared_store, startup, word_import

    big = work / "big.sqlite"
    ids: list[int] = []

    def build() -> dict[str, object]:
        from benchmarks.reports import build_database

        start = time.monotonic()
        ids.extend(build_database(big, BIG))
        return {"notes": [f"{BIG} full reports generated in {time.monotonic() - start:.1f} s "
                          f"({big.stat().st_size / 2**20:.0f} MB)"]}

    run.measure("a database of 2,000 reports", (), build)
    run.measure("start-up against the floor", ("startup_s", "startup_floor_s"),
                lambda: startup.measure(work, 3 if quick else 7))
    if ids:
        run.measure("the clerk's session on 2,000 reports",
                    ("autosave_p50_ms", "autosave_p99_ms", "ui_stall_max_ms", "preview_ms", "list_2000_ms",
                     "open_2000_ms", "peak_rss_mb"),
                    lambda: session.measure(work, big, ids[-1], quick))
    run.measure("autosave's transaction on PostgreSQL beside SQLite",
                ("store_apply_sqlite_p50_ms", "store_apply_sqlite_p99_ms", "store_apply_postgres_p50_ms",
                 "store_apply_postgres_p99_ms"),
                lambda: shared_store.measure(work, big, ids[-1] if ids else 0, quick))
    run.measure("checks", ("checks_ms",), lambda: checks.measure(200 if quick else 1000))
    run.measure("exports in process", ("export_pdf_s", "export_docx_s", "export_html_s"),
                lambda: exports.in_process(5 if quick else 15))
    run.measure("the export command", ("cli_export_pdf_s", "batch_export_pdf_s_per_report"),
                lambda: exports.command(work, 3 if quick else 7))
    run.measure("LibreOffice", ("libreoffice_pdf_s",), lambda: exports.libreoffice(work, 1 if quick else 3))
    run.measure("Word import", ("import_docx_s",), lambda: word_import.measure(work, 1 if quick else 3))
    run.measure("PDF import", ("import_pdf_s",), lambda: pdf_import.measure(work, 1 if quick else 3))
