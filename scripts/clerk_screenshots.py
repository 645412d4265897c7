"""Screenshots of what issue 20 changed for the clerk (docs/clerk/after/*.png), and the same moments taken from the
code before it (docs/clerk/before/*.png), in Chinese and English at 1366x768 and 1024x700.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/clerk_screenshots.py            # this checkout → after
    SOURCE=/tmp/main OUT=docs/clerk/before .venv/bin/python scripts/clerk_screenshots.py   # an export of main

Each moment is shot the same way on both: a step the older code cannot take is left out there (its picture is
then missing, or shows what the older code did instead).
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(os.environ.get("SOURCE") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice, QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402
from screenshot_run import run_per_language, started_window, wait  # noqa: E402

from disclosure_desktop import messages  # noqa: E402
from disclosure_desktop.domain import jsonio  # noqa: E402
from disclosure_desktop.domain.report import Cell  # noqa: E402
from disclosure_desktop.resource_files import resource_path  # noqa: E402

SIZES = [(int(w), int(h)) for w, h in (s.split("x") for s in os.environ.get("SIZES", "1366x768 1024x700").split())]
OUT = Path(os.environ.get("OUT") or Path(__file__).resolve().parent.parent / "docs" / "clerk" / "after")


def settle(rounds: int = 8) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def save(pixmap: QPixmap, name: str) -> None:
    """A 256-colour PNG, its palette chosen from the picture (median cut, no dither): a fifth of the size of a
    true-colour one with the form's colours kept — Qt's own Indexed8 conversion maps its pale greys and blues to a
    fixed palette's cyan."""
    path = OUT / f"{name}.png"
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.toImage().save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGB")
    picture.quantize(256, Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(path, optimize=True)
    print(path)


def on_screen(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window with a dialog over it, where a window manager centres it."""
    canvas = window.grab()
    shot = dialog.grab()
    painter = QPainter(canvas)
    painter.fillRect(canvas.rect(), QColor(0, 0, 0, 40))
    painter.drawPixmap(max(0, (canvas.width() - shot.width()) // 2), max(0, (canvas.height() - shot.height()) // 2),
                       shot)
    painter.end()
    return canvas


def when_modal(kind: type, act) -> None:
    """Act on the next modal dialog of `kind` from the event loop (exec() blocks the caller)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(30, poll)

    QTimer.singleShot(30, poll)


def shot(name: str):
    """Run one moment; a moment the older code cannot reach says why and the rest go on."""

    def wrap(function):
        def run(*args):
            try:
                function(*args)
            except Exception:
                print(f"-- {name}: not shot", file=sys.stderr)
                traceback.print_exc()
                modal = QApplication.activeModalWidget()
                while modal is not None:
                    modal.close()
                    settle()
                    modal = QApplication.activeModalWidget()
        return run

    return wrap


def example_with_problems():
    report = jsonio.loads(resource_path("examples", "example-gov-2021.json").read_text("utf-8"))
    report.sections["overall"] = report.sections["overall"].replace(
        "全年新收政府信息公开申请74件", "全年新收政府信息公开申请 75 件")
    report.sections["preamble"] = report.sections["preamble"].replace("示例县人民政府门户网站", "XX门户网站")
    report.cells["t3.r.partial.natural"] = Cell("6")  # one more than the total says
    return report


@shot("f8 on a figure in the text")
def f8_text(window, tag: str) -> None:
    window.area.go_to_page("start")
    settle()
    for _ in range(12):
        window.menus.next_problem.trigger()
        settle()
        page = window.wizard.current_page()
        if page.key == "section:overall":
            break
    save(window.grab(), f"f8-text-{tag}")


@shot("table 四's headers")
def table4(window, tag: str) -> None:
    window.area.go_to_page("section:review_litigation")
    settle()
    save(window.grab(), f"table4-headers-{tag}")


@shot("review page")
def review(window, tag: str) -> None:
    window.area.go_to_page("review")
    settle()
    save(window.grab(), f"review-{tag}")


@shot("paste note")
def paste(window, tag: str) -> None:
    window.area.go_to_page("section:applications")
    settle()
    editor = window.wizard.current_page().editor
    editor.focus_cell("t3.carried_in.natural")
    settle()
    editor.paste_text("3\t0\t0\t0\t0\t0\t9")  # the sheet's 总计 says 9, its items add up to 3
    settle()
    save(window.grab(), f"paste-{tag}")
    window.undo()
    settle()


@shot("table 二's hint")
def hint(window, tag: str) -> None:
    window.area.go_to_page("section:proactive")
    settle()
    save(window.grab(), f"hint-table2-{tag}")


@shot("a cell left open")
def open_cell(window, tag: str) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QKeyEvent

    window.area.go_to_page("section:applications")
    settle()
    editor = window.wizard.current_page().editor
    editor.focus_cell("t3.new.research")
    window.activateWindow()
    settle()
    for digit in "7":
        target = QApplication.focusWidget() or editor.view  # never None: Qt crashes on an event sent to None
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(target, QKeyEvent(kind, Qt.Key(ord(digit)), Qt.KeyboardModifier.NoModifier,
                                                         digit))
    settle()
    import time

    end = time.monotonic() + 2.5  # the pause, and the write after it
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)
    save(window.grab(), f"open-cell-{tag}")
    target = QApplication.focusWidget()
    if target is not None:
        QCoreApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape,
                                                      Qt.KeyboardModifier.NoModifier))
    settle()


