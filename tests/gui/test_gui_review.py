"""The review page as evaluators' checklist: ready or not, a line per criterion, acknowledging a warning with a
reason (and taking it back), errors that cannot be acknowledged, and F8 walking the problems in report order.

The window connects the page to the open report's edit session: an acknowledgement is one undoable step.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.checks.checklist import in_report_order
from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.report import Cell
from disclosure_desktop.gui.dialogs.acknowledge import AcknowledgeDialog
from disclosure_desktop.gui.wizard.review_checklist import CRITERION_ROLE
from tests.helpers.database import create
from tests.helpers.dialogs import when_modal
from tests.helpers.keys import press, type_text
from tests.helpers.reports import clean_report, previous_of
from tests.helpers.window import click_section, close_window, open_report, problem_item

REASON = "17件为区政府办本级受理的申请"


def hook(window) -> None:
    """The checks as they stand now (the page is connected by the window itself)."""
    window.checks.run_now()


def criterion_rows(window) -> dict[str, tuple[str, str]]:
    tree = window.review.tree
    rows = {}
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        rows[item.data(0, CRITERION_ROLE)] = (item.text(0), item.text(1))
    return rows


def stored(qtbot, window, rid: int):
    assert window.session.autosave.wait()  # every edit so far is written (one write may be in flight)
    found: list = []
    window.store.run(lambda store: store.load(rid), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    return found[0]


def test_a_ready_report_says_so_line_by_line(qtbot, db_path):
    report = clean_report()
    report.meta["published_on"] = "2026-01-23"
    create(db_path, previous_of(report))
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    hook(window)
    click_section(qtbot, window, "review")
    review = window.review
    assert review.verdict.text() == "Ready to publish: no errors, and every warning fixed or acknowledged."
    assert review.verdict.property("ready") is True
    rows = criterion_rows(window)
    assert list(rows) == ["on_time", "parts", "format", "identities", "blank_cells", "text_tables", "carry_over",
                          "fees", "repetition", "other"]
    assert all(result == "Met" for _, result in rows.values())
    assert rows["on_time"][0].startswith("按时发布：发布日期为2026年1月23日，期限为2026年1月31日")
    assert "与2024年度报告重复率" in rows["repetition"][0] and "（阈值50%）" in rows["repetition"][0]
    repetition = review.tree.criterion_item("repetition")
    assert repetition.childCount() >= 1 and repetition.child(0).text(1).endswith("%")
    assert review.problem_items() == []
    close_window(window)


def test_acknowledging_a_warning_with_a_reason_and_taking_it_back(qtbot, db_path, tmp_path):
    report = clean_report()
    report.sections["overall"] += "\n区政府办代表区政府受理政府信息公开申请 17 件。"
    report.cells["t2.fees.amount"] = Cell("约12万")  # an error: it cannot be acknowledged
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    hook(window)
    click_section(qtbot, window, "review")
    review = window.review
    assert review.verdict.text() == "Not ready: 1 error(s) and 1 warning(s) to deal with."
    assert criterion_rows(window)["text_tables"][1] == "Warnings"

    error = problem_item(window, "VALUE", "t2.fees.amount")
    review.tree.setCurrentItem(error)
    assert not review.acknowledge_button.isEnabled()
    assert "cannot be acknowledged" in review.acknowledge_button.toolTip()

    row = problem_item(window, "NARRATIVE-NUMBER", "t3.new.total")
    QApplication.processEvents()  # the tree has laid its wrapped rows out, as it has before a clerk can click
    review.tree.scrollToItem(row)
    rect = review.tree.visualItemRect(row)
    qtbot.mouseClick(review.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert review.tree.currentItem() is row
    assert review.acknowledge_button.isEnabled()

    def give_reason(dialog: AcknowledgeDialog) -> None:
        assert "区政府办代表区政府受理政府信息公开申请 17 件" in dialog.findChild(QWidget, "acknowledgeWarning").text()
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # no reason, no OK
        type_text(dialog.reason, REASON)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    seen = when_modal(AcknowledgeDialog, give_reason)
    with qtbot.waitSignal(review.acknowledge_requested, timeout=5000) as signal:
        qtbot.mouseClick(review.acknowledge_button, Qt.MouseButton.LeftButton)
    assert seen and signal.args == ["NARRATIVE-NUMBER@t3.new.total", REASON]

    row = problem_item(window, "NARRATIVE-NUMBER", "t3.new.total")
    assert review.problem_of(row).acknowledged == REASON
    assert f"Acknowledged: {REASON}" in row.text(0)
    assert criterion_rows(window)["text_tables"][1] == "Acknowledged"
    assert review.verdict.text() == "Not ready: 1 error(s) and 0 warning(s) to deal with. 1 warning(s) acknowledged."
    assert stored(qtbot, window, rid).acknowledged == {"NARRATIVE-NUMBER@t3.new.total": REASON}

    # kept with the report: its JSON carries the reason, and a report imported from it shows it acknowledged
    doc = json.loads(jsonio.dumps(stored(qtbot, window, rid)))
    assert doc["acknowledged"] == {"NARRATIVE-NUMBER@t3.new.total": REASON}
    again = jsonio.report_from_dict(doc)
    assert next(p for p in check_report(again) if p.rule == "NARRATIVE-NUMBER").acknowledged == REASON

    review.tree.setCurrentItem(row)
    assert review.fix_label.text() == f"Acknowledged: {REASON}"
    qtbot.mouseClick(review.unacknowledge_button, Qt.MouseButton.LeftButton)
    assert review.problem_of(problem_item(window, "NARRATIVE-NUMBER", "t3.new.total")).acknowledged is None
    assert stored(qtbot, window, rid).acknowledged == {}

    # Both were steps of the report's history: Edit ▸ Undo brings the acknowledgement back, and takes it away.
    assert window.session.edits.history()[-2:] == ["确认警告「正文与表格不符」", "撤回对警告「正文与表格不符」的确认"]
    window.menus.undo.trigger()
    assert review.problem_of(problem_item(window, "NARRATIVE-NUMBER", "t3.new.total")).acknowledged == REASON
    window.menus.undo.trigger()
    assert review.problem_of(problem_item(window, "NARRATIVE-NUMBER", "t3.new.total")).acknowledged is None
    assert stored(qtbot, window, rid).acknowledged == {}
    close_window(window)


def test_cancelling_the_dialog_changes_nothing(qtbot, db_path):
    report = clean_report()
    report.sections["overall"] += "\n全年共收到政府信息公开申请999件。"
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    hook(window)
    click_section(qtbot, window, "review")
    review = window.review
    review.tree.setCurrentItem(problem_item(window, "NARRATIVE-NUMBER", "t3.new.total"))
    emitted: list = []
    review.acknowledge_requested.connect(lambda *args: emitted.append(args))
    seen = when_modal(AcknowledgeDialog, lambda dialog: press(dialog.reason, Qt.Key.Key_Escape))
    review.acknowledge_current()
    assert seen and emitted == []
    assert stored(qtbot, window, rid).acknowledged == {}
    close_window(window)


def test_f8_walks_the_problems_in_report_order(qtbot, db_path):
    report = clean_report()
    report.sections["preamble"] = "本报告根据《条例》编制。"
    report.cells["t4.reconsideration.total"] = Cell("999")
    report.sections["overall"] += "\n全年共收到政府信息公开申请999件。"
    report.sections["problems"] = ""
    window = open_report(qtbot, db_path, create(db_path, report))
    hook(window)
    problems = window.checks.problems
    assert {p.key for p in problems} == {p.key for p in check_report(report)}
    shown: list = []
    window.area.walker.go.connect(shown.append)
    expected = in_report_order(problems, window.session.report)
    for _ in expected:
        press(window, Qt.Key.Key_F8)  # Go ▸ Next problem
    assert [p.key for p in shown] == [p.key for p in expected]
    assert window.wizard.current_page().key == "section:problems"  # the last one's page is shown
    press(window, Qt.Key.Key_F8)
    assert shown[-1].key == expected[0].key  # round again
    press(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert shown[-1].key == expected[-1].key
    window.area.walker.set_place(expected[2])
    press(window, Qt.Key.Key_F8)
    assert shown[-1].key == expected[3].key
    QApplication.processEvents()
