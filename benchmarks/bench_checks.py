"""How long check_report takes on a full gov-2021 report with last year's report beside it (target < 5 ms).

Run: .venv/bin/python benchmarks/bench_checks.py [runs]
"""

from __future__ import annotations

import statistics
import sys
import time

from disclosure_desktop.domain.checks import check_report
from disclosure_desktop.domain.checks.claims import _sentence_claims, find_claims
from disclosure_desktop.domain.checks.history import similarity
from disclosure_desktop.domain.checks.repetition import _repeated, _runs
from disclosure_desktop.domain.fees import fee_sentence
from disclosure_desktop.domain.report import Cell, Report
from disclosure_desktop.domain.summaries import applications_sentence, review_litigation_sentence

OVERALL = (
    "{year}年，某市生态环境局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，"
    "围绕全市生态环境保护中心工作，全面推进决策、执行、管理、服务、结果公开，不断提升政务公开质量和实效。\n"
    "（一）主动公开\n全年通过门户网站主动公开政府信息1268条，其中环境影响评价审批信息342条，行政处罚信息156条，"
    "环境质量信息412条。及时发布大气、水环境质量月报和重点排污单位名录，做好重大建设项目环评信息公开。\n"
    "（二）依申请公开\n{applications}\n"
    "（三）政府信息管理\n严格落实公开属性源头认定和保密审查制度，全年清理规范性文件23件，动态更新政府信息公开指南和目录。\n"
    "（四）政府信息公开平台建设\n优化门户网站政府信息公开专栏，整合政务新媒体账号，畅通“12345”热线和领导信箱渠道。\n"
    "（五）监督保障\n将政务公开纳入年度绩效考核，组织业务培训4次，参训人员260人次，开展网站季度自查。"
)
PROBLEMS = (
    "（一）上年度存在问题的整改情况\n针对上年度政策解读形式单一的问题，新增图解、短视频等解读形式，全年发布图解解读38篇。\n"
    "（二）本年度存在的主要问题\n一是基层公开标准目录更新不够及时；二是依申请公开答复文书的说理性还需加强；"
    "三是政务公开工作人员业务能力参差不齐，培训覆盖面有待扩大。\n"
    "（三）下一步改进措施\n一是建立公开目录季度更新机制，明确责任科室和时限；二是开展答复文书交叉评查和案例研讨；"
    "三是分层分类组织业务培训，{year}年计划培训不少于5次。"
)
OTHER = (
    "（一）信息处理费收取情况\n根据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），{fee}\n"
    "（二）年度政务公开工作要点落实情况\n对照年度政务公开工作要点，逐项明确责任分工，按季度调度推进，各项任务均已完成。\n"
    "（三）人大代表建议和政协提案办理结果公开情况\n全年承办人大代表建议21件、政协提案17件，均已按期办结，"
    "办理复文全文公开率100%。"
)


def full_report(year: int, seed: int) -> Report:
    report = Report("gov-2021", "某市生态环境局", year)
    fmt = report.format
    for table in fmt.tables:
        for cid, spec in table.cells.items():
            if not spec.is_total:
                report.cells[cid] = Cell("3.25" if spec.kind == "amount" else str((len(cid) * 13 + seed) % 9))
    t3 = fmt.section("applications").table
    results = [r for r in t3.row_ids() if r.startswith("r.") and r != "r.total"]
    for i, col in enumerate(c for c in t3.column_ids() if c != "total"):
        done = sum(int(report.value(t3.cell_id(r, col))) for r in results)
        report.cells[t3.cell_id("carried_in", col)] = Cell(str(i % 3))
        report.cells[t3.cell_id("carried_out", col)] = Cell(str((i + seed) % 4))
        report.cells[t3.cell_id("new", col)] = Cell(str(done + (i + seed) % 4 - i % 3))
    for _ in range(2):
        for table in fmt.tables:
            for inst in table.sum_instances:
                report.cells[inst.target] = Cell(str(sum(int(report.value(p) or 0) for p in inst.parts)))
    report.sections = {
        "preamble": "本报告根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号要求编制。"
        "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
        "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"
        f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
        "本报告电子版可在某市生态环境局门户网站查阅或下载。"
        "如对本报告有疑问，请与某市生态环境局办公室联系（电话：0000-1234567）。",
        "overall": OVERALL.format(year=year, applications=applications_sentence(report)),
        "applications": applications_sentence(report),
        "review_litigation": review_litigation_sentence(report),
        "problems": PROBLEMS.format(year=year + 1),
        "other_matters": OTHER.format(fee=fee_sentence(seed, 100 * seed, 100 * seed)),
    }
    return report


