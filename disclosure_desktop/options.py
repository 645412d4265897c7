"""The clerk's settings, each declared once with its key, type, default and translatable title (as Picard's
options.py): the settings dialog is built from these declarations, and every reader goes through `value()`.

Stored with QSettings (QtCore only, no widgets, so the command line could read them too). A value that a hand
edit or an older version left unreadable reads as the default, never as an error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QSettings

from disclosure_desktop.export import fonts

if TYPE_CHECKING:
    from disclosure_desktop.domain.report import Report
    from disclosure_desktop.storage.backups import Retention

CONTEXT = "Options"  # the translation context of every title, page and choice below

# PySide6's stub says QT_TRANSLATE_NOOP returns object; it returns the source text it is given (a str). Same name,
# so that pyside6-lupdate still finds every title below.
QT_TRANSLATE_NOOP: Callable[[str, str], str] = QtCore.QT_TRANSLATE_NOOP  # type: ignore[assignment]


@dataclass(frozen=True)
class Option:
    """One setting: its QSettings key, default, the page of the dialog it is on and its title (English source,
    translated where shown)."""

    key: str
    default: Any
    page: str
    title: str
    tooltip: str = ""

    def coerce(self, raw: object) -> Any:
        """The stored `raw` value as this option's type; the default when it cannot be read as one."""
        return raw if isinstance(raw, str) else self.default


@dataclass(frozen=True)
class TextOption(Option):
    multiline: bool = False


@dataclass(frozen=True)
class FolderOption(Option):
    """A folder; "" means the program's own choice (Documents, else the home folder)."""


@dataclass(frozen=True)
class FontOption(Option):
    """A typeface family; "" means the stated fallback chain (export/fonts.py)."""

    role: str = ""


@dataclass(frozen=True)
class BoolOption(Option):
    def coerce(self, raw: object) -> Any:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.lower() in ("true", "false", "1", "0"):
            return raw.lower() in ("true", "1")
        return self.default


@dataclass(frozen=True)
class IntOption(Option):
    minimum: int = 0
    maximum: int = 2**31 - 1
    suffix: str = ""  # e.g. " %" (translated where shown)

    def coerce(self, raw: object) -> Any:
        try:
            number = int(str(raw).strip())
        except (TypeError, ValueError):
            return self.default
        return number if self.minimum <= number <= self.maximum else self.default


@dataclass(frozen=True)
class ChoiceOption(Option):
    choices: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (stored value, title)

    def coerce(self, raw: object) -> Any:
        return raw if isinstance(raw, str) and raw in dict(self.choices) else self.default


# Pages of the settings dialog, in order.
PAGES: tuple[tuple[str, str], ...] = (
    ("agency", QT_TRANSLATE_NOOP("Options", "Agency")),
    ("export", QT_TRANSLATE_NOOP("Options", "Export and fonts")),
    ("checks", QT_TRANSLATE_NOOP("Options", "Checks")),
    ("backups", QT_TRANSLATE_NOOP("Options", "Backups")),
    ("shared", QT_TRANSLATE_NOOP("Options", "Shared database")),
    ("interface", QT_TRANSLATE_NOOP("Options", "Language")),
)

_DECLARED: dict[str, Option] = {}


def _declare(option: Option) -> Option:
    if option.key in _DECLARED:
        raise ValueError(f"setting {option.key!r} declared twice")
    _DECLARED[option.key] = option
    return option


# --- Agency: what a new report starts with ---------------------------------------------------------------------
AGENCY_NAME = _declare(TextOption(
    "agency/name", "", "agency", QT_TRANSLATE_NOOP("Options", "Agency name"),
    QT_TRANSLATE_NOOP("Options", "The full name a new report starts with, as the title prints it")))
AGENCY_KIND = _declare(ChoiceOption(
    "agency/kind", "", "agency", QT_TRANSLATE_NOOP("Options", "Kind of agency"),
    QT_TRANSLATE_NOOP("Options", "Decides the legal publication deadline (Regulations, Art. 49)"),
    choices=(("", QT_TRANSLATE_NOOP("Options", "Guess from the name")),
             ("government", QT_TRANSLATE_NOOP("Options", "People's government at county level or above (31 March)")),
             ("department", QT_TRANSLATE_NOOP("Options", "Department of a people's government (31 January)")),
             ("other", QT_TRANSLATE_NOOP("Options", "Public enterprise or institution")))))
