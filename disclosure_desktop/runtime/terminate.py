"""A log-out, shutdown or `kill` (SIGTERM, SIGHUP, SIGINT) ends the program like closing its window: the last
edits are written first. Python cannot run a handler while Qt's loop waits in C, so the signal wakes the loop
through a socket pair that Qt watches."""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

_SIGNALS = tuple(s for s in (getattr(signal, n, None) for n in ("SIGTERM", "SIGHUP", "SIGINT")) if s is not None)


class TerminationWatch(QObject):
    """Calls `on_signal` on the GUI thread when one of the ending signals arrives."""

    def __init__(self, on_signal: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno())
        for number in _SIGNALS:
            # The Python-level handler does nothing: the byte written to the wake-up socket does the work.
            signal.signal(number, lambda *_: None)
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self, *_: object) -> None:
        with contextlib.suppress(OSError):
            data = self._read.recv(64)
            if any(byte in _SIGNALS for byte in data):
                self._on_signal()

    def stop(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number in _SIGNALS:
            signal.signal(number, signal.SIG_DFL)
        self._read.close()
        self._write.close()
