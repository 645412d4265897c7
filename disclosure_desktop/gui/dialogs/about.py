"""About: the program's version and licence, the components it is built on and the licences of the typefaces it
prints with (no font file is shipped; the installed faces are used and named)."""

from __future__ import annotations

import html
import platform
import tomllib
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from disclosure_desktop import __version__
from disclosure_desktop.export.fonts import ROLES, font_plan
from disclosure_desktop.gui.widgets.icons import app_icon
from disclosure_desktop.gui.widgets.screen_fit import keep_on_screen
from disclosure_desktop.resource_files import resource_path


def font_licence(family: str, known: dict[str, str]) -> str:
    """The licence of `family` by the longest known prefix of its name; "" when not known."""
    matches = [prefix for prefix in known if family.startswith(prefix)]
    return known[max(matches, key=len)] if matches else ""


def _header_row(*titles: str) -> str:
    return "<tr>" + "".join(f"<th align='left'>{html.escape(t)}</th>" for t in titles) + "</tr>"


class AboutDialog(QDialog):
    def __init__(self, db_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never larger than the screen, never off it
        self.setWindowTitle(self.tr("About"))
        data = tomllib.loads(resource_path("licences.toml").read_text("utf-8"))
        tabs = QTabWidget()
        tabs.setObjectName("aboutTabs")
        tabs.addTab(self._about(db_path), self.tr("Program"))
        tabs.addTab(self._browser(self._components_html(data), "aboutComponents"), self.tr("Components"))
        tabs.addTab(self._browser(self._fonts_html(data.get("fonts", {})), "aboutFonts"), self.tr("Fonts"))
        tabs.addTab(self._licence(), self.tr("Licence"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.resize(600, 440)

    def _about(self, db_path: Path | None) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        icon = QLabel(objectName="aboutIcon")
        icon.setPixmap(app_icon().pixmap(64, 64))
        layout.addWidget(icon, alignment=Qt.AlignmentFlag.AlignHCenter)
        name = self.tr("Government Information Disclosure Annual Report")
        lines = [
            f"<h2>{html.escape(name)}</h2>",
            "<p>" + html.escape(self.tr("Version %1").replace("%1", __version__)) + "</p>",
            "<p>" + html.escape(self.tr("Drafts, checks, prints and publishes the annual report on government "
                                        "information disclosure in the official format. Works offline: nothing "
                                        "leaves this computer.")) + "</p>",
            "<p>" + html.escape(self.tr("Free software under the MIT licence.")) + "</p>",
        ]
        if db_path is not None:
            lines.append("<p>" + html.escape(self.tr("Your reports are kept in %1").replace("%1", str(db_path)))
                         + "</p>")
        lines.append("<p><small>" + html.escape(
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}") + "</small></p>")
        text = QLabel("\n".join(lines), objectName="aboutText")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        layout.addStretch(1)
        return page

    def _licence(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        note = QLabel(self.tr("The program is free software under the MIT licence; its binding wording is the "
                              "English original below."), objectName="aboutLicenceNote")
        note.setWordWrap(True)
        licence = QTextBrowser()
        licence.setObjectName("aboutLicence")
        licence.setPlainText(resource_path("LICENSE.txt").read_text("utf-8"))
        layout.addWidget(note)
        layout.addWidget(licence, 1)
        return page

    @staticmethod
    def _browser(content: str, name: str) -> QTextBrowser:
        browser = QTextBrowser()
        browser.setObjectName(name)
        browser.setOpenLinks(False)  # offline: an address is shown, never fetched
        browser.setHtml(content)
        return browser

    def _components_html(self, data: dict) -> str:
        rows = "".join(f"<tr><td>{html.escape(c['name'])}</td><td>{html.escape(c['licence'])}</td>"
                       f"<td>{html.escape(c['url'])}</td></tr>" for c in data.get("components", ()))
        head = _header_row(self.tr("Component"), self.tr("Licence"), self.tr("Home page"))
        intro = self.tr("Built on these libraries, each under its own licence:")
        return f"<p>{html.escape(intro)}</p><table cellpadding='4'>{head}{rows}</table>"

    def _licence_text(self, licence: str) -> str:
        kind, _, who = licence.partition(":")
        if kind == "system" and who:
            return self.tr("Licensed with the operating system (%1)").replace("%1", who)
        if kind == "vendor" and who:
            return self.tr("Licensed by its maker, %1").replace("%1", who)
        return licence or self.tr("Not known; see the font's own files")

    def _fonts_html(self, known: dict[str, str]) -> str:
        plan = font_plan()
        rows = []
        for role in ROLES:
            font = plan.roles[role]
            licence = self._licence_text(font_licence(font.used, known))
            rows.append(f"<tr><td>{html.escape(font.wanted)}</td><td>{html.escape(font.used)}</td>"
                        f"<td>{html.escape(licence)}</td></tr>")
        head = _header_row(self.tr("Official face"), self.tr("Used on this computer"), self.tr("Licence"))
        note = self.tr("The program ships no font files. Printing and export use the faces installed on this "
                       "computer, each under its own licence, which also says whether it may be embedded in a PDF.")
        return f"<p>{html.escape(note)}</p><table cellpadding='4'>{head}{''.join(rows)}</table>"
