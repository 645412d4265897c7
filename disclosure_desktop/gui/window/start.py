"""The window's start: language, look, one window per database, the log and its error dialog, then the main
window on screen — its database opens on the database thread once the window shows."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from disclosure_desktop import messages, options
from disclosure_desktop.gui.dialogs.error import failure_box
from disclosure_desktop.gui.window.appearance import apply_appearance, install_translators
from disclosure_desktop.gui.window.main_window import MainWindow
from disclosure_desktop.gui.window.shared_control import remembered
from disclosure_desktop.paths import APP_NAME, database_target
from disclosure_desktop.runtime import failure_hooks
from disclosure_desktop.runtime.single_instance import BUSY, FORWARDED, SingleInstance
from disclosure_desktop.runtime.terminate import TerminationWatch

APP_ID = "org.disclosure_desktop.DisclosureDesktop"


def report_failure(where: str, why: str) -> None:
    """An exception nobody caught (a slot that raised): logged already; said in the clerk's words here."""
    parent = QApplication.activeWindow()
    what = QCoreApplication.translate("ErrorDialog", "The program stopped what it was doing because of a fault "
                                                     "(in %1).").replace("%1", where or "?")
    failure_box(parent, what, why, program_fault=True).exec()


def run(app: QApplication, db: Path | str | None, lang: str | None) -> int:
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    # Wayland and the docks match the window to packaging/linux/<id>.desktop (its name and icon) by this id.
    app.setDesktopFileName(APP_ID)
    chosen = lang or str(QSettings().value("language", "") or "") or messages.current_language()
    messages.set_language(chosen)
    install_translators(app, messages.current_language())
    apply_appearance(app)
    options.apply_to_core()  # the export faces the clerk chose
    failure_hooks.install(report_failure)

    # --db, else $DISCLOSURE_DESKTOP_DB, else the shared database last connected to (and not left), else the file.
    target = database_target(remembered(db))
    instance = SingleInstance(target) if isinstance(target, Path) else None
    # A server's database is written by many programs at once (revision-checked): no guard of one window per file.
    claim = instance.acquire() if instance is not None else None
    if claim == FORWARDED:  # the window already open on this database came forward instead
        print(messages.message("app.forwarded", path=target), file=sys.stderr)
        return 0
    if claim == BUSY and instance is not None:
        QMessageBox.critical(None, "disclosure-desktop", messages.message("app.busy", path=target,
                                                                          holder=instance.holder()))
        return 2

    window = MainWindow(target)
    if instance is not None:
        instance.activated.connect(window.bring_forward)
        window.ready.connect(instance.claim_known)  # the file exists now, with its id: hold it by what it is
    watch = TerminationWatch(window.terminate)
    window.show()
    QTimer.singleShot(0, window.start)
    try:
        return app.exec()
    finally:
        watch.stop()
        if instance is not None:
            instance.release()
        failure_hooks.uninstall()

