"""A unit's submission package (spec §12) is read into its report only when every file is the one its manifest
names: an altered file, a missing or foreign manifest, a file the manifest does not list, a report that names
another agency than the manifest, or a member that inflates beyond the cap is refused with the reason."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from disclosure_desktop.domain import jsonio, limits
from disclosure_desktop.importers.package import read_package
from disclosure_desktop.messages import ReportDataError
from tests.helpers.packages import manifest_for, package_members, write_package
from tests.helpers.review_batch import unit_report


@pytest.fixture(scope="module")
def report():
    return unit_report(3)


@pytest.fixture(scope="module")
def members(report) -> dict[str, bytes]:
    return package_members(report)


def test_a_package_gives_its_report_and_the_signed_version(tmp_path, report, members):
    path = write_package(tmp_path / "报送包.zip", report, members=members, version=7)
    read = read_package(path)
    assert jsonio.report_to_dict(read.result.report)["cells"] == jsonio.report_to_dict(report)["cells"]
    assert read.result.report.sections == report.sections
    assert (read.version, read.signed_by, read.signed_on) == (7, "张三", "2026-01-19")
    assert read.result.kind == "package" and read.result.source_name == "报送包.zip"


def _refusal(path: Path) -> str:
    with pytest.raises(ReportDataError) as caught:
        read_package(path)
    return str(caught.value)


def test_a_file_changed_after_the_manifest_was_made_is_refused(tmp_path, report, members):
    manifest = manifest_for(report, members)
    altered = dict(members)
    doc = json.loads(altered["report.json"])
    doc["cells"]["t3.new.natural"] += 1  # one figure changed after signing
    altered["report.json"] = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    said = _refusal(write_package(tmp_path / "a.zip", report, members=altered, manifest=manifest))
    assert "report.json" in said and "校验值" in said
    printed = dict(members, **{"report.pdf": members["report.pdf"] + b"%"})
    said = _refusal(write_package(tmp_path / "b.zip", report, members=printed, manifest=manifest))
    assert "report.pdf" in said and "校验值" in said


def test_missing_or_foreign_manifests_and_unlisted_files_are_refused(tmp_path, report, members):
    assert "没有 manifest.json" in _refusal(write_package(tmp_path / "a.zip", report, members=members,
                                                          manifest=False))
    foreign = {**manifest_for(report, members), "package": 2}
    assert "不是本程序生成的报送包" in _refusal(write_package(tmp_path / "b.zip", report, members=members,
                                                                manifest=foreign))
    no_files = {k: v for k, v in manifest_for(report, members).items() if k != "files"}
    assert "不完整" in _refusal(write_package(tmp_path / "c.zip", report, members=members, manifest=no_files))
    extra = _refusal(write_package(tmp_path / "d.zip", report, members=members, extra={"说明.txt": b"x"}))
    assert "说明.txt" in extra and "清单未列出" in extra
    listed_missing = manifest_for(report, members)
    only_json = {"report.json": members["report.json"]}
    assert "缺少" in _refusal(write_package(tmp_path / "e.zip", report, members=only_json,
                                            manifest=listed_missing))
    (tmp_path / "f.zip").write_bytes(b"not a zip at all")
    assert "不是 zip" in _refusal(tmp_path / "f.zip")


def test_a_manifest_that_names_another_agency_is_refused(tmp_path, report, members):
    other = {**manifest_for(report, members), "agency": "某某县公安局"}
    said = _refusal(write_package(tmp_path / "a.zip", report, members=members, manifest=other))
    assert "某某县公安局" in said and report.agency in said


def test_a_member_that_inflates_beyond_its_cap_is_not_unpacked(tmp_path, report, members, monkeypatch):
    # A crafted entry: a small zip whose report.json inflates to 3 MB of spaces, over the 2 MB cap, whatever size
    # the zip's directory declares for it.
    bomb = b" " * (3 * 1024 * 1024)
    path = tmp_path / "bomb.zip"
    manifest = {**manifest_for(report, {"report.json": bomb})}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("report.json", bomb)
        package.writestr("manifest.json", json.dumps(manifest))
    assert path.stat().st_size < 64 * 1024
    said = _refusal(path)
    assert "report.json" in said and "超过" in said
    # The whole package has a cap too: three members within their own caps may not add up beyond it.
    monkeypatch.setitem(limits.MAX_INFLATED_BYTES, "package", len(members["report.json"]) + 1000)
    said = _refusal(write_package(tmp_path / "c.zip", report, members=members))
    assert "超过" in said


def test_a_truncated_package_is_refused_with_a_reason(tmp_path, report, members):
    whole = write_package(tmp_path / "a.zip", report, members=members).read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole[: len(whole) // 2])
    said = _refusal(cut)
    assert "cut.zip" in said
    buffer = io.BytesIO(whole)
    assert zipfile.is_zipfile(buffer)
