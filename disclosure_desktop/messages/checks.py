"""The checks' messages in Chinese and English; official labels are quoted in Chinese in both languages."""

from __future__ import annotations

from disclosure_desktop.messages import current_language

CATALOG: dict[str, tuple[str, str]] = {
    # Places
    "place.cell": (
        "「{section}」表中「{row}」行「{col}」列",
        "table 「{section}」, row 「{row}」, column 「{col}」",
    ),
    "place.cell_no_row": ("「{section}」表中「{col}」列", "table 「{section}」, column 「{col}」"),
    "place.preamble": ("开头导语", "the preamble"),
    "place.closing": ("落款", "the signature block"),
    "place.title": ("标题", "the title"),
    "place.agency": ("机关名称", "the agency name"),
    # Arithmetic
    "sum.row": (
        "{place}：填写为{stated}，但本行「{first}」至「{last}」各列之和为{expected}。",
        "{place}: {stated} is stated, but the columns 「{first}」 to 「{last}」 of this row add up to {expected}.",
    ),
    "sum.column": (
        "{place}：填写为{stated}，但本列「{first}」至「{last}」各行之和为{expected}。",
        "{place}: {stated} is stated, but the rows 「{first}」 to 「{last}」 of this column add up to {expected}.",
    ),
    "balance": (
        "{place}不符合勾稽关系：{left_labels}之和为{left}，{right_labels}之和为{right}，两者应相等。",
        "{place} does not balance: {left_labels} add up to {left}, {right_labels} to {right}; they must be equal.",
    ),
    "blank.some": (
        "「{section}」表中有{count}个空白单元格（如{examples}），没有发生的事项应填写0。",
        "table 「{section}」 has {count} blank cell(s) (e.g. {examples}); write 0 where nothing happened.",
    ),
    "blank.all": (
        "「{section}」表尚未填写（{count}个单元格全部空白）；没有发生的事项也应填写0。",
        "table 「{section}」 is not filled in (all {count} cells are blank); write 0 where nothing happened.",
    ),
    "value": ("{place}：“{text}”{reason}。", "{place}: \"{text}\" — {reason}."),
    # History
    "carry_over": (
        "{place}为{stated}，但{prev_year}年度报告中「{prev_row}」为{expected}，两者应相等。",
        "{place} is {stated}, but 「{prev_row}」 of the {prev_year} report is {expected}; they must be equal.",
    ),
    "stock": (
        "{place}为{stated}，但上年现行有效件数{prev}加本年制发件数{added}减本年废止件数{removed}应为{expected}。",
        "{place} is {stated}, but last year's stock {prev} + issued {added} − repealed {removed} "
        "gives {expected}.",
    ),
    "copied": (
        "「{section}」与{prev_year}年度报告同一部分的文字相似度达{ratio}%，请按本年度实际情况撰写，避免内容雷同。",
        "「{section}」 is {ratio}% similar to the same part of the {prev_year} report; "
        "write it anew for this year.",
    ),
    # Texts
    "missing.text": ("「{section}」没有内容，该部分必须填写。", "「{section}」 is empty; this part is required."),
    "missing.table": ("「{section}」表没有填写任何数据，该部分必须填写。",
                      "table 「{section}」 has no data; this part is required."),
    "fee": (
        "「{section}」没有说明信息处理费收取情况（国办函〔2020〕109号）；即使未收费，也应写明发出收费通知件数、"
        "收费金额和实际收取金额。",
        "「{section}」 says nothing about 信息处理费 (国办函〔2020〕109号); "
        "state the notices issued and the amounts notified and collected, even when they are zero.",
    ),
    "placeholder": ("{place}中仍有占位符“{token}”，请填写实际内容。",
                    "{place} still contains the placeholder \"{token}\"; fill in the real text."),
    "period.missing": (
        "{place}没有写明统计期限，如“本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止”。",
        "{place} does not state the statistical period, e.g. "
        "“本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止”.",
    ),
    "period.year": (
        "{place}所写统计期限的年度为{stated}年，与报告年度{year}年不一致。",
        "{place} states the statistical period of {stated}, but the report is for {year}.",
    ),
    "title.agency": ("标题“{title}”中没有机关名称“{agency}”。",
                     "the title \"{title}\" does not contain the agency name \"{agency}\"."),
    "title.year": ("标题“{title}”中的年度{stated}年与报告年度{year}年不一致。",
                   "the title \"{title}\" names the year {stated}, but the report is for {year}."),
    "title.no_year": ("标题“{title}”中没有报告年度{year}年。",
                      "the title \"{title}\" does not name the report year {year}."),
    "format": (
        "报告年度{year}年不在格式「{format}」的适用年度（{years}）内，应使用「{suggested}」。",
        "the report year {year} is outside the years of the format 「{format}」 ({years}); use 「{suggested}」.",
    ),
    "years.from": ("{first}年起", "from {first}"),
    "years.until": ("至{last}年", "until {last}"),
    "years.range": ("{first}—{last}年", "{first}–{last}"),
    "narrative": (
        "「{section}」中写有“{phrase}”，但表中{expected}。",
        "「{section}」 says \"{phrase}\", but the table gives {expected}.",
    ),
    "narrative.value": ("{what}为{value}", "{value} for {what}"),
    "narrative.or": ("，或", ", or "),
    "narrative.plus": ("与", " and "),
    "narrative.items": ("「{label}」各项", "the items of 「{label}」"),
    "narrative.sum": ("{labels}之和", "the sum of {labels}"),
    # Publication, repetition, fee notices
    "date": ("{year}年{month}月{day}日", "{year}-{month:02d}-{day:02d}"),
    "late": (
        "发布日期{published}晚于{deadline}的期限{days}天（{basis}）。",
        "published on {published}, {days} day(s) after the deadline of {deadline} ({basis}).",
    ),
    "late.kind.government": ("县级以上地方人民政府应于每年3月31日前公布本机关上一年度报告，《条例》第四十九条",
                             "a local people's government publishes by 31 March, 条例 Art. 49"),
    "late.kind.department": ("县级以上人民政府部门应于每年1月31日前公布本部门上一年度报告，《条例》第四十九条",
                             "a government department publishes by 31 January, 条例 Art. 49"),
    "late.local": ("本地规定的发布期限", "the local deadline"),
    "repetition": (
        "全文与{prev_year}年度报告的重复率为{rate}，超过{threshold}（评估中“与上年度重复率大于50%”会被扣分）；"
        "重复最多的是「{section}」（{part_rate}），请按本年度实际情况重新撰写。",
        "{rate} of the text repeats the {prev_year} report, above {threshold} (evaluators deduct points above "
        "50 %); 「{section}」 repeats most ({part_rate}): write it anew for this year.",
    ),
    "fee_notice.none": (
        "「{section}」写有“{phrase}”，但{place}为{ended}，即有申请因逾期未缴纳信息处理费而终止，说明发出过收费通知。",
        "「{section}」 says \"{phrase}\", but {place} is {ended}: applications ended because a fee notice went "
        "unpaid, so notices were issued.",
    ),
    "fee_notice.fewer": (
        "「{section}」写有“{phrase}”，但{place}为{ended}，因逾期未缴费而终止的申请多于发出的收费通知。",
        "「{section}」 says \"{phrase}\", but {place} is {ended}: more applications ended for an unpaid fee "
        "notice than notices were issued.",
    ),
    "fee_notice.both": (
        "「{section}」既写有“{none}”，又写有“{some}”，收费通知的说法前后不一致。",
        "「{section}」 says both \"{none}\" and \"{some}\" about fee notices.",
    ),
    "fee_notice.unstated": (
        "{place}为{ended}，但「{section}」没有写明发出收费通知的件数（国办函〔2020〕109号）。",
        "{place} is {ended}, but 「{section}」 does not state how many fee notices were issued "
        "(国办函〔2020〕109号).",
    ),
    # The evaluator's checklist (review page)
    "crit.on_time": ("按时发布", "Published on time"),
    "crit.parts": ("各部分齐全", "Every part present"),
    "crit.format": ("格式与年度相符", "Official format for the year"),
    "crit.identities": ("表内勾稽关系成立", "Every table identity holds"),
    "crit.blank_cells": ("没有空白单元格", "No blank cells"),
    "crit.text_tables": ("正文与表格一致", "Text agrees with the tables"),
    "crit.carry_over": ("与上年报告衔接", "Carry-over from last year"),
    "crit.fees": ("说明信息处理费", "Fee statement"),
    "crit.repetition": ("与上年重复率", "Repetition from last year"),
    "crit.other": ("标题、统计期限、占位符", "Title, period, placeholders"),
    "crit.n_errors": ("{n}个错误", "{n} error(s)"),
    "crit.n_warnings": ("{n}个警告", "{n} warning(s)"),
    "crit.n_acknowledged": ("{n}个已说明不适用", "{n} acknowledged"),
    "crit.end": ("。", "."),
    "crit.join": ("", " "),
    "crit.on_time.no_deadline": ("没有法定发布期限（公共企事业单位可填写本地规定的期限）。",
                                 "No legal deadline (a public institution may set its local one)."),
    "crit.on_time.no_date": ("尚未填写发布日期，", "No publication date yet; "),
    "crit.on_time.ok": ("发布日期为{published}，", "Published on {published}; "),
    "crit.on_time.due": ("期限为{deadline}（{basis}）。", "the deadline is {deadline} ({basis})."),
    "crit.who.government": ("县级以上地方人民政府", "a local people's government"),
    "crit.who.department": ("县级以上人民政府部门", "a government department"),
    "crit.who.local": ("本地规定", "local rule"),
    "crit.who.guessed": ("{who}，按机关名称判断", "{who}, judged from the agency's name"),
    "crit.parts.ok": ("必须填写的部分均有内容。", "Every required part has content."),
    "crit.format.ok": ("使用「{format}」。", "Uses “{format}”."),
    "crit.identities.ok": ("各行各列合计及“一+二=（七）+四”均成立。",
                           "Every total and the balance 一 + 二 = （七） + 四 hold."),
    "crit.blank_cells.ok": ("所有单元格均已填写（没有发生的填0）。",
                            "Every cell is filled in (0 where nothing happened)."),
    "crit.text_tables.ok": ("正文中{n}处数字已与表格核对，全部一致。",
                            "{n} figure(s) of the text agree with the tables."),
    "crit.text_tables.none": ("正文中没有与表格对应的数字。", "The text states no figure the tables hold."),
    "crit.no_previous": ("数据库中没有{year}年度报告，无法比对。", "No {year} report in the database to compare with."),
    "crit.carry_over.ok": ("与{year}年度报告的结转数和现行有效件数一致。",
                           "Agrees with the carry-over and stock of the {year} report."),
    "crit.fees.ok": ("第六部分已说明信息处理费收取情况。", "Part 六 states the 信息处理费."),
    "crit.repetition.rate": ("与{year}年度报告重复率{rate}（阈值{threshold}）。",
                             "{rate} repeated from the {year} report (threshold {threshold})."),
    "crit.other.ok": ("标题与年度一致，写明了统计期限，没有占位符。",
                      "Title and year agree, the period is stated, no placeholders."),
    "crit.na": ("本格式不适用。", "Not part of this format."),
    # Repairs
    "fix.zero": ("在{count}个空白单元格中填写0", "write 0 in {count} blank cell(s)"),
    "fix.sum": ("改为{expected}", "set it to {expected}"),
    "fix.carry_over": ("改为上年结转下年度的{expected}", "set it to last year's carry-over {expected}"),
    "fix.stock": ("改为{expected}", "set it to {expected}"),
    "list.sep": ("、", ", "),
}


def msg(key: str, **values: object) -> str:
    zh, en = CATALOG[key]
    return (en if current_language() == "en" else zh).format(**values)


def quoted_list(labels: list[str]) -> str:
    return msg("list.sep").join(f"「{label}」" for label in labels)
