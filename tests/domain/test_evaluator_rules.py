"""What evaluators score besides the arithmetic: LATE publication, REPETITION from last year, FEE-NOTICE."""

from __future__ import annotations

import pytest

from disclosure_desktop.domain.agency import agency_kind, guess_agency_kind
from disclosure_desktop.domain.checks.deadline import publication_deadline
from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.checks.history import normalise
from disclosure_desktop.domain.checks.repetition import measure_repetition
from disclosure_desktop.domain.report import Cell, Report
from disclosure_desktop.messages import set_language
from tests.helpers.reports import clean_report, recompute_all


def only(problems, rule):
    return [p for p in problems if p.rule == rule]


# --- the agency's kind --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "kind"), [
    ("某某县人民政府", "government"),
    ("某某市人民政府办公室", "government"),
    ("某某省人民政府办公厅", "government"),
    ("示例县人民政府办公室（示例）", "government"),
    ("某某镇人民政府", "government"),
    ("区政府办", "government"),
    ("某某县交通运输局", "department"),
    ("某某市生态环境局", "department"),
    ("某某县人民政府国有资产监督管理委员会", "department"),
    ("某某市发展和改革委员会", "department"),
    ("某某区某某街道办事处", "department"),
    ("某某市公共资源交易中心", "department"),
    ("中国银行XX分行", "other"),
    ("某某市第一人民医院", "other"),
    ("国网某某供电公司", "other"),
    ("某某大学", "other"),
])
def test_agency_kind_is_guessed_from_the_name(name, kind):
    assert guess_agency_kind(name) == kind


def test_the_clerks_choice_wins_over_the_guess():
    report = Report("gov-2021", "某某县人民政府办公室", 2025)
    assert agency_kind(report) == "government"
    report.meta["agency_kind"] = "department"  # the office reports as a department of its own
    assert agency_kind(report) == "department"
    report.meta["agency_kind"] = "nonsense"
    assert agency_kind(report) == "government"


# --- LATE ---------------------------------------------------------------------------------------------------------


def published(report: Report, day: str) -> Report:
    report.meta["published_on"] = day
    return report


@pytest.mark.parametrize(("agency", "last_day_on_time", "first_day_late"), [
    ("某县交通运输局", "2026-01-31", "2026-02-01"),  # 部门: 31 January
    ("某县人民政府", "2026-03-31", "2026-04-01"),  # 人民政府: 31 March
    ("某县人民政府办公室", "2026-03-31", "2026-04-01"),  # its office publishes it
])
def test_late_after_the_legal_deadline_of_the_agencys_kind(agency, last_day_on_time, first_day_late):
    report = clean_report()
    report.agency = agency
    assert only(check_report(published(report, last_day_on_time)), "LATE") == []
    (late,) = only(check_report(published(report, first_day_late)), "LATE")
    assert (late.severity, late.location, late.section_id, late.cell_ids) == ("warning", "published_on",
                                                                               "published_on", ())
    month = "1月31日" if last_day_on_time.endswith("01-31") else "3月31日"
    assert f"2026年{month}" in late.message and "1天" in late.message and "第四十九条" in late.message


def test_a_local_deadline_comes_earlier_but_never_later_than_the_law():
    report = clean_report()  # 某县交通运输局: 31 January
    report.meta["deadline"] = "2026-01-15"
    assert publication_deadline(report).day.isoformat() == "2026-01-15"
    assert only(check_report(published(report, "2026-01-15")), "LATE") == []
    (late,) = only(check_report(published(report, "2026-01-20")), "LATE")
    assert "2026年1月15日" in late.message and "5天" in late.message and "本地规定" in late.message
    report.meta["deadline"] = "2026-02-28"  # a later local date does not put off the 条例
    (late,) = only(check_report(published(report, "2026-02-10")), "LATE")
    assert "2026年1月31日" in late.message


def test_an_institution_has_only_its_local_deadline_and_no_date_is_not_late():
    report = clean_report()
    report.agency = "中国银行某某分行"
    assert publication_deadline(report).day is None
    assert only(check_report(published(report, "2026-06-30")), "LATE") == []
    report.meta["deadline"] = "2026-03-01"
    assert len(only(check_report(report), "LATE")) == 1
    del report.meta["published_on"]
    assert only(check_report(report), "LATE") == []


def test_late_in_english():
    report = published(clean_report(), "2026-02-03")
    set_language("en")
    (late,) = only(check_report(report), "LATE")
    assert late.message.startswith("published on 2026-02-03, 3 day(s) after the deadline of 2026-01-31")
    set_language("zh")


# --- REPETITION ---------------------------------------------------------------------------------------------------

