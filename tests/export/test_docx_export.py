"""The Word export: official table layout and values, heading styles, fonts, page set-up, text kept verbatim."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from disclosure_desktop.domain.jsonio import loads, report_from_dict
from disclosure_desktop.domain.layout import table_grid
from disclosure_desktop.domain.plaintext import report_from_text
from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.textblocks import split_blocks
from disclosure_desktop.export import docx_xml
from disclosure_desktop.export.docx_export import build_document
from tests.helpers.exports import export_to
from tests.helpers.paths import TESTS

HERE = TESTS
FIXTURE = HERE / "fixtures" / "docx_report.json"
GOLDEN = HERE / "golden" / "docx_document.xml"
RAW = json.loads(FIXTURE.read_text("utf-8"))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def fixture_report() -> Report:
    return loads(FIXTURE.read_text("utf-8"))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "报告.docx"
    export_to(fixture_report(), path)
    return path


@pytest.fixture(scope="module")
def document(exported: Path):
    return docx.Document(str(exported))


def text_grid(table) -> list[list]:
    """The table's cells by (row, column); python-docx repeats one cell object over a merged area."""
    return [list(row.cells) for row in table.rows]


def cell_text(cell) -> str:
    return cell.text.strip()


# --- tables


@pytest.mark.parametrize("index, section_id", [(0, "proactive"), (1, "applications"), (2, "review_litigation")])
def test_every_grid_cell_is_in_its_official_place_with_its_span(document, index, section_id):
    report = fixture_report()
    spec = report.format.section(section_id).table
    grid = table_grid(spec)
    cells = text_grid(document.tables[index])
    assert len(cells) == grid.height
    assert all(len(row) == grid.width for row in cells)
    for g in grid.cells:
        expected = report.value(g.cell_id) if g.kind == "value" else g.text
        anchor = cells[g.row][g.col]
        assert cell_text(anchor) == expected, (g.row, g.col)
        # The merged area is one cell, and it ends where the official layout says.
        for r in range(g.row, g.row + g.rowspan):
            for c in range(g.col, g.col + g.colspan):
                assert cells[r][c]._tc is anchor._tc, (g.text, r, c)
        if g.col + g.colspan < grid.width:
            assert cells[g.row][g.col + g.colspan]._tc is not anchor._tc
        if g.row + g.rowspan < grid.height:
            assert cells[g.row + g.rowspan][g.col]._tc is not anchor._tc


# Table 3 as the spec prints it (§4): (label, row id or None for a group label).
T3_ROWS = [
    ("一、本年新收政府信息公开申请数量", "new"),
    ("二、上年结转政府信息公开申请数量", "carried_in"),
    ("（一）予以公开", "r.disclosed"),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "r.partial"),
    ("1.属于国家秘密", "r.withheld.secret"),
    ("2.其他法律行政法规禁止公开", "r.withheld.prohibited"),
    ("3.危及“三安全一稳定”", "r.withheld.stability"),
    ("4.保护第三方合法权益", "r.withheld.third_party"),
    ("5.属于三类内部事务信息", "r.withheld.internal"),
    ("6.属于四类过程性信息", "r.withheld.process"),
    ("7.属于行政执法案卷", "r.withheld.enforcement"),
    ("8.属于行政查询事项", "r.withheld.query"),
    ("1.本机关不掌握相关政府信息", "r.unavailable.not_held"),
    ("2.没有现成信息需要另行制作", "r.unavailable.needs_creation"),
    ("3.补正后申请内容仍不明确", "r.unavailable.unclear"),
    ("1.信访举报投诉类申请", "r.declined.petition"),
    ("2.重复申请", "r.declined.repeat"),
    ("3.要求提供公开出版物", "r.declined.publication"),
    ("4.无正当理由大量反复申请", "r.declined.excessive"),
    ("5.要求行政机关确认或重新出具已获取信息", "r.declined.confirmation"),
    ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "r.other.no_correction"),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "r.other.fee_unpaid"),
    ("3.其他", "r.other.other"),
    ("（七）总计", "r.total"),
    ("四、结转下年度继续办理", "carried_out"),
]
T3_COLUMNS = [
    ("自然人", "natural"),
    ("商业企业", "commercial"),
    ("科研机构", "research"),
    ("社会公益组织", "nonprofit"),
    ("法律服务机构", "legal"),
    ("其他", "other_org"),
    ("总计", "total"),
]
T3_GROUPS = {
    "三、本年度办理结果": 22,
    "（三）不予公开": 8,
    "（四）无法提供": 3,
    "（五）不予处理": 5,
    "（六）其他处理": 3,
}


