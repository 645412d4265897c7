"""Autosave against a shared database (issue 22): `ReportStore.apply` of the clerk's typing batches — a paragraph of
part 一 growing, cells of table 3 filled — timed from the call to its commit, on a local PostgreSQL server beside
the same on a SQLite file, both holding the same 2,000 reports.

The server is $DISCLOSURE_TEST_PG_URL's when it names one, else a throwaway cluster started for this measurement
(scripts/pg_cluster.sh, fsync on as a real server's) and stopped after it.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.environment import ROOT

PHRASE = "本机关坚持以公开为常态、不公开为例外，"
REPORTS = 2000  # as many as the clerk's session is measured on


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


NO_INITDB = 3  # scripts/pg_cluster.sh: PostgreSQL is not installed


@contextmanager
def _server() -> Iterator[str | None]:
    """The server's URL; None where PostgreSQL or its driver is not installed (nothing to measure, no failure)."""
    given = os.environ.get("DISCLOSURE_TEST_PG_URL", "").strip()
    if given:
        yield given
        return
    if importlib.util.find_spec("psycopg") is None:
        yield None
        return
    # A folder of its own in the temporary folder: the postgres user that runs the server must reach it, and the
    # benchmark's working folder is private.
    folder = Path(tempfile.mkdtemp(prefix="dd-bench-pg-"))
    script = ["bash", str(ROOT / "scripts" / "pg_cluster.sh")]
    done = subprocess.run([*script, "start", str(folder)], capture_output=True, text=True, check=False)
    if done.returncode == NO_INITDB:
        yield None
        return
    if done.returncode != 0:
        raise RuntimeError(f"no PostgreSQL server: {done.stderr.strip()[-300:]}")
    try:
        yield done.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run([*script, "stop", str(folder)], check=False)


def _fresh_database(server_url: str, name: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    from disclosure_desktop.storage import upgrade

    upgrade.upgrade(url)
    return url


def _typing(target: str | Path, report_id: int, batches: int) -> list[float]:
    """The autosave's batches, each one transaction guarded by the revision before it: ms from call to commit."""
    from disclosure_desktop.domain.changes import Changes
    from disclosure_desktop.domain.report import Cell, CellSource
    from disclosure_desktop.storage.database import Database
    from disclosure_desktop.storage.repository import ReportStore

    with Database.open(target) as db:
        db.auto_backup = False
        store = ReportStore(db, user_name="张三")
        report = store.load(report_id)
        text, revision = report.text("overall"), report.revision
        cells = [cid for cid in report.format.cells if cid.startswith("t3.") and not cid.endswith(".total")]
        times = []
        for n in range(batches + 10):  # the first ten warm the connection and the caches up, unmeasured
            if n % 2:
                changes = Changes(cells={cells[n % len(cells)]: Cell(str(n), CellSource.TYPED)})
            else:
                text += PHRASE[: 4 + n % 12]
                changes = Changes(sections={"overall": text})
            start = time.perf_counter()
            revision = store.apply(report_id, changes, expected_revision=revision)
            if n >= 10:
                times.append((time.perf_counter() - start) * 1000)
        return times


def measure(work: Path, big_db: Path | None, report_id: int, quick: bool) -> dict[str, object]:
    from benchmarks.reports import build_database

    batches = 300 if quick else 1000
    home = work / "shared-store"
    home.mkdir(parents=True, exist_ok=True)
    sqlite_file = home / "reports.sqlite"
    if big_db is not None and big_db.exists():
        shutil.copyfile(big_db, sqlite_file)
    else:
        report_id = build_database(sqlite_file, REPORTS)[-1]
    sqlite_ms = _typing(sqlite_file, report_id, batches)
    found: dict[str, object] = {
        "store_apply_sqlite_p50_ms": statistics.median(sqlite_ms),
        "store_apply_sqlite_p99_ms": _percentile(sqlite_ms, 0.99),
    }
    said = f"store.apply: {batches} typing batches each on {REPORTS} reports; SQLite {min(sqlite_ms):.1f}–" \
           f"{max(sqlite_ms):.1f} ms"
    with _server() as server_url:
        if server_url is None:
            return {**found, "notes": [said + "; PostgreSQL (or psycopg) is not installed: not measured on a server"]}
        url = _fresh_database(server_url, "dd_benchmark")
        start = time.monotonic()
        ids = build_database(url, REPORTS)
        built = time.monotonic() - start
        postgres_ms = _typing(url, ids[-1], batches)
    return {
        **found,
        "store_apply_postgres_p50_ms": statistics.median(postgres_ms),
        "store_apply_postgres_p99_ms": _percentile(postgres_ms, 0.99),
        "notes": [said + f", PostgreSQL {min(postgres_ms):.1f}–{max(postgres_ms):.1f} ms (its {REPORTS} reports "
                         f"written in {built:.0f} s, one transaction)"],
    }
