"""Reaching a shared database, once for every front end: the URL made from the connect dialog's fields (never with
the password in what is remembered), the fields read back from a remembered URL, and the test connection's answer
in words — reached, wrong password, no such database, unreachable, schema older or newer (storage/server.py)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL

from disclosure_desktop.messages import message
from disclosure_desktop.storage import server
from disclosure_desktop.storage.errors import DatabaseError
from disclosure_desktop.storage.location import SERVER_DRIVER, locate

DEFAULT_PORT = 5432
DEFAULT_DATABASE = "disclosure"  # the name scripts/shared_server.sh gives it


@dataclass(frozen=True)
class ServerFields:
    """What the connect dialog asks: a server database and who logs in (the password is not part of it)."""

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = DEFAULT_DATABASE
    user: str = ""

    def missing(self) -> str:
        """The message key of the first field the clerk left empty; "" when the fields name a server database."""
        for text, key in ((self.host, "shared.no_server"), (self.database, "shared.no_database"),
                          (self.user, "shared.no_user")):
            if not text.strip():
                return key
        return ""

    def url(self) -> str:
        """The URL the settings remember and messages show: it never holds a password."""
        return URL.create(SERVER_DRIVER, username=self.user.strip(), host=self.host.strip(), port=self.port,
                          database=self.database.strip()).render_as_string(hide_password=False)


def fields_of(url: str) -> ServerFields:
    """The dialog's fields of a remembered URL (empty fields for one that cannot be read, or a file)."""
    try:
        location = locate(url)
    except DatabaseError:
        return ServerFields()
    if location.url is None:
        return ServerFields()
    found = location.url
    return ServerFields(found.host or "", found.port or DEFAULT_PORT, found.database or "", found.username or "")


def with_password(url: str, password: str | None) -> str:
    """`url` with the password to log in with (only ever handed to the driver, never stored or shown)."""
    location = locate(url)
    if location.url is None or not password:
        return url
    return location.url.set(password=password).render_as_string(hide_password=False)


def without_password(url: str) -> str:
    """`url` as the settings may remember it: a password typed into it is dropped."""
    location = locate(url)
    if location.url is None:
        return url
    found = location.url  # URL.set(password=None) keeps the password: made again without it
    return URL.create(found.drivername, username=found.username, host=found.host, port=found.port,
                      database=found.database, query=found.query).render_as_string(hide_password=False)


def try_connection(url: str, password: str | None) -> str:
    """Log in and read the schema, changing nothing: the answer when the database can be used; DatabaseError in
    words otherwise (wrong password, no such database, unreachable, older or newer schema, another program's)."""
    location = locate(with_password(url, password))
    engine, version = server.open_checked(location)
    engine.dispose()
    return message("shared.reached", path=location, version=version)
