"""A whole report made with the keyboard alone, in Chinese and in English: the welcome page, the start page, the
opening, every part, every number cell of tables 2, 3 and 4, the fee calculator, the signature, the review page
and the export — by key events sent to whatever has the keyboard, never a method called on a widget. The web page
it exports is then read back: each number in its row and column, the totals added up, the texts in place.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from disclosure_desktop.domain.formats import get_format
from disclosure_desktop.domain.layout import table_grid
from tests.helpers.html_grid import parse_page
from tests.helpers.window import close_window, open_window

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
AGENCY = "某某县人民政府办公室"
CONTACT = "县政府办公室，电话0000-1234567"
OVERALL = "全年依法主动公开政府信息，按时答复依申请公开。"
PROBLEMS = "（一）存在的主要问题\n政策解读形式较为单一。\n（二）改进措施\n丰富解读形式。"
SIGNATURE = "某某县人民政府办公室\n2026年1月20日"
COLUMNS = ["natural", "commercial", "research", "nonprofit", "legal", "other_org"]


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def key(k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the keyboard sends it: to the focus widget, shortcuts and mnemonics first."""
    QTest.keyClick(focus(), k, modifiers)
    QApplication.processEvents()


def alt(letter: str) -> None:
    """Alt + a mnemonic's letter. A button so reached is held down while Qt animates the press and clicked a tenth
    of a second later (longer on a busy machine): wait until no button is down any more."""
    key(Qt.Key(ord(letter.upper())), ALT)
    deadline = time.monotonic() + 30
    while any(isinstance(w, QAbstractButton) and w.isDown() for w in QApplication.allWidgets()):
        assert time.monotonic() < deadline, f"a button still down 30 s after Alt+{letter}"
        QTest.qWait(10)


