"""The report as a web page: official table layout, numbers in place, narrative text in order, escaping, Qt."""

from __future__ import annotations

import json
import re

import pytest

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.plaintext import report_from_text
from disclosure_desktop.domain.report import Cell, Report
from disclosure_desktop.export.context import build_context
from disclosure_desktop.export.html import render_html
from tests.helpers.html_grid import Page, parse_page
from tests.helpers.html_tables import T2_2021, T3_2021_ROWS, T4_COLUMNS, check_table2, stub_labels
from tests.helpers.paths import FULL_REPORT

# ---- The official labels, copied from the spec (shared/spec/report-format.md §3–§4), not from the format data.

T2_CAPTION = "二、主动公开政府信息情况"
T3_CAPTION = "三、收到和处理政府信息公开申请情况"
T4_CAPTION = "四、政府信息公开行政复议、行政诉讼情况"

T2_2019 = [
    ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"], ["规章", "规范性文件"]),
    ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"], ["行政许可", "其他对外管理服务事项"]),
    ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"], ["行政处罚", "行政强制"]),
    ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], ["行政事业性收费"]),
    ("第二十条第（九）项", ["采购项目数量", "采购总金额"], ["政府集中采购"]),
]
# Cell-id part → (row label, column header) of table 2 (gov-2021).
T2_2021_CELLS = {
    "rules.issued": ("规章", "本年制发件数"),
    "rules.repealed": ("规章", "本年废止件数"),
    "rules.in_force": ("规章", "现行有效件数"),
    "normative.issued": ("行政规范性文件", "本年制发件数"),
    "normative.repealed": ("行政规范性文件", "本年废止件数"),
    "normative.in_force": ("行政规范性文件", "现行有效件数"),
    "licensing.decisions": ("行政许可", "本年处理决定数量"),
    "penalty.decisions": ("行政处罚", "本年处理决定数量"),
    "enforcement.decisions": ("行政强制", "本年处理决定数量"),
    "fees.amount": ("行政事业性收费", "本年收费金额（单位：万元）"),
}

T3_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
# Column id → header label path (spec §4, table 3).
T3_COLUMNS = {
    "natural": ("申请人情况", "自然人"),
    "commercial": ("申请人情况", "法人或其他组织", "商业企业"),
    "research": ("申请人情况", "法人或其他组织", "科研机构"),
    "nonprofit": ("申请人情况", "法人或其他组织", "社会公益组织"),
    "legal": ("申请人情况", "法人或其他组织", "法律服务机构"),
    "other_org": ("申请人情况", "法人或其他组织", "其他"),
    "total": ("申请人情况", "总计"),
}
# gov-2019: （六）其他处理 is one row without sub-items.
T3_2019_ROWS = [
    *T3_2021_ROWS[:24],  # up to 5.要求行政机关确认或重新出具已获取信息
    ("r.other", "（六）其他处理"),
    ("r.total", "（七）总计"),
    ("carried_out", "四、结转下年度继续办理"),
]

T4_GROUPS = {
    "reconsideration": ("行政复议",),
    "lawsuit_direct": ("行政诉讼", "未经复议直接起诉"),
    "lawsuit_after": ("行政诉讼", "复议后起诉"),
}


# ---- Helpers


def _fixture_doc() -> dict:
    return json.loads(FULL_REPORT.read_text("utf-8"))


@pytest.fixture(scope="module")
def full_page() -> Page:
    return parse_page(render_html(jsonio.loads(FULL_REPORT.read_text("utf-8"))))


def _empty(format_id: str) -> Page:
    return parse_page(render_html(Report(format_id, "某某县人民政府", 2020 if format_id == "gov-2019" else 2025)))


# ---- The page as a whole


def test_page_skeleton(full_page: Page) -> None:
    html = render_html(jsonio.loads(FULL_REPORT.read_text("utf-8")))
    assert html.startswith("<!DOCTYPE html>")
    assert full_page.attrs["html"] == [{"lang": "zh-CN"}]
    assert {"charset": "utf-8"} in full_page.attrs["meta"]
    title = "某某县人民政府2021年政府信息公开工作年度报告"
    assert full_page.title == title
    assert [b.text for b in full_page.blocks_with("h1")] == [title]
    assert full_page.tags["script"] == 0
    assert full_page.tags["style"] == 1
    assert [b.text for b in full_page.blocks_with("h2")] == [
        "一、总体情况",
        T2_CAPTION,
        T3_CAPTION,
        T4_CAPTION,
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ]


