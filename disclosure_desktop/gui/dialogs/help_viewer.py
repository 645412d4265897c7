"""The in-program guide: contents of one report format on the left, the entry on the right, opened by F1 at the
page or cell it explains (`open_help(key)`)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from disclosure_desktop.domain import help_topics
from disclosure_desktop.domain.formats import GOV_DEFAULT, all_formats
from disclosure_desktop.gui.widgets.screen_fit import keep_on_screen
from disclosure_desktop.gui.widgets.tree_items import child_items, top_items
from disclosure_desktop.messages import current_language

KEY_ROLE = Qt.ItemDataRole.UserRole


def render(topic: help_topics.Topic, language: str | None = None) -> str:
    """The entry as the viewer shows it: its title, paragraphs and lists, every text escaped."""
    parts = [f"<h2>{html.escape(topic.title(language))}</h2>"]
    if topic.label and topic.label != topic.title(language):  # the words the printed table uses
        parts.append(f"<p><i>{html.escape(topic.label)}</i></p>")
    items: list[str] = []
    for line in [*topic.body(language).splitlines(), ""]:
        text = line.strip()
        if text.startswith("- "):
            items.append(f"<li>{html.escape(text[2:])}</li>")
            continue
        if items:
            parts.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if text:
            parts.append(f"<p>{html.escape(text)}</p>")
    return "\n".join(parts)


def format_of(key: str) -> str:
    """The format whose contents show `key`: named in section and format keys; for a table's rows the first
    format with that table (the current format first)."""
    kind, _, rest = key.partition(":")
    if kind in ("section", "format"):
        return rest.split(":", 1)[0]
    if kind in ("row", "column"):
        table_id = rest.split(":", 1)[0]
        formats = all_formats()
        for format_id in (GOV_DEFAULT, *formats):
            if any(t.id == table_id for t in formats[format_id].tables):
                return format_id
    return GOV_DEFAULT


class HelpViewer(QDialog):
    """Not modal: the clerk reads the entry beside the page it explains."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never larger than the screen, never off it
        self.setWindowTitle(self.tr("Guide to the report"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.format_box = QComboBox()
        self.format_box.setObjectName("helpFormat")
        english = current_language() == "en"
        for format_id, fmt in all_formats().items():
            self.format_box.addItem(fmt.name_en if english else fmt.name, format_id)
        self.search = QLineEdit(objectName="helpSearch", placeholderText=self.tr("Search the guide"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("helpContents")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Contents"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Guide entry"))

        top = QHBoxLayout()
        format_label = QLabel(self.tr("&Format:"))
        format_label.setBuddy(self.format_box)
        top.addWidget(format_label)
        top.addWidget(self.format_box, 1)
        top.addWidget(self.search, 1)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.resize(900, 620)

        self.format_box.currentIndexChanged.connect(lambda _: self._fill(self.format_id()))
        self.tree.currentItemChanged.connect(self._item_changed)
        self.search.textChanged.connect(self._filter)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self._fill(GOV_DEFAULT)

    def format_id(self) -> str:
        return str(self.format_box.currentData())

    @property
    def current_key(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, KEY_ROLE)) if item is not None else ""

    def _fill(self, format_id: str) -> None:
        self.tree.clear()
        for node in help_topics.contents(format_id):
            self.tree.addTopLevelItem(self._item(node))
        self.tree.expandAll()
        self._filter(self.search.text())

    def _item(self, node: help_topics.Node) -> QTreeWidgetItem:
        topic = help_topics.topic(node.key) if node.key else None
        # A group of the table shows its printed label (in English where the help data names it).
        if topic is not None:
            text = topic.title()
        else:
            text = self.tr("Columns") if node.label == "columns" else help_topics.group_title(node.label)
        item = QTreeWidgetItem([text])
        item.setData(0, KEY_ROLE, node.key)
        item.setToolTip(0, text)
        for child in node.children:
            item.addChild(self._item(child))
        return item

    def _items(self, parent: QTreeWidgetItem | None = None) -> list[QTreeWidgetItem]:
        """Every line of the contents, depth first."""
        children = top_items(self.tree) if parent is None else child_items(parent)
        out: list[QTreeWidgetItem] = []
        for child in children:
            out.append(child)
            out.extend(self._items(child))
        return out

    def show_topic(self, key: str) -> bool:
        """Show the entry `key` (switching to its format); False when there is none."""
        if help_topics.topic(key) is None:
            return False
        format_id = format_of(key)
        if format_id != self.format_id():
            self.format_box.setCurrentIndex(max(0, self.format_box.findData(format_id)))
        self.search.clear()
        for item in self._items():
            if item.data(0, KEY_ROLE) == key:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return True
        self._show(key)  # an entry the contents do not list (e.g. another format's table)
        return True

    def _item_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        key = str(current.data(0, KEY_ROLE))
        while not key and (parent := current.parent()) is not None:  # a group shows the entry of its part
            current = parent
            key = str(current.data(0, KEY_ROLE))
        self._show(key)

    def _show(self, key: str) -> None:
        topic = help_topics.topic(key)
        if topic is not None:
            self.browser.setHtml(render(topic))

    def _filter(self, text: str) -> None:
        """Show the lines whose entry holds `text`, with the lines above them; everything when it is empty."""
        needle = text.strip().lower()

        def apply(item: QTreeWidgetItem) -> bool:
            shown = [apply(child) for child in child_items(item)]
            hit = not needle or any(shown) or self._matches(item, needle)
            item.setHidden(not hit)
            return hit

        for top in top_items(self.tree):
            apply(top)

    @staticmethod
    def _matches(item: QTreeWidgetItem, needle: str) -> bool:
        key = str(item.data(0, KEY_ROLE))
        topic = help_topics.topic(key) if key else None
        if topic is None:
            return needle in item.text(0).lower()
        return needle in topic.title().lower() or needle in topic.body().lower()


_viewer: HelpViewer | None = None


def open_help(key: str = help_topics.GUIDE, parent: QWidget | None = None) -> HelpViewer:
    """Show the guide at `key` (see domain/help_topics.py: page_key, cell_key); one viewer for the program."""
    global _viewer
    if _viewer is None or not isValid(_viewer):  # its window may have gone (a test, a closed main window)
        _viewer = HelpViewer(parent.window() if parent is not None else None)
    if not _viewer.show_topic(key):
        _viewer.show_topic(help_topics.GUIDE)
    _viewer.show()
    _viewer.raise_()
    _viewer.activateWindow()
    return _viewer
