"""What storage tells its callers when a file, a write or a report id fails, worded for the clerk (no driver text)."""

from __future__ import annotations

from pathlib import Path

from disclosure_desktop.messages import ReportDataError, message

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


class ReportChangedElsewhere(Exception):
    """The stored report is at another revision than the writer's: another window or program changed it."""

    def __init__(self, report_id: int, expected: int, found: int) -> None:
        super().__init__(report_id, expected, found)
        self.report_id = report_id
        self.expected = expected
        self.found = found


class ReportNotFound(ReportDataError, KeyError):
    """No report with this id (deleted meanwhile, or a wrong id on the command line)."""

    def __init__(self, report_id: int) -> None:
        super().__init__("cli.no_report", id=report_id)
        self.report_id = report_id

    def __str__(self) -> str:  # KeyError would print just the bare id ("1")
        return message("cli.no_report", id=self.report_id)


class UnknownReportFormat(ReportDataError):
    """The report names a format this program version does not ship (a later version added it as data)."""
