"""The report database on real SQLite files: schema and version gate, backups, and the repository round trip."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.report import Cell, CellSource, Report
from disclosure_desktop.messages import ReportDataError
from disclosure_desktop.storage.backups import list_backups, verify
from disclosure_desktop.storage.database import MIGRATIONS_DIR, Database, DatabaseError
from disclosure_desktop.storage.ownership import SCHEMA_VERSION, schema_version_of
from disclosure_desktop.storage.repository import ReportNotFound, ReportStore, ReportSummary

TABLES = {"report", "report_meta", "section_text", "cell", "app_state", "acknowledgement", "report_version"}
# A file of a revision before the desk's (0005) has none of its tables.
# The tables of revisions 0005 (the review desk) and 0006 (the report's life), which an older file lacks.
DROP_REVIEW = tuple(f"DROP TABLE {t}" for t in (
    "report_remark_item", "report_remarks", "report_submission", "report_publication",
    "review_remark", "review_file", "review_unit", "review_batch"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sample(**overrides: object) -> Report:
    report = Report(
        format_id="gov-2021",
        agency="某某县人民政府",
        year=2025,
        title="",
        meta={"published_on": "2026-01-23", "contact": "综合科 0000-1234567"},
        sections={"preamble": "根据《条例》编制。", "overall": "（一）主动公开\n本年主动公开信息。"},
        headings={"problems": "信息公开工作存在主要问题及下一步措施"},
        cells={
            "t3.new.natural": Cell("705", CellSource.TYPED),
            "t3.new.total": Cell("713", CellSource.COMPUTED),
            "t3.carried_in.natural": Cell("3", CellSource.CARRIED),
            "t2.fees.amount": Cell("4068.208", CellSource.IMPORTED),
        },
    )
    for key, value in overrides.items():
        setattr(report, key, value)
    return report


def _same(a: Report, b: Report) -> None:
    for name in ("format_id", "agency", "year", "title", "meta", "sections", "headings", "cells", "is_example"):
        assert getattr(a, name) == getattr(b, name), name


@pytest.fixture
def store(db_path: Path):
    store = ReportStore(Database.open(db_path))
    yield store
    store.close()


def _rows(db_path: Path, table: str) -> int:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# --- database: creation, schema, pragmas, version gate ----------------------------------------------------------


def test_new_file_gets_schema_version_and_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "reports.sqlite"
    db = Database.open(path)
    try:
        assert db.found_version is None and db.backup is None
        with db.engine.connect() as conn:
            names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == f"{SCHEMA_VERSION:04d}"
    finally:
        db.close()
    assert names >= TABLES | {"alembic_version"}
    assert schema_version_of(path) == SCHEMA_VERSION == 7
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x44445250  # "DDRP": ours
    conn.close()


def test_reopening_a_current_file_changes_nothing_and_takes_no_backup(db_path: Path) -> None:
    Database.open(db_path).close()
    db = Database.open(db_path)
    db.close()
    assert db.found_version == SCHEMA_VERSION and db.backup is None
    assert list_backups(db_path) == []  # nothing was written: no automatic backup either


def test_schema_version_is_the_alembic_head() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    heads = ScriptDirectory.from_config(config).get_heads()
    assert heads == [f"{SCHEMA_VERSION:04d}"]


def test_migrations_build_exactly_the_declared_schema(db_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from disclosure_desktop.storage.schema import metadata

    db = Database.open(db_path)
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
    finally:
        db.close()
    assert diff == []


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_newer_file_is_refused_untouched(db_path: Path, journal: str) -> None:
    # Rollback journal: opening must not even switch it to WAL. WAL: not even empty -wal/-shm files appear.
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA journal_mode={journal}")
        conn.execute("CREATE TABLE report (id INTEGER PRIMARY KEY, future TEXT)")
        conn.execute("INSERT INTO report VALUES (1, 'x')")
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = digest(db_path)
    with pytest.raises(DatabaseError) as caught:
        Database.open(db_path)
    assert isinstance(caught.value, ReportDataError)
    assert caught.value.key == "db.too_new"
    assert "99" in str(caught.value) and str(db_path) in str(caught.value)
    assert digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]  # no -wal, -shm or backup


def test_version_still_in_the_wal_is_seen(db_path: Path) -> None:
    # Another program holds the file open and its newer version number sits in the -wal, not yet in the header.
    Database.open(db_path).close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        holder.execute("PRAGMA wal_autocheckpoint = 0")
        holder.execute("PRAGMA user_version = 99")
        before = digest(db_path)
        with pytest.raises(DatabaseError) as caught:
            Database.open(db_path)
        assert caught.value.key == "db.too_new"
        assert digest(db_path) == before
    finally:
        holder.close()


def test_file_that_is_not_sqlite_is_refused(db_path: Path) -> None:
    db_path.write_text("这不是数据库\n" * 50, "utf-8")
    before = digest(db_path)
    with pytest.raises(DatabaseError) as caught:
        Database.open(db_path)
    assert caught.value.key == "db.not_sqlite"
    assert digest(db_path) == before


def test_another_programs_sqlite_file_is_refused_untouched(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    before = digest(db_path)
    with pytest.raises(DatabaseError) as caught:
        Database.open(db_path)
    assert caught.value.key == "db.not_sqlite"
    assert digest(db_path) == before


def test_damaged_file_gives_database_error(db_path: Path) -> None:
    Database.open(db_path).close()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError):
        Database.open(db_path)


def test_empty_file_is_treated_as_a_new_database(db_path: Path) -> None:
    db_path.touch()
    Database.open(db_path).close()
    assert schema_version_of(db_path) == SCHEMA_VERSION


def _rewrite(db_path: Path, *statements: str) -> None:
    """Change a file behind the program's back, as another tool or an older version would have left it."""
    with sqlite3.connect(db_path) as conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def test_unknown_revision_is_refused_untouched(db_path: Path) -> None:
    Database.open(db_path).close()
    _rewrite(db_path, "UPDATE alembic_version SET version_num = 'zzzz'", "PRAGMA user_version = 0",
             "PRAGMA application_id = 0")
    before = digest(db_path)
    with pytest.raises(DatabaseError) as caught:
        Database.open(db_path)
    assert caught.value.key == "db.unknown_revision"
    assert digest(db_path) == before


