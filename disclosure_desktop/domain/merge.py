"""Another clerk's write folded into the report open here (spec §14): their changes to keys this clerk has not
touched are taken; a key both changed differently is a clash for the clerk to settle — never a silent overwrite.

Three states decide it: the report as last stored when this program last read or wrote it (`base`), as stored
now (`stored`), and on screen (`mine`) with the keys not yet written (`unsaved`). Totals the program computes
never clash: they follow the items they add up, recomputed once the merged items are on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from disclosure_desktop.domain.changes import Changes, current_values, whole_report
from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.step_names import cell_name, field_step, section_name

_NAMED_META = ("contact", "published_on", "agency_kind", "deadline")  # the meta keys the start page names
# Changes.parts() order: the part a key belongs to, by index.
FIELDS, META, SECTIONS, HEADINGS, CELLS, ACKNOWLEDGED, REMARKS_FIXED = range(7)


@dataclass(frozen=True)
class Clash:
    """One key both clerks changed to different values since this program last read the report."""

    part: int  # an index into Changes.parts()
    key: str
    mine: Any
    theirs: Any

    def only(self, value: Any) -> Changes:
        """A Changes holding this key alone, at `value`."""
        changes = Changes()
        changes.parts()[self.part][self.key] = value
        return changes

    def name(self, report: Report) -> str:
        """How the clerk knows the key: a table's cell, a part's text or heading, a field of the start page."""
        fmt = report.format
        if self.part == CELLS:
            return cell_name(fmt, self.key)
        if self.part in (SECTIONS, HEADINGS):
            return section_name(fmt, self.key, report.headings)
        if self.part == FIELDS or (self.part == META and self.key in _NAMED_META):
            return field_step(self.key)
        return self.key


@dataclass
class CatchUp:
    """What to do on screen: `theirs` taken (not an edit of this clerk's), each clash settled by the clerk."""

    theirs: Changes = field(default_factory=Changes)
    clashes: list[Clash] = field(default_factory=list)


def differences(before: Report, after: Report) -> Changes:
    """The keys whose values differ between two states of a report, at their values in `after`."""
    found = Changes()
    old, new = whole_report(before), whole_report(after)
    for index, (was, now) in enumerate(zip(old.parts(), new.parts(), strict=True)):
        missing = None if index in (FIELDS, CELLS) else ""
        for key in set(was) | set(now):
            if was.get(key, missing) != now.get(key, missing):
                found.parts()[index][key] = now.get(key, missing)
    return found


def catch_up(base: Report, stored: Report, mine: Report, unsaved: Changes) -> CatchUp:
    """Their changes (base → stored) sorted into those taken at once and those that clash with this clerk's own
    unsaved ones. A key this clerk already wrote is theirs to change: the base holds it."""
    theirs = differences(base, stored)
    totals = {cid for cid, spec in mine.format.cells.items() if spec.is_total}
    result = CatchUp()
    mine_now = current_values(mine, theirs)
    for index, (their_part, my_part, unsaved_part) in enumerate(
            zip(theirs.parts(), mine_now.parts(), unsaved.parts(), strict=True)):
        for key, value in their_part.items():
            if index == CELLS and key in totals:
                continue  # recomputed from the merged items
            if key in unsaved_part and my_part.get(key) != value:
                result.clashes.append(Clash(index, key, my_part.get(key), value))
            elif my_part.get(key) != value:
                result.theirs.parts()[index][key] = value
    result.clashes.sort(key=lambda clash: (clash.part, clash.key))
    return result
