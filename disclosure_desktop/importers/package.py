"""Reads a unit's submission package (报送包, spec §12) — a .zip of report.json, report.pdf, report.docx and a
manifest with the SHA-256 of each — into a report, after proving that every file is the one the manifest names.

The 公开办 takes the package as the unit sent it: a file whose checksum does not match, a manifest that is missing
or not ours, a file the manifest does not list, or report.json naming another agency, year or format than the
manifest is refused with the reason. The file is read by importers/source.py and its members inflated by
importers/archive.py: each within its own cap and all together within the package's, whatever the zip declares.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.life import PACKAGE_META_KEYS
from disclosure_desktop.domain.limits import MAX_PACKAGE_MEMBER_BYTES
from disclosure_desktop.importers.archive import Archive, member_count
from disclosure_desktop.importers.result import ImportResult
from disclosure_desktop.importers.source import Source, Step, as_source
from disclosure_desktop.messages import ReportDataError

PACKAGE_VERSION = 1
MANIFEST = "manifest.json"
REPORT_JSON = "report.json"
# What a package holds besides its manifest (spec §12); report.json is the report, the others its printed forms.
MEMBERS = (REPORT_JSON, "report.pdf", "report.docx")
_MANIFEST_KEYS = ("package", "agency", "year", "format", "version", "files")


@dataclass(frozen=True)
class SubmissionPackage:
    """A package read and verified: the report (as an import result) and what the manifest states."""

    result: ImportResult
    version: int | None
    version_sha256: str  # the signed version's content digest the manifest states ("" when it states none)
    signed_by: str
    signed_on: str
    program: str


def _fail(key: str, path: Path | Source, **values: object) -> ReportDataError:
    return ReportDataError(key, name=path.name, **values)


def _member(archive: Archive, member: str, digest: Any | None = None, keep: bool = True) -> bytes:
    return archive.inflate(member, MAX_PACKAGE_MEMBER_BYTES.get(member, 0), digest=digest, keep=keep)


def _manifest(archive: Archive, source: Source) -> dict[str, Any]:
    if MANIFEST not in archive.names:
        raise _fail("package.no_manifest", source)
    data = _member(archive, MANIFEST)
    try:
        manifest = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _fail("package.bad_manifest", source) from None
    if not isinstance(manifest, dict) or manifest.get("package") != PACKAGE_VERSION or isinstance(
            manifest.get("package"), bool):
        raise _fail("package.foreign_manifest", source)
    missing = [key for key in _MANIFEST_KEYS if key not in manifest]
    files = manifest.get("files")
    if missing or not isinstance(files, dict) or REPORT_JSON not in files:
        raise _fail("package.bad_manifest", source)
    if not all(isinstance(name, str) and isinstance(digest, str) for name, digest in files.items()):
        raise _fail("package.bad_manifest", source)
    return manifest


def read_package(file: Source | Path, step: Step | None = None) -> SubmissionPackage:
    """The verified package (a path is read through importers/source first); ReportDataError (in the UI
    language) naming why one is refused."""
    source = as_source(file, "package", step)
    if member_count(source.data) is None:
        raise _fail("package.not_zip", source)
    with Archive(source, "package", step) as archive:
        manifest = _manifest(archive, source)
        report_bytes = _verified_members(archive, source, manifest["files"])
    return _package(source.path, manifest, report_bytes)


def _verified_members(archive: Archive, source: Source, files: dict[str, str]) -> bytes:
    """report.json's bytes, once every member's SHA-256 matched the manifest and nothing else is in the zip."""
    names = archive.names
    if len(names) != len(set(names)):
        raise _fail("package.bad_manifest", source)
    unlisted = sorted(set(names) - set(files) - {MANIFEST})
    if unlisted:
        raise _fail("package.unlisted", source, member=unlisted[0])
    unknown = sorted(set(files) - set(MEMBERS))
    if unknown:
        raise _fail("package.unlisted", source, member=unknown[0])
    report_bytes = b""
    for member in MEMBERS:
        if member not in files:
            continue
        if member not in names:
            raise _fail("package.missing_member", source, member=member)
        digest = hashlib.sha256()
        data = _member(archive, member, digest, keep=member == REPORT_JSON)
        if digest.hexdigest() != files[member].strip().lower():
            raise _fail("package.checksum", source, member=member)
        if member == REPORT_JSON:
            report_bytes = data
    return report_bytes


def _package(path: Path, manifest: dict[str, Any], report_bytes: bytes) -> SubmissionPackage:
    try:
        text = report_bytes.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _fail("package.bad_report", path, detail="UTF-8") from None
    try:
        report = jsonio.loads(text)
    except ReportDataError as error:
        raise _fail("package.bad_report", path, detail=str(error)) from None
    stated = (manifest["agency"], manifest["year"], manifest["format"])
    if stated != (report.agency, report.year, report.format_id):
        raise _fail("package.disagrees", path, manifest=f"{stated[0]} {stated[1]} {stated[2]}",
                    report=f"{report.agency} {report.year} {report.format_id}")
    version = manifest.get("version")
    # What report.json says of the package (its state, who signed) is no part of the report that was signed.
    report.meta = {key: value for key, value in report.meta.items() if key not in PACKAGE_META_KEYS}
    content_digest = manifest.get("version_sha256")
    result = ImportResult(report, path.name, "package")
    result.headings = {sid: heading for sid, heading in report.printed_sections() if report.text(sid)}
    return SubmissionPackage(
        result=result,
        version=version if isinstance(version, int) and not isinstance(version, bool) else None,
        version_sha256=content_digest.strip().lower() if isinstance(content_digest, str) else "",
        signed_by=str(manifest.get("signed_by") or ""),
        signed_on=str(manifest.get("signed_on") or ""),
        program=str(manifest.get("program") or ""),
    )
