"""Exports: in process (PDF, Word, web page), the whole `export` command as a process, one command exporting 50
reports, and LibreOffice converting our Word file to PDF — the route a clerk takes today."""

from __future__ import annotations

import shutil
import statistics
import sys
import time
from pathlib import Path

from benchmarks.environment import ChildFailed, child_environment, python, run_child, spread
from benchmarks.reports import full_report, word_file

BATCH = 50


def program() -> list[str]:
    """The installed `disclosure-desktop` command beside this Python (as the clerk runs it), else `-m`."""
    script = Path(sys.executable).with_name("disclosure-desktop")
    return [str(script)] if script.exists() else [python(), "-m", "disclosure_desktop"]


def in_process(runs: int) -> dict[str, object]:
    """registry.render as the export dialog calls it, median of `runs` after one warm-up (Qt, fonts, templates)."""
    from disclosure_desktop.export import registry

    report = full_report(2025, seed=2)
    found: dict[str, object] = {}
    notes = []
    for format_id in ("pdf", "docx", "html"):
        start = time.perf_counter()
        size = len(registry.render(report, format_id))
        first = time.perf_counter() - start
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            registry.render(report, format_id)
            times.append(time.perf_counter() - start)
        found[f"export_{format_id}_s"] = statistics.median(times)
        notes.append(f"{format_id} {spread(times)} s (first {first:.2f} s, {size // 1024} KiB)")
    found["notes"] = ["in-process exports, median of " + str(runs) + ": " + "; ".join(notes)]
    return found


def _export_database(path: Path, count: int) -> None:
    from benchmarks.reports import build_database

    build_database(path, count)


def command(work: Path, runs: int) -> dict[str, object]:
    """`disclosure-desktop export ID -o FILE.pdf` as a fresh process, and one command exporting 50 reports."""
    home = work / "cli"
    home.mkdir(parents=True, exist_ok=True)
    db = home / "reports.sqlite"
    _export_database(db, BATCH)
    env = child_environment(home)
    base = [*program(), "--db", str(db), "export"]

    def export_one() -> float:
        done = run_child([*base, "1", "-o", str(home / "one.pdf")], env, timeout=120)
        if done.returncode != 0:
            raise ChildFailed(f"export exited {done.returncode}", done.stderr)
        return done.seconds

    export_one()  # byte code and the font cache as after installing
    times = [export_one() for _ in range(runs)]
    out = home / "all"
    out.mkdir(exist_ok=True)
    done = run_child([*base, "--all", "--format", "pdf", "-o", str(out)], env, timeout=600)
    written = list(out.glob("*.pdf"))
    if done.returncode != 0 or len(written) != BATCH:
        raise ChildFailed(f"batch export exited {done.returncode} with {len(written)} files", done.stderr)
    return {
        "cli_export_pdf_s": statistics.median(times),
        "batch_export_pdf_s_per_report": done.seconds / BATCH,
        "notes": [f"export command, {runs} runs: {spread(times)} s; {BATCH} reports in one command "
                  f"{done.seconds:.2f} s (peak memory {done.peak_rss_mb:.0f} MB)"],
    }


def libreoffice(work: Path, runs: int) -> dict[str, object]:
    """LibreOffice converting our .docx to PDF, headless, with a profile of its own that its first run creates."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return {"libreoffice_pdf_s": None, "notes": ["LibreOffice is not installed: no rival to compare with"]}
    home = work / "libreoffice"
    docx = word_file(home)
    env = child_environment(home)
    args = [office, f"-env:UserInstallation={(home / 'profile').as_uri()}", "--headless", "--convert-to", "pdf",
            "--outdir", str(home / "out"), str(docx)]

    def convert() -> float:
        target = home / "out" / "report.pdf"
        target.unlink(missing_ok=True)
        done = run_child(args, env, timeout=180)
        if done.returncode != 0 or not target.exists():
            raise ChildFailed(f"LibreOffice exited {done.returncode} without a PDF", done.stderr)
        return done.seconds

    first = convert()  # creates the profile: a clerk's LibreOffice has one
    times = [convert() for _ in range(runs)]
    return {
        "libreoffice_pdf_s": statistics.median(times),
        "notes": [f"LibreOffice {Path(office).name} --convert-to pdf, {runs} runs: {spread(times)} s "
                  f"(first run with a new profile {first:.2f} s)"],
    }
