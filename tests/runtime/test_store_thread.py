"""What is sent to the database thread is let go on the GUI thread: a closure there may hold a Qt wrapper, and a
wrapper freed on the database thread crashed the program after an export (a few runs in ten)."""

from __future__ import annotations

import threading
from typing import ClassVar

from disclosure_desktop.runtime.store_thread import StoreThread


class _Held:
    """Stands for what a closure holds (a dialog); says on which thread it was freed."""

    freed_on: ClassVar[list[str]] = []

    def __del__(self) -> None:
        _Held.freed_on.append(threading.current_thread().name)


def _send(store: StoreThread, answers: list[object], fail: bool) -> None:
    held = _Held()

    def work(_store: object) -> object:
        if fail:
            raise ValueError(held)
        return type(held).__name__

    store.run(work, answers.append, lambda error, _what: answers.append(error))


def test_a_closure_and_its_error_are_freed_on_the_gui_thread(qtbot) -> None:
    store = StoreThread()
    _Held.freed_on.clear()
    answers: list[object] = []
    try:
        _send(store, answers, fail=False)
        _send(store, answers, fail=True)
        qtbot.waitUntil(lambda: len(answers) == 2, timeout=5000)
        assert answers[0] == "_Held"
        assert isinstance(answers[1], ValueError) and answers[1].__traceback__ is None
        answers.clear()  # the error held the second closure's object as its argument
        qtbot.waitUntil(lambda: len(_Held.freed_on) == 2, timeout=5000)
        assert _Held.freed_on == [threading.main_thread().name] * 2
    finally:
        store.stop()
