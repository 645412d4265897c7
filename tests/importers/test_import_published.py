"""Published-style pages and Word files with the variations of spec §10 import with every cell and every section
recovered, and every value that has no cell named by its printed labels."""

from __future__ import annotations

import copy
import json

import pytest

from disclosure_desktop.domain.formats import get_format
from disclosure_desktop.domain.jsonio import report_to_dict
from disclosure_desktop.importers import read_file
from tests.helpers.paths import FIXTURES
from tests.helpers.published_docs import (
    OTHER_ONE_ROW,
    T2_2019,
    T2_2021,
    T3_HEAD,
    T3_ROWS,
    Item,
    html_page,
    report_items,
    t2_rows,
    t3_rows,
    t4_rows,
    word_file,
)

HEADINGS_2021 = {s.id: s.heading for s in get_format("gov-2021").sections}


def fixture(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text("utf-8"))


def expected(doc: dict, *, drop: tuple[str, ...] = (), contact: bool = False) -> dict:
    out = copy.deepcopy(doc)
    out["cells"] = {k: v for k, v in out["cells"].items() if k not in drop and not k.startswith(drop)}
    if not contact:
        out["meta"].pop("contact", None)
    return out


def assert_same(got: dict, want: dict) -> None:
    assert got["format"] == want["format"]
    assert (got["agency"], got["year"]) == (want["agency"], want["year"])
    assert got.get("title", "") == want.get("title", "")
    assert got["sections"] == want["sections"]
    assert got.get("headings", {}) == want.get("headings", {})
    assert got["meta"] == want["meta"]
    missing = {k: v for k, v in want["cells"].items() if str(got["cells"].get(k)) != str(v)}
    extra = {k: v for k, v in got["cells"].items() if k not in want["cells"]}
    assert (missing, extra) == ({}, {})


def unplaced(result) -> set[tuple[str, str, str]]:
    return {(u.row, u.column, u.value) for u in result.unplaced}


def test_gbk_page_with_site_header_menu_footer_split_table_and_altered_labels(tmp_path):
    """A county site's page in GBK declared as gb2312, labels as typed by hand, 10,874-style numbers in <span>s,
    `/` and `—` for blanks, table 3 split into two tables that both carry the header."""
    doc = fixture("docx_report.json")
    # 喆 is GBK but not GB2312: a page declared gb2312 must still decode.
    doc["sections"]["preamble"] += "\n联系人：王喆。"
    blanks = ("t2.rules.repealed", "t4.lawsuit_after.pending")
    cells = {k: v for k, v in doc["cells"].items() if k not in blanks}
    split = 13  # the first page ends after （四）无法提供
    t3 = (T3_HEAD + t3_rows(cells, T3_ROWS[:split]), T3_HEAD + t3_rows(cells, T3_ROWS[split:]))
    tables = {"proactive": (t2_rows(T2_2021, cells),), "applications": t3, "review_litigation": (t4_rows(cells),)}
    items = report_items(doc, tables, HEADINGS_2021, "某某县人民政府办公室2025年政府信息公开工作年度报告",
                         info="发布时间：2026-01-23 09:30　来源：县政府办　浏览次数：1024",
                         signature=("某某县人民政府办公室", "2026年1月23日"))
    path = tmp_path / "年报.html"
    path.write_bytes(html_page(items, charset="gb2312", encoding="gbk"))

    result = read_file(path)

    assert_same(report_to_dict(result.report), expected(doc, drop=blanks))
    assert result.unplaced == []
    assert any("gb18030" in n.text for n in result.notes)
    # The page's menu and footer are named as left out, not read into the report.
    texts = " ".join(n.text for n in result.notes)
    assert "首页" in texts and "主办" in texts
    rows = {m.printed: m for m in result.matches if m.axis == "row"}
    assert rows["1、属于国家秘密"].how == "punctuation" and rows["1、属于国家秘密"].target == "r.withheld.secret"
    assert rows["(二)部分公开"].how == "contains"
    columns = {m.printed: m for m in result.matches if m.axis == "column"}
    assert columns["申请人情况—法人或者其他组织—商业企业"].target == "commercial"
    [t3_summary] = [t for t in result.tables if t.section_id == "applications"]
    assert (t3_summary.pieces, t3_summary.rows_found, t3_summary.cells_placed) == (2, 25, 175)


