"""A tree's items as lists: PySide6's stubs type every item getter as Optional, though Qt gives one for each index
below the count."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The tree's top-level items, in order."""
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [item for item in items if item is not None]


def child_items(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The item's children, in order."""
    children = [item.child(i) for i in range(item.childCount())]
    return [child for child in children if child is not None]
