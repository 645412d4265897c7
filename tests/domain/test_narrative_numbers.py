"""NARRATIVE-NUMBER reads figures as clerks write them, anywhere in the report, and compares the cell they are about.

Each family is a statement published reports make, in several wordings; every wording is tried with the table's
own figure (no problem) and with another figure (one warning, located at the expected cell, quoting the sentence).
"""

from __future__ import annotations

from fnmatch import fnmatchcase

import pytest

from disclosure_desktop.domain.checks.claims import find_claims
from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.checks.labels import format_index
from disclosure_desktop.domain.formats import get_format
from disclosure_desktop.domain.report import Cell, Report
from tests.helpers.reports import clean_report, recompute_all

_DIGITS = "零一二三四五六七八九"
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def han(n: int) -> str:
    """17 → 十七, 102 → 一百零二, 240 → 二百四十: Chinese numerals as a clerk types them."""
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    hundreds, rest = divmod(n, 100)
    if rest == 0:
        return _DIGITS[hundreds] + "百"
    if rest < 10:
        return _DIGITS[hundreds] + "百零" + _DIGITS[rest]
    tail = han(rest) if rest >= 20 else "一" + han(rest)
    return _DIGITS[hundreds] + "百" + tail


def report_with(cells: dict[str, int]) -> Report:
    """A sound report whose chosen leaf cells hold the given figures, totals and balance kept right."""
    report = clean_report()
    for cid, value in cells.items():
        report.cells[cid] = Cell(str(value))
    if any(cid.startswith("t3.r.") for cid in cells):
        # keep 一 + 二 = （七） + 四: what the results gain, 新收 gains too
        recompute_all(report)
        diff = int(report.value("t3.r.total.natural")) + int(report.value("t3.carried_out.natural")) - int(
            report.value("t3.new.natural")) - int(report.value("t3.carried_in.natural"))
        report.cells["t3.new.natural"] = Cell(str(int(report.value("t3.new.natural")) + diff))
    recompute_all(report)
    report.sections["overall"] = "（一）主动公开\n全年主动公开政府信息312条。"
    return report


def narrative(report: Report) -> list:
    return [p for p in check_report(report) if p.rule == "NARRATIVE-NUMBER"]


# (family, wordings with {n} for the figure, the cells the statement is about — a pattern where it sums several,
# the first of them being the problem's location — and leaf cells to set first)
FAMILIES = [
    ("new", [
        "全年共收到政府信息公开申请{n}件。",
        "区政府办代表区政府受理政府信息公开申请 {n} 件。",
        "本年度新收政府信息公开申请数量为{n}件，均在法定期限内答复。",
        "2025年，我局共受理依申请公开{n}件。",
        "全年共收到{n}件政府信息公开申请，全部按时办结。",
        "全年共收到政府信息公开申请{fw}件。",
        "共收到申请{han}件。",
        "本机关全年接收政府信息公开申请{n}件，其中当面申请1件、网上申请2件。",
        "截至12月31日，共收到各类政府信息公开申请共计{n}件。",
    ], "t3.new.total", {}),
    ("carried_in", [
        "上年结转政府信息公开申请{n}件。",
        "2024年度结转{n}件。",
        "上年度结转的申请{n}件已全部办结。",
    ], "t3.carried_in.total", {}),
    ("carried_out", [
        "结转下年度继续办理{n}件。",
        "另有{n}件结转至2026年度办理。",
        "结转到下一年度{n}件。",
    ], "t3.carried_out.total", {}),
    ("results", [
        "已办结政府信息公开申请{n}件。",
        "办理结果总计{n}件。",
        "全年共办结{n}件，按时办结率100%。",
    ], "t3.r.total.total", {}),
    ("disclosed", ["其中予以公开{n}件。", "予以公开的申请{n}件，占比较高。", "同意公开{n}件。"],
     "t3.r.disclosed.total", {}),
    ("partial", ["部分公开{n}件。", "部分予以公开{n}件。"], "t3.r.partial.total", {}),
    ("withheld", ["不予公开{n}件，主要涉及第三方合法权益。"], "t3.r.withheld.*.total", {}),
    ("unavailable", ["无法提供{n}件。"], "t3.r.unavailable.*.total", {}),
    ("declined", ["不予处理{n}件。"], "t3.r.declined.*.total", {}),
    ("other", ["其他处理{n}件。"], "t3.r.other.*.total", {}),
    ("not_held", ["因本机关不掌握相关政府信息无法提供的申请中，本机关不掌握相关政府信息{n}件。",
                  "本机关不掌握相关政府信息的{n}件。"], "t3.r.unavailable.not_held.total", {}),
    ("repeat", ["属于重复申请的{n}件。"], "t3.r.declined.repeat.total", {}),
    ("fee_unpaid", ["因逾期未按收费通知要求缴纳费用而终止处理的申请{n}件。"],
     "t3.r.other.fee_unpaid.total", {"t3.r.other.fee_unpaid.natural": 2}),
    ("reconsideration", [
        "被申请行政复议{n}件。",
        "全年发生政府信息公开行政复议案件{n}起。",
        "收到行政复议申请{n}件。",
        "涉及政府信息公开的行政复议{han}件。",
    ], "t4.reconsideration.total", {}),
    ("lawsuit", ["被提起行政诉讼{n}件。", "发生政府信息公开行政诉讼案件{n}起。", "行政应诉案件{n}件。"],
     "t4.lawsuit_*.total", {}),
    ("lawsuit_direct", ["未经复议直接起诉{n}件。", "申请人直接提起行政诉讼{n}件。"], "t4.lawsuit_direct.total", {}),
    ("lawsuit_after", ["复议后起诉{n}件。", "经复议后提起行政诉讼{n}件。"], "t4.lawsuit_after.total", {}),
    ("normative in force", [
        "现行有效规范性文件{n}件。",
        "截至年底，现行有效的行政规范性文件{n}件。",
        "行政规范性文件现行有效{n}件。",
        "开展行政规范性文件清理，废止{r}件，现行有效{n}件。",
    ], "t2.normative.in_force", {}),
    ("normative issued", ["本年度制发行政规范性文件{n}件。", "全年出台规范性文件{n}件。",
                          "规范性文件方面，全年制发{n}件。"], "t2.normative.issued", {}),
    ("normative repealed", ["开展规范性文件清理，废止{n}件。", "废止行政规范性文件{n}件。"],
     "t2.normative.repealed", {}),
    ("rules", ["本年度制定规章{n}件。", "新出台政府规章{n}部。"], "t2.rules.issued", {}),
    ("licensing", ["全年作出行政许可决定{n}件。", "办理行政许可事项{n}件。"], "t2.licensing.decisions", {}),
    ("penalty", ["实施行政处罚{n}起。", "作出行政处罚决定{n}件。"], "t2.penalty.decisions", {}),
    ("enforcement", ["采取行政强制措施{n}件。"], "t2.enforcement.decisions", {}),
]
CASES = [(family, wording, cell, leaves) for family, wordings, cell, leaves in FAMILIES for wording in wordings]