def _row_of(cells: list[list], label: str, head: int) -> int:
    """The body row whose last label cell reads `label` (label cells precede the values)."""
    found = [r for r in range(head, len(cells)) if label in {cell_text(c) for c in cells[r]}]
    assert len(found) == 1, (label, found)
    return found[0]


def _column_of(cells: list[list], label: str, head: int) -> int:
    """The value column whose lowest header cell (a merged one reads the same) is `label`."""
    found = [c for c in range(len(cells[0])) if cell_text(cells[head - 1][c]) == label]
    assert len(found) == 1, (label, found)
    return found[0]


def test_table_3_values_sit_under_the_spec_labels(document):
    cells = text_grid(document.tables[1])
    head = 3
    assert cell_text(cells[0][0]) == "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    assert cell_text(cells[0][3]) == "申请人情况"
    assert cell_text(cells[1][4]) == "法人或其他组织"
    assert len({id(cells[1][c]._tc) for c in range(4, 9)}) == 1  # 法人或其他组织 spans five columns
    for label, row_id in T3_ROWS:
        r = _row_of(cells, label, head)
        for col_label, col_id in T3_COLUMNS:
            c = _column_of(cells, col_label, head)
            assert cell_text(cells[r][c]) == str(RAW["cells"][f"t3.{row_id}.{col_id}"]), (label, col_label)
    for label, span in T3_GROUPS.items():
        rows = [r for r in range(head, len(cells)) if any(cell_text(c) == label for c in cells[r])]
        assert len(rows) == span, label


def test_table_4_values_sit_under_the_spec_labels(document):
    cells = text_grid(document.tables[2])
    assert len(cells) == 4 and len(cells[0]) == 15
    groups = [
        ("reconsideration", ["行政复议"]),
        ("lawsuit_direct", ["行政诉讼", "未经复议直接起诉"]),
        ("lawsuit_after", ["行政诉讼", "复议后起诉"]),
    ]
    columns = [
        ("upheld", "结果维持"),
        ("corrected", "结果纠正"),
        ("other", "其他结果"),
        ("pending", "尚未审结"),
        ("total", "总计"),
    ]
    for g, (group_id, path) in enumerate(groups):
        for k, (col_id, label) in enumerate(columns):
            c = g * 5 + k
            header = [cell_text(cells[r][c]) for r in range(3)]
            assert header[0] == path[0]
            if len(path) > 1:
                assert header[1] == path[1]
            assert header[-1] == label
            assert cell_text(cells[3][c]) == str(RAW["cells"][f"t4.{group_id}.{col_id}"])


def test_table_2_values_sit_under_the_spec_labels(document):
    cells = text_grid(document.tables[0])
    expected = [
        ("第二十条第（一）项", "规章", "本年制发件数", "t2.rules.issued"),
        ("第二十条第（一）项", "规章", "现行有效件数", "t2.rules.in_force"),
        ("第二十条第（一）项", "行政规范性文件", "本年废止件数", "t2.normative.repealed"),
        ("第二十条第（五）项", "行政许可", "本年处理决定数量", "t2.licensing.decisions"),
        ("第二十条第（六）项", "行政处罚", "本年处理决定数量", "t2.penalty.decisions"),
        ("第二十条第（六）项", "行政强制", "本年处理决定数量", "t2.enforcement.decisions"),
        ("第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）", "t2.fees.amount"),
    ]
    for block, row_label, col_label, cid in expected:
        top = next(r for r, row in enumerate(cells) if cell_text(row[0]) == block)
        header = top + 1
        assert cell_text(cells[header][0]) == "信息内容"
        c = next(c for c in range(4) if cell_text(cells[header][c]) == col_label)
        r = next(r for r in range(header + 1, len(cells)) if cell_text(cells[r][0]) == row_label)
        assert cell_text(cells[r][c]) == str(RAW["cells"][cid])
    assert "4068.208" in {cell_text(c) for c in cells[-1]}


