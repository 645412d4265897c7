"""Page breaks as a typesetter sets them, read from the PDF's pages: no heading and no table-2 clause or header
row ends a page, table 3's row-spanning labels stay on one page, table 4 takes a landscape page of its own."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.textblocks import split_blocks
from tests.helpers.exports import export_to
from tests.helpers.paths import FULL_REPORT

FILLER = "本年度工作有序推进。"


def pages_of(path: Path) -> list[list[str]]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f") if page.strip()]


def headings_of(report: Report) -> set[str]:
    out = {heading for _id, heading in report.printed_sections()}
    for section_id, _heading in report.printed_sections():
        out |= {b.heading for b in split_blocks(report.text(section_id)) if b.is_heading and not b.body}
    return out


def with_filler(lines: int) -> Report:
    report = jsonio.loads(FULL_REPORT.read_text("utf-8"))
    # Each filler line moves what follows by one line pitch (10.2 mm), table rows are ≈ 5 mm: over these counts
    # each of table 2's clause rows once falls at a page foot (measured without the fix).
    report.sections["overall"] = report.sections["overall"] + "\n" + "\n".join([FILLER] * lines)
    return report


@pytest.mark.parametrize("lines", [0, 1, 2, 3, 19, 20, 21, 22, 23, 24, 25])
def test_no_heading_or_clause_row_ends_a_page(tmp_path: Path, lines: int) -> None:
    report = with_filler(lines)
    path = tmp_path / "r.pdf"
    export_to(report, path)
    pages = pages_of(path)
    headings = headings_of(report)
    for number, page in enumerate(pages[:-1], start=1):
        body = page[:-1]  # the last line is the page number
        assert page[-1].replace(" ", "") == f"—{number}—"
        last = body[-1]
        assert last not in headings, (number, last)
        assert not last.startswith("第二十条第"), (number, last)  # a clause row of table 2
        assert not last.startswith("信息内容"), (number, last)  # a block's header row
    text = ["\n".join(p) for p in pages]
    # Table 3: from its corner to its last row on one page.
    t3 = [i for i, p in enumerate(text) if "一、本年新收政府信息公开申请数量" in p or "四、结转下年度继续办理" in p]
    assert len(set(t3)) == 1, t3
    # Table 4 alone on its landscape page (the heading of part 四 with it).
    t4 = [i for i, p in enumerate(text) if "未经复议直接起诉" in p]
    assert len(t4) == 1 and "五、存在的主要问题及改进情况" not in text[t4[0]]
    assert "四、政府信息公开行政复议、行政诉讼情况" in text[t4[0]].replace(" ", "")
