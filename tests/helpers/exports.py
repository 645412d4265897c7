"""A report rendered and written to a file the way every export is: the registry's renderer, an atomic write."""

from __future__ import annotations

from pathlib import Path

from disclosure_desktop.domain.report import Report
from disclosure_desktop.export import registry
from disclosure_desktop.export.atomic_file import write_atomically


def export_to(report: Report, path: Path) -> Path:
    """Write `report` to `path` in the format its suffix names (.pdf, .docx, .html, .json)."""
    format_id = registry.format_for_suffix(Path(path).suffix)
    assert format_id is not None, path
    write_atomically(Path(path), registry.render(report, format_id))
    return Path(path)