def test_table_layout_in_the_xml(document):
    # Table 4's fifteen columns hold six digits each only on a landscape page (type area 225 mm wide).
    for table, head_rows, area in zip(document.tables, (0, 3, 3), (156, 156, 225), strict=True):
        tbl = table._tbl
        widths = [int(g.get(qn("w:w"))) for g in tbl.tblGrid.findall(qn("w:gridCol"))]
        assert sum(widths) == docx_xml.twips(area)
        assert tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        assert tbl.tblPr.find(qn("w:tblBorders")) is not None
        for index, tr in enumerate(tbl.tr_lst):
            assert (tr.trPr.find(qn("w:tblHeader")) is not None) == (index < head_rows)
            offset = 0
            for tc in tr.tc_lst:
                span = tc.grid_span
                assert int(tc.tcPr.tcW.get(qn("w:w"))) == sum(widths[offset : offset + span])
                assert tc.tcPr.tcW.get(qn("w:type")) == "dxa"
                offset += span
                borders = tc.tcPr.find(qn("w:tcBorders"))
                assert {b.tag for b in borders} == {W + s for s in ("top", "left", "bottom", "right")}
                assert tc.tcPr.find(qn("w:vAlign")).get(qn("w:val")) == "center"
            assert offset == len(widths)
    orientations = [(s.orientation, round(s.page_width.mm), round(s.page_height.mm)) for s in document.sections]
    assert orientations == [(0, 210, 297), (1, 297, 210), (0, 210, 297)]  # portrait, landscape for table 4, portrait
    landscape = document.sections[1]
    assert (round(landscape.left_margin.mm + landscape.right_margin.mm), round(landscape.top_margin.mm)) == (72, 28)
    # Numbers right-aligned, in a 10.5–12 pt face.
    t3 = document.tables[1]
    value = t3.rows[3].cells[5].paragraphs[0]
    assert value.alignment == 2  # WD_ALIGN_PARAGRAPH.RIGHT
    style = document.styles["Report Table Text"]
    assert 10.5 <= style.font.size.pt <= 12
    for table in document.tables:
        for paragraph in table._tbl.iter(qn("w:p")):
            assert paragraph.pPr.pStyle.get(qn("w:val")) == style.style_id
            for run in paragraph.iter(qn("w:r")):
                size = run.find(f"{qn('w:rPr')}/{qn('w:sz')}")
                assert size is None or 21 <= int(size.get(qn("w:val"))) <= 24


def test_each_table_follows_its_heading_and_lead_in(document):
    body = document.element.body
    sequence = []
    for child in body:
        if child.tag == qn("w:tbl"):
            sequence.append("<table>")
        elif child.tag == qn("w:p"):
            text = "".join(t.text or "" for t in child.iter(qn("w:t")))
            if text:
                sequence.append(text)
    lead_in = RAW["sections"]["applications"]
    assert sequence[sequence.index("三、收到和处理政府信息公开申请情况") + 1] == lead_in
    assert sequence[sequence.index(lead_in) + 1] == "<table>"
    assert sequence[sequence.index("二、主动公开政府信息情况") + 1] == "<table>"
    assert sequence[sequence.index("四、政府信息公开行政复议、行政诉讼情况") + 1] == "<table>"
    assert sequence.count("<table>") == 3


# --- headings, text, fonts


FIXTURE_HEADINGS = [
    ("Heading 1", "一、总体情况"),
    ("Heading 2", "（一）主动公开"),
    ("Heading 3", "1.重点领域信息公开"),
    ("Heading 2", "（三）政府信息管理"),
    ("Heading 4", "（1）规范性文件清理"),
    ("Heading 2", "（四）政府信息公开平台建设"),
    ("Heading 2", "（五）监督保障"),
    ("Heading 1", "二、主动公开政府信息情况"),
    ("Heading 1", "三、收到和处理政府信息公开申请情况"),
    ("Heading 1", "四、政府信息公开行政复议、行政诉讼情况"),
    ("Heading 1", "五、存在的主要问题及改进情况"),
    ("Heading 2", "（一）上年度存在问题的整改情况"),
    ("Heading 2", "（二）本年度存在的主要问题"),
    ("Heading 2", "（三）下一步改进措施"),
    ("Heading 1", "六、其他需要报告的事项"),
    ("Heading 2", "（一）信息处理费收取情况"),
    ("Heading 2", "（二）年度政务公开工作要点落实情况"),
]


