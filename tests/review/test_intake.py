"""Taking a folder in: files read by a pool of processes with progress as each finishes, Cancel stopping the
intake between files with what was read kept, the same bytes taken once (within an intake and across intakes),
and every file that is no report listed with its reason while the rest go on."""

from __future__ import annotations

import shutil

import pytest

from disclosure_desktop.review import CancelToken, take_in
from disclosure_desktop.review.reading import file_sha256
from tests.helpers.review_batch import unit_report, write_as

FILES = 8


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("intake")
    for index in range(FILES):
        kind = ("json", "html", "docx", "published_html")[index % 4]
        suffix = {"published_html": ".html"}.get(kind, "." + kind)
        write_as(unit_report(index), kind, folder / f"{index:02d}{suffix}")
    (folder / "~$00.docx").write_bytes(b"Word's lock file")
    (folder / "说明.txt").write_text("请各单位按时报送", "utf-8")
    (folder / "坏文件.docx").write_bytes(b"PK\x03\x04 cut short")
    return folder


def test_progress_reports_each_file_and_results_keep_the_folders_order(folder):
    seen: list[tuple[int, int, str]] = []
    intake = take_in([folder], progress=lambda done, total, name: seen.append((done, total, name)), workers=2)
    assert [r.name for r in intake.read] == [f"{i:02d}{s}" for i, s in
                                             zip(range(FILES), [".json", ".html", ".docx", ".html"] * 2, strict=True)]
    # Every file read (the reports and the broken Word file) is reported once, counting up to the total.
    assert [done for done, _, _ in seen] == list(range(1, FILES + 2))
    assert {total for _, total, _ in seen} == {FILES + 1}
    assert sorted(name for _, _, name in seen) == sorted([r.name for r in intake.read] + ["坏文件.docx"])
    rejected = {r.file: r.reason for r in intake.rejected}
    assert set(rejected) == {"说明.txt", "坏文件.docx"}  # Word's lock file is passed over in silence
    assert "不是年报文件" in rejected["说明.txt"] and "坏文件.docx" in rejected["坏文件.docx"]
    assert intake.read[3].report.agency == unit_report(3).agency  # a page laid out as published, read
    assert intake.read[0].fingerprints  # signatures for 雷同 computed where the file was read


def test_the_same_bytes_are_taken_once(folder, tmp_path):
    copy = tmp_path / "again"
    shutil.copytree(folder, copy)
    shutil.copy(folder / "02.docx", copy / "02 (1).docx")
    intake = take_in([copy], workers=1)
    assert [(d.file, d.same_as) for d in intake.duplicates] == [("02.docx", "02 (1).docx")]
    assert len(intake.read) == FILES
    # A file an earlier intake of the batch took is not read again.
    known = {file_sha256(folder / "00.json"): "00.json"}
    later = take_in([folder / "00.json", folder / "01.html"], known=known, workers=1)
    assert [r.name for r in later.read] == ["01.html"]
    assert [(d.file, d.same_as) for d in later.duplicates] == [("00.json", "00.json")]


def test_cancel_stops_between_files_and_keeps_what_was_read(folder):
    token = CancelToken()

    def progress(done: int, _total: int, _name: str) -> None:
        if done == 2:
            token.cancel()

    intake = take_in([folder], progress=progress, cancel=token, workers=2)
    assert intake.cancelled
    assert 2 <= len(intake.read) + len([r for r in intake.rejected if r.file == "坏文件.docx"]) < FILES + 1
    assert intake.not_read and set(intake.not_read).isdisjoint(r.name for r in intake.read)
    # Read or not, every report file is accounted for.
    names = {r.name for r in intake.read} | set(intake.not_read) | {r.file for r in intake.rejected}
    assert names >= {f"{i:02d}{s}" for i, s in zip(range(FILES), [".json", ".html", ".docx", ".html"] * 2,
                                                     strict=True)}


def test_a_cancel_before_the_start_reads_nothing(folder):
    token = CancelToken()
    token.cancel()
    intake = take_in([folder], cancel=token, workers=2)
    assert intake.cancelled and intake.read == [] and len(intake.not_read) == FILES + 1
