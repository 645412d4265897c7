"""`backup -o` and `restore` of any database: a file's as storage/backups.py makes them; a shared server's as a
portable copy — every table, at one moment, in a new SQLite file of ours, verified row for row and digest for
digest — which `restore` puts back into a server or uses as a file, so a backup moves between PostgreSQL and SQLite
either way; PostgreSQL's own pg_dump is kept beside it where installed."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, MetaData, Table, delete, func, insert, select, text
from sqlalchemy.exc import SQLAlchemyError

from disclosure_desktop.messages import ReportDataError
from disclosure_desktop.storage import backups, dialect, server, sqlite_file, version_rows
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.errors import DatabaseError
from disclosure_desktop.storage.location import Location, locate
from disclosure_desktop.storage.migrate import new_file_engine, run_migrations
from disclosure_desktop.storage.ownership import SCHEMA_VERSION
from disclosure_desktop.storage.report_rows import load_report
from disclosure_desktop.storage.schema import metadata, report, report_presence, report_version

# Who has a report open is no part of a backup (those programs are gone after a restore); Alembic's own table is
# written by the migrations that build the copy.
_NOT_COPIED = {report_presence.name, "alembic_version"}
_BATCH = 500


@dataclass(frozen=True)
class Copy:
    """A verified portable copy and what it holds; PostgreSQL's own dump beside it, or why there is none."""

    path: Path
    rows: dict[str, int]
    pg_dump: Path | None = None
    pg_dump_problem: str = ""

    @property
    def reports(self) -> int:
        return self.rows.get("report", 0)


def _tables(conn: Connection) -> dict[str, Table]:
    """The tables as this database has them (an older schema before `db upgrade` too), parents first."""
    found = MetaData()
    found.reflect(conn)
    return {t.name: t for t in found.sorted_tables if t.name not in _NOT_COPIED}


def copy_rows(source: Connection, target: Connection) -> dict[str, int]:
    """Every row of every table from `source` into the (empty) same tables of `target`, in the callers'
    transactions; both at one schema version, each read with its own column types."""
    theirs, ours = _tables(source), _tables(target)
    counts = {}
    for name, table in ours.items():
        counts[name] = 0
        columns = [c.name for c in table.c if name in theirs and c.name in theirs[name].c]
        if not columns:
            continue
        query = select(*(theirs[name].c[c] for c in columns))
        for batch in source.execution_options(stream_results=True).execute(query).partitions(_BATCH):
            target.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in batch])
            counts[name] += len(batch)
    counted = [name for name, table in ours.items() if "id" in table.c]
    dialect.of(target).set_sequence_values(target, dialect.of(source).sequence_values(source, counted))
    return counts


def problems(conn: Connection, expected: dict[str, int]) -> list[str]:
    """[] when `conn` holds exactly `expected` rows per table and (at this program's schema) every report and
    version reads back with its digest."""
    tables = _tables(conn)
    found = {name: int(conn.scalar(select(func.count()).select_from(t)) or 0) for name, t in tables.items()}
    wrong = [f"{name}: {found.get(name)} ≠ {count}" for name, count in expected.items() if found.get(name) != count]
    if wrong or _revision(conn) != f"{SCHEMA_VERSION:04d}":
        return wrong
    try:
        report_ids: list[int] = list(conn.scalars(select(report.c.id)))
        version_ids: list[int] = list(conn.scalars(select(report_version.c.id)))
        for rid in report_ids:
            load_report(conn, rid)  # checks the content digest
        for vid in version_ids:
            version_rows.load(conn, vid)
    except ReportDataError as error:
        return [str(error)]
    return []


def _revision(conn: Connection) -> str:
    return str(conn.scalar(text("SELECT version_num FROM alembic_version")) or "")


def dump(engine: Engine, target: Path) -> dict[str, int]:
    """Write the database of `engine`, as one moment of it, into a new verified SQLite file at `target` — at the
    schema version it has (a copy taken before `db upgrade` is at the old one, as restore expects)."""
    temp = _temp_beside(target)
    try:
        with engine.connect() as source:
            dialect.of(source).snapshot_reads(source)
            file_engine = new_file_engine(temp, _revision(source))
            try:
                with file_engine.begin() as conn:
                    counts = copy_rows(source, conn)
            finally:
                file_engine.dispose()
        sqlite_file.self_contained(temp)
        _verify_file(temp, counts)
        sqlite_file.fsync_file(temp)
        os.replace(temp, target)
        return counts
    except OSError as error:
        raise DatabaseError("backup.failed", path=target, detail=error.strerror or error) from None
    finally:
        temp.unlink(missing_ok=True)


def take(engine: Engine, location: Location, folder: Path, *, label: str,
         now: dt.datetime | None = None) -> Copy:
    """A verified copy of a server database into `folder` (named after it, the time and `label`), pg_dump beside."""
    now = now or dt.datetime.now()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError("backup.failed", path=folder, detail=error.strerror or error) from None
    stem = f"{location.slug()}-{now:%Y%m%d-%H%M%S}-{label}"
    target, counter = folder / f"{stem}.sqlite", 2
    while target.exists():  # never overwrite a backup: it may be the only good copy
        target, counter = folder / f"{stem}-{counter}.sqlite", counter + 1
    return _server_copy(engine, location, target)


