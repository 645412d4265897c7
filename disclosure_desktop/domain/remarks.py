"""The 公开办's remarks file (审核意见, spec §12) read and judged against the report it is opened on, and each item
shown as a problem beside the program's own — at its cell, its sentence or the whole report — until marked 已整改."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from disclosure_desktop.domain.agency import compare_agency_names
from disclosure_desktop.domain.checks.labels import format_index
from disclosure_desktop.domain.checks.problem import (
    AGENCY,
    ERRORS,
    FORMAT,
    PUBLISHED,
    REPORT,
    TITLE,
    Problem,
    Severity,
)
from disclosure_desktop.domain.formats import CLOSING, PREAMBLE
from disclosure_desktop.domain.life import VERDICTS, RemarkItem
from disclosure_desktop.domain.limits import clean_text
from disclosure_desktop.domain.report import Report
from disclosure_desktop.messages import ReportDataError

REMARKS_VERSION = 1
REMARK_RULE = "REMARK"
MAX_REMARKS_BYTES = 2 * 1024 * 1024
MAX_ITEMS = 500
MAX_ITEM_CHARS = 2000
# Locations about the report as a whole that the start page holds.
_START_LOCATIONS = frozenset({TITLE, AGENCY, FORMAT, PUBLISHED})
# A phrase a remark quotes from the report: “…”, "…", 「…」 or 『…』 (the checks quote the clerk's words with “”).
_QUOTED = re.compile(r"“([^”]{2,})”|\"([^\"]{2,})\"|「([^」]{2,})」|『([^』]{2,})』")
_SENTENCE_END = "。；！？;!?\n"


@dataclass(frozen=True)
class RemarksFile:
    """A remarks file as the 公开办 wrote it, checked for shape (not yet against a report)."""

    agency: str
    year: int
    version: int | None
    reviewer: str
    date: str
    verdict: str
    items: tuple[dict[str, Any], ...]  # rule, location, cells, message


def _text(doc: Mapping[str, Any], key: str, *, required: bool = False) -> str:
    value = doc.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise ReportDataError("remarks.bad_field", key=key)
    return clean_text(value).strip()[:MAX_ITEM_CHARS]


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def read_remarks(data: bytes, name: str) -> RemarksFile:
    """The remarks file's contents; ReportDataError saying what is wrong with one that is not a remarks file."""
    if len(data) > MAX_REMARKS_BYTES:
        raise ReportDataError("remarks.too_large", name=name, limit=MAX_REMARKS_BYTES // 1048576)
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ReportDataError("remarks.not_json", name=name) from None
    if not isinstance(doc, dict) or doc.get("remarks") != REMARKS_VERSION or isinstance(doc.get("remarks"), bool):
        raise ReportDataError("remarks.not_remarks", name=name)
    if not _whole(doc.get("year")):
        raise ReportDataError("remarks.bad_field", key="year")
    version = doc.get("version")
    if version is not None and not _whole(version):
        raise ReportDataError("remarks.bad_field", key="version")
    verdict = _text(doc, "verdict", required=True)
    if verdict not in VERDICTS:
        raise ReportDataError("remarks.bad_verdict", verdict=verdict, known="、".join(VERDICTS))
    items = doc.get("items")
    if not isinstance(items, list) or len(items) > MAX_ITEMS:
        raise ReportDataError("remarks.bad_field", key="items")
    read: list[dict[str, Any]] = []
    for item in items:
        if not isinstance(item, dict):
            raise ReportDataError("remarks.bad_field", key="items")
        cells = item.get("cells") or []
        if not isinstance(cells, list) or not all(isinstance(c, str) for c in cells):
            raise ReportDataError("remarks.bad_field", key="cells")
        read.append({"rule": _text(item, "rule") or REMARK_RULE, "location": _text(item, "location"),
                     "cells": [c.strip() for c in cells], "message": _text(item, "message", required=True)})
    return RemarksFile(_text(doc, "agency", required=True), int(doc["year"]), version, _text(doc, "reviewer"),
                       _text(doc, "date"), verdict, tuple(read))


def refuse_mismatch(remarks: RemarksFile, report: Report, signed_version: int | None) -> None:
    """A file for another agency, year or version is not this report's: raise the reason."""
    if compare_agency_names(remarks.agency, report.agency).kind != "same":
        raise ReportDataError("remarks.other_agency", agency=remarks.agency, report=report.agency)
    if remarks.year != report.year:
        raise ReportDataError("remarks.other_year", year=remarks.year, report=report.year)
    if remarks.version is None:
        return
    if signed_version is None:
        raise ReportDataError("remarks.not_signed", version=remarks.version)
    if remarks.version != signed_version:
        raise ReportDataError("remarks.other_version", version=remarks.version, signed=signed_version)


def kept_items(remarks: RemarksFile, report: Report) -> list[dict[str, Any]]:
    """The items as they are kept: cells the report's format does not have are left out of `cells`."""
    cells = report.format.cells
    return [{**item, "cells": [c for c in item["cells"] if c in cells]} for item in remarks.items]


# --- the items beside the program's own problems -------------------------------------------------------------

def quoted_span(text: str, said: str) -> tuple[int, int] | None:
    """The sentence of `text` holding a phrase `said` quotes (the first that is found), as (start, end)."""
    for found in _QUOTED.finditer(said):
        phrase = next(group for group in found.groups() if group)
        at = text.find(phrase)
        if at < 0:
            continue
        start = max((text.rfind(mark, 0, at) for mark in _SENTENCE_END), default=-1) + 1
        ends = [i for mark in _SENTENCE_END if (i := text.find(mark, at + len(phrase))) >= 0]
        end = min(ends) + 1 if ends else len(text)
        while start < at and text[start] in " \t\u3000":
            start += 1
        return start, min(end, len(text))
    return None


def _section_of(item: RemarkItem, report: Report) -> str:
    """The part a remark leads to: the part holding the sentence it quotes, its cell's table, its part, the start
    page's fields, or the whole report."""
    index = format_index(report.format)
    texts = [PREAMBLE, *(s.id for s in report.format.sections if s.kind != "table"), CLOSING]
    place = index.cells.get(item.location)
    if place is not None and place.section_id not in texts:
        texts.insert(0, place.section_id)  # a table part's own lead-in sentence first
    if item.location in texts:
        texts.remove(item.location)
        texts.insert(0, item.location)
    for sid in texts:
        if quoted_span(report.text(sid), item.message) is not None:
            return sid
    if place is not None:
        return place.section_id
    if item.location in index.section_order or item.location in (PREAMBLE, CLOSING):
        return item.location
    first_cell = next((index.cells[c].section_id for c in item.cells if c in index.cells), "")
    if first_cell:
        return first_cell
    return item.location if item.location in _START_LOCATIONS else REPORT


def remark_problems(items: Iterable[RemarkItem], report: Report, fixed: Mapping[str, str]) -> list[Problem]:
    """Each item as a problem: an error when it names an error rule of spec §5, else a warning; once marked 已整改
    (`fixed`: key → day) an acknowledged warning that no longer counts, with the day as its reason."""
    problems = []
    cells = report.format.cells
    for item in items:
        day = fixed.get(item.key, "")
        severity: Severity = "error" if item.rule in ERRORS and not day else "warning"
        location = item.location or REPORT
        problems.append(Problem(severity, item.rule, location, item.message, _section_of(item, report),
                                tuple(c for c in item.cells if c in cells), acknowledged=day or None,
                                remark=item.key))
    return problems
