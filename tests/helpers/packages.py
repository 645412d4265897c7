"""Test helper: writes a unit's submission package (报送包) as spec §12 lays it out — report.json, report.pdf,
report.docx and manifest.json with the SHA-256 of each — the way the clerk's `submit` will (another issue builds
that side); options make the broken packages the desk must refuse."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from pathlib import Path

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.report import Report

MOMENT = dt.datetime(2026, 1, 20, 9, 0, tzinfo=dt.UTC)


def package_members(report: Report, *, printed: bool = True, version: int = 3) -> dict[str, bytes]:
    """report.json (with the signed version's facts in meta) and, when `printed`, its PDF and Word files."""
    doc = jsonio.report_to_dict(report)
    doc["meta"] = {**doc["meta"], "state": "已报送", "signed_version": str(version), "signed_by": "张三",
                   "signed_on": "2026-01-19"}
    members = {"report.json": (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")}
    if printed:
        from disclosure_desktop.export.registry import render

        members["report.pdf"] = render(report, "pdf", moment=MOMENT)
        members["report.docx"] = render(report, "docx", moment=MOMENT)
    return members


def manifest_for(report: Report, members: dict[str, bytes], *, version: int = 3) -> dict:
    return {
        "package": 1, "agency": report.agency, "year": report.year, "format": report.format_id, "version": version,
        "signed_by": "张三", "signed_on": "2026-01-19",
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in members.items()},
        "program": "disclosure-desktop 0.1.0",
    }


def write_package(path: Path, report: Report, *, printed: bool = True, version: int = 3,
                  members: dict[str, bytes] | None = None, manifest: dict | bool | None = None,
                  extra: dict[str, bytes] | None = None) -> Path:
    """The package at `path`; `members`/`manifest` replace what would be written, `extra` adds files to the zip
    after the manifest was made (so the manifest does not list them)."""
    members = members if members is not None else package_members(report, printed=printed, version=version)
    manifest = manifest_for(report, members, version=version) if manifest is None else manifest
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in {**members, **(extra or {})}.items():
            package.writestr(name, data)
        if manifest is not False:
            package.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
    return path
