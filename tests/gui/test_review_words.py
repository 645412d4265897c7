"""The review page and the section list speak in words: a rule by its name (its id only in the tooltip), and each
part in one state that cannot contradict its counts (no tick beside an error)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from disclosure_desktop.domain.checks import RULES
from disclosure_desktop.domain.report import Cell
from disclosure_desktop.gui.widgets.icons import section_icon
from disclosure_desktop.gui.window.section_list import STATUS_ROLE
from disclosure_desktop.messages import CATALOG, rule_name
from tests.helpers.database import create
from tests.helpers.reports import clean_report
from tests.helpers.window import click_section, close_window, open_report


def test_every_rule_has_a_name_in_both_languages():
    for rule in RULES:
        zh, en = CATALOG[f"rule.{rule}"]
        assert zh and en and rule not in zh and rule not in en


def test_the_review_page_names_rules_in_words(qtbot, db_path, ui_language):
    report = clean_report()
    report.cells["t3.new.natural"] = Cell(str(int(report.value("t3.new.natural")) + 1))  # row total, balance
    report.sections["preamble"] += "XX"
    report.sections["overall"] += "\n全年共收到政府信息公开申请999件。"
    window = open_report(qtbot, db_path, create(db_path, report))
    window.checks.run_now()
    click_section(qtbot, window, "review")
    items = window.review.problem_items()
    rules = {window.review.problem_of(item).rule for item in items}
    assert {"T3-ROW-TOTAL", "T3-BALANCE", "PLACEHOLDER", "NARRATIVE-NUMBER"} <= rules
    for item in items:
        problem = window.review.problem_of(item)
        assert item.text(1) == rule_name(problem.rule)
        assert not any(rule in item.text(1) for rule in RULES), item.text(1)
        assert problem.rule in item.toolTip(1)
    if ui_language == "zh":
        assert any(item.text(1) == "收结不平衡" for item in items)
    else:
        assert any(item.text(1) == "Table 3 does not balance" for item in items)
    close_window(window)


def test_a_part_with_errors_shows_no_tick(qtbot, db_path):
    report = clean_report()
    # Table 3 is filled in (complete), but one row's total disagrees: the part has errors.
    report.cells["t3.new.total"] = Cell(str(int(report.value("t3.new.total")) + 5))
    report.sections["problems"] += "本报告电子版可在XX查阅。"  # a complete part with a warning
    window = open_report(qtbot, db_path, create(db_path, report))
    window.checks.run_now()
    sections = window.sections

    def status(key: str) -> str:
        return sections.item(window.wizard.index_of(key)).data(STATUS_ROLE)

    def icon_is(key: str, wanted: str) -> bool:
        icon = sections.item(window.wizard.index_of(key)).icon()
        return icon.pixmap(16, 16).toImage() == section_icon(wanted).pixmap(16, 16).toImage()

    applications = window.wizard.index_of("section:applications")
    assert sections.counts(applications)[0] > 0
    assert status("section:applications") == "error" and icon_is("section:applications", "error")
    assert status("section:problems") == "warning" and icon_is("section:problems", "warning")
    assert status("section:other_matters") == "done" and icon_is("section:other_matters", "done")
    assert not icon_is("section:applications", "done")
    spoken = sections.item(applications).data(Qt.ItemDataRole.AccessibleTextRole)
    assert sections.status_words()["error"] in spoken

    # Repaired, the part is done again.
    right = str(int(window.session.report.value("t3.new.total")) - 5)
    window.session.edits.set_cells({"t3.new.total": Cell(right)}, "fix")
    window.checks.run_now()
    assert status("section:applications") == "done" and icon_is("section:applications", "done")
    close_window(window)


def test_each_tables_hint_says_what_its_cells_take(qtbot, db_path, ui_language):
    report = clean_report()
    window = open_report(qtbot, db_path, create(db_path, report))
    hints = {key: window.wizard.page(window.wizard.index_of(key)).hint.text()
             for key in ("section:proactive", "section:applications", "section:review_litigation")}
    if ui_language == "zh":
        assert "只能填写整数" not in hints["section:proactive"] and "2.5" in hints["section:proactive"]
        assert "只能填写整数" in hints["section:applications"] and "总计" in hints["section:applications"]
        assert "总计" not in hints["section:proactive"]
    else:
        assert "Whole numbers only" not in hints["section:proactive"] and "2.5" in hints["section:proactive"]
        assert "Whole numbers only" in hints["section:applications"]
    close_window(window)
