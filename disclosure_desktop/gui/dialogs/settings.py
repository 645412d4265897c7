"""The settings dialog, built from the declarations in options.py: one tab per page, one field per setting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop import options
from disclosure_desktop.export.fonts import font_plan
from disclosure_desktop.gui.widgets.accessible import with_mnemonic
from disclosure_desktop.gui.widgets.screen_fit import keep_on_screen
from disclosure_desktop.options import (
    BoolOption,
    ChoiceOption,
    FolderOption,
    FontOption,
    IntOption,
    Option,
    TextOption,
)


class _Field:
    """One setting's editor: reads and shows a value of the option's type."""

    def __init__(self, option: Option, widget: QWidget, get: Any, put: Any) -> None:
        self.option, self.widget, self.get, self.put = option, widget, get, put


class SettingsDialog(QDialog):
    """OK stores every field; Restore Defaults only refills the fields (nothing is stored before OK)."""

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never larger than the screen, never off it
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings or QSettings()
        self.fields: dict[str, _Field] = {}
        self.changed_keys: list[str] = []  # after OK: what the clerk changed (a new language needs a restart)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        # Letters chosen from the declared English titles: the tabs' first, each page's own among the rest.
        tab_letters: set[str] = set()
        pages = [(page_options, with_mnemonic(page_title, options.title(page_title), tab_letters))
                 for page, page_title in options.PAGES
                 if (page_options := [o for o in options.declared() if o.page == page])]
        for page_options, title in pages:
            self.tabs.addTab(self._page(page_options, tab_letters), title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        for field in self.fields.values():
            field.put(options.value(field.option.key, self._settings))
        self.resize(640, 460)

    def _page(self, page_options: list[Option], taken: set[str]) -> QWidget:
        inner = QWidget()
        form = QFormLayout(inner)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        used = set(taken) | {"r"}  # B&rowse… of the folder fields
        for declared in page_options:
            field = self._field(declared, used)
            field.widget.setObjectName(f"setting:{declared.key}")
            bool_option = isinstance(declared, BoolOption)  # a check box carries its own title and letter
            label = QLabel(options.title(declared.title) if bool_option else
                           with_mnemonic(declared.title, options.title(declared.title), used))
            buddy = field.widget.findChild(QLineEdit) if isinstance(declared, FolderOption) else field.widget
            assert buddy is not None  # a folder's field holds its line edit
            label.setBuddy(buddy)
            label.setWordWrap(True)
            if declared.tooltip:
                field.widget.setToolTip(options.title(declared.tooltip))
                field.widget.setAccessibleDescription(options.title(declared.tooltip))
            field.widget.setAccessibleName(options.title(declared.title))
            if declared.tooltip and not isinstance(declared, BoolOption):  # the note right under its field
                cell = QWidget()
                column = QVBoxLayout(cell)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(2)
                note = QLabel(options.title(declared.tooltip), objectName="settingNote")
                note.setWordWrap(True)
                note.setStyleSheet("color: palette(placeholder-text);")
                column.addWidget(field.widget)
                column.addWidget(note)
                form.addRow(label, cell)
            elif isinstance(declared, BoolOption):  # a check box carries its own title
                form.addRow(field.widget)
            else:
                form.addRow(label, field.widget)
            self.fields[declared.key] = field
        scroll = QScrollArea()  # a small screen scrolls a long page instead of clipping it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _field(self, declared: Option, used: set[str]) -> _Field:
        if isinstance(declared, BoolOption):
            box = QCheckBox(with_mnemonic(declared.title, options.title(declared.title), used))
            return _Field(declared, box, box.isChecked, box.setChecked)
        if isinstance(declared, IntOption):
            spin = QSpinBox(minimum=declared.minimum, maximum=declared.maximum)
            spin.setSuffix(declared.suffix)
            return _Field(declared, spin, spin.value, spin.setValue)
        if isinstance(declared, ChoiceOption):
            combo = QComboBox()
            for stored, choice_title in declared.choices:
                combo.addItem(options.title(choice_title), stored)
            return _Field(declared, combo, combo.currentData,
                          lambda v, c=combo: c.setCurrentIndex(max(0, c.findData(v))))
        if isinstance(declared, FontOption):
            return self._font_field(declared)
        if isinstance(declared, FolderOption):
            return self._folder_field(declared)
        if isinstance(declared, TextOption) and declared.multiline:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 4)
            text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            return _Field(declared, text, text.toPlainText, text.setPlainText)
        line = QLineEdit()
        return _Field(declared, line, line.text, line.setText)

    def _font_field(self, declared: FontOption) -> _Field:
        combo = QComboBox()
        automatic = font_plan().roles[declared.role].used if declared.role in font_plan().roles else ""
        combo.addItem(self.tr("Automatic (now %1)").replace("%1", automatic), "")
        for family in sorted(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)):
            combo.addItem(family, family)

        def put(family: str) -> None:
            index = combo.findData(family)
            if index < 0 and family:  # a face chosen on another machine: keep it, say it is missing here
                combo.addItem(self.tr("%1 (not installed)").replace("%1", family), family)
                index = combo.count() - 1
            combo.setCurrentIndex(max(0, index))

        return _Field(declared, combo, combo.currentData, put)

    def _folder_field(self, declared: FolderOption) -> _Field:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        line = QLineEdit()
        line.setPlaceholderText(self.tr("Documents folder"))
        browse = QPushButton(self.tr("B&rowse…"))
        row.addWidget(line, 1)
        row.addWidget(browse)
        box.setFocusProxy(line)

        def choose() -> None:
            folder = QFileDialog.getExistingDirectory(self, options.title(declared.title), line.text())
            if folder:
                line.setText(folder)

        browse.clicked.connect(choose)
        return _Field(declared, box, lambda: line.text().strip(), line.setText)

    def show_page(self, page: str) -> None:
        """Open on `page` (e.g. "backups") — a message about backups can lead straight there."""
        names = [p for p, _ in options.PAGES if any(o.page == p for o in options.declared())]
        if page in names:
            self.tabs.setCurrentIndex(names.index(page))

    def restore_defaults(self) -> None:
        for field in self.fields.values():
            field.put(field.option.default)

    def accept(self) -> None:
        self.changed_keys = []
        for key, field in self.fields.items():
            new = field.get()
            if new != options.value(key, self._settings):
                self.changed_keys.append(key)
            if new == field.option.default:
                options.reset(key, self._settings)
            else:
                options.set_value(key, new, self._settings)
        self._settings.sync()
        options.apply_to_core(self._settings)
        super().accept()
