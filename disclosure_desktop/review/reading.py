"""One file of a batch read into a report, in a worker process: the same importers as Report ▸ Import, a §12
package verified, and the report's 雷同 signatures computed where the reading happens (on every core).

What comes back is plain data (a Report, strings, tuples): it crosses the process boundary by pickling.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from disclosure_desktop.domain.limits import cleaned_report
from disclosure_desktop.domain.report import Report
from disclosure_desktop.importers import read_file
from disclosure_desktop.importers.package import read_package
from disclosure_desktop.messages import ReportDataError, message, os_error_text, set_language
from disclosure_desktop.review.similarity import signatures

# What a unit may send (spec §13); .pdf goes to importers.read_file like the others and is read once it can be.
REVIEW_SUFFIXES = {".docx": "docx", ".html": "html", ".htm": "html", ".pdf": "pdf", ".json": "json",
                   ".zip": "package"}
# When one unit sent several files in one intake, the one taken: data before a printed form, Word before a page.
KIND_PREFERENCE = ("package", "json", "docx", "html", "pdf")
_HASH_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ReadReport:
    """A file read as a report: where it came from (`name` as shown: relative to the folder taken in)."""

    name: str
    path: str
    sha256: str
    kind: str
    report: Report
    version: int | None = None  # the signed version a package names (spec §12), for the remarks file
    fingerprints: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False)
    intake: int = 0  # which intake took it: a later one is the unit's resubmission


@dataclass(frozen=True)
class RejectedFile:
    """A file not taken, and why, in the UI language."""

    file: str
    reason: str


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as stream:
        while chunk := stream.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def read_one(name: str, path: str, sha256: str, language: str) -> ReadReport | RejectedFile:
    """Read one file; a file that is no report (or breaks an importer) comes back as a reason, never raised."""

    set_language(language)
    kind = REVIEW_SUFFIXES.get(Path(path).suffix.lower(), "")
    try:
        version = None
        if kind == "package":
            package = read_package(Path(path))
            report, version = package.result.report, package.version
        else:
            report = read_file(Path(path)).report

        report = cleaned_report(report)
        return ReadReport(name, path, sha256, kind, report, version, signatures(report))
    except ReportDataError as error:
        return RejectedFile(name, str(error))
    except OSError as error:
        return RejectedFile(name, message("review.unreadable", detail=os_error_text(error)))
    except RecursionError:
        return RejectedFile(name, message("review.reader_failed", detail="RecursionError"))
    except Exception as error:  # an importer's bug on one odd file must not stop two hundred others
        return RejectedFile(name, message("review.reader_failed", detail=type(error).__name__))
