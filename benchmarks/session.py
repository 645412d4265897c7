"""The clerk's session on a 2,000-report database, run by benchmarks.session_child in its own process: autosave,
GUI-thread stalls while typing and filling table 3, the preview's delay, the report list and opening a report, and
the program's peak memory."""

from __future__ import annotations

import json
import shutil
import statistics
from pathlib import Path

from benchmarks.environment import ChildFailed, child_environment, python, run_child


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(work: Path, big_db: Path, report_id: int, quick: bool) -> dict[str, object]:
    home = work / "session"
    home.mkdir(parents=True, exist_ok=True)
    db = home / "reports.sqlite"
    shutil.copyfile(big_db, db)  # the session writes: every run starts from the same file
    from disclosure_desktop.storage.database import Database
    from disclosure_desktop.storage.repository import ReportStore

    with Database.open(db) as opened:
        opened.auto_backup = False
        store = ReportStore(opened)
        store.set_state("last_report", str(report_id))
        store.set_state("last_page", "section:overall")
    out = home / "session.json"
    out.unlink(missing_ok=True)
    args = [python(), "-m", "benchmarks.session_child", str(db), str(report_id), str(out)]
    done = run_child([*args, "--quick"] if quick else args, child_environment(home), timeout=300)
    if not out.exists():
        raise ChildFailed(f"the session ended without results (exit {done.returncode})", done.stderr)
    found = json.loads(out.read_text("utf-8"))
    if found["failures"]:
        raise ChildFailed("; ".join(found["failures"]), done.stderr)
    stalls = {phase: max(gaps) for phase, gaps in found["stalls"].items() if gaps}
    saves = found["autosaves_ms"]
    worst = max(stalls, key=stalls.__getitem__) if stalls else "—"
    return {
        "autosave_p50_ms": statistics.median(saves) if saves else None,
        "autosave_p99_ms": _percentile(saves, 0.99) if saves else None,
        "ui_stall_max_ms": max(stalls.values()) if stalls else None,
        # The slower of a keystroke in a text part and a number entered in table 3 (median of each).
        "preview_ms": max(statistics.median(v) for v in found["preview_ms"].values()),
        "list_2000_ms": statistics.median(found["list_ms"]),
        "open_2000_ms": statistics.median(found["open_ms"]),
        "peak_rss_mb": done.peak_rss_mb,
        "notes": [
            f"session: {found['keys']} keys, {len(saves)} autosaves ({min(saves, default=0):.1f}–"
            f"{max(saves, default=0):.1f} ms); longest stall while {worst}; "
            + ", ".join(f"{p} {v:.0f} ms" for p, v in stalls.items()),
            "preview (ms): " + "; ".join(f"{kind} " + ", ".join(f"{v:.0f}" for v in runs)
                                         for kind, runs in found["preview_ms"].items())
            + "; list (ms): " + ", ".join(f"{v:.0f}" for v in found["list_ms"])
            + "; open (ms): " + ", ".join(f"{v:.0f}" for v in found["open_ms"]),
            "export inside the session: " + ", ".join(f"{k} {v:.2f} s" for k, v in found["export_s"].items()),
        ],
    }
