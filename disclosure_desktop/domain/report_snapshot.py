"""A report as one canonical JSON text, with everything it holds (cell sources, acknowledgements): what a saved
version stores, so that loading it gives back exactly the report that was saved — in any later program version."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from disclosure_desktop.domain.report import Cell, CellSource, Report

SNAPSHOT_FORMAT = 1


def to_json(report: Report) -> str:
    """Canonical text: keys sorted, no spaces, so the same report always gives the same text and digest."""
    doc: dict[str, Any] = {
        "snapshot": SNAPSHOT_FORMAT,
        "format": report.format_id,
        "agency": report.agency,
        "year": report.year,
        "title": report.title,
        "is_example": report.is_example,
        "meta": report.meta,
        "sections": report.sections,
        "headings": report.headings,
        "cells": {cid: [c.value, CellSource(c.source).value] for cid, c in report.cells.items()},
        "acknowledged": report.acknowledged,
    }
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def from_json(text: str) -> Report:
    doc = json.loads(text)
    if doc.get("snapshot") != SNAPSHOT_FORMAT:
        raise ValueError(f"snapshot format {doc.get('snapshot')!r}")
    return Report(
        format_id=doc["format"],
        agency=doc["agency"],
        year=int(doc["year"]),
        title=doc["title"],
        is_example=bool(doc["is_example"]),
        meta=dict(doc["meta"]),
        sections=dict(doc["sections"]),
        headings=dict(doc["headings"]),
        cells={cid: Cell(value, CellSource(source)) for cid, (value, source) in doc["cells"].items()},
        acknowledged=dict(doc["acknowledged"]),
    )


def same_content(a: Report, b: Report) -> bool:
    return to_json(a) == to_json(b)
