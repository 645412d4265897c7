"""The window's hooks on failures: every uncaught exception (on any thread) and Qt's own warnings written to the log
(runtime/logs.py) with their traceback, and a reporter through which the window says it in words.

Only text crosses threads here (what failed, the message): an exception object holds frames, and with them Qt
wrappers that must not be freed on another thread (see runtime/store_thread.py).
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QObject, Qt, QtMsgType, Signal, qInstallMessageHandler

from disclosure_desktop.runtime.logs import Reporter, log, log_traceback, start_file_log

_state: dict[str, object] = {}


class _Bridge(QObject):
    """Carries a failure's text from whichever thread it happened on to the GUI thread's reporter."""

    failed = Signal(str, str)


def install(reporter: Reporter | None = None) -> Path | None:
    """The window's start: the file log, sys.excepthook, threading.excepthook and Qt's message handler.

    `reporter(what, why)` is called on the GUI thread for every uncaught exception (the error dialog).
    """
    where = start_file_log()
    bridge = _Bridge()
    if reporter is not None:
        # Queued even on the GUI thread: the dialog comes up once the failed slot's stack has unwound, never inside
        # the excepthook (where a failure of the dialog itself would call the hook again).
        bridge.failed.connect(lambda what, why: _say(reporter, what, why), Qt.ConnectionType.QueuedConnection)
    _state["bridge"] = bridge
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    qInstallMessageHandler(_qt_message)
    return where


def uninstall() -> None:
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    qInstallMessageHandler(None)
    bridge = _state.pop("bridge", None)
    if isinstance(bridge, QObject):
        bridge.deleteLater()


def _say(reporter: Reporter, what: str, why: str) -> None:
    if _state.get("saying"):  # the dialog itself failed: the log has it, a second dialog would not help
        return
    _state["saying"] = True
    try:
        reporter(what, why)
    except Exception as error:
        log_traceback(log, "showing a failure", error)
    finally:
        _state["saying"] = False


def report(what: str, why: str) -> None:
    """Say a failure in the window, from any thread (queued to the GUI thread)."""
    bridge = _state.get("bridge")
    if isinstance(bridge, _Bridge):
        bridge.failed.emit(what, why)


def _excepthook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log.error("uncaught exception", exc_info=(kind, error, trace))
    report(_where(trace), f"{kind.__name__}: {error}")


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    log.error("uncaught exception on thread %s", getattr(args.thread, "name", "?"),
              exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
    report(_where(args.exc_traceback), f"{args.exc_type.__name__}: {args.exc_value}")


def _where(trace: TracebackType | None) -> str:
    """The function that raised, as `module.function`, to name what failed."""
    while trace is not None and trace.tb_next is not None:
        trace = trace.tb_next
    if trace is None:
        return ""
    code = trace.tb_frame.f_code
    module = trace.tb_frame.f_globals.get("__name__", "")
    return f"{module}.{code.co_name}"


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO, QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR, QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_qt_log = logging.getLogger("disclosure_desktop.qt")


def _qt_message(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
    level = _QT_LEVELS.get(kind, logging.WARNING)
    where = f" ({context.file}:{context.line})" if context.file else ""
    _qt_log.log(level, "%s%s", text, where)
    if level >= logging.WARNING:
        print(f"Qt: {text}", file=sys.stderr)
