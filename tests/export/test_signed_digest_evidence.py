"""签发 evidence that leaves the machine (issue 21, item 9): the 签发单 prints the signed version's whole SHA-256,
the submission package's manifest states it, `versions` and the versions dialog show it — so a signed version
whose content and stored digest were both rewritten in the database, which every local check accepts, no longer
matches the paper signed, and neither does a package made from it."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
from pathlib import Path

from disclosure_desktop.domain import report_snapshot
from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.gui.dialogs.versions import VersionsDialog
from disclosure_desktop.importers.package import read_package
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.cli import cli
from tests.helpers.paths import FULL_REPORT

_GROUP = re.compile(r"\b[0-9a-f]{16}\b")


def printed_digest(pdf: Path) -> str:
    """The digest as the 签发单 prints it (its first page), read back as a person reads the paper."""
    text = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "SHA-256" in text, text
    groups = _GROUP.findall(text[text.index("SHA-256"):])[:4]  # two lines, the label between them in the layout
    assert len(groups) == 4, text
    return "".join(groups)


def listed_digest(capsys, db: Path, version: str) -> str:
    code, out, err = cli(capsys, db, "versions", "1")
    assert (code, err) == (0, "")
    [row] = [line.split("\t") for line in out.splitlines() if line.split("\t")[0] == version]
    return row[4]


def signed(capsys, db: Path, tmp_path: Path) -> str:
    source = tmp_path / "in.json"
    source.write_text(FULL_REPORT.read_text("utf-8"), "utf-8")
    assert cli(capsys, db, "import", str(source))[:2] == (0, "1\n")
    code, out, _err = cli(capsys, db, "sign", "1", "--by", "张局长")
    assert code == 0
    return out.strip()


def rewrite_signed_version(db: Path, version: str) -> None:
    """What someone with the file and an SQLite tool can do: change a sentence of the signed version and store the
    new content's digest with it — and make the same change to the working copy, so that nothing looks changed
    since 签发 and every check still passes."""
    with sqlite3.connect(db) as conn:
        content = conn.execute("SELECT content FROM report_version WHERE id = ?", (version,)).fetchone()[0]
        doc = json.loads(content)
        doc["sections"]["overall"] += "另行补充一句。"
        forged = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        conn.execute("UPDATE report_version SET content = ?, content_sha256 = ? WHERE id = ?",
                     (forged, report_snapshot.digest(forged), version))
    conn.close()
    with Database.open(db) as opened:
        ReportStore(opened).apply(1, Changes(sections={"overall": doc["sections"]["overall"]}))


def test_the_sheet_versions_and_the_dialog_show_one_digest_and_a_rewrite_shows_against_the_paper(
        capsys, qtbot, db_path, tmp_path):
    version = signed(capsys, db_path, tmp_path)
    sheet = tmp_path / "签发单.pdf"
    assert cli(capsys, db_path, "export", "1", "--version", version, "--approval-sheet", "-o", str(sheet))[0] == 0
    on_paper = printed_digest(sheet)
    with Database.open(db_path) as db:
        info = ReportStore(db).version_info(int(version))
    assert len(on_paper) == 64 and on_paper == info.content_sha256
    assert listed_digest(capsys, db_path, version) == on_paper
    dialog = VersionsDialog("t")
    qtbot.addWidget(dialog)
    dialog.set_versions([info])
    cell = dialog.table.item(0, 3)
    assert cell.text() == on_paper[:16] and "".join(cell.toolTip().split("\n")[-1].split()) == on_paper
    package = tmp_path / "报送包.zip"
    assert cli(capsys, db_path, "submit", "1", "-o", str(package))[0] == 0
    assert read_package(package).version_sha256 == on_paper  # what the 公开办 compares with the paper

    rewrite_signed_version(db_path, version)
    # Every local check accepts the rewrite: the stored digest matches the stored content …
    again = tmp_path / "again.pdf"
    assert cli(capsys, db_path, "export", "1", "--version", version, "--approval-sheet", "-o", str(again))[0] == 0
    # … but what the database now says is not what was signed on paper.
    assert listed_digest(capsys, db_path, version) != on_paper
    assert printed_digest(again) != on_paper
    forged = tmp_path / "改过的报送包.zip"
    assert cli(capsys, db_path, "submit", "1", "-o", str(forged))[0] == 0
    assert read_package(forged).version_sha256 != on_paper
