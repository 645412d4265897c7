"""Screenshots of the 公开办's desk (docs/desk-*.png): the summary of a county's 32 units (two missing, one late,
one whose table 三 does not balance, one copying another's part 一, two with blank cells), a unit's 问题明细清单,
and the roll-up with its 图解 — in Chinese and English at 1366x768 (SIZES="1366x768 1024x700" adds the small
screen). Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/desk_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshot_run import run_per_language, started_window, wait  # noqa: E402

from disclosure_desktop import messages  # noqa: E402
from disclosure_desktop.domain import jsonio  # noqa: E402
from disclosure_desktop.review.units import Unit  # noqa: E402
from tests.helpers.review_batch import (  # noqa: E402
    SUFFIXES,
    unit_name,
    unit_report,
    with_cells,
    with_sections,
    write_as,
)

SIZES = [(int(w), int(h)) for w, h in (s.split("x") for s in os.environ.get("SIZES", "1366x768").split())]
RECEIVED, LISTED = 30, 32
LATE, BALANCE, ORIGINAL, COPIER = 3, 7, 5, 12
BLANKS = {4: ("t2.fees.amount", "t4.lawsuit_after.pending"), 9: ("t2.rules.repealed",)}
KINDS = ["json", "html", "docx", "published_docx", "published_html", "package"]
REGION = {"zh": "某某县人民政府办公室", "en": "某某县人民政府办公室"}


def build(folder: Path) -> None:
    reports = {}
    for index in range(RECEIVED):
        report = unit_report(index, published_on="2026-02-15" if index == LATE else "2026-01-20")
        if index == BALANCE:
            cells = jsonio.report_to_dict(report)["cells"]
            report = with_cells(report, {"t3.carried_out.natural": cells["t3.carried_out.natural"] + 1,
                                         "t3.carried_out.total": cells["t3.carried_out.total"] + 1})
        if index in BLANKS:
            report = with_cells(report, dict.fromkeys(BLANKS[index]))
        reports[index] = report
    reports[COPIER] = with_sections(reports[COPIER], {"overall": reports[ORIGINAL].sections["overall"]})
    for index, report in reports.items():
        kind = KINDS[index % len(KINDS)]
        write_as(report, kind, folder / f"{index:02d}_{unit_name(index)}{SUFFIXES[kind]}")
    (folder / "通知.txt").write_text("请各单位于1月31日前报送年报。", "utf-8")


def settle(rounds: int = 8) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def shoot(lang: str, out: Path) -> None:
    from disclosure_desktop.gui.window.appearance import apply_appearance, install_translators
    from disclosure_desktop.storage.database import Database
    from disclosure_desktop.storage.repository import ReportStore
    from disclosure_desktop.workflows import review_desk

    app = QApplication.instance()
    messages.set_language(lang)
    install_translators(app, lang)
    apply_appearance(app)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "收到的年报"
        folder.mkdir()
        build(folder)
        db_path = Path(tmp) / "reports.sqlite"
        with Database.open(db_path) as db:
            review_desk.create_batch(ReportStore(db), REGION[lang], 2025, [Unit(unit_name(i)) for i in range(LISTED)])
        window = started_window(db_path)
        control, desk = window.desk_control, window.desk
        reviewed: list[int] = []
        rolled: list[int] = []
        control.reviewed.connect(lambda: reviewed.append(1))
        control.rolled_up.connect(lambda: rolled.append(1))
        window.show_desk()
        wait(lambda: len(reviewed) >= 1, 60)
        control.take_in([folder])
        wait(lambda: len(reviewed) >= 2 and len(rolled) >= 2, 300)
        for width, height in SIZES:
            window.resize(width, height)
            suffix = f"{lang}-{width}x{height}"
            desk.show_summary()
            desk.tabs.setCurrentIndex(0)
            desk.problems_only.setChecked(False)
            settle()
            window.grab().save(str(out / f"desk-summary-{suffix}.png"))
            desk.problems_only.setChecked(True)
            settle()
            window.grab().save(str(out / f"desk-problems-{suffix}.png"))
            row = desk.review.row(unit_name(BALANCE))
            control.outputs.open_unit(row)
            desk.unit.tabs.setCurrentIndex(1)
            wait(lambda: unit_name(BALANCE) in desk.unit.preview.html, 60)
            settle()
            window.grab().save(str(out / f"desk-issues-{suffix}.png"))
            desk.unit.tabs.setCurrentIndex(0)
            settle()
            window.grab().save(str(out / f"desk-unit-{suffix}.png"))
            desk.show_summary()
            desk.tabs.setCurrentIndex(1)
            desk.rollup.tabs.setCurrentIndex(0)
            settle()
            window.grab().save(str(out / f"desk-rollup-{suffix}.png"))
            desk.rollup.tabs.setCurrentIndex(2)
            settle()
            window.grab().save(str(out / f"desk-rollup-charts-{suffix}.png"))
            print(out / f"desk-*-{suffix}.png")
        window.close()
        settle()


def main() -> None:
    run_per_language(__file__, lambda lang: shoot(lang, Path(os.environ.get("OUT", ROOT / "docs"))))


if __name__ == "__main__":
    main()
