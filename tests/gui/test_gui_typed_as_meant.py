"""What a clerk types through the real window is what the report keeps: input methods, pastes and boxes that
could otherwise take something else than what was typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.helpers.database import stored
from tests.helpers.keys import press
from tests.helpers.window import click_section, close_window, open_window, shown, start_report, type_cell


def commit(text: str) -> None:
    """An input method (a Pinyin IME in full-width mode) commits each character to whatever has the keyboard."""
    for ch in text:
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QCoreApplication.sendEvent(QApplication.focusWidget(), event)
        QApplication.processEvents()


def test_full_width_digits_from_an_input_method_all_reach_the_cell(qtbot, db_path: Path):
    window = open_window(qtbot, db_path)
    start_report(qtbot, window)
    click_section(qtbot, window, "section:applications")
    type_cell(qtbot, window, "t3.new.natural", "5")
    editor = window.wizard.current_page().editor
    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.cell_rect("t3.new.natural").center())
    commit("１２３")  # the first character opens the cell; it must not be dropped on the way
    with qtbot.waitSignal(editor.edited, timeout=3000):
        press(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert shown(window, "t3.new.natural") == "123"
    close_window(window)
    assert stored(db_path).value("t3.new.natural") == "123"


def test_a_too_long_version_name_is_asked_again_as_typed(qtbot, db_path: Path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLineEdit, QMessageBox

    from disclosure_desktop.gui.dialogs.version_name import VersionNameDialog

    window = open_window(qtbot, db_path)
    start_report(qtbot, window, "welcome_example")
    long_name = "报送上级机关" * 10  # 60 characters; a version name holds 50
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, VersionNameDialog):
            field = box.findChild(QLineEdit)
            asked.append(field.text())
            if len(asked) == 1:
                field.setText(long_name)
            else:  # the second time round the clerk shortens what is there
                field.setText(field.text()[:6])
            box.accept()
        elif isinstance(box, QMessageBox):
            asked.append("message: " + box.text())
            box.accept()
        if len(asked) < 3:
            QTimer.singleShot(30, answer)

    QTimer.singleShot(30, answer)
    window.versions.save_version()  # Report ▸ Save a version… (Ctrl+Shift+S)
    qtbot.waitUntil(lambda: "报送上级机关" in window.statusBar().currentMessage(), timeout=5000)
    assert asked[0] == ""
    assert asked[1].startswith("message: ") and "50" in asked[1]
    assert asked[2] == long_name  # asked again with what was typed, not an empty box
    report_id = window.session.report.id
    [version] = window.store.call_and_wait(lambda s: s.versions(report_id))
    assert version.name == "报送上级机关"
