"""The import review step, driven as a clerk would: choose last year's Word file, see what was read, confirm; then
find the report in the list with its values and start next year's report from it with 上年结转 carried.

`test_imported_word_file_is_listed_and_starts_next_year` drives the dialog on its own; the whole path through
Report ▸ Import… is `test_menu_import_through_the_main_window`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.report import IMPORTED_FROM
from disclosure_desktop.export import registry
from disclosure_desktop.gui.dialogs.importing import ImportDialog, next_year_box
from disclosure_desktop.gui.window.main_window import MainWindow
from tests.helpers.paths import FIXTURES, ROOT
from tests.helpers.published_docs import page_with_an_extra_row
from tests.helpers.window import click_section, open_window, shown

SCREENSHOTS = ROOT / "docs" / "screenshots"
COLUMNS = ("natural", "commercial", "research", "nonprofit", "legal", "other_org", "total")


def _set_ui_language(language: str) -> None:
    from disclosure_desktop.gui.window.appearance import install_translators

    app = QApplication.instance()
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    install_translators(app, language)


@pytest.fixture(autouse=True)
def chinese_ui():
    """The program's Chinese interface, as a clerk starts it (the other GUI tests run on the English sources)."""
    _set_ui_language("zh")
    yield
    _set_ui_language("en")


@pytest.fixture
def last_year():
    return jsonio.loads((FIXTURES / "docx_report.json").read_text("utf-8"))


@pytest.fixture
def word_file(tmp_path, last_year) -> Path:
    path = tmp_path / "某某县2025年年报.docx"
    path.write_bytes(registry.render(last_year, "docx"))
    return path


def read_in_dialog(qtbot, path: Path, parent=None) -> ImportDialog:
    dialog = ImportDialog(parent)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=15000):
        dialog.open_file(path)
    return dialog


def grid_value(dialog: ImportDialog, section_id: str, cell_id: str) -> str:
    table = dialog.findChild(type(dialog.unrecognised), f"importGrid_{section_id}")
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            item = table.item(r, c)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == cell_id:
                return item.text()
    raise LookupError(cell_id)


def test_dialog_shows_what_was_read_and_hands_back_the_marked_report(qtbot, word_file, last_year):
    dialog = read_in_dialog(qtbot, word_file)
    assert dialog.agency.text() == "某某县人民政府办公室"
    assert dialog.year.text() == "2025"
    assert dialog.format.text() == "国办公开办函〔2021〕30号格式"
    assert "200" in dialog.status.text() and "每个数值" in dialog.status.text()
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["部分", "表二", "表三", "表四", "未识别", "标签对照", "说明"]
    sections = dialog.findChild(type(dialog.unrecognised), "importSections")
    first_lines = {sections.item(r, 0).text(): sections.item(r, 1).text() for r in range(sections.rowCount())}
    assert first_lines["一、总体情况"] == last_year.text("overall").splitlines()[0]
    for cid in ("t3.new.total", "t3.carried_out.natural", "t2.fees.amount", "t4.lawsuit_after.total"):
        section = {"t2": "proactive", "t3": "applications", "t4": "review_litigation"}[cid[:2]]
        assert grid_value(dialog, section, cid) == last_year.value(cid)
    with qtbot.waitSignal(dialog.report_ready) as ready:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    report = ready.args[0]
    assert report is dialog.imported_report()
    assert report.meta[IMPORTED_FROM] == word_file.name
    assert {k: v.value for k, v in report.cells.items()} == {k: v.value for k, v in last_year.cells.items()}


def test_values_without_a_cell_are_shown_before_confirming(qtbot, tmp_path, last_year):
    dialog = read_in_dialog(qtbot, page_with_an_extra_row(tmp_path, last_year))
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "未识别（3）" in tabs
    rows = {(dialog.unrecognised.item(r, 0).text(), dialog.unrecognised.item(r, 2).text())
            for r in range(dialog.unrecognised.rowCount())}
    assert {("地方性法规", "2"), ("地方性法规", "0"), ("地方性法规", "5")} <= rows
    assert "3 个数值" in dialog.status.text()
    assert dialog.import_button.isEnabled()


def test_a_file_that_is_no_report_says_why_and_cannot_be_confirmed(qtbot, tmp_path):
    path = tmp_path / "encrypted.docx"
    path.write_bytes((FIXTURES / "encrypted_report.docx").read_bytes())
    dialog = read_in_dialog(qtbot, path)
    assert "设有打开密码" in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.imported_report() is None


