"""The reports the benchmark measures with: full gov-2021 reports whose tables add up, last year's beside them,
and a database of 2,000 of them, all generated so that a fresh clone needs nothing else."""

from __future__ import annotations

from pathlib import Path

from disclosure_desktop.domain.fees import fee_sentence
from disclosure_desktop.domain.report import Cell, Report
from disclosure_desktop.domain.summaries import applications_sentence, review_litigation_sentence

OVERALL = (
    "{year}年，{agency}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，"
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
# What a clerk types in the benchmark: a paragraph of the overall part, in the words these reports use.
PARAGRAPH = (
    "全年共召开政务公开工作专题会议3次，研究部署重点任务，印发年度政务公开工作要点和任务分工方案，"
    "明确各科室职责和完成时限。加强政策解读，主要负责同志带头解读重要政策文件，全年发布解读材料46篇，"
    "其中图文解读21篇、视频解读8篇，在线访谈2期，及时回应社会关切。"
)
AGENCIES = 400  # 2,000 reports: 400 agencies, five years each, so every report has last year's beside it
FIRST_YEAR = 2021


def full_report(year: int, seed: int, agency: str = "某市生态环境局") -> Report:
    """Every cell of every table filled so that the sums and the balance of table 3 hold; every part written."""
    report = Report("gov-2021", agency, year)
    fmt = report.format
    for table in fmt.tables:
        for cid, spec in table.cells.items():
            if not spec.is_total:
                report.cells[cid] = Cell("3.25" if spec.kind == "amount" else str((len(cid) * 13 + seed) % 9))
    t3 = fmt.section("applications").table
    assert t3 is not None
    results = [r for r in t3.row_ids() if r.startswith("r.") and r != "r.total"]
    for i, col in enumerate(c for c in t3.column_ids() if c != "total"):
        done = sum(int(report.value(t3.cell_id(r, col))) for r in results)
        report.cells[t3.cell_id("carried_in", col)] = Cell(str(i % 3))
        report.cells[t3.cell_id("carried_out", col)] = Cell(str((i + seed) % 4))
        report.cells[t3.cell_id("new", col)] = Cell(str(done + (i + seed) % 4 - i % 3))
    for _ in range(2):  # totals of totals: twice is enough for the two levels these tables have
        for table in fmt.tables:
            for inst in table.sum_instances:
                report.cells[inst.target] = Cell(str(sum(int(report.value(p) or 0) for p in inst.parts)))
    report.sections = {
        "preamble": "本报告根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号要求编制。"
        "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
        "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"
        f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
        f"本报告电子版可在{agency}门户网站查阅或下载。"
        f"如对本报告有疑问，请与{agency}办公室联系（电话：0000-1234567）。",
        "overall": OVERALL.format(year=year, agency=agency, applications=applications_sentence(report))
        + "\n（六）政策解读\n" + PARAGRAPH,
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


def previous_year(report: Report) -> Report:
    """Last year's report of the same agency, its texts written anew (the usual case) and its carry-over matching."""
    last = full_report(report.year - 1, seed=1, agency=report.agency)
    for cid in report.format.cells:  # this year continues last year's report
        if cid.startswith("t3.carried_in."):
            last.cells[cid.replace("carried_in", "carried_out")] = Cell(report.value(cid))
    last.sections.update(LAST_YEAR)
    last.sections["review_litigation"] = ""
    last.sections["applications"] = ""
    return last


def agency_name(n: int) -> str:
    return f"某某县第{n + 1}局"


def build_database(path: Path | str, count: int) -> list[int]:
    """A database of `count` full reports (400 agencies × five years), written in one transaction; their ids.

    Every report of a year before the last is signed (签发), as a published report is, so the list also reads
    the versions table. Inserted through the store's own insert, one transaction for all: 2,000 separate
    transactions with synchronous=FULL would make the benchmark wait on the disk, not measure the program.
    """
    from disclosure_desktop.domain import versions
    from disclosure_desktop.storage import version_rows
    from disclosure_desktop.storage.database import Database
    from disclosure_desktop.storage.report_rows import insert_report as _insert
    from disclosure_desktop.storage.repository import ReportStore

    if isinstance(path, Path):  # a server's database (a URL) is made empty by whoever created it
        path.unlink(missing_ok=True)
    years = max(1, min(5, count // AGENCIES or 1))
    ids: list[int] = []
    with Database.open(path) as db:
        db.auto_backup = False  # a benchmark file needs no backup beside it
        store = ReportStore(db)
        templates = {year: full_report(FIRST_YEAR + year, seed=year) for year in range(years)}
        with store._write() as session:
            for n in range(count):
                year = n % years
                report = templates[year]
                report.agency = agency_name(n // years)
                rid = _insert(session, report)
                ids.append(rid)
                if year < years - 1:
                    report.id = rid
                    version_rows.add(session, report, versions.SIGNED, "张三", signed_by="张三")
    return ids


def word_file(folder: Path) -> Path:
    """Our own Word export of the full report, in `folder` (made if needed): what LibreOffice and import read."""
    from disclosure_desktop.export import registry

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "report.docx"
    path.write_bytes(registry.render(full_report(2025, seed=2), "docx"))
    return path
