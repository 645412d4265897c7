"""The report a clerk drafts: metadata, section texts, heading overrides and table cells with their origin."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from disclosure_desktop.domain.formats import CLOSING, PREAMBLE, ReportFormat, get_format
from disclosure_desktop.domain.numerals import chinese_number
from disclosure_desktop.domain.values import ValueFormatError, parse_value


class CellSource(StrEnum):
    """Where a number came from, shown in the grid so a clerk can tell typed from derived values."""

    TYPED = "typed"
    COMPUTED = "computed"
    IMPORTED = "imported"
    CARRIED = "carried"


@dataclass(frozen=True)
class Cell:
    """A cell's text and origin; immutable, so the edit history can share cells with the report safely."""

    value: str
    source: CellSource = CellSource.TYPED


# agency_kind and deadline: see domain/agency.py (spec §8).
META_KEYS = ("published_on", "contact", "agency_kind", "deadline")
# Set when a report was read from a file (importers.result.mark_imported): the file's name and the date. They
# describe this copy, not the agency's report, so next year's report and exported files do not take them over.
IMPORTED_FROM = "imported_from"
IMPORTED_AT = "imported_at"
IMPORT_META_KEYS = (IMPORTED_FROM, IMPORTED_AT)
# A 22 pt title in the 156 mm type area holds about 20 characters a line (156 / 7.76 mm); a title of more than
# 18 is broken by hand, since the renderers' spacing leaves room for fewer.
TITLE_LINE_CHARS = 18
_TITLE_YEAR = re.compile(r"(19|20)\d{2}\s*年")
_LEADING_NUMBER = re.compile(r"^\s*[一二三四五六七八九十]+[、．.]\s*")


@dataclass
class Report:
    format_id: str
    agency: str
    year: int
    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    sections: dict[str, str] = field(default_factory=dict)
    headings: dict[str, str] = field(default_factory=dict)
    cells: dict[str, Cell] = field(default_factory=dict)
    # Warnings the clerk set aside: `RULE@location` → the reason (spec §5).
    acknowledged: dict[str, str] = field(default_factory=dict)
    # The 公开办's remarks marked 已整改 (spec §12): remark key → the day. Kept with the report and undoable like
    # any edit, but no part of its content: not in a version, its digest or its JSON (marking is no change to
    # what was signed).
    remarks_fixed: dict[str, str] = field(default_factory=dict)
    id: int | None = None
    is_example: bool = False
    # The stored revision this copy was loaded at (raised by every save; another writer raises it too).
    revision: int = 0

    @property
    def format(self) -> ReportFormat:
        return get_format(self.format_id)

    @property
    def generated_title(self) -> str:
        return self.format.title_template.format(agency=self.agency, year=self.year)

    @property
    def display_title(self) -> str:
        return self.title.strip() or self.generated_title

    def title_lines(self) -> list[str]:
        """The title as printed: one line, or broken after the agency's name rather than mid-word (GB/T 9704)."""
        title = self.display_title
        found = _TITLE_YEAR.search(title)
        if len(title) <= TITLE_LINE_CHARS or not found or found.start() == 0:
            return [title]
        return [title[: found.start()].rstrip(), title[found.start() :]]

    def text(self, section_id: str) -> str:
        return self.sections.get(section_id, "")

    def value(self, cell_id: str) -> str:
        cell = self.cells.get(cell_id)
        return cell.value if cell else ""

    def number(self, cell_id: str) -> int | Decimal | None:
        """The cell's number with blank = 0; None when the format has no such cell or its text is no number."""

        spec = self.format.cells.get(cell_id)
        if spec is None:
            return None
        try:
            value = parse_value(spec.kind, self.value(cell_id))
        except ValueFormatError:
            return None
        return 0 if value is None else value

    def has_values(self, prefix: str) -> bool:
        """Whether any cell whose id starts with `prefix` (a row, a table) holds something."""
        return any(cid.startswith(prefix) and cell.value.strip() for cid, cell in self.cells.items())

    def printed_sections(self) -> list[tuple[str, str]]:
        """(section id, heading as printed) in order; a numbered format prints only sections with text."""
        fmt = self.format
        out: list[tuple[str, str]] = []
        for section in fmt.sections:
            override = self.headings.get(section.id, "").strip()
            if fmt.numbered:
                if not self.text(section.id).strip():
                    continue
                base = _LEADING_NUMBER.sub("", override) if override else section.heading
                out.append((section.id, f"{chinese_number(len(out) + 1)}、{base}"))
            else:
                out.append((section.id, override or section.heading))
        return out

    def published_on(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat(self.meta.get("published_on", ""))
        except ValueError:
            return None

    def closing_lines(self) -> list[str]:
        """The signature block: the clerk's text, else the agency and the publication date."""
        text = self.text(CLOSING).strip()
        if text:
            return [line.strip() for line in text.splitlines() if line.strip()]
        lines = [self.agency] if self.agency else []
        day = self.published_on()
        if day:
            lines.append(f"{day.year}年{day.month}月{day.day}日")
        return lines

    def preamble(self) -> str:
        return self.text(PREAMBLE)
