"""The official tables' rows and columns as the exported web page must show them."""

from __future__ import annotations

from tests.helpers.html_grid import Table

# (clause row, column headers after 信息内容, row labels) per block of table 2.
T2_2021 = [
    ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "行政规范性文件"]),
    ("第二十条第（五）项", ["本年处理决定数量"], ["行政许可"]),
    ("第二十条第（六）项", ["本年处理决定数量"], ["行政处罚", "行政强制"]),
    ("第二十条第（八）项", ["本年收费金额（单位：万元）"], ["行政事业性收费"]),
]


# Row id → label in printed order; None for a group label (spec §4, table 3, gov-2021).
T3_2021_ROWS: list[tuple[str | None, str]] = [
    ("new", "一、本年新收政府信息公开申请数量"),
    ("carried_in", "二、上年结转政府信息公开申请数量"),
    (None, "三、本年度办理结果"),
    ("r.disclosed", "（一）予以公开"),
    ("r.partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    (None, "（三）不予公开"),
    ("r.withheld.secret", "1.属于国家秘密"),
    ("r.withheld.prohibited", "2.其他法律行政法规禁止公开"),
    ("r.withheld.stability", "3.危及“三安全一稳定”"),
    ("r.withheld.third_party", "4.保护第三方合法权益"),
    ("r.withheld.internal", "5.属于三类内部事务信息"),
    ("r.withheld.process", "6.属于四类过程性信息"),
    ("r.withheld.enforcement", "7.属于行政执法案卷"),
    ("r.withheld.query", "8.属于行政查询事项"),
    (None, "（四）无法提供"),
    ("r.unavailable.not_held", "1.本机关不掌握相关政府信息"),
    ("r.unavailable.needs_creation", "2.没有现成信息需要另行制作"),
    ("r.unavailable.unclear", "3.补正后申请内容仍不明确"),
    (None, "（五）不予处理"),
    ("r.declined.petition", "1.信访举报投诉类申请"),
    ("r.declined.repeat", "2.重复申请"),
    ("r.declined.publication", "3.要求提供公开出版物"),
    ("r.declined.excessive", "4.无正当理由大量反复申请"),
    ("r.declined.confirmation", "5.要求行政机关确认或重新出具已获取信息"),
    (None, "（六）其他处理"),
    ("r.other.no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("r.other.fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("r.other.other", "3.其他"),
    ("r.total", "（七）总计"),
    ("carried_out", "四、结转下年度继续办理"),
]


T4_COLUMNS = {
    "upheld": "结果维持",
    "corrected": "结果纠正",
    "other": "其他结果",
    "pending": "尚未审结",
    "total": "总计",
}


def stub_labels(table: Table) -> list[str]:
    return [c.text for c in table.cells() if c.tag == "th" and c.scope == "row"]


def check_table2(table: Table, blocks: list[tuple[str, list[str], list[str]]]) -> None:
    titles = [c.text for c in table.cells() if "block-title" in c.classes]
    assert titles == [b[0] for b in blocks]
    assert stub_labels(table) == [label for b in blocks for label in b[2]]
    for title, columns, rows in blocks:
        title_cell = table.cell_with_text(title)
        assert title_cell.colspan == table.width == 4
        for label in rows:
            row = table.row_of(label)
            # The block's own header row: 信息内容 then the value columns, under the clause row.
            assert table.grid[row][0].text == label
            path_tops = [table.column_path(row, c)[-1] for c in range(1, 4)]
            assert list(dict.fromkeys(path_tops)) == columns
            assert table.column_path(row, 0) == ("信息内容",)
            assert title_cell.row < row
