"""Runs the real program on a database in its own process and drives it as a clerk would, saying on stdout what
it did and when (time.monotonic(), the same clock as the test's), so a test can kill it at any moment and then
compare the file with what had been typed.

    python tests/helpers/gui_driver.py MODE DB [SEED]

DB: a file's path or a server's URL; `-` opens what $DISCLOSURE_DESKTOP_DB names (no --db).

MODE `type`: open the report (creating one on a first start), go to part 三 and type without stopping: a
character into the lead-in, then a number into 一、本年新收 自然人, every 100–250 ms.
MODE `idle`: open or create the report, type one line into the agency field, then wait.
MODE `idle-after-go`: the same, but say OPENED first and type only once the file DB.go exists (a test takes the
database's lock in between, so the line typed cannot be saved, whatever the machine's speed).
MODE `open_cell`: open or create the report, go to part 三, type a number into 一、本年新收 自然人 without Enter,
say TYPED and the number, then wait with the cell open, saying SAVED and whether the cell is still open each time
the autosave has written.
MODE `sync` (a shared database; SEED names the clerk, whose settings are its own): open the first report on part 三,
say READY, then take commands on standard input, one a line — `type CELL DIGITS` (typed and Entered: TYPED), `show
CELL` (SHOWN CELL VALUE, as the table shows it), `choose mine|theirs|both` (the save bar's button: CHOSE) — and say
SAVED after each write, CAUGHT N when another clerk's values were taken, CLASH MINE THEIRS when a field both changed
waits for the choice.

On a server's database the question at start about edits kept while the server was away is answered Yes (ANSWERED),
and the one about a report another program has open already is answered 仍然打开 (OPENED_ANYWAY), as a clerk who
means to work on it would.
"""

from __future__ import annotations

import faulthandler
import os
import queue
import random
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the checkout, for tests.helpers

from disclosure_desktop import app
from tests.helpers.keys import type_text

MODE, DB = sys.argv[1], sys.argv[2]
SEED = int(sys.argv[3]) if len(sys.argv) > 3 else 0
rng = random.Random(SEED)
if MODE == "sync":  # two clerks on two computers: each its own settings (where it was, its name)
    os.environ["XDG_CONFIG_HOME"] = str(Path(os.environ.get("XDG_CONFIG_HOME", "/tmp")) / f"clerk-{SEED}")


def say(*words: object) -> None:
    print(*words, f"{time.monotonic():.6f}", flush=True)


def said_if_it_fails(action) -> None:
    """Run `action`; an exception is said (ERROR, its class, its words) so that the test names it instead of
    waiting out its patience, then raised as before."""
    try:
        action()
    except Exception as error:
        say("ERROR", type(error).__name__, "_".join(str(error).split())[:120] or "-")
        raise


def window():
    found = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    return found[0] if found else None


def key(widget, k: Qt.Key, text: str = "") -> None:
    if widget is None:  # no widget has the keyboard focus: Qt would dereference the null receiver (SIGSEGV)
        say("NOFOCUS", type(QApplication.activeWindow()).__name__, type(QApplication.activeModalWidget()).__name__,
            f"answered={int(typist.answered)}")
        os._exit(3)  # ended by itself, with the reason said: the test reports it as such
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(widget, QKeyEvent(kind, k, Qt.KeyboardModifier.NoModifier, text))


