"""Every importer reads the agency and the year from a title that puts the year first (2019年上海市人民政府办公厅政府
信息公开工作年度报告) or the agency first, and an amount printed with its unit (251000元, 25.1万元) in 万元, saying
the conversion (spec §11). Once such a web page was refused whole as 「缺少单位名称」."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from disclosure_desktop.cli.main import run
from disclosure_desktop.domain.formats import all_formats, get_format
from disclosure_desktop.importers import read_file
from disclosure_desktop.importers.explain import explanation
from disclosure_desktop.importers.frame import title_parts
from disclosure_desktop.importers.tables import clean_value
from tests.helpers.paths import FIXTURES
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

HEADINGS = {s.id: s.heading for s in get_format("gov-2021").sections}

TITLES = [
    ("2019年上海市人民政府办公厅政府信息公开工作年度报告", "上海市人民政府办公厅", 2019),
    ("2019年度某某县人民政府政府信息公开工作年度报告", "某某县人民政府", 2019),
    ("某某市生态环境局关于2024年政府信息公开工作的年度报告", "某某市生态环境局", 2024),
    ("某某县人民政府办公室2025年政府信息公开工作年度报告", "某某县人民政府办公室", 2025),
]


@pytest.mark.parametrize(("title", "agency", "year"), TITLES)
def test_the_agency_and_year_of_a_title_either_way_round(title, agency, year):
    assert title_parts(title, list(all_formats().values())) == (agency, year)


@pytest.mark.parametrize(("printed", "read"), [("251000元", "25.1"), ("25.1万元", "25.1"), ("1,234.56元", "0.123456"),
                                               ("4068.208", "4068.208"), ("0元", "0")])
def test_an_amount_with_its_unit_is_read_in_wanyuan(printed, read):
    assert clean_value(printed, "amount") == (read, True)


def test_an_amount_in_yuan_finer_than_six_places_of_wanyuan_stays_as_printed():
    assert clean_value("1234.567元", "amount") == ("1234.567元", False)


def _published(tmp_path: Path, kind: str, title: str, fees: str) -> tuple[Path, dict]:
    doc = json.loads((FIXTURES / "docx_report.json").read_text("utf-8"))
    cells = dict(doc["cells"], **{"t2.fees.amount": fees})
    t3 = (T3_HEAD + t3_rows(cells, T3_ROWS),)
    tables = {"proactive": (t2_rows(T2_2021, cells),), "applications": t3, "review_litigation": (t4_rows(cells),)}
    # The signature names no agency: only the title can.
    items = report_items(doc, tables, HEADINGS, title, signature=("2026年1月23日",))
    path = tmp_path / f"年报.{kind}"
    if kind == "html":
        path.write_bytes(html_page(items, charset="utf-8"))
    else:
        word_file(items, path)
    return path, doc


@pytest.mark.parametrize("kind", ["html", "docx"])
def test_a_web_page_or_word_file_titled_year_first_imports_with_its_agency(tmp_path, capsys, kind):
    title = "2025年某某县人民政府办公室政府信息公开工作年度报告"
    path, doc = _published(tmp_path, kind, title, "251000元")
    result = read_file(path)
    assert (result.report.agency, result.report.year) == ("某某县人民政府办公室", 2025)
    assert result.report.value("t2.fees.amount") == "25.1"
    assert "“251000元”，按 25.1 万元读入" in explanation(result)
    db = tmp_path / "reports.sqlite"
    assert run(["--db", str(db), "import", str(path)]) == 0
    new_id = capsys.readouterr().out.strip()
    assert run(["--db", str(db), "export", new_id, "--format", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert (exported["agency"], exported["year"], exported["title"]) == ("某某县人民政府办公室", 2025, title)
    assert exported["cells"]["t2.fees.amount"] == "25.1"
    assert exported["cells"]["t3.r.total.total"] == doc["cells"]["t3.r.total.total"]


def test_a_plain_text_report_titled_year_first_has_its_agency():
    from disclosure_desktop.domain.plaintext import report_from_text

    report = report_from_text("2019年上海市人民政府办公厅政府信息公开工作年度报告\n一、概述\n本年度……", "narrative")
    assert (report.agency, report.year) == ("上海市人民政府办公厅", 2019)
