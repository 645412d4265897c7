"""A batch of edits (Changes) written over a report's rows in one transaction, guarded by its revision."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Connection, Table, and_, delete, select, update

from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.report import Cell, CellSource
from disclosure_desktop.storage import dialect, life_rows
from disclosure_desktop.storage.errors import ReportChangedElsewhere, ReportNotFound
from disclosure_desktop.storage.report_rows import seal
from disclosure_desktop.storage.schema import acknowledgement, report_meta, section_text, utc_now
from disclosure_desktop.storage.schema import cell as cell_table
from disclosure_desktop.storage.schema import report as report_table


def apply_changes(conn: Connection, report_id: int, changes: Changes, expected_revision: int | None) -> int:
    """Write `changes` in the caller's transaction and return the report's new revision (see ReportStore.apply)."""
    where = [report_table.c.id == report_id]
    if expected_revision is not None:
        where.append(report_table.c.revision == expected_revision)
    bumped = conn.execute(
        update(report_table)
        .where(*where)
        .values(**changes.fields, updated_at=utc_now(), revision=report_table.c.revision + 1)
    )
    if bumped.rowcount == 0:
        found = conn.scalar(select(report_table.c.revision).where(report_table.c.id == report_id))
        if found is None:
            raise ReportNotFound(report_id)
        raise ReportChangedElsewhere(report_id, expected_revision or 0, found)
    _apply_meta(conn, report_id, changes.meta)
    _apply_sections(conn, report_id, changes.sections, changes.headings)
    _apply_cells(conn, report_id, changes.cells)
    _apply_acknowledged(conn, report_id, changes.acknowledged)
    life_rows.apply_marks(conn, report_id, changes.remarks_fixed)
    return seal(conn, report_id)


def upsert(conn: Connection, table: Table, key: Mapping[str, object], values: Mapping[str, object]) -> None:
    """Insert the row of `key`, or update its `values` where it exists (INSERT … ON CONFLICT, as each database
    spells it)."""
    stmt = dialect.of(conn).insert(table).values(**key, **values)
    conn.execute(stmt.on_conflict_do_update(index_elements=list(key), set_=values))


def _apply_meta(conn: Connection, rid: int, meta: dict[str, str]) -> None:
    for key, value in meta.items():
        if value:
            upsert(conn, report_meta, {"report_id": rid, "key": key}, {"value": value})
        else:
            conn.execute(delete(report_meta).where(report_meta.c.report_id == rid, report_meta.c.key == key))


def _apply_sections(conn: Connection, rid: int, texts: dict[str, str], headings: dict[str, str]) -> None:
    for column, values in (("text", texts), ("heading", headings)):
        for section_id, value in values.items():
            upsert(conn, section_text, {"report_id": rid, "section_id": section_id}, {column: value})
    touched = set(texts) | set(headings)
    if touched:
        # A section with neither text nor heading is no row at all, as after create().
        conn.execute(
            delete(section_text).where(
                section_text.c.report_id == rid,
                section_text.c.section_id.in_(touched),
                and_(section_text.c.text == "", section_text.c.heading == ""),
            )
        )


def _apply_cells(conn: Connection, rid: int, cells: dict[str, Cell | None]) -> None:
    removed = [cid for cid, cell in cells.items() if cell is None]
    if removed:
        conn.execute(delete(cell_table).where(cell_table.c.report_id == rid, cell_table.c.cell_id.in_(removed)))
    for cid, cell in cells.items():
        if cell is None:
            continue
        values = {"value": cell.value, "source": CellSource(cell.source).value}
        upsert(conn, cell_table, {"report_id": rid, "cell_id": cid}, values)


def _apply_acknowledged(conn: Connection, rid: int, acknowledged: dict[str, str]) -> None:
    for key, reason in acknowledged.items():
        if reason:
            upsert(conn, acknowledgement, {"report_id": rid, "problem_key": key}, {"reason": reason})
        else:
            conn.execute(
                delete(acknowledgement).where(
                    acknowledgement.c.report_id == rid, acknowledgement.c.problem_key == key
                )
            )
