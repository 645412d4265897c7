"""Reads a unit's submission package (报送包, spec §12) — a .zip of report.json, report.pdf, report.docx and a
manifest with the SHA-256 of each — into a report, after proving that every file is the one the manifest names.

The 公开办 takes the package as the unit sent it: a file whose checksum does not match, a manifest that is missing
or not ours, a file the manifest does not list, or report.json naming another agency, year or format than the
manifest is refused with the reason. Reading is bounded whatever the zip declares: members are streamed with a cap
and the whole package may not inflate beyond MAX_INFLATED_BYTES.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.life import PACKAGE_META_KEYS
from disclosure_desktop.importers.result import ImportResult
from disclosure_desktop.messages import ReportDataError

PACKAGE_VERSION = 1
MANIFEST = "manifest.json"
REPORT_JSON = "report.json"
# What a package holds besides its manifest (spec §12); report.json is the report, the others its printed forms.
MEMBERS = (REPORT_JSON, "report.pdf", "report.docx")
# Per member: a report's JSON is tens of kilobytes, its PDF or Word file a few megabytes (a scanned seal at most).
MAX_MEMBER_BYTES = {MANIFEST: 64 * 1024, REPORT_JSON: 2 * 1024 * 1024, "report.pdf": 60 * 1024 * 1024,
                    "report.docx": 30 * 1024 * 1024}
MAX_INFLATED_BYTES = 100 * 1024 * 1024
MAX_PACKAGE_BYTES = 100 * 1024 * 1024
_CHUNK = 1024 * 1024
_MANIFEST_KEYS = ("package", "agency", "year", "format", "version", "files")


@dataclass(frozen=True)
class SubmissionPackage:
    """A package read and verified: the report (as an import result) and what the manifest states."""

    result: ImportResult
    version: int | None
    signed_by: str
    signed_on: str
    program: str


def _fail(key: str, path: Path, **values: object) -> ReportDataError:
    return ReportDataError(key, name=path.name, **values)


class _Budget:
    """What the package may still inflate to: the declared sizes of a crafted zip are not believed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.left = MAX_INFLATED_BYTES

    def read(self, stream: IO[bytes], member: str, digest: Any | None = None, keep: bool = True) -> bytes:
        cap = MAX_MEMBER_BYTES.get(member, 0)
        kept = bytearray()
        size = 0
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            self.left -= len(chunk)
            if size > cap or self.left < 0:
                raise _fail("package.too_large", self.path, member=member, limit=max(1, cap // 1048576))
            if digest is not None:
                digest.update(chunk)
            if keep:
                kept += chunk
        return bytes(kept)


def _manifest(package: zipfile.ZipFile, path: Path, budget: _Budget) -> dict[str, Any]:
    try:
        with package.open(MANIFEST) as stream:
            data = budget.read(stream, MANIFEST)
    except KeyError:
        raise _fail("package.no_manifest", path) from None
    try:
        manifest = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _fail("package.bad_manifest", path) from None
    if not isinstance(manifest, dict) or manifest.get("package") != PACKAGE_VERSION or isinstance(
            manifest.get("package"), bool):
        raise _fail("package.foreign_manifest", path)
    missing = [key for key in _MANIFEST_KEYS if key not in manifest]
    files = manifest.get("files")
    if missing or not isinstance(files, dict) or REPORT_JSON not in files:
        raise _fail("package.bad_manifest", path)
    if not all(isinstance(name, str) and isinstance(digest, str) for name, digest in files.items()):
        raise _fail("package.bad_manifest", path)
    return manifest


def read_package(path: Path) -> SubmissionPackage:
    """The verified package at `path`; ReportDataError (in the UI language) naming why one is refused."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_PACKAGE_BYTES:
        raise _fail("import.file_too_large", path, size=f"{size / 1048576:.1f}", limit=MAX_PACKAGE_BYTES // 1048576)
    if not zipfile.is_zipfile(path):
        raise _fail("package.not_zip", path)
    budget = _Budget(path)
    try:
        with zipfile.ZipFile(path) as package:
            manifest = _manifest(package, path, budget)
            report_bytes = _verified_members(package, path, manifest["files"], budget)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as error:
        raise _fail("package.damaged", path, detail=type(error).__name__) from None
    return _package(path, manifest, report_bytes)


def _verified_members(package: zipfile.ZipFile, path: Path, files: dict[str, str], budget: _Budget) -> bytes:
    """report.json's bytes, once every member's SHA-256 matched the manifest and nothing else is in the zip."""
    names = [info.filename for info in package.infolist() if not info.is_dir()]
    if len(names) != len(set(names)):
        raise _fail("package.bad_manifest", path)
    unlisted = sorted(set(names) - set(files) - {MANIFEST})
    if unlisted:
        raise _fail("package.unlisted", path, member=unlisted[0])
    unknown = sorted(set(files) - set(MEMBERS))
    if unknown:
        raise _fail("package.unlisted", path, member=unknown[0])
    report_bytes = b""
    for member in MEMBERS:
        if member not in files:
            continue
        if member not in names:
            raise _fail("package.missing_member", path, member=member)
        digest = hashlib.sha256()
        with package.open(member) as stream:
            data = budget.read(stream, member, digest, keep=member == REPORT_JSON)
        if digest.hexdigest() != files[member].strip().lower():
            raise _fail("package.checksum", path, member=member)
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
    result = ImportResult(report, path.name, "package")
    result.headings = {sid: heading for sid, heading in report.printed_sections() if report.text(sid)}
    return SubmissionPackage(
        result=result,
        version=version if isinstance(version, int) and not isinstance(version, bool) else None,
        signed_by=str(manifest.get("signed_by") or ""),
        signed_on=str(manifest.get("signed_on") or ""),
        program=str(manifest.get("program") or ""),
    )
