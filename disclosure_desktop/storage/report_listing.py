"""The report list and the search for last year's report: queries over report rows, no texts or cells loaded."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, select

from disclosure_desktop.domain.formats import UnknownFormatError, all_formats, get_format
from disclosure_desktop.domain.life import derive_state
from disclosure_desktop.storage import life_rows, version_rows
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
        report_table.c.content_sha256,
    ).order_by(report_table.c.updated_at.desc(), report_table.c.id.desc())
    rows = conn.execute(query).all()
    signed = version_rows.latest_signed(conn)
    events = life_rows.events(conn)
    out = []
    for row in rows:
        sign = signed.get(row.id)
        # A file from before digests were kept has none: its revision says whether it was written since.
        digest = row.content_sha256
        changed = sign is not None and (digest != sign.content_sha256 if digest else row.revision != sign.revision)
        state = derive_state(sign.id if sign else None, changed, events.get(row.id, ()))
        out.append(ReportSummary(
            row.id, row.agency, row.year, row.format_id,
            _display_title(row.title, row.format_id, row.agency, row.year), _aware(row.updated_at), row.is_example,
            row.revision, signed_at=_aware(sign.at) if sign else None, signed_by=sign.by if sign else "",
            signed_revision=sign.revision if sign else None, life_state=state,
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
