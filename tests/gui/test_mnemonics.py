"""No two things answer the same Alt+letter: in the main window (its menu bar with the welcome page, the report list
and every wizard page in turn), in each of its menus, and in every dialog (each tab of it in turn), in Chinese and
in English. Qt treats a clash as "ambiguous" and only moves the focus between the two, so 完成(F) would never
finish while 修正(F) is on the same page.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

from disclosure_desktop.domain.report import Cell
from tests.helpers.paths import FIXTURES
from tests.helpers.window import close_window, open_window, start_report


def mnemonic(text: str) -> str:
    """"Alt+E" for 「导出(&E)」 or "&Export", "" for a text without one (「A && B」 has none)."""
    return QKeySequence.mnemonic(text).toString()


def window_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Every mnemonic that is live in `window` as it is shown now, with what carries it."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: QWidget | str) -> None:
        key = mnemonic(text)
        if key:
            where = what if isinstance(what, str) else f"{type(what).__name__}#{what.objectName()}"
            found[key].append(f"{where} {text!r}")

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text(), "menu")
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            add(widget.text(), widget)
        elif isinstance(widget, QGroupBox):
            add(widget.title(), widget)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    add(widget.tabText(i), widget)
    return dict(found)


def clashes(found: dict[str, list[str]]) -> dict[str, list[str]]:
    return {key: where for key, where in found.items() if len(where) > 1}


def menu_clashes(menu: QMenu) -> dict[str, list[str]]:
    """Clashes among a menu's own entries, and in each of its submenus."""
    found: dict[str, list[str]] = defaultdict(list)
    bad: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator():
            key = mnemonic(action.text())
            if key:
                found[key].append(f"{menu.title()} ▸ {action.text()}")
        if action.menu() is not None:
            bad |= menu_clashes(action.menu())
    return bad | clashes(found)


def dialog_clashes(dialog: QWidget) -> dict[str, list[str]]:
    """Shown as it opens and then on each of its tabs."""
    dialog.show()
    QApplication.processEvents()
    bad = clashes(window_mnemonics(dialog))
    for tabs in dialog.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            bad |= {f"{k} (tab {tabs.tabText(i)})": v for k, v in clashes(window_mnemonics(dialog)).items()}
    dialog.close()
    return bad