def _sentence(wording: str, value: int, report: Report) -> str:
    repealed = report.value("t2.normative.repealed")
    return wording.format(n=value, fw=str(value).translate(_FULL), han=han(value), r=repealed)


@pytest.mark.parametrize(("family", "wording", "cell", "leaves"), CASES, ids=[w for _, w, _, _ in CASES])
def test_a_statement_that_agrees_passes_and_one_that_does_not_names_its_cell(family, wording, cell, leaves):
    report = report_with(leaves)
    about = [c for c in report.format.cells if fnmatchcase(c, cell)]
    right = sum(int(report.value(c)) for c in about)
    cell = about[0]
    report.sections["problems"] = report.sections["problems"] + "\n" + _sentence(wording, right, report)
    assert narrative(report) == [], wording

    wrong = right + 7
    sentence = _sentence(wording, wrong, report)
    report.sections["problems"] = "（一）本年度存在的主要问题\n" + sentence
    found = narrative(report)
    assert [(p.location, p.section_id, p.severity) for p in found] == [(cell, "problems", "warning")], wording
    problem = found[0]
    assert cell in problem.cell_ids
    assert f"“{sentence.rstrip('。')}”" in problem.message  # quoted as written, spaces and all
    place = format_index(report.format).cells[cell]
    # named as the printed table names it: the row (or the group of rows it sums) and the column
    assert place.column in problem.message
    labels = [place.row, *place.row.split(" ")] if place.row else []
    assert not labels or any(f"「{label}」" in problem.message for label in labels)
    assert str(right) in problem.message


@pytest.mark.parametrize("section", ["preamble", "overall", "applications", "review_litigation", "problems",
                                     "other_matters", "closing"])
def test_figures_are_read_in_every_part(section):
    report = clean_report()
    report.sections[section] = report.sections.get(section, "") + "\n全年共收到政府信息公开申请999件。"
    found = narrative(report)
    assert [(p.section_id, p.location) for p in found] == [(section, "t3.new.total")]


def test_received_may_count_the_carried_in_applications_too():
    report = clean_report()
    new, carried = int(report.value("t3.new.total")), int(report.value("t3.carried_in.total"))
    assert carried > 0
    for value in (new, new + carried):
        report.sections["overall"] = f"全年共受理政府信息公开申请{value}件。"
        assert narrative(report) == []
    report.sections["overall"] = f"全年新收政府信息公开申请{new + carried}件。"
    (problem,) = narrative(report)
    assert problem.cell_ids == ("t3.new.total",)


