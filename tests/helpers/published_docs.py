"""Test helper: writes reports as agencies publish them — web pages inside a site's header, menu and footer, Word
files typed by hand — with the variations of spec §10 (labels worded otherwise, half-width brackets, 1、 for 1.,
或者 for 或, thousands separators, `/` and `—` for blanks, numbers inside <span>s, <br> inside labels, split
tables with a repeated header, Word merges, （六） as one row, the 2019 table 2).

The printed labels are written out here by hand, not taken from the format data, so that the importer is tested
against what a page prints rather than against its own tables. Cell values come from a report's JSON cells.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import docx

from disclosure_desktop.domain import jsonio

APPLICANTS = ("natural", "commercial", "research", "nonprofit", "legal", "other_org", "total")
T3_HEAD = [
    [("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", 3, 3), ("申请人情况", 1, 7)],
    [("自然人", 2, 1), ("法人或者其他组织", 1, 5), ("总计", 2, 1)],
    [("商业企业", 1, 1), ("科研机构", 1, 1), ("社会公益组织", 1, 1), ("法律服务机构", 1, 1), ("其他", 1, 1)],
]
RESULTS = "三、本年度办理结果"
# (row id, printed label, level, group) — group labels are the nesting a row sits in, written as printed.
T3_ROWS = [
    ("new", "一、本年新收政府信息<br>公开申请数量", 0, ()),
    ("carried_in", "二、上年结转政府信息公开申请数量", 0, ()),
    ("r.disclosed", "(一)予以公开", 1, (RESULTS,)),
    ("r.partial", "(二)部分公开", 1, (RESULTS,)),
    ("r.withheld.secret", "1、属于国家秘密", 2, (RESULTS, "(三)不予公开")),
    ("r.withheld.prohibited", "2、其他法律行政法规禁止公开", 2, (RESULTS, "(三)不予公开")),
    ("r.withheld.stability", '3、危及"三安全一稳定"', 2, (RESULTS, "(三)不予公开")),
    ("r.withheld.third_party", "4、保护第三方合法权益", 2, (RESULTS, "(三)不予公开")),
    ("r.withheld.internal", "5、属于三类内部事务信息", 2, (RESULTS, "(三)不予公开")),
    ("r.withheld.process", "6、属于四类过程性信息", 2, (RESULTS, "(三)不予公开")),
    ("r.withheld.enforcement", "7、属于行政执法案卷", 2, (RESULTS, "(三)不予公开")),
    ("r.withheld.query", "8、属于行政查询事项", 2, (RESULTS, "(三)不予公开")),
    ("r.unavailable.not_held", "1．本机关不掌握相关政府信息", 2, (RESULTS, "(四)无法提供")),
    ("r.unavailable.needs_creation", "2．没有现成信息需要另行制作", 2, (RESULTS, "(四)无法提供")),
    ("r.unavailable.unclear", "3．补正后申请内容仍不明确", 2, (RESULTS, "(四)无法提供")),
    ("r.declined.petition", "1.信访举报投诉类申请", 2, (RESULTS, "(五)不予处理")),
    ("r.declined.repeat", "2.重复申请", 2, (RESULTS, "(五)不予处理")),
    ("r.declined.publication", "3.要求提供公开出版物", 2, (RESULTS, "(五)不予处理")),
    ("r.declined.excessive", "4.无正当理由大量反复申请", 2, (RESULTS, "(五)不予处理")),
    ("r.declined.confirmation", "5.要求行政机关确认或者重新出具已获取信息", 2, (RESULTS, "(五)不予处理")),
    ("r.other.no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 2,
     (RESULTS, "(六)其他处理")),
    ("r.other.fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 2,
     (RESULTS, "(六)其他处理")),
    ("r.other.other", "3.其他", 2, (RESULTS, "(六)其他处理")),
    ("r.total", "(七)总计", 1, (RESULTS,)),
    ("carried_out", "四、结转下年度继续办理", 0, ()),
]
OTHER_ONE_ROW = ("r.other", "(六)其他处理", 1, (RESULTS,))
T2_2021 = [
    ("第二十条第(一)项", ["本年制发件数", "本年废止件数", "现行有效件数"],
     [("rules", "规章"), ("normative", "行政规范性文件")], ["issued", "repealed", "in_force"]),
    ("第二十条第(五)项", ["本年处理决定数量"], [("licensing", "行政许可")], ["decisions"]),
    ("第二十条第(六)项", ["本年处理决定数量"], [("penalty", "行政处罚"), ("enforcement", "行政强制")], ["decisions"]),
    ("第二十条第(八)项", ["本年收费金额(单位:万元)"], [("fees", "行政事业性收费")], ["amount"]),
]
T2_2019 = [
    ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
     [("rules", "规章"), ("normative", "规范性文件")], ["made", "published", "public_total"]),
    ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
     [("licensing", "行政许可"), ("other_services", "其他对外管理服务事项")], ["prev_items", "delta", "decisions"]),
    ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
     [("penalty", "行政处罚"), ("enforcement", "行政强制")], ["prev_items", "delta", "decisions"]),
    ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], [("fees", "行政事业性收费")], ["prev_items", "delta"]),
    ("第二十条第（九）项", ["采购项目数量", "采购总金额"], [("procurement", "政府集中采购")], ["projects", "amount"]),
]
T4_GROUPS = ("reconsideration", "lawsuit_direct", "lawsuit_after")
T4_COLUMNS = ("upheld", "corrected", "other", "pending", "total")
T4_LABELS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")

Row = list[tuple[str, int, int]]  # (text — may hold <br> —, rowspan, colspan)


def number(value: object, thousands: bool) -> str:
    text = str(value)
    if thousands and text.lstrip("-").isdigit() and len(text.lstrip("-")) > 3:
        return f"{int(text):,}"
    return text


def _value(cells: dict, cid: str, blank: str, thousands: bool) -> str:
    return number(cells[cid], thousands) if cid in cells else blank


def t2_rows(layout: list, cells: dict, blank: str = "/", thousands: bool = True) -> list[Row]:
    rows: list[Row] = []
    for title, labels, block_rows, ids in layout:
        rows.append([(title, 1, 4)])
        span = 3 // len(labels) if len(labels) < 3 else 1
        widths = [span] * len(labels)
        widths[-1] += 3 - sum(widths)
        rows.append([("信息内容", 1, 1)] + [(label, 1, w) for label, w in zip(labels, widths, strict=True)])
        for row_id, label in block_rows:
            rows.append([(label, 1, 1)] + [(_value(cells, f"t2.{row_id}.{col}", blank, thousands), 1, w)
                                           for col, w in zip(ids, widths, strict=True)])
    return rows


def t3_rows(cells: dict, rows: list, blank: str = "/", thousands: bool = True) -> list[Row]:
    """Body rows of table 3 for `rows` (a slice): each group label opens with the rows it spans in the slice."""
    out: list[Row] = []
    for index, (row_id, label, level, groups) in enumerate(rows):
        row: Row = []
        for depth, group in enumerate(groups):
            opens = index == 0 or len(rows[index - 1][3]) <= depth or rows[index - 1][3][depth] != group
            if opens:
                span = 0
                for later in rows[index:]:
                    if len(later[3]) > depth and later[3][depth] == group:
                        span += 1
                    else:
                        break
                row.append((group, span, 1))
        row.append((label, 1, 3 - level))
        row += [(_value(cells, f"t3.{row_id}.{col}", blank, thousands), 1, 1) for col in APPLICANTS]
        out.append(row)
    return out


def t4_rows(cells: dict, blank: str = "—") -> list[Row]:
    head: list[Row] = [
        [("行政复议", 1, 5), ("行政诉讼", 1, 10)],
        [(label, 2, 1) for label in T4_LABELS] + [("未经复议直接起诉", 1, 5), ("复议后起诉", 1, 5)],
        [(label, 1, 1) for label in T4_LABELS * 2],
    ]
    body = [[(_value(cells, f"t4.{g}.{c}", blank, False), 1, 1) for g in T4_GROUPS for c in T4_COLUMNS]]
    return head + body


@dataclass
class Item:
    """One piece of a published report: kind is title, info, p, heading, sub, table, sign or page (site text)."""

    kind: str
    text: str = ""
    tables: tuple[list[Row], ...] = ()


def report_items(doc: dict, tables: dict[str, tuple[list[Row], ...]], headings: dict[str, str],
                 title: str, info: str = "", signature: tuple[str, ...] = ()) -> list[Item]:
    """The items of a report from its JSON: title, preamble, each part's heading, text and tables, signature."""
    items = [Item("title", title)]
    if info:
        items.append(Item("info", info))
    for line in doc["sections"].get("preamble", "").splitlines():
        items.append(Item("p", line))
    for section_id, heading in headings.items():
        items.append(Item("heading", heading))
        for line in doc["sections"].get(section_id, "").splitlines():
            marked = line[:1] in "（(" or (line[:1].isdigit() and line[1:2] in ".．、")
            items.append(Item("sub" if marked else "p", line))
        if section_id in tables:
            items.append(Item("table", tables=tables[section_id]))
    items += [Item("sign", line) for line in signature]
    return items


