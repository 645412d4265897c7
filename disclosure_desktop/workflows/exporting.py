"""Export, once for every front end: render a report (or a saved version), write the file atomically, and keep
what was written as an export version — the window and the command line both call these functions."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from disclosure_desktop.domain import versions as kinds
from disclosure_desktop.domain.report import Report
from disclosure_desktop.export import atomic_file, registry
from disclosure_desktop.export.registry import PLAIN, RenderOptions
from disclosure_desktop.messages import ReportDataError, message, os_error_text
from disclosure_desktop.workflows.targets import refuse_database_target

if TYPE_CHECKING:  # the store is handed in: workflows load no database code themselves
    from disclosure_desktop.storage.repository import ReportStore


# Why a store refuses to write when its file, folder or disk is read-only or full (storage/file_faults.py): the
# export itself went elsewhere and stands.
READ_ONLY = ("db.read_only", "db.read_only_file", "db.read_only_folder", "db.read_only_disk", "db.disk_full")


@dataclass(frozen=True)
class ExportRequest:
    """What to write: the format, where (None: hand the bytes back, for standard output), the clerk's choices."""

    format_id: str
    path: Path | None
    options: RenderOptions = PLAIN
    version_id: int | None = None  # a saved version instead of the working copy
    approval_sheet: bool = False  # the 签发单 in front of a signed version's PDF


@dataclass(frozen=True)
class Exported:
    """What an export did: the file (or the bytes), the date written inside it and the version that records it."""

    format_id: str
    path: Path | None
    moment: dt.datetime
    data: bytes | None = None  # only when no path was given
    version_id: int | None = None  # the export version kept (None for a saved version's export)
    not_recorded: str = ""  # why the export could not be kept as a version (a read-only database), in words


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def export_report(store: ReportStore, report_id: int, request: ExportRequest, *,
                  report: Report | None = None) -> Exported:
    """Render and write one report and record the export as a version (spec §9 `export`).

    `report`: the working copy as the window shows it (its edits may not all be stored yet, say on a full disk);
    None reads the stored one. A saved version is exported dated with its own time, so that its file is the same
    bytes every time, and is not recorded again.
    """
    sheet = None
    if request.version_id is None:
        report = report if report is not None else store.load(report_id)
        moment = now()
    else:
        report, info = store.load_version_of(report_id, request.version_id)
        moment = info.created_at
        if request.approval_sheet:
            if not info.is_signed:
                raise ReportDataError("version.sheet_not_signed", version=info.id)
            from disclosure_desktop.export.approval_sheet import ApprovalSheet

            sheet = ApprovalSheet.of(report, info)
    if request.approval_sheet and request.format_id != "pdf":
        raise ReportDataError("version.sheet_not_pdf")
    options = request.options
    if options.previous is None and (options.charts or request.format_id == "html"):
        # The 图解's chart of this year against last needs last year's report of the agency, when it is stored.
        options = replace(options, previous=store.previous_year(report.agency, report.year))
    data = registry.render(report, request.format_id, moment=moment, sheet=sheet, options=options)
    if request.path is None:
        return Exported(request.format_id, None, moment, data=data)
    write(store, request.path, data)
    if request.version_id is not None:
        return Exported(request.format_id, request.path, moment)
    name = f"{request.format_id}: {request.path.name}"
    try:  # every export is remembered as the version it wrote
        version = store.snapshot(report_id, kinds.EXPORT, name, report=report, at=moment)
    except ReportDataError as error:
        if error.key not in READ_ONLY:
            raise
        # The file is written and stays: a read-only database can be read and exported, only not written to.
        note = message("export.not_recorded", file=request.path, why=message(f"{error.key}.cause"))
        return Exported(request.format_id, request.path, moment, not_recorded=note)
    return Exported(request.format_id, request.path, moment, version_id=version)


def export_many(store: ReportStore, report_ids: list[int] | None, format_id: str, folder: Path,
                options: RenderOptions = PLAIN) -> list[Exported]:
    """Every report asked for (None: all) into `folder`, each named by its title; a missing id or a report in a
    format this program does not know stops it before anything is written."""
    listed = {s.id: s for s in store.list_reports()}
    ids = sorted(listed) if report_ids is None else list(dict.fromkeys(report_ids))
    missing = [rid for rid in ids if rid not in listed]
    if missing:
        raise ReportDataError("cli.no_report", id=missing[0])
    unreadable = [listed[rid] for rid in ids if not listed[rid].format_known]
    if unreadable:
        raise ReportDataError("db.unknown_format", id=unreadable[0].id, format=unreadable[0].format_id)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ReportDataError("cli.file_unwritable", path=folder, detail=os_error_text(error)) from None
    suffix = registry.FORMATS[format_id].suffix
    names = file_names({rid: registry.file_stem(listed[rid].display_title) + suffix for rid in ids}, suffix)
    return [export_report(store, rid, ExportRequest(format_id, folder / names[rid], options)) for rid in ids]


def file_names(titles: dict[int, str], suffix: str) -> dict[int, str]:
    """Each report's file: its title as the export dialog suggests it; reports sharing one also get their id."""
    taken = Counter(name.lower() for name in titles.values())
    return {rid: name if taken[name.lower()] == 1 else f"{name.removesuffix(suffix)}-{rid}{suffix}"
            for rid, name in titles.items()}


def write(store: ReportStore, path: Path, data: bytes) -> None:
    """Replace `path` with `data` at once — never the open database, whatever the file is called."""
    refuse_database_target(path, store.db.path)
    try:
        atomic_file.write_atomically(path, data)
    except OSError as error:
        raise ReportDataError("cli.file_unwritable", path=path, detail=os_error_text(error)) from None
