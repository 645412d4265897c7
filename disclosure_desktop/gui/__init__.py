"""The Qt Widgets user interface: main window, report list, wizard, table editors and preview."""

import PySide6.QtCore  # noqa: F401 — loaded first, so that PySide's question below can be answered cheaper

from disclosure_desktop.runtime.pyside_imports import read_sources_less

# Before the hundreds of modules the window and its database thread import (ours, SQLAlchemy's, Jinja2's).
read_sources_less()
