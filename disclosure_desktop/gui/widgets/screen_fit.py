"""Windows and dialogs on the screen they open on: a geometry saved on a larger screen (a maximised window on a
1366×768 monitor, brought back on a 1024×700 laptop) or a dialog's preferred size never leaves Back/Next, the
status bar or a dialog's buttons out of reach. The one place a geometry is restored or a window is fitted."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

_Window = TypeVar("_Window", bound=QWidget)  # keep_on_screen hands back what it was given


def fit_rect(frame: QRect, available: QRect) -> QRect:
    """`frame` shrunk to `available` where it is larger, and moved inside it."""
    width, height = min(frame.width(), available.width()), min(frame.height(), available.height())
    x = min(max(frame.x(), available.x()), available.x() + available.width() - width)
    y = min(max(frame.y(), available.y()), available.y() + available.height() - height)
    return QRect(x, y, width, height)


def available_area(window: QWidget) -> QRect:
    """The part of the window's screen that windows may take (the screen less its panels and task bar)."""
    screen = window.screen() or QGuiApplication.screenAt(window.frameGeometry().center()) \
        or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect()


def fit_into_screen(window: QWidget, *, normal_size_too: bool = False) -> None:
    """Shrink and move a top-level window so that its frame (title bar and borders included) lies inside the
    available area. A maximised window fills it already; with `normal_size_too` (before it is shown) its normal
    size is fitted as well, for when the clerk restores it."""
    available = available_area(window)
    if available.isEmpty() or window.isFullScreen():
        return
    state = window.windowState()
    maximised = bool(state & Qt.WindowState.WindowMaximized)
    if maximised and not normal_size_too:
        return
    if maximised:
        window.setWindowState(state & ~Qt.WindowState.WindowMaximized)
    frame, inner = window.frameGeometry(), window.geometry()
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    target = fit_rect(frame, available)
    if target != frame:
        window.resize(max(1, target.width() - extra_w), max(1, target.height() - extra_h))
        window.move(target.topLeft())  # a top-level window's move() places its frame
    if maximised:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def preferred_size(window: QWidget, width: int, height: int) -> None:
    """The size a window would like, or less on a small screen (a 1024×700 laptop), room left for its frame."""
    available = available_area(window)
    if not available.isEmpty():
        width, height = min(width, available.width() - 40), min(height, available.height() - 60)
    window.resize(width, height)


def restore_geometry(window: QWidget, key: str, settings: QSettings | None = None) -> bool:
    """The window's geometry as last saved under `key`, fitted to the screen it now opens on; False when none
    was saved (the window keeps its size, fitted all the same)."""
    saved = (settings or QSettings()).value(key)
    restored = isinstance(saved, QByteArray) and window.restoreGeometry(saved)
    fit_into_screen(window, normal_size_too=True)
    return bool(restored)


def save_geometry(window: QWidget, key: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(key, window.saveGeometry())


class _OnScreen(QObject):
    """Fits its window each time it is shown (a dialog opened again after the window moved to a smaller screen)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            fit_into_screen(watched)
        return False


def keep_on_screen(window: _Window) -> _Window:
    """Have `window` (a dialog, a preview) fitted to the screen whenever it is shown; returns it."""
    if window.findChild(_OnScreen, "onScreen", Qt.FindChildOption.FindDirectChildrenOnly) is None:
        keeper = _OnScreen(window)
        keeper.setObjectName("onScreen")
        window.installEventFilter(keeper)
    return window


def restore_layout(window: QWidget, key: str, splitter: QSplitter, splitter_key: str) -> None:
    """A main window as last closed, or (a first start) at its own size — inside the screen it opens on either way,
    a 1024×700 laptop included, and again whenever it is shown (keep_on_screen) — with its splitter as it was."""
    restore_geometry(window, key)
    keep_on_screen(window)
    state = QSettings().value(splitter_key)
    if isinstance(state, QByteArray):
        splitter.restoreState(state)


def save_layout(window: QWidget, key: str, splitter: QSplitter, splitter_key: str) -> None:
    save_geometry(window, key)
    QSettings().setValue(splitter_key, splitter.saveState())
