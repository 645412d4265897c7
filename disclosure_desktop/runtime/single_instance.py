"""One window per database FILE: a second start — by the same path, a hard link, a second path or a second mount
of one share — brings the running window forward, or takes over a lock left behind.

Two windows on one file would each save their own older copy over the other's newer edits; through two names
they would even keep two -wal files of one database. So the guard is keyed on what the file is, not on its
name: a lock beside the file by its name (another computer on a shared folder sees it), one in this user's lock
folder by the file's device and inode (a hard link, a second path), and one by the id the database keeps in
itself (storage/file_identity.py) for a second mount of a share, where the device differs. A copy of the file
carries the same id but is not in use by anyone: it gets its own window. Each lock file names the process holding
it (Qt's QLockFile), so a lock left by a killed program is recognised as stale and taken over; a local socket per
lock lets the second start ask the first to come forward.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QSysInfo, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from disclosure_desktop.storage.file_identity import database_id, file_key, in_use

_WAKE = b"raise\n"
OWNER, FORWARDED, BUSY = "owner", "forwarded", "busy"
_BY_NAME, _BY_FILE, _BY_ID = "name", "file", "id"


@dataclass
class _Key:
    """One way of knowing the database: where its lock file is and the socket its holder listens on."""

    kind: str
    lock_path: Path
    socket: str
    lock: QLockFile


def _socket(what: str) -> str:
    return f"disclosure-desktop-{hashlib.sha1(what.encode('utf-8')).hexdigest()[:16]}"


def _lock_folder() -> Path:
    """This user's folder for the locks that are not beside the file (XDG_RUNTIME_DIR on Linux)."""
    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    user = getattr(os, "getuid", lambda: 0)()
    base = Path(runtime) if runtime else Path(tempfile.gettempdir()) / f"disclosure-desktop-{user}"
    return base / "disclosure-desktop-locks"


def _keys(db_path: Path) -> list[_Key]:
    resolved = Path(db_path).expanduser().resolve()
    named = [(_BY_NAME, resolved.with_name(f"{resolved.name}.lock"), str(resolved))]
    identity = file_key(resolved)
    if identity is not None:
        named.append((_BY_FILE, _lock_folder() / f"file-{identity}.lock", f"file:{identity}"))
    stored = database_id(resolved)
    if stored is not None:
        named.append((_BY_ID, _lock_folder() / f"db-{stored}.lock", f"db:{stored}"))
    keys = []
    for kind, lock_path, what in named:
        lock = QLockFile(str(lock_path))
        lock.setStaleLockTime(0)  # stale only when its process is gone, however old
        keys.append(_Key(kind, lock_path, _socket(what), lock))
    return keys


class SingleInstance(QObject):
    """Holds the database's locks while the program runs; `activated` when a second start asked for the window."""

    activated = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = Path(db_path).expanduser().resolve()
        self._keys = _keys(self._db_path)
        self.lock_path = self._keys[0].lock_path  # the lock beside the file, by its name
        self._lock = self._keys[0].lock
        self._held: list[_Key] = []
        self._blocking: _Key | None = None
        self._servers: list[QLocalServer] = []

    def acquire(self) -> str:
        """OWNER: this process now holds the database. FORWARDED: a running one does and was asked forward.
        BUSY: a live holder that does not answer (another computer on a shared folder, or hung)."""
        for key in self._keys:
            by_id = key.kind == _BY_ID
            claim = self._claim(key, wake=not by_id)
            if claim != OWNER and by_id:
                if not in_use(self._db_path):
                    continue  # the same id in a file nobody has open: a copy of the database, not the database
                claim = self._claim(key)  # the same database, open in its window: ask it forward
            if claim == OWNER:
                continue
            self._blocking = key
            self._let_go()
            return claim
        for key in self._held:
            self._listen(key.socket)
        return OWNER

    def claim_known(self) -> None:
        """Once the database is open (made by this window, or put back by a restore): also hold the locks by what
        the file is now, so that a hard link or a second mount made after the start comes to this window."""
        held = {key.lock_path for key in self._held}
        for key in _keys(self._db_path):
            if key.lock_path not in held and self._claim(key, wake=False) == OWNER:
                self._listen(key.socket)

    def _claim(self, key: _Key, *, wake: bool = True) -> str:
        try:
            key.lock_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return OWNER  # no folder to lock in: opening the database will say what is wrong
        # tryLock takes over a lock whose process is gone (killed, crashed); a live holder keeps it.
        if not key.lock.tryLock(200):
            if key.lock.error() != QLockFile.LockError.LockFailedError:
                return OWNER  # the folder is not writable: opening the database reports it
            if not wake:
                return BUSY
            # The holder may be starting up: it listens right after taking its locks.
            for _ in range(5):
                if self._wake_holder(key.socket):
                    return FORWARDED
            if not (self._holder_is_younger(key) and key.lock.removeStaleLockFile() and key.lock.tryLock(200)):
                return BUSY
        self._held.append(key)
        return OWNER

    def _let_go(self) -> None:
        for key in self._held:
            key.lock.unlock()
        self._held = []

    def _holder_is_younger(self, key: _Key) -> bool:
        """True if the process the lock names, on this computer, began after the lock was written.

        Qt takes a live process number with the same program name (any Python program, even one of its threads)
        for the holder; after a crash the number can be in use again — on Linux the numbers wrap at 32,768 — and
        the program then refused to start ("held by another window") with no window open anywhere.
        """
        pid, host = key.lock.getLockInfo()[-3:-1]
        if not pid or host != QSysInfo.machineHostName():
            return False
        started = _process_start(pid)
        try:
            written = key.lock_path.stat().st_mtime
        except OSError:
            return False
        return started is not None and started > written + 1

    def holder(self) -> str:
        """Who holds the lock, for the message when it does not answer ("pid 123 on pc-7")."""
        key = self._blocking or self._keys[0]
        info = key.lock.getLockInfo()  # PySide: (pid, hostname, appname); pid 0 when there is none
        pid, host = info[-3], info[-2]
        return f"{pid} @ {host}" if pid else "?"

    def _wake_holder(self, name: str, wait_ms: int = 1000) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if not socket.waitForConnected(wait_ms):
            return False
        socket.write(_WAKE)
        socket.flush()
        socket.waitForBytesWritten(wait_ms)
        socket.disconnectFromServer()
        return True

    def _listen(self, name: str) -> None:
        QLocalServer.removeServer(name)  # a socket file left by a killed process
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(lambda s=server: self._incoming(s))
        server.listen(name)
        self._servers.append(server)

    def _incoming(self, server: QLocalServer) -> None:
        while server.hasPendingConnections():
            connection = server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():  # it may all have arrived before readyRead was connected
                self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(_WAKE.strip()):
            self.activated.emit()

    def release(self) -> None:
        for server in self._servers:
            server.close()
        self._servers = []
        self._let_go()


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