def test_json_and_text_files_are_reviewed_too(qtbot, tmp_path, seed_text):
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, "utf-8")
    dialog = read_in_dialog(qtbot, path)
    assert dialog.format.text() == "公共企事业单位叙述式年报"
    json_path = FIXTURES / "full_report_2021.json"
    with qtbot.waitSignal(dialog.loaded, timeout=15000):
        dialog.open_file(json_path)
    assert dialog.year.text() == "2021" and dialog.agency.text() == "某某县人民政府"


def _go_to(qtbot, window: MainWindow, key: str) -> None:
    """Jump to a part once the freshly opened report's section list is laid out."""
    item = window.sections.item(window.wizard.index_of(key))
    qtbot.waitUntil(lambda: window.sections.visualItemRect(item).height() > 0, timeout=5000)
    click_section(qtbot, window, key)


def _select(window: MainWindow, title_part: str) -> None:
    table = window.reports.table
    rows = [r for r in range(table.rowCount()) if title_part in table.item(r, 1).text()]
    assert len(rows) == 1, [table.item(r, 1).text() for r in range(table.rowCount())]
    table.selectRow(rows[0])


def test_imported_word_file_is_listed_and_starts_next_year(qtbot, db_path, word_file, last_year):
    window = open_window(qtbot, db_path)
    dialog = read_in_dialog(qtbot, word_file, window)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    report = dialog.imported_report()
    # --- the lead's hook will do this step (create through the store, then show the list) -------------------
    created: list[object] = []
    window.store.run(lambda store: store.create(report), created.append)
    qtbot.waitUntil(lambda: bool(created), timeout=5000)
    assert isinstance(created[0], int)
    window.show_reports()
    # -------------------------------------------------------------------------------------------------------------
    qtbot.waitUntil(lambda: window.reports.table.rowCount() == 1, timeout=5000)
    _select(window, "2025")
    with qtbot.waitSignal(window.report_opened, timeout=5000):
        qtbot.mouseClick(window.reports.open_button, Qt.MouseButton.LeftButton)
    _go_to(qtbot, window, "section:applications")
    assert shown(window, "t3.new.total") == "10874"
    assert shown(window, "t3.carried_out.total") == last_year.value("t3.carried_out.total")

    window.show_reports()
    qtbot.waitUntil(lambda: window.reports.table.rowCount() == 1, timeout=5000)
    _select(window, "2025")
    with qtbot.waitSignal(window.report_opened, timeout=5000):
        qtbot.mouseClick(window.reports.next_year_button, Qt.MouseButton.LeftButton)
    assert window.session.report.year == 2026
    _go_to(qtbot, window, "section:applications")
    for col in COLUMNS:
        assert shown(window, f"t3.carried_in.{col}") == last_year.value(f"t3.carried_out.{col}"), col
    assert IMPORTED_FROM not in window.session.report.meta
    window.close()
    QApplication.processEvents()


def test_next_year_question_names_the_years(qtbot, last_year):
    box = next_year_box(None, last_year)
    qtbot.addWidget(box)
    assert "2025" in box.text() and "2026" in box.text() and "上年结转" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Yes)


def test_menu_import_through_the_main_window(qtbot, db_path, word_file, last_year):
    window = open_window(qtbot, db_path)
    assert window.menus.import_.isEnabled()

    def shown_dialog():
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()
                     and w.import_button.isEnabled()), None)

    def shown_question():
        return next((w for w in QApplication.topLevelWidgets()
                     if w.objectName() == "nextYearQuestion" and w.isVisible()), None)

    # The dialog and the question are modal: poll for them from the event loop and click as the clerk would.
    timers = [
        _when(shown_dialog, lambda d: qtbot.mouseClick(d.import_button, Qt.MouseButton.LeftButton)),
        _when(shown_question, lambda b: qtbot.mouseClick(b.button(QMessageBox.StandardButton.Yes),
                                                         Qt.MouseButton.LeftButton)),
    ]
    with qtbot.waitSignal(window.report_opened, timeout=15000):
        window.import_report(word_file)
    assert window.session.report.year == 2026
    _go_to(qtbot, window, "section:applications")
    for col in COLUMNS:
        assert shown(window, f"t3.carried_in.{col}") == last_year.value(f"t3.carried_out.{col}"), col
    assert not any(t.isActive() for t in timers)
    window.show_reports()
    qtbot.waitUntil(lambda: window.reports.table.rowCount() == 2, timeout=5000)
    window.close()


def _when(find, act) -> QTimer:
    """Every 20 ms look for a widget; once found, act on it once."""
    timer = QTimer()
    timer.setInterval(20)

    def tick() -> None:
        widget = find()
        if widget is not None:
            timer.stop()
            act(widget)

    timer.timeout.connect(tick)
    timer.start()
    return timer
