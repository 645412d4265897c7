"""Who changed the report, when and what (spec §14's audit log), under the versions of a shared database: the
clerk's name as they gave it, the server login beside it, the action in words and how much it touched."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QTableWidgetItem, QVBoxLayout, QWidget

from disclosure_desktop.gui.widgets.list_table import list_table

# PySide6's stub types QT_TRANSLATE_NOOP's result as object; it is the source text (as options.py notes).
NOOP: Callable[[str, str], str] = QtCore.QT_TRANSLATE_NOOP  # type: ignore[assignment]
_ACTIONS = {  # storage/audit.py's actions, in words
    "create": NOOP("AuditView", "Created"), "edit": NOOP("AuditView", "Edited"),
    "duplicate": NOOP("AuditView", "Duplicated"), "delete": NOOP("AuditView", "Deleted"),
    "snapshot": NOOP("AuditView", "Saved a version"), "sign": NOOP("AuditView", "Signed (签发)"),
    "submit": NOOP("AuditView", "Made the submission package"),
    "remarks": NOOP("AuditView", "Opened the office's remarks"),
    "publish": NOOP("AuditView", "Recorded the publication"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditView", text)


def who(entry: Any) -> str:
    """“张三 (zhangsan)”: the name the clerk gave, and the login the server knows (which nobody can type)."""
    if entry.user_name and entry.db_user and entry.user_name != entry.db_user:
        return f"{entry.user_name} ({entry.db_user})"
    return entry.user_name or entry.db_user or "—"


def what(entry: Any) -> str:
    """The action, and for an edit how many cells, texts and fields it touched."""
    action = _tr(_ACTIONS.get(entry.action, entry.action))
    touched = entry.what
    counts = [(len(touched.get("cells", [])), QCoreApplication.translate("AuditView", "%n cell(s)")),
              (len(touched.get("sections", [])) + len(touched.get("headings", [])),
               QCoreApplication.translate("AuditView", "%n text(s)")),
              (len(touched.get("fields", [])) + len(touched.get("meta", [])),
               QCoreApplication.translate("AuditView", "%n detail(s)"))]
    said = [text.replace("%n", str(n)) for n, text in counts if n]
    if entry.revision is not None and entry.action == "edit":
        said.append(QCoreApplication.translate("AuditView", "revision %1").replace("%1", str(entry.revision)))
    return action + ("：" + "，".join(said) if said else "")


class AuditView(QGroupBox):
    """The newest entries first; read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("AuditView", "Who changed what"), parent)
        self.setObjectName("auditView")
        self.table = list_table("auditTable", [QCoreApplication.translate("AuditView", "When"),
                                               QCoreApplication.translate("AuditView", "Who"),
                                               QCoreApplication.translate("AuditView", "What")], 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def set_entries(self, entries: list[Any]) -> None:
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            local = entry.at.astimezone()
            when = f"{local:%Y-%m-%d %H:%M}"
            for column, text in enumerate((when, who(entry), what(entry))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
