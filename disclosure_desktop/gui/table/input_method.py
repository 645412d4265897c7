"""Text an input method commits to a table (full-width digits) reaches the cell it opens, like a typed key."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView


class CommittedText:
    """For the table view: Qt opens the cell for an input method's commit but drops it, so 「１２３」 became 23."""

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        view: QAbstractItemView = self  # type: ignore[assignment]
        index = view.currentIndex()
        if (view.state() != QAbstractItemView.State.EditingState and event.commitString()
                and self.current_cell() is not None  # type: ignore[attr-defined]
                and view.edit(index, QAbstractItemView.EditTrigger.AnyKeyPressed, event)
                and (editor := view.indexWidget(index)) is not None):
            editor.inputMethodEvent(event)
            return
        super().inputMethodEvent(event)  # type: ignore[misc]
