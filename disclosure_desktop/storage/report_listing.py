"""The report list and the search for last year's report: queries over report rows, no texts or cells loaded."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, select

from disclosure_desktop.domain.formats import UnknownFormatError, all_formats, get_format
from disclosure_desktop.storage import version_rows
from disclosure_desktop.storage.report_summary import ReportSummary
from disclosure_desktop.storage.schema import report as report_table


def _display_title(title: str, format_id: str, agency: str, year: int) -> str:
    if title.strip():
        return title.strip()
    try:
        return get_format(format_id).title_template.format(agency=agency, year=year)
    except UnknownFormatError:
        return f"{agency}{year}"


def _aware(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC)


def summaries(conn: Connection) -> list[ReportSummary]:
    """Every report, the most recently changed first."""
    query = select(
        report_table.c.id,
        report_table.c.agency,
        report_table.c.year,
        report_table.c.format_id,
        report_table.c.title,
        report_table.c.updated_at,
        report_table.c.is_example,
        report_table.c.revision,
    ).order_by(report_table.c.updated_at.desc(), report_table.c.id.desc())
    rows = conn.execute(query).all()
    signed = version_rows.latest_signed(conn)
    out = []
    for row in rows:
        sign = signed.get(row.id)
        out.append(ReportSummary(
            row.id, row.agency, row.year, row.format_id,
            _display_title(row.title, row.format_id, row.agency, row.year), _aware(row.updated_at), row.is_example,
            row.revision, *((_aware(sign[0]), sign[1], sign[2]) if sign else ()),
        ))
    return out


def previous_year_id(conn: Connection, agency: str, year: int) -> int | None:
    """Last year's report of the same agency (a real one before an example, then the latest changed)."""
    query = (
        select(report_table.c.id)
        .where(report_table.c.agency == agency, report_table.c.year == year - 1)
        .order_by(report_table.c.is_example, report_table.c.updated_at.desc(), report_table.c.id.desc())
        .limit(1)
    )
    query = query.where(report_table.c.format_id.in_(list(all_formats())))  # one we could not read is no help
    return conn.scalar(query)
