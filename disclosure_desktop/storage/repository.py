"""Reports in and out of the database as domain objects, each operation one short transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, and_, delete, func, select, update
from sqlalchemy.exc import SQLAlchemyError

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
from disclosure_desktop.storage.schema import acknowledgement, app_state, report_meta, section_text, utc_now
from disclosure_desktop.storage.schema import cell as cell_table
from disclosure_desktop.storage.schema import report as report_table
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


def _load(conn: Connection, report_id: int, *, verify: bool = True) -> Report:
    row = conn.execute(select(report_table).where(report_table.c.id == report_id)).first()
    if row is None:
        raise ReportNotFound(report_id)
    report = _load_content(conn, report_id, row.format_id)
    report.id, report.is_example, report.revision = row.id, row.is_example, row.revision
    report.agency, report.year, report.title = row.agency, row.year, row.title
    if verify and row.content_sha256 and _digest(report) != row.content_sha256:
        raise StorageError("db.report_damaged", id=report_id)
    return report


def _digest(report: Report) -> str:
    return report_snapshot.digest(report_snapshot.to_json(report))


def _seal(conn: Connection, report_id: int) -> None:
    """Record the digest of what the report holds now, in the transaction that changed it."""
    digest = _digest(_load(conn, report_id, verify=False))
    conn.execute(update(report_table).where(report_table.c.id == report_id).values(content_sha256=digest))


def ordered(report: Report) -> Report:
    """Metadata, texts and headings in the one order loading gives (so exports of equal reports are equal)."""
    order = _section_order(report.format_id)
    report.meta = _ordered(report.meta, META_KEYS)
    report.sections = _ordered(report.sections, order)
    report.headings = _ordered(report.headings, order)
    return report


def _load_content(conn: Connection, report_id: int, format_id: str) -> Report:
    meta_rows = select(report_meta.c.key, report_meta.c.value).where(report_meta.c.report_id == report_id)
    # .all(): a Result has keys(), so dict() would take it for a mapping.
    meta = dict(conn.execute(meta_rows).all())
    sections: dict[str, str] = {}
    headings: dict[str, str] = {}
    texts = select(section_text.c.section_id, section_text.c.text, section_text.c.heading).where(
        section_text.c.report_id == report_id
    )
    for section_id, text, heading in conn.execute(texts):
        if text:
            sections[section_id] = text
        if heading:
            headings[section_id] = heading
    cells = select(cell_table.c.cell_id, cell_table.c.value, cell_table.c.source).where(
        cell_table.c.report_id == report_id
    )
    acks = select(acknowledgement.c.problem_key, acknowledgement.c.reason).where(
        acknowledgement.c.report_id == report_id
    )
    return ordered(Report(
        format_id=format_id,
        agency="",
        year=0,
        meta=meta,
        sections=sections,
        headings=headings,
        cells={cid: Cell(value, CellSource(source)) for cid, value, source in conn.execute(cells)},
        acknowledged=dict(sorted(conn.execute(acks).all())),
    ))


def _insert(conn: Connection, report: Report) -> int:
    now = utc_now()
    rid = conn.execute(insert(report_table).values(
        agency=report.agency,
        year=report.year,
        format_id=report.format_id,
        title=report.title,
        is_example=report.is_example,
        created_at=now,
        updated_at=now,
    )).inserted_primary_key[0]
    _insert_content(conn, rid, report)
    _seal(conn, rid)
    return int(rid)


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


def _replace(conn: Connection, rid: int, report: Report) -> None:
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
    _seal(conn, rid)


class ReportStore:
    """The reports of one database; safe for a worker thread that writes and another thread that reads."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def close(self) -> None:
        """Close the database this store was made on (callers that only kept the store)."""
        self.db.close()

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.db.engine.begin() as conn:
                yield conn
        except SQLAlchemyError as error:
            raise self._failure(error) from error

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        try:
            with self.db.write_engine.begin() as conn:
                yield conn
        except SQLAlchemyError as error:
            raise self._failure(error) from error
        self.db.changed = True

    def _failure(self, error: SQLAlchemyError) -> StorageError:
        # The clerk sees what happened to the file in their language, never the driver's SQL and links.
        return StorageError(error_key(error), path=self.db.path, detail=error_code(error))

    def list_reports(self) -> list[ReportSummary]:
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
        with self._read() as conn:
            rows = conn.execute(query).all()
            signed = version_rows.latest_signed(conn)
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
        with self._read() as conn:
            report = _load(conn, report_id)
        _require_known_format(report)
        return report

    def create(self, report: Report) -> int:
        """Store a new report (its `id` is ignored) and return the new id."""
        with self._write() as conn:
            return _insert(conn, report)

    def apply(self, report_id: int, changes: Changes, expected_revision: int | None = None) -> int:
        """Save a batch of edits in one transaction and return the report's new revision.

        A cell set to None is removed, empty texts are removed. With `expected_revision` the batch is written
        only over that revision; another writer's newer one raises ReportChangedElsewhere and nothing is written.
        """
        unknown = set(changes.fields) - set(FIELDS)
        if unknown:
            raise KeyError(sorted(unknown)[0])
        with self._write() as conn:
            where = [report_table.c.id == report_id]
            if expected_revision is not None:
                where.append(report_table.c.revision == expected_revision)
            bumped = conn.execute(
                update(report_table)
                .where(*where)
                .values(**changes.fields, updated_at=utc_now(), revision=report_table.c.revision + 1)
            )
            if bumped.rowcount == 0:  # type: ignore[attr-defined]
                found = conn.scalar(select(report_table.c.revision).where(report_table.c.id == report_id))
                if found is None:
                    raise ReportNotFound(report_id)
                raise ReportChangedElsewhere(report_id, expected_revision or 0, found)
            _apply_meta(conn, report_id, changes.meta)
            _apply_sections(conn, report_id, changes.sections, changes.headings)
            _apply_cells(conn, report_id, changes.cells)
            _apply_acknowledged(conn, report_id, changes.acknowledged)
            _seal(conn, report_id)
            return int(conn.scalar(select(report_table.c.revision).where(report_table.c.id == report_id)) or 0)

    def revision(self, report_id: int) -> int | None:
        """The stored revision of a report (None: it is gone), to notice another writer cheaply."""
        with self._read() as conn:
            return conn.scalar(select(report_table.c.revision).where(report_table.c.id == report_id))

    def duplicate(self, report_id: int) -> int:
        """A copy with the same data (title, agency, texts, cells and their sources, example flag)."""
        with self._write() as conn:
            return _insert(conn, _load(conn, report_id))

    def delete(self, report_id: int) -> None:
        with self._write() as conn:
            gone = conn.execute(delete(report_table).where(report_table.c.id == report_id))
            if gone.rowcount == 0:  # type: ignore[attr-defined]
                raise ReportNotFound(report_id)

    def get_state(self, key: str) -> str | None:
        with self._read() as conn:
            return conn.scalar(select(app_state.c.value).where(app_state.c.key == key))

    def set_state(self, key: str, value: str | None) -> None:
        """Remember a small program setting; None forgets it."""
        with self._write() as conn:
            if value is None:
                conn.execute(delete(app_state).where(app_state.c.key == key))
            else:
                stmt = insert(app_state).values(key=key, value=value)
                conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))

    def previous_year(self, agency: str, year: int) -> Report | None:
        """Last year's report of the same agency (a real one before an example, then the latest changed)."""
        query = (
            select(report_table.c.id)
            .where(report_table.c.agency == agency, report_table.c.year == year - 1)
            .order_by(report_table.c.is_example, report_table.c.updated_at.desc(), report_table.c.id.desc())
            .limit(1)
        )
        query = query.where(report_table.c.format_id.in_(list(all_formats())))  # one we could not read is no help
        with self._read() as conn:
            rid = conn.scalar(query)
            return None if rid is None else _load(conn, rid)

    def count(self) -> int:
        with self._read() as conn:
            return conn.scalar(select(func.count()).select_from(report_table)) or 0


    # --- versions (spec §9 `versions`, `snapshot`, `sign`; restore as one step) ---------------------------------

    def snapshot(self, report_id: int, kind: str = kinds.MANUAL, name: str = "", *, report: Report | None = None,
                 at: dt.datetime | None = None) -> int:
        """Save the working copy (or `report`, what an export just wrote) as a version; returns its id."""
        if kind not in kinds.KINDS or kind == kinds.SIGNED:
            raise ValueError(kind)
        with self._write() as conn:
            return version_rows.add(conn, _current(conn, report_id, report), kind, name, at=at)

    def sign(self, report_id: int, by: str, *, reviewed_by: str = "", reviewed_on: dt.date | None = None,
             at: dt.datetime | None = None) -> int:
        """签发: freeze the working copy as the signed version (never to change again); 审核 by whom, when."""
        by, reviewed_by = version_rows.checked_name(by, required=True), version_rows.checked_name(reviewed_by)
        reviewed_on = version_rows.review_day(reviewed_by, reviewed_on, at)
        with self._write() as conn:
            report = _current(conn, report_id, None)
            version_rows.refuse_resigning(conn, report)
            return version_rows.add(conn, report, kinds.SIGNED, by, signed_by=by, reviewed_by=reviewed_by,
                                    reviewed_on=reviewed_on, at=at)

    def versions(self, report_id: int) -> list[VersionInfo]:
        """The report's versions, newest first."""
        with self._read() as conn:
            if conn.scalar(select(report_table.c.id).where(report_table.c.id == report_id)) is None:
                raise ReportNotFound(report_id)
            return version_rows.listed(conn, report_id)

    def version_info(self, version_id: int) -> VersionInfo:
        with self._read() as conn:
            return version_rows.info(conn, version_id)

    def load_version(self, version_id: int) -> Report:
        """The report exactly as it was saved in the version (its digest is checked on every reading)."""
        with self._read() as conn:
            return ordered(version_rows.load(conn, version_id))

    def restore_version(self, report_id: int, version_id: int) -> int:
        """Make a version the working copy in one transaction, saving the current state first (恢复前).

        Returns the id of that before-restore version. The GUI may instead apply load_version() as one undoable
        edit after snapshot(kind=BEFORE_RESTORE).
        """
        with self._write() as conn:
            current = _current(conn, report_id, None)
            target = version_rows.load(conn, version_id)
            if target.id != report_id:
                raise version_rows.not_found(report_id, version_id)
            saved = version_rows.add(conn, current, kinds.BEFORE_RESTORE, "")
            _replace(conn, report_id, target)
            return saved


