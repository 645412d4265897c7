"""The kill rounds' programs forked from one process that has the program's modules loaded already
(tests/helpers/program_zygote.py), each used as tests/helpers/processes.start's subprocess is: its lines in
`said`, `poll`, `wait`, `send_signal`, `kill`, its standard error in `errors`."""

from __future__ import annotations

import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path
from types import TracebackType

from tests.helpers.processes import DRIVER, error_file, program_env, read_lines

ZYGOTE = Path(__file__).with_name("program_zygote.py")
READY_S = 120  # a cold start of Python with Qt and SQLAlchemy, on a loaded machine


class WarmProgram:
    """One forked program: ended once the zygote has reaped it (`returncode` as Popen's, -9 for SIGKILL)."""

    def __init__(self, zygote: Zygote, pid: int, args: list[str], stdout_fd: int, errors: Path) -> None:
        self.pid = pid
        self.args = args
        self.errors = errors
        self.returncode: int | None = None
        self.signalled_at: float | None = None
        self._zygote = zygote
        self._ended = threading.Event()
        read_lines(self, os.fdopen(stdout_fd, encoding="utf-8", errors="replace"))

    def ended(self, code: int) -> None:
        self.returncode = code
        self._ended.set()

    def poll(self) -> int | None:
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if not self._ended.wait(timeout):
            raise subprocess.TimeoutExpired(self.args, timeout or 0)
        assert self.returncode is not None
        return self.returncode

    def send_signal(self, number: int) -> None:
        """As Popen's; done by the zygote, which says when it sent it (`signalled_at`)."""
        if self.returncode is None:
            _word, _pid, sent = self._zygote.ask({"signal": [self.pid, number]})
            if sent != "-":
                self.signalled_at = float(sent)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


class Zygote:
    """`with Zygote(folder) as zygote: zygote.start(mode, db, seed)` — the driver's modes, as processes.start."""

    def __init__(self, folder: Path) -> None:
        self._errors = folder / f"zygote-{os.getpid()}-{id(self)}.err"
        self._programs: dict[int, WarmProgram] = {}
        self._replies: queue.Queue[list[str]] = queue.Queue()
        self._ended: dict[int, int] = {}  # children that ended before start() had made their WarmProgram
        self._asking = threading.Lock()  # one request, then its reply
        self._known = threading.Lock()

    def __enter__(self) -> Zygote:
        self._errors.parent.mkdir(parents=True, exist_ok=True)
        self._sock, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        with self._errors.open("w") as err, theirs:
            self._proc = subprocess.Popen([sys.executable, str(ZYGOTE), str(theirs.fileno())],
                                          stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
                                          env=program_env(), pass_fds=(theirs.fileno(),))
        self._sock.settimeout(READY_S)
        try:
            ready = self._sock.recv(64)
        except TimeoutError:
            ready = b""
        if ready != b"ready":
            self._proc.kill()
            raise RuntimeError(f"the zygote did not start: {self._errors.read_text()[-3000:]}")
        self._sock.settimeout(None)
        threading.Thread(target=self._listen, daemon=True).start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._sock.shutdown(socket.SHUT_RDWR)  # the zygote ends its children that are left, then itself
        self._proc.wait(30)
        self._sock.close()
        if kind is None:
            self._errors.unlink(missing_ok=True)

    def ask(self, request: dict, fds: list[int] | None = None) -> list[str]:
        """Send one request (with `fds` to hand over, closed here once sent) and wait for its reply's words."""
        with self._asking:
            try:
                socket.send_fds(self._sock, [json.dumps(request).encode()], fds or [])
            finally:
                for fd in fds or []:
                    os.close(fd)
            try:
                reply = self._replies.get(timeout=READY_S)
            except queue.Empty:
                reply = ["gone"]
            if reply == ["gone"]:
                raise RuntimeError(f"the zygote did not answer: {self._errors.read_text()[-3000:]}")
            return reply

    def start(self, mode: str, db_path: Path | str, seed: int) -> WarmProgram:
        """The driver in `mode` on `db_path`, forked; its standard input empty. Once the zygote has the pipe's
        write end, the child's copy is the only one left: the pipe ends when the program does."""
        args = [str(DRIVER), mode, str(db_path), str(seed)]
        errors = error_file(db_path)
        read_end, write_end = os.pipe()
        _word, pid_text = self.ask({"argv": args, "env": program_env(), "cwd": os.getcwd()},
                                   [os.open(os.devnull, os.O_RDONLY), write_end, os.open(errors, os.O_WRONLY)])
        pid = int(pid_text)
        program = WarmProgram(self, pid, args, read_end, errors)
        with self._known:
            self._programs[pid] = program
            code = self._ended.pop(pid, None)
        if code is not None:
            program.ended(code)
        return program

    def _listen(self) -> None:
        while True:
            try:
                message = self._sock.recv(256).decode()
            except OSError:
                message = ""
            if not message:  # the zygote is gone, and with it every child it had
                for left in list(self._programs.values()):
                    if left.returncode is None:
                        left.ended(-signal.SIGKILL)
                self._replies.put(["gone"])
                return
            word, pid, *rest = message.split()
            if word != "exit":  # "pid", "sent": the reply to the request being asked
                self._replies.put([word, pid, *rest])
                continue
            with self._known:
                program = self._programs.get(int(pid))
                if program is None:
                    self._ended[int(pid)] = int(rest[0])
            if program is not None:
                program.ended(int(rest[0]))
