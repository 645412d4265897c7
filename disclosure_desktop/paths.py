"""Where the program keeps its database and its log, decided in one place for the GUI, the command line and the
tests."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

ENV_DATABASE = "DISCLOSURE_DESKTOP_DB"
APP_NAME = "disclosure-desktop"
DATABASE_NAME = "reports.sqlite"


LOG_FOLDER = "logs"


def default_database_path() -> Path:
    """$DISCLOSURE_DESKTOP_DB, else reports.sqlite in the platform's per-user application data folder."""
    forced = os.environ.get(ENV_DATABASE, "").strip()
    if forced:
        return Path(forced).expanduser()
    return data_folder() / DATABASE_NAME


def data_folder() -> Path:
    """The platform's per-user application data folder (the database's default home, the log, shared databases'
    backups)."""
    # QtCore only (no widgets), imported late so that the command line with --db never loads Qt.
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    # The program's own names, set only for the question: they work before (and without) an application object, so
    # the command line finds the window's file, and whatever names the running program uses stay as they were.
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    try:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
    if not folder:  # no home folder at all: keep going next to the user's files rather than fail
        folder = str(Path.home() / f".{APP_NAME}")
    return Path(folder)


def log_folder() -> Path:
    """Where the program writes its log (what failed, with the traceback): Help ▸ Open the log folder shows it."""
    return data_folder() / LOG_FOLDER


# A SQLAlchemy URL (`postgresql+psycopg://user@host/db`) names a database server; anything else is a file path
# (`C:\reports.sqlite` has no `//` after its colon).
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_database_url(text: str | Path) -> bool:
    """True when `text` names a database by URL rather than by a file path."""
    return isinstance(text, str) and bool(_URL.match(text.strip()))


def database_target(given: str | Path | None = None) -> str | Path:
    """The database asked for: `given` (--db), else $DISCLOSURE_DESKTOP_DB, else the per-user file; a URL stays
    text (a server's database), a file becomes a Path."""
    chosen = given if given not in (None, "") else os.environ.get(ENV_DATABASE, "").strip()
    if chosen and is_database_url(str(chosen)):
        return str(chosen).strip()
    return Path(chosen).expanduser() if chosen else data_folder() / DATABASE_NAME


def shared_home(url: str) -> Path:
    """A shared database's stand-in path on this computer, for what is kept per database beside the data folder
    (the recovery journal of edits the server has not taken yet): named by user, host, port and database — never
    the password — and found without SQLAlchemy, before the window is on screen."""
    try:
        parts = urlsplit(url.strip())
        user, host, port = unquote(parts.username or ""), parts.hostname or "local", str(parts.port or "")
    except ValueError:  # a port that is no number: the database refuses the URL in words; keep a name anyway
        parts, user, host, port = urlsplit(""), "", "unreadable", ""
    name = "-".join(p for p in (user, host, port, unquote(parts.path.lstrip("/"))) if p)
    return data_folder() / "shared" / re.sub(r"[^A-Za-z0-9._-]+", "_", name or "server")


def cache_folder() -> Path:
    """Where the program keeps what it can always make again (compiled templates): never needed, never backed up.

    The platform's per-user cache folder, found without Qt so that the command line does not load it for this.
    """
    if os.name == "nt":
        base = os.environ.get("LOCALAPPDATA", "").strip() or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_NAME / "cache"
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / APP_NAME
