"""A report's rows (report, meta, texts, cells, acknowledgements) read into a Report and written from one."""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, literal_column, null, select, union_all, update

from disclosure_desktop.domain import report_snapshot
from disclosure_desktop.domain.formats import CLOSING, PREAMBLE, UnknownFormatError, get_format
from disclosure_desktop.domain.report import META_KEYS, Cell, CellSource, Report
from disclosure_desktop.storage import life_rows
from disclosure_desktop.storage.errors import ReportNotFound, StorageError, UnknownReportFormat
from disclosure_desktop.storage.schema import acknowledgement, inserted_id, report_meta, section_text, utc_now
from disclosure_desktop.storage.schema import cell as cell_table
from disclosure_desktop.storage.schema import report as report_table


def _section_order(format_id: str) -> list[str]:
    try:
        ids = [s.id for s in get_format(format_id).sections]
    except UnknownFormatError:
        ids = []
    return [PREAMBLE, *ids, CLOSING]


def _ordered(mapping: dict[str, str], first: list[str] | tuple[str, ...]) -> dict[str, str]:
    # A fixed order (known keys first, then the rest sorted) so that export → import → export is byte-exact.
    known = {k: mapping[k] for k in first if k in mapping}
    return known | {k: mapping[k] for k in sorted(mapping) if k not in known}


def load_report(conn: Connection, report_id: int, *, verify: bool = True) -> Report:
    """The working copy with its 已整改 marks; `verify` (every reading but the digest's own) checks its digest."""
    row = conn.execute(select(report_table).where(report_table.c.id == report_id)).first()
    if row is None:
        raise ReportNotFound(report_id)
    report = _load_content(conn, report_id, row.format_id)
    report.id, report.is_example, report.revision = row.id, row.is_example, row.revision
    report.agency, report.year, report.title = row.agency, row.year, row.title
    if verify:
        if row.content_sha256 and _digest(report) != row.content_sha256:
            raise StorageError("db.report_damaged", id=report_id)
        report.remarks_fixed = life_rows.marks(conn, report_id)
    return report


def _digest(report: Report) -> str:
    return report_snapshot.digest(report_snapshot.to_json(report))


def seal(conn: Connection, report_id: int) -> int:
    """Record the digest of what the report holds now, in the transaction that changed it; its revision."""
    digest = _digest(load_report(conn, report_id, verify=False))
    return int(conn.execute(update(report_table).where(report_table.c.id == report_id)
                            .values(content_sha256=digest).returning(report_table.c.revision)).scalar_one())


def ordered(report: Report) -> Report:
    """Metadata, texts and headings in the one order loading gives (so exports of equal reports are equal)."""
    order = _section_order(report.format_id)
    report.meta = _ordered(report.meta, META_KEYS)
    report.sections = _ordered(report.sections, order)
    report.headings = _ordered(report.headings, order)
    return report


def _load_content(conn: Connection, report_id: int, format_id: str) -> Report:
    # One statement for all four tables: on a server every statement is a round trip, and the autosave's write
    # reads the whole report back for its digest (seal). Ordered by key, so that both databases give one order.
    rows = conn.execute(union_all(
        select(literal_column("'m'").label("kind"), report_meta.c.key.label("key"), report_meta.c.value.label("a"),
               null().label("b")).where(report_meta.c.report_id == report_id),
        select(literal_column("'s'"), section_text.c.section_id, section_text.c.text, section_text.c.heading)
        .where(section_text.c.report_id == report_id),
        select(literal_column("'c'"), cell_table.c.cell_id, cell_table.c.value, cell_table.c.source)
        .where(cell_table.c.report_id == report_id),
        select(literal_column("'k'"), acknowledgement.c.problem_key, acknowledgement.c.reason, null())
        .where(acknowledgement.c.report_id == report_id),
    ).order_by("kind", "key")).all()
    report = Report(format_id=format_id, agency="", year=0)
    for row in rows:
        kind, key, first, second = str(row[0]), str(row[1]), row[2], row[3]
        if kind == "m":
            report.meta[key] = first
        elif kind == "s":
            if first:
                report.sections[key] = first
            if second:
                report.headings[key] = second
        elif kind == "c":
            report.cells[key] = Cell(first, CellSource(str(second)))
        else:
            report.acknowledged[key] = first
    return ordered(report)


def insert_report(conn: Connection, report: Report) -> int:
    now = utc_now()
    rid = inserted_id(conn.execute(insert(report_table).values(
        agency=report.agency,
        year=report.year,
        format_id=report.format_id,
        title=report.title,
        is_example=report.is_example,
        created_at=now,
        updated_at=now,
    )))
    _insert_content(conn, rid, report)
    seal(conn, rid)
    return rid


def _insert_content(conn: Connection, rid: int, report: Report) -> None:
    meta = [{"report_id": rid, "key": k, "value": v} for k, v in report.meta.items() if v]
    sections = []
    for sid in {**report.sections, **report.headings}:
        text, heading = report.sections.get(sid, ""), report.headings.get(sid, "")
        if text or heading:
            sections.append({"report_id": rid, "section_id": sid, "text": text, "heading": heading})
    cells = [
        {"report_id": rid, "cell_id": cid, "value": c.value, "source": CellSource(c.source).value}
        for cid, c in report.cells.items()
    ]
    acks = [{"report_id": rid, "problem_key": k, "reason": v} for k, v in report.acknowledged.items() if v]
    tables = ((report_meta, meta), (section_text, sections), (cell_table, cells), (acknowledgement, acks))
    for table, rows in tables:
        if rows:
            conn.execute(insert(table), rows)


def replace_report(conn: Connection, rid: int, report: Report) -> None:
    """The working copy becomes `report` (a restored version) in the caller's transaction; revision goes up."""
    conn.execute(
        update(report_table).where(report_table.c.id == rid).values(
            agency=report.agency, year=report.year, format_id=report.format_id, title=report.title,
            is_example=report.is_example, updated_at=utc_now(), revision=report_table.c.revision + 1,
        )
    )
    for table in (report_meta, section_text, cell_table, acknowledgement):
        conn.execute(delete(table).where(table.c.report_id == rid))
    _insert_content(conn, rid, report)
    seal(conn, rid)


def lock_report(conn: Connection, report_id: int) -> None:
    """Keep the report's rows as they are until the caller's write transaction ends, so that reading them back is
    one moment (every writer of a report changes its row first; SQLite's write lock already does this)."""
    conn.execute(select(report_table.c.id).where(report_table.c.id == report_id).with_for_update(read=True))


def current_report(conn: Connection, report_id: int, report: Report | None) -> Report:
    """The report as stored, read in a write transaction (locked first), or `report` at its stored revision."""
    lock_report(conn, report_id)
    stored = load_report(conn, report_id)
    if report is None:
        return stored
    copy = ordered(Report(**{**vars(report), "id": report_id, "revision": stored.revision}))
    return copy


def require_known_format(report: Report) -> None:
    try:
        get_format(report.format_id)
    except UnknownFormatError:
        raise UnknownReportFormat("db.unknown_format", id=report.id, format=report.format_id) from None