def test_the_walk_finds_a_clash(qtbot):
    """It can fail: two buttons with the same letter are found, a hidden one and a doubled && are not."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    buttons = [QPushButton(t) for t in ("修正(&F)", "完成(&F)", "&Fold", "A && B", "&Back")]
    for button in buttons:
        layout.addWidget(button)
    buttons[2].hide()
    assert clashes(window_mnemonics(host)) == {"Alt+F": ["QPushButton# '修正(&F)'", "QPushButton# '完成(&F)'"]}


def test_no_clash_in_the_main_window_its_pages_and_menus(qtbot, db_path, ui_language):
    window = open_window(qtbot, db_path)
    bad = {f"welcome {k}": v for k, v in clashes(window_mnemonics(window)).items()}
    start_report(qtbot, window, "welcome_example")
    # Problems on the review page bring its Fix, Acknowledge and Take back buttons out.
    window.session.edits.enter_cells({"t3.new.natural": "61"})
    window.checks.run_now()
    pages = window.wizard.pages()
    for index, page in enumerate(pages):
        window.wizard.set_current(index)
        QApplication.processEvents()
        bad |= {f"{page.key} {k}": v for k, v in clashes(window_mnemonics(window)).items()}
    assert window.review.fix_button.isVisible() and window.wizard.finish_button.isVisible()
    for action in window.menuBar().actions():
        bad |= menu_clashes(action.menu())
    window.show_reports()
    qtbot.waitUntil(window.reports.open_button.isVisible, timeout=5000)  # listed on the database thread
    bad |= {f"report list {k}": v for k, v in clashes(window_mnemonics(window)).items()}
    close_window(window)
    assert not bad, bad


def test_no_clash_in_any_dialog(qtbot, db_path, ui_language):
    from disclosure_desktop.domain.checks.engine import check_report
    from disclosure_desktop.gui.dialogs.about import AboutDialog
    from disclosure_desktop.gui.dialogs.acknowledge import AcknowledgeDialog
    from disclosure_desktop.gui.dialogs.backup import BackupDialog
    from disclosure_desktop.gui.dialogs.export import ExportDialog
    from disclosure_desktop.gui.dialogs.fee import FeeDialog
    from disclosure_desktop.gui.dialogs.help_viewer import HelpViewer
    from disclosure_desktop.gui.dialogs.importing import ImportDialog
    from disclosure_desktop.gui.dialogs.settings import SettingsDialog
    from disclosure_desktop.gui.dialogs.shortcuts import ShortcutsDialog
    from disclosure_desktop.gui.dialogs.sign import SignDialog
    from disclosure_desktop.gui.dialogs.version_name import VersionNameDialog
    from disclosure_desktop.gui.dialogs.versions import VersionsDialog
    from disclosure_desktop.workflows.example_report import example_report

    report = example_report()
    report.cells["t3.new.natural"] = Cell("61")  # the export dialog lists the errors and asks to confirm
    problems = check_report(report)
    warning = next(p for p in problems if not p.is_error) if any(not p.is_error for p in problems) else problems[0]
    window = open_window(qtbot, db_path)
    importer = ImportDialog(window)
    with qtbot.waitSignal(importer.loaded, timeout=15000):
        importer.open_file(FIXTURES / "full_report_2021.json")  # its tabs of what was read
    dialogs = [ExportDialog(report, problems, window), importer, VersionsDialog(report.display_title, window),
               BackupDialog(db_path, window), BackupDialog(db_path, window, damaged="test"), SettingsDialog(window),
               HelpViewer(window), AboutDialog(db_path, window), AcknowledgeDialog(warning, window),
               FeeDialog(window), ShortcutsDialog(window.menus, window), SignDialog(window),
               VersionNameDialog("", window)]
    assert dialogs[0].confirm is not None and importer.tabs.count() > 1
    bad = {}
    for dialog in dialogs:
        bad |= {f"{type(dialog).__name__} {k}": v for k, v in dialog_clashes(dialog).items()}
    close_window(window)
    assert not bad, bad


def test_generated_letters_skip_those_taken():
    """The settings' forms get their letters from the declared English titles, in either language."""
    from disclosure_desktop.gui.widgets.accessible import plain_label, with_mnemonic

    used = {"a"}
    assert with_mnemonic("Agency name", "Agency name", used) == "Agency &name"
    assert with_mnemonic("Kind of agency", "机关类型", used) == "机关类型(&K)"
    assert with_mnemonic("Contact", "Contact", used) == "&Contact"
    assert used >= {"a", "n", "k"}
    assert plain_label("报告年度(&Y)：") == "报告年度" and plain_label("Report &year:") == "Report year"


def test_every_label_and_button_of_the_small_dialogs_has_its_letter(qtbot, ui_language):
    """The version name and 签发 dialogs: no field or button that only the mouse reaches."""
    from PySide6.QtWidgets import QLineEdit

    from disclosure_desktop.gui.dialogs.sign import SignDialog
    from disclosure_desktop.gui.dialogs.version_name import VersionNameDialog

    for dialog in (SignDialog(), VersionNameDialog()):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        missing = [w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisible() and not mnemonic(w.text())]
        labels = [w for w in dialog.findChildren(QLabel) if w.buddy() is not None]
        missing += [w.text() for w in labels if not mnemonic(w.text())]
        fields = [w for w in dialog.findChildren(QLineEdit) if w.isVisible() and w.parent() is dialog]
        assert all(any(label.buddy() is field for label in labels) for field in fields), type(dialog).__name__
        assert not missing, (type(dialog).__name__, missing)
        assert not clashes(window_mnemonics(dialog)), type(dialog).__name__
        dialog.close()
