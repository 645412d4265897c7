"""The schema version this program writes and the one way to reach it: Alembic's migrations, run in the caller's
single transaction and stamped in it (a file's PRAGMAs, a server's comment), on a file or a server alike."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from disclosure_desktop.storage import dialect, sqlite_file
from disclosure_desktop.storage.ownership import SCHEMA_VERSION

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class MigrationError(Exception):
    """Alembic could not bring the database to the head revision."""


def run_migrations(conn: Any, revision: str = "head") -> None:
    """Bring the database to `revision` (the head) and stamp it, in the caller's (one) transaction."""
    # Imported here: Alembic is only needed when a database is new or older, not on every start.
    from alembic import command
    from alembic.config import Config
    from alembic.util import CommandError

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = conn
    try:
        command.upgrade(config, revision)
    except CommandError as error:
        raise MigrationError(str(error)) from None
    # Same transaction as the schema change: the stamp never claims a schema the database does not have.
    dialect.of(conn).stamp(conn, SCHEMA_VERSION if revision == "head" else int(revision))


def migrate(engine: Engine) -> None:
    """Run the migrations to the head in one transaction that writes (a file: holding its write lock)."""
    with engine.execution_options(**dialect.of(engine).write_options()).begin() as conn:
        run_migrations(conn)


def new_file_engine(path: Path, revision: str = "head") -> Engine:
    """The engine of a new, empty file of ours at `revision` (a portable copy of a database at it is written in)."""
    engine = sqlite_file.open_engine(path)
    try:
        with engine.execution_options(**sqlite_file.write_options()).begin() as conn:
            run_migrations(conn, revision)
    except BaseException:
        engine.dispose()
        raise
    return engine
