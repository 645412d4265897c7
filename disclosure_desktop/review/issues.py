"""A unit's 问题明细清单 (spec §13) as evaluators send it — 指标 | 评价标准 | 问题明细 | 整改要求, one row per criterion
that found something, every deduction with its evidence — and the same findings as the §12 remarks file
(审核意见) that the unit's own program opens on its review page."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from disclosure_desktop.domain.checks.checklist import CRITERIA, criterion_of
from disclosure_desktop.domain.checks.problem import REPORT
from disclosure_desktop.messages import CATALOG, message
from disclosure_desktop.messages.checks import msg
from disclosure_desktop.review.batch import PASSED, RETURNED, UnitReview

# The verdicts a remarks file states (spec §12), by the status the office sets.
VERDICTS = {RETURNED: "退回修改", PASSED: "通过"}
REMARKS_VERSION = 1
SIMILARITY = "similarity"  # the desk's own criterion: 雷同 with another unit of the batch
OTHER_REMARKS = "remarks"  # what the reviewer adds in words
# An 18 pt title in the type area holds about 24 characters a line.
TITLE_LINE_CHARS = 22


@dataclass(frozen=True)
class IssueRow:
    indicator: str  # 指标
    standard: str  # 评价标准
    details: tuple[str, ...]  # 问题明细, one finding each
    requirement: str  # 整改要求
    criterion: str


@dataclass(frozen=True)
class IssueList:
    """What is printed for one unit (plain values, safe to hand to a worker thread)."""

    unit: str
    year: int
    region: str
    reviewer: str
    date: dt.date
    verdict: str
    file: str
    rows: tuple[IssueRow, ...]

    @property
    def title(self) -> str:
        return message("review.issues.title", unit=self.unit, year=self.year)

    def title_lines(self) -> list[str]:
        """The title as printed: the unit's name on a line of its own when the whole would wrap mid-word."""
        second = message("review.issues.title", unit="", year=self.year)
        return [self.title] if len(self.title) <= TITLE_LINE_CHARS else [self.unit, second.strip()]

    def header_lines(self) -> list[str]:
        day = f"{self.date.year}年{self.date.month}月{self.date.day}日"
        return [message("review.issues.header", region=self.region or "—", reviewer=self.reviewer or "—", date=day),
                message("review.issues.header2", verdict=self.verdict, file=self.file or "—")]

    def role_texts(self) -> dict[str, str]:
        """The list's text by the role that prints it, so the faces chosen cover every character."""
        cells = [" ".join((r.indicator, r.standard, *r.details, r.requirement)) for r in self.rows]
        return {"title": self.title, "heading1": "".join(column_titles()), "body": "\n".join(self.header_lines()),
                "table": "\n".join(cells)}


def column_titles() -> tuple[str, str, str, str]:
    return (message("review.issues.col.indicator"), message("review.issues.col.standard"),
            message("review.issues.col.details"), message("review.issues.col.requirement"))


def _remedy(rule: str) -> str:
    key = f"review.remedy.{rule}"
    return message(key) if key in CATALOG else message("review.remedy.other")


def similarity_text(row: UnitReview) -> str:
    similar = row.similar
    assert similar is not None and row.report is not None
    heading = dict(row.report.printed_sections()).get(similar.section_id, similar.section_id)
    return message("review.issues.similar", section=heading, rate=f"{similar.rate * 100:.0f}%", unit=similar.unit)


def issue_list(row: UnitReview, *, region: str = "", reviewer: str = "", date: dt.date | None = None,
               verdict: str | None = None, remarks: tuple[str, ...] = ()) -> IssueList:
    """The list for a received unit: every counted problem under its criterion, 雷同 with another unit, and the
    reviewer's own `remarks`; `verdict` defaults to 退回修改 when anything was found, else 通过."""
    rows: list[IssueRow] = []
    counted = row.counted
    for cid, _rules in CRITERIA:
        found = [p for p in counted if criterion_of(p.rule) == cid]
        if not found:
            continue
        remedies = dict.fromkeys(_remedy(p.rule) for p in found)
        rows.append(IssueRow(_checks_label(cid), message(f"review.standard.{cid}"), tuple(p.message for p in found),
                             "".join(remedies).strip(), cid))
    if row.similar is not None and row.report is not None:
        rows.append(IssueRow(message("review.issues.similarity"), message("review.standard.similarity"),
                             (similarity_text(row),), message("review.remedy.similarity"), SIMILARITY))
    if remarks:
        rows.append(IssueRow(message("review.issues.other"), "—", tuple(remarks), message("review.remedy.remark"),
                             OTHER_REMARKS))
    chosen = verdict or (VERDICTS[RETURNED] if rows else VERDICTS[PASSED])
    return IssueList(row.name, row.report.year if row.report else 0, region, reviewer, date or dt.date.today(),
                     chosen, row.file or "", tuple(rows))


def _checks_label(cid: str) -> str:
    return msg(f"crit.{cid}")


def remarks_document(row: UnitReview, issues: IssueList) -> dict[str, Any]:
    """The §12 remarks file: the findings at their cells and sections, for the unit's program to show."""
    items: list[dict[str, Any]] = [
        {"rule": p.rule, "location": p.location, "cells": list(p.cell_ids), "message": p.message}
        for p in row.counted
    ]
    for issue in issues.rows:
        if issue.criterion == SIMILARITY and row.similar is not None:
            items.append({"rule": "REMARK", "location": row.similar.section_id, "cells": [],
                          "message": issue.details[0]})
        elif issue.criterion == OTHER_REMARKS:
            items += [{"rule": "REMARK", "location": REPORT, "cells": [], "message": text} for text in issue.details]
    report = row.report
    return {
        "remarks": REMARKS_VERSION,
        "agency": report.agency if report else row.name,
        "year": report.year if report else issues.year,
        "version": row.read.version if row.read else None,
        "reviewer": issues.reviewer,
        "date": issues.date.isoformat(),
        "verdict": issues.verdict,
        "items": items,
    }


def remarks_json(row: UnitReview, issues: IssueList) -> str:
    return json.dumps(remarks_document(row, issues), ensure_ascii=False, indent=2) + "\n"
