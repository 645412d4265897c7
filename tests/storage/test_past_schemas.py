"""Files written by the program as it was at each past schema version (tests/fixtures/schemas, made by
scripts/make_schema_fixtures.py from those commits) open in this version: backed up and verified first, migrated to
the current schema, every report, acknowledgement, saved and signed version kept — signed digests still holding."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.versions import MANUAL, SIGNED
from disclosure_desktop.storage.backup_files import folder as backups_folder
from disclosure_desktop.storage.backups import verify
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.ownership import SCHEMA_VERSION, schema_version_of
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.paths import FIXTURES, FULL_REPORT

SCHEMAS = FIXTURES / "schemas"
PAST = sorted(int(p.stem.rpartition("v")[2]) for p in SCHEMAS.glob("schema-v*.sqlite"))


def test_a_file_of_every_past_schema_is_kept() -> None:
    assert list(range(1, SCHEMA_VERSION)) == PAST


def _contents(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, read-only: what a copy of the file must hold."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        found = {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    conn.close()
    return found


@pytest.mark.parametrize("version", PAST)
def test_a_file_of_a_past_schema_migrates_and_keeps_everything(tmp_path: Path, version: int) -> None:
    db_path = tmp_path / "reports.sqlite"
    shutil.copy(SCHEMAS / f"schema-v{version}.sqlite", db_path)
    original = _contents(db_path)
    expected = jsonio.loads(FULL_REPORT.read_text("utf-8"))
    db = Database.open(db_path)
    try:
        assert db.found_version == version
        assert db.backup is not None and db.backup.parent == backups_folder(db_path)
        assert db.backup.name.endswith(f"-migration-v{version}.sqlite")
        assert verify(db.backup) == [] and _contents(db.backup) == original  # the file as it was, verified
        store = ReportStore(db)
        [summary] = store.list_reports()
        report = store.load(summary.id)
        assert report.agency == expected.agency and report.year == expected.year
        assert {cid: c.value for cid, c in report.cells.items()} == {cid: c.value for cid, c in expected.cells.items()}
        assert report.sections == expected.sections
        if version >= 3:  # the program read acknowledgements from JSON from schema 3 on
            assert report.acknowledged == {"BLANK-CELL@proactive": "本年度未制发规章，空白即为0"}
        kinds = [v.kind for v in store.versions(summary.id)]
        assert kinds == ([SIGNED, MANUAL] if version >= 3 else [])
        for info in store.versions(summary.id):
            assert store.load_version(info.id).agency == expected.agency  # its digest still holds
        if version >= 4:
            assert store.versions(summary.id)[0].reviewed_by == "李科长"
        # The migrated file takes a write like any other.
        store.set_state("last_report", str(summary.id))
    finally:
        db.close()
    assert schema_version_of(db_path) == SCHEMA_VERSION
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
