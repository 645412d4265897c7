"""When edits cannot be written: the clerk chooses (try again, keep a copy, discard knowingly) — never silently lost.

Also the conflict with another writer (keep mine, save mine as a new report, take theirs), and the copy kept on
disk when the program must end (log-out, shutdown) while the database refuses the last edits.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from disclosure_desktop.domain.report import Report
from disclosure_desktop.messages import ReportDataError, os_error_text
from disclosure_desktop.workflows.recovery import save_copy


class Choice(Enum):
    RETRY = "retry"
    SAVE_COPY = "save_copy"
    DISCARD = "discard"
    STAY = "stay"
    OVERWRITE = "overwrite"
    SAVE_AS_NEW = "save_as_new"
    RELOAD = "reload"


class UnsavedPrompt(QObject):
    """The questions, asked over `window`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def _ask(self, name: str, title: str, text: str, note: str,
             choices: list[tuple[str, QMessageBox.ButtonRole, Choice]], default: int,
             until: SignalInstance | None = None) -> Choice:
        """A warning with one button per choice and Cancel (Esc), which stays. `until`: a signal that makes the
        question moot (the edits were saved meanwhile); the box then closes by itself and RETRY is answered."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self._window)
        box.setObjectName(name)
        box.setInformativeText(note)
        buttons = {box.addButton(label, role): choice for label, role, choice in choices}
        stay = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(list(buttons)[default])
        box.setEscapeButton(stay)
        answered: list[Choice] = []

        def moot(*_: object) -> None:
            answered.append(Choice.RETRY)
            box.done(0)

        if until is not None:
            until.connect(moot)
        try:
            box.exec()
        finally:
            if until is not None:
                until.disconnect(moot)
        if answered:  # saved while the box was up: nothing is left to decide
            return answered[0]
        choice = buttons.get(box.clickedButton(), Choice.STAY)
        return self._confirm_discard() if choice == Choice.DISCARD else choice

    def ask_failed(self, reason: str, leaving: bool, saved: SignalInstance | None = None) -> Choice:
        """The last edits could not be written: what now? (Cancel keeps the clerk in the report.)

        The program goes on trying meanwhile: once `saved` comes, the question closes by itself (RETRY), so that no
        「无法保存」 stays up over edits that are on disk."""
        role = QMessageBox.ButtonRole
        choices = [(self.tr("Try &again"), role.AcceptRole, Choice.RETRY),
                   (self.tr("Save a &copy…"), role.ActionRole, Choice.SAVE_COPY)]
        if leaving:
            choices.append((self.tr("&Discard the changes"), role.DestructiveRole, Choice.DISCARD))
        return self._ask(
            "saveFailedBox", self.tr("Could not save"),
            self.tr("The last changes could not be saved:\n%1").replace("%1", reason),
            self.tr("They are still here on the screen. Try again once the problem is solved, or keep a copy of "
                    "the report as a JSON file elsewhere (it can be imported again).") if leaving else
            self.tr("They are still here on the screen, and the program keeps trying to save them."),
            choices, default=0, until=saved)

    def _confirm_discard(self) -> Choice:
        answer = QMessageBox.warning(
            self._window, self.tr("Discard the changes"),
            self.tr("The changes that were not saved will be lost. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return Choice.DISCARD if answer == QMessageBox.StandardButton.Discard else Choice.STAY

    def ask_conflict(self, reason: str, leaving: bool) -> Choice:
        """Another writer changed (or deleted) the report since it was opened here."""
        role = QMessageBox.ButtonRole
        # Leaving, taking the stored version drops the edits on screen: asked once more, as a discard.
        theirs = Choice.DISCARD if leaving else Choice.RELOAD
        return self._ask(
            "conflictBox", self.tr("Changed elsewhere"), reason,
            self.tr("Your latest changes are not saved yet. Keep yours (the other changes are replaced), save "
                    "yours as a new report, or take the stored version."),
            [(self.tr("&Keep mine"), role.AcceptRole, Choice.OVERWRITE),
             (self.tr("Save mine as a &new report"), role.ActionRole, Choice.SAVE_AS_NEW),
             (self.tr("&Take the stored version"), role.DestructiveRole, theirs)], default=1)

    def save_copy(self, report: Report) -> Path | None:
        """Write the report as it is on screen to a JSON file the clerk picks; None if cancelled or not written."""
        start = Path.home() / f"{report.display_title}.json"
        name, _ = QFileDialog.getSaveFileName(self._window, self.tr("Save a copy"), str(start),
                                              self.tr("Report data (*.json)"))
        if not name:
            return None
        path = Path(name)
        try:
            path = save_copy(report, path)
        except (OSError, ReportDataError) as error:  # a full disk, or a database file chosen by mistake
            why = os_error_text(error) if isinstance(error, OSError) else str(error)
            QMessageBox.critical(self._window, self.tr("Save a copy"),
                                 self.tr("Could not write %1:\n%2").replace("%1", str(path)).replace("%2", why))
            return None
        return path
