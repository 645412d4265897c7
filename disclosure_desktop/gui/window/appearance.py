"""Application-wide look and language: the stylesheet, the Chinese UI font chain and the Qt translators."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from disclosure_desktop.gui.widgets.icons import app_icon
from disclosure_desktop.resource_files import resource_path, translations_dir

# UI faces in order of preference on Windows, UOS/Kylin and plain Debian; Qt falls back along the list per glyph.
UI_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
               "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "PingFang SC", "sans-serif"]


def apply_appearance(app: QApplication) -> None:
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
    app.setFont(font)
    app.setStyleSheet(resource_path("styles", "app.qss").read_text("utf-8"))

    app.setWindowIcon(app_icon())


_installed: list[QTranslator] = []


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own qtbase_*.qm may be: Qt's configured folder, else the PySide6 package's (a PyInstaller or
    .deb build relocates Qt, and QLibraryInfo may then name a folder that does not exist)."""
    package = Path(PySide6.__file__).resolve().parent
    candidates = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                  package / "Qt" / "translations", package / "translations"]
    return [c for i, c in enumerate(candidates) if c.is_dir() and c not in candidates[:i]]


def remove_translators(app: QApplication) -> None:
    """Take out the translators `install_translators` put in (the source texts and the system's locale again)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale.system())


def install_translators(app: QApplication, language: str) -> list[str]:
    """Qt's own strings (OK, Cancel, the file dialog's "Look in:") and ours in `language` (zh or en), from the
    shipped .qm files; replaces the translators installed before. Returns the catalogues loaded."""
    remove_translators(app)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        suffix = "en"
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        suffix = "zh_CN"
    wanted = [(f"qtbase_{suffix}", qt_translations_dirs()), (f"disclosure_desktop_{suffix}", [translations_dir()])]
    loaded = []
    for name, folders in wanted:
        for folder in folders:
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(name)
                break
    return loaded
