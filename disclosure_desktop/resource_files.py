"""Finds the shipped resources (formats, templates, icons, translations) in a checkout or an installed wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _root(name: str) -> Path:
    # An installed wheel carries the folders inside the package; a checkout keeps them beside it.
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"resource folder {name!r} is missing from the installation")


def resource_path(*parts: str) -> Path:
    """Path of a file under `resources/`."""
    return _root("resources").joinpath(*parts)


def translations_dir() -> Path:
    return _root("translations")
