"""Reports in and out of the database as domain objects, each operation one short transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import and_, delete, func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from disclosure_desktop.domain import report_snapshot
from disclosure_desktop.domain import versions as kinds
from disclosure_desktop.domain.changes import FIELDS, Changes
from disclosure_desktop.domain.formats import CLOSING, PREAMBLE, UnknownFormatError, all_formats, get_format
from disclosure_desktop.domain.messages import ReportDataError, message
from disclosure_desktop.domain.report import META_KEYS, Cell, CellSource, Report
from disclosure_desktop.domain.versions import VersionInfo
from disclosure_desktop.storage import version_rows
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.errors import StorageError
from disclosure_desktop.storage.report_summary import ReportSummary
from disclosure_desktop.storage.schema import (
    AcknowledgementRow,
    AppStateRow,
    CellRow,
    ReportMetaRow,
    ReportRow,
    SectionTextRow,
    utc_now,
)
from disclosure_desktop.storage.sqlite_file import dialect_insert as insert
from disclosure_desktop.storage.sqlite_file import error_code, error_key


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

    def __str__(self) -> str:  # KeyError would print just the bare id ("1")
        return message("cli.no_report", id=self.report_id)


class UnknownReportFormat(ReportDataError):
    """The report names a format this program version does not ship (a later version added it as data)."""


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


def _load(session: Session, report_id: int, *, verify: bool = True) -> Report:
    row = session.get(ReportRow, report_id, populate_existing=True)
    if row is None:
        raise ReportNotFound(report_id)
    report = _load_content(session, report_id, row.format_id)
    report.id, report.is_example, report.revision = row.id, row.is_example, row.revision
    report.agency, report.year, report.title = row.agency, row.year, row.title
    if verify and row.content_sha256 and _digest(report) != row.content_sha256:
        raise StorageError("db.report_damaged", id=report_id)
    return report


def _digest(report: Report) -> str:
    return report_snapshot.digest(report_snapshot.to_json(report))


def _seal(session: Session, report_id: int) -> None:
    """Record the digest of what the report holds now, in the transaction that changed it."""
    digest = _digest(_load(session, report_id, verify=False))
    session.execute(update(ReportRow).where(ReportRow.id == report_id).values(content_sha256=digest)
                    .execution_options(synchronize_session=False))


def ordered(report: Report) -> Report:
    """Metadata, texts and headings in the one order loading gives (so exports of equal reports are equal)."""
    order = _section_order(report.format_id)
    report.meta = _ordered(report.meta, META_KEYS)
    report.sections = _ordered(report.sections, order)
    report.headings = _ordered(report.headings, order)
    return report


def _load_content(session: Session, report_id: int, format_id: str) -> Report:
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
    return ordered(Report(
        format_id=format_id,
        agency="",
        year=0,
        meta=meta,
        sections=sections,
        headings=headings,
        cells={cid: Cell(value, CellSource(source)) for cid, value, source in session.execute(cells)},
        acknowledged=dict(sorted(session.execute(acks).all())),
    ))


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
    _insert_content(session, row.id, report)
    _seal(session, row.id)
    return row.id


def _insert_content(session: Session, rid: int, report: Report) -> None:
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


def _replace(session: Session, rid: int, report: Report) -> None:
    """The working copy becomes `report` (a restored version) in the caller's transaction; revision goes up."""
    session.execute(
        update(ReportRow).where(ReportRow.id == rid).values(
            agency=report.agency, year=report.year, format_id=report.format_id, title=report.title,
            is_example=report.is_example, updated_at=utc_now(), revision=ReportRow.revision + 1,
        ).execution_options(synchronize_session=False)
    )
    for table in (ReportMetaRow, SectionTextRow, CellRow, AcknowledgementRow):
        session.execute(delete(table).where(table.report_id == rid))
    _insert_content(session, rid, report)
    _seal(session, rid)


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
        try:
            with self._reader() as session, session.begin():
                yield session
        except SQLAlchemyError as error:
            raise self._failure(error) from error

    @contextmanager
    def _write(self) -> Iterator[Session]:
        try:
            with self._writer() as session, session.begin():
                yield session
        except SQLAlchemyError as error:
            raise self._failure(error) from error
        self.db.changed = True

    def _failure(self, error: SQLAlchemyError) -> StorageError:
        # The clerk sees what happened to the file in their language, never the driver's SQL and links.
        return StorageError(error_key(error), path=self.db.path, detail=error_code(error))

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
            ReportRow.revision,
        ).order_by(ReportRow.updated_at.desc(), ReportRow.id.desc())
        with self._read() as session:
            rows = session.execute(query).all()
            signed = version_rows.latest_signed(session)
        out = []
        for rid, agency, year, fmt, title, at, example, revision in rows:
            sign = signed.get(rid)
            out.append(ReportSummary(
                rid, agency, year, fmt, _display_title(title, fmt, agency, year), _aware(at), example, revision,
                *((_aware(sign[0]), sign[1], sign[2]) if sign else ()),
            ))
        return out

    def load(self, report_id: int) -> Report:
        """The working copy; UnknownReportFormat when a later program version's format is named."""
        with self._read() as session:
            report = _load(session, report_id)
        _require_known_format(report)
        return report

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
            _seal(session, report_id)
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
        query = query.where(ReportRow.format_id.in_(list(all_formats())))  # one we could not read is no help
        with self._read() as session:
            rid = session.scalar(query)
            return None if rid is None else _load(session, rid)

    def count(self) -> int:
        with self._read() as session:
            return session.scalar(select(func.count()).select_from(ReportRow)) or 0


    # --- versions (spec §9 `versions`, `snapshot`, `sign`; restore as one step) ---------------------------------

    def snapshot(self, report_id: int, kind: str = kinds.MANUAL, name: str = "", *, report: Report | None = None,
                 at: dt.datetime | None = None) -> int:
        """Save the working copy (or `report`, what an export just wrote) as a version; returns its id."""
        if kind not in kinds.KINDS or kind == kinds.SIGNED:
            raise ValueError(kind)
        with self._write() as session:
            return version_rows.add(session, _current(session, report_id, report), kind, name, at=at)

    def sign(self, report_id: int, by: str, *, at: dt.datetime | None = None) -> int:
        """签发: freeze the working copy as the signed version (nothing can change it afterwards)."""
        by = version_rows.checked_name(by, required=True)
        with self._write() as session:
            report = _current(session, report_id, None)
            version_rows.refuse_resigning(session, report)
            return version_rows.add(session, report, kinds.SIGNED, by, signed_by=by, at=at)

    def versions(self, report_id: int) -> list[VersionInfo]:
        """The report's versions, newest first."""
        with self._read() as session:
            if session.get(ReportRow, report_id) is None:
                raise ReportNotFound(report_id)
            return version_rows.listed(session, report_id)

    def version_info(self, version_id: int) -> VersionInfo:
        with self._read() as session:
            return version_rows.info(session, version_id)

    def load_version(self, version_id: int) -> Report:
        """The report exactly as it was saved in the version (its digest is checked on every reading)."""
        with self._read() as session:
            return ordered(version_rows.load(session, version_id))

    def restore_version(self, report_id: int, version_id: int) -> int:
        """Make a version the working copy in one transaction, saving the current state first (恢复前).

        Returns the id of that before-restore version. The GUI may instead apply load_version() as one undoable
        edit after snapshot(kind=BEFORE_RESTORE).
        """
        with self._write() as session:
            current = _current(session, report_id, None)
            target = version_rows.load(session, version_id)
            if target.id != report_id:
                raise version_rows.not_found(report_id, version_id)
            saved = version_rows.add(session, current, kinds.BEFORE_RESTORE, "")
            _replace(session, report_id, target)
            return saved


def _current(session: Session, report_id: int, report: Report | None) -> Report:
    stored = _load(session, report_id)
    if report is None:
        return stored
    copy = ordered(Report(**{**vars(report), "id": report_id, "revision": stored.revision}))
    return copy


def _require_known_format(report: Report) -> None:
    try:
        get_format(report.format_id)
    except UnknownFormatError:
        raise UnknownReportFormat("db.unknown_format", id=report.id, format=report.format_id) from None


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
