"""Test helper: a county's units and their reports for the 公开办's desk — each unit's own wording (so that no two
units look alike unless a test copies one), its own figures (the example report's, scaled, so every identity
holds), and the files a folder of submissions holds: this program's exports, Word files and web pages laid out as
published, and submission packages."""

from __future__ import annotations

import copy
import random
from dataclasses import replace
from pathlib import Path

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.formats import get_format
from disclosure_desktop.domain.report import Report
from disclosure_desktop.workflows.example_report import example_report
from tests.helpers.packages import write_package
from tests.helpers.published_docs import (
    T2_2021,
    T3_HEAD,
    T3_ROWS,
    html_page,
    report_items,
    t2_rows,
    t3_rows,
    t4_rows,
    word_file,
)

REGION = "某某县"
DEPARTMENTS = (
    "教育局", "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源局", "住房和城乡建设局",
    "交通运输局", "水利局", "农业农村局", "商务局", "文化和旅游局", "卫生健康局", "退役军人事务局", "应急管理局",
    "审计局", "市场监督管理局", "统计局", "医疗保障局", "林业局", "城市管理局", "信访局", "发展和改革局",
    "工业和信息化局", "科学技术局", "体育局", "数据资源局", "行政审批服务局", "生态环境分局", "档案馆",
    "机关事务服务中心",
    "粮食和物资储备局", "国有资产服务中心", "地方金融服务中心", "供销合作社联合社", "残疾人联合会", "气象局",
)
HEADINGS = {s.id: s.heading for s in get_format("gov-2021").sections}

# Words each unit's text is drawn from: short pieces (the measure counts 13 characters in a row), many choices.
_ACTS = ("完善", "健全", "优化", "规范", "细化", "强化", "深化", "推进", "落实", "拓展", "更新", "梳理", "整合", "升级")
_THINGS = ("公开目录", "发布流程", "审核机制", "解读方式", "专栏栏目", "办理台账", "答复文书", "考核细则", "培训课程",
           "平台功能", "检索服务", "意见征集", "回应渠道", "档案管理", "保密审查", "数据开放", "政策汇编", "办事指南")
_WAYS = ("通过门户网站", "依托政务新媒体", "借助便民服务窗口", "利用公开查阅点", "结合现场会议", "采取线上问答",
         "运用图表图解", "邀请群众代表", "组织业务骨干", "联合乡镇站所", "会同法制机构", "对照考评指标")
_AIMS = ("方便群众查询", "提升办理质效", "回应社会关切", "保障知情权", "减少重复申请", "压实工作责任",
         "提高信息质量", "促进依法行政", "扩大公众参与", "增强政策知晓度", "便利企业办事", "规范答复口径")
_TIMES = ("年初", "一季度", "上半年", "年中", "三季度", "下半年", "年底", "全年", "每月", "每季度")
_PROBLEMS = ("信息更新不够及时", "解读形式较为单一", "专栏分类不够清晰", "人员业务能力不足", "公众参与渠道偏少",
             "答复文书说理不足", "基层公开覆盖不全", "数据开放程度不高", "平台检索不够便捷", "依申请办理衔接不畅")


def unit_name(index: int) -> str:
    """The county's departments; beyond them (a benchmark's 300 units) the same departments of its districts."""
    district = "" if index < len(DEPARTMENTS) else f"第{index // len(DEPARTMENTS) + 1}片区"
    return REGION + district + DEPARTMENTS[index % len(DEPARTMENTS)]


def _sentence(rng: random.Random, who: str) -> str:
    return (f"{rng.choice(_TIMES)}{who}{rng.choice(_WAYS)}{rng.choice(_ACTS)}{rng.choice(_THINGS)}，"
            f"{rng.choice(_ACTS)}{rng.choice(_THINGS)}，以{rng.choice(_AIMS)}为目标{rng.choice(_ACTS)}"
            f"{rng.choice(_THINGS)}和{rng.choice(_THINGS)}。")


def unit_texts(index: int, agency: str, new_total: int, seed: int = 0) -> dict[str, str]:
    """Parts 一, 五 and 六 in the unit's own words (a different `seed` writes the same unit's other year)."""
    rng = random.Random(index * 7919 + seed * 104729 + 1)
    short = agency.removeprefix(REGION)
    heads = ("（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障")
    overall = []
    for number, head in enumerate(heads):
        overall.append(head)
        body = "".join(_sentence(rng, short) for _ in range(3))
        if number == 1:
            body = f"全年新收政府信息公开申请{new_total}件。" + body
        overall.append(body)
    problems = ["（一）上年度存在问题的整改情况", "".join(_sentence(rng, short) for _ in range(2)),
                "（二）本年度存在的主要问题", f"{short}{rng.choice(_PROBLEMS)}，{rng.choice(_PROBLEMS)}。",
                "（三）下一步改进措施", "".join(_sentence(rng, short) for _ in range(2))]
    other = ["（一）信息处理费收取情况", "本年度未发出收费通知，未收取信息处理费。",
             "（二）年度政务公开工作要点落实情况", _sentence(rng, short)]
    return {"overall": "\n".join(overall), "problems": "\n".join(problems), "other_matters": "\n".join(other)}


