"""What the program says outside its widgets, in the clerk's language: the catalogue, the language chosen, errors.

The GUI translates its own widgets with Qt's translator; what the core says reaches the clerk through here so that
the command line and the GUI speak the same words.
"""

from __future__ import annotations

import errno
import locale
import os

from disclosure_desktop.messages.catalog import CORE
from disclosure_desktop.messages.charts import CATALOG as CHARTS
from disclosure_desktop.messages.clerk import CATALOG as CLERK
from disclosure_desktop.messages.inputs import CATALOG as INPUTS
from disclosure_desktop.messages.life import CATALOG as LIFE
from disclosure_desktop.messages.pdf_import import CATALOG as PDF_IMPORT
from disclosure_desktop.messages.reliability import CATALOG as RELIABILITY
from disclosure_desktop.messages.review import CATALOG as REVIEW
from disclosure_desktop.messages.review_desk import CATALOG as REVIEW_DESK
from disclosure_desktop.messages.rules import CATALOG as RULES
from disclosure_desktop.messages.shared_connect import CATALOG as SHARED_CONNECT
from disclosure_desktop.messages.shared_db import CATALOG as SHARED_DB
from disclosure_desktop.messages.shared_sync import CATALOG as SHARED_SYNC

LANGUAGES = ("zh", "en")
_current = ""

CATALOG: dict[str, tuple[str, str]] = {**CORE, **RELIABILITY, **PDF_IMPORT, **CHARTS, **REVIEW, **LIFE, **SHARED_DB,
                                         **RULES, **CLERK, **INPUTS, **SHARED_CONNECT,
                                         **REVIEW_DESK, **SHARED_SYNC}

# errno → message key: the operating system's own text (strerror) is English whatever the UI language is.
_OS_ERRORS = {
    getattr(errno, name): key
    for name, key in (
        ("EACCES", "os.permission"), ("EPERM", "os.permission"), ("ENOENT", "os.not_found"),
        ("ENOSPC", "os.no_space"), ("EDQUOT", "os.no_space"), ("EROFS", "os.read_only"),
        ("EISDIR", "os.is_folder"), ("ENOTDIR", "os.not_folder"), ("ENAMETOOLONG", "os.name_too_long"),
        ("EBUSY", "os.busy"), ("ETXTBSY", "os.busy"),
    )
    if hasattr(errno, name)  # Windows lacks some of them
}


def os_error_text(error: OSError) -> str:
    """Why a file could not be read or written, in the UI language."""
    key = _OS_ERRORS.get(error.errno or 0)
    if key is None and getattr(error, "winerror", None) == 32:  # ERROR_SHARING_VIOLATION: Word has it open
        key = "os.busy"
    return message(key) if key else message("os.other", code=error.errno or type(error).__name__)


def language_of(name: str) -> str | None:
    """"zh" or "en" for a language or locale name as systems spell it (zh, zh_CN, zh-CN, zh_CN.UTF-8, zh_Hans_CN,
    en_US, en-GB, English…); None for any other language."""
    base = name.strip().replace("-", "_").split(".", 1)[0].split("@", 1)[0].split("_", 1)[0].lower()
    return {"zh": "zh", "chinese": "zh", "en": "en", "english": "en"}.get(base)


def _from_environment() -> str:
    forced = language_of(os.environ.get("DISCLOSURE_LANG", ""))
    if forced:
        return forced
    # GNU's LANGUAGE is a list of preferences ("zh_CN:en"); the first known one wins.
    for preferred in os.environ.get("LANGUAGE", "").split(":"):
        if language_of(preferred):
            return language_of(preferred) or "zh"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if language_of(value) == "en" else "zh"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "en" if language_of(loc) == "en" else "zh"


def current_language() -> str:
    """zh unless the clerk chose English or the desktop runs in an English locale."""
    global _current
    if not _current:
        _current = _from_environment()
    return _current


def set_language(lang: str) -> None:
    """`lang` as `language_of` reads it (zh_CN, en_US.UTF-8 …); anything else is Chinese, the first language."""
    global _current
    _current = language_of(lang) or "zh"


def message(key: str, /, **values: object) -> str:
    zh, en = CATALOG[key]
    text = en if current_language() == "en" else zh
    return text.format(**values)


def rule_name(rule: str) -> str:
    """A check's rule in words (「收到与办结、结转不平衡」); the id itself for a rule that has no name yet."""
    key = f"rule.{rule}"
    return message(key) if key in CATALOG else rule


class ReportDataError(ValueError):
    """Input that cannot become a report; its text is a message in the user's language."""

    def __init__(self, key: str, /, **values: object) -> None:
        self.key = key
        self.values = values
        super().__init__(message(key, **values))
