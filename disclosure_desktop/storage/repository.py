"""Reports in and out of the database as domain objects, each operation one short transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import and_, delete, func, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session, sessionmaker

from disclosure_desktop.domain.changes import FIELDS, Changes
from disclosure_desktop.domain.formats import CLOSING, PREAMBLE, UnknownFormatError, get_format
from disclosure_desktop.domain.report import META_KEYS, Cell, CellSource, Report
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.schema import (
    AcknowledgementRow,
    AppStateRow,
    CellRow,
    ReportMetaRow,
    ReportRow,
    SectionTextRow,
    utc_now,
)


class ReportChangedElsewhere(Exception):
    """The stored report is at another revision than the writer's: another window or program changed it."""

    def __init__(self, report_id: int, expected: int, found: int) -> None:
        super().__init__(report_id, expected, found)
        self.report_id = report_id
        self.expected = expected
        self.found = found


class ReportNotFound(KeyError):
    """No report with this id (deleted meanwhile, or a wrong id on the command line)."""

    def __init__(self, report_id: int) -> None:
        super().__init__(report_id)
        self.report_id = report_id


@dataclass(frozen=True)
class ReportSummary:
    """One line of the report list, without loading texts and cells."""

    id: int
    agency: str
    year: int
    format_id: str
    display_title: str
    updated_at: dt.datetime  # aware, UTC
    is_example: bool


def _display_title(title: str, format_id: str, agency: str, year: int) -> str:
    if title.strip():
        return title.strip()
    try:
        return get_format(format_id).title_template.format(agency=agency, year=year)
    except UnknownFormatError:
        return f"{agency}{year}"


def _aware(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC)


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


def _load(session: Session, report_id: int) -> Report:
    row = session.get(ReportRow, report_id)
    if row is None:
        raise ReportNotFound(report_id)
    meta_rows = select(ReportMetaRow.key, ReportMetaRow.value).where(ReportMetaRow.report_id == report_id)
    # .all(): a Result has keys(), so dict() would take it for a mapping.
    meta = dict(session.execute(meta_rows).all())
    sections: dict[str, str] = {}
    headings: dict[str, str] = {}
    texts = select(SectionTextRow.section_id, SectionTextRow.text, SectionTextRow.heading).where(
        SectionTextRow.report_id == report_id
    )
    for section_id, text, heading in session.execute(texts):
        if text:
            sections[section_id] = text
        if heading:
            headings[section_id] = heading
    cells = select(CellRow.cell_id, CellRow.value, CellRow.source).where(CellRow.report_id == report_id)
    acks = select(AcknowledgementRow.problem_key, AcknowledgementRow.reason).where(
        AcknowledgementRow.report_id == report_id
    )
    order = _section_order(row.format_id)
    return Report(
        format_id=row.format_id,
        agency=row.agency,
        year=row.year,
        title=row.title,
        meta=_ordered(meta, META_KEYS),
        sections=_ordered(sections, order),
        headings=_ordered(headings, order),
        cells={cid: Cell(value, CellSource(source)) for cid, value, source in session.execute(cells)},
        acknowledged=dict(sorted(session.execute(acks).all())),
        id=row.id,
        is_example=row.is_example,
        revision=row.revision,
    )


