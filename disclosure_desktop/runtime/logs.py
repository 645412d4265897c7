"""Failures leave a trace: a rotating log in the data folder, written by the window and the command line alike
(no Qt here: the command line logs without loading it; the window's hooks are in runtime/failure_hooks.py)."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path

from disclosure_desktop import paths

LOG_NAME = "disclosure-desktop.log"
MAX_BYTES = 1024 * 1024  # five files of 1 MB: weeks of ordinary use, never a disk filled by a loop
BACKUPS = 4
FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"

log = logging.getLogger("disclosure_desktop")
# (what failed, why) in the clerk's words: the window shows it (gui/dialogs/error.py); None outside the window.
Reporter = Callable[[str, str], None]


_state: dict[str, object] = {}


def log_path() -> Path | None:
    """The log file being written, None when none could be opened (a read-only data folder)."""
    handler = _state.get("handler")
    return Path(handler.baseFilename) if isinstance(handler, RotatingFileHandler) else None


def start_file_log(folder: Path | None = None) -> Path | None:
    """Write the program's log records into the rotating file (idempotent); the file, or None if it cannot be."""
    if "handler" in _state:
        return log_path()
    try:
        target = (folder or paths.log_folder())
        target.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(target / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8", delay=True)
    except OSError:
        handler = logging.NullHandler()  # nowhere to write: the failure is still said, only not kept
    handler.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _state["handler"] = handler
    return log_path()


def stop_file_log() -> None:
    handler = _state.pop("handler", None)
    if isinstance(handler, logging.Handler):
        log.removeHandler(handler)
        handler.close()


def log_traceback(logger: logging.Logger, what: str, error: BaseException) -> None:
    """Log a failure with its traceback as text: no log record keeps the exception (its frames hold whatever the
    failed code held, a Qt wrapper among them, which must be let go on its own thread)."""
    logger.error("%s failed:\n%s", what, "".join(traceback.format_exception(error)).rstrip())


def log_unexpected(error: BaseException, what: str) -> Path | None:
    """Log an unexpected failure with its traceback (the command line's internal error); where it was written."""
    where = start_file_log()
    log.error("%s failed", what, exc_info=(type(error), error, error.__traceback__))
    return where