class Typist:
    """Opens the report and types; if it cannot begin within 10 s, says which dialog stands in the way."""

    def __init__(self) -> None:
        self.started = False
        self.clicked_at = -10.0
        self.count = 0
        self.timer = QTimer(singleShot=True)
        self.timer.timeout.connect(self.step)
        self.poll = QTimer(interval=50)
        self.poll.timeout.connect(self.begin)
        self.poll.start()
        self.since = time.monotonic()
        self.told = False
        self.answered = False  # the question about edits kept while the server was away, answered Yes

    def type_agency(self) -> None:
        page = window().wizard.current_page()
        type_text(page.agency, "某某县人民政府办公室")
        say("EDITED")

    def type_agency_once_told(self) -> None:
        if Path(DB + ".go").exists():
            self.go.stop()
            self.type_agency()

    def tell_what_blocks(self) -> None:
        if self.told or self.started or time.monotonic() - self.since < 10:
            return
        self.told = True
        modal = QApplication.activeModalWidget()
        text = getattr(modal, "text", lambda: "")() if modal is not None else ""
        say("BLOCKED", type(modal).__name__ if modal is not None else "-", "_".join(str(text).split())[:120] or "-")

    def answer_recovery(self) -> None:
        modal = QApplication.activeModalWidget()
        if "://" not in DB + os.environ.get("DISCLOSURE_DESKTOP_DB", "") or not isinstance(modal, QMessageBox):
            return
        if modal.objectName() == "openElsewhere":
            say("OPENED_ANYWAY")
            modal.defaultButton().click()
        else:
            yes = modal.button(QMessageBox.StandardButton.Yes)
            if yes is None:
                return
            say("ANSWERED")
            yes.click()
            self.answered = True
        # Offscreen there is no window manager to give the window its activation back when a dialog closes (a
        # desktop's does): without it no widget has the keyboard focus. Done as a desktop would.
        main = window()
        if main is not None:
            main.activateWindow()

    def begin(self) -> None:
        self.answer_recovery()
        self.tell_what_blocks()
        w = window()
        if w is None or self.started:
            return
        if w.session is None:
            # One click, then wait for the report it opens: a second click before the first report exists would
            # ask for a second one (on a busy machine the first answer takes longer than a poll).
            if time.monotonic() - self.clicked_at < 5:  # asked already: a click the window ignored is asked again
                return
            if w.reports.welcome_new.isVisible():
                self.clicked_at = time.monotonic()
                w.reports.welcome_new.click()
            elif w.reports.table.rowCount():
                self.clicked_at = time.monotonic()
                w.reports.table.selectRow(0)
                w.reports.open_button.click()
            return
        self.started = True
        self.poll.stop()
        w.session.autosave.saving.connect(lambda: say("WRITE"))
        w.session.autosave.saved.connect(lambda _when: say("SAVED"))
        report = w.session.report
        if MODE == "open_cell":
            w.session.autosave.saved.connect(lambda _when: say("SAVED", f"editing={int(self.editing(w))}"))
            w.area.go_to_page("section:applications")
            page = w.wizard.current_page()
            page.editor.focus_cell("t3.new.natural")
            number = str(4000 + rng.randint(0, 999))
            for digit in number:
                key(page.editor.view if not self.editing(w) else QApplication.focusWidget(), Qt.Key(ord(digit)),
                    digit)
            say("TYPED", number, f"editing={int(self.editing(w))}")
            return
        if MODE == "sync":
            self.follow(w)
            return
        if MODE in ("idle", "idle-after-go"):
            w.area.go_to_page("start")
            if MODE == "idle-after-go":
                say("OPENED")
                self.go = QTimer(interval=20)
                self.go.timeout.connect(self.type_agency_once_told)
                self.go.start()
                return
            self.type_agency()
            return
        w.area.go_to_page("section:applications")
        self.page = w.wizard.current_page()
        self.text = len(report.text("applications"))
        self.number = int(report.value("t3.new.natural") or 0)
        say("START", self.text, self.number)
        self.last_step = time.monotonic()
        threading.Thread(target=self.watch, daemon=True).start()
        self.timer.start(rng.randint(100, 250))

    def follow(self, w) -> None:
        """MODE sync: say what the shared database does to the open report, and do what standard input asks."""
        sync = w.sync.sync
        w.session.autosave.saving.connect(lambda: say("WRITE"))
        sync.caught_up.connect(lambda n: say("CAUGHT", n))
        sync.clashed.connect(lambda: say("CLASH", *("_".join(t.split()) or "-" for t in sync.clash_text()[1:])))
        w.area.go_to_page("section:applications")
        self.commands: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [self.commands.put(line) for line in sys.stdin], daemon=True).start()
        self.obey = QTimer(interval=30)
        self.obey.timeout.connect(lambda: self.command(w))
        self.obey.start()
        say("READY")

    def command(self, w) -> None:
        try:
            words = self.commands.get_nowait().split()
        except queue.Empty:
            return
        said_if_it_fails(lambda: self._command(w, words))

    def _command(self, w, words: list[str]) -> None:
        editor = w.wizard.current_page().editor
        if words[0] == "type":
            editor.focus_cell(words[1])
            for digit in words[2]:
                key(editor.view if not self.editing(w) else QApplication.focusWidget(), Qt.Key(ord(digit)), digit)
            key(QApplication.focusWidget(), Qt.Key.Key_Return)
            say("TYPED", words[1], words[2])
        elif words[0] == "show":
            say("SHOWN", words[1], editor.model.data(editor.index_of(words[1]), Qt.ItemDataRole.DisplayRole) or "-")
        elif words[0] == "choose":
            w.area.save_alert.buttons()[("mine", "theirs", "both").index(words[1])].click()
            say("CHOSE", words[1])

    @staticmethod
    def editing(w) -> bool:
        view = w.wizard.current_page().editor.view
        return view.state() == view.State.EditingState

    def watch(self) -> None:
        """If typing stops for 5 s, write every thread's stack beside the database and say where."""
        while time.monotonic() - self.last_step < 5:
            time.sleep(0.5)
        # Beside the file; for a server's database in the data folder (the test's own temporary folder).
        notes = Path(os.environ.get("XDG_DATA_HOME", "/tmp")) if "://" in DB else Path(DB).parent
        path = notes / f"stalled-{os.getpid()}.txt"
        with path.open("w") as out:
            faulthandler.dump_traceback(out, all_threads=True)
        say("STALLED", path)

    def step(self) -> None:
        said_if_it_fails(self._step)

    def _step(self) -> None:
        self.last_step = time.monotonic()
        self.count += 1
        # The page afresh each time: the one on screen now, whatever the window did since START (a report opened
        # again by the list's Open once rebuilt the pages, and the page kept from START was gone).
        w = window()
        if w.wizard.current_page().key != "section:applications":
            w.area.go_to_page("section:applications")
        self.page = w.wizard.current_page()
        if self.count % 2:
            editor = self.page.lead_in
            editor.setFocus()
            editor.moveCursor(editor.textCursor().MoveOperation.End)
            type_text(editor, "年")
            self.text += 1
            say("EDIT text", self.text)
        else:
            view = self.page.editor.view
            self.page.editor.focus_cell("t3.new.natural")
            self.number += 1
            for digit in str(self.number):
                key(view if view.state() != view.State.EditingState else QApplication.focusWidget(),
                    Qt.Key(ord(digit)), digit)
            key(QApplication.focusWidget(), Qt.Key.Key_Return)
            say("EDIT cell", self.number)
        self.timer.start(rng.randint(100, 250))


application = QApplication([sys.argv[0]])
typist = Typist()
if MODE == "sync":  # the name the connect dialog asks once and keeps in the settings
    from disclosure_desktop import options
    from disclosure_desktop.paths import APP_NAME

    QCoreApplication.setOrganizationName(APP_NAME)  # the program's own settings file, as its start names it
    QCoreApplication.setApplicationName(APP_NAME)
    options.set_value(options.CLERK_NAME.key, f"clerk{SEED}")

from disclosure_desktop.gui.window.main_window import MainWindow  # noqa: E402 — after the QApplication

_bring_forward = MainWindow.bring_forward


def _told_to_come_forward(self: MainWindow) -> None:
    say("ACTIVATED")  # a second start on the same database asked for this window
    _bring_forward(self)


MainWindow.bring_forward = _told_to_come_forward
sys.exit(app.main([] if DB == "-" else ["--db", DB]))  # "-": the database named by $DISCLOSURE_DESKTOP_DB
