"""Standard wording a clerk may start from: the opening paragraph that names the legal basis and the period."""

from __future__ import annotations

import re

from disclosure_desktop.domain.report import Report

_NUMBER = re.compile(r"^[一二三四五六七八九十]+、")
_BASIS = {
    "gov-2021": "和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》"
    "（国办公开办函〔2021〕30号）",
    "gov-2019": "和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》"
    "（国办公开办函〔2019〕60号）",
}


def standard_preamble(report: Report) -> str:
    """The usual opening: legal basis, the parts of the report, the statistical period, where and whom to ask.

    The website stays a visible placeholder (XX) for the clerk to fill in; the placeholder check points at it.
    """
    fmt = report.format
    parts = "、".join(_NUMBER.sub("", s.heading) for s in fmt.sections)
    basis = _BASIS.get(fmt.id, "")
    agency = report.agency or "本机关"
    contact = report.meta.get("contact", "").strip() or f"{agency}政务公开工作机构"
    return (
        f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）{basis}要求编制。"
        f"全文包括{parts}。"
        f"本报告所列数据的统计期限自{report.year}年1月1日起至{report.year}年12月31日止。"
        f"本报告电子版可在{agency}门户网站（XX）查阅或下载。"
        f"如对本报告有疑问，请与{contact}联系。"
    )
