"""A shared PostgreSQL database's schema: the same migrations build the same tables as in a SQLite file; a program
opens only its own schema version and leaves any other untouched; `db upgrade` creates or migrates it after a
verified backup; a URL is read, refused or shown without its password."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from disclosure_desktop.cli.main import run
from disclosure_desktop.storage import backups
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.errors import DatabaseError
from disclosure_desktop.storage.migrate import SCHEMA_VERSION, run_migrations
from disclosure_desktop.storage.repository import ReportStore


def columns_of(url_or_path: str | Path) -> dict[str, list[tuple[str, bool, str]]]:
    """table → (column, nullable, the generic type's name), as the database itself describes them."""
    url = url_or_path if isinstance(url_or_path, str) else f"sqlite:///{url_or_path}"
    engine = create_engine(url)
    try:
        found = inspect(engine)
        return {
            table: sorted((c["name"], bool(c["nullable"]), type(c["type"].as_generic()).__name__)
                          for c in found.get_columns(table))
            for table in found.get_table_names()
        }
    finally:
        engine.dispose()


def fingerprint(url: str) -> tuple[object, ...]:
    """Tables, the Alembic revision, its stamp and every table's row count: what `untouched` compares."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = sorted(inspect(conn).get_table_names())
            counts = [conn.scalar(text(f'SELECT count(*) FROM "{t}"')) for t in tables]
            revision = None
            if "alembic_version" in tables:
                revision = conn.scalar(text("SELECT version_num FROM alembic_version"))
            stamp = conn.scalar(text("SELECT obj_description(to_regclass('alembic_version'), 'pg_class')"))
        return tuple(tables), tuple(counts), revision, stamp
    finally:
        engine.dispose()


def at_revision(url: str, revision: str) -> None:
    """Build the schema an older program version left (its migrations up to `revision`, its stamp)."""
    engine = create_engine(url)
    with engine.begin() as conn:
        run_migrations(conn, revision)
    engine.dispose()


def sql(url: str, *statements: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))
    engine.dispose()


def test_db_upgrade_builds_on_an_empty_server_exactly_the_tables_of_a_file(capsys, postgres_empty_url: str,
                                                                         tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from disclosure_desktop.storage.schema import metadata

    assert run(["--db", postgres_empty_url, "db", "upgrade"]) == 0
    assert f"建立本程序的数据表（结构版本 {SCHEMA_VERSION}）" in capsys.readouterr().out
    Database.open(tmp_path / "reports.sqlite").close()
    assert columns_of(postgres_empty_url) == columns_of(tmp_path / "reports.sqlite")
    engine = create_engine(postgres_empty_url)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
        assert compare_metadata(context, metadata) == []  # types and server defaults as declared
    engine.dispose()
    assert run(["--db", postgres_empty_url, "db", "upgrade"]) == 0
    assert f"已是结构版本 {SCHEMA_VERSION}，无需升级" in capsys.readouterr().out


@pytest.mark.parametrize("case", ["empty", "older", "newer", "foreign"])
def test_a_program_opens_only_its_own_schema_and_leaves_any_other_untouched(capsys, postgres_empty_url: str,
                                                                          case: str) -> None:
    url = postgres_empty_url
    if case == "older":
        at_revision(url, "0004")
    elif case == "newer":
        at_revision(url, "head")
        sql(url, "COMMENT ON TABLE alembic_version IS 'disclosure-desktop schema 99'")
    elif case == "foreign":
        sql(url, "CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)",
            "INSERT INTO invoices (total) VALUES (1)")
    before = fingerprint(url)
    with pytest.raises(DatabaseError) as caught:
        Database.open(url)
    expected = {"empty": "db.shared_empty", "older": "db.shared_older", "newer": "db.shared_too_new",
                "foreign": "db.not_ours"}[case]
    assert caught.value.key == expected
    assert run(["--db", url, "list"]) == 2
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "Traceback" not in said
    assert {"empty": "db upgrade", "older": "结构版本 4", "newer": "结构版本 99", "foreign": "其他程序"}[case] in said
    assert fingerprint(url) == before


def test_db_upgrade_of_an_older_database_backs_it_up_first_then_keeps_every_report(capsys, postgres_empty_url: str,
                                                                                   tmp_path: Path) -> None:
    url = postgres_empty_url
    at_revision(url, "0004")  # a report as version 0004 of the program wrote it
    sql(url, "INSERT INTO report (agency, year, format_id, title) VALUES ('某某县人民政府', 2025, 'gov-2021', '')",
        "INSERT INTO cell (report_id, cell_id, value, source) VALUES (1, 't3.new.natural', '705', 'typed')")
    folder = tmp_path / "admin-backups"
    assert run(["--db", url, "db", "upgrade", "--backup-dir", str(folder)]) == 0
    said = capsys.readouterr().out
    assert f"从结构版本 4 升级到 {SCHEMA_VERSION}" in said
    [copy] = folder.glob("*.sqlite")
    assert str(copy) in said and copy.name.endswith("-migration-v4.sqlite")
    assert backups.verify(copy) == []  # a sound file of ours …
    with sqlite3.connect(copy) as conn:  # … at the schema the server had, holding its report
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
        assert conn.execute("SELECT value FROM cell").fetchall() == [("705",)]
        assert "audit_log" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert copy.with_suffix(".pgdump").stat().st_size > 0 and "pg_dump" in said  # PostgreSQL's own, beside it
    with Database.open(url) as db:
        store = ReportStore(db)
        assert store.load(1).cells["t3.new.natural"].value == "705"
        assert store.audit(1) == []
    assert fingerprint(url)[2:] == (f"{SCHEMA_VERSION:04d}", f"disclosure-desktop schema {SCHEMA_VERSION}")


def test_db_upgrade_waits_for_the_other_programs_to_leave(capsys, postgres_empty_url: str, tmp_path: Path) -> None:
    at_revision(postgres_empty_url, "0004")
    before = fingerprint(postgres_empty_url)
    other = create_engine(postgres_empty_url)
    with other.connect() as conn:
        conn.execute(text("SELECT 1"))  # a clerk's program of the old version, still open
        assert run(["--db", postgres_empty_url, "db", "upgrade", "--backup-dir", str(tmp_path)]) == 2
    other.dispose()
    assert "还有 1 个其他连接" in capsys.readouterr().err
    assert fingerprint(postgres_empty_url) == before
    assert list(tmp_path.iterdir()) == []  # refused before anything was copied


def test_urls_are_read_refused_and_shown_without_the_password(capsys, postgres_url: str, monkeypatch) -> None:
    bare = postgres_url.replace("postgresql+psycopg://", "postgresql://")  # SQLAlchemy's default driver name
    assert run(["--db", bare, "list"]) == 0
    monkeypatch.setenv("DISCLOSURE_DESKTOP_DB", postgres_url)  # the environment names a server too
    assert run(["import", str(Path(__file__).resolve().parents[1] / "fixtures" / "full_report_2021.json")]) == 0
    assert run(["list"]) == 0
    assert "某某县人民政府" in capsys.readouterr().out
    secret = postgres_url.replace("postgres@", "nobody:s3cret-pw@")
    for url, words in ((secret, "拒绝登录"), ("mysql://a:s3cret-pw@host/db", "不支持数据库"),
                       ("postgresql://a:s3cret-pw@host:port/db", "无法识别")):
        assert run(["--db", url, "list"]) == 2
        said = capsys.readouterr().err
        assert words in said and "s3cret-pw" not in said and "***" in said