def _insert(session: Session, report: Report) -> int:
    now = utc_now()
    row = ReportRow(
        agency=report.agency,
        year=report.year,
        format_id=report.format_id,
        title=report.title,
        is_example=report.is_example,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    rid = row.id
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
    tables = ((ReportMetaRow, meta), (SectionTextRow, sections), (CellRow, cells), (AcknowledgementRow, acks))
    for table, rows in tables:
        if rows:
            session.execute(insert(table), rows)
    return rid


class ReportStore:
    """The reports of one database; safe for a worker thread that writes and another thread that reads."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._reader = sessionmaker(db.engine, expire_on_commit=False)
        self._writer = sessionmaker(db.write_engine, expire_on_commit=False)

    def close(self) -> None:
        """Close the database this store was made on (callers that only kept the store)."""
        self.db.close()

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with self._writer() as session, session.begin():
            yield session

    def list_reports(self) -> list[ReportSummary]:
        """Every report, the most recently changed first."""
        query = select(
            ReportRow.id,
            ReportRow.agency,
            ReportRow.year,
            ReportRow.format_id,
            ReportRow.title,
            ReportRow.updated_at,
            ReportRow.is_example,
        ).order_by(ReportRow.updated_at.desc(), ReportRow.id.desc())
        with self._read() as session:
            rows = session.execute(query).all()
        return [
            ReportSummary(rid, agency, year, fmt, _display_title(title, fmt, agency, year), _aware(at), example)
            for rid, agency, year, fmt, title, at, example in rows
        ]

    def load(self, report_id: int) -> Report:
        with self._read() as session:
            return _load(session, report_id)

    def create(self, report: Report) -> int:
        """Store a new report (its `id` is ignored) and return the new id."""
        with self._write() as session:
            return _insert(session, report)

    def apply(self, report_id: int, changes: Changes, expected_revision: int | None = None) -> int:
        """Save a batch of edits in one transaction and return the report's new revision.

        A cell set to None is removed, empty texts are removed. With `expected_revision` the batch is written
        only over that revision; another writer's newer one raises ReportChangedElsewhere and nothing is written.
        """
        unknown = set(changes.fields) - set(FIELDS)
        if unknown:
            raise KeyError(sorted(unknown)[0])
        with self._write() as session:
            where = [ReportRow.id == report_id]
            if expected_revision is not None:
                where.append(ReportRow.revision == expected_revision)
            bumped = session.execute(
                update(ReportRow)
                .where(*where)
                .values(**changes.fields, updated_at=utc_now(), revision=ReportRow.revision + 1)
                .execution_options(synchronize_session=False)
            )
            if bumped.rowcount == 0:  # type: ignore[attr-defined]
                found = session.scalar(select(ReportRow.revision).where(ReportRow.id == report_id))
                if found is None:
                    raise ReportNotFound(report_id)
                raise ReportChangedElsewhere(report_id, expected_revision or 0, found)
            _apply_meta(session, report_id, changes.meta)
            _apply_sections(session, report_id, changes.sections, changes.headings)
            _apply_cells(session, report_id, changes.cells)
            _apply_acknowledged(session, report_id, changes.acknowledged)
            return int(session.scalar(select(ReportRow.revision).where(ReportRow.id == report_id)) or 0)

    def revision(self, report_id: int) -> int | None:
        """The stored revision of a report (None: it is gone), to notice another writer cheaply."""
        with self._read() as session:
            return session.scalar(select(ReportRow.revision).where(ReportRow.id == report_id))

    def duplicate(self, report_id: int) -> int:
        """A copy with the same data (title, agency, texts, cells and their sources, example flag)."""
        with self._write() as session:
            return _insert(session, _load(session, report_id))

    def delete(self, report_id: int) -> None:
        with self._write() as session:
            gone = session.execute(delete(ReportRow).where(ReportRow.id == report_id))
            if gone.rowcount == 0:  # type: ignore[attr-defined]
                raise ReportNotFound(report_id)

    def get_state(self, key: str) -> str | None:
        with self._read() as session:
            return session.scalar(select(AppStateRow.value).where(AppStateRow.key == key))

    def set_state(self, key: str, value: str | None) -> None:
        """Remember a small program setting; None forgets it."""
        with self._write() as session:
            if value is None:
                session.execute(delete(AppStateRow).where(AppStateRow.key == key))
            else:
                stmt = insert(AppStateRow).values(key=key, value=value)
                session.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))

    def previous_year(self, agency: str, year: int) -> Report | None:
        """Last year's report of the same agency (a real one before an example, then the latest changed)."""
        query = (
            select(ReportRow.id)
            .where(ReportRow.agency == agency, ReportRow.year == year - 1)
            .order_by(ReportRow.is_example, ReportRow.updated_at.desc(), ReportRow.id.desc())
            .limit(1)
        )
        with self._read() as session:
            rid = session.scalar(query)
            return None if rid is None else _load(session, rid)

    def count(self) -> int:
        with self._read() as session:
            return session.scalar(select(func.count()).select_from(ReportRow)) or 0


def _apply_meta(session: Session, rid: int, meta: dict[str, str]) -> None:
    for key, value in meta.items():
        if value:
            stmt = insert(ReportMetaRow).values(report_id=rid, key=key, value=value)
            session.execute(stmt.on_conflict_do_update(index_elements=["report_id", "key"], set_={"value": value}))
        else:
            session.execute(delete(ReportMetaRow).where(ReportMetaRow.report_id == rid, ReportMetaRow.key == key))


def _apply_sections(session: Session, rid: int, texts: dict[str, str], headings: dict[str, str]) -> None:
    for column, values in (("text", texts), ("heading", headings)):
        for section_id, value in values.items():
            stmt = insert(SectionTextRow).values(report_id=rid, section_id=section_id, **{column: value})
            session.execute(
                stmt.on_conflict_do_update(index_elements=["report_id", "section_id"], set_={column: value})
            )
    touched = set(texts) | set(headings)
    if touched:
        # A section with neither text nor heading is no row at all, as after create().
        session.execute(
            delete(SectionTextRow).where(
                SectionTextRow.report_id == rid,
                SectionTextRow.section_id.in_(touched),
                and_(SectionTextRow.text == "", SectionTextRow.heading == ""),
            )
        )


def _apply_cells(session: Session, rid: int, cells: dict[str, Cell | None]) -> None:
    removed = [cid for cid, cell in cells.items() if cell is None]
    if removed:
        session.execute(delete(CellRow).where(CellRow.report_id == rid, CellRow.cell_id.in_(removed)))
    for cid, cell in cells.items():
        if cell is None:
            continue
        values = {"value": cell.value, "source": CellSource(cell.source).value}
        stmt = insert(CellRow).values(report_id=rid, cell_id=cid, **values)
        session.execute(stmt.on_conflict_do_update(index_elements=["report_id", "cell_id"], set_=values))


def _apply_acknowledged(session: Session, rid: int, acknowledged: dict[str, str]) -> None:
    for key, reason in acknowledged.items():
        if reason:
            stmt = insert(AcknowledgementRow).values(report_id=rid, problem_key=key, reason=reason)
            session.execute(
                stmt.on_conflict_do_update(index_elements=["report_id", "problem_key"], set_={"reason": reason})
            )
        else:
            session.execute(
                delete(AcknowledgementRow).where(
                    AcknowledgementRow.report_id == rid, AcknowledgementRow.problem_key == key
                )
            )
