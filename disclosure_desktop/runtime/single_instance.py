"""One window per database: a second start brings the running window forward, or takes over a lock left behind.

Two windows on one file would each save their own older copy over the other's newer edits. The lock file names
the process holding it (Qt's QLockFile), so a lock left by a killed program is recognised as stale and taken over;
a local socket lets the second start ask the first to come forward.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QSysInfo, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_WAKE = b"raise\n"
OWNER, FORWARDED, BUSY = "owner", "forwarded", "busy"


def _names(db_path: Path) -> tuple[Path, str]:
    resolved = Path(db_path).expanduser().resolve()
    digest = hashlib.sha1(str(resolved).encode("utf-8")).hexdigest()[:16]
    return resolved.with_name(f"{resolved.name}.lock"), f"disclosure-desktop-{digest}"


class SingleInstance(QObject):
    """Holds the database's lock while the program runs; `activated` when a second start asked for the window."""

    activated = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        lock_path, self._name = _names(db_path)
        self.lock_path = lock_path
        self._lock = QLockFile(str(lock_path))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, however old
        self._server: QLocalServer | None = None

    def acquire(self) -> str:
        """OWNER: this process now holds the database. FORWARDED: a running one does and was asked forward.
        BUSY: a live holder that does not answer (another computer on a shared folder, or hung)."""
        try:
            self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return OWNER  # no folder to lock in: opening the database will say what is wrong
        # tryLock takes over a lock whose process is gone (killed, crashed); a live holder keeps it.
        if not self._lock.tryLock(200):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                return OWNER  # the folder is not writable: opening the database reports it
            # The holder may be starting up: it listens right after taking the lock.
            for _ in range(5):
                if self._wake_holder():
                    return FORWARDED
            if not (self._holder_is_younger() and self._lock.removeStaleLockFile() and self._lock.tryLock(200)):
                return BUSY
        self._listen()
        return OWNER

    def _holder_is_younger(self) -> bool:
        """True if the process the lock names, on this computer, began after the lock was written.

        Qt takes a live process number with the same program name (any Python program, even one of its threads)
        for the holder; after a crash the number can be in use again — on Linux the numbers wrap at 32,768 — and
        the program then refused to start ("held by another window") with no window open anywhere.
        """
        pid, host = self._lock.getLockInfo()[-3:-1]
        if not pid or host != QSysInfo.machineHostName():
            return False
        started = _process_start(pid)
        try:
            written = self.lock_path.stat().st_mtime
        except OSError:
            return False
        return started is not None and started > written + 1

    def holder(self) -> str:
        """Who holds the lock, for the message when it does not answer ("pid 123 on pc-7")."""
        info = self._lock.getLockInfo()  # PySide: (pid, hostname, appname); pid 0 when there is none
        pid, host = info[-3], info[-2]
        return f"{pid} @ {host}" if pid else "?"

    def _wake_holder(self, wait_ms: int = 1000) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(wait_ms):
            return False
        socket.write(_WAKE)
        socket.flush()
        socket.waitForBytesWritten(wait_ms)
        socket.disconnectFromServer()
        return True

    def _listen(self) -> None:
        QLocalServer.removeServer(self._name)  # a socket file left by a killed process
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._incoming)
        self._server.listen(self._name)

    def _incoming(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():  # it may all have arrived before readyRead was connected
                self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(_WAKE.strip()):
            self.activated.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()


def _process_start(pid: int) -> float | None:
    """When process (or thread) `pid` began, as a Unix time; None where /proc does not tell (not Linux)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        boot = next(int(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines()
                    if line.startswith("btime "))
        ticks = int(stat[stat.rindex(")") + 2:].split()[19])  # field 22, starttime, after the command's name
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None
