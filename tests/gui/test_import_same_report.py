"""Importing a report of an agency and year that is there already asks: replace it (what it holds kept as a
version first), keep both, or cancel — never a silent duplicate."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.report import IMPORTED_FROM
from disclosure_desktop.export import registry
from disclosure_desktop.gui.dialogs.importing import ImportDialog
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.database import create
from tests.helpers.paths import FIXTURES
from tests.helpers.window import close_window, open_window


@pytest.fixture
def last_year():
    return jsonio.loads((FIXTURES / "docx_report.json").read_text("utf-8"))


@pytest.fixture
def word_file(tmp_path, last_year) -> Path:
    path = tmp_path / "某某县2025年年报.docx"
    path.write_bytes(registry.render(last_year, "docx"))
    return path


def when_shown(find, act) -> QTimer:
    """Poll from the event loop for a modal window (`find`) and act on it once, as a clerk would."""
    timer = QTimer(interval=30)

    def poll() -> None:
        found = find()
        if found is not None:
            timer.stop()
            act(found)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def import_dialog():
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()
                 and w.import_button.isEnabled()), None)


def box(name: str):
    return lambda: next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()),
                        None)


def reports(db_path: Path):
    with Database.open(db_path) as db:
        store = ReportStore(db)
        return [(s, store.load(s.id), store.versions(s.id)) for s in store.list_reports()]


def say_no(qtbot):
    return lambda b: qtbot.mouseClick(b.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)


def run_import(qtbot, window, word_file, answer: str) -> list[str]:
    """Import `word_file` through the window, answering the question with the button named `answer`; returns
    what the question said."""
    said: list[str] = []

    def answered(question: QMessageBox) -> None:
        said.append(question.text() + "\n" + question.informativeText())
        button = next(b for b in question.buttons() if b.objectName() == answer
                      or (question.buttonRole(b) == QMessageBox.ButtonRole.RejectRole and answer == "cancel"))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    timers = [when_shown(import_dialog, lambda d: qtbot.mouseClick(d.import_button, Qt.MouseButton.LeftButton)),
              when_shown(box("sameReportQuestion"), answered),
              when_shown(box("nextYearQuestion"), say_no(qtbot))]
    window.import_report(word_file)
    qtbot.waitUntil(lambda: bool(said), timeout=15000)
    if answer != "cancel":
        qtbot.waitUntil(lambda: not timers[2].isActive(), timeout=15000)
    for timer in timers:
        timer.stop()
    QApplication.processEvents()
    return said


def test_replace_keeps_the_old_content_as_a_version(qtbot, db_path, word_file, last_year):
    mine = jsonio.loads((FIXTURES / "docx_report.json").read_text("utf-8"))
    mine.sections["overall"] = "本机关自己写的第一部分。"
    rid = create(db_path, mine)
    window = open_window(qtbot, db_path)
    said = run_import(qtbot, window, word_file, "replaceReport")
    assert "2025" in said[0] and last_year.agency in said[0]
    [(summary, report, versions)] = reports(db_path)
    assert summary.id == rid
    assert report.text("overall") == last_year.text("overall") and IMPORTED_FROM in report.meta
    [kept] = versions
    assert kept.name == "导入前 某某县2025年年报.docx"
    with Database.open(db_path) as db:
        assert ReportStore(db).load_version(kept.id).text("overall") == "本机关自己写的第一部分。"
    close_window(window)


def test_keep_both_makes_a_second_report_and_cancel_none(qtbot, db_path, word_file, last_year):
    create(db_path, last_year)
    window = open_window(qtbot, db_path)
    run_import(qtbot, window, word_file, "cancel")
    assert len(reports(db_path)) == 1
    run_import(qtbot, window, word_file, "keepBoth")
    listed = reports(db_path)
    assert len(listed) == 2 and all(not versions for _s, _r, versions in listed)
    close_window(window)


def test_a_new_agency_and_year_is_added_without_a_question(qtbot, db_path, word_file, last_year):
    other = jsonio.loads((FIXTURES / "docx_report.json").read_text("utf-8"))
    other.year = 2024
    create(db_path, other)
    window = open_window(qtbot, db_path)
    asked = when_shown(box("sameReportQuestion"), lambda q: q.reject())
    next_year = when_shown(box("nextYearQuestion"), say_no(qtbot))
    accept = when_shown(import_dialog, lambda d: qtbot.mouseClick(d.import_button, Qt.MouseButton.LeftButton))
    window.import_report(word_file)
    qtbot.waitUntil(lambda: not next_year.isActive(), timeout=15000)
    assert asked.isActive()  # never asked
    for timer in (asked, next_year, accept):
        timer.stop()
    assert len(reports(db_path)) == 2
    close_window(window)