def test_word_file_of_2022_with_the_2019_table_2(tmp_path):
    """A 2022 report typed in Word with last format's table 2: it stays gov-2021 (its table 3 has the three
    （六） rows), table 2's 2019 columns are named as not placed, the decisions columns (处理决定数量) are read."""
    doc = fixture("full_report_2021.json")
    doc["year"] = 2022
    t2_2019 = {
        "t2.rules.made": 4, "t2.rules.published": 4, "t2.rules.public_total": 31,
        "t2.normative.made": 12, "t2.normative.published": 11, "t2.normative.public_total": 140,
        "t2.licensing.prev_items": 215, "t2.licensing.delta": -3, "t2.licensing.decisions": 15872,
        "t2.other_services.prev_items": 40, "t2.other_services.delta": 2, "t2.other_services.decisions": 388,
        "t2.penalty.prev_items": 610, "t2.penalty.delta": 0, "t2.penalty.decisions": 2419,
        "t2.enforcement.prev_items": 37, "t2.enforcement.delta": 1, "t2.enforcement.decisions": 607,
        "t2.fees.prev_items": 5, "t2.fees.delta": -1,
        "t2.procurement.projects": 26, "t2.procurement.amount": "1320.5",
    }
    cells = {**{k: v for k, v in doc["cells"].items() if not k.startswith("t2.")}, **t2_2019}
    half = 10
    t3 = (T3_HEAD + t3_rows(cells, T3_ROWS[:half]), T3_HEAD + t3_rows(cells, T3_ROWS[half:]))
    tables = {"proactive": (t2_rows(T2_2019, cells),), "applications": t3, "review_litigation": (t4_rows(cells),)}
    items = report_items(doc, tables, HEADINGS_2021, "某某县人民政府2022年政府信息公开工作年度报告",
                         signature=("某某县人民政府", "2023年1月23日"))
    path = word_file(items, tmp_path / "2022年报.docx",
                     title_lines=("某某县人民政府", "2022年政府信息公开工作年度报告"))

    result = read_file(path)

    want = expected(doc, drop=("t2.",))
    want["meta"]["published_on"] = "2023-01-23"
    want["cells"].update({"t2.licensing.decisions": 15872, "t2.penalty.decisions": 2419,
                          "t2.enforcement.decisions": 607})
    assert_same(report_to_dict(result.report), want)
    names = {"made": "本年新制作数量", "published": "本年新公开数量", "public_total": "对外公开总数量",
             "prev_items": "上一年项目数量", "delta": "本年增/减", "decisions": "处理决定数量",
             "projects": "采购项目数量", "amount": "采购总金额"}
    labels = {"rules": "规章", "normative": "规范性文件", "licensing": "行政许可",
              "other_services": "其他对外管理服务事项", "penalty": "行政处罚", "enforcement": "行政强制",
              "fees": "行政事业性收费", "procurement": "政府集中采购"}
    placed = {"t2.licensing.decisions", "t2.penalty.decisions", "t2.enforcement.decisions"}
    want_unplaced = {(labels[k.split(".")[1]], names[k.split(".")[2]], f"{v:,}" if isinstance(v, int) and v > 999
                      else str(v)) for k, v in t2_2019.items() if k not in placed}
    assert unplaced(result) == want_unplaced
    assert any("2019" in n.text for n in result.notes)  # the layout of table 2 is named


def test_page_with_landmarks_and_other_matters_as_one_row(tmp_path):
    """An HTML5 page (<header><nav> … <footer>) with （六）其他处理 printed as one row: its seven totals cannot be
    split into 1./2./3. and are named; every other cell is read."""
    doc = fixture("docx_report.json")
    doc["agency"] = "某某市生态环境局"
    doc["year"] = 2023
    cells = dict(doc["cells"])
    for col in ("natural", "commercial", "research", "nonprofit", "legal", "other_org", "total"):
        cells[f"t3.r.other.{col}"] = sum(cells[f"t3.r.other.{r}.{col}"] for r in ("no_correction", "fee_unpaid",
                                                                                  "other"))
    rows = [r for r in T3_ROWS if not r[0].startswith("r.other.")]
    rows.insert(rows.index(next(r for r in rows if r[0] == "r.total")), OTHER_ONE_ROW)
    tables = {"proactive": (t2_rows(T2_2021, cells, blank="—"),), "applications": (T3_HEAD + t3_rows(cells, rows),),
              "review_litigation": (t4_rows(cells),)}
    items = report_items(doc, tables, HEADINGS_2021, "某某市生态环境局2023年政府信息公开工作年度报告",
                         info="发布机构：某某市生态环境局　发布日期：2024-01-20",
                         signature=("某某市生态环境局", "2024年1月20日"))
    path = tmp_path / "report.htm"
    path.write_bytes(html_page(items, charset="utf-8", html5=True))

    result = read_file(path)

    want = expected(doc, drop=("t3.r.other.",))
    want["meta"]["published_on"] = "2024-01-20"
    assert_same(report_to_dict(result.report), want)
    legal_persons = "申请人情况—法人或者其他组织—"
    columns = {"natural": "申请人情况—自然人", "total": "申请人情况—总计"} | {
        col: legal_persons + label for col, label in (
            ("commercial", "商业企业"), ("research", "科研机构"), ("nonprofit", "社会公益组织"),
            ("legal", "法律服务机构"), ("other_org", "其他"))}
    assert unplaced(result) == {("(六)其他处理", column, f"{cells[f't3.r.other.{col}']:,}")
                                for col, column in columns.items()}
    assert all(u.reason.key == "import.row_is_group" for u in result.unplaced)


