"""The checks' rules in words, in Chinese and English: what the clerk reads where a rule is named (the review page,
the Edit menu's step names). The rule ids stay in tooltips, the JSON and the command line (spec §5).

Short, because the review page shows them in a column beside the messages, which say the details."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    "rule.T3-ROW-TOTAL": ("行总计不符", "Row total wrong"),
    "rule.T3-RESULT-TOTAL": ("办理结果总计不符", "Outcomes total wrong"),
    "rule.T3-BALANCE": ("收结不平衡", "Table 3 does not balance"),
    "rule.T4-TOTAL": ("表四总计不符", "Table 4 total wrong"),
    "rule.VALUE": ("数值无效", "Not a valid number"),
    "rule.CARRY-OVER": ("上年结转不符", "Carry-over differs"),
    "rule.SECTION-MISSING": ("必填部分为空", "Required part empty"),
    "rule.FEE-STATEMENT": ("缺少收费说明", "No fee statement"),
    "rule.BLANK-CELL": ("空白单元格", "Blank cells"),
    "rule.T2-STOCK": ("现行有效件数不符", "Documents in force wrong"),
    "rule.NARRATIVE-NUMBER": ("正文与表格不符", "Text and tables differ"),
    "rule.COPIED-TEXT": ("与上年雷同", "Copied from last year"),
    "rule.PLACEHOLDER": ("残留占位符", "Placeholder left in"),
    "rule.PERIOD": ("统计期限有误", "Statistical period"),
    "rule.TITLE": ("标题不符", "Title wrong"),
    "rule.FORMAT-VERSION": ("格式与年度不符", "Format and year differ"),
    "rule.LATE": ("逾期公布", "Published late"),
    "rule.REPETITION": ("重复率过高", "Too much repeated"),
    "rule.FEE-NOTICE": ("收费通知说法不一", "Fee notices differ"),
    # An item of the 公开办's remarks without a rule of ours (domain/remarks.py).
    "rule.REMARK": ("审核意见", "Office's remark"),
}
