"""The units a 公开办 expects a report from (spec §13 `units.csv`): name, kind (政府/部门/其他) and an optional local
deadline — read from the office's CSV file (UTF-8 or GB18030, as Excel saves it) or typed in, one unit a line."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

from disclosure_desktop.domain.agency import DEPARTMENT, GOVERNMENT, OTHER, normalise_agency_name
from disclosure_desktop.domain.encodings import decode_text
from disclosure_desktop.importers.source import read_source
from disclosure_desktop.messages import ReportDataError

NAME, KIND, DEADLINE = "单位名称", "单位类型", "截止日期"
HEADER = (NAME, KIND, DEADLINE)
# The kinds as the office writes them (spec §13), and as the report's metadata names them (spec §8).
KINDS = {"政府": GOVERNMENT, "部门": DEPARTMENT, "其他": OTHER,
         GOVERNMENT: GOVERNMENT, DEPARTMENT: DEPARTMENT, OTHER: OTHER}
KIND_LABELS = {GOVERNMENT: "政府", DEPARTMENT: "部门", OTHER: "其他"}
# A province's office may hold 10,000 units; a file far beyond that is not a units list.
MAX_UNITS = 20_000
MAX_UNITS_BYTES = 4 * 1024 * 1024
_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")


@dataclass(frozen=True)
class Unit:
    """One expected unit; `kind` "" leaves the kind to the report (or its name), `deadline` None to the law."""

    name: str
    kind: str = ""
    deadline: dt.date | None = None

    @property
    def key(self) -> str:
        """The name as every comparison sees it (domain.agency's one normalisation)."""
        return normalise_agency_name(self.name)


def parse_date(text: str) -> dt.date | None:
    """2026-01-15, 2026/1/15, 2026.1.15 or 2026年1月15日; None for anything else."""
    found = _DATE.match(text)
    if not found:
        return None
    try:
        return dt.date(*(int(part) for part in found.groups()))
    except ValueError:
        return None


def read_units_csv(path: Path) -> list[Unit]:
    """The units of an office's CSV file; ReportDataError naming the line of anything it cannot take."""

    path = Path(path)
    # Opened as every input is (importers/source.py): a pipe or a device named units.csv would never end.
    data = read_source(path, "units", limit=MAX_UNITS_BYTES).data
    return parse_units(decode_text(data, path), str(path), header=True)


def units_from_lines(text: str) -> list[Unit]:
    """Units typed in: one a line, `名称` or `名称,类型,截止日期`; a header line like the CSV's is skipped."""
    return parse_units(text, "", header=False)


def parse_units(text: str, source: str, *, header: bool) -> list[Unit]:
    rows = list(csv.reader(io.StringIO(text.replace("，", ",")) if not header else io.StringIO(text)))
    columns = {NAME: 0, KIND: 1, DEADLINE: 2}
    start = 0
    first = [cell.strip().lstrip("\ufeff") for cell in rows[0]] if rows else []
    if NAME in first:
        columns = {label: first.index(label) for label in HEADER if label in first}
        start = 1
    elif header:
        raise ReportDataError("units.no_header", path=source, header=",".join(HEADER))
    units: list[Unit] = []
    seen: dict[str, int] = {}
    for number, row in enumerate(rows[start:], start=start + 1):
        cells = [cell.strip() for cell in row]
        name = _cell(cells, columns.get(NAME))
        if not name:
            continue
        kind_text = _cell(cells, columns.get(KIND))
        kind = KINDS.get(kind_text) if kind_text else ""
        if kind is None:
            raise ReportDataError("units.bad_kind", path=source, line=number, value=kind_text,
                                  known="、".join(KIND_LABELS.values()))
        deadline_text = _cell(cells, columns.get(DEADLINE))
        deadline = parse_date(deadline_text) if deadline_text else None
        if deadline_text and deadline is None:
            raise ReportDataError("units.bad_date", path=source, line=number, value=deadline_text)
        unit = Unit(" ".join(name.split()), kind, deadline)
        if unit.key in seen:
            raise ReportDataError("units.twice", path=source, line=number, first=seen[unit.key], name=name)
        seen[unit.key] = number
        units.append(unit)
        if len(units) > MAX_UNITS:
            raise ReportDataError("units.too_many", path=source, limit=MAX_UNITS)
    return units


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index] if index is not None and index < len(cells) else ""


def units_csv_text(units: list[Unit]) -> str:
    """The units as a CSV the office can keep and edit (UTF-8 with the mark Excel looks for)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for unit in units:
        writer.writerow([unit.name, KIND_LABELS.get(unit.kind, ""), unit.deadline.isoformat() if unit.deadline
                         else ""])
    return "\ufeff" + out.getvalue()