LAST_YEAR = {
    "overall": (
        "2024年，我局按照市政府统一部署，把政务公开作为转变作风、服务群众的重要抓手，重点做好以下工作。\n"
        "（一）主动公开\n围绕污染防治攻坚战，持续公开空气质量排名、饮用水水源地水质状况和突出环境问题整改进展，"
        "全年在网站发布各类信息986条，召开新闻发布会6场。\n（二）依申请公开\n严格按照法定时限答复，"
        "对涉及第三方权益的申请依法征求意见，答复文书统一经法制科审核。\n（三）政府信息管理\n开展文件公开属性"
        "集中审查，规范信息发布审批流程。\n（四）政府信息公开平台建设\n完成网站集约化迁移，上线智能问答功能。\n"
        "（五）监督保障\n成立政务公开工作领导小组，局主要负责同志任组长，定期听取工作汇报。"
    ),
    "problems": (
        "（一）上年度存在问题的整改情况\n上年度指出的网站栏目空白问题已全部整改，空白栏目已下线或补充内容。\n"
        "（二）本年度存在的主要问题\n政策解读的针对性不强，部分解读材料照搬原文，群众关注的热点回应不够及时。\n"
        "（三）下一步改进措施\n建立解读材料审核制度，邀请专家参与重要政策解读，完善舆情收集和回应机制。"
    ),
    "other_matters": (
        "（一）信息处理费收取情况\n本年度未收取信息处理费。\n（二）其他事项\n认真办理人大代表建议和政协提案，"
        "办理结果已在网站专栏公开。"
    ),
}


def rewritten(report: Report) -> None:
    """Last year's texts written anew (the usual case); the preamble is boilerplate and stays."""
    report.sections.update(LAST_YEAR)
    report.sections["review_litigation"] = ""
    report.sections["applications"] = ""


def reordered(report: Report) -> None:
    """Last year's texts with their clauses reversed: the slowest case for the similarity measure."""
    for sid, text in report.sections.items():
        if sid != "preamble":
            report.sections[sid] = "".join(reversed(text.split("，")))


def measure(label: str, report: Report, previous: Report | None, runs: int, cold: bool) -> None:
    problems = check_report(report, previous)
    times: list[float] = []
    for _ in range(runs):
        if cold:  # every text read afresh, as after the clerk's first edit of each part
            for cached in (similarity, find_claims, _sentence_claims, _repeated, _runs):
                cached.cache_clear()
        start = time.perf_counter()
        check_report(report, previous)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    rules = ", ".join(sorted({p.rule for p in problems})) or "none"
    print(f"{label:<44} mean {statistics.fmean(times):6.3f} ms  p95 {p95:6.3f} ms  "
          f"({len(problems)} problems: {rules})")


def main(runs: int = 1000) -> None:
    report = full_report(2025, seed=2)
    copied = full_report(2024, seed=1)
    for cid in report.format.cells:  # this year continues last year's report
        if cid.startswith("t3.carried_in."):
            copied.cells[cid.replace("carried_in", "carried_out")] = Cell(report.value(cid))
    previous = Report(copied.format_id, copied.agency, copied.year, cells=dict(copied.cells),
                      sections=dict(copied.sections))
    rewritten(previous)
    shuffled = Report(copied.format_id, copied.agency, copied.year, cells=dict(copied.cells),
                      sections=dict(copied.sections))
    reordered(shuffled)
    chars = sum(len(t) for t in report.sections.values())
    print(f"check_report, gov-2021, {len(report.cells)} cells, {chars} characters of text, {runs} runs each")
    measure("previous year rewritten, cold cache", report, previous, runs, cold=True)
    measure("previous year rewritten, warm cache", report, previous, runs, cold=False)
    measure("every text copied from last year, cold cache", report, copied, runs, cold=True)
    measure("every text copied from last year, warm cache", report, copied, runs, cold=False)
    measure("last year's clauses reordered, cold cache", report, shuffled, runs, cold=True)
    measure("no previous year", report, None, runs, cold=False)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
