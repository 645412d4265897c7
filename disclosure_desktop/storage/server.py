"""A shared server database's schema gate: a program opens it only at its own schema version; an empty, older or
newer one, or another program's, is said and left alone (only `db upgrade`, storage/upgrade.py, changes it)."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from disclosure_desktop.storage import dialect
from disclosure_desktop.storage.errors import DAMAGED, DatabaseError
from disclosure_desktop.storage.location import Location
from disclosure_desktop.storage.ownership import KNOWN_REVISIONS, SCHEMA_VERSION


def unusable(location: Location, error: SQLAlchemyError) -> DatabaseError:
    return DatabaseError(dialect.error_key(error), path=location, detail=dialect.error_code(error))


def schema_version(location: Location, conn: object) -> int | None:
    """The schema version of a server database of ours, None for an empty one; DatabaseError for another program's,
    a newer one, or one whose stamp and Alembic revision disagree."""
    facts = dialect.for_location(location).probe(conn)
    if not facts.tables:
        return None
    if facts.stamped_version is None:
        raise DatabaseError("db.not_ours", path=location)
    if facts.stamped_version > SCHEMA_VERSION:
        raise DatabaseError("db.shared_too_new", path=location, found=facts.stamped_version,
                            known=SCHEMA_VERSION)
    if facts.alembic_revision not in KNOWN_REVISIONS or int(facts.alembic_revision or 0) != facts.stamped_version:
        raise DatabaseError(DAMAGED, path=location, detail=f"revision {facts.alembic_revision}")
    return int(facts.stamped_version)


def open_checked(location: Location) -> tuple[Engine, int]:
    """The engine of a server database at this program's schema; anything else is said and nothing is changed."""
    engine = dialect.for_location(location).open_engine(location)
    try:
        with engine.connect() as conn:
            found = schema_version(location, conn)
    except SQLAlchemyError as error:
        engine.dispose()
        raise unusable(location, error) from None
    except BaseException:
        engine.dispose()
        raise
    if found != SCHEMA_VERSION:
        engine.dispose()
        if found is None:
            raise DatabaseError("db.shared_empty", path=location)
        raise DatabaseError("db.shared_older", path=location, found=found, known=SCHEMA_VERSION)
    return engine, found
