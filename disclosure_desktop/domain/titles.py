"""How a printed title names the agency and the year, either way round: 「某某县人民政府2025年政府信息公开工作年度报告」
or 「2019年上海市人民政府办公厅政府信息公开工作年度报告」 (spec §11) — for every importer, plain text included."""

from __future__ import annotations

import re

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
# The year first, the agency between it and the title words.
_YEAR_FIRST = re.compile(r"\s*(?P<year>(?:19|20)\d{2})\s*年度?\s*(?P<agency>.+?)\s*(?:关于)?\s*(?:政府)?信息公开")
# 「某某局关于2019年政府信息公开工作的年度报告」: the word joining the agency to the year is not part of its name.
_JOINING_WORDS = ("关于",)


def agency_and_year(title: str) -> tuple[str, int] | None:
    """(agency, year) a title names — the words before its year, else those between a leading year and
    「政府信息公开」; the agency is "" when the title names none. None for a title without a year."""
    found = _YEAR.search(title)
    if found is None:
        return None
    agency = title[: found.start()].strip()
    for word in _JOINING_WORDS:
        agency = agency.removesuffix(word).strip()
    if not agency:
        first = _YEAR_FIRST.match(title)
        if first and first.start("year") == found.start(1):
            return first.group("agency").strip(), int(first.group("year"))
    return agency, int(found.group(1))
