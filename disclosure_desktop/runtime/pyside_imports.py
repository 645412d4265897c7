"""PySide6 reads the source of every module imported after it — inspect.getsource, tokenizing each file — to learn
whether the module says "PySide6" (so that its optional `__feature__` switches could apply to it; this program uses
none). On the window's start that is hundreds of modules (ours, SQLAlchemy's, Jinja2's). The same question is
answered here from the file's bytes (PySide's issue PYSIDE-2029; napari #8584 measured the same cost).

Nothing here imports Qt: the function finds PySide's module among those loaded, and does nothing without it (a
PySide that no longer asks, or the command line that never loads Qt)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"  # where PySide6 (6.4–6.11 at least) keeps the question it asks


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
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return asked(module)

    uses_pyside.from_bytes = True  # type: ignore[attr-defined]
    uses_pyside.pyside_own = asked  # type: ignore[attr-defined]  # (a test compares the answers)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