def test_a_statement_of_nothing_is_compared_as_zero():
    report = clean_report()
    assert int(report.value("t4.reconsideration.total")) > 0 and int(report.value("t4.lawsuit_direct.total")) > 0
    report.sections["review_litigation"] = "本年度未发生政府信息公开行政复议、行政诉讼案件。"
    assert {p.location for p in narrative(report)} == {"t4.reconsideration.total", "t4.lawsuit_direct.total"}
    for cid in report.format.section("review_litigation").table.cells:
        report.cells[cid] = Cell("0")
    assert narrative(report) == []


def test_thousands_separators_and_full_width_digits():
    report = report_with({"t2.licensing.decisions": 5213})
    report.sections["overall"] = "全年作出行政许可决定5,213件，实施行政处罚１,３７５起。"
    (problem,) = narrative(report)
    assert problem.location == "t2.penalty.decisions"
    report.cells["t2.penalty.decisions"] = Cell("1375")
    assert narrative(report) == []


# What is not a count


@pytest.mark.parametrize(
    "text",
    [
        # quoted slogans and titles
        "坚持“办结一件申请、解决一个问题”的工作理念，提升依申请公开办理质量。",
        "围绕“受理一件、办结一件、满意一件”的目标，规范答复流程。",
        '推行"收到申请3件以上即召开会审会"制度。',
        "依据《关于做好2025年政府信息公开申请办理工作的通知》，收到申请后及时登记。",
        "推进高效办成「一件事」改革。",
        # ordinals, set phrases, parts of the year, other years, comparisons, rates
        "（一）依申请公开\n1.收到申请的登记",
        "第一件申请于1月5日收到，当日即予以答复。",
        "对申请实行一件一档管理，办结一件、销号一件。",
        "对每一件申请都建立台账。",
        "第一季度收到政府信息公开申请12件。",
        "上半年共受理政府信息公开申请30件。",
        "2024年共收到政府信息公开申请80件。",
        "较上年收到申请100件有所下降。",
        "收到申请数同比减少12件。",
        "全年按时办结率100%，答复满意率达98%。",
        # parts of the whole, other matters
        "收到政府信息公开申请后，其中自然人申请15件均按期答复。",
        "予以公开和部分公开共7件。",
        "行政复议被纠错1件。",
        "未发生行政复议被纠错的情况。",
        "受理行政许可申请5213件。",
        "全年主动公开政府信息42条，发布政策解读17篇，组织培训3次。",
        "办好10件民生实事。",
        "清理规章和规范性文件，废止2件。",
        "建立健全规章制度3项。",
        "全年共收到来信12封。",
    ],
)
def test_no_statement_is_read_from_slogans_ordinals_and_other_matters(text):
    assert [c for c in find_claims(text, 2025) if c.kind != "fee_notices"] == [], text
    report = clean_report()
    report.sections["overall"] = text
    assert narrative(report) == []


def test_the_issue_sentences():
    """The two sentences of issue 9: the spaced figure is read, the slogan is not."""
    report = report_with({})
    report.sections["overall"] = (
        "区政府办代表区政府受理政府信息公开申请 17 件。坚持“办结一件申请、解决一个问题”，答复质量持续提升。")
    (problem,) = narrative(report)
    assert problem.location == "t3.new.total"
    assert "“区政府办代表区政府受理政府信息公开申请 17 件”" in problem.message
    assert "「一、本年新收政府信息公开申请数量」「总计」为" in problem.message


def test_a_long_sentence_is_quoted_by_its_clause():
    report = clean_report()
    right = int(report.value("t3.r.disclosed.total"))
    report.sections["overall"] = (
        "本年度依法规范办理政府信息公开申请，严格落实登记、审核、答复各环节要求，答复文书均经法制机构审核把关，"
        f"其中予以公开{right + 3}件，答复期限平均为8个工作日，办理质效持续提升，群众满意度明显提高，未发生投诉。")
    (problem,) = narrative(report)
    assert f"“…其中予以公开{right + 3}件…”" in problem.message


def test_a_format_without_tables_reads_nothing():
    report = Report("narrative", "某银行某分行", 2019, sections={"overview": "全年共受理政府信息公开申请17件。"})
    assert narrative(report) == []


def test_the_phrases_name_only_cells_of_the_formats():
    from disclosure_desktop.domain.checks.claims import claim_book
    from disclosure_desktop.domain.checks.narrative import _resolved

    formats = [get_format("gov-2021"), get_format("gov-2019")]
    for kind in claim_book("gov").kinds:
        for topic, candidates in kind.cells.items():
            if not candidates:
                continue  # fee notices: no cell of their own
            assert any(_resolved(fmt, "gov", kind.kind, topic) for fmt in formats), (kind.kind, topic)


def test_every_phrase_of_the_data_compiles():
    # The phrases are compiled when a text first needs their kind (not all at the first check): a phrase the
    # regular-expression engine refuses must still fail here, not in a clerk's sentence.
    from disclosure_desktop.domain.checks.claims import claim_book

    kinds = claim_book("gov").kinds
    assert sum(len(kind.patterns) for kind in kinds) == sum(len(kind.sources) for kind in kinds) > 40
