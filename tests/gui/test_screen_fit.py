"""Every window opens inside the screen it opens on: the main window's geometry saved on a larger screen (1366×768,
maximised or not) brought back on a 1024×700 one, dialogs whose preferred size is larger than the screen, and the
preview's shown or folded state kept from one start to the next."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialog

from disclosure_desktop.gui.widgets.screen_fit import available_area, fit_rect, keep_on_screen
from tests.helpers.window import close_window, open_window, start_report

# One run of the window on a screen of the given size: restore what was saved (if anything), show it as asked,
# print where it is, close it (which saves its geometry).
_RUN = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
QCoreApplication.setOrganizationName("disclosure-desktop-tests")
QCoreApplication.setApplicationName("disclosure-desktop-tests")
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
app = QApplication([])
from disclosure_desktop.gui.window.main_window import MainWindow
window = MainWindow(Path(sys.argv[2]))
how = sys.argv[3]
if how == "maximised":
    window.showMaximized()
elif how == "large":
    window.show()
    window.setGeometry(0, 0, 1360, 860)  # as a window manager lets a window be dragged larger than the screen
else:
    window.show()
for _ in range(5):
    app.processEvents()
where = {"frame": window.frameGeometry().getRect(), "available": window.screen().availableGeometry().getRect(),
         "maximised": window.isMaximized()}
window.showNormal()
for _ in range(5):
    app.processEvents()
where["normal"] = window.frameGeometry().getRect()
print(json.dumps(where))
window.close()
"""


def run_on_screen(tmp_path: Path, width: int, height: int, how: str) -> dict:
    screen = tmp_path / f"screen-{width}x{height}.json"
    screen.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    done = subprocess.run([sys.executable, "-c", _RUN, str(tmp_path / "settings"), str(tmp_path / "r.sqlite"), how],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def inside(rect: list[int], area: list[int]) -> bool:
    return QRect(*area).contains(QRect(*rect))


def test_a_window_saved_maximised_on_a_larger_screen_opens_inside_a_small_one(tmp_path):
    big = run_on_screen(tmp_path, 1366, 768, "maximised")
    assert big["maximised"] and big["available"] == [0, 0, 1366, 768]
    small = run_on_screen(tmp_path, 1024, 700, "as saved")
    assert small["available"] == [0, 0, 1024, 700]
    assert inside(small["frame"], small["available"]), small
    assert inside(small["normal"], small["available"]), small  # restored from maximised, too


def test_a_window_larger_than_its_screen_comes_back_inside_a_small_one(tmp_path):
    big = run_on_screen(tmp_path, 1366, 768, "large")
    assert big["frame"][3] > 768  # saved taller than even that screen
    small = run_on_screen(tmp_path, 1024, 700, "as saved")
    assert inside(small["frame"], small["available"]) and inside(small["normal"], small["available"]), small


def test_fit_rect_shrinks_and_moves_into_the_area():
    area = QRect(0, 0, 1024, 700)
    assert fit_rect(QRect(0, 0, 1360, 860), area) == QRect(0, 0, 1024, 700)
    assert fit_rect(QRect(900, 600, 400, 300), area) == QRect(624, 400, 400, 300)
    assert fit_rect(QRect(-50, -10, 300, 200), area) == QRect(0, 0, 300, 200)
    assert fit_rect(QRect(10, 10, 300, 200), area) == QRect(10, 10, 300, 200)


def test_a_dialog_larger_than_the_screen_is_shown_inside_it(qtbot):
    dialog = keep_on_screen(QDialog())
    qtbot.addWidget(dialog)
    area = available_area(dialog)
    dialog.resize(area.width() + 500, area.height() + 400)
    dialog.move(area.right() - 100, area.bottom() - 100)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert area.contains(dialog.frameGeometry()), (dialog.frameGeometry(), area)


def test_every_dialog_of_the_program_keeps_on_screen(qtbot, db_path):
    from disclosure_desktop.gui.dialogs.about import AboutDialog
    from disclosure_desktop.gui.dialogs.help_viewer import HelpViewer
    from disclosure_desktop.gui.dialogs.importing import ImportDialog
    from disclosure_desktop.gui.dialogs.settings import SettingsDialog
    from disclosure_desktop.gui.dialogs.shortcuts import ShortcutsDialog
    from disclosure_desktop.gui.dialogs.sign import SignDialog
    from disclosure_desktop.gui.dialogs.versions import VersionsDialog

    window = open_window(qtbot, db_path)
    area = available_area(window)
    for dialog in (VersionsDialog("t", window), ImportDialog(window), SettingsDialog(window), HelpViewer(window),
                   AboutDialog(db_path, window), ShortcutsDialog(window.menus, window), SignDialog(window)):
        dialog.resize(3000, 3000)
        dialog.show()
        QApplication.processEvents()
        assert area.contains(dialog.frameGeometry()), (type(dialog).__name__, dialog.frameGeometry(), area)
        dialog.close()
    close_window(window)


def test_the_preview_folded_with_f9_stays_folded_after_a_restart(qtbot, db_path):
    window = open_window(qtbot, db_path)
    start_report(qtbot, window, "welcome_example")
    window.resize(1366, 768)
    QApplication.processEvents()
    assert window.area.preview.isVisible()
    window.menus.preview.trigger()  # F9
    QApplication.processEvents()
    assert not window.area.preview.isVisible()
    close_window(window)

    again = open_window(qtbot, db_path)
    again.resize(1366, 768)
    qtbot.waitUntil(lambda: again.session is not None, timeout=5000)  # the last report, reopened
    QApplication.processEvents()
    assert not again.area.preview.isVisible() and not again.menus.preview.isChecked()
    again.menus.preview.trigger()
    QApplication.processEvents()
    assert again.area.preview.isVisible()
    close_window(again)

    third = open_window(qtbot, db_path)
    third.resize(1366, 768)
    qtbot.waitUntil(lambda: third.session is not None, timeout=5000)
    QApplication.processEvents()
    assert third.area.preview.isVisible()
    close_window(third)
