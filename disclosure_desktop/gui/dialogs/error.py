"""Says what failed in the clerk's words — and, when it was a fault of the program, that the details are in the
log, with a button that opens its folder (Help ▸ Open the log folder does the same)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from disclosure_desktop import paths
from disclosure_desktop.runtime import logs
from disclosure_desktop.runtime.store_thread import expected


def open_log_folder() -> None:
    where = logs.log_path()
    folder = where.parent if where is not None else paths.log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def headline(what: str) -> str:
    """"Export the report could not be done." — what the clerk asked for, and that it did not happen."""
    if not what:
        return QCoreApplication.translate("ErrorDialog", "The program could not finish what it was doing.")
    return QCoreApplication.translate("ErrorDialog", "%1 could not be done.").replace("%1", what)


def failure_box(parent: QWidget | None, what: str, why: str, *, program_fault: bool) -> QMessageBox:
    """The message box for a failure: `what` failed (already a sentence), `why` (in the clerk's words)."""
    box = QMessageBox(QMessageBox.Icon.Critical if program_fault else QMessageBox.Icon.Warning,
                      QGuiApplication.applicationDisplayName() or "disclosure-desktop", "", parent=parent)
    box.setObjectName("errorDialog")
    box.setText(what)
    if program_fault:
        where = logs.log_path()
        note = QCoreApplication.translate(
            "ErrorDialog", "This is a fault of the program, not of your report; nothing you typed is lost. The "
            "details are in the log%1 — please send it to whoever supports the program.")
        box.setInformativeText(f"{why}\n\n{note.replace('%1', f' ({where})' if where else '')}")
        button = box.addButton(QCoreApplication.translate("ErrorDialog", "Open the &log folder"),
                               QMessageBox.ButtonRole.HelpRole)
        button.clicked.disconnect()  # a help-role button would close the box; the clerk may want both
        button.clicked.connect(open_log_folder)
    else:
        box.setInformativeText(why)
    box.addButton(QMessageBox.StandardButton.Ok)
    return box


def show_failure(parent: QWidget | None, what: str, error: Exception | str) -> None:
    """Say a failure (an error from the database thread, an exporter, a slot) and wait for the clerk's OK.

    A failure the clerk can act on (a full disk, a locked file, bad data) is a plain message: what failed and why.
    A fault of the program also says that the details are in the log, and offers its folder.
    """
    if isinstance(error, str) or expected(error):
        title = parent.windowTitle() if parent is not None else "disclosure-desktop"
        QMessageBox.critical(parent, title, f"{headline(what)}\n{error}" if what else str(error))
        return
    why = QCoreApplication.translate("ErrorDialog", "%1 (%2)").replace(
        "%1", str(error) or type(error).__name__).replace("%2", type(error).__name__)
    failure_box(parent, headline(what), why, program_fault=True).exec()
