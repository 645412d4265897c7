"""PySide6 reads the source of every module imported after it — inspect.getsource, tokenizing each file — to learn
whether the module says "PySide6" (so that its optional `__feature__` switches could apply to it; this program uses
none). On the window's start that is hundreds of modules (ours, SQLAlchemy's, Jinja2's). The same question is
answered here from the file's bytes (PySide's issue PYSIDE-2029; napari #8584 measured the same cost).

Nothing here imports Qt: the function finds PySide's module among those loaded, and does nothing without it (a
PySide that no longer asks, or the command line that never loads Qt)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"  # where PySide6 (6.4–6.11 at least) keeps the question it asks
# The standard library's own folder: none of its sources says "PySide6" (tests/runtime/test_pyside_imports.py
# reads them all), so its modules — a third of those a start imports — are answered without reading them.
STDLIB = os.path.dirname(os.__file__) + os.sep
_SITE = os.sep + "site-packages" + os.sep


def read_sources_less() -> bool:
    """Answer PySide's question for each later import from the file's bytes; True when it now does."""
    feature = sys.modules.get(FEATURE_MODULE)
    asked: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or asked is None or getattr(asked, "from_bytes", False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return asked(module)  # a builtin, compiled or frozen module: PySide's own answer, as cheap for those
        if path.startswith(STDLIB) and _SITE not in path:
            return False
        try:
            return b"PySide6" in _bytes_of(path)
        except OSError:
            return asked(module)

    uses_pyside.from_bytes = True  # type: ignore[attr-defined]
    uses_pyside.pyside_own = asked  # type: ignore[attr-defined]  # (a test compares the answers)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True


def _bytes_of(path: str) -> bytes:
    # os.read without a buffered file object: a third less time for each of the hundreds of files a start reads.
    fd = os.open(path, os.O_RDONLY)
    try:
        size = os.fstat(fd).st_size
        data = os.read(fd, size)
        while len(data) < size and (more := os.read(fd, size - len(data))):  # a short read (a signal) reads on
            data += more
        return data
    finally:
        os.close(fd)