@shot("export dialog, Word")
def export_word(window, tag: str) -> None:
    from disclosure_desktop.gui.dialogs.export import ExportDialog

    def act(dialog) -> None:
        button = next(b for b in dialog.format_buttons.buttons() if b.objectName() == "format_docx")
        button.setChecked(True)
        settle()
        save(on_screen(window, dialog), f"export-word-{tag}")
        dialog.reject()

    when_modal(ExportDialog, act)
    window.export_report()
    settle()


@shot("sign and version-name dialogs")
def small_dialogs(window, tag: str) -> None:
    from disclosure_desktop.gui.dialogs.sign import SignDialog

    dialog = SignDialog(window)
    dialog.show()
    settle()
    save(on_screen(window, dialog), f"sign-dialog-{tag}")
    dialog.close()
    try:
        from disclosure_desktop.gui.dialogs.version_name import VersionNameDialog
    except ImportError:
        from PySide6.QtWidgets import QInputDialog

        def act(box) -> None:
            save(on_screen(window, box), f"version-name-{tag}")
            box.reject()

        when_modal(QInputDialog, act)
        window.versions.save_version()
        return
    named = VersionNameDialog("", window)
    named.show()
    settle()
    save(on_screen(window, named), f"version-name-{tag}")
    named.close()


@shot("versions dialog after a restore")
def versions_restore(window, tag: str) -> None:
    from disclosure_desktop.gui.dialogs.versions import VersionsDialog

    def act(dialog) -> None:
        try:
            restore_in(dialog)
        except Exception:
            traceback.print_exc()
        dialog.reject()

    def restore_in(dialog) -> None:
        dialog.name_edit.setText("报送上级前" if messages.current_language() == "zh" else "sent up")
        settle(40)  # the list of versions, read on the database thread
        rows = dialog.table.rowCount()
        dialog.snapshot_button.click()
        wait(lambda: dialog.table.rowCount() > rows)
        window.session.edits.enter_cells({"t3.new.natural": "706"})
        settle()
        dialog.table.selectRow(0)  # the newest: the version just saved
        dialog.compare_button.click()
        wait(lambda: "706" in dialog.view.toPlainText())

        def confirm() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                box.button(QMessageBox.StandardButton.Yes).click()
            else:
                QTimer.singleShot(30, confirm)

        QTimer.singleShot(30, confirm)
        dialog.restore_button.click()
        wait(lambda: window.session.report.value("t3.new.natural") != "706")
        wait(lambda: dialog.table.rowCount() >= 2)
        settle(30)
        save(on_screen(window, dialog), f"versions-restore-{tag}")

    when_modal(VersionsDialog, act)
    window.versions.open_versions()
    settle()


