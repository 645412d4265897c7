"""`db upgrade` (spec §14): the administrator brings a database to this program's schema — a shared one's tables
created when it is empty, an older one migrated after a verified backup, in one transaction a second upgrade waits
for; a file is migrated as every opening migrates it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from disclosure_desktop.storage import dialect, portable, server
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.errors import DatabaseError
from disclosure_desktop.storage.location import Location, locate
from disclosure_desktop.storage.migrate import MigrationError, run_migrations
from disclosure_desktop.storage.ownership import SCHEMA_VERSION


@dataclass(frozen=True)
class Upgraded:
    """What `db upgrade` did: the schema found (None: an empty database), the one now, and the copies taken first."""

    found: int | None
    now: int
    backup: Path | None = None  # the verified portable copy (a SQLite file the program can restore)
    pg_dump: Path | None = None  # PostgreSQL's own dump beside it, where pg_dump is installed
    pg_dump_problem: str = ""  # why there is none

    @property
    def changed(self) -> bool:
        return self.found != self.now


def upgrade(target: Path | str | Location, backup_folder: Path | None = None) -> Upgraded:
    """`db upgrade`: bring the database to this program's schema after a verified backup into `backup_folder`.

    A file is migrated as every opening migrates it (its backup beside it). A server database that other sessions
    are connected to is refused: their programs would go on writing the old schema.
    """
    location = locate(target)
    if not location.shared:
        db = Database.open(location)
        db.close()
        return Upgraded(db.found_version, SCHEMA_VERSION, db.backup)
    speaker = dialect.for_location(location)
    engine = speaker.open_engine(location)
    try:
        with engine.connect() as conn:
            found = server.schema_version(location, conn)
            others = speaker.other_sessions(conn)
        if found == SCHEMA_VERSION:
            return Upgraded(found, found)
        if others:
            raise DatabaseError("db.in_use_shared", path=location, count=others)
        result = Upgraded(found, SCHEMA_VERSION)
        if found is not None:  # something to lose: a verified copy first
            if backup_folder is None:
                raise ValueError("a backup folder is needed to upgrade a database that holds reports")
            copy = portable.take(engine, location, backup_folder, label=f"migration-v{found}")
            result = Upgraded(found, SCHEMA_VERSION, copy.path, copy.pg_dump, copy.pg_dump_problem)
        try:
            with engine.begin() as conn:
                speaker.lock_upgrade(conn)
                if server.schema_version(location, conn) != SCHEMA_VERSION:  # not done meanwhile by another upgrade
                    run_migrations(conn)
        except (SQLAlchemyError, MigrationError) as error:
            detail = dialect.error_code(error) if isinstance(error, SQLAlchemyError) else str(error)[:120]
            raise DatabaseError("db.migration_failed", path=location, detail=detail,
                                backup=result.backup or "—") from None
        return result
    except SQLAlchemyError as error:
        raise server.unusable(location, error) from None
    finally:
        engine.dispose()
