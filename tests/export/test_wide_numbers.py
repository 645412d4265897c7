"""Every count 999999 and the amount 999999.999999: each number prints whole on one line in the PDF, in Word as
LibreOffice renders it, and in the web page (spec §6; large agencies receive tens of thousands of applications)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from disclosure_desktop.domain.formats import get_format
from disclosure_desktop.domain.jsonio import report_from_dict
from disclosure_desktop.domain.report import Report
from disclosure_desktop.export.html import render_html
from tests.helpers.exports import export_to
from tests.helpers.html_grid import parse_page

COUNT = "999999"
AMOUNT = "999999.999999"


def widest_report() -> Report:
    fmt = get_format("gov-2021")
    cells = {}
    for section in fmt.sections:
        if section.table is not None:
            for cell_id, spec in section.table.cells.items():
                cells[cell_id] = AMOUNT if spec.kind == "amount" else COUNT
    return report_from_dict({
        "format": "gov-2021", "agency": "某某省人民政府办公厅", "year": 2025,
        "meta": {"published_on": "2026-01-23"},
        "sections": {"overall": "本年度工作概况。", "problems": "问题与改进。", "other_matters": "未收取信息处理费。"},
        "cells": cells,
    })


def expected_tokens(report: Report) -> Counter:
    return Counter(report.value(cell_id) for cell_id in report.format.cells)


def number_tokens(text: str) -> Counter:
    """Every run of digits (with its decimal part) in the text, as a reader copying it gets it."""
    return Counter(t for t in re.findall(r"\d+(?:\.\d+)?", text) if t.startswith("9"))


def test_pdf_prints_every_number_whole(tmp_path: Path) -> None:
    report = widest_report()
    path = tmp_path / "wide.pdf"
    export_to(report, path)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert number_tokens(text) == expected_tokens(report)


@pytest.mark.skipif(shutil.which("libreoffice") is None and not os.environ.get("CI"),
                    reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
def test_word_prints_every_number_whole_in_libreoffice(tmp_path: Path) -> None:
    report = widest_report()
    source = tmp_path / "wide.docx"
    export_to(report, source)
    subprocess.run(["libreoffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "wide.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert number_tokens(text) == expected_tokens(report)


def test_web_page_holds_every_number_whole() -> None:
    report = widest_report()
    page = parse_page(render_html(report))
    values = [c for t in page.tables for c in t.cells() if "num" in c.classes]
    assert Counter(c.text for c in values) == expected_tokens(report)
    # The style sheet keeps a number cell on one line whatever the window's width.
    style = "".join(re.findall(r"<style>(.*?)</style>", render_html(report), re.S))
    rule = re.search(r"td\.num\s*\{([^}]*)\}", style)
    assert rule and "white-space: nowrap" in rule.group(1)
