"""The §12 remarks file (审核意见) read back and held to its format: what the desk wrote for a unit — agency, year,
version, reviewer, date, verdict, and each item at its rule, place and cells — so that a file that is not one is
refused by what is wrong with it, never half-read."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from disclosure_desktop.messages import ReportDataError
from disclosure_desktop.review.issues import REMARKS_VERSION, VERDICTS

KEYS = {"remarks", "agency", "year", "version", "reviewer", "date", "verdict", "items"}
ITEM_KEYS = {"rule", "location", "cells", "message"}


@dataclass(frozen=True)
class RemarkItem:
    rule: str  # a rule id of §5, or REMARK for the reviewer's own words
    location: str  # a cell id, a section id or "report"
    cells: tuple[str, ...]
    message: str


@dataclass(frozen=True)
class Remarks:
    agency: str
    year: int
    version: int | None
    reviewer: str
    date: dt.date
    verdict: str
    items: tuple[RemarkItem, ...]


def _bad(what: str) -> ReportDataError:
    return ReportDataError("remarks.bad", detail=what)


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise _bad(what)
    return value


def _item(value: Any, number: int) -> RemarkItem:
    if not isinstance(value, dict) or set(value) != ITEM_KEYS:
        raise _bad(f"items[{number}]")
    cells = value["cells"]
    if not isinstance(cells, list) or not all(isinstance(c, str) for c in cells):
        raise _bad(f"items[{number}].cells")
    return RemarkItem(_text(value["rule"], f"items[{number}].rule"), _text(value["location"],
                      f"items[{number}].location"), tuple(cells), _text(value["message"], f"items[{number}].message"))


def parse_remarks(text: str) -> Remarks:
    """The remarks a file holds; ReportDataError naming the first thing that is not as §12 says."""
    try:
        data = json.loads(text)
    except ValueError:
        raise _bad("JSON") from None
    if not isinstance(data, dict) or set(data) != KEYS:
        raise _bad(", ".join(sorted(KEYS ^ set(data))) if isinstance(data, dict) else "{…}")
    if data["remarks"] != REMARKS_VERSION:
        raise _bad("remarks")
    year, version = data["year"], data["version"]
    if not isinstance(year, int) or isinstance(year, bool):
        raise _bad("year")
    if version is not None and (not isinstance(version, int) or isinstance(version, bool)):
        raise _bad("version")
    try:
        day = dt.date.fromisoformat(_text(data["date"], "date"))
    except ValueError:
        raise _bad("date") from None
    if data["verdict"] not in VERDICTS.values():
        raise _bad("verdict")
    if not isinstance(data["items"], list):
        raise _bad("items")
    return Remarks(_text(data["agency"], "agency"), year, version, _text(data["reviewer"], "reviewer"), day,
                   data["verdict"], tuple(_item(item, n) for n, item in enumerate(data["items"])))
