"""A problem in the text is shown where it is: the figure or placeholder underlined before anything is pressed,
its message as the tooltip, and F8 (or Enter on the review page) selects exactly those words and says the
message on a line under the editor."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QToolTip

from disclosure_desktop.domain.checks.checklist import in_report_order
from disclosure_desktop.domain.checks.engine import check_report
from tests.helpers.database import create
from tests.helpers.keys import press, type_text
from tests.helpers.reports import clean_report
from tests.helpers.window import click_section, close_window, open_report, problem_item


def underlined(editor, start: int, end: int) -> bool:
    """Whether every character in [start, end) of the editor's text is drawn with a wavy underline."""
    doc = editor.document()
    for position in range(start, end):
        block = doc.findBlock(position)
        offset = position - block.position()
        ranges = block.layout().formats()
        if not any(r.start <= offset < r.start + r.length
                   and r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline for r in ranges):
            return False
    return True


def walk_to(qtbot, window, rule: str, location: str):
    """Press F8 until the problem `rule@location` is the one shown."""
    shown: list = []
    window.area.walker.go.connect(shown.append)
    for _ in range(len(window.checks.problems) + 1):
        press(window, Qt.Key.Key_F8)
        if shown and shown[-1].key == f"{rule}@{location}":
            return shown[-1]
    raise AssertionError(f"F8 never reached {rule}@{location}: {[p.key for p in shown]}")


def test_f8_selects_the_figure_the_tables_contradict(qtbot, db_path):
    report = clean_report()
    sentence = "全年共收到政府信息公开申请 1１8 件。"
    report.sections["overall"] += "\n" + sentence
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    window.checks.run_now()
    problem = next(p for p in window.checks.problems if p.rule == "NARRATIVE-NUMBER")
    text = report.sections["overall"]
    start = text.index("1１8")
    assert problem.spans == ((start, 3),)

    page = window.wizard.page(window.wizard.index_of("section:overall"))
    click_section(qtbot, window, "section:overall")
    assert underlined(page.editor, start, start + 3)  # on the page as it opens, before F8
    assert not underlined(page.editor, start - 2, start)
    assert not page.problem_line.isVisible()

    # The tooltip over the figure is the message.
    cursor = page.editor.textCursor()
    cursor.setPosition(start + 1)
    rect = page.editor.cursorRect(cursor)
    QApplication.processEvents()
    qtbot.mouseMove(page.editor.viewport(), rect.center())
    QApplication.sendEvent(page.editor.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, rect.center(), page.editor.viewport().mapToGlobal(rect.center())))
    qtbot.waitUntil(lambda: QToolTip.text() == problem.message, timeout=3000)
    window.area.go_to_page("start")

    found = walk_to(qtbot, window, "NARRATIVE-NUMBER", problem.location)
    assert window.wizard.current_page() is page
    assert page.editor.hasFocus()
    assert page.editor.textCursor().selectedText() == "1１8"
    assert page.problem_line.isVisible() and page.problem_line.text() == found.message
    assert page.problem_line.accessibleName() == found.message
    assert "1１8" in found.message or "118" in found.message
    close_window(window)


def test_f8_selects_the_placeholder_and_enter_on_the_review_page_too(qtbot, db_path):
    report = clean_report()
    report.sections["preamble"] = report.sections["preamble"].replace("某县人民政府门户网站", "XX人民政府门户网站")
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    window.checks.run_now()
    problem = next(p for p in window.checks.problems if p.rule == "PLACEHOLDER")
    start = report.sections["preamble"].index("XX")
    page = window.wizard.page(window.wizard.index_of("preamble"))
    click_section(qtbot, window, "preamble")
    assert underlined(page.editor, start, start + 2)
    window.area.go_to_page("start")

    walk_to(qtbot, window, "PLACEHOLDER", problem.location)
    assert window.wizard.current_page() is page
    assert page.editor.textCursor().selectedText() == "XX"
    assert page.problem_line.text() == problem.message and page.problem_line.isVisible()

    # Typing over it: the message was about the words replaced, so the line goes with them.
    type_text(page.editor, "某县")
    qtbot.waitUntil(lambda: not any(p.rule == "PLACEHOLDER" for p in window.checks.problems), timeout=5000)
    qtbot.waitUntil(lambda: not page.problem_line.isVisible(), timeout=3000)
    assert not underlined(page.editor, start, start + 2)

    # Enter on the review page goes the same way.
    page.editor.selectAll()
    type_text(page.editor, "本报告电子版可在XX网站查阅。")
    qtbot.waitUntil(lambda: any(p.rule == "PLACEHOLDER" for p in window.checks.problems), timeout=5000)
    click_section(qtbot, window, "review")
    item = problem_item(window, "PLACEHOLDER", "preamble")
    window.review.tree.setCurrentItem(item)
    window.review.tree.setFocus()
    press(window.review.tree, Qt.Key.Key_Return)
    assert window.wizard.current_page() is page
    assert page.editor.textCursor().selectedText() == "XX"
    assert page.problem_line.isVisible()
    close_window(window)


def test_a_figure_in_a_tables_lead_in_is_shown_there(qtbot, db_path):
    report = clean_report()
    report.sections["review_litigation"] = report.sections["review_litigation"].replace("行政复议6件", "行政复议9件")
    problems = check_report(report)
    problem = next(p for p in problems if p.rule == "NARRATIVE-NUMBER" and p.section_id == "review_litigation")
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    window.checks.run_now()
    page = window.wizard.page(window.wizard.index_of("section:review_litigation"))
    start = report.sections["review_litigation"].index("行政复议9件") + 4
    assert problem.spans == ((start, 1),)
    click_section(qtbot, window, "section:review_litigation")
    assert underlined(page.lead_in, start, start + 1)
    window.area.go_to_page("start")
    walk_to(qtbot, window, "NARRATIVE-NUMBER", problem.location)
    assert page.lead_in.textCursor().selectedText() == "9"
    assert page.problem_line.text() == problem.message
    close_window(window)


def test_problems_without_a_place_in_the_words_are_still_said_on_the_page(qtbot, db_path):
    report = clean_report()
    report.sections["problems"] = ""
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    window.checks.run_now()
    [missing] = [p for p in in_report_order(window.checks.problems, window.session.report)
                 if p.rule == "SECTION-MISSING"]
    walk_to(qtbot, window, "SECTION-MISSING", missing.location)
    page = window.wizard.current_page()
    assert page.key == "section:problems" and page.editor.hasFocus()
    assert page.problem_line.text() == missing.message
    close_window(window)


def test_an_emoji_before_the_figure_does_not_shift_the_mark(qtbot, db_path):
    report = clean_report()
    report.sections["overall"] += "\n😀😀全年共收到政府信息公开申请118件。"
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    window.checks.run_now()
    problem = next(p for p in window.checks.problems if p.rule == "NARRATIVE-NUMBER")
    walk_to(qtbot, window, "NARRATIVE-NUMBER", problem.location)
    page = window.wizard.current_page()
    assert page.editor.textCursor().selectedText() == "118"
    close_window(window)
