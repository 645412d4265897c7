"""Smoke test of an installed program (CI runs it with the Python of a clean virtual environment, outside the
checkout): the real start-up (`disclosure_desktop.app.main`) offscreen, then as a clerk would — New report (its
key), type the agency, Export (its key) to a PDF through the export dialog, close the window. Checks that the
program came from the installation, that its UI and Qt's own dialogs speak the language asked for, and that the
PDF holds the agency's name.

    python packaging/smoke_gui.py OUT_FOLDER [zh_CN|en_US]
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
AGENCY = "冒烟测试县人民政府办公室"
TIMEOUT_S = 90


def fail(text: str) -> None:
    print(f"smoke: FAILED: {text}", file=sys.stderr)
    os._exit(1)  # from inside Qt's event loop: no clean-up can hang the run


def main() -> int:
    out = Path(sys.argv[1]).resolve()
    lang = sys.argv[2] if len(sys.argv) > 2 else "zh_CN"
    out.mkdir(parents=True, exist_ok=True)
    os.environ["DISCLOSURE_DESKTOP_DB"] = str(out / "reports.sqlite")
    os.environ["XDG_CONFIG_HOME"] = str(out / "config")  # the settings of this run only
    os.environ["XDG_DATA_HOME"] = str(out / "data")

    import disclosure_desktop

    here = Path(disclosure_desktop.__file__).resolve()
    checkout = Path(__file__).resolve().parent.parent
    if checkout in here.parents or Path(sys.prefix).resolve() not in here.parents:
        fail(f"disclosure_desktop was imported from {here}, not from the installation in {sys.prefix}")
    print(f"smoke: program from {here.parent}")

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QApplication, QLineEdit

    from disclosure_desktop.app import main as program

    app = QApplication([sys.argv[0]])
    pdf = out / "smoke.pdf"
    started = time.monotonic()
    state = {"step": "window"}

    def action(shortcut: QKeySequence) -> QAction | None:
        window = main_window()
        for candidate in window.findChildren(QAction) if window else []:
            if candidate.shortcut() == shortcut and candidate.isEnabled():
                return candidate
        return None

    def main_window():
        return next((w for w in app.topLevelWidgets() if w.inherits("QMainWindow") and w.isVisible()), None)

    def step() -> None:
        if time.monotonic() - started > TIMEOUT_S:
            fail(f"no progress at step {state['step']} within {TIMEOUT_S} s")
        window = main_window()
        current = state["step"]
        if current == "window" and window is not None:
            # The window is up at once; the database opens behind it and then shows the list (`ready`; a
            # window that signalled before this connected is taken as ready after 10 s).
            state["step"] = "ready"
            window.ready.connect(lambda: state.update(ready=True))
        elif current == "ready" and (state.get("ready") or time.monotonic() - started > 10):
            new = action(QKeySequence(QKeySequence.StandardKey.New))
            if new is not None:
                check_language(window)
                new.trigger()
                state["step"] = "agency"
        elif current == "agency":
            agency = window.findChild(QLineEdit, "agencyEdit") if window else None
            if agency is not None and agency.isVisible():
                from PySide6.QtGui import QInputMethodEvent

                agency.setFocus()
                for char in AGENCY:  # as a Pinyin IME commits it
                    event = QInputMethodEvent()
                    event.setCommitString(char)
                    QCoreApplication.sendEvent(agency, event)
                agency.editingFinished.emit()
                state["step"] = "export"
        elif current == "export":
            export = action(QKeySequence("Ctrl+E"))
            if export is not None:
                state["step"] = "dialog"
                QTimer.singleShot(0, export.trigger)  # exec() of the dialog blocks: drive it from the timer
        elif current == "dialog":
            dialog = QApplication.activeModalWidget()
            if dialog is not None and dialog.inherits("QDialog") and hasattr(dialog, "path_edit"):
                pdf_button = next(b for b in dialog.format_buttons.buttons() if b.property("format_id") == "pdf")
                pdf_button.setChecked(True)
                dialog.path_edit.setText(str(pdf))
                dialog.open_folder.setChecked(False)
                if dialog.confirm is not None:  # a new report has errors: the clerk exports anyway
                    dialog.confirm.setChecked(True)
                dialog.export_button.click()
                state["step"] = "close"
        elif current == "close" and pdf.exists() and QApplication.activeModalWidget() is None:
            window.close()
            state["step"] = "done"
            return
        QTimer.singleShot(100, step)

    def check_language(window) -> None:
        english = lang.lower().startswith("en")
        title = window.windowTitle()
        if english != title.isascii():
            fail(f"the window title {title!r} is not in {lang}")
        look_in = QCoreApplication.translate("QFileDialog", "Look in:")
        if (look_in == "Look in:") != english:
            fail(f"Qt's own file dialog would read {look_in!r} in {lang}")
        print(f"smoke: window {title!r}, file dialog {look_in!r}")

    QTimer.singleShot(0, step)
    code = program(["--lang", lang])
    if state["step"] != "done":
        fail(f"the program ended (status {code}) at step {state['step']}")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    if AGENCY not in text.replace("\n", ""):
        fail(f"the exported PDF does not name {AGENCY}")
    print(f"smoke: exported {pdf} ({pdf.stat().st_size} bytes) with the agency's name; status {code}")
    return code


if __name__ == "__main__":
    sys.exit(main())
