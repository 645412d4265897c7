"""A clerk drafts a report in the main window, goes back and forth, closes the program and finds it all again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers.database import stored
from tests.helpers.html_grid import parse_page
from tests.helpers.html_tables import T2_2021, T3_2021_ROWS, T4_COLUMNS, check_table2, stub_labels
from tests.helpers.keys import press, type_text
from tests.helpers.window import click_section, close_window, open_window, shown, start_report, type_cell

TEXT_OVERALL = "（一）主动公开\n全年主动公开政府信息一千二百条，政策解读四十篇。"


def test_first_start_offers_new_and_example(qtbot, db_path):
    window = open_window(qtbot, db_path)
    assert window.reports.pages.currentWidget() is window.reports.welcome
    assert window.reports.welcome_new.isVisible() and window.reports.welcome_example.isVisible()
    start_report(qtbot, window, "welcome_example")
    assert window.banner.isVisible() and "示例" in window.banner.text()
    assert window.session.report.is_example
    assert "示例" in window.session.report.agency
    close_window(window)


def test_draft_go_back_and_forth_close_and_reopen(qtbot, db_path):
    window = open_window(qtbot, db_path)
    start_report(qtbot, window)
    start = window.wizard.current_page()
    assert start.key == "start"

    type_text(start.agency, "某某县人民政府办公室")
    qtbot.mouseClick(start.year, Qt.MouseButton.LeftButton)
    start.year.selectAll()
    for ch in "2024":
        qtbot.keyClick(start.year, ch)
    press(start.year, Qt.Key.Key_Tab)
    assert window.session.report.agency == "某某县人民政府办公室"
    assert window.session.report.year == 2024
    assert window.session.report.format_id == "gov-2021"

    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)
    preamble = window.wizard.current_page()
    assert preamble.key == "preamble"
    type_text(preamble.editor, "本报告统计期限自2025年1月1日起至2025年12月31日止。")

    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)
    overall = window.wizard.current_page()
    assert overall.key == "section:overall"
    type_text(overall.editor, TEXT_OVERALL)

    click_section(qtbot, window, "section:applications")
    type_cell(qtbot, window, "t3.new.natural", "12")
    assert shown(window, "t3.new.total") == "12"
    type_cell(qtbot, window, "t3.new.commercial", "3")
    assert shown(window, "t3.new.total") == "15"
    type_cell(qtbot, window, "t3.r.withheld.secret.commercial", "2")
    assert shown(window, "t3.r.withheld.secret.total") == "2"
    assert shown(window, "t3.r.total.commercial") == "2"
    assert shown(window, "t3.r.total.total") == "2"

    # Back twice and forward again: nothing typed is lost on the way.
    qtbot.mouseClick(window.wizard.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.wizard.back_button, Qt.MouseButton.LeftButton)
    assert window.wizard.current_page().key == "section:overall"
    assert window.wizard.current_page().editor.toPlainText() == TEXT_OVERALL
    click_section(qtbot, window, "preamble")
    assert "2025年12月31日" in window.wizard.current_page().editor.toPlainText()
    click_section(qtbot, window, "section:applications")
    assert shown(window, "t3.new.total") == "15"

    # The section list shows each part's state.
    states = {p.key: p.state().value for p in window.wizard.pages()}
    assert states["section:overall"] == "complete"
    assert states["section:applications"] == "partial"
    assert states["section:problems"] == "empty"

    close_window(window)

    report = stored(db_path)
    assert report.agency == "某某县人民政府办公室"
    assert report.sections["overall"] == TEXT_OVERALL
    assert report.value("t3.new.total") == "15"
    assert report.cells["t3.new.total"].source == "computed"
    assert report.cells["t3.new.natural"].source == "typed"

    again = open_window(qtbot, db_path)
    page = again.wizard.current_page()
    assert page.key == "section:applications"
    assert again.sections.currentRow() == again.wizard.index_of("section:applications")
    assert shown(again, "t3.r.withheld.secret.commercial") == "2"
    click_section(qtbot, again, "start")
    assert again.wizard.current_page().agency.text() == "某某县人民政府办公室"
    click_section(qtbot, again, "section:overall")
    assert again.wizard.current_page().editor.toPlainText() == TEXT_OVERALL
    close_window(again)


def test_preview_shows_typed_numbers_in_their_row_and_column(qtbot, db_path):
    window = open_window(qtbot, db_path)
    start_report(qtbot, window)
    window.area.show_preview(True)  # offscreen the window is too narrow for it: unfolded, as with F9
    type_text(window.wizard.current_page().agency, "某某市生态环境局")
    click_section(qtbot, window, "section:applications")
    type_cell(qtbot, window, "t3.r.unavailable.not_held.legal", "7")
    click_section(qtbot, window, "section:review_litigation")
    type_cell(qtbot, window, "t4.lawsuit_after.corrected", "4")
    qtbot.waitUntil(lambda: "某某市生态环境局" in window.preview.html and ">4<" in window.preview.html,
                    timeout=5000)

    # What the clerk sees in the pane is the same document.
    assert "某某市生态环境局" in window.preview.page.plain_text()
    page = parse_page(window.preview.html)
    t3 = page.table_captioned("三、收到和处理政府信息公开申请情况")
    assert t3.value("1.本机关不掌握相关政府信息", "法人或其他组织", "法律服务机构") == "7"
    assert t3.value("1.本机关不掌握相关政府信息", "总计") == "7"
    assert t3.value("（七）总计", "法人或其他组织", "法律服务机构") == "7"
    assert t3.value("1.本机关不掌握相关政府信息", "自然人") == ""
    # Every label of the three tables, exactly as the spec words them (lists copied from the spec).
    assert stub_labels(t3) == [label for _, label in T3_2021_ROWS]
    check_table2(page.table_captioned("二、主动公开政府信息情况"), T2_2021)
    t4 = page.table_captioned("四、政府信息公开行政复议、行政诉讼情况")
    five = list(T4_COLUMNS.values())
    assert [c.text for c in t4.cells() if c.tag == "th" and c.scope == "col"] == [
        "行政复议", "行政诉讼", *five, "未经复议直接起诉", "复议后起诉", *five, *five]
    assert t4.value(None, "行政诉讼", "复议后起诉", "结果纠正") == "4"
    assert t4.value(None, "行政诉讼", "复议后起诉", "总计") == "4"
    assert t4.value(None, "行政诉讼", "未经复议直接起诉", "结果纠正") == ""
    close_window(window)


def test_format_follows_the_year_and_rebuilds_the_pages(qtbot, db_path):
    window = open_window(qtbot, db_path)
    start_report(qtbot, window)
    start = window.wizard.current_page()
    qtbot.mouseClick(start.year, Qt.MouseButton.LeftButton)  # into the box, as a clerk would
    start.year.selectAll()
    for ch in "2020":
        qtbot.keyClick(start.year, ch)
    press(start.year, Qt.Key.Key_Tab)
    assert window.session.report.format_id == "gov-2019"
    qtbot.waitUntil(lambda: window.wizard.index_of("section:problems") >= 0
                    and window.wizard.page(window.wizard.index_of("section:problems")).title()
                    == "五、政府信息公开工作存在的主要问题及改进情况", timeout=3000)
    close_window(window)


@pytest.mark.parametrize("answer", ["cancel", "yes"])
def test_delete_asks_first(qtbot, db_path, monkeypatch, answer):
    from PySide6.QtWidgets import QMessageBox

    window = open_window(qtbot, db_path)
    start_report(qtbot, window, "welcome_example")
    window.menus.list.trigger()
    qtbot.waitUntil(lambda: window.reports.table.rowCount() == 1, timeout=3000)
    asked = []
    button = QMessageBox.StandardButton.Yes if answer == "yes" else QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or button)
    qtbot.mouseClick(window.reports.delete_button, Qt.MouseButton.LeftButton)
    assert asked, "delete must ask for confirmation"
    if answer == "yes":
        qtbot.waitUntil(lambda: window.reports.pages.currentWidget() is window.reports.welcome, timeout=3000)
    else:
        QApplication.processEvents()
        assert window.reports.table.rowCount() == 1
    close_window(window)


def test_a_double_clicked_new_report_makes_one_report(qtbot, db_path):
    """A clerk's double-click (or a second click while the first report is still being created) makes one report."""
    window = open_window(qtbot, db_path)
    button = window.reports.welcome_new
    with qtbot.waitSignal(window.report_opened, timeout=10000):
        # Two clicks before the database has answered the first (QTest would turn two mouse clicks at one place
        # into a double-click event, which a button takes as one click; a real double-click gives two).
        button.click()
        button.click()
    window.session.autosave.wait()
    answers: list = []
    window.store.run(lambda store: store.count(), answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert answers == [1]
    close_window(window)
