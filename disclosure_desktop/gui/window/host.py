"""What the window's controllers (report commands, versions, help) may use of the window: the database thread,
the open report, leaving and opening reports, a line in the status bar and a parent for their dialogs.

They hold this, not the window: a controller cannot reach into the window's widgets, and the window module
imports the controllers without the controllers importing it back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QWidget

from disclosure_desktop.runtime.open_report import OpenReport
from disclosure_desktop.runtime.store_thread import StoreThread


class ReportHost(Protocol):
    store: StoreThread
    db_path: Path

    @property
    def session(self) -> OpenReport | None: ...

    def dialog_parent(self) -> QWidget: ...

    def say(self, text: str, timeout_ms: int = 8000) -> None: ...

    def leave_report(self, forget: bool = True) -> bool: ...

    def open_report(self, report_id: int, page_key: str = "") -> None: ...

    def show_reports(self) -> None: ...

    def release_database(self) -> None: ...

    def start(self) -> None: ...