def _html_cell(text: str, rowspan: int, colspan: int, value: bool) -> str:
    spans = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
    body = "<br>".join(html.escape(part) for part in text.split("<br>"))
    if value:
        body = f'<span style="font-family:宋体">&nbsp;{body}</span>'
    return f"<td{spans}>{body}</td>"


def html_table(rows: list[Row]) -> str:
    out = ['<table border="1" cellspacing="0" style="border-collapse:collapse">']
    for row in rows:
        cells = "".join(_html_cell(t, r, c, any(ch.isdigit() for ch in t) and len(t) < 12) for t, r, c in row)
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_page(items: list[Item], *, charset: str | None, encoding: str = "utf-8", html5: bool = False) -> bytes:
    """A site's page: header with menu and breadcrumb, the article, a share bar and the footer."""
    declare = ""
    if charset:
        declare = (f'<meta charset="{charset}">' if html5 else
                   f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">')
    menu = "".join(f"<li><a href='#'>{m}</a></li>" for m in ("首页", "政务公开", "政务服务", "互动交流", "走进某某"))
    top = (f"<header><div class='logo'>某某县人民政府门户网站</div><nav><ul>{menu}</ul></nav></header>" if html5 else
           f"<div class='top'><div class='logo'>某某县人民政府门户网站</div><ul class='menu'>{menu}</ul></div>"
           "<div class='crumb'>当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>")
    body: list[str] = []
    for item in items:
        text = html.escape(item.text)
        if item.kind == "title":
            body.append(f"<h1 class='art-title'>{text}</h1>")
        elif item.kind == "info":
            body.append(f"<div class='info'>{text}&nbsp;&nbsp;字号：<a>大</a> <a>中</a> <a>小</a></div>")
            body.append("<div class='content' id='zoom'>")
        elif item.kind == "heading":
            body.append(f"<h2>{text}</h2>" if html5 else f"<p><strong>{text}</strong></p>")
        elif item.kind == "sub":
            stop = next((i for i, ch in enumerate(item.text) if ch in "。："), -1)
            if 0 < stop < len(item.text) - 1:
                lead, rest = html.escape(item.text[: stop + 1]), html.escape(item.text[stop + 1 :])
                body.append(f"<p style='text-indent:2em'><strong>{lead}</strong>{rest}</p>")
            else:
                body.append(f"<h3>{text}</h3>" if html5 else f"<p style='text-indent:2em'><b>{text}</b></p>")
        elif item.kind == "p":
            body.append(f"<p style='text-indent:2em'>&nbsp;&nbsp;&nbsp;&nbsp;{text}</p>")
        elif item.kind == "table":
            body += [html_table(t) for t in item.tables]
        elif item.kind == "sign":
            body.append(f"<p style='text-align: right'>{text}</p>")
    if any(i.kind == "info" for i in items):
        body.append("<div class='share'>分享到：微信 微博</div></div>")
    bottom = ("<footer><p>主办：某某县人民政府办公室</p>"
              "<p>网站标识码：0000000000 备案号：某ICP备00000000号</p></footer>"
              if html5 else
              "<div class='footer'><p>主办：某某县人民政府办公室　承办：某某县大数据中心</p>"
              "<p>网站标识码：0000000000　某ICP备00000000号</p></div>")
    page = (f"<!DOCTYPE html><html><head>{declare}<title>年报_某某县人民政府</title>"
            f"<script>var x = '<p>一、总体情况</p>';</script></head><body>{top}"
            f"<div class='main'><div class='article'>{''.join(body)}</div>"
            f"<div class='side'><h3>相关链接</h3></div></div>{bottom}</body></html>")
    return page.encode(encoding)


def _placed(rows: list[Row]) -> tuple[list[tuple[str, int, int, int, int]], int]:
    """(text, row, col, rowspan, colspan) of each cell as an HTML table places it, and the grid width."""
    taken: set[tuple[int, int]] = set()
    out = []
    for r, row in enumerate(rows):
        col = 0
        for text, rowspan, colspan in row:
            while (r, col) in taken:
                col += 1
            out.append((text, r, col, rowspan, colspan))
            taken |= {(r + dr, col + dc) for dr in range(rowspan) for dc in range(colspan)}
            col += colspan
    return out, max(c for _, c in taken) + 1


def word_file(items: list[Item], path: Path, *, title_lines: tuple[str, ...] = ()) -> Path:
    """A Word file as a clerk types one: bold paragraphs for headings (no heading styles), tables with merges."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    for item in items:
        if item.kind == "title":
            for line in title_lines or (item.text,):
                paragraph = document.add_paragraph()
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                paragraph.add_run(line).bold = True
        elif item.kind in ("heading", "sub"):
            document.add_paragraph().add_run(item.text).bold = True
        elif item.kind in ("p", "info"):
            document.add_paragraph(item.text)
        elif item.kind == "sign":
            document.add_paragraph(item.text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif item.kind == "table":
            for rows in item.tables:
                cells, width = _placed(rows)
                table = document.add_table(rows=len(rows), cols=width)
                table.style = "Table Grid"
                grid = [[table.cell(r, c) for c in range(width)] for r in range(len(rows))]
                for text, r, c, rowspan, colspan in cells:
                    cell = grid[r][c]
                    if rowspan > 1 or colspan > 1:
                        cell = cell.merge(grid[r + rowspan - 1][c + colspan - 1])
                    cell.text = text.replace("<br>", "\n")
                document.add_paragraph("")
    document.save(str(path))
    return path


def page_with_an_extra_row(tmp_path: Path, report) -> Path:
    doc = jsonio.report_to_dict(report)
    rows = t2_rows(T2_2021, doc["cells"])
    rows.insert(4, [("地方性法规", 1, 1), ("2", 1, 1), ("0", 1, 1), ("5", 1, 1)])
    items = report_items(doc, {"proactive": (rows,)}, {s.id: s.heading for s in report.format.sections},
                         report.display_title, signature=(report.agency, "2026年1月23日"))
    path = tmp_path / "page.html"
    path.write_bytes(html_page(items, charset="utf-8"))
    return path
