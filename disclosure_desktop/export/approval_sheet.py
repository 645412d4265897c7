"""The 签发单 printed in front of a signed version: who reviewed (审核) and signed (签发) it, when, and which content.

A paper form of the Chinese report, so always in Chinese. Laid out in the same Qt rich-text subset, type area and
faces as the report's pages (resources/templates/approval_sheet.html.j2); pdf_export puts its page(s) in front of
the report's, unnumbered, with the report's page count on it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from disclosure_desktop.domain.limits import clean_text
from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.versions import VersionInfo, digest_groups
from disclosure_desktop.export.fonts import font_plan
from disclosure_desktop.export.html import environment
from disclosure_desktop.export.pagination import PageRun, lay_out
from disclosure_desktop.export.print_html import LAYOUT_DPI, families, layout_device, sizes

__all__ = ["SHEET_TEMPLATE", "SHEET_TITLE", "ApprovalSheet", "chinese_date"]

SHEET_TEMPLATE = "approval_sheet.html.j2"
SHEET_TITLE = "政府信息公开工作年度报告签发单"
LABELS = ("报告标题", "报告单位", "报告年度", "正文页数", "签发版本", "签发时间", "内容校验码", "审核", "审核日期",
          "签发", "签发日期", "审核人签字", "签发人签字", "备注")
# The content's SHA-256 printed whole: the paper leaves the machine, and is what proves later that the signed
# version in the database (or in a submission package) is still the one signed — a digest kept beside the data can
# be rewritten with it (docs/reliability.md, 签发). Grouped by sixteen to be read out.
DIGEST_PREFIX = "SHA-256 "


def chinese_date(day: dt.date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day is not None else ""


@dataclass(frozen=True)
class ApprovalSheet:
    """What the sheet states, as plain values (safe to hand between threads)."""

    title: str
    agency: str
    year: int
    version: int
    signed_at: dt.datetime  # aware
    content_sha256: str
    signed_by: str
    reviewed_by: str = ""
    reviewed_on: dt.date | None = None

    @classmethod
    def of(cls, report: Report, info: VersionInfo) -> ApprovalSheet:
        """The sheet of a signed version (`report` is that version's content)."""
        if not info.is_signed:
            raise ValueError(f"version {info.id} is not signed")
        return cls(clean_text(report.display_title), clean_text(report.agency), report.year, info.id,
                   info.created_at, info.content_sha256, clean_text(info.signed_by), clean_text(info.reviewed_by),
                   info.reviewed_on)

    def rows(self, pages: int) -> dict[str, str]:
        """Label → what is printed after it; the signature cells and 备注 stay blank for the pen."""
        local = self.signed_at.astimezone()
        return {
            "报告标题": self.title,
            "报告单位": self.agency,
            "报告年度": f"{self.year}年度",
            "正文页数": f"{pages}页",
            "签发版本": f"第{self.version}号",
            "签发时间": local.strftime("%Y-%m-%d %H:%M"),
            "内容校验码": DIGEST_PREFIX + digest_groups(self.content_sha256),
            "审核": self.reviewed_by,
            "审核日期": chinese_date(self.reviewed_on),
            "签发": self.signed_by,
            "签发日期": chinese_date(local.date()),
        }

    def role_texts(self, pages: int = 0) -> dict[str, str]:
        """The sheet's text by the role that prints it, so that the faces chosen cover every character."""
        return {"title": SHEET_TITLE, "heading1": "".join(LABELS), "body": "\n".join(self.rows(pages).values())}

    def html(self, pages: int) -> str:
        px = sizes()
        return environment().get_template(SHEET_TEMPLATE).render(
            title=SHEET_TITLE, v=self.rows(pages), px=px, f=families(font_plan(self.role_texts(pages))),
        )

    def lay_out(self, pages: int) -> PageRun:
        """The sheet's page(s), laid out like a portrait run of the report; `pages` is the report's page count."""

        return lay_out(self.html(pages), layout_device(), LAYOUT_DPI, font_plan(self.role_texts(pages)), False, ())