def test_metadata_block_and_signature(full_page: Page) -> None:
    meta = next(b for b in full_page.blocks_with("p") if "meta" in b.classes)
    items = [s.text for s in meta.spans if "meta-item" in s.classes]
    assert items == ["发布机构：某某县人民政府", "发布日期：2022年1月23日"]
    signs = [b.text for b in full_page.blocks if "sign" in b.classes]
    assert signs == ["某某县人民政府", "2022年1月23日"]
    assert re.search(r"p\.sign\s*\{[^}]*text-align:\s*right", full_page.style)


def test_date_has_no_leading_zeros() -> None:
    report = Report("gov-2021", "某某县人民政府", 2025, meta={"published_on": "2026-01-03"})
    page = parse_page(render_html(report))
    meta = next(b for b in page.blocks_with("p") if "meta" in b.classes)
    assert meta.text.endswith("发布日期：2026年1月3日")
    assert [b.text for b in page.blocks if "sign" in b.classes] == ["某某县人民政府", "2026年1月3日"]


def test_css_is_static_and_qt_friendly(full_page: Page) -> None:
    style = full_page.style
    assert "border-collapse: collapse" in style
    assert re.search(r"td\.num\s*\{[^}]*text-align:\s*right", style)
    assert re.search(r"p\.para\s*\{[^}]*text-indent:\s*32px", style)
    assert '"FangSong", "仿宋", "仿宋_GB2312", "STFangsong", "Noto Serif CJK SC", "AR PL UMing CN", serif' in style
    assert "&#34;" not in style and "&quot;" not in style  # autoescape never touched the CSS
    assert not re.search(r"display:\s*(flex|grid)", style)
    assert "<" not in style  # Qt's parser drops the whole sheet at a less-than sign, even inside a comment


# ---- Tables of gov-2021: labels exactly as in the spec


def test_table2_2021_labels(full_page: Page) -> None:
    check_table2(full_page.table_captioned(T2_CAPTION), T2_2021)


def test_table3_2021_labels_and_header(full_page: Page) -> None:
    table = full_page.table_captioned(T3_CAPTION)
    assert stub_labels(table) == [label for _, label in T3_2021_ROWS]
    corner = table.cell_with_text(T3_CORNER)
    assert (corner.row, corner.col, corner.rowspan, corner.colspan) == (0, 0, 3, 3)
    assert corner.group == "thead"
    heads = [c.text for c in table.cells() if c.tag == "th" and c.scope == "col"]
    assert heads == ["申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织",
                     "法律服务机构", "其他"]


def test_table4_labels(full_page: Page) -> None:
    table = full_page.table_captioned(T4_CAPTION)
    heads = [c.text for c in table.cells() if c.tag == "th" and c.scope == "col"]
    five = list(T4_COLUMNS.values())
    assert heads == ["行政复议", "行政诉讼", *five, "未经复议直接起诉", "复议后起诉", *five, *five]


# ---- Spans of the official layout


def test_table3_spans(full_page: Page) -> None:
    table = full_page.table_captioned(T3_CAPTION)
    assert (table.height, table.width) == (28, 10)
    assert all(slot is not None for row in table.grid for slot in row)  # no hole, no overlap
    assert [table.row_groups[r][0] for r in range(3)] == ["thead"] * 3
    assert {table.row_groups[r][0] for r in range(3, 28)} == {"tbody"}

    results = table.cell_with_text("三、本年度办理结果")
    assert (results.row, results.col, results.rowspan, results.colspan) == (5, 0, 22, 1)
    applicants = table.cell_with_text("申请人情况")
    assert (applicants.row, applicants.col, applicants.rowspan, applicants.colspan) == (0, 3, 1, 7)
    spans = {t: (c.row, c.col, c.rowspan, c.colspan) for t in ("自然人", "法人或其他组织", "总计")
             for c in [table.cell_with_text(t)]}
    assert spans == {"自然人": (1, 3, 2, 1), "法人或其他组织": (1, 4, 1, 5), "总计": (1, 9, 2, 1)}
    groups = (("（三）不予公开", 8), ("（四）无法提供", 3), ("（五）不予处理", 5), ("（六）其他处理", 3))
    for label, rows in groups:
        group = table.cell_with_text(label)
        assert (group.col, group.rowspan, group.colspan) == (1, rows, 1)
    for label, width in (("一、本年新收政府信息公开申请数量", 3), ("（一）予以公开", 2), ("（七）总计", 2),
                         ("1.属于国家秘密", 1), ("四、结转下年度继续办理", 3)):
        cell = table.cell_with_text(label)
        assert cell.colspan == width and cell.col + width == 3
    assert sum(1 for c in table.cells() if c.tag == "td" and "num" in c.classes) == 175


