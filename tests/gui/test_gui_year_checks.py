"""After the year (and with it the format) changes and changes back, the window's problems are exactly what
`check ID --json` says of the saved report: no stale check about a last year that no longer applies."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.helpers.cli import cli
from tests.helpers.database import create
from tests.helpers.keys import Answers, press
from tests.helpers.reports import clean_report, previous_of
from tests.helpers.window import click_section, close_window, open_report


def rows(problems) -> list[tuple]:
    return [(p.severity, p.rule, p.location, p.message) for p in problems]


def cli_rows(capsys, db_path, rid) -> list[tuple]:
    code, out, _err = cli(capsys, db_path, "check", str(rid), "--json")
    assert code in (0, 1)
    return [(p["severity"], p["rule"], p["location"], p["message"]) for p in json.loads(out)]


def set_year(qtbot, window, year: int) -> None:
    start = window.wizard.current_page()
    qtbot.mouseClick(start.year, Qt.MouseButton.LeftButton)
    start.year.selectAll()
    for ch in str(year):
        qtbot.keyClick(start.year, ch)
    answers = Answers("OK")  # the report has content: the program asks first
    press(start.year, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: answers.done, timeout=5000)
    assert "表二的行和栏目不同" in answers.seen[0]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.session.report.year == year


def settled_problems(qtbot, window) -> list[tuple]:
    """The window's problems once last year's report of the new year has been looked up."""
    checks = window.checks
    report = window.session.report

    def looked_up() -> bool:
        previous = checks.previous
        return checks._request == checks._served and (previous is None or previous.year == report.year - 1)

    qtbot.waitUntil(looked_up, timeout=5000)
    checks.run_now()
    assert window.session.autosave.wait()
    return rows(checks.problems)


def test_year_2025_to_2019_and_back_checks_as_the_command_line_does(qtbot, capsys, db_path):
    report = clean_report(2025)
    previous = previous_of(report)
    previous.cells["t3.carried_out.natural"] = type(previous.cells["t3.carried_out.natural"])("999")
    create(db_path, previous)
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    assert any(p[1] == "CARRY-OVER" for p in settled_problems(qtbot, window))
    assert settled_problems(qtbot, window) == cli_rows(capsys, db_path, rid)

    click_section(qtbot, window, "start")
    set_year(qtbot, window, 2019)
    assert window.session.report.format_id == "gov-2019"
    in_2019 = settled_problems(qtbot, window)
    assert not any(p[1] in ("CARRY-OVER", "T2-STOCK") for p in in_2019)  # there is no 2018 report
    assert in_2019 == cli_rows(capsys, db_path, rid)

    qtbot.waitUntil(lambda: window.wizard.current_page() is not None and window.wizard.current_page().key == "start")
    set_year(qtbot, window, 2025)
    assert window.session.report.format_id == "gov-2021"
    back = settled_problems(qtbot, window)
    assert any(p[1] == "CARRY-OVER" for p in back)
    assert back == cli_rows(capsys, db_path, rid)
    close_window(window)


def test_the_wheel_never_changes_the_year_or_format_without_focus(qtbot, db_path):
    rid = create(db_path, clean_report(2025))
    window = open_report(qtbot, db_path, rid)
    click_section(qtbot, window, "start")
    start = window.wizard.current_page()
    start.agency.setFocus()
    for widget in (start.year, start.format, start.published):
        assert not widget.hasFocus()
        centre = QPointF(widget.rect().center())
        wheel = QWheelEvent(centre, QPointF(widget.mapToGlobal(widget.rect().center())), QPoint(0, 0),
                            QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, wheel)
    QApplication.processEvents()
    assert (window.session.report.year, window.session.report.format_id) == (2025, "gov-2021")
    assert start.year.value() == 2025 and not window.session.edits.can_undo
    close_window(window)