def test_headings_use_heading_styles_in_order(document):
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == FIXTURE_HEADINGS
    title = document.paragraphs[0]
    assert title.style.name == "Title"
    # Too long for one line: broken after the agency's name, not wherever the line runs out.
    assert title.text.split("\n") == ["某某县人民政府办公室", "2025年政府信息公开工作年度报告"]
    assert title.alignment == 1  # centred
    assert (title.runs[0].font.size or title.style.font.size).pt == 22


def test_run_in_heading_is_one_body_paragraph_with_the_heading_face(document):
    paragraph = next(p for p in document.paragraphs if p.text.startswith("（二）依申请公开。"))
    assert paragraph.style.name == "Normal"
    first, rest = paragraph.runs
    assert first.text == "（二）依申请公开。"
    assert first._r.rPr.rFonts.get(qn("w:eastAsia")) == "楷体_GB2312"
    assert rest._r.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"


def test_heading_styles_are_restyled(document):
    faces = {"Heading 1": ("黑体", False), "Heading 2": ("楷体_GB2312", False), "Heading 3": ("仿宋_GB2312", True)}
    for name, (face, bold) in faces.items():
        style = document.styles[name]
        rpr = style.element.rPr
        assert rpr.rFonts.get(qn("w:eastAsia")) == face
        assert not any("Theme" in attr or "theme" in attr for attr in rpr.rFonts.attrib)
        assert style.font.size.pt == 16
        assert style.font.bold is bold
        assert style.font.italic is False
        assert str(style.font.color.rgb) == "000000"
    normal = document.styles["Normal"].element
    assert normal.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:eastAsia")) == "zh-CN"


def test_every_style_says_its_east_asian_text_is_simplified_chinese(document):
    # Without it LibreOffice and WPS take the reader's locale and may choose Japanese glyph forms.
    styles = document.styles.element.findall(qn("w:style"))
    assert len(styles) > 100
    for style in styles:
        lang = style.find(f"{qn('w:rPr')}/{qn('w:lang')}")
        assert lang is not None and lang.get(qn("w:eastAsia")) == "zh-CN", style.get(qn("w:styleId"))


def test_every_run_sets_the_east_asian_font(document):
    parts = [document.element, *(s.footer._element for s in document.sections)]
    runs = [r for part in parts for r in part.iter(qn("w:r"))]
    assert len(runs) > 300
    for run in runs:
        fonts = run.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        assert fonts is not None and fonts.get(qn("w:eastAsia")), etree.tostring(run, encoding="unicode")


def test_body_paragraphs_have_the_gongwen_indent_and_pitch(document):
    body = [p for p in document.paragraphs if p.style.name == "Normal" and p.text and p.alignment != 2]
    assert len(body) > 15
    for paragraph in body:
        ind = paragraph._p.pPr.find(qn("w:ind"))
        assert ind.get(qn("w:firstLineChars")) == "200" and ind.get(qn("w:firstLine")) == "640"
        spacing = paragraph._p.pPr.find(qn("w:spacing"))
        assert spacing.get(qn("w:line")) == "578" and spacing.get(qn("w:lineRule")) == "exact"


def test_user_text_is_kept_verbatim(document, exported):
    text = "\n".join(p.text for p in document.paragraphs)
    for literal in ("<script>alert(1)</script>", "{{ 7*7 }}", "R&D", '"透明"'):
        assert literal in text
    import zipfile

    with zipfile.ZipFile(exported) as archive:
        xml = archive.read("word/document.xml").decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in xml and "<script>" not in xml


def test_signature_block_ends_the_document_right_aligned(document):
    tail = [p for p in document.paragraphs if p.text][-2:]
    assert [p.text for p in tail] == ["某某县人民政府办公室", "2026年1月23日"]
    assert all(p.alignment == 2 for p in tail)


# --- page set-up, footer, properties