def test_table4_header_structure(full_page: Page) -> None:
    table = full_page.table_captioned(T4_CAPTION)
    assert (table.height, table.width) == (4, 15)
    assert [table.row_groups[r][0] for r in range(4)] == ["thead", "thead", "thead", "tbody"]
    assert all(slot is not None for row in table.grid for slot in row)
    review = table.cell_with_text("行政复议")
    lawsuit = table.cell_with_text("行政诉讼")
    direct = table.cell_with_text("未经复议直接起诉")
    after = table.cell_with_text("复议后起诉")
    assert (review.row, review.col, review.colspan) == (0, 0, 5)
    assert (lawsuit.row, lawsuit.col, lawsuit.colspan) == (0, 5, 10)
    assert (direct.row, direct.col, direct.colspan) == (1, 5, 5)
    assert (after.row, after.col, after.colspan) == (1, 10, 5)
    # Under 行政复议 the five result headers span the two lower header rows.
    assert [(c.text, c.rowspan) for c in table.rows[1][:5]] == [(t, 2) for t in T4_COLUMNS.values()]
    assert [c.text for c in table.rows[2]] == list(T4_COLUMNS.values()) * 2


def test_header_scopes(full_page: Page) -> None:
    for table in full_page.tables:
        for cell in table.cells():
            if cell.tag == "th":
                assert cell.scope in ("col", "row", "rowgroup")
                if cell.group == "thead":
                    assert cell.scope == "col"
            else:
                assert "num" in cell.classes or "corner" in cell.classes
    assert full_page.tags["thead"] == 2  # tables 3 and 4; table 2 repeats its header in every block
    assert [t.caption for t in full_page.tables] == [T2_CAPTION, T3_CAPTION, T4_CAPTION]


# ---- Numbers in the right row and column


def test_table3_values_in_place(full_page: Page) -> None:
    table = full_page.table_captioned(T3_CAPTION)
    cells = _fixture_doc()["cells"]
    checked = 0
    for row_id, label in T3_2021_ROWS:
        if row_id is None:
            continue
        for col_id, path in T3_COLUMNS.items():
            assert table.value(label, *path) == str(cells[f"t3.{row_id}.{col_id}"]), (label, path)
            checked += 1
    assert checked == 175
    assert table.value("1.属于国家秘密", "商业企业") == str(cells["t3.r.withheld.secret.commercial"])


def test_table2_and_table4_values_in_place(full_page: Page) -> None:
    cells = _fixture_doc()["cells"]
    t2 = full_page.table_captioned(T2_CAPTION)
    for key, (row_label, column) in T2_2021_CELLS.items():
        assert t2.value(row_label, column) == str(cells[f"t2.{key}"])
    assert t2.value("行政事业性收费", "本年收费金额（单位：万元）") == "4068.2081"
    t4 = full_page.table_captioned(T4_CAPTION)
    for group, path in T4_GROUPS.items():
        for col, label in T4_COLUMNS.items():
            assert t4.value(None, *path, label) == str(cells[f"t4.{group}.{col}"])


def test_fixture_numbers_are_distinct_and_add_up() -> None:
    cells = _fixture_doc()["cells"]
    counts = [v for v in cells.values() if isinstance(v, int)]
    assert len(counts) == len(set(counts)) == 199
    for row_id, _ in T3_2021_ROWS:
        if row_id:
            parts = sum(cells[f"t3.{row_id}.{c}"] for c in T3_COLUMNS if c != "total")
            assert parts == cells[f"t3.{row_id}.total"]
    result_rows = [r for r, _ in T3_2021_ROWS if r and r.startswith("r.") and r != "r.total"]
    for col in T3_COLUMNS:
        results = sum(cells[f"t3.{r}.{col}"] for r in result_rows)
        assert results == cells[f"t3.r.total.{col}"]
        assert cells[f"t3.new.{col}"] + cells[f"t3.carried_in.{col}"] == results + cells[f"t3.carried_out.{col}"]
    for group in T4_GROUPS:
        assert sum(cells[f"t4.{group}.{c}"] for c in T4_COLUMNS if c != "total") == cells[f"t4.{group}.total"]