def keys(text: str) -> None:
    """Type `text` where the keyboard is: ASCII as key presses, Chinese as a Pinyin input method commits it."""
    for char in text:
        if char == "\n":
            key(Qt.Key.Key_Return)
        elif char.isascii():
            QTest.keyClick(focus(), char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QCoreApplication.sendEvent(focus(), event)
    QApplication.processEvents()


def typed_values() -> dict[str, str]:
    """What the clerk types in each number cell: table 3 balances (新收 + 结转 = 办理结果 + 结转下年)."""
    values = {"t2.rules.issued": "2", "t2.rules.repealed": "1", "t2.rules.in_force": "9",
              "t2.normative.issued": "12", "t2.normative.repealed": "3", "t2.normative.in_force": "86",
              "t2.licensing.decisions": "345", "t2.penalty.decisions": "67", "t2.enforcement.decisions": "8",
              "t2.fees.amount": "0"}
    for i, column in enumerate(COLUMNS):
        values |= {f"t3.new.{column}": str(10 + i), f"t3.carried_in.{column}": str(i),
                   f"t3.r.disclosed.{column}": str(10 + i), f"t3.r.partial.{column}": str(i)}
    for n, cell in enumerate(("reconsideration.upheld", "reconsideration.corrected", "lawsuit_direct.other",
                              "lawsuit_after.pending"), start=1):
        values[f"t4.{cell}"] = str(n)
    return values


def fill_table(section: str, values: dict[str, str]) -> list[str]:
    """Every number cell of the table in the order Tab reaches them (totals are skipped): its value, then Tab.
    Returns the cells typed into."""
    table = get_format("gov-2021").section(section).table
    cells = sorted((c for c in table_grid(table).value_cells().values() if not table.cells[c.cell_id].is_total),
                   key=lambda c: (c.row, c.col))
    for cell in cells:
        keys(values.get(cell.cell_id, "0"))
        key(Qt.Key.Key_Tab)
    return [c.cell_id for c in cells]


def window_manager(window: QWidget) -> None:
    """What the desktop does when a dialog closes and the offscreen platform does not: make the window under it
    active again, so the keyboard is back where it was."""
    if QApplication.activeWindow() is None:
        window.activateWindow()
        QApplication.processEvents()


def next_page() -> None:
    key(Qt.Key.Key_PageDown, CTRL)


def test_a_whole_report_with_the_keyboard_alone(qtbot, db_path: Path, tmp_path: Path, ui_language):
    window = open_window(qtbot, db_path)
    wizard = window.wizard
    with qtbot.waitSignal(window.report_opened, timeout=5000):
        alt("n")  # the welcome page's 新建报告(N)

    # Basic information: the keyboard starts in the agency field.
    assert wizard.current_page().key == "start"
    keys(AGENCY)
    alt("y")  # the year, selected on entry: typed over
    keys("2025")
    alt("c")
    keys(CONTACT)
    key(Qt.Key.Key_Tab)  # past the date, not fixed yet: its check box
    key(Qt.Key.Key_Space)  # a date after all (31 January of the next year, shown in the field)
    key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back into the date, its year selected
    keys("2026-03-20")  # typed in one go, separators and all

    next_page()  # the opening: the standard wording, by its button's letter
    assert wizard.current_page().key == "preamble"
    alt("s")
    next_page()  # part 一, with an official sub-heading put in from its button (Shift+Tab back to it)
    assert wizard.current_page().key == "section:overall"
    first = wizard.current_page().section.hints[0]
    for _ in range(10):  # back over the sentence button to the first sub-heading, as the eye follows the focus
        key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        if getattr(focus(), "text", lambda: "")() == first:
            break
    key(Qt.Key.Key_Space)  # （一）主动公开, on a line of its own; the keyboard back in the text
    keys(OVERALL)

    values = typed_values()
    filled: list[str] = []
    for section in ("proactive", "applications", "review_litigation"):  # parts 二, 三, 四: the tables
        next_page()
        assert wizard.current_page().key == f"section:{section}"
        assert focus() is wizard.current_page().editor.view
        filled += fill_table(section, values)
    next_page()  # part 五
    keys(PROBLEMS)
    next_page()  # part 六: the fee calculator, and the statement it gives
    assert wizard.current_page().key == "section:other_matters"
    alt("f")
    QApplication.processEvents()
    assert QApplication.activeModalWidget() is wizard.current_page().fee_dialog
    alt("i")
    assert QApplication.activeModalWidget() is None
    window_manager(window)
    next_page()  # the signature block
    assert wizard.current_page().key == "closing"
    keys(SIGNATURE)

    key(Qt.Key.Key_F7)  # the review page: no error left
    assert wizard.current_page().key == "review"
    window.checks.run_now()
    assert not [p for p in window.checks.problems if p.is_error], window.checks.problems
    assert window.review.verdict.text()

    target = tmp_path / "report.html"
    exported: list[str] = []

    def in_the_export_dialog() -> None:
        from disclosure_desktop.gui.dialogs.export import ExportDialog

        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog) or QApplication.activeWindow() is not dialog:
            QTimer.singleShot(20, in_the_export_dialog)  # until it is on screen and has the keyboard
            return
        alt("b")  # 网页 (.html)
        alt("s")  # 保存为: the whole path typed over
        key(Qt.Key.Key_A, CTRL)
        keys(str(target))
        if dialog.open_folder.isChecked():
            alt("o")  # no file manager in a test
        alt("e")
        exported.append(dialog.format_id())

    QTimer.singleShot(0, in_the_export_dialog)
    key(Qt.Key.Key_E, CTRL)
    assert exported == ["html"] and target.exists()

    # Everything typed is in the report, every cell marked as typed.
    report = window.session.report
    assert report.agency == AGENCY and report.year == 2025 and report.meta["contact"] == CONTACT
    assert report.published_on() == dt.date(2026, 3, 20)
    assert report.text("overall") == first + "\n" + OVERALL
    assert report.text("problems") == PROBLEMS and report.text("closing") == SIGNATURE
    assert "信息处理费" in report.text("other_matters")
    fmt = get_format("gov-2021")
    inputs = {c.id for t in fmt.tables for c in t.cells.values() if not c.is_total}
    assert set(filled) == inputs and len(filled) == len(inputs) == 166  # every number a clerk types, once
    for cell_id in filled:
        assert report.value(cell_id) == values.get(cell_id, "0"), cell_id
        assert report.cells[cell_id].source == "typed", cell_id
    close_window(window)

    # The web page, read as its reader reads it.
    page = parse_page(target.read_text("utf-8"))
    paragraphs = [b.text for b in page.blocks_with("p", "h1", "h2", "h3")]
    assert AGENCY in page.title and OVERALL in paragraphs and "丰富解读形式。" in paragraphs
    assert "2026年1月20日" in paragraphs
    t3 = page.table_captioned("三、收到和处理政府信息公开申请情况")
    assert t3.value("一、本年新收政府信息公开申请数量", "自然人") == "10"
    assert t3.value("一、本年新收政府信息公开申请数量", "法人或其他组织", "其他") == "15"
    assert t3.value("一、本年新收政府信息公开申请数量", "总计") == str(sum(10 + i for i in range(6)))
    assert t3.value("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "法人或其他组织", "法律服务机构") == "4"
    assert t3.value("（七）总计", "总计") == str(sum(10 + 2 * i for i in range(6)))
    assert t3.value("四、结转下年度继续办理", "自然人") == "0"
    t4 = page.table_captioned("四、政府信息公开行政复议、行政诉讼情况")
    assert t4.value(None, "行政复议", "结果纠正") == "2"
    assert t4.value(None, "行政复议", "总计") == "3"
    assert t4.value(None, "行政诉讼", "复议后起诉", "尚未审结") == "4"
    t2 = page.table_captioned("二、主动公开政府信息情况")
    assert "86" in [c.text for c in t2.cells()] and "345" in [c.text for c in t2.cells()]