def _current(conn: Connection, report_id: int, report: Report | None) -> Report:
    stored = _load(conn, report_id)
    if report is None:
        return stored
    copy = ordered(Report(**{**vars(report), "id": report_id, "revision": stored.revision}))
    return copy


def _require_known_format(report: Report) -> None:
    try:
        get_format(report.format_id)
    except UnknownFormatError:
        raise UnknownReportFormat("db.unknown_format", id=report.id, format=report.format_id) from None


def _apply_meta(conn: Connection, rid: int, meta: dict[str, str]) -> None:
    for key, value in meta.items():
        if value:
            stmt = insert(report_meta).values(report_id=rid, key=key, value=value)
            conn.execute(stmt.on_conflict_do_update(index_elements=["report_id", "key"], set_={"value": value}))
        else:
            conn.execute(delete(report_meta).where(report_meta.c.report_id == rid, report_meta.c.key == key))


def _apply_sections(conn: Connection, rid: int, texts: dict[str, str], headings: dict[str, str]) -> None:
    for column, values in (("text", texts), ("heading", headings)):
        for section_id, value in values.items():
            stmt = insert(section_text).values(report_id=rid, section_id=section_id, **{column: value})
            conn.execute(
                stmt.on_conflict_do_update(index_elements=["report_id", "section_id"], set_={column: value})
            )
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
        stmt = insert(cell_table).values(report_id=rid, cell_id=cid, **values)
        conn.execute(stmt.on_conflict_do_update(index_elements=["report_id", "cell_id"], set_=values))


def _apply_acknowledged(conn: Connection, rid: int, acknowledged: dict[str, str]) -> None:
    for key, reason in acknowledged.items():
        if reason:
            stmt = insert(acknowledgement).values(report_id=rid, problem_key=key, reason=reason)
            conn.execute(
                stmt.on_conflict_do_update(index_elements=["report_id", "problem_key"], set_={"reason": reason})
            )
        else:
            conn.execute(
                delete(acknowledgement).where(
                    acknowledgement.c.report_id == rid, acknowledgement.c.problem_key == key
                )
            )