@shot("完成")
def finish(window, tag: str) -> None:
    window.area.go_to_page("review")
    settle()
    try:
        from disclosure_desktop.gui.dialogs.finish import FinishDialog
    except ImportError:  # the older code goes straight to the list
        window.wizard.finish_button.click()
        wait(lambda: window.stack.currentWidget() is window.reports)
        settle(20)
        save(window.grab(), f"finish-{tag}")
        return

    def act(dialog) -> None:
        settle()
        save(on_screen(window, dialog), f"finish-{tag}")
        dialog.stay_button.click()

    when_modal(FinishDialog, act)
    window.wizard.finish_button.click()
    settle()


@shot("Help menu")
def help_menu(window, tag: str) -> None:
    menu = window.menus.help
    menu.popup(window.mapToGlobal(QPoint(window.width() - 300, 30)))
    settle()
    canvas = window.grab()
    painter = QPainter(canvas)
    painter.drawPixmap(window.width() - 300, 30, menu.grab())
    painter.end()
    save(canvas, f"help-menu-{tag}")
    menu.hide()


@shot("the guide at table 三's first row")
def guide(window, tag: str) -> None:
    from disclosure_desktop.gui.dialogs.help_viewer import HelpViewer

    window.area.go_to_page("section:applications")
    window.wizard.current_page().editor.focus_cell("t3.new.natural")
    settle()
    window.menus.guide.trigger()
    settle()
    viewer = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HelpViewer) and w.isVisible())
    settle()
    save(on_screen(window, viewer), f"guide-t3-{tag}")
    viewer.close()


@shot("the source legend")
def legend(window, tag: str) -> None:
    window.area.go_to_page("section:applications")
    settle()
    widget = window.wizard.current_page().legend
    save(widget.grab(), f"legend-{tag}")


def preview_after_restart(db_path: Path, lang: str, size: tuple[int, int]) -> None:
    """F9 folds the preview; the program is closed and started again on the same settings."""
    window = started_window(db_path)
    wait(lambda: window.session is not None)
    window.resize(*size)
    settle()
    window.area.go_to_page("section:overall")
    settle()
    if window.area.preview.isVisible():
        window.menus.preview.trigger()
        settle()
    window.close()
    settle()
    again = started_window(db_path)
    wait(lambda: again.session is not None)
    again.resize(*size)
    settle(20)
    save(again.grab(), f"preview-after-restart-{lang}-{size[0]}x{size[1]}")
    again.close()
    settle()


def shoot(lang: str) -> None:
    from disclosure_desktop.gui.window.appearance import apply_appearance, install_translators
    from disclosure_desktop.storage.database import Database
    from disclosure_desktop.storage.repository import ReportStore

    app = QApplication.instance()
    messages.set_language(lang)
    install_translators(app, lang)
    apply_appearance(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "reports.sqlite"
        with Database.open(db_path) as db:
            rid = ReportStore(db).create(example_with_problems())
        window = started_window(db_path)
        window.open_report(rid, "start")
        wait(lambda: window.session is not None and window.checks is not None)
        window.checks.run_now()
        for width, height in SIZES:
            window.resize(width, height)
            settle()
            tag = f"{lang}-{width}x{height}"
            for moment in (f8_text, table4, review, paste, hint, open_cell, export_word, small_dialogs,
                           versions_restore, finish, help_menu, guide, legend):
                if window.session is None:  # 完成 on the older code left the report
                    window.open_report(rid, "start")
                    wait(lambda: window.session is not None)
                    window.resize(width, height)
                    settle()
                moment(window, tag)
        window.close()
        settle()
        for size in SIZES:
            try:
                preview_after_restart(db_path, lang, size)
            except Exception:
                traceback.print_exc()


def main() -> None:
    run_per_language(__file__, shoot)


if __name__ == "__main__":
    main()
