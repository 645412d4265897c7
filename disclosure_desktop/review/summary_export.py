"""The summary and the roll-up as the office keeps and forwards them: an Excel workbook (openpyxl) — the summary one
row a unit with the units not heard from in red, the roll-up cell by cell with the units that left a cell blank,
the ratios per unit and overall, the files not taken — or CSV (the summary, and the roll-up in a second file)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any  # openpyxl ships no type information: its workbook, sheets and styles are Any

from disclosure_desktop.export.atomic_file import write_atomically
from disclosure_desktop.messages import message
from disclosure_desktop.review.batch import MISSING, BatchReview
from disclosure_desktop.review.rollup import Rollup, ratio_specs
from disclosure_desktop.review.summary_table import COLUMNS, criterion_label, text_of

# Missing units are listed in red (spec §13); a soft fill keeps the row readable when printed in black and white.
RED = "C00000"
MISSING_FILL = "FDE9E7"
HEADER_FILL = "DDE4EE"
_WIDTHS = {"unit": 28, "file": 30, "published": 12, "similar_unit": 24, "rules": 36}
ROLLUP_SUFFIX = ".rollup.csv"


def rollup_rows(rollup: Rollup) -> list[list[object]]:
    """The roll-up cell by cell: table, row, column, cell id, sum (None: no unit filled it), blank units."""
    fmt = rollup.format
    headings = {s.table.id: s.heading for s in fmt.sections if s.table is not None}
    rows: list[list[object]] = []
    for cid, spec in fmt.cells.items():
        blank = rollup.blank_in.get(cid, [])
        rows.append([headings.get(spec.table_id, spec.table_id), spec.row_label, spec.column.label, cid,
                     rollup.cells.get(cid), len(blank), "、".join(blank),
                     "、".join(rollup.invalid_in.get(cid, []))])
    return rows


def _rollup_header() -> list[str]:
    return [message(f"review.col.{c}") for c in ("table", "row", "column", "cell", "sum", "blank_count",
                                                 "blank_units", "invalid_units")]


def _files(review: BatchReview) -> list[list[str]]:
    rows = [[r.file, r.reason] for r in review.not_taken()]
    rows += [[d.file, message("review.duplicate_of", file=d.same_as)] for d in review.duplicates]
    return rows


def write_xlsx(review: BatchReview, path: Path) -> None:
    """The workbook, written atomically (a reader never sees half of it)."""
    write_atomically(Path(path), xlsx_bytes(review))


def xlsx_bytes(review: BatchReview) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = message("review.sheet.summary")
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor=HEADER_FILL)
    sheet.append([c.header for c in COLUMNS])
    for row in review.units:
        values: list[object] = []
        for column in COLUMNS:
            value = column.value(row)
            values.append(criterion_label(value if isinstance(value, str) else None)
                          if column.kind == "criterion" else value)
        sheet.append(values)
        if row.status == MISSING:
            for cell in sheet[sheet.max_row]:
                cell.font = Font(color=RED, bold=True)
                cell.fill = PatternFill("solid", fgColor=MISSING_FILL)
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = _WIDTHS.get(column.id, max(8, len(column.header) * 2 + 2))
        for cell in sheet[letter][1:]:
            if column.kind == "rate":
                cell.number_format = "0%"
            elif column.kind == "date":
                cell.number_format = "yyyy-mm-dd"
    _header(sheet, bold, head_fill, Alignment)
    if review.rollup is not None:
        _rollup_sheet(book, review.rollup, bold, head_fill, Alignment)
        _ratio_sheet(book, review, bold, head_fill, Alignment)
    files = book.create_sheet(message("review.sheet.files"))
    files.append([message("review.col.file"), message("review.col.reason")])
    for file_row in _files(review):
        files.append(file_row)
    files.column_dimensions["A"].width, files.column_dimensions["B"].width = 36, 80
    _header(files, bold, head_fill, Alignment)
    book.properties.creator = "disclosure_desktop"
    book.properties.created = book.properties.modified = dt.datetime(review.year + 1, 1, 1)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _header(sheet: Any, bold: Any, fill: Any, alignment: Any) -> None:
    for cell in sheet[1]:
        cell.font, cell.fill = bold, fill
        cell.alignment = alignment(wrap_text=True, vertical="center")
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions


def _rollup_sheet(book: Any, rollup: Rollup, bold: Any, fill: Any, alignment: Any) -> None:
    sheet = book.create_sheet(message("review.sheet.rollup"))
    sheet.append(_rollup_header())
    for values in rollup_rows(rollup):
        sheet.append(values)
    for letter, width in zip("ABCDEFGH", (24, 40, 18, 34, 10, 10, 50, 30), strict=True):
        sheet.column_dimensions[letter].width = width
    _header(sheet, bold, fill, alignment)
    # Under the cells: the units summed, those left out and why, and each identity that fails on the sums.
    sheet.append([])
    sheet.append([message("review.rollup.units", n=len(rollup.units)), "、".join(rollup.units)])
    for unit, reason in rollup.excluded.items():
        sheet.append([message("review.rollup.excluded"), unit, reason])
    if not rollup.problems:
        sheet.append([message("review.rollup.identities_ok")])
    for problem in rollup.problems:
        sheet.append([problem.rule, problem.location, problem.message])


def _ratio_sheet(book: Any, review: BatchReview, bold: Any, fill: Any, alignment: Any) -> None:
    rollup = review.rollup
    assert rollup is not None
    specs = ratio_specs(rollup.format_id)
    sheet = book.create_sheet(message("review.sheet.ratios"))
    sheet.append([message("review.col.unit"), *(spec.title for spec in specs)])
    for unit in rollup.units:
        sheet.append([unit, *(rollup.ratios[unit].get(spec.id) for spec in specs)])
    sheet.append([message("review.rollup.overall"), *(rollup.overall.get(spec.id) for spec in specs)])
    sheet[sheet.max_row][0].font = bold
    for row in sheet.iter_rows(min_row=2, min_col=2):
        for cell in row:
            cell.number_format = "0.0%"
    sheet.column_dimensions["A"].width = 30
    for letter in "BCDE"[: len(specs)]:
        sheet.column_dimensions[letter].width = 16
    _header(sheet, bold, fill, alignment)


def csv_text(review: BatchReview) -> str:
    """The summary, one row a unit, as Excel opens it (UTF-8 with its mark)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.header for c in COLUMNS])
    for row in review.units:
        writer.writerow([text_of(c, row) for c in COLUMNS])
    return "\ufeff" + out.getvalue()


def rollup_csv_text(rollup: Rollup) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(_rollup_header())
    for values in rollup_rows(rollup):
        writer.writerow(["" if v is None else v for v in values])
    return "\ufeff" + out.getvalue()


def rollup_csv_path(path: Path) -> Path:
    """summary.csv → summary.rollup.csv beside it."""
    path = Path(path)
    return path.with_name(path.stem + ROLLUP_SUFFIX)


def write_csv(review: BatchReview, path: Path) -> list[Path]:
    """The summary at `path` and the roll-up beside it; returns both paths."""
    path = Path(path)
    write_atomically(path, csv_text(review).encode("utf-8"))
    written = [path]
    if review.rollup is not None:
        write_atomically(rollup_csv_path(path), rollup_csv_text(review.rollup).encode("utf-8"))
        written.append(rollup_csv_path(path))
    return written


def write_summary(review: BatchReview, path: Path) -> list[Path]:
    """By the suffix: .xlsx the workbook, .csv the two CSV files. ValueError for another suffix."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(review, path)
        return [Path(path)]
    if suffix == ".csv":
        return write_csv(review, path)
    raise ValueError(suffix)
