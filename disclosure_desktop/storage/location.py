"""Where the reports are — one SQLite file or a shared PostgreSQL database named by a SQLAlchemy URL — read once
from what the clerk typed (--db, $DISCLOSURE_DESKTOP_DB), so that nothing else parses paths or URLs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from disclosure_desktop.paths import is_database_url
from disclosure_desktop.storage.errors import DatabaseError

# The one driver the program ships for a server (the `postgres` extra): psycopg 3.
SERVER_DRIVER = "postgresql+psycopg"


@dataclass(frozen=True)
class Location:
    """A database file (`path`) or a server database (`url`, the password inside it never shown)."""

    path: Path | None = None
    url: URL | None = None

    @property
    def shared(self) -> bool:
        """True for a database on a server that several programs write at once."""
        return self.url is not None

    def __str__(self) -> str:
        if self.url is not None:
            return self.url.render_as_string(hide_password=True)
        return str(self.path)

    def slug(self) -> str:
        """A file-name-safe name of a server database (user, host, port, database), for folders kept per database."""
        if self.url is None:
            return Path(str(self.path)).stem
        parts = [self.url.username or "", self.url.host or "local", str(self.url.port or ""), self.url.database or ""]
        return re.sub(r"[^A-Za-z0-9._-]+", "_", "-".join(p for p in parts if p))


def locate(target: str | Path | Location) -> Location:
    """The Location named by a path, a URL or an existing Location; DatabaseError for a URL the program cannot use."""
    if isinstance(target, Location):
        return target
    if isinstance(target, Path) or not is_database_url(target):
        return Location(path=Path(target).expanduser())
    text = target.strip()
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):  # ValueError: a port that is no number
        raise DatabaseError("db.bad_url", path=_masked(text)) from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise DatabaseError("db.bad_url", path=_masked(text))
        return Location(path=Path(url.database).expanduser())
    if backend != "postgresql" or url.get_driver_name() not in ("psycopg", "psycopg2", "psycopg_async", "psycopg2cffi"):
        raise DatabaseError("db.unsupported_url", path=url.render_as_string(hide_password=True))
    if not url.database:
        raise DatabaseError("db.bad_url", path=url.render_as_string(hide_password=True))
    # `postgresql://` names SQLAlchemy's default driver (psycopg2), which the program does not ship.
    return Location(url=url.set(drivername=SERVER_DRIVER))


def _masked(text: str) -> str:
    # A URL too broken to parse may still carry a password: never echo what follows user:.
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", text)