def test_a4_page_and_gongwen_margins(document):
    sect_pr = document.sections[0]._sectPr
    size = sect_pr.find(qn("w:pgSz"))
    assert (size.get(qn("w:w")), size.get(qn("w:h"))) == ("11906", "16838")
    margins = sect_pr.find(qn("w:pgMar"))
    got = {side: margins.get(qn(f"w:{side}")) for side in ("top", "bottom", "left", "right")}
    assert got == {"top": "2098", "bottom": "1984", "left": "1587", "right": "1474"}


def test_footer_has_a_centred_page_field(document):
    footer = document.sections[0].footer
    xml = etree.tostring(footer._element, encoding="unicode")
    assert "<w:instrText" in xml and " PAGE " in xml
    kinds = [f.get(qn("w:fldCharType")) for f in footer._element.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"]
    paragraph = footer.paragraphs[0]
    assert paragraph.alignment == 1
    assert paragraph.text.startswith("— ") and paragraph.text.endswith(" —")
    for run in paragraph.runs:
        assert run.font.size.pt == 14
        assert run._r.rPr.rFonts.get(qn("w:eastAsia")) == "宋体"


def test_core_properties(document):
    props = document.core_properties
    assert props.title == "某某县人民政府办公室2025年政府信息公开工作年度报告"
    assert props.author == "某某县人民政府办公室"
    assert props.language == "zh-CN"
    assert "python-docx" not in (props.comments or "")


# --- other formats


def test_gov_2019_table_2_and_single_other_row():
    doc = {
        "format": "gov-2019",
        "agency": "某某市交通运输局",
        "year": 2020,
        "meta": {"published_on": "2021-01-20"},
        "sections": {
            "overall": "（一）主动公开\n本年度主动公开信息。",
            "problems": "问题。",
            "other_matters": "无。",
        },
        "cells": {
            "t2.other_services.prev_items": 41,
            "t2.other_services.delta": "-3",
            "t2.other_services.decisions": 77,
            "t2.procurement.projects": 12,
            "t2.procurement.amount": "356.5",
            "t3.r.other.natural": 4,
            "t3.r.other.total": 9,
            "t3.r.other.legal": 5,
        },
    }
    report = report_from_dict(doc)
    document = build_document(report)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "五、政府信息公开工作存在的主要问题及改进情况" in headings
    t2 = text_grid(document.tables[0])
    row = next(r for r in t2 if cell_text(r[0]) == "其他对外管理服务事项")
    assert [cell_text(c) for c in row] == ["其他对外管理服务事项", "41", "-3", "77"]
    row = next(r for r in t2 if cell_text(r[0]) == "政府集中采购")
    assert [cell_text(c) for c in row] == ["政府集中采购", "12", "356.5", "356.5"]  # 采购总金额 spans two
    header = t2[t2.index(row) - 1]
    assert [cell_text(c) for c in header] == ["信息内容", "采购项目数量", "采购总金额", "采购总金额"]
    t3 = text_grid(document.tables[1])
    other = [r for r in t3 if any(cell_text(c) == "（六）其他处理" for c in r)]
    assert len(other) == 1
    assert [cell_text(c) for c in other[0][-7:]] == ["4", "", "", "", "5", "", "9"]
    group = [r for r in t3 if cell_text(r[0]) == "三、本年度办理结果"]
    assert len(group) == 20


def test_narrative_seed_keeps_every_paragraph_under_its_heading(seed_text):
    report = report_from_text(seed_text)
    document = build_document(report)
    expected = ["\n".join(report.title_lines()), *(b.text for b in split_blocks(report.preamble()))]
    for section_id, heading in report.printed_sections():
        expected.append(heading)
        expected += [b.text for b in split_blocks(report.text(section_id))]
    expected += report.closing_lines()
    got = [p.text for p in document.paragraphs if p.text]
    assert got == expected
    assert not document.tables
    # Independently of the splitter: every line of the seed's body, in the same order.
    lines = [re.sub(r"^[\s\u3000?？]+", "", line).strip() for line in seed_text.splitlines()[1:]]
    lines = [line for line in lines if line]
    assert [re.sub(r"^[一二三]、", "", t) for t in got[1 : len(lines) + 1]] == [
        re.sub(r"^[一二三]、", "", line) for line in lines
    ]
    part_headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert part_headings == ["一、概述", "二、主动公开政府信息的情况", "三、信息公开工作存在主要问题及下一步措施"]
    assert [p.text[:7] for p in document.paragraphs if p.style.name == "Heading 2"][:3] == [
        "(一)落实组织",
        "(二)加大教育",
        "(三)强化制度",
    ]


def test_report_without_cells_or_text_still_exports(tmp_path):
    report = Report(format_id="gov-2021", agency="某某乡人民政府", year=2025)
    export_to(report, tmp_path / "empty.docx")
    document = docx.Document(str(tmp_path / "empty.docx"))
    assert len(document.tables) == 3
    assert document.tables[1].rows[3].cells[3].text == ""


# --- writing


def test_export_replaces_atomically_and_leaves_no_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "report.docx"
    target.write_bytes(b"old")
    export_to(fixture_report(), target)
    assert target.read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]

    def broken_save(self, stream):
        stream.write(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(docx.document.Document, "save", broken_save)
    before = target.read_bytes()
    with pytest.raises(OSError):
        export_to(fixture_report(), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]


# --- golden document.xml


def masked_document_xml(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    for element in root.iter():
        for name in list(element.attrib):
            local = etree.QName(name).localname
            # Revision ids, drawing/bookmark ids and dates change between runs and tools.
            if local.startswith("rsid") or local in {"id", "date"} or local.endswith("Id"):
                element.set(name, "*")
    return etree.tostring(root, pretty_print=True, encoding="unicode")


def test_document_xml_matches_the_golden_file(exported):
    got = masked_document_xml(exported)
    if os.environ.get("UPDATE_GOLDEN") == "1" or not GOLDEN.exists():
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(got, "utf-8")
        if os.environ.get("UPDATE_GOLDEN") != "1":
            pytest.fail(f"golden file was missing and has been written: {GOLDEN}")
    assert got == GOLDEN.read_text("utf-8"), "document.xml changed; rerun with UPDATE_GOLDEN=1 if intended"


# --- a real office suite reads it


NEEDS_LIBREOFFICE = pytest.mark.skipif(
    shutil.which("libreoffice") is None and not os.environ.get("CI"),
    reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui poppler-utils)",
)


@pytest.fixture(scope="module")
def libreoffice_pdf(exported: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """LibreOffice's own rendering of the Word file, as a reader without Word prints it."""
    out = tmp_path_factory.mktemp("lo")
    source = out / "report.docx"
    shutil.copy(exported, source)
    subprocess.run(
        [
            "libreoffice",
            f"-env:UserInstallation=file://{out}/lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out / "report.pdf"


@NEEDS_LIBREOFFICE
def test_libreoffice_sets_the_body_in_a_fangsong_face_and_no_japanese_one(libreoffice_pdf):
    fonts = subprocess.run(["pdffonts", str(libreoffice_pdf)], check=True, capture_output=True, text=True).stdout
    names = [line.split()[0] for line in fonts.splitlines()[2:]]
    assert not [n for n in names if "jp" in n.lower()], fonts  # Japanese glyph forms in a Chinese report
    installed = subprocess.run(["fc-list", ":family", "family"], capture_output=True, text=True).stdout
    if "FandolFang" not in installed and "FangSong" not in installed and "仿宋" not in installed:
        pytest.skip("no 仿宋 face installed (scripts/install_fonts.py installs FandolFang)")
    assert [n for n in names if "Fang" in n], fonts


@NEEDS_LIBREOFFICE
def test_libreoffice_renders_title_labels_and_values(libreoffice_pdf):
    pdf = libreoffice_pdf
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert "595.3" in info and "841.8" in info  # A4 in points
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = re.sub(r"\s+", "", text)
    for label in (
        "某某县人民政府办公室2025年政府信息公开工作年度报告",
        "一、总体情况",
        "申请人情况",
        "法人或其他组织",
        "一、本年新收政府信息公开申请数量",
        "四、结转下年度继续办理",
        "行政诉讼",
        "未经复议直接起诉",
        "<script>alert(1)</script>",
        "—1—",
    ):
        assert label in flat, label
    cells = RAW["cells"]
    row = [
        str(cells[f"t3.new.{c}"])
        for c in ("natural", "commercial", "research", "nonprofit", "legal", "other_org", "total")
    ]
    assert re.search(r"\s+".join(row), text), row
    assert "4068.208" in text