def test_report_of_2020_in_the_2019_format_from_an_undeclared_gbk_page(tmp_path):
    fmt = get_format("gov-2019")
    doc = fixture("full_report_2021.json")
    doc.update(format="gov-2019", year=2020)
    doc["meta"]["published_on"] = "2021-01-25"
    doc["cells"] = {}
    for n, (cid, spec) in enumerate(fmt.cells.items()):
        doc["cells"][cid] = f"{n}.5" if spec.kind == "amount" else (n % 7) - (1 if spec.kind == "delta" else 0)
    cells = doc["cells"]
    rows = [r for r in T3_ROWS if not r[0].startswith("r.other.")]
    rows.insert(rows.index(next(r for r in rows if r[0] == "r.total")), OTHER_ONE_ROW)
    headings = {s.id: s.heading for s in fmt.sections}
    tables = {"proactive": (t2_rows(T2_2019, cells, thousands=False),),
              "applications": (T3_HEAD + t3_rows(cells, rows),), "review_litigation": (t4_rows(cells),)}
    items = report_items(doc, tables, headings, "某某县人民政府2020年政府信息公开工作年度报告",
                         signature=("某某县人民政府", "2021年1月25日"))
    path = tmp_path / "2020.html"
    path.write_bytes(html_page(items, charset=None, encoding="gb18030"))

    result = read_file(path)

    assert_same(report_to_dict(result.report), expected(doc))
    assert result.unplaced == []


def test_a_value_under_a_column_of_no_format_is_named(tmp_path):
    doc = fixture("docx_report.json")
    rows = t4_rows(doc["cells"])
    rows[0].append(("备注", 3, 1))
    rows[3].append(("7", 1, 1))
    items = report_items(doc, {"review_litigation": (rows,)}, HEADINGS_2021,
                         "某某县人民政府办公室2025年政府信息公开工作年度报告")
    path = tmp_path / "t4.html"
    path.write_bytes(html_page([*items, Item("sign", "2026年1月23日")], charset="utf-8"))
    result = read_file(path)
    assert unplaced(result) == {("", "备注", "7")}
    assert result.report.value("t4.lawsuit_after.total") == "1148"


@pytest.mark.parametrize("suffix", [".docx", ".html"])
def test_a_part_heading_worded_otherwise_is_kept_as_printed(tmp_path, suffix):
    doc = fixture("docx_report.json")
    headings = dict(HEADINGS_2021, problems="五、信息公开工作存在主要问题及下一步措施")
    items = report_items(doc, {}, headings, "某某县人民政府办公室2025年政府信息公开工作年度报告")
    path = tmp_path / f"r{suffix}"
    if suffix == ".docx":
        word_file(items, path)
    else:
        path.write_bytes(html_page(items, charset="utf-8"))
    result = read_file(path)
    assert result.report.headings == {"problems": "五、信息公开工作存在主要问题及下一步措施"}
    assert result.report.text("problems") == doc["sections"]["problems"]
    [why] = [m for m in result.matches if m.target == "problems"]
    assert why.how in ("numbering", "position")


def test_word_table_continued_without_a_repeated_header(tmp_path):
    """Table 3 broken by a page with no header on its second piece: the columns carry over from the first."""
    doc = fixture("docx_report.json")
    cells = doc["cells"]
    t3 = (T3_HEAD + t3_rows(cells, T3_ROWS[:6]), t3_rows(cells, T3_ROWS[6:]))
    items = report_items(doc, {"applications": t3}, HEADINGS_2021,
                         "某某县人民政府办公室2025年政府信息公开工作年度报告")
    result = read_file(word_file(items, tmp_path / "split.docx"))
    t3_cells = {k: str(v) for k, v in cells.items() if k.startswith("t3.")}
    assert {k: c.value for k, c in result.report.cells.items()} == t3_cells
    assert result.unplaced == []


def test_an_articles_own_footer_is_read_but_the_pages_footer_is_not(tmp_path):
    doc = fixture("docx_report.json")
    items = report_items(doc, {}, HEADINGS_2021, "某某县人民政府办公室2025年政府信息公开工作年度报告")
    page = html_page(items, charset="utf-8", html5=True).decode("utf-8")
    page = page.replace("<div class='article'>", "<article>").replace(
        "</div><div class='side'>", "<footer><p>某某县人民政府办公室</p><p>2026年1月23日</p></footer></article>"
                                    "<div class='side'>")
    path = tmp_path / "article-footer.html"
    path.write_text(page, "utf-8")
    result = read_file(path)
    assert result.report.meta["published_on"] == "2026-01-23"
    assert result.report.text("closing") == ""  # the signature is the generated one: agency and date
    assert "ICP" not in result.report.text("other_matters")
