"""What an import recognised and what it did not: the report, each label matched and why, each value left out.

The command line prints it (`import --dry-run`) and the GUI's review step shows it before the report is created.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from disclosure_desktop.domain.report import IMPORTED_AT, IMPORTED_FROM, Report
from disclosure_desktop.importers.document import Note

Axis = Literal["section", "block", "column", "row"]


@dataclass(frozen=True)
class LabelMatch:
    """A printed label and the official one it was taken for (`official` empty: none), with the reason."""

    where: str  # a section id (the table's part) or "report" for part headings
    axis: Axis
    printed: str
    official: str
    target: str  # the official id: section, row or column id
    how: str  # a key of labels.HOW_KEYS
    score: float

    @property
    def matched(self) -> bool:
        return bool(self.official)

    @property
    def reason(self) -> Note:
        return Note.of(f"import.how.{self.how}", score=f"{self.score:.2f}")


@dataclass(frozen=True)
class Unplaced:
    """A value the file prints that has no cell in the report: named by its printed row and column labels."""

    where: str  # the section id of its table, or "" for a table of no part
    row: str
    column: str
    value: str
    reason: Note

    def describe(self) -> str:
        return Note.of("import.unplaced_value", row=self.row or "—", column=self.column or "—",
                       value=self.value).text + "：" + self.reason.text


@dataclass(frozen=True)
class TableSummary:
    """One table read: which layout (table spec) it was read as, rows and cells found."""

    section_id: str
    spec_id: str
    rows_found: int
    rows_official: int
    cells_placed: int
    pieces: int  # printed tables it was read from (a table split across pages is two)


@dataclass
class ImportResult:
    report: Report
    source_name: str
    kind: str  # "docx" | "html" | "pdf" | "json" | "txt"
    headings: dict[str, str] = field(default_factory=dict)  # section id → heading as printed
    matches: list[LabelMatch] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    tables: list[TableSummary] = field(default_factory=list)
    # Facts about the reading (format and why, encoding, skipped page text, values kept as printed …).
    notes: list[Note] = field(default_factory=list)
    # Things not recognised besides unplaced values: a heading of no part, a table of no format.
    unrecognised: list[Note] = field(default_factory=list)
    # Identities the numbers as read break (importers.identities): imported as printed all the same.
    broken: list[Note] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Every value the file prints has its cell."""
        return not self.unplaced

    @property
    def cells_placed(self) -> int:
        return sum(1 for c in self.report.cells.values() if c.value.strip())

    def marked_report(self, today: dt.date | None = None) -> Report:
        """The report to create: marked as imported, with the source file's name (see mark_imported)."""
        return mark_imported(self.report, self.source_name, today)


def mark_imported(report: Report, source_name: str, today: dt.date | None = None) -> Report:
    """Record in `report.meta` that it was imported: `imported_from` (the file's name, without its folder) and
    `imported_at` (the date). The cells already carry CellSource.IMPORTED."""
    report.meta[IMPORTED_FROM] = source_name
    report.meta[IMPORTED_AT] = (today or dt.date.today()).isoformat()
    return report
