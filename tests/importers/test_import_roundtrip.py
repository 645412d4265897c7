"""Every report of the test fixtures, exported by our own exporters to Word and to the web page, imports back to
the same JSON — and, without the metadata the files carry unprinted, still to the same JSON but for the contact."""

from __future__ import annotations

import pytest

from disclosure_desktop.domain import jsonio, plaintext
from disclosure_desktop.domain.formats import get_format
from disclosure_desktop.domain.report import Cell, Report
from disclosure_desktop.export import registry
from disclosure_desktop.importers import read_file
from disclosure_desktop.importers.assemble import import_document
from disclosure_desktop.importers.docx_reader import read_docx
from disclosure_desktop.importers.html_reader import read_html
from tests.helpers.paths import ROOT

JSON_FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("*.json")) + sorted((ROOT / "resources" / "examples").glob(
    "*.json"))


def _report_2019() -> Report:
    """A 2020 report in the 2019 format with every cell filled (negative 增/减 and decimal amounts among them)."""
    report = jsonio.loads((ROOT / "tests" / "fixtures" / "full_report_2021.json").read_text("utf-8"))
    report.format_id, report.year = "gov-2019", 2020
    report.cells = {}
    for n, (cid, spec) in enumerate(get_format("gov-2019").cells.items()):
        text = f"{n * 37}.25" if spec.kind == "amount" else str(n * 113 - (500 if spec.kind == "delta" else 0))
        report.cells[cid] = Cell(text)
    return report


def _reports() -> list[tuple[str, Report]]:
    out = [(p.name, jsonio.loads(p.read_text("utf-8"))) for p in JSON_FIXTURES]
    out.append(("gov-2019", _report_2019()))
    seed = (ROOT / "tests" / "fixtures" / "seed_narrative.txt").read_text("utf-8")
    out.append(("seed_narrative.txt", plaintext.report_from_text(seed, "narrative")))
    return out


REPORTS = _reports()


def test_the_fixtures_are_all_there():
    assert {"docx_report.json", "full_report_2021.json", "example-gov-2021.json"} <= {n for n, _ in REPORTS}


@pytest.mark.parametrize("kind", ["docx", "html"])
@pytest.mark.parametrize(("name", "report"), REPORTS, ids=[n for n, _ in REPORTS])
def test_export_then_import_gives_the_same_json(tmp_path, name, report, kind):
    path = tmp_path / f"report.{kind}"
    path.write_bytes(registry.render(report, kind))
    result = read_file(path)
    assert jsonio.dumps(result.report) == jsonio.dumps(report)
    assert result.unplaced == [] and result.unrecognised == []
    # Our own labels are the official ones: every row and part heading is read as printed word for word (a part
    # whose heading the report overrides is found by the format's match words instead).
    loose = [m for m in result.matches if m.how != "exact" and m.axis != "column" and m.target not in report.headings]
    assert loose == []


@pytest.mark.parametrize("kind", ["docx", "html"])
@pytest.mark.parametrize(("name", "report"), REPORTS[:3], ids=[n for n, _ in REPORTS[:3]])
def test_the_printed_content_alone_gives_all_but_the_unprinted_contact(tmp_path, name, report, kind):
    path = tmp_path / f"report.{kind}"
    path.write_bytes(registry.render(report, kind))
    source = read_docx(path) if kind == "docx" else read_html(path)
    assert source.embedded_meta  # our own files carry it …
    source.embedded_meta = {}  # … but title, date, texts and every cell come from what is printed
    got = jsonio.report_to_dict(import_document(source, path.name).report)
    want = jsonio.report_to_dict(report)
    want["meta"].pop("contact")
    assert got == want
