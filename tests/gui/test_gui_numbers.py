"""Numbers that add up, in the window: next year's report, last year's text beside each part, table sentences and
the 信息处理费 calculator."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from disclosure_desktop.domain.fees import fee_sentence
from disclosure_desktop.domain.report import CellSource, Report
from disclosure_desktop.domain.summaries import applications_sentence
from tests.helpers.database import create
from tests.helpers.reports import AGENCY, clean_report
from tests.helpers.window import click_section, close_window, open_report, open_window, stored_value, type_cell

COLUMNS = ["natural", "commercial", "research", "nonprofit", "legal", "other_org"]


def rules(window) -> set[str]:
    window.checks.run_now()
    return {p.rule for p in window.checks.problems}


def test_list_button_creates_next_years_report_with_carried_figures(qtbot, db_path: Path):
    last = clean_report(2024)
    last.meta = {"contact": "办公室 0571-1234567", "published_on": "2025-01-20"}
    last_id = create(db_path, last)
    window = open_window(qtbot, db_path)
    assert window.stack.currentWidget() is window.reports
    window.reports.table.selectRow(0)
    assert window.reports.selected_id() == last_id
    button = window.reports.next_year_button
    assert button.isEnabled()
    with qtbot.waitSignal(window.report_opened, timeout=5000) as opened:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    new_id = opened.args[0]
    assert new_id != last_id
    qtbot.waitUntil(lambda: window.checks is not None and window.checks.previous is not None, timeout=5000)
    assert window.checks.previous.id == last_id

    report = window.session.report
    assert (report.agency, report.year, report.format_id) == (AGENCY, 2025, "gov-2021")
    assert report.meta == {"contact": last.meta["contact"]}
    assert report.sections == {}
    for col in COLUMNS:
        cell = report.cells[f"t3.carried_in.{col}"]
        assert (cell.value, cell.source) == (last.value(f"t3.carried_out.{col}"), CellSource.CARRIED)
    assert report.cells["t3.carried_in.total"].source == CellSource.COMPUTED
    assert report.value("t3.carried_in.total") == last.value("t3.carried_out.total")
    for row in ("rules", "normative"):
        assert report.cells[f"t2.{row}.in_force"].source == CellSource.CARRIED
        assert report.value(f"t2.{row}.in_force") == last.value(f"t2.{row}.in_force")
    assert stored_value(qtbot, window, new_id, "t3.carried_in.total") == last.value("t3.carried_out.total")
    assert {"CARRY-OVER", "T2-STOCK"}.isdisjoint(rules(window))

    # The carried cells are shown as carried in the grid.
    click_section(qtbot, window, "section:applications")
    editor = window.wizard.current_page().editor
    assert editor.model.data(editor.index_of("t3.carried_in.natural"), Qt.ItemDataRole.DisplayRole) == \
        last.value("t3.carried_out.natural")

    # The menu does the same for the open report: the year after 2025.
    with qtbot.waitSignal(window.report_opened, timeout=5000):
        window.menus.next_year.trigger()
    assert window.session.report.year == 2026
    close_window(window)


def test_last_years_text_is_shown_beside_the_part_and_not_copied(qtbot, db_path: Path):
    last = clean_report(2024)
    last.sections["overall"] = "（一）主动公开\n2024年全年主动公开政府信息280条，其中规范性文件12件。"
    del last.sections["problems"]
    create(db_path, last)
    report = clean_report(2025)
    own = report.sections["overall"]
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    qtbot.waitUntil(lambda: window.checks.previous is not None, timeout=5000)
    click_section(qtbot, window, "section:overall")
    page = window.wizard.current_page()
    assert page.reference.isVisible()
    assert page.reference.text.toPlainText() == last.sections["overall"]
    assert page.reference.text.isReadOnly()
    assert "2024" in page.reference.toggle.text()
    assert page.editor.toPlainText() == own
    assert window.session.report.text("overall") == own
    qtbot.mouseClick(page.reference.toggle, Qt.MouseButton.LeftButton)
    assert page.reference.isVisible() and not page.reference.text.isVisible()

    # A part last year left empty shows no pane.
    click_section(qtbot, window, "section:problems")
    assert not window.wizard.current_page().reference.isVisible()
    assert stored_value(qtbot, window, rid, "t3.new.total") == report.value("t3.new.total")
    close_window(window)


def test_no_pane_without_last_years_report(qtbot, db_path: Path):
    rid = create(db_path, clean_report(2025))
    window = open_report(qtbot, db_path, rid)
    click_section(qtbot, window, "section:overall")
    assert not window.wizard.current_page().reference.isVisible()
    close_window(window)


def test_summary_sentence_from_table_3_agrees_until_a_cell_changes(qtbot, db_path: Path):
    rid = create(db_path, Report("gov-2021", AGENCY, 2025))
    window = open_report(qtbot, db_path, rid)
    click_section(qtbot, window, "section:applications")
    page = window.wizard.current_page()
    for cid, digits in (("t3.new.natural", "5"), ("t3.r.disclosed.natural", "3"), ("t3.r.partial.natural", "2")):
        type_cell(qtbot, window, cid, digits)
    assert page.summary_button is not None and page.summary_button.isVisible()
    qtbot.mouseClick(page.summary_button, Qt.MouseButton.LeftButton)
    sentence = applications_sentence(window.session.report)
    assert "新收政府信息公开申请5件" in sentence
    assert page.lead_in.toPlainText() == sentence
    assert window.session.report.text("applications") == sentence
    assert "NARRATIVE-NUMBER" not in rules(window)

    type_cell(qtbot, window, "t3.new.natural", "7")
    assert "NARRATIVE-NUMBER" in rules(window)

    # The insertion is one step of the report's history, taken back with Ctrl+Z in the lead-in too (after the
    # typing that came after it).
    page.lead_in.setFocus()
    assert window.session.edits.history()[-2].startswith("插入")
    for _ in range(2):
        qtbot.keyClick(page.lead_in, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.lead_in.toPlainText() == "" and window.session.report.text("applications") == ""
    close_window(window)


def test_summary_sentence_for_table_4_and_the_overall_part(qtbot, db_path: Path):
    report = clean_report(2025)
    report.sections["review_litigation"] = ""
    report.sections["overall"] = ""
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    click_section(qtbot, window, "section:review_litigation")
    page = window.wizard.current_page()
    qtbot.mouseClick(page.summary_button, Qt.MouseButton.LeftButton)
    assert page.lead_in.toPlainText().startswith("本年度")
    click_section(qtbot, window, "section:overall")
    page = window.wizard.current_page()
    qtbot.mouseClick(page.sentence_button, Qt.MouseButton.LeftButton)
    assert page.editor.toPlainText() == applications_sentence(window.session.report)
    assert "NARRATIVE-NUMBER" not in rules(window)
    close_window(window)


def test_fee_calculator_shows_the_amounts_and_inserts_the_statement(qtbot, db_path: Path):
    report = clean_report(2025)
    report.sections["other_matters"] = "（一）其他需要报告的事项\n"
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    assert "FEE-STATEMENT" in rules(window)
    click_section(qtbot, window, "section:other_matters")
    page = window.wizard.current_page()
    assert page.fee_button is not None
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    qtbot.mouseClick(page.fee_button, Qt.MouseButton.LeftButton)
    dialog = page.fee_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)

    dialog.applications.setValue(12)
    dialog.pages.setValue(150)
    assert dialog.per_application.text().startswith("100 ")
    assert "200 " in dialog.per_application.text()  # the 11th and 12th together
    assert dialog.per_page.text().startswith("1700 ")  # 70 × 10 + 50 × 20
    dialog.applications.setValue(5)
    assert dialog.per_application.text().startswith("0 ")

    dialog.notices.setValue(2)
    dialog.notified.setValue(200)
    dialog.collected.setValue(150.5)
    expected = fee_sentence(2, 200, "150.5")
    assert dialog.sentence.text() == expected
    qtbot.mouseClick(dialog.insert_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.editor.toPlainText() == "（一）其他需要报告的事项\n" + expected
    assert window.session.report.text("other_matters").endswith(expected)
    assert "FEE-STATEMENT" not in rules(window)
    close_window(window)


def test_an_existing_next_year_report_is_asked_about(qtbot, db_path: Path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    last_id = create(db_path, clean_report(2024))
    create(db_path, clean_report(2025))
    window = open_window(qtbot, db_path)
    asked: list[str] = []

    def answer_no(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    window.new_report_for_next_year(last_id)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "2025" in asked[0]
    assert window.session is None
    found: list = []
    window.store.run(lambda store: store.count(), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    assert found == [2]
    close_window(window)
