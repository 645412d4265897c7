"""The submission package (报送包, spec §12) as the command line makes it: the last signed version's JSON, PDF and
Word file with a manifest whose SHA-256 each verify, the same bytes every time, importing back to the very report
signed; refused, with one line and nothing written, for an unsigned report, one with errors and a changed draft;
a package altered afterwards is refused on import."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx

from disclosure_desktop import __version__
from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.report import Cell
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.cli import cli, digest
from tests.helpers.database import store_reports
from tests.helpers.reports import clean_report, wrong_total_report


def _signed(capsys, db: Path, report=None) -> int:
    [rid] = store_reports(db, report or clean_report())
    code, _out, _ = cli(capsys, db, "sign", str(rid), "--by", "张三", "--reviewed-by", "李四", "--reviewed-on",
                       "2026-01-18")
    assert code == 0
    return rid


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


def test_the_package_holds_the_signed_version_and_its_manifest_vouches_for_every_file(capsys, db_path, tmp_path):
    rid = _signed(capsys, db_path)
    with Database.open(db_path) as db:
        store = ReportStore(db)
        [signed] = store.versions(rid)
        signed_report = store.load_version(signed.id)
        # The working copy goes on being edited after signing, then back: the package is of the signed version.
        t2 = signed_report.value("t2.rules.issued")
        store.apply(rid, Changes(cells={"t2.rules.issued": Cell("9")}))
        store.apply(rid, Changes(cells={"t2.rules.issued": Cell(t2)}))
    path = tmp_path / "报送包.zip"
    code, out, err = cli(capsys, db_path, "submit", str(rid), "-o", str(path))
    assert (code, out, err) == (0, "", "")
    members = _members(path)
    assert list(members) == ["report.json", "report.pdf", "report.docx", "manifest.json"]
    manifest = json.loads(members["manifest.json"])
    assert {name: hashlib.sha256(data).hexdigest() for name, data in members.items() if name != "manifest.json"} \
        == manifest["files"]
    assert {k: manifest[k] for k in ("package", "agency", "year", "format", "version", "signed_by", "reviewed_by",
                                     "reviewed_on", "program")} == {
        "package": 1, "agency": signed_report.agency, "year": 2025, "format": "gov-2021", "version": signed.id,
        "signed_by": "张三", "reviewed_by": "李四", "reviewed_on": "2026-01-18",
        "program": f"disclosure-desktop {__version__}"}
    assert manifest["signed_on"] == signed.signed_on.isoformat()
    doc = json.loads(members["report.json"])
    assert doc["meta"]["state"] == "已报送" and doc["meta"]["signed_version"] == str(signed.id)
    assert all(isinstance(value, str) for value in doc["meta"].values())
    # The printed forms say what the data says.
    (tmp_path / "r.pdf").write_bytes(members["report.pdf"])
    text = "".join(subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True,
                                  check=True).stdout.split())
    assert signed_report.agency in text and signed_report.value("t3.new.total") in text
    (tmp_path / "r.docx").write_bytes(members["report.docx"])
    assert any(signed_report.agency in p.text for p in docx.Document(str(tmp_path / "r.docx")).paragraphs)
    # The same signed version gives the same package, byte for byte.
    again = tmp_path / "again.zip"
    assert cli(capsys, db_path, "submit", str(rid), "-o", str(again))[0] == 0
    assert digest(again) == digest(path)

    code, out, _ = cli(capsys, db_path, "list")
    assert out.splitlines()[0].split("\t")[5] == "已报送"
    code, out, _ = cli(capsys, db_path, "versions", str(rid))
    assert [line.split("\t")[2] for line in out.splitlines()] == ["报送", "报送", "签发"]


def test_import_of_the_package_recreates_the_signed_report(capsys, db_path, tmp_path):
    rid = _signed(capsys, db_path)
    path = tmp_path / "p.zip"
    assert cli(capsys, db_path, "submit", str(rid), "-o", str(path))[0] == 0
    code, out, err = cli(capsys, db_path, "import", str(path))
    assert code == 0 and err == ""
    new = int(out)
    with Database.open(db_path) as db:
        store = ReportStore(db)
        signed = store.load_version(store.versions(rid)[-1].id)
        imported = store.load(new)
    assert jsonio.dumps(imported) == jsonio.dumps(signed)
    assert "state" not in imported.meta and "imported_from" not in imported.meta
    code, out, _ = cli(capsys, db_path, "export", str(new), "-o", "-")
    assert out == jsonio.dumps(signed)


def _refused(capsys, db: Path, rid: int, path: Path, *words: str) -> None:
    code, out, err = cli(capsys, db, "submit", str(rid), "-o", str(path))
    assert (code, out) == (2, "") and err.count("\n") == 1 and err.startswith("错误：")
    assert all(word in err for word in words), err
    assert not path.exists() and not list(path.parent.glob("*.tmp*"))


def test_an_unsigned_report_one_with_errors_and_a_changed_draft_are_not_submitted(capsys, db_path, tmp_path):
    [draft] = store_reports(db_path, clean_report())
    _refused(capsys, db_path, draft, tmp_path / "a.zip", "尚未签发")
    wrong, _right, _stated = wrong_total_report()
    broken = _signed(capsys, db_path, wrong)
    _refused(capsys, db_path, broken, tmp_path / "b.zip", "错误", "不能报送")
    rid = _signed(capsys, db_path)
    with Database.open(db_path) as db:
        ReportStore(db).apply(rid, Changes(cells={"t2.rules.issued": Cell("9")}))
    _refused(capsys, db_path, rid, tmp_path / "c.zip", "签发后又有修改")
    _code, out, _ = cli(capsys, db_path, "list")
    assert {line.split("\t")[0]: line.split("\t")[5] for line in out.splitlines()}[str(rid)] == "已签发 · 之后有修改"
    # A package is a .zip: any other name is refused before the database is opened.
    _refused(capsys, db_path, draft, tmp_path / "d.pdf", ".zip")


def test_a_package_altered_after_it_was_made_is_refused_on_import(capsys, db_path, tmp_path):
    rid = _signed(capsys, db_path)
    path = tmp_path / "p.zip"
    assert cli(capsys, db_path, "submit", str(rid), "-o", str(path))[0] == 0
    members = _members(path)
    doc = json.loads(members["report.json"])
    doc["cells"]["t2.rules.issued"] = 9  # a figure the leader never signed
    members["report.json"] = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(tampered, "w") as package:
        for name, data in members.items():
            package.writestr(name, data)
    code, out, err = cli(capsys, db_path, "import", str(tampered))
    assert (code, out) == (2, "") and "report.json" in err and "校验值" in err
    assert len(cli(capsys, db_path, "list")[1].splitlines()) == 1


def test_two_runs_of_the_program_write_the_same_package(capsys, db_path, tmp_path):
    """Each run of the program (its own process, Qt's hash seed and all) writes the signed version's package
    byte for byte the same."""
    rid = _signed(capsys, db_path)
    env = {k: v for k, v in os.environ.items() if k != "QT_HASH_SEED"}
    made = []
    for name in ("first.zip", "second.zip"):
        done = subprocess.run([sys.executable, "-m", "disclosure_desktop", "--db", str(db_path), "submit", str(rid),
                               "-o", str(tmp_path / name)], capture_output=True, text=True, env=env, check=False)
        assert (done.returncode, done.stderr) == (0, "")
        made.append(digest(tmp_path / name))
    assert made[0] == made[1]
