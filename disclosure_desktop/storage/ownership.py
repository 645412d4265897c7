"""Whether a file is a database of ours, and of which schema — decided read-only before anything writes to it."""

from __future__ import annotations

from pathlib import Path

from disclosure_desktop.storage import sqlite_file
from disclosure_desktop.storage.errors import DAMAGED, DatabaseError

# The Alembic head as a number, also written to PRAGMA user_version (a server: a comment on alembic_version,
# storage/postgres.py) so that any program version can tell (without Alembic, read-only) whether it understands a
# database. Raise it with every new revision.
SCHEMA_VERSION = 7
# Revisions are numbered 0001, 0002 …: every number up to the head is one this program can migrate from.
KNOWN_REVISIONS = {f"{n:04d}" for n in range(1, SCHEMA_VERSION + 1)}
# The tables every file of ours has had since its first revision: a file without them holds no reports to restore.
SCHEMA_TABLES = frozenset({"alembic_version", "report", "report_meta", "section_text", "cell", "app_state"})
_OUR_TABLES = {"alembic_version", "report", "report_meta", "section_text", "cell", "app_state", "acknowledgement",
               "report_version", "review_batch", "review_unit", "review_file", "review_remark",
               "report_submission", "report_remarks", "report_remark_item", "report_publication", "audit_log",
               "report_presence"}

def _existing(path: Path) -> bool:
    wal = sqlite_file.companions(path)[0]
    return (path.exists() and path.stat().st_size > 0) or (wal.exists() and wal.stat().st_size > 0)


def ownership(path: Path) -> int | None:
    """The schema version of an existing file of ours, None for a new file.

    Reads only. Raises DatabaseError for another program's file, a newer one and a file SQLite cannot read.
    """
    return ownership_and_stamp(path)[0]


def ownership_and_stamp(path: Path) -> tuple[int | None, bool]:
    """(schema version, stamped): a file of ours from before the application_id stamp is not stamped yet."""
    if path.is_dir():
        raise DatabaseError("db.is_folder", path=path)
    if not _existing(path):
        return None, False
    facts = sqlite_file.probe(path)
    if facts.application_id == sqlite_file.APPLICATION_ID:
        if facts.user_version > SCHEMA_VERSION:
            raise DatabaseError("db.too_new", path=path, found=facts.user_version, known=SCHEMA_VERSION)
        if facts.alembic_revision not in KNOWN_REVISIONS or int(facts.alembic_revision or 0) != facts.user_version:
            raise DatabaseError(DAMAGED, path=path, detail=f"revision {facts.alembic_revision}")
        return facts.user_version, True
    if facts.application_id != 0:
        raise DatabaseError("db.not_sqlite", path=path)
    if facts.objects == 0 and facts.user_version == 0:
        return None, False  # an empty SQLite file: nothing in it to lose
    # Ours from before the stamp: only our tables, and an Alembic revision this program wrote.
    if "report" not in facts.tables or not facts.tables <= _OUR_TABLES:
        raise DatabaseError("db.not_sqlite", path=path)
    if facts.user_version > SCHEMA_VERSION:
        raise DatabaseError("db.too_new", path=path, found=facts.user_version, known=SCHEMA_VERSION)
    if facts.alembic_revision is None:
        raise DatabaseError("db.not_sqlite", path=path)
    if facts.alembic_revision not in KNOWN_REVISIONS:
        raise DatabaseError("db.unknown_revision", path=path, revision=facts.alembic_revision)
    # Files written before user_version was stamped say 0; the Alembic revision says what they hold.
    return facts.user_version or int(facts.alembic_revision), False


def schema_version_of(path: Path) -> int:
    """PRAGMA user_version of a file, read-only (for tests and diagnostics)."""
    return sqlite_file.probe(Path(path)).user_version
