"""The program's modules loaded once, then each kill round's program forked from them (a zygote, as Android starts
its apps): the kill tests start the real program 300 times, and a start's imports were ≈ 0.5 s of a core of its
≈ 0.9 s. From `app.main` on, a forked program runs exactly the code a cold start runs — its window, its database
thread, its recovery — only the import statements find their modules loaded already.

    python tests/helpers/program_zygote.py FD      (FD: its end of tests/helpers/warm_start.py's socket)

Messages on the socket, one a packet. From the test: {"argv", "env", "cwd"} with the child's standard input,
output and error as SCM_RIGHTS → "pid N"; {"signal": [PID, SIG]} → "sent PID T" (time.monotonic() of the kill,
the clock the driver stamps its lines with) or "sent PID -": sent only to a child that has not ended yet (no
other process can have taken its pid: the zygote reaps its children itself). Also to the test: "ready" once the modules
are loaded, and "exit PID CODE" as each child ends (Popen's returncode: -9 for a SIGKILL). The socket's end — the
test is done or gone — kills the children that are left.
"""

from __future__ import annotations

import importlib
import json
import os
import runpy
import selectors
import signal
import socket
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the checkout, for tests.helpers

# What a start of tests/helpers/gui_driver.py imports before its window takes input, the heavy part of it: Qt, the
# window's front end, the store with SQLAlchemy and both dialects. Anything left out is imported by the child.
WARM = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "disclosure_desktop.app",
        "disclosure_desktop.gui.window.start", "disclosure_desktop.storage.database",
        "disclosure_desktop.storage.repository", "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.postgresql",
        "tests.helpers.keys")


def main() -> int:
    for name in WARM:
        importlib.import_module(name)
    sock = socket.socket(fileno=int(sys.argv[1]))
    sock.send(b"ready")
    selector = selectors.DefaultSelector()
    selector.register(sock, selectors.EVENT_READ)
    children: dict[int, int] = {}  # pid → pidfd, for the children that have not ended
    try:
        while True:
            for key, _events in selector.select():
                if key.fileobj is sock:
                    message, fds, _flags, _address = socket.recv_fds(sock, 1 << 20, 3)
                    if not message:
                        return 0
                    request = json.loads(message)
                    if "signal" in request:
                        pid, number = request["signal"]
                        sent = "-"
                        if pid in children:
                            sent = repr(time.monotonic())  # the moment of the kill, as the test's own os.kill
                            os.kill(pid, number)
                        sock.send(f"sent {pid} {sent}".encode())
                        continue
                    pid = os.fork()
                    if pid == 0:
                        selector.close()
                        sock.close()
                        for pidfd in children.values():
                            os.close(pidfd)
                        children.clear()  # its brothers are the zygote's to end, not its own
                        return _program(request, fds)
                    for fd in fds:
                        os.close(fd)
                    children[pid] = os.pidfd_open(pid)
                    selector.register(children[pid], selectors.EVENT_READ, pid)
                    sock.send(f"pid {pid}".encode())
                else:
                    pid = key.data
                    _, status = os.waitpid(pid, 0)
                    selector.unregister(key.fileobj)
                    os.close(children.pop(pid))
                    sock.send(f"exit {pid} {os.waitstatus_to_exitcode(status)}".encode())
    finally:
        for pid in children:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


def _program(request: dict, fds: list[int]) -> int:
    """The child: the test's pipes as its standard streams, the test's environment, and the driver as __main__;
    it ends as a program started with `python gui_driver.py` ends."""
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    sys.argv = request["argv"]
    try:
        runpy.run_path(sys.argv[0], run_name="__main__")
    except SystemExit as done:
        if done.code is None or isinstance(done.code, int):
            return done.code or 0
        print(done.code, file=sys.stderr)
        return 1
    except BaseException:  # said on its standard error, as an uncaught exception would be
        traceback.print_exc()
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
