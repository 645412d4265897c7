"""The table editor driven as a clerk drives it: clicks, digits, Enter, Tab, Delete, pasting from a spreadsheet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from disclosure_desktop.domain.formats import get_format
from disclosure_desktop.domain.layout import table_grid
from disclosure_desktop.domain.report import Cell, CellSource, Report
from disclosure_desktop.gui.table.delegate import balanced_label
from disclosure_desktop.gui.table.editor import TableEditor
from disclosure_desktop.gui.wizard.source_legend import MARKER_BACKGROUND, SOURCE_BACKGROUND, SourceLegend
from disclosure_desktop.runtime.open_report import OpenReport
from tests.helpers.table import make_editor

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def t3(qtbot) -> TableEditor:
    return make_editor(qtbot, "applications")


def shown(editor: TableEditor, cell_id: str) -> str:
    return editor.model.data(editor.index_of(cell_id), DISPLAY)


def click(qtbot, editor: TableEditor, cell_id: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    editor.view.scrollTo(editor.index_of(cell_id))
    target = editor.cell_rect(cell_id).center()
    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, modifier, target)


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_keys(qtbot, text: str) -> None:
    """ASCII keys to whatever has the keyboard: the grid first, then the editor the first digit opened."""
    for char in text:
        qtbot.keyClick(focused(), char)


def type_text(text: str) -> None:
    """Text as an input method delivers it (full-width digits cannot go through qtbot.keyClicks)."""
    for char in text:
        QApplication.sendEvent(
            focused(), QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        )


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def enter(qtbot, editor: TableEditor) -> dict:
    """Press Enter in an open editor and wait for the commit; the cells the step changed."""
    with qtbot.waitSignal(editor.edited, timeout=2000) as blocker:
        press(qtbot, Qt.Key.Key_Return)
    return blocker.args[0].changes.cells


def refused(qtbot, editor: TableEditor, key: Qt.Key = Qt.Key.Key_Return) -> str:
    """Press a key that would leave the open cell: it stays open, nothing is stored, and a note says why."""
    with qtbot.assertNotEmitted(editor.edited, wait=50):
        press(qtbot, key)
    assert isinstance(focused(), QLineEdit), "the cell must stay open with what was typed"
    note = editor.view.findChild(QLabel, "cellMessage")
    assert note.isVisible()
    return note.text()


# --- shape -------------------------------------------------------------------------------------------------------


def test_grid_matches_official_layout(t3):
    view = t3.view
    grid = table_grid(t3.table)
    assert (t3.model.rowCount(), t3.model.columnCount()) == (grid.height, grid.width) == (28, 10)
    assert view.horizontalHeader().isHidden() and view.verticalHeader().isHidden()
    for cell in grid.cells:
        spans = (view.rowSpan(cell.row, cell.col), view.columnSpan(cell.row, cell.col))
        assert spans == (cell.rowspan, cell.colspan)
        if cell.kind != "value":
            assert t3.model.data(t3.model.index(cell.row, cell.col), DISPLAY) == cell.text
            assert not t3.model.flags(t3.model.index(cell.row, cell.col)) & Qt.ItemFlag.ItemIsSelectable
    vertical = next(c for c in grid.cells if c.vertical)
    assert (view.rowSpan(vertical.row, 0), vertical.text) == (22, "三、本年度办理结果")
    assert len(grid.value_cells()) == 175


def test_columns_fit_the_page_without_horizontal_scrolling(qtbot):
    for section in ("proactive", "applications", "review_litigation"):
        editor = make_editor(qtbot, section)
        view = editor.view
        assert view.content_width() <= view.viewport().width()
        assert not view.horizontalScrollBar().isVisible()
        em = view.fontMetrics().horizontalAdvance("中")
        assert all(view.columnWidth(c) >= em for c in range(editor.model.columnCount()))


def test_cell_names_name_row_and_column(qtbot, t3):
    tip = Qt.ItemDataRole.ToolTipRole
    assert t3.model.data(t3.index_of("t3.r.withheld.secret.commercial"), tip) == "1.属于国家秘密 × 商业企业"
    assert t3.model.data(t3.index_of("t3.new.total"), tip) == "一、本年新收政府信息公开申请数量 × 总计"
    accessible = t3.model.data(t3.index_of("t3.r.withheld.secret.commercial"), Qt.ItemDataRole.AccessibleTextRole)
    assert accessible.startswith("1.属于国家秘密 × 商业企业")
    t4 = make_editor(qtbot, "review_litigation")
    assert t4.model.data(t4.index_of("t4.lawsuit_direct.upheld"), tip) == "行政诉讼·未经复议直接起诉·结果维持"
    assert t4.model.data(t4.index_of("t4.reconsideration.total"), tip) == "行政复议·总计"


def test_short_labels_break_where_a_reader_expects():
    fits_three = lambda t: len(t) <= 3  # noqa: E731
    assert balanced_label("结果维持", fits_three) == "结果\u2028维持"
    assert balanced_label("（三）不予公开", lambda t: len(t) <= 4) == "（三）\u2028不予公开"
    assert balanced_label("总计", fits_three) == "总计"


# --- typing ------------------------------------------------------------------------------------------------------


def test_typing_digits_stores_value_and_updates_totals(qtbot, t3):
    report = t3.report
    click(qtbot, t3, "t3.r.withheld.secret.commercial")
    assert t3.current_cell_id() == "t3.r.withheld.secret.commercial"
    type_keys(qtbot, "12")
    assert isinstance(focused(), QLineEdit)
    payload = enter(qtbot, t3)
    assert report.cells["t3.r.withheld.secret.commercial"] == Cell("12", CellSource.TYPED)
    assert payload == {
        "t3.r.withheld.secret.commercial": Cell("12", CellSource.TYPED),
        "t3.r.withheld.secret.total": Cell("12", CellSource.COMPUTED),
        "t3.r.total.commercial": Cell("12", CellSource.COMPUTED),
        "t3.r.total.total": Cell("12", CellSource.COMPUTED),
    }
    assert shown(t3, "t3.r.withheld.secret.total") == "12"
    assert shown(t3, "t3.r.total.total") == "12"
    # Enter moved down, as in a spreadsheet.
    assert t3.current_cell_id() == "t3.r.withheld.prohibited.commercial"

    type_keys(qtbot, "3")
    enter(qtbot, t3)
    assert shown(t3, "t3.r.total.commercial") == "15"
    assert shown(t3, "t3.r.total.total") == "15"
    assert t3.model.data(t3.index_of("t3.r.total.total"), Qt.ItemDataRole.FontRole).bold()


def test_typing_over_a_value_replaces_it(qtbot):
    t3 = make_editor(qtbot, "applications", cells={"t3.new.natural": Cell("40", CellSource.IMPORTED)})
    click(qtbot, t3, "t3.new.natural")
    type_keys(qtbot, "7")
    payload = enter(qtbot, t3)
    assert payload["t3.new.natural"] == Cell("7", CellSource.TYPED)
    assert t3.report.value("t3.new.total") == "7"


def test_enter_moves_down_past_total_row(qtbot, t3):
    click(qtbot, t3, "t3.r.other.other.natural")
    type_keys(qtbot, "1")
    enter(qtbot, t3)
    assert t3.current_cell_id() == "t3.carried_out.natural"
    # Enter on a selected cell without typing also moves down.
    t3.focus_cell("t3.new.legal")
    press(qtbot, Qt.Key.Key_Return)
    assert t3.current_cell_id() == "t3.carried_in.legal"


def test_tab_moves_to_next_editable_cell_skipping_totals(qtbot, t3):
    t3.focus_cell("t3.new.other_org")
    press(qtbot, Qt.Key.Key_Tab)
    assert t3.current_cell_id() == "t3.carried_in.natural"
    press(qtbot, Qt.Key.Key_Backtab)
    assert t3.current_cell_id() == "t3.new.other_org"
    # Tab while typing commits and moves on too.
    type_keys(qtbot, "5")
    with qtbot.waitSignal(t3.edited):
        press(qtbot, Qt.Key.Key_Tab)
    assert t3.report.value("t3.new.other_org") == "5"
    assert t3.current_cell_id() == "t3.carried_in.natural"


def test_arrow_keys_stay_on_numbers(qtbot, t3):
    t3.focus_cell("t3.r.disclosed.natural")
    press(qtbot, Qt.Key.Key_Left)
    assert t3.current_cell_id() == "t3.r.disclosed.natural"
    press(qtbot, Qt.Key.Key_Up)
    assert t3.current_cell_id() == "t3.carried_in.natural"
    t3.focus_cell("t3.new.other_org")
    press(qtbot, Qt.Key.Key_Right)
    assert t3.current_cell_id() == "t3.new.total"


def test_clicking_a_label_keeps_the_current_cell(qtbot, t3):
    click(qtbot, t3, "t3.new.natural")
    label = t3.view.visualRect(t3.model.index(3, 0)).center()  # 一、本年新收…
    qtbot.mouseClick(t3.view.viewport(), Qt.MouseButton.LeftButton, pos=label)
    assert t3.current_cell_id() == "t3.new.natural"


def test_tab_past_the_last_cell_leaves_the_table(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    editor = TableEditor(get_format("gov-2021").section("review_litigation").table)
    editor.bind(OpenReport(Report("gov-2021", "某县人民政府", 2025), None))
    after = QPushButton("下一步")
    layout.addWidget(editor)
    layout.addWidget(after)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    editor.focus_cell("t4.lawsuit_after.pending")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is after


def test_copy_gives_spreadsheet_text(qtbot, t3):
    t3.focus_cell("t3.new.natural")
    t3.paste_text("1\t2\n3\t4")
    click(qtbot, t3, "t3.new.natural")
    click(qtbot, t3, "t3.carried_in.commercial", Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "1\t2\n3\t4"


@pytest.mark.parametrize(("typed", "said"), [("abc", "应填写非负整数"), ("-5", "不能为负数"), ("2.5", "应填写非负整数"),
                                             ("1e3", "应填写非负整数"), ("12 34", "应填写非负整数")])
def test_what_is_no_count_is_refused_visibly_and_never_changed(qtbot, t3, typed, said):
    click(qtbot, t3, "t3.new.natural")
    type_keys(qtbot, typed)
    assert focused().text() == typed  # every key the clerk pressed is there: nothing swallowed
    note = refused(qtbot, t3)
    assert note == f"“{typed}”无法填入：{said}"
    assert focused().text() == typed
    refused(qtbot, t3, Qt.Key.Key_Tab)  # Tab cannot leave it either
    assert "t3.new.natural" not in t3.report.cells
    press(qtbot, Qt.Key.Key_Escape)  # Esc gives the cell back as it was
    assert not isinstance(focused(), QLineEdit)
    assert "t3.new.natural" not in t3.report.cells and not t3.view.findChild(QLabel, "cellMessage").isVisible()


@pytest.mark.parametrize(("typed", "stored"), [("1,234", "1234"), (" 7 ", "7"), ("0012", "12"), ("0", "0")])
def test_what_a_clerk_means_is_kept_as_that_number(qtbot, t3, typed, stored):
    click(qtbot, t3, "t3.new.natural")
    type_keys(qtbot, typed)
    assert enter(qtbot, t3)["t3.new.natural"] == Cell(stored, CellSource.TYPED)


def test_full_width_thousands_are_read_as_typed(qtbot, t3):
    click(qtbot, t3, "t3.new.natural")
    type_text("１，２３４")
    assert enter(qtbot, t3)["t3.new.natural"] == Cell("1234", CellSource.TYPED)


def test_a_refused_text_can_be_corrected_in_place(qtbot, t3):
    click(qtbot, t3, "t3.new.natural")
    type_keys(qtbot, "4.5")
    refused(qtbot, t3)
    for _ in range(2):
        press(qtbot, Qt.Key.Key_Backspace)
    assert enter(qtbot, t3)["t3.new.natural"] == Cell("4", CellSource.TYPED)


def test_model_refuses_invalid_text(t3):
    index = t3.index_of("t3.new.natural")
    with_signal = []
    t3.edited.connect(with_signal.append)
    assert not t3.model.setData(index, "-3")
    assert not t3.model.setData(index, "1.5")
    assert not t3.model.setData(index, "abc")
    assert t3.report.cells == {} and with_signal == []
    assert t3.model.setData(index, "１２")
    assert t3.report.value("t3.new.natural") == "12"
    assert t3.model.setData(index, " 1,234 ")
    assert t3.report.value("t3.new.natural") == "1234"


def test_full_width_digits_are_stored_as_ascii(qtbot, t3):
    click(qtbot, t3, "t3.carried_in.research")
    type_text("１２")
    assert focused().text() == "１２"  # shown as typed, stored as the digits they are
    payload = enter(qtbot, t3)
    assert payload["t3.carried_in.research"] == Cell("12", CellSource.TYPED)
    assert t3.report.value("t3.carried_in.research") == "12"


def test_amount_cell_takes_six_decimal_places(qtbot):
    t2 = make_editor(qtbot, "proactive")
    click(qtbot, t2, "t2.fees.amount")
    type_keys(qtbot, "24252.3110821")
    assert "小数最多六位" in refused(qtbot, t2)
    press(qtbot, Qt.Key.Key_Backspace)
    enter(qtbot, t2)
    assert t2.report.value("t2.fees.amount") == "24252.311082"
    click(qtbot, t2, "t2.rules.issued")
    type_keys(qtbot, "4.5")  # a count has no decimals: refused, never read as 45
    assert "应填写非负整数" in refused(qtbot, t2)
    assert t2.report.value("t2.rules.issued") == ""


def test_delta_cell_accepts_a_decrease(qtbot):
    t2 = make_editor(qtbot, "proactive", "gov-2019")
    click(qtbot, t2, "t2.licensing.delta")
    type_keys(qtbot, "-3")
    enter(qtbot, t2)
    assert t2.report.value("t2.licensing.delta") == "-3"


# --- totals, clearing, pasting -----------------------------------------------------------------------------------


def test_totals_are_read_only(qtbot, t3):
    total = t3.index_of("t3.new.total")
    assert not t3.model.flags(total) & Qt.ItemFlag.ItemIsEditable
    assert not t3.model.setData(total, "9")
    click(qtbot, t3, "t3.new.total")
    qtbot.mouseDClick(t3.view.viewport(), Qt.MouseButton.LeftButton, pos=t3.cell_rect("t3.new.total").center())
    type_keys(qtbot, "9")
    press(qtbot, Qt.Key.Key_Return)
    assert not isinstance(focused(), QLineEdit)
    assert "t3.new.total" not in t3.report.cells
    assert t3.model.data(total, Qt.ItemDataRole.BackgroundRole) == SOURCE_BACKGROUND[CellSource.COMPUTED]


def test_delete_clears_the_selection_in_one_edit(qtbot):
    cells = {cid: Cell("2") for cid in ("t3.new.natural", "t3.new.commercial", "t3.carried_in.natural")}
    cells["t3.new.total"] = Cell("4", CellSource.COMPUTED)
    cells["t3.carried_in.total"] = Cell("2", CellSource.COMPUTED)
    t3 = make_editor(qtbot, "applications", cells=cells)
    click(qtbot, t3, "t3.new.natural")
    click(qtbot, t3, "t3.new.commercial", Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(t3.edited) as blocker:
        press(qtbot, Qt.Key.Key_Delete)
    assert blocker.args[0].changes.cells == {"t3.new.natural": None, "t3.new.commercial": None,
                                             "t3.new.total": None}
    assert t3.report.value("t3.carried_in.natural") == "2"
    assert shown(t3, "t3.new.total") == ""
    with qtbot.waitSignal(t3.edited) as blocker:
        t3.focus_cell("t3.carried_in.natural")
        press(qtbot, Qt.Key.Key_Backspace)
    assert blocker.args[0].changes.cells == {"t3.carried_in.natural": None, "t3.carried_in.total": None}


def test_paste_block_from_spreadsheet(qtbot, t3):
    QGuiApplication.clipboard().setText("1\t2\t3\r\n4\tx\t6\r\n")
    click(qtbot, t3, "t3.new.research")
    with qtbot.waitSignal(t3.edited) as blocker:
        press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    values = {cid: cell.value for cid, cell in blocker.args[0].changes.cells.items() if cell}
    assert values == {
        "t3.new.research": "1", "t3.new.nonprofit": "2", "t3.new.legal": "3", "t3.new.total": "6",
        "t3.carried_in.research": "4", "t3.carried_in.legal": "6", "t3.carried_in.total": "10",
    }
    assert "t3.carried_in.nonprofit" not in t3.report.cells
    assert shown(t3, "t3.carried_in.total") == "10"
    # One step, and the clerk is told what was left out and why.
    note = t3.view.findChild(QLabel, "cellMessage")
    assert note.isVisible() and note.text() == "粘贴5格；1格无法识别：x"


def test_paste_skips_totals_and_keeps_columns_aligned(t3):
    t3.focus_cell("t3.new.other_org")
    entry = t3.paste_text("7\t99\t5\n８\t99")
    assert t3.report.value("t3.new.other_org") == "7"
    assert t3.report.value("t3.new.total") == "7"
    assert t3.report.value("t3.carried_in.other_org") == "8"
    assert entry.applied == ["t3.new.other_org", "t3.carried_in.other_org"]
    assert entry.summary() == ("粘贴2格；总计由程序计算，2格未粘贴；其中2格与各项之和不符（如表三 一、本年新收… 总计："
                               "表格中为99，各项之和为7），请核对原表；1格超出表格")


def test_paste_crosses_label_rows_in_table_2(qtbot):
    t2 = make_editor(qtbot, "proactive")
    t2.focus_cell("t2.normative.issued")
    t2.paste_text("5\n6\n7")
    assert t2.report.value("t2.normative.issued") == "5"
    assert t2.report.value("t2.licensing.decisions") == "6"
    assert t2.report.value("t2.penalty.decisions") == "7"


# --- review page hooks -------------------------------------------------------------------------------------------


def test_focus_cell_selects_scrolls_and_focuses(qtbot, t3):
    assert t3.focus_cell("t3.carried_out.other_org")
    assert t3.view.currentIndex() == t3.index_of("t3.carried_out.other_org")
    assert t3.current_cell_id() == "t3.carried_out.other_org"
    assert t3.view.viewport().rect().contains(t3.cell_rect("t3.carried_out.other_org"))
    qtbot.waitUntil(t3.view.hasFocus)
    assert not t3.focus_cell("t3.no.such")
    assert t3.index_of("t3.no.such") == QModelIndex()


def test_markers_colour_cells_and_set_tooltips(t3):
    index = t3.index_of("t3.new.natural")
    t3.set_markers({"t3.new.natural": ("error", "一+二 应等于 七+四"), "t3.new.research": ("warning", "偏大")})
    assert t3.model.data(index, Qt.ItemDataRole.ToolTipRole) == "一+二 应等于 七+四"
    assert t3.model.data(index, Qt.ItemDataRole.BackgroundRole) == MARKER_BACKGROUND["error"]
    warn = t3.index_of("t3.new.research")
    assert t3.model.data(warn, Qt.ItemDataRole.BackgroundRole) == MARKER_BACKGROUND["warning"]
    t3.set_markers({})
    assert t3.model.data(index, Qt.ItemDataRole.ToolTipRole) == "一、本年新收政府信息公开申请数量 × 自然人"
    assert t3.model.data(index, Qt.ItemDataRole.BackgroundRole) == QColor("#ffffff")


def test_sources_are_told_apart(qtbot):
    t3 = make_editor(qtbot, "applications", cells={"t3.new.natural": Cell("3", CellSource.IMPORTED),
                                                   "t3.carried_in.natural": Cell("4", CellSource.CARRIED),
                                                   "t3.new.commercial": Cell("5", CellSource.TYPED)})
    background = {
        cid: t3.model.data(t3.index_of(cid), Qt.ItemDataRole.BackgroundRole)
        for cid in ("t3.new.natural", "t3.carried_in.natural", "t3.new.commercial")
    }
    assert len({c.name() for c in background.values()}) == 3
    assert shown(t3, "t3.carried_in.natural") == "4"


def test_legend_names_every_source(qtbot):
    legend = SourceLegend()
    qtbot.addWidget(legend)
    assert list(legend.labels().values()) == ["Typed", "Computed total", "Imported", "Carried over from last year"]


# --- the other tables --------------------------------------------------------------------------------------------


def test_table_2_smoke(qtbot):
    t2 = make_editor(qtbot, "proactive")
    grid = table_grid(t2.table)
    titles = [c for c in grid.cells if c.kind == "title"]
    assert all(t2.view.columnSpan(c.row, 0) == 4 for c in titles)
    assert t2.view.columnSpan(t2.index_of("t2.licensing.decisions").row(), 1) == 3
    click(qtbot, t2, "t2.rules.issued")
    type_keys(qtbot, "8")
    enter(qtbot, t2)
    assert t2.current_cell_id() == "t2.normative.issued"
    press(qtbot, Qt.Key.Key_Return)
    assert t2.current_cell_id() == "t2.licensing.decisions"


def test_table_4_smoke(qtbot):
    t4 = make_editor(qtbot, "review_litigation")
    assert t4.model.columnCount() == 15
    click(qtbot, t4, "t4.lawsuit_after.pending")
    type_keys(qtbot, "2")
    with qtbot.waitSignal(t4.edited) as blocker:
        press(qtbot, Qt.Key.Key_Tab)
    assert blocker.args[0].changes.cells["t4.lawsuit_after.total"] == Cell("2", CellSource.COMPUTED)
    assert shown(t4, "t4.lawsuit_after.total") == "2"
    # The last editable cell: Tab has nowhere to go in the table, so the cell stays current.
    assert t4.current_cell_id() == "t4.lawsuit_after.pending"
