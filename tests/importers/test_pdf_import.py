"""Published PDFs of many layouts, made here, read back (spec §11): this program's PDF, LibreOffice's rendering of
this program's Word file, and Word/WPS-like layouts rendered by LibreOffice — table 三 cut by a page break inside
（四） (its labels cut in halves or printed on the first page only, the header repeated or not), labels that wrap,
「总 计」, table 四 on a landscape page, the year first in the title, amounts in 元. Every cell and every part comes
back; where the PDF itself prints a character less, so does the import."""

from __future__ import annotations

import difflib
import json
import os
import subprocess
from pathlib import Path

import pytest

from disclosure_desktop.domain import jsonio, plaintext
from disclosure_desktop.domain.formats import get_format
from disclosure_desktop.domain.report import Cell, Report
from disclosure_desktop.export import registry
from disclosure_desktop.importers import read_file
from disclosure_desktop.importers.explain import explanation
from tests.helpers.paths import EXAMPLE_JSON, FIXTURES
from tests.helpers.pdf_docs import LIBREOFFICE, render_pdfs, wps_like_docx

OWN_REPORTS = ("docx_report.json", "full_report_2021.json", EXAMPLE_JSON.name)
YEAR_FIRST = "2025年某某县人民政府办公室政府信息公开工作年度报告"
# Layouts of the WPS-like report: (cut labels in halves, repeat the header).
WPS_LAYOUTS = {"one-table": (False, False), "cut-labels": (True, False), "cut-labels-header": (True, True),
               "header-repeated": (False, True)}

needs_libreoffice = pytest.mark.skipif(
    LIBREOFFICE is None and not os.environ.get("CI"),
    reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui poppler-utils)")


def fixture_doc(name: str = "docx_report.json") -> dict:
    return json.loads((FIXTURES / name).read_text("utf-8"))