LAST_YEAR = {
    "overall": (
        "（一）主动公开\n2024年，我局围绕交通运输中心工作，通过门户网站主动公开政府信息1268条，其中政策文件36件，"
        "政策解读18篇。及时发布道路运输、公路建设、交通执法等领域信息，做好重大项目批准和实施信息公开。\n"
        "（二）依申请公开\n严格按照法定时限答复，对涉及第三方权益的申请依法征求意见，答复文书统一经法制科审核。\n"
        "（三）政府信息管理\n开展文件公开属性集中审查，规范信息发布审批流程，全年清理规范性文件12件。\n"
        "（四）政府信息公开平台建设\n完成网站集约化迁移，上线智能问答功能，优化政府信息公开专栏栏目设置。\n"
        "（五）监督保障\n成立政务公开工作领导小组，局主要负责同志任组长，定期听取工作汇报，组织业务培训3次。"
    ),
    "problems": (
        "（一）上年度存在问题的整改情况\n上年度指出的网站栏目空白问题已全部整改，空白栏目已下线或补充内容。\n"
        "（二）本年度存在的主要问题\n政策解读的针对性不强，部分解读材料照搬原文，群众关注的热点回应不够及时。\n"
        "（三）下一步改进措施\n建立解读材料审核制度，邀请专家参与重要政策解读，完善舆情收集和回应机制。"
    ),
    "other_matters": (
        "（一）信息处理费收取情况\n本年度未发出收费通知，未收取信息处理费。\n（二）人大代表建议和政协提案办理结果公开情况\n"
        "认真办理人大代表建议和政协提案，全年承办建议15件、提案9件，办理结果已在网站专栏公开。"
    ),
}
# This year written anew, as a clerk does who describes what happened this year.
THIS_YEAR = {
    "overall": (
        "（一）主动公开\n聚焦群众出行和物流保通保畅，本年度在门户网站和政务新媒体同步发布信息1390条，新增"
        "“农村客运”“网约车监管”两个专题，重点推送公交线网优化调整方案和春运运力安排。\n"
        "（二）依申请公开\n修订依申请公开办理规程，推行申请登记、拟办、会商、答复全流程电子化，平均办理用时缩短至九个工作日。\n"
        "（三）政府信息管理\n对三十八件现行文件逐件复核公开属性，建立公开目录季度动态更新机制，确保目录与实际一致。\n"
        "（四）政府信息公开平台建设\n门户网站完成适老化和无障碍改造，新增政策文件多维度检索，移动端访问量同比明显增长。\n"
        "（五）监督保障\n把政务公开列入科室年度目标考核，聘请十名社会监督员，按季度通报栏目更新情况并督促整改。"
    ),
    "problems": (
        "（一）上年度存在问题的整改情况\n针对解读针对性不强的问题，推行“一文一解读”清单管理，图解和短视频解读占比提高。\n"
        "（二）本年度存在的主要问题\n基层站所公开标准目录落地不够均衡，依申请答复中说理部分仍显简略。\n"
        "（三）下一步改进措施\n组织基层站所目录编制专项指导，开展答复文书交叉评查，选编典型案例供科室学习。"
    ),
    "other_matters": (
        "（一）信息处理费收取情况\n本年度发出收费通知0件，收费金额0元，实际收取0元。\n（二）年度政务公开工作要点落实情况\n"
        "对照市政务公开工作要点逐项制定措施清单，二十三项任务已全部完成并在网站公开落实情况。"
    ),
}


def _sentences(text: str) -> list[str]:
    out, current = [], ""
    for ch in text:
        current += ch
        if ch in "。\n":
            out.append(current)
            current = ""
    return out + ([current] if current else [])


def partly_copied(share: float) -> dict[str, str]:
    """Each part: last year's sentences (figures changed) for about `share` of its characters, new ones after."""
    out = {}
    for sid, old in LAST_YEAR.items():
        copied = [s.replace("2024年", "2025年").replace("1268", "1402") for s in _sentences(old)]
        fresh = _sentences(THIS_YEAR[sid])
        target = share * len(normalise(old))
        text, length = "", 0
        for s in copied:
            if length >= target:
                break
            text += s
            length += len(normalise(s))
        rest = length * (1 - share) / share  # new text for the remaining share
        for s in fresh:
            if rest <= 0:
                break
            text += s
            rest -= len(normalise(s))
        out[sid] = text
    return out


def report_and_last_year(texts: dict[str, str]) -> tuple[Report, Report]:
    report = clean_report()
    report.sections.update(texts)
    report.sections["review_litigation"] = ""  # the lead-in above table 4 is optional
    previous = Report("gov-2021", report.agency, report.year - 1, sections=dict(LAST_YEAR))
    return report, previous


