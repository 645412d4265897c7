"""A unit's 问题明细清单 as the office sends it: PDF (searchable, one unit a page, the findings and what to correct)
and Word (a real four-column table, its header repeated on every page), and the §12 remarks file with every
finding at its cells — read back from the files as a person or the unit's program gets them."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import docx
import pytest

from disclosure_desktop.export.issue_list_docx import issue_lists_docx
from disclosure_desktop.export.issue_list_pdf import issue_lists_pdf
from disclosure_desktop.messages import set_language
from disclosure_desktop.review import Unit, assign, review_reports
from disclosure_desktop.review.issues import issue_list, remarks_document
from disclosure_desktop.review.reading import ReadReport
from tests.helpers.review_batch import unit_name, unit_report, with_cells, with_sections


@pytest.fixture(scope="module")
def review():
    broken = unit_report(0)
    carried = int(broken.value("t3.carried_out.natural"))
    broken = with_cells(broken, {"t3.carried_out.natural": carried + 1,
                                 "t3.carried_out.total": int(broken.value("t3.carried_out.total")) + 1})
    copier = with_sections(unit_report(1), {"overall": unit_report(2).sections["overall"]})
    reports = [broken, copier, unit_report(2), unit_report(3)]
    read = [ReadReport(f"{i}.json", "", f"sha{i}", "json", r, version=4 if i == 0 else None)
            for i, r in enumerate(reports)]
    units = [Unit(unit_name(i)) for i in range(4)]
    return review_reports(assign(read, units, 2025), 2025, region="某某县人民政府办公室")


def _lists(review, names):
    return [issue_list(review.row(n), region="某某县人民政府办公室", reviewer="李四", date=dt.date(2026, 2, 3))
            for n in names]


def test_the_pdf_has_a_page_a_unit_with_each_finding_and_what_to_correct(review, tmp_path):
    lists = _lists(review, [unit_name(0), unit_name(1), unit_name(3)])
    path = tmp_path / "清单.pdf"
    path.write_bytes(issue_lists_pdf(lists))
    pages = int(next(line.split()[-1] for line in subprocess.run(["pdfinfo", str(path)], capture_output=True,
                     text=True, check=True).stdout.splitlines() if line.startswith("Pages:")))
    assert pages == 3

    def page(n: int) -> str:
        text = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(path), "-"], capture_output=True,
                              text=True, check=True).stdout
        return "".join(text.split())

    first, second, third = page(1), page(2), page(3)
    assert unit_name(0) in first and "问题明细清单" in first
    for words in ("指标", "评价标准", "问题明细", "整改要求", "表内勾稽关系成立", "审核结论：退回修改", "审核人：李四"):
        assert words in first
    assert "不符合勾稽关系" in first and "修改后重新报送" in first
    # Table cells wrap and pdftotext interleaves their lines: the other unit's name is read from its last line.
    assert unit_name(1) in second and "与其他单位内容雷同" in second and "县民政局的报告相同" in second
    assert unit_name(3) in third and "未发现问题" in third and "审核结论：通过" in third


def test_the_word_file_has_the_four_columns_and_a_repeated_header(review, tmp_path):
    path = tmp_path / "清单.docx"
    path.write_bytes(issue_lists_docx(_lists(review, [unit_name(0), unit_name(1)])))
    document = docx.Document(str(path))
    assert len(document.tables) == 2
    first = document.tables[0]
    assert [c.text for c in first.rows[0].cells] == ["指标", "评价标准", "问题明细", "整改要求"]
    assert first.rows[0]._tr.trPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader") is not None
    assert first.rows[1].cells[0].text == "表内勾稽关系成立" and "不符合勾稽关系" in first.rows[1].cells[2].text
    assert "雷同" in document.tables[1].rows[-1].cells[0].text
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == unit_name(0) + "\n2025年政府信息公开工作年度报告问题明细清单"
    assert any("审核人：李四" in t for t in texts)


def test_the_remarks_file_names_every_finding_at_its_cells(review):
    row = review.row(unit_name(0))
    document = remarks_document(row, _lists(review, [unit_name(0)])[0])
    assert {k: document[k] for k in ("remarks", "agency", "year", "version", "reviewer", "date", "verdict")} == {
        "remarks": 1, "agency": unit_name(0), "year": 2025, "version": 4, "reviewer": "李四", "date": "2026-02-03",
        "verdict": "退回修改"}
    balance = [item for item in document["items"] if item["rule"] == "T3-BALANCE"]
    assert {item["location"] for item in balance} == {"t3.r.total.natural", "t3.r.total.total"}
    assert all("t3.carried_out.natural" in item["cells"] or "t3.carried_out.total" in item["cells"]
               for item in balance)
    copier = review.row(unit_name(1))
    items = remarks_document(copier, _lists(review, [unit_name(1)])[0])["items"]
    # Its copied part 一 states the other unit's figure (the checks' own finding), and is alike the other unit.
    assert [(i["rule"], i["location"]) for i in items] == [("NARRATIVE-NUMBER", "t3.new.total"), ("REMARK", "overall")]
    assert items[-1]["message"] == f"「一、总体情况」有100%的文字与{unit_name(2)}的报告相同。"
    json.dumps(document, ensure_ascii=False)  # a plain JSON document


def test_the_list_speaks_english_in_an_english_ui(review, tmp_path: Path):
    set_language("en")
    try:
        lists = _lists(review, [unit_name(0)])
        assert lists[0].rows[0].indicator == "Every table identity holds"
        path = tmp_path / "list.pdf"
        path.write_bytes(issue_lists_pdf(lists))
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        assert "Findings" in text and "To correct" in text
    finally:
        set_language("zh")
