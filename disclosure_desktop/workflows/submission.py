"""The submission package (报送包, spec §12), once for every front end: the last signed version as report.json,
report.pdf and report.docx with a manifest of their SHA-256 — made only of a signed version without errors whose
working copy has not changed since, written at once (never onto the database), and recorded; the report itself is
never changed."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disclosure_desktop import APP_NAME, __version__
from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.life import STATE_NAMES, LifeState
from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.versions import VersionInfo
from disclosure_desktop.export import registry
from disclosure_desktop.messages import ReportDataError
from disclosure_desktop.workflows.exporting import write
from disclosure_desktop.workflows.targets import refuse_database_target

if TYPE_CHECKING:  # the store is handed in: workflows load no database code themselves
    from disclosure_desktop.storage.repository import ReportStore

PACKAGE_VERSION = 1
MANIFEST = "manifest.json"
# In the order they are written: the data, its printed forms, then the manifest that vouches for them.
MEMBERS = ("report.json", "report.pdf", "report.docx")
PROGRAM = f"{APP_NAME} {__version__}"


@dataclass(frozen=True)
class Submitted:
    """What `submit` wrote: the package, the signed version in it and the SHA-256 of each file."""

    path: Path
    version_id: int
    files: dict[str, str]
    package_sha256: str


def refuse_suffix(path: Path) -> None:
    if path.suffix.lower() != ".zip":
        raise ReportDataError("submit.not_zip", path=path)


def signed_to_submit(store: ReportStore, report_id: int) -> tuple[Report, VersionInfo]:
    """The last signed version, once it may be submitted: signed, unchanged since, without an error."""
    life = store.life(report_id)
    if life.signed is None:
        raise ReportDataError("submit.unsigned", id=report_id)
    if life.changed:
        raise ReportDataError("submit.changed", id=report_id, version=life.signed.id)
    report, info = store.load_version_of(report_id, life.signed.id)
    previous = store.previous_year(report.agency, report.year)
    errors = [p for p in check_report(report, previous) if p.is_error]
    if errors:
        raise ReportDataError("submit.errors", version=info.id, n=len(errors), first=errors[0].message)
    return report, info


def signed_facts(info: VersionInfo) -> dict[str, str]:
    """Who signed and reviewed the version, and when — strings, as a report's meta holds them."""
    facts = {"signed_by": info.signed_by, "signed_on": info.signed_on.isoformat()}
    if info.reviewed_by:
        facts["reviewed_by"] = info.reviewed_by
    if info.reviewed_on is not None:
        facts["reviewed_on"] = info.reviewed_on.isoformat()
    return facts


def package_files(report: Report, info: VersionInfo) -> dict[str, bytes]:
    """report.json (spec §8, its meta stating the package's state and the signed version), the PDF and the Word
    file, each dated with the signing so that the same version always gives the same files."""
    doc = jsonio.report_to_dict(report)
    doc["meta"] = {**doc["meta"], "state": STATE_NAMES[LifeState.SUBMITTED], "signed_version": str(info.id),
                   **signed_facts(info)}
    return {
        "report.json": (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
        "report.pdf": registry.render(report, "pdf", moment=info.created_at),
        "report.docx": registry.render(report, "docx", moment=info.created_at),
    }


def manifest(report: Report, info: VersionInfo, files: dict[str, bytes]) -> dict[str, Any]:
    return {
        "package": PACKAGE_VERSION, "agency": report.agency, "year": report.year, "format": report.format_id,
        # The signed version's content digest, as its 签发单 prints it: the 公开办 compares the two (issue 21).
        "version": info.id, "version_sha256": info.content_sha256, **signed_facts(info),
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()},
        "program": PROGRAM,
    }


def zip_bytes(files: dict[str, bytes], info: VersionInfo) -> bytes:
    """The zip with every entry dated with the signing: the same version gives the same package, byte for byte."""
    moment = info.created_at.timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in files.items():
            entry = zipfile.ZipInfo(name, date_time=moment)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            package.writestr(entry, data)
    return out.getvalue()


def submit(store: ReportStore, report_id: int, path: Path) -> Submitted:
    """Write the package of the report's last signed version to `path` and record it (Report ▸ 报送, `submit`)."""
    path = Path(path)
    refuse_suffix(path)
    refuse_database_target(path, store.db.path)
    report, info = signed_to_submit(store, report_id)
    files = package_files(report, info)
    stated = manifest(report, info, files)
    text = json.dumps(stated, ensure_ascii=False, indent=2) + "\n"
    data = zip_bytes({**{name: files[name] for name in MEMBERS}, MANIFEST: text.encode("utf-8")}, info)
    write(store, path, data)
    digest = hashlib.sha256(data).hexdigest()
    store.record_submission(report_id, info.id, path.name, digest, text)
    return Submitted(path, info.id, dict(stated["files"]), digest)