def copy_out(db: Path | str | Location, target: Path) -> backups.CopyResult:
    """`backup -o FILE`: a verified copy of a file (backups.copy_out), or a server's portable copy at `target`
    with PostgreSQL's own dump beside it."""
    location, target = locate(db), Path(target)
    if not location.shared:
        return backups.copy_out(Path(str(location.path)), target)
    engine, _version = server.open_checked(location)
    try:
        copy = _server_copy(engine, location, target)
    finally:
        engine.dispose()
    return backups.CopyResult(copy.path, "", copy.reports, copy.pg_dump, copy.pg_dump_problem)


def restore(db: Path | str | Location, source: Path, *, aside_folder: Path | None = None) -> backups.Backup | None:
    """`restore FILE`: a verified backup in place of a file (backups.restore, the file kept aside), or as a
    server's every report in one transaction (what it held first copied into `aside_folder`)."""
    location, source = locate(db), Path(source)
    if not location.shared:
        return backups.restore(Path(str(location.path)), source)
    if aside_folder is None:
        raise ValueError("a folder for the copy set aside is needed to restore a server database")
    aside = _restore_into(location, source, aside_folder)
    if aside is None:
        return None
    return backups.Backup(aside.path, dt.datetime.now().replace(microsecond=0), backups.REPLACED,
                          aside.path.stat().st_size)


def _server_copy(engine: Engine, location: Location, target: Path) -> Copy:
    """The portable copy of a server at `target`, PostgreSQL's own dump beside it if it can."""
    if target.is_dir():
        raise DatabaseError("db.is_folder", path=target)
    try:
        counts = dump(engine, target)
    except SQLAlchemyError as error:
        raise DatabaseError(dialect.error_key(error), path=location, detail=dialect.error_code(error)) from None
    speaker = dialect.of(engine)
    suffix = speaker.NATIVE_DUMP_SUFFIX
    extra = target.with_suffix(suffix) if target.suffix != suffix else target.with_name(target.name + suffix)
    problem = speaker.native_dump(location, extra)
    return Copy(target, counts, None if problem else extra, problem)


def _restore_into(location: Location, source: Path, aside_folder: Path) -> Copy | None:
    """Replace every report of a server database with a verified backup file, in one transaction.

    The database is first copied into `aside_folder` (when it holds anything). Refused, with nothing changed, when
    the backup is not sound, or other sessions are connected. Returns the copy set aside.
    """
    backups.restorable(source)  # a whole, sound database of ours: an empty file would empty the server
    speaker = dialect.for_location(location)
    with tempfile.TemporaryDirectory(prefix="disclosure-restore-") as work:
        current = Path(work) / "backup.sqlite"
        sqlite_file.copy_database(source, current)  # the chosen backup itself stays as it is
        opened = Database.open(current)  # an older backup is migrated to this program's schema (in the copy)
        opened.auto_backup = False
        opened.close()
        reader = sqlite_file.read_only_engine(current)
        engine = speaker.open_engine(location)
        try:
            with engine.connect() as conn:
                version = server.schema_version(location, conn)
                others = speaker.other_sessions(conn)
            if version is not None and version != SCHEMA_VERSION:
                raise DatabaseError("db.shared_older", path=location, found=version, known=SCHEMA_VERSION)
            if others:
                raise DatabaseError("db.in_use_shared", path=location, count=others)
            aside = None
            if version is not None and _holds_rows(engine):
                aside = take(engine, location, aside_folder, label="replaced")
            with engine.begin() as conn, reader.connect() as backup:
                if version is None:
                    run_migrations(conn)
                speaker.lock_tables(conn, [t.name for t in metadata.sorted_tables])
                for table in reversed(metadata.sorted_tables):  # children first
                    conn.execute(delete(table))
                counts = copy_rows(backup, conn)
                wrong = problems(conn, counts)
                if wrong:  # raised inside the transaction: the database stays as it was
                    raise DatabaseError("backup.bad_source", path=source, detail=wrong[0])
            return aside
        except SQLAlchemyError as error:
            raise DatabaseError(dialect.error_key(error), path=location, detail=dialect.error_code(error)) from None
        finally:
            engine.dispose()
            reader.dispose()


def _holds_rows(engine: Engine) -> bool:
    with engine.connect() as conn:
        return any(conn.scalar(select(func.count()).select_from(t)) for t in _tables(conn).values())


def _verify_file(path: Path, expected: dict[str, int]) -> None:
    found = backups.verify(path)
    if not found:
        reader = sqlite_file.read_only_engine(path)
        try:
            with reader.connect() as conn:
                found = problems(conn, expected)
        finally:
            reader.dispose()
    if found:
        raise DatabaseError("backup.unverified", path=path, detail=found[0])


def _temp_beside(target: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    Path(name).unlink()  # SQLite makes the file itself; only the unique name was wanted
    return Path(name)
