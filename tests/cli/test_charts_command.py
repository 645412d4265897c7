"""`charts ID -o FOLDER` against a real database: every chart as SVG and PNG, last year's report found by the
program itself, and one line in the clerk's language (exit 2) when it cannot be done."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.helpers.cli import cli
from tests.helpers.paths import EXAMPLE_JSON as EXAMPLE
from tests.helpers.paths import TESTS

LAST_YEAR = TESTS / "charts" / "fixtures" / "example-gov-2024.json"


def _import(capsys: pytest.CaptureFixture[str], db: Path, path: Path) -> str:
    code, out, err = cli(capsys, db, "import", str(path))
    assert code == 0, err
    return out.strip()


STEMS = ["01-tiles", "02-applicants", "03-outcomes", "04-against_last_year", "05-review_litigation",
         "06-documents"]


def test_writes_every_chart_with_last_years_when_the_database_has_it(
        capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    report_id = _import(capsys, db_path, EXAMPLE)
    folder = tmp_path / "out" / "图解"
    code, out, err = cli(capsys, db_path, "charts", report_id, "-o", str(folder))
    assert (code, out, err) == (0, "", "")
    # without last year's report there is no chart of this year against last — and no file numbered for it
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"{stem}{end}" for stem in STEMS if stem != "04-against_last_year" for end in (".svg", ".png", "-print.png"))
    _import(capsys, db_path, LAST_YEAR)
    assert cli(capsys, db_path, "charts", report_id, "-o", str(folder))[0] == 0
    assert (folder / "04-against_last_year.svg").read_text("utf-8").count("上年") >= 1
    image = QImage(str(folder / "03-outcomes.png"))
    assert image.width() == 720 and QImage(str(folder / "03-outcomes-print.png")).width() == 1843


def test_refusals_are_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], db_path: Path,
                                          tmp_path: Path) -> None:
    report_id = _import(capsys, db_path, EXAMPLE)
    a_file = tmp_path / "a.txt"
    a_file.write_text("x", "utf-8")
    code, out, err = cli(capsys, db_path, "charts", report_id, "-o", str(a_file))
    assert (code, out) == (2, "") and err.count("\n") == 1 and "不是文件夹" in err
    code, _, err = cli(capsys, db_path, "charts", "999", "-o", str(tmp_path / "x"))
    assert code == 2 and "999" in err and err.count("\n") == 1
    narrative = tmp_path / "bank.json"
    narrative.write_text(json.dumps({"format": "narrative", "agency": "某某银行", "year": 2019,
                                     "sections": {"overview": "概述"}}, ensure_ascii=False), "utf-8")
    bank = _import(capsys, db_path, narrative)
    code, _, err = cli(capsys, db_path, "--lang", "en", "charts", bank, "-o", str(tmp_path / "y"))
    assert code == 2 and "without tables" in err and err.count("\n") == 1
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps({"format": "gov-2021", "agency": "某某局", "year": 2025}, ensure_ascii=False),
                     "utf-8")
    empty_id = _import(capsys, db_path, empty)
    code, _, err = cli(capsys, db_path, "--lang", "zh_CN", "charts", empty_id, "-o", str(tmp_path / "z"))
    assert code == 2 and "全部为空" in err
    assert not (tmp_path / "x").exists() and not (tmp_path / "y").exists() and not (tmp_path / "z").exists()


def test_an_unwritable_folder_is_said_not_raised(capsys: pytest.CaptureFixture[str], db_path: Path,
                                                 tmp_path: Path) -> None:
    report_id = _import(capsys, db_path, EXAMPLE)
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    code, _, err = cli(capsys, db_path, "charts", report_id, "-o", str(blocker / "sub"))
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
