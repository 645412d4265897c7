"""Kill the real program at random moments while it types, and check what the database kept: every edit made more
than a second before the kill (tests/runtime/test_crash_safety.py on a file, test_shared_crash_safety.py on a
server)."""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.processes import Running, errors, gone_at_end, kill_now, lines, start
from tests.helpers.warm_start import Zygote

DURABLE_S = 1.0  # the promise: an edit is on disk within a second of being typed
# Programs killed at once, each on a database of its own. Three since the programs are forked warm (warm_start.py:
# ≈ 0.4 s of a core to start instead of ≈ 0.9 s); with cold starts a third left the whole suite no shorter — the
# two cores were busy throughout — and every program beside it makes the one-second promise harder to keep.
SIDE_BY_SIDE = 3


class ProgramCrashed(AssertionError):
    """The program under test ended on its own (a signal, an exit) instead of being killed by the test."""

def integrity(db_path: Path) -> str:
    """SQLite's own check of the file."""
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def stored(db_path: Path | str) -> tuple[int, int]:
    """The lead-in's length and the number in 一、本年新收 自然人 as the database holds them."""
    with Database.open(db_path) as db:
        store = ReportStore(db)
        [summary] = store.list_reports()
        report = store.load(summary.id)
    return len(report.text("applications")), int(report.value("t3.new.natural") or 0)


def file_sound(target: Path | str) -> str:
    """A database file's soundness as SQLite's own check says it."""
    return integrity(Path(target))


def kill_rounds(db_path: Path | str, rounds: range, sound: Callable[[Path | str], str] = file_sound,
                folder: Path | None = None) -> tuple[int, int]:
    """Start, type, kill, check — `rounds` times on one database (a file, or a server's URL with `sound` saying
    "ok" and `folder` for the driver's notes); (edits checked, kills during a write). The first round's program
    starts as a clerk's does; the others are forked from a process with its modules loaded (warm_start.py)."""
    rng = random.Random(rounds.start)
    during_writes = checked_edits = 0
    notes = folder if folder is not None else Path(db_path).parent
    with Zygote(notes) as zygote:
        for round_no in rounds:
            proc = start("type", db_path, round_no) if round_no == rounds.start else zygote.start("type", db_path,
                                                                                                  round_no)
            edits, during_write = _round(proc, db_path, round_no, rng, sound, notes)
            checked_edits += edits
            during_writes += during_write
    return checked_edits, during_writes


def _round(proc: Running, db_path: Path | str, round_no: int, rng: random.Random,
           sound: Callable[[Path | str], str], notes: Path) -> tuple[int, int]:
    """One round: type until a random moment (a third of them while a write is in flight), kill, check the
    database; (edits checked, 1 if the kill came during a write)."""
    typed: list[tuple[str, int, float]] = []
    last = ""
    with gone_at_end(proc):
        kill_on_write = round_no % 3 == 0  # a third of the kills aim at a write in flight
        kill_after: float | None = None
        said: list[str] = []
        for words, at in lines(proc, time.monotonic() + 60):
            last = words[0]
            said.append(" ".join(words))
            if last == "START":
                kill_after = at + rng.uniform(0.5, 2.5)
            elif last == "EDIT":
                typed.append((words[1], int(words[2]), at))
            elif last == "WRITE" and kill_on_write and typed and kill_after is not None and at > kill_after - 0.8:
                break
            if kill_after is not None and typed and time.monotonic() >= kill_after:
                break
        stacks = "".join(f.read_text()[:3000] for f in notes.glob("stalled-*.txt"))
        if proc.poll() is not None:
            stacks += errors(proc)
        assert typed, (f"round {round_no}: the program typed nothing (exit status {proc.poll()}; "
                       f"said {said[-3:]})\n{stacks}")
        if proc.poll() is not None:
            raise ProgramCrashed(f"round {round_no}: the program ended by itself ({proc.poll()}; said "
                                 f"{said[-3:]})\n{stacks}")
        assert proc.poll() is None, "the program must still be running when it is killed"
        killed_at = kill_now(proc)
        proc.wait(10)
    assert sound(db_path) == "ok", f"round {round_no}"
    text, number = stored(db_path)
    old = [(kind, value) for kind, value, at in typed if at < killed_at - DURABLE_S]
    old_text = max((v for k, v in old if k == "text"), default=0)
    old_number = max((v for k, v in old if k == "cell"), default=0)
    assert text >= old_text, f"round {round_no}: text of {old_text} characters typed, {text} on disk"
    assert number >= old_number, f"round {round_no}: {old_number} typed, {number} on disk"
    return len(old), int(last == "WRITE")


def side_by_side(targets: Sequence[Path | str], rounds: int, sound: Callable[[Path | str], str] = file_sound,
                 folder: Path | None = None) -> tuple[int, int]:
    """`rounds` kill rounds shared out among `targets`, each database's rounds in a thread of its own; (edits
    checked, kills during a write) over all of them."""
    count = len(targets)
    jobs = [(target, range(n * rounds // count, (n + 1) * rounds // count)) for n, target in enumerate(targets)]
    with ThreadPoolExecutor(count) as pool:
        results = list(pool.map(lambda job: kill_rounds(job[0], job[1], sound, folder), jobs))
    return sum(r[0] for r in results), sum(r[1] for r in results)