def unit_report(index: int, year: int = 2025, published_on: str = "2026-01-20", seed: int = 0) -> Report:
    """Unit `index`'s report: the example's figures times (1 + index % 7), its own text, its own preamble."""
    base = example_report()
    factor = 1 + index % 7
    doc = jsonio.report_to_dict(base)
    agency = unit_name(index)
    cells = {}
    for cid, value in doc["cells"].items():
        cells[cid] = str(round(float(value) * factor, 6)).removesuffix(".0") if cid == "t2.fees.amount" \
            else int(value) * factor
    doc.update(agency=agency, year=year, cells=cells)
    doc["meta"] = {"published_on": published_on, "contact": f"{agency}办公室，电话：0000-{1000000 + index}"}
    preamble = doc["sections"]["preamble"].replace("示例县人民政府办公室（示例）", agency).replace("2025", str(year))
    preamble = preamble.replace("示例县人民政府办公室政务公开科，地址：示例县人民路1号，电话：0000-1234567",
                                f"{agency}办公室")
    doc["sections"] = {"preamble": preamble, **unit_texts(index, agency, cells["t3.new.total"], seed)}
    return replace(jsonio.report_from_dict(doc), is_example=False)


def previous_year(report: Report, index: int, *, same_text: bool) -> Report:
    """Last year's report of the same unit, its carry-over and stock consistent with this year's."""
    doc = jsonio.report_to_dict(report)
    doc["year"] = report.year - 1
    doc["meta"]["published_on"] = f"{report.year}-01-18"
    cells = doc["cells"]
    for column in ("natural", "commercial", "research", "nonprofit", "legal", "other_org", "total"):
        cells[f"t3.carried_out.{column}"] = cells[f"t3.carried_in.{column}"]
    for kind in ("rules", "normative"):
        cells[f"t2.{kind}.in_force"] = cells[f"t2.{kind}.in_force"] - cells[f"t2.{kind}.issued"] \
            + cells[f"t2.{kind}.repealed"]
    if not same_text:
        doc["sections"].update(unit_texts(index, report.agency, cells["t3.new.total"], seed=1))
    doc["sections"]["preamble"] = doc["sections"]["preamble"].replace(str(report.year), str(report.year - 1))
    return jsonio.report_from_dict(doc)


def with_cells(report: Report, changes: dict[str, object]) -> Report:
    """A copy with cells changed (None removes one), other parts as they were."""
    doc = jsonio.report_to_dict(report)
    for cid, value in changes.items():
        if value is None:
            doc["cells"].pop(cid, None)
        else:
            doc["cells"][cid] = value
    return jsonio.report_from_dict(doc)


def with_sections(report: Report, sections: dict[str, str]) -> Report:
    doc = jsonio.report_to_dict(report)
    doc["sections"].update(sections)
    return jsonio.report_from_dict(doc)


def published_items(report: Report, info: bool) -> list:
    """The report as a site or a clerk's Word file prints it: `/` for blank cells, 1,234 numbers, table 3 split."""
    doc = copy.deepcopy(jsonio.report_to_dict(report))
    cells = doc["cells"]
    t3 = (T3_HEAD + t3_rows(cells, T3_ROWS[:12]), T3_HEAD + t3_rows(cells, T3_ROWS[12:]))
    tables = {"proactive": (t2_rows(T2_2021, cells),), "applications": t3, "review_litigation": (t4_rows(cells),)}
    day = report.published_on()
    signature = (report.agency, f"{day.year}年{day.month}月{day.day}日") if day else (report.agency,)
    return report_items(doc, tables, HEADINGS, report.display_title,
                        info=f"发布时间：{day.isoformat()} 09:30　来源：{report.agency}" if info and day else "",
                        signature=signature)


def write_as(report: Report, kind: str, path: Path) -> Path:
    """The report in one of the forms a folder of submissions holds."""
    from disclosure_desktop.export.registry import render

    if kind in ("json", "html", "docx", "pdf"):
        path.write_bytes(render(report, kind))
    elif kind == "published_html":
        path.write_bytes(html_page(published_items(report, info=True), charset="utf-8"))
    elif kind == "published_docx":
        word_file(published_items(report, info=False), path)
    elif kind == "package":
        write_package(path, report)
    else:
        raise ValueError(kind)
    return path


SUFFIXES = {"json": ".json", "html": ".html", "docx": ".docx", "pdf": ".pdf", "published_html": ".html",
            "published_docx": ".docx", "package": ".zip"}