def copied_share(report: Report) -> float:
    """The share the construction copied: characters of last year's sentences over all characters of the parts
    evaluators compare (the preamble and signature are prescribed wording and left out)."""
    old = {normalise(s.replace("2024年", "2025年").replace("1268", "1402"))
           for t in LAST_YEAR.values() for s in _sentences(t)}
    total = copied = 0
    for section in report.format.sections:
        for s in _sentences(report.text(section.id)):
            n = len(normalise(s))
            total += n
            copied += n if normalise(s) in old else 0
    return copied / total


def test_a_report_copied_60_percent_warns_with_the_rates():
    report, previous = report_and_last_year(partly_copied(0.6))
    share = copied_share(report)
    assert 0.55 <= share <= 0.65, share
    found = measure_repetition(report, previous)
    assert found is not None and found.threshold == 0.5
    assert abs(found.rate - share) < 0.08, (found.rate, share)  # figures updated still count as repeated
    assert all(0.4 < p.rate < 0.85 for p in found.parts)
    (problem,) = only(check_report(report, previous), "REPETITION")
    assert problem.severity == "warning" and problem.location == "report" and problem.cell_ids == ()
    assert f"{round(found.rate * 100)}%" in problem.message and "50%" in problem.message
    assert "2024年度" in problem.message
    # the threshold is a parameter
    assert only(check_report(report, previous, repetition_threshold=0.75), "REPETITION") == []


def test_a_rewritten_report_does_not_warn():
    report, previous = report_and_last_year(dict(THIS_YEAR))
    found = measure_repetition(report, previous)
    assert found.rate < 0.15, found.rate
    assert only(check_report(report, previous), "REPETITION") == []


def test_each_part_has_its_own_rate():
    texts = dict(THIS_YEAR)
    texts["problems"] = LAST_YEAR["problems"]  # one part copied whole
    report, previous = report_and_last_year(texts)
    found = measure_repetition(report, previous)
    rates = {p.section_id: p.rate for p in found.parts}
    assert rates["problems"] == 1.0 and rates["overall"] < 0.15
    assert found.rate < 0.5  # the report as a whole is under the threshold
    assert only(check_report(report, previous), "REPETITION") == []


def test_no_rate_without_last_years_report():
    report = clean_report()
    assert measure_repetition(report, None) is None
    previous = Report("gov-2021", report.agency, report.year - 2, sections=dict(report.sections))
    assert measure_repetition(report, previous) is None


# --- FEE-NOTICE ---------------------------------------------------------------------------------------------------


def with_unpaid(count: int, text: str) -> Report:
    report = clean_report()
    report.cells["t3.r.other.fee_unpaid.natural"] = Cell(str(count))
    report.cells["t3.new.natural"] = Cell(str(int(report.value("t3.new.natural")) + count))
    recompute_all(report)
    report.sections["other_matters"] = "（一）信息处理费收取情况\n" + text
    report.sections["overall"] = "（一）主动公开\n全年主动公开政府信息312条。"
    return report


@pytest.mark.parametrize(("unpaid", "text", "fires", "words"), [
    (2, "本年度未发出收费通知，未收取信息处理费。", True, "说明发出过收费通知"),
    (2, "本机关没有向申请人发出过收费通知。", True, "说明发出过收费通知"),
    (3, "本年度共发出收费通知1件，收费金额200元，实际收取0元。", True, "多于发出的收费通知"),
    (2, "本年度未收取信息处理费。", True, "没有写明发出收费通知的件数"),
    (2, "本年度未发出收费通知。全年共发出收费通知2件。", True, "前后不一致"),
    (2, "本年度共发出收费通知3件，收费金额300元，申请人逾期未缴纳，实际收取0元。", False, ""),
    (0, "本年度未发出收费通知，未收取信息处理费。", False, ""),
    (0, "本年度共发出收费通知2件，收费金额300元，实际收取300元。", False, ""),
])
def test_fee_notices_in_part_six_against_table_three(unpaid, text, fires, words):
    report = with_unpaid(unpaid, text)
    found = only(check_report(report), "FEE-NOTICE")
    assert bool(found) is fires
    if fires:
        (problem,) = found
        assert (problem.severity, problem.location, problem.section_id) == ("warning", "other_matters",
                                                                             "other_matters")
        assert problem.cell_ids == ("t3.r.other.fee_unpaid.total",)
        assert words in problem.message
    assert [p for p in check_report(report) if p.rule not in ("FEE-NOTICE",)] == []


def test_gov_2019_has_no_fee_notice_row():
    report = clean_report(2020, "gov-2019")
    report.sections["other_matters"] = "本年度未发出收费通知。"
    assert only(check_report(report), "FEE-NOTICE") == []
