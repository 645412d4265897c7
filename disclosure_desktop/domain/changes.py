"""A batch of edits to one report, as the GUI collects them between autosaves and storage applies them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from disclosure_desktop.domain.report import Cell, Report

# Report attributes a change may set besides texts and cells.
FIELDS = ("agency", "year", "format_id", "title", "is_example")


@dataclass
class Changes:
    fields: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    sections: dict[str, str] = field(default_factory=dict)
    headings: dict[str, str] = field(default_factory=dict)
    # None removes the cell (the clerk cleared it).
    cells: dict[str, Cell | None] = field(default_factory=dict)
    # `RULE@location` → reason; "" takes an acknowledgement back.
    acknowledged: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.fields or self.meta or self.sections or self.headings or self.cells or self.acknowledged)

    def merge(self, later: Changes) -> None:
        """Fold a later batch into this one; the later value of a key wins."""
        self.fields.update(later.fields)
        self.meta.update(later.meta)
        self.sections.update(later.sections)
        self.headings.update(later.headings)
        self.cells.update(later.cells)
        self.acknowledged.update(later.acknowledged)

    def apply_to(self, report: Report) -> None:
        for name, value in self.fields.items():
            if name not in FIELDS:
                raise KeyError(name)
            setattr(report, name, value)
        report.meta.update(self.meta)
        report.sections.update(self.sections)
        report.headings.update(self.headings)
        for cid, cell in self.cells.items():
            if cell is None:
                report.cells.pop(cid, None)
            else:
                report.cells[cid] = cell
        for key, reason in self.acknowledged.items():
            if reason:
                report.acknowledged[key] = reason
            else:
                report.acknowledged.pop(key, None)
