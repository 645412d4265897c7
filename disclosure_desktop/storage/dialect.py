"""The one place that tells a SQLite file from a PostgreSQL server: it hands out the module that speaks to the
database at hand (sqlite_file.py or postgres.py, the same functions in each), so nothing else asks which it is."""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from disclosure_desktop.storage.location import Location


def of(bind: Connection | Engine) -> ModuleType:
    """The dialect module of an engine or connection."""
    return _module(bind.dialect.name)


def for_location(location: Location) -> ModuleType:
    return _module("postgresql" if location.shared else "sqlite")


def _module(name: str) -> ModuleType:
    if name == "postgresql":
        from disclosure_desktop.storage import postgres

        return postgres
    if name == "sqlite":
        from disclosure_desktop.storage import sqlite_file

        return sqlite_file
    raise ValueError(f"no storage module for the {name} dialect")


def _owner(error: BaseException) -> ModuleType:
    from disclosure_desktop.storage import postgres, sqlite_file

    return postgres if postgres.owns_error(error) else sqlite_file


def error_key(error: BaseException) -> str:
    """The message key for a failed database call, whichever driver raised it (driver text never reaches the clerk)."""
    return str(_owner(error).error_key(error))


def error_code(error: BaseException) -> str:
    """The driver's short code for the failure (SQLite's result name, PostgreSQL's SQLSTATE), for the message."""
    return str(_owner(error).error_code(error))
