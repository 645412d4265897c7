"""Import, once for every front end: a file becomes a report with the explanation of what was recognised (spec
§10, §11); the confirmed report is added by workflows/adding.py, which loads none of the readers."""

from __future__ import annotations

from pathlib import Path

from disclosure_desktop.domain.report import Report
from disclosure_desktop.importers import kind_of, read_file
from disclosure_desktop.importers.explain import explanation
from disclosure_desktop.importers.result import ImportResult
from disclosure_desktop.importers.source import Step, quiet

__all__ = ["ImportResult", "explanation", "kind_of", "read_import", "report_to_add"]


def read_import(path: Path, *, text_format: str | None = None, year: int | None = None,
                step: Step | None = None) -> ImportResult:
    """Read `path` (JSON, text, Word, web page, PDF, submission package) into what it holds; `text_format` and
    `year` are for plain text only.

    Nothing is created: the clerk (or `--dry-run`) sees this before the report is added. `step(done, total,
    what)` hears how far the reading has come, from every reader (the window's job raises from it when the clerk
    stops the reading).
    """
    return read_file(Path(path), text_format or "narrative", year, step or quiet)


def report_to_add(result: ImportResult) -> Report:
    """The report as it will be stored: JSON and a submission package's report as they are (the round trip must
    hold), anything read from a published document marked as imported from its file."""
    return result.report if result.kind in ("json", "package") else result.marked_report()
