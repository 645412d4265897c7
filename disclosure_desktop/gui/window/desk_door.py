"""The 公开办's review desk built the first time it is opened: its modules (the review, the 图解, the issue lists)
load then, not at every start of a clerk's window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget

from disclosure_desktop.gui.window.host import ReportHost

if TYPE_CHECKING:
    from disclosure_desktop.gui.desk.control import DeskControl
    from disclosure_desktop.gui.desk.workspace import DeskWorkspace


class DeskDoor:
    """Holds the desk's workspace and controller once made; the window's stack gets the workspace then."""

    def __init__(self, stack: QStackedWidget, host: ReportHost) -> None:
        self._stack = stack
        self._host = host
        self._workspace: DeskWorkspace | None = None
        self._control: DeskControl | None = None

    @property
    def workspace(self) -> DeskWorkspace:
        self._build()
        assert self._workspace is not None  # _build made it
        return self._workspace

    @property
    def control(self) -> DeskControl:
        self._build()
        assert self._control is not None  # _build made it
        return self._control

    def _build(self) -> None:
        if self._workspace is not None:
            return
        from disclosure_desktop.gui.desk.control import DeskControl
        from disclosure_desktop.gui.desk.workspace import DeskWorkspace

        self._workspace = DeskWorkspace()
        self._stack.addWidget(self._workspace)
        self._control = DeskControl(self._workspace, self._host)

    def close(self, final: bool = True) -> None:
        """An intake stops and its jobs end before the database closes; nothing to do for a desk never opened."""
        if self._control is not None:
            self._control.close(final=final)
