"""What storage tells its callers when a file or a write fails, already worded for the clerk (never driver text)."""

from __future__ import annotations

from pathlib import Path

from disclosure_desktop.domain.messages import ReportDataError

# Problems with the file as a whole; the GUI offers a restore for these, the command line names `restore`.
DAMAGED = "db.damaged"


class DatabaseError(ReportDataError):
    """The file cannot be used as the report database; the text says why, in the user's language."""

    def __init__(self, key: str, /, *, newest_backup: Path | None = None, **values: object) -> None:
        super().__init__(key, **values)
        self.newest_backup = newest_backup

    @property
    def damaged(self) -> bool:
        return self.key == DAMAGED


class StorageError(ReportDataError):
    """A read or write of an open database failed (locked, full disk, read-only, damaged); nothing was half-done."""

    @property
    def damaged(self) -> bool:
        return self.key in (DAMAGED, "db.report_damaged", "version.damaged")


class VersionNotFound(ReportDataError):
    """No saved version with this id for this report."""
