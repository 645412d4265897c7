"""Application-wide look and language: the stylesheet, the Chinese UI font chain and the Qt translators."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

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
    from disclosure_desktop.gui.icons import app_icon

    app.setWindowIcon(app_icon())


def install_translators(app: QApplication, language: str) -> None:
    """Chinese is the first language: Qt's own strings (OK, Cancel…) and ours, from the shipped .qm files."""
    if language != "zh":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_zh_CN", qt_dir), ("disclosure_desktop_zh_CN", str(translations_dir()))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
