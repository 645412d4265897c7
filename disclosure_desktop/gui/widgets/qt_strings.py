"""Strings of Qt's own dialogs that Qt's shipped Chinese catalogue (qtbase_zh_CN.qm of Qt 6.11) lacks: declared
here in Qt's own contexts so that pyside6-lupdate puts them in our .ts, the glossary gives the Chinese, and our
translator (installed after Qt's, so asked first) answers for them. Found by tests/test_ui_language.py."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

STOCK_STRINGS = (
    # The widget file dialog's labels, with the mnemonics Qt 6 added (the catalogue has them without).
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    # The file dialog's "type" column.
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
)
