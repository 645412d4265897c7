"""What changing a report's year or format does to it, said before it is done (the clerk confirms first)."""

from __future__ import annotations

from disclosure_desktop.domain.formats import ReportFormat, default_format_for_year, get_format
from disclosure_desktop.domain.report import Report
from disclosure_desktop.messages import current_language, message


def has_content(report: Report) -> bool:
    """Whether the clerk has put anything into the report that a change of format could affect."""
    return any(c.value.strip() for c in report.cells.values()) or any(t.strip() for t in report.sections.values())


def format_for_year(report: Report, year: int) -> str:
    """The format the report takes when its year changes: the official one in force, unless it has none."""
    if report.format.first_year is None:
        return report.format_id
    return default_format_for_year(year).id


def _name(fmt: ReportFormat) -> str:
    return fmt.name_en if current_language() == "en" else fmt.name


def change_notes(report: Report, year: int, format_id: str) -> list[str]:
    """Sentences that say what the change does, table by table; [] when it changes nothing that shows."""
    notes: list[str] = []
    if year != report.year:
        notes.append(message("change.year", old=report.year, new=year))
    if format_id == report.format_id:
        return notes
    old, new = report.format, get_format(format_id)
    notes.append(message("change.format", old=_name(old), new=_name(new)))
    new_tables = {t.prefix: t for t in new.tables}
    for table in old.tables:
        other = new_tables.get(table.prefix)
        if other is not None and other.id == table.id:
            continue
        kept = [cid for cid in table.cells if report.value(cid).strip() and (other is None or cid not in other.cells)]
        name = table.name_en if current_language() == "en" else table.name
        if other is None:
            notes.append(message("change.table_gone", table=name, n=len(kept)))
        elif kept:
            notes.append(message("change.table_hidden", table=name, n=len(kept)))
        else:
            notes.append(message("change.table_layout", table=name))
    for prefix, table in new_tables.items():
        if prefix not in {t.prefix for t in old.tables}:
            name = table.name_en if current_language() == "en" else table.name
            notes.append(message("change.table_new", table=name))
    return notes
