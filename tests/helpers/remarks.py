"""Test helper: the 公开办's remarks file (审核意见) for a unit's submission package, written by the desk's own code
(review.issues) from the package as the desk takes it in — the file the unit's program must open."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from disclosure_desktop.domain.report import Report
from disclosure_desktop.review import Unit, assign, review_reports
from disclosure_desktop.review.issues import issue_list, remarks_json
from disclosure_desktop.review.reading import ReadReport, file_sha256, read_one
from tests.helpers.reports import clean_report

REVIEWER = "李四"
REVIEWED_ON = dt.date(2026, 2, 3)
SAID = "本年度新收政府信息公开申请17件"  # table 三 says otherwise: the desk finds it (NARRATIVE-NUMBER)


def faulty_report() -> Report:
    """A clean report whose part 一 states a figure table 三 does not have (a warning: it can still be signed)."""
    report = clean_report()
    overall = report.sections["overall"]
    start = overall.index("本年度新收政府信息公开申请")
    end = overall.index("件", start)
    report.sections["overall"] = overall[:start] + SAID + overall[end + 1:]
    return report


def desk_remarks(package: Path, out: Path, *, verdict: str | None = None, remarks: tuple[str, ...] = ()) -> Path:
    """Read `package` as the desk does, review it and write its remarks file to `out`."""
    read = read_one(package.name, str(package), file_sha256(package), "zh")
    assert isinstance(read, ReadReport), read
    agency, year = read.report.agency, read.report.year
    review = review_reports(assign([read], [Unit(agency)], year), year, region="某某县人民政府办公室")
    row = review.row(agency)
    issues = issue_list(row, region="某某县人民政府办公室", reviewer=REVIEWER, date=REVIEWED_ON, verdict=verdict,
                        remarks=remarks)
    out.write_text(remarks_json(row, issues), "utf-8")
    return out


def remarks_file(path: Path, *, agency: str, year: int, version: int | None, verdict: str = "退回修改",
                 items: list[dict[str, Any]] | None = None, **extra: Any) -> Path:
    """A remarks file written by hand (spec §12), for the cases the desk would never write."""
    doc = {"remarks": 1, "agency": agency, "year": year, "version": version, "reviewer": REVIEWER,
           "date": REVIEWED_ON.isoformat(), "verdict": verdict, "items": items or [], **extra}
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return path
