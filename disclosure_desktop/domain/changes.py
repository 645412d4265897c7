"""A set of report keys with their values: what one step changes, what it undoes, what autosave writes next."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from disclosure_desktop.domain.report import Cell, Report

# Report attributes a change may set besides texts and cells.
FIELDS = ("agency", "year", "format_id", "title", "is_example")


@dataclass
class Changes:
    """Values of some keys of a report. For meta, texts, headings and acknowledgements "" means absent."""

    fields: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    sections: dict[str, str] = field(default_factory=dict)
    headings: dict[str, str] = field(default_factory=dict)
    # None removes the cell (the clerk cleared it).
    cells: dict[str, Cell | None] = field(default_factory=dict)
    # `RULE@location` → reason; "" takes an acknowledgement back.
    acknowledged: dict[str, str] = field(default_factory=dict)
    # Remark key → the day it was marked 已整改; "" takes the mark back.
    remarks_fixed: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return any(self.parts())

    def parts(self) -> tuple[dict[str, Any], ...]:
        return (self.fields, self.meta, self.sections, self.headings, self.cells, self.acknowledged,
                self.remarks_fixed)

    def copy(self) -> Changes:
        return Changes(*(dict(part) for part in self.parts()))

    def merge(self, later: Changes) -> None:
        """Fold a later batch into this one; the later value of a key wins."""
        for mine, theirs in zip(self.parts(), later.parts(), strict=True):
            mine.update(theirs)

    def add_missing(self, other: Changes) -> None:
        """Take the keys of `other` this batch does not have yet (an earlier state of keys touched later)."""
        for mine, theirs in zip(self.parts(), other.parts(), strict=True):
            for key, value in theirs.items():
                mine.setdefault(key, value)

    def keys(self) -> set[tuple[int, str]]:
        return {(i, key) for i, part in enumerate(self.parts()) for key in part}

    def apply_to(self, report: Report) -> None:
        for name, value in self.fields.items():
            if name not in FIELDS:
                raise KeyError(name)
            setattr(report, name, value)
        for target, values in ((report.meta, self.meta), (report.sections, self.sections),
                               (report.headings, self.headings), (report.acknowledged, self.acknowledged),
                               (report.remarks_fixed, self.remarks_fixed)):
            for key, text in values.items():
                if text:
                    target[key] = text
                else:
                    target.pop(key, None)
        for cid, cell in self.cells.items():
            if cell is None:
                report.cells.pop(cid, None)
            else:
                report.cells[cid] = cell


def current_values(report: Report, like: Changes) -> Changes:
    """The report's present values of exactly the keys `like` names."""
    return Changes(
        fields={k: getattr(report, k) for k in like.fields},
        meta={k: report.meta.get(k, "") for k in like.meta},
        sections={k: report.sections.get(k, "") for k in like.sections},
        headings={k: report.headings.get(k, "") for k in like.headings},
        cells={k: report.cells.get(k) for k in like.cells},
        acknowledged={k: report.acknowledged.get(k, "") for k in like.acknowledged},
        remarks_fixed={k: report.remarks_fixed.get(k, "") for k in like.remarks_fixed},
    )


def whole_report(report: Report) -> Changes:
    """Every key the report has (to replace it as one step, or to save it whole)."""
    return Changes(
        fields={k: getattr(report, k) for k in FIELDS},
        meta=dict(report.meta),
        sections=dict(report.sections),
        headings=dict(report.headings),
        cells=dict(report.cells),
        acknowledged=dict(report.acknowledged),
        remarks_fixed=dict(report.remarks_fixed),
    )


def replacement(current: Report, new: Report, *, keep: tuple[str, ...] = ("is_example",)) -> Changes:
    """What makes `current` equal `new` (a restored version, an import replacing the report), every key `current`
    has and `new` lacks cleared; the fields in `keep` stay as `current` has them."""
    changes = whole_report(new)
    changes.fields = {k: getattr(new, k) for k in FIELDS if k not in keep}
    for mine, theirs in ((current.meta, changes.meta), (current.sections, changes.sections),
                         (current.headings, changes.headings), (current.acknowledged, changes.acknowledged)):
        for key in mine:
            theirs.setdefault(key, "")
    for cid in current.cells:
        changes.cells.setdefault(cid, None)
    return changes