def test_failed_migration_leaves_the_file_as_it_was_after_a_verified_backup(db_path: Path) -> None:
    # A file of ours at revision 0002 (before the stamp) in which the table 0003 creates already exists.
    with Database.open(db_path) as db:
        ReportStore(db).create(_sample())
    _rewrite(db_path, "UPDATE alembic_version SET version_num = '0002'", "DROP INDEX ix_report_version_report",
             "PRAGMA user_version = 2", "PRAGMA application_id = 0")
    before = digest(db_path)
    with pytest.raises(DatabaseError) as caught:
        Database.open(db_path)
    assert caught.value.key == "db.migration_failed"
    assert digest(db_path) == before
    assert "sqlalche" not in str(caught.value) and "[SQL" not in str(caught.value)
    assert schema_version_of(db_path) == 2
    [taken] = [b for b in list_backups(db_path) if b.kind.startswith("migration")]
    assert taken.kind == "migration-v2" and str(taken.path) in str(caught.value)
    assert verify(taken.path) == []
    assert _rows(taken.path, "report") == 1


# --- repository ---------------------------------------------------------------------------------------------


def test_create_and_load_keep_everything_with_cell_sources(store: ReportStore) -> None:
    original = _sample(is_example=True, title="自定标题")
    rid = store.create(original)
    loaded = store.load(rid)
    assert loaded.id == rid
    _same(loaded, original)
    assert loaded.cells["t3.new.total"].source is CellSource.COMPUTED
    assert loaded.cells["t3.carried_in.natural"].source is CellSource.CARRIED


def test_load_of_unknown_id_raises_report_not_found(store: ReportStore) -> None:
    with pytest.raises(ReportNotFound):
        store.load(12345)
    with pytest.raises(KeyError):  # ReportNotFound is a KeyError for callers that only know that
        store.load(12345)


def test_apply_upserts_deletes_and_bumps_updated_at(store: ReportStore, db_path: Path) -> None:
    rid = store.create(_sample())
    before = store.list_reports()[0].updated_at
    time.sleep(0.002)
    changes = Changes(
        fields={"agency": "某某市人民政府", "year": 2024, "title": "新标题"},
        meta={"contact": "", "website": "https://example.gov.cn"},
        sections={"overall": "改过的文字", "problems": "问题", "preamble": ""},
        headings={"problems": "", "other_matters": "其他事项"},
        cells={
            "t3.new.natural": Cell("706", CellSource.TYPED),
            "t3.new.total": None,
            "t4.reconsideration.upheld": Cell("2", CellSource.CARRIED),
        },
    )
    expected = store.load(rid)
    changes.apply_to(expected)
    store.apply(rid, changes)
    loaded = store.load(rid)
    assert loaded.agency == "某某市人民政府" and loaded.year == 2024 and loaded.title == "新标题"
    assert loaded.meta == {"published_on": "2026-01-23", "website": "https://example.gov.cn"}
    assert loaded.sections == {"overall": "改过的文字", "problems": "问题"}
    assert loaded.headings == {"other_matters": "其他事项"}
    assert loaded.cells == expected.cells
    assert "t3.new.total" not in loaded.cells
    assert loaded.cells["t4.reconsideration.upheld"].source is CellSource.CARRIED
    assert store.list_reports()[0].updated_at > before
    # A section cleared of both text and heading leaves no row behind.
    with sqlite3.connect(db_path) as conn:
        sections = {r[0] for r in conn.execute("SELECT section_id FROM section_text WHERE report_id = ?", (rid,))}
    assert sections == {"overall", "problems", "other_matters"}