AGENCY_CONTACT = _declare(TextOption(
    "agency/contact", "", "agency", QT_TRANSLATE_NOOP("Options", "Contact"),
    QT_TRANSLATE_NOOP("Options", "Office, address and telephone for questions about the report"), multiline=True))

# --- Export and fonts ------------------------------------------------------------------------------------------
# The export dialog reads and remembers these same keys (gui/export_dialog.py).
EXPORT_FOLDER = _declare(FolderOption(
    "export/folder", "", "export", QT_TRANSLATE_NOOP("Options", "Export folder"),
    QT_TRANSLATE_NOOP("Options", "Where exported files go; each export remembers the folder it used")))
EXPORT_OPEN_FOLDER = _declare(BoolOption(
    "export/open_folder", True, "export", QT_TRANSLATE_NOOP("Options", "Open the folder after exporting")))
FONT_BODY = _declare(FontOption(
    "fonts/body", "", "export", QT_TRANSLATE_NOOP("Options", "Body text face (仿宋_GB2312)"), role="body"))
FONT_TITLE = _declare(FontOption(
    "fonts/title", "", "export", QT_TRANSLATE_NOOP("Options", "Title face (方正小标宋简体)"), role="title"))
FONT_HEADING1 = _declare(FontOption(
    "fonts/heading1", "", "export", QT_TRANSLATE_NOOP("Options", "First-level heading face (黑体)"), role="heading1"))
FONT_HEADING2 = _declare(FontOption(
    "fonts/heading2", "", "export", QT_TRANSLATE_NOOP("Options", "Second-level heading face (楷体_GB2312)"),
    role="heading2"))
FONT_TABLE = _declare(FontOption(
    "fonts/table", "", "export", QT_TRANSLATE_NOOP("Options", "Table and page number face (宋体)"), role="table"))

# --- Checks ------------------------------------------------------------------------------------------------------
REPETITION_THRESHOLD = _declare(IntOption(
    "checks/repetition_threshold", 50, "checks", QT_TRANSLATE_NOOP("Options", "Repetition threshold"),
    QT_TRANSLATE_NOOP("Options", "Warn when more than this share of the text repeats last year's report; "
                                 "evaluators deduct points above 50 %"),
    minimum=1, maximum=100, suffix=" %"))

# --- Backups (storage/backups.py) ----------------------------------------------------------------------------------
BACKUP_DAYS = _declare(IntOption(
    "backups/keep_daily", 14, "backups", QT_TRANSLATE_NOOP("Options", "Daily backups kept"),
    QT_TRANSLATE_NOOP("Options", "The newest backup of each of this many days"), minimum=1, maximum=366))
BACKUP_WEEKS = _declare(IntOption(
    "backups/keep_weekly", 8, "backups", QT_TRANSLATE_NOOP("Options", "Weekly backups kept"),
    QT_TRANSLATE_NOOP("Options", "Then the newest of each of this many weeks"), minimum=0, maximum=260))
BACKUP_MONTHS = _declare(IntOption(
    "backups/keep_monthly", 24, "backups", QT_TRANSLATE_NOOP("Options", "Monthly backups kept"),
    QT_TRANSLATE_NOOP("Options", "Then the newest of each of this many months"), minimum=0, maximum=240))

# --- Shared database (spec §14): who the clerk is to the colleagues ------------------------------------------------
CLERK_NAME = _declare(TextOption(
    "shared/user_name", "", "shared", QT_TRANSLATE_NOOP("Options", "Your name"),
    QT_TRANSLATE_NOOP("Options", "Shown to colleagues on a shared database: who has a report open, who changed "
                                 "what")))

# --- Language: the key the program has always used (app.py) -------------------------------------------------------
LANGUAGE = _declare(ChoiceOption(
    "language", "", "interface", QT_TRANSLATE_NOOP("Options", "Language"),
    QT_TRANSLATE_NOOP("Options", "Takes effect when the program is started again"),
    choices=(("", QT_TRANSLATE_NOOP("Options", "As the system")), ("zh", "中文"), ("en", "English"))))