def breaking_doc() -> dict:
    """The fixture with two printed totals that break their identities, as a real report's may."""
    doc = fixture_doc()
    doc["cells"]["t3.new.total"] = int(doc["cells"]["t3.new.total"]) + 1
    doc["cells"]["t4.lawsuit_direct.total"] = int(doc["cells"]["t4.lawsuit_direct.total"]) + 10
    return doc


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every LibreOffice-made PDF of this module, rendered once in one LibreOffice run."""
    folder = tmp_path_factory.mktemp("pdfs")
    doc = fixture_doc()
    sources = {}
    for name, (cut_labels, repeat_header) in WPS_LAYOUTS.items():
        sources[name] = wps_like_docx(doc, folder / f"{name}.docx", title=YEAR_FIRST, cut_labels=cut_labels,
                                      repeat_header=repeat_header)
    sources["breaking"] = wps_like_docx(breaking_doc(), folder / "breaking.docx", title=YEAR_FIRST)
    own = folder / "own-word.docx"
    own.write_bytes(registry.render(jsonio.loads(json.dumps(doc)), "docx"))
    sources["own-word"] = own
    pdfs = render_pdfs(list(sources.values()), folder / "out")
    return dict(zip(sources, pdfs, strict=True))


def report_dict(report: Report) -> dict:
    return jsonio.report_to_dict(report)


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-layout"] + (["-f", str(first), "-l", str(last)] if first else []) + [str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def assert_cells(got: dict, want: dict) -> None:
    wrong = {k: (got["cells"].get(k), v) for k, v in want["cells"].items() if str(got["cells"].get(k)) != str(v)}
    extra = {k: v for k, v in got["cells"].items() if k not in want["cells"]}
    assert (wrong, extra) == ({}, {})


def assert_report(got: dict, want: dict) -> None:
    for key in ("format", "agency", "year", "title", "headings", "sections"):
        assert got.get(key) == want.get(key), key
    assert_cells(got, want)


# --- this program's own PDF


def _report_2019() -> Report:
    """A 2020 report in the 2019 format with every cell filled (negative 增/减 and decimal amounts among them)."""
    report = jsonio.loads((FIXTURES / "full_report_2021.json").read_text("utf-8"))
    report.format_id, report.year = "gov-2019", 2020
    report.cells = {}
    for n, (cid, spec) in enumerate(get_format("gov-2019").cells.items()):
        text = f"{n * 37}.25" if spec.kind == "amount" else str(n * 113 - (500 if spec.kind == "delta" else 0))
        report.cells[cid] = Cell(text)
    return report


def _own_report(name: str) -> Report:
    if name == "gov-2019":
        return _report_2019()
    if name == "seed_narrative.txt":  # a bank branch's narrative report, its paragraphs cut by page breaks
        return plaintext.report_from_text((FIXTURES / name).read_text("utf-8"), "narrative")
    path = EXAMPLE_JSON if name == EXAMPLE_JSON.name else FIXTURES / name
    return jsonio.loads(path.read_text("utf-8"))


@pytest.mark.parametrize("name", [*OWN_REPORTS, "gov-2019", "seed_narrative.txt"])
def test_our_own_pdf_gives_back_every_part_and_cell(tmp_path, name):
    report = _own_report(name)
    path = tmp_path / "report.pdf"
    path.write_bytes(registry.render(report, "pdf"))
    result = read_file(path)
    want = report_dict(report)
    want["meta"].pop("contact", None)  # not printed: the Word file and the web page carry it unprinted, a PDF not
    got = report_dict(result.report)
    assert_report(got, want)
    assert got["meta"] == want["meta"]
    assert result.unplaced == [] and result.unrecognised == []
    # The synthetic 2019 numbers add up to nothing: each broken identity is named, the numbers kept.
    assert (result.broken == []) == (name != "gov-2019")
    assert result.kind == "pdf"
    if report.format.tables:  # table 四 printed turned a quarter on a portrait sheet: read upright all the same
        assert any(t.section_id == "review_litigation" and t.cells_placed == 15 for t in result.tables)


def test_a_landscape_table_on_a_portrait_sheet_is_read_upright(tmp_path):
    report = jsonio.loads((FIXTURES / "docx_report.json").read_text("utf-8"))
    path = tmp_path / "report.pdf"
    path.write_bytes(registry.render(report, "pdf"))
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        turned = [p.page_number for p in pdf.pages if any(not c["upright"] for c in p.chars)]
    assert turned  # the premise: some page's text runs up the sheet
    cells = read_file(path).report.cells
    assert {cid: cells[cid].value for cid in cells if cid.startswith("t4.")} == {
        cid: str(v) for cid, v in fixture_doc()["cells"].items() if cid.startswith("t4.")}


# --- LibreOffice's rendering of this program's Word file


@needs_libreoffice
def test_libreoffice_rendering_of_our_word_file(rendered):
    path = rendered["own-word"]
    result = read_file(path)
    want = fixture_doc()
    got = report_dict(result.report)
    assert_cells(got, want)
    assert (got["agency"], got["year"], got["format"]) == (want["agency"], want["year"], want["format"])
    printed = "".join(pdf_text(path).split())
    for section_id, text in want["sections"].items():
        _assert_same_but_what_the_pdf_lacks(got["sections"].get(section_id, ""), text, printed)
    assert result.unplaced == [] and result.broken == []


def _assert_same_but_what_the_pdf_lacks(got: str, want: str, printed: str) -> None:
    """`got` is `want` but for characters the PDF itself does not print (LibreOffice drops a comma that hangs
    past the margin): each one missing is missing from the PDF's own text too."""
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, want, got, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        assert op == "delete", (op, want[i1:i2], got[j1:j2])
        before, after = "".join(want[max(0, i1 - 6):i1].split()), "".join(want[i2:i2 + 6].split())
        assert before + after in printed and before + want[i1:i2] + after not in printed, want[i1 - 6:i2 + 6]


# --- Word/WPS-like layouts


@needs_libreoffice
@pytest.mark.parametrize("layout", WPS_LAYOUTS)
def test_wps_like_report_gives_back_every_part_and_cell(rendered, layout):
    path = rendered[layout]
    result = read_file(path)
    want = fixture_doc()
    want["title"] = YEAR_FIRST  # printed with the year first: kept as printed, agency and year read from it
    want["meta"].pop("contact")
    got = report_dict(result.report)
    assert_report(got, want)
    assert got["meta"] == want["meta"]
    assert result.unplaced == [] and result.unrecognised == [] and result.broken == []
    # Table 三 is one table again, though printed over two pages; table 二 too (its 第二十条第（八）项 turns over).
    pieces = {t.section_id: t.pieces for t in result.tables}
    assert pieces["applications"] == 1 and pieces["proactive"] == 1
    text = explanation(result)
    assert "40682080元" in text and "4068.208" in text  # the amount in 元, read in 万元 and said
    assert "第 4 页的表格在第 5 页接续" in text
    if WPS_LAYOUTS[layout][0]:  # each label the break cut is joined, and said
        assert "“（四）无”与“法提供”连读为“（四）无法提供”" in text
        assert "连读为“三、本年度办理结果”" in text
    # Every page's running header and 「- N -」 were left out (the parts above are exact without them).
    read = next(dict(n.values) for n in result.notes if n.key == "pdf.read")
    assert read["furniture"] == 2 * read["pages"]