def test_apply_is_all_or_nothing(store: ReportStore) -> None:
    rid = store.create(_sample())
    with pytest.raises(KeyError):
        store.apply(rid, Changes(fields={"no_such_field": 1}, cells={"t3.new.natural": Cell("1")}))
    with pytest.raises(ReportNotFound):
        store.apply(rid + 1, Changes(cells={"t3.new.natural": Cell("1")}))
    assert store.load(rid).value("t3.new.natural") == "705"


def test_list_reports_newest_first_with_display_title(store: ReportStore) -> None:
    first = store.create(_sample())
    second = store.create(_sample(agency="乙局", year=2024, format_id="gov-2021", title=""))
    time.sleep(0.002)
    store.apply(first, Changes(sections={"overall": "再改"}))
    items = store.list_reports()
    assert [i.id for i in items] == [first, second]
    assert items[1] == ReportSummary(
        second, "乙局", 2024, "gov-2021", "乙局2024年政府信息公开工作年度报告", items[1].updated_at, False
    )
    assert items[0].updated_at.tzinfo is not None
    assert store.count() == 2


def test_duplicate_copies_data_and_sources(store: ReportStore) -> None:
    rid = store.create(_sample(is_example=True))
    copy = store.duplicate(rid)
    assert copy != rid
    _same(store.load(copy), store.load(rid))
    store.apply(copy, Changes(cells={"t3.new.natural": Cell("1")}))
    assert store.load(rid).value("t3.new.natural") == "705"
    with pytest.raises(ReportNotFound):
        store.duplicate(999)


def test_delete_cascades_and_ids_are_not_reused(store: ReportStore, db_path: Path) -> None:
    keep = store.create(_sample())
    gone = store.create(_sample())
    store.delete(gone)
    with pytest.raises(ReportNotFound):
        store.load(gone)
    with pytest.raises(ReportNotFound):
        store.delete(gone)
    for table, remaining in (("cell", 4), ("report_meta", 2), ("section_text", 3)):
        assert _rows(db_path, table) == remaining, table
    assert store.create(_sample()) > gone
    assert store.count() == 2 and store.load(keep).id == keep


def test_app_state(store: ReportStore) -> None:
    assert store.get_state("last_report") is None
    store.set_state("last_report", "3")
    store.set_state("last_report", "4")
    assert store.get_state("last_report") == "4"
    store.set_state("last_report", None)
    assert store.get_state("last_report") is None


def test_previous_year_prefers_real_then_latest(store: ReportStore) -> None:
    assert store.previous_year("某某县人民政府", 2026) is None
    store.create(_sample(is_example=True))
    older = store.create(_sample())
    newer = store.create(_sample())
    store.create(_sample(agency="别的单位"))
    time.sleep(0.002)
    store.apply(older, Changes(sections={"overall": "最近改过"}))
    found = store.previous_year("某某县人民政府", 2026)
    assert found is not None and found.id == older != newer
    assert store.previous_year("某某县人民政府", 2025) is None


def test_worker_thread_writes_while_another_reads(store: ReportStore) -> None:
    rid = store.create(_sample())
    errors: list[BaseException] = []

    def write() -> None:
        try:
            for i in range(100):
                store.apply(rid, Changes(cells={"t3.new.natural": Cell(str(i))}))
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    worker = threading.Thread(target=write)
    worker.start()
    while worker.is_alive():
        store.list_reports()
        store.load(rid)
    worker.join()
    assert errors == []
    assert store.load(rid).value("t3.new.natural") == "99"


# --- paths --------------------------------------------------------------------------------------------------


def test_default_database_path_honours_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from disclosure_desktop.paths import default_database_path

    monkeypatch.setenv("DISCLOSURE_DESKTOP_DB", str(tmp_path / "x.sqlite"))
    assert default_database_path() == tmp_path / "x.sqlite"
    monkeypatch.delenv("DISCLOSURE_DESKTOP_DB")
    path = default_database_path()
    assert path.name == "reports.sqlite"
    assert "disclosure-desktop" in path.parts


def test_acknowledgements_and_revision_are_stored(db_path: Path) -> None:
    with Database.open(db_path) as db:
        store = ReportStore(db)
        report = _sample()
        report.acknowledged = {"NARRATIVE-NUMBER@overall": "17件为区政府办受理的申请"}
        rid = store.create(report)
        loaded = store.load(rid)
        assert loaded.acknowledged == {"NARRATIVE-NUMBER@overall": "17件为区政府办受理的申请"}
        assert loaded.revision == 0
        store.apply(rid, Changes(acknowledged={"NARRATIVE-NUMBER@overall": "", "T2-STOCK@t2.rules.in_force": "口径"}))
        again = store.load(rid)
        assert again.acknowledged == {"T2-STOCK@t2.rules.in_force": "口径"}
        assert again.revision == 1
        assert _rows(db_path, "acknowledgement") == 1