def test_blank_cells_print_empty() -> None:
    page = _empty("gov-2021")
    table = page.table_captioned(T3_CAPTION)
    values = [c.text for c in table.cells() if c.tag == "td" and "num" in c.classes]
    assert len(values) == 175 and set(values) == {""}
    assert stub_labels(table) == [label for _, label in T3_2021_ROWS]


# ---- gov-2019


def test_gov2019_table2_and_single_other_row() -> None:
    page = _empty("gov-2019")
    check_table2(page.table_captioned(T2_CAPTION), T2_2019)
    table = page.table_captioned(T3_CAPTION)
    assert stub_labels(table) == [label for _, label in T3_2019_ROWS]
    assert (table.height, table.width) == (26, 10)
    other = table.cell_with_text("（六）其他处理")
    assert (other.col, other.rowspan, other.colspan) == (1, 1, 2)
    assert table.row_of("（六）其他处理") == other.row
    assert table.cell_with_text("三、本年度办理结果").rowspan == 20
    assert sum(1 for c in table.cells() if c.tag == "td" and "num" in c.classes) == 161
    headings = [b.text for b in page.blocks_with("h2")]
    assert "五、政府信息公开工作存在的主要问题及改进情况" in headings


# ---- Narrative text


def _seed_lines(seed_text: str) -> list[str]:
    lines = [re.sub(r"^[\s\u3000\ufeff?？]+", "", line).rstrip() for line in seed_text.splitlines()]
    return [line for line in lines if line]


def test_seed_narrative_paragraphs_in_order(seed_text: str) -> None:
    page = parse_page(render_html(report_from_text(seed_text)))
    lines = _seed_lines(seed_text)
    assert [b.text for b in page.blocks_with("h1")] == [lines[0]]
    printed = [
        (b.tag, b.text)
        for b in page.blocks
        if b.tag in ("h2", "h3", "h4", "h5") or (b.tag == "p" and "para" in b.classes)
    ]
    assert [text for _, text in printed] == lines[1:]
    parts = [text for tag, text in printed if tag == "h2"]
    assert parts == ["一、概述", "二、主动公开政府信息的情况", "三、信息公开工作存在主要问题及下一步措施"]
    # Each paragraph sits under the right part.
    part_of: dict[str, str] = {}
    current = ""
    for tag, text in printed:
        if tag == "h2":
            current = text
        part_of[text] = current
    def under(start: str) -> str:
        return part_of[next(line for line in lines if line.startswith(start))]

    assert under("(一)落实组织领导") == parts[0]  # the seed's half-width brackets are kept as typed
    assert under("五是依托职工代表大会") == parts[1]
    assert under("下一步") == parts[2]
    assert page.tables == []  # the narrative format has no tables


def test_sub_headings_and_run_in_headings(full_page: Page) -> None:
    assert "（一）主动公开" in [b.text for b in full_page.blocks_with("h3")]
    assert "（三）政府信息管理" in [b.text for b in full_page.blocks_with("h3")]
    run_in = next(b for b in full_page.blocks_with("p") if b.text.startswith("（二）依申请公开。"))
    assert [(s.classes, s.text) for s in run_in.spans] == [(("runin-l1",), "（二）依申请公开。")]
    level2 = next(b for b in full_page.blocks_with("p") if b.text.startswith("1.重点领域信息公开。"))
    assert level2.spans[0].text == "1.重点领域信息公开。"
    level3 = next(b for b in full_page.blocks_with("p") if b.text.startswith("（1）规范文件管理。"))
    assert level3.spans[0].classes == ("runin-l3",)
    standalone = Report("gov-2021", "某局", 2025, sections={"overall": "（一）甲\n1.乙\n（1）丙\n正文。"})
    page = parse_page(render_html(standalone))
    assert [(b.tag, b.text) for b in page.blocks if b.tag in ("h3", "h4", "h5")] == [
        ("h3", "（一）甲"), ("h4", "1.乙"), ("h5", "（1）丙")
    ]


def test_table_section_lead_in_precedes_its_table() -> None:
    report = Report("gov-2021", "某局", 2025, sections={"applications": "本年度申请办理情况见下表。"})
    page = parse_page(render_html(report))
    order = [(b.tag, b.text) for b in page.blocks if b.tag in ("h2", "p", "caption")]
    at = order.index(("h2", T3_CAPTION))
    assert order[at + 1 : at + 3] == [("p", "本年度申请办理情况见下表。"), ("caption", T3_CAPTION)]


