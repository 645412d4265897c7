"""What kind of agency publishes a report — it decides the legal deadline (条例 第四十九条) — guessed from its name.

Kinds (spec §8 meta.agency_kind): `government` a 县级以上地方人民政府 or its 办公厅/室 (31 March), `department` a
人民政府部门 (31 January), `other` a public enterprise or institution (no legal deadline of this kind).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from disclosure_desktop.domain.report import Report

AGENCY_KINDS = ("government", "department", "other")
GOVERNMENT, DEPARTMENT, OTHER = AGENCY_KINDS
META_KIND = "agency_kind"
META_DEADLINE = "deadline"

# A note in brackets (「（示例）」, 「(试行)」) says nothing about the kind.
_NOTE = re.compile(r"[（(][^（()）]*[)）]")
# The government itself, or the office that publishes its report.
_GOVERNMENT = re.compile(r"(?:人民政府|政府)(?:办公厅|办公室|办)?$")
# Public enterprises and institutions (条例 第五十五条): banks, hospitals, schools, utilities, transport.
_OTHER = re.compile(
    r"(?:银行|分行|支行|信用社|保险|医院|卫生院|学校|大学|学院|中学|小学|幼儿园|公司|集团|供电|供水|自来水|燃气|"
    r"热力|电力|邮政|电信|移动|联通|铁路|公交|地铁|机场|港务)"
)


def guess_agency_kind(name: str) -> str:
    """The kind an agency's name suggests; `department` when it says nothing clearer (the usual case)."""
    squeezed = _NOTE.sub("", re.sub(r"\s+", "", name))
    if _GOVERNMENT.search(squeezed):
        return GOVERNMENT
    if _OTHER.search(squeezed):
        return OTHER
    return DEPARTMENT


def agency_kind(report: Report) -> str:
    """The kind the clerk chose (meta.agency_kind), else the guess from the agency's name."""
    chosen = report.meta.get(META_KIND, "")
    return chosen if chosen in AGENCY_KINDS else guess_agency_kind(report.agency)


def is_agency_kind_guessed(report: Report) -> bool:
    return report.meta.get(META_KIND, "") not in AGENCY_KINDS
