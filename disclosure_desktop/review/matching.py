"""Which unit of the list each report read is from, and whether it is this year's or last year's (spec §13).

A report names its agency and year itself; the name is matched to the units list through domain.agency's one
normalisation. A name that is only close to a unit's (the region left off, a note in brackets, a few characters
apart) is doubtful: it is listed for a person to confirm and never taken silently. Last year's reports found
among the files are kept to compare with (repetition, carry-over); other years are not taken.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from disclosure_desktop.domain.agency import match_agency, normalise_agency_name
from disclosure_desktop.messages import message
from disclosure_desktop.review.reading import KIND_PREFERENCE, ReadReport, RejectedFile
from disclosure_desktop.review.units import Unit


@dataclass(frozen=True)
class Doubtful:
    """A report whose agency is only close to some units' names: taken once a person says which (or none)."""

    file: ReadReport
    candidates: tuple[str, ...]


@dataclass
class Assignment:
    units: list[Unit]
    taken: dict[str, ReadReport] = field(default_factory=dict)  # unit name → this year's report
    previous: dict[str, ReadReport] = field(default_factory=dict)  # unit name → last year's report, as found
    doubtful: list[Doubtful] = field(default_factory=list)
    rejected: list[RejectedFile] = field(default_factory=list)


def _rank(read: ReadReport) -> tuple[int, int]:
    """Higher is preferred: a later intake (the unit's resubmission), then data before a printed form."""
    kind = KIND_PREFERENCE.index(read.kind) if read.kind in KIND_PREFERENCE else len(KIND_PREFERENCE)
    return read.intake, -kind


def units_from_reports(read: list[ReadReport], year: int) -> list[Unit]:
    """Without a units list, each agency reporting for `year` is a unit (names the same once normalised are one)."""
    seen: dict[str, Unit] = {}
    for item in read:
        if item.report.year == year:
            seen.setdefault(normalise_agency_name(item.report.agency), Unit(item.report.agency.strip()))
    return list(seen.values())


def assign(read: list[ReadReport], units: list[Unit] | None, year: int,
           confirmed: Mapping[str, str] | None = None) -> Assignment:
    """Each report to its unit; `confirmed` maps a file's SHA-256 to the unit a person chose for it ("" for none)."""
    if units is None:
        units = units_from_reports(read, year)
    out = Assignment(list(units))
    names = [unit.name for unit in units]
    confirmed = confirmed or {}
    chosen: dict[str, list[ReadReport]] = {}
    chosen_before: dict[str, list[ReadReport]] = {}
    for item in read:
        report_year = item.report.year
        if report_year not in (year, year - 1):
            out.rejected.append(RejectedFile(item.name, message("review.other_year", year=report_year,
                                                                expected=year)))
            continue
        if item.sha256 in confirmed and (not confirmed[item.sha256] or confirmed[item.sha256] in names):
            unit = confirmed[item.sha256] or None
            doubtful: list[str] = []
            if unit is None:
                out.rejected.append(RejectedFile(item.name, message("review.not_listed", agency=item.report.agency)))
                continue
        else:
            unit, doubtful = match_agency(item.report.agency, names)
        if unit is None and doubtful and report_year == year:
            out.doubtful.append(Doubtful(item, tuple(doubtful)))
            continue
        if unit is None:
            key = "review.doubtful" if doubtful else "review.not_listed"
            out.rejected.append(RejectedFile(item.name, message(key, agency=item.report.agency,
                                                                unit="、".join(doubtful[:3]))))
            continue
        (chosen if report_year == year else chosen_before).setdefault(unit, []).append(item)
    for target, found in ((out.taken, chosen), (out.previous, chosen_before)):
        for unit, items in found.items():
            best = max(items, key=_rank)
            target[unit] = best
            for other in items:
                if other is not best:
                    out.rejected.append(RejectedFile(other.name, message("review.superseded", file=best.name)))
    order = {item.name: index for index, item in enumerate(read)}
    out.rejected.sort(key=lambda r: order.get(r.file, len(order)))
    return out