def test_numbered_format_prints_only_sections_with_text() -> None:
    report = Report("narrative", "某医院", 2024, sections={"fees": "本年度未收取任何费用。"})
    page = parse_page(render_html(report))
    assert [b.text for b in page.blocks_with("h2")] == ["一、政府信息公开收费情况"]


# ---- User text is text


HOSTILE = '<script>alert(1)</script> {{ 7*7 }} {% if x %}x{% endif %} A&B "quoted" \'single\' <b>bold</b>'


def test_user_text_is_escaped_everywhere() -> None:
    report = Report(
        "gov-2021",
        "某局" + HOSTILE,
        2025,
        title="标题" + HOSTILE,
        meta={"published_on": "2026-01-23"},
        sections={
            "preamble": "开头" + HOSTILE,
            "overall": "（一）小标题" + HOSTILE + "\n正文" + HOSTILE,
            "closing": "落款" + HOSTILE,
        },
        headings={"problems": "五、问题" + HOSTILE},
        cells={"t3.new.natural": Cell(HOSTILE)},
    )
    html = render_html(report)
    page = parse_page(html)
    assert "<script" not in html.lower()
    assert page.tags["script"] == 0 and page.tags["b"] == 0
    assert page.title == "标题" + HOSTILE
    assert [b.text for b in page.blocks_with("h1")] == ["标题" + HOSTILE]
    texts = [b.text for b in page.blocks]
    for expected in ("开头" + HOSTILE, "（一）小标题" + HOSTILE, "正文" + HOSTILE, "落款" + HOSTILE,
                     "五、问题" + HOSTILE):
        assert expected in texts
    meta = next(b for b in page.blocks_with("p") if "meta" in b.classes)
    assert meta.text.startswith("发布机构：某局" + HOSTILE)
    table = page.table_captioned(T3_CAPTION)
    assert table.value("一、本年新收政府信息公开申请数量", "自然人") == HOSTILE
    assert "49" not in html


# ---- Qt's rich-text engine


def test_page_loads_in_qtextdocument(qapp) -> None:
    from PySide6.QtGui import QTextDocument

    report = jsonio.loads(FULL_REPORT.read_text("utf-8"))
    doc = QTextDocument()
    doc.setHtml(render_html(report))
    text = doc.toPlainText()
    # The title breaks after the agency's name.
    assert "\n".join(report.title_lines()) in text
    for label in ("第二十条第（一）项", "三、本年度办理结果", "1.属于国家秘密", "3.危及“三安全一稳定”", "行政复议",
                  "未经复议直接起诉", T3_CORNER, "（七）总计"):
        assert label in text
    assert "4068.2081" in text
    assert str(_fixture_doc()["cells"]["t3.r.total.total"]) in text
    # Qt took the style sheet: paragraphs carry the 32px first-line indent.
    block = doc.begin()
    indents = set()
    while block.isValid():
        if block.text().startswith("本报告中所列数据的统计期限"):
            indents.add(block.blockFormat().textIndent())
        block = block.next()
    assert indents == {32.0}


# ---- The shared context


def test_context_sections_and_cells() -> None:
    report = jsonio.loads(FULL_REPORT.read_text("utf-8"))
    ctx = build_context(report)
    assert [s.id for s in ctx.sections] == [
        "overall", "proactive", "applications", "review_litigation", "problems", "other_matters"
    ]
    assert [(m.label, m.value) for m in ctx.meta] == [
        ("发布机构", "某某县人民政府"),
        ("发布日期", "2022年1月23日"),
    ]
    t3 = ctx.sections[2].table
    assert t3 is not None and t3.caption == T3_CAPTION
    assert len(t3.head) == 3 and len(t3.bodies) == 1
    total = t3.cell("t3.r.total.total")
    assert total.is_total and total.text == str(_fixture_doc()["cells"]["t3.r.total.total"])
    assert not t3.cell("t3.new.natural").is_total
    assert abs(sum(t3.col_widths) - 1) < 1e-9 and len(t3.col_widths) == 10
    t2 = ctx.sections[1].table
    assert t2 is not None and len(t2.head) == 0 and len(t2.bodies) == 4
    assert [r.role for r in t2.bodies[0]] == ["title", "header", "body", "body"]
    assert t2.cell("t2.fees.amount").value_kind == "amount"