@needs_libreoffice
def test_the_made_pdfs_have_what_they_claim(rendered):
    """The premises of the layouts, read off the PDFs by poppler: the break inside （四）, the cut labels, table 四 on
    a landscape page, 商业企业 wrapped, 「总 计」 with its space."""
    import pdfplumber

    for layout, (cut_labels, repeat_header) in WPS_LAYOUTS.items():
        path = rendered[layout]
        pages = pdf_text(path).split("\f")
        first = next(i for i, p in enumerate(pages) if "本机关不掌握" in p)
        assert "没有现成信息" in pages[first + 1] and "没有现成信息" not in pages[first]
        if cut_labels:
            assert "（四）无" in pages[first] and "法提供" in pages[first + 1] and "无法提供" not in pages[first]
        assert ("申请人情况" in pages[first + 1]) == repeat_header
        assert "总 计" in pages[first + 1] or "总 计" in pages[first]
        assert "商业" in pages[first] and "企业" in pages[first] and "商业企业" not in pages[first]
        with pdfplumber.open(str(path)) as pdf:
            landscape = [p.page_number - 1 for p in pdf.pages if p.width > p.height]
        assert len(landscape) == 1 and "复议后起诉" in pages[landscape[0]]


@needs_libreoffice
def test_a_report_whose_own_numbers_break_an_identity_keeps_them_and_names_it(rendered, capsys, db_path):
    path = rendered["breaking"]
    want = breaking_doc()
    result = read_file(path)
    got = report_dict(result.report)
    assert_cells(got, want)  # the printed 总计s, as printed: nothing "corrected"
    broken = [n.text for n in result.broken]
    assert any("T3-ROW-TOTAL" in t and "t3.new.total" in t for t in broken)
    assert any("T4-TOTAL" in t and "t4.lawsuit_direct.total" in t for t in broken)
    assert result.unplaced == []
    text = explanation(result)
    assert "勾稽关系" in text and "按原文导入" in text
    # The command line imports it all the same (nothing is unplaced), with the numbers unchanged.
    from disclosure_desktop.cli.main import run

    assert run(["--db", str(db_path), "import", str(path)]) == 0
    new_id = capsys.readouterr().out.strip()
    assert run(["--db", str(db_path), "export", new_id, "--format", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["cells"]["t3.new.total"] == want["cells"]["t3.new.total"]
    assert exported["cells"]["t4.lawsuit_direct.total"] == want["cells"]["t4.lawsuit_direct.total"]


@needs_libreoffice
def test_dry_run_of_a_pdf_explains_and_creates_nothing(rendered, capsys, db_path):
    from disclosure_desktop.cli.main import run

    assert run(["--db", str(db_path), "import", str(rendered["cut-labels"]), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "某某县人民政府办公室" in out and "读入 175 个数值" in out and "找到 25/25 行（1 个表格）" in out
    assert not db_path.exists()


@needs_libreoffice
@pytest.mark.parametrize("rotate", [90, 180])
def test_pages_kept_turned_by_their_rotate_entry_read_the_same(rendered, tmp_path, rotate):
    """Some writers keep a landscape page portrait with /Rotate 90 (or turn a page upside down): the page is read
    as it is shown."""
    import pikepdf

    path = tmp_path / f"rotated-{rotate}.pdf"
    with pikepdf.open(rendered["one-table"]) as pdf:
        for page in pdf.pages:
            page.Rotate = rotate
        pdf.save(path)
    result = read_file(path)
    want = fixture_doc()
    want["title"] = YEAR_FIRST
    assert_report(report_dict(result.report), want)