def declared() -> list[Option]:
    """Every setting, in declaration order (the dialog's order)."""
    return list(_DECLARED.values())


def option(key: str) -> Option:
    return _DECLARED[key]


def title(text: str) -> str:
    """A declared title, page or choice in the UI language."""
    return QCoreApplication.translate(CONTEXT, text)


def value(key: str, settings: QSettings | None = None) -> Any:
    """The stored value of `key` as its declared type, or its default."""
    declared_option = _DECLARED[key]
    raw = (settings or QSettings()).value(key, None)
    return declared_option.default if raw is None else declared_option.coerce(raw)


def set_value(key: str, new: Any, settings: QSettings | None = None) -> None:
    """Store `new` for `key`; a value its type refuses raises ValueError and stores nothing."""
    declared_option = _DECLARED[key]
    if declared_option.coerce(new) != new:
        raise ValueError(f"{new!r} is not a value of setting {key!r}")
    (settings or QSettings()).setValue(key, new)


def reset(key: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).remove(key)


# --- The shared database the window was last connected to: not a setting of the dialog (File ▸ 连接共享数据库… sets
# it), and never with a password (kept in the system's keyring, or asked: credentials.py).
SHARED_URL = "shared/url"
SHARED_IN_USE = "shared/in_use"


def shared_database(settings: QSettings | None = None) -> str:
    """The server database the window opens when no --db or $DISCLOSURE_DESKTOP_DB names one; "" for the file."""
    settings = settings or QSettings()
    url = settings.value(SHARED_URL, "")
    in_use = BoolOption(SHARED_IN_USE, False, "", "").coerce(settings.value(SHARED_IN_USE, False))
    return url if isinstance(url, str) and in_use else ""


def last_shared_database(settings: QSettings | None = None) -> str:
    """The server database last connected to (the connect dialog starts from it), in use or not."""
    url = (settings or QSettings()).value(SHARED_URL, "")
    return url if isinstance(url, str) else ""


def use_shared_database(url: str, settings: QSettings | None = None) -> None:
    """Open `url` (given without a password) from now on; "" goes back to the file on this computer, keeping the
    address for the next connect."""
    settings = settings or QSettings()
    if url:
        settings.setValue(SHARED_URL, url)
    settings.setValue(SHARED_IN_USE, bool(url))
    settings.sync()


# --- What the rest of the program reads -----------------------------------------------------------------------


def repetition_threshold(settings: QSettings | None = None) -> float:
    """For `check_report(..., repetition_threshold=)`: the setting as a share (0.5 for 50 %)."""
    return value(REPETITION_THRESHOLD.key, settings) / 100


def backup_retention(settings: QSettings | None = None) -> Retention:
    """For `Database.retention`: how many automatic backups `backups.thin` keeps."""
    from disclosure_desktop.storage.backups import Retention

    return Retention(value(BACKUP_DAYS.key, settings), value(BACKUP_WEEKS.key, settings),
                     value(BACKUP_MONTHS.key, settings))


def preferred_faces(settings: QSettings | None = None) -> dict[str, str]:
    """role → family the clerk chose for the export fonts (only the roles set)."""
    return {o.role: value(o.key, settings) for o in declared()
            if isinstance(o, FontOption) and value(o.key, settings)}


def apply_agency_defaults(report: Report, settings: QSettings | None = None) -> Report:
    """A copy of a new, empty report with the default agency details filled in where it has none."""
    name = value(AGENCY_NAME.key, settings).strip()
    meta = dict(report.meta)
    for meta_key, declared_option in (("contact", AGENCY_CONTACT), ("agency_kind", AGENCY_KIND)):
        text = value(declared_option.key, settings).strip()
        if text and not meta.get(meta_key):
            meta[meta_key] = text
    return replace(report, agency=report.agency or name, meta=meta)


def apply_to_core(settings: QSettings | None = None) -> None:
    """Hand the settings that the core keeps for itself (the export faces) to it; call at start and after the
    settings dialog was accepted."""

    fonts.set_preferred_faces(preferred_faces(settings))
