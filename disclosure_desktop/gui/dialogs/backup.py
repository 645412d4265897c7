"""The 备份 dialog: where the backups are, which there are, and restore from a chosen one — also at start, when
the database cannot be opened, where it performs the restore itself (nothing else has the file open then)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.gui.widgets.list_table import list_table
from disclosure_desktop.gui.widgets.screen_fit import keep_on_screen, preferred_size
from disclosure_desktop.storage import backup_files as backups
from disclosure_desktop.storage.errors import DatabaseError


class BackupDialog(QDialog):
    backup_requested = Signal()  # take a backup now (the window runs it on the database thread)
    restore_requested = Signal(str)  # put this backup in place (the window closes the database first)

    def __init__(self, db_path: Path, parent: QWidget | None = None, *, damaged: str = "") -> None:
        """`damaged`: the reason the database could not be opened; the dialog then restores by itself."""
        super().__init__(parent)
        keep_on_screen(self)  # never larger than the screen, never off it
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Backups"))
        preferred_size(self, 760, 480)
        self.db_path = Path(db_path)
        self.direct = bool(damaged)
        self.restored_from: Path | None = None
        self.set_aside: Path | None = None

        layout = QVBoxLayout(self)
        if damaged:
            problem = QLabel(self.tr("The database cannot be used:") + "\n" + damaged, objectName="damagedNote")
            problem.setWordWrap(True)
            layout.addWidget(problem)
            advice = QLabel(self.tr("Choose a backup to put in its place. The damaged file is kept in the backup "
                                    "folder, unchanged."))
            advice.setWordWrap(True)
            layout.addWidget(advice)
        where = QLabel(self.tr("Backups are kept in %1. One is made when you close the program after a change "
                               "(at most one a day), before every upgrade of the database and when you ask; each is "
                               "checked before it counts. Copy one to a USB stick now and then: a backup on the "
                               "same disk does not survive the disk.").replace("%1", str(backups.folder(db_path))),
                       objectName="backupFolderNote")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)

        self.table = list_table("backupTable", [self.tr("Taken"), self.tr("Why"), self.tr("Size")], 1)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        self.open_folder_button = QPushButton(self.tr("Open the &folder"), objectName="openBackupFolder")
        self.backup_button = QPushButton(self.tr("Back up &now"), objectName="backupNowButton")
        self.restore_button = QPushButton(self.tr("&Restore the selected backup…"), objectName="restoreBackupButton")
        self.other_button = QPushButton(self.tr("Restore from &another file…"), objectName="restoreOtherButton")
        self.open_folder_button.clicked.connect(self._open_folder)
        self.backup_button.clicked.connect(self.backup_requested)
        self.restore_button.clicked.connect(self._restore_selected)
        self.other_button.clicked.connect(self._restore_other)
        self.backup_button.setVisible(not self.direct)
        row = QHBoxLayout()
        for button in (self.open_folder_button, self.backup_button, self.restore_button, self.other_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        """List the backups folder again (after a backup was taken); the newest sound one is selected."""
        self._backups = backups.list_backups(self.db_path)
        self.table.setRowCount(0)
        for backup in self._backups:
            row = self.table.rowCount()
            self.table.insertRow(row)
            values = (backup.taken_at.strftime("%Y-%m-%d %H:%M"), self._why(backup.kind),
                      f"{backup.size / 1024 / 1024:.1f} MB" if backup.size >= 1024 * 1024 else
                      f"{max(1, backup.size // 1024)} KB")
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        newest = next((i for i, b in enumerate(self._backups) if b.kind != backups.REPLACED), None)
        if newest is not None:
            self.table.selectRow(newest)
        self._selection_changed()

    def _why(self, kind: str) -> str:
        if kind.startswith(backups.MIGRATION):
            return self.tr("Before upgrading the database")
        return {backups.AUTO: self.tr("Automatic, on closing"), backups.MANUAL: self.tr("Made by hand"),
                backups.REPLACED: self.tr("Set aside by a restore (may be damaged)")}.get(kind, kind)

    def selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()].path if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def _open_folder(self) -> None:
        folder = backups.folder(self.db_path)
        target = folder if folder.is_dir() else self.db_path.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _restore_selected(self) -> None:
        path = self.selected()
        if path is not None:
            self._restore(path)

    def _restore_other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup file"), str(Path.home()),
                                              self.tr("Database backups (*.sqlite *.db);;All files (*)"))
        if name:
            self._restore(Path(name))

    def _restore(self, path: Path) -> None:
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("Replace the database with the backup %1? Every report goes back to the state of the backup; "
                    "the current file is kept in the backup folder.").replace("%1", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not self.direct:
            self.restore_requested.emit(str(path))
            return
        # Loads the database code (deferred.py): only when a damaged database is being replaced at start.
        from disclosure_desktop.workflows import backups as restoring

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:  # a verified copy of a few MB: well under a second; nothing else may run meanwhile anyway
            aside = restoring.restore(self.db_path, path)
        except DatabaseError as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.critical(self, self.windowTitle(), str(error))
            self.refresh()
            return
        QApplication.restoreOverrideCursor()
        self.restored_from, self.set_aside = path, aside.path if aside else None
        self.accept()


def offer_restore(parent: QWidget | None, db_path: Path, error: Exception) -> bool:
    """At start, for a damaged database: show the backups and restore the chosen one. True when restored.

    Main-window hook: in `_open_failed`, `if getattr(error, "damaged", False) and offer_restore(self, path,
    error): self.start()`.
    """
    dialog = BackupDialog(db_path, parent, damaged=str(error))
    return bool(dialog.exec()) and dialog.restored_from is not None
