"""Fails when a built wheel lacks what the installed program reads at run time: every file of resources/ (formats,
templates, help, icons, styles, examples, licences), the compiled translations and the migrations.
`python scripts/check_wheel.py dist/disclosure_desktop-*.whl` (CI and tests/packaging/test_packaging.py run it)."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Files of resources/ that only the developers use.
NOT_SHIPPED = {"help/README.md"}


def expected() -> set[str]:
    """The wheel paths the program needs, from the checkout."""
    package = "disclosure_desktop"
    wanted = {f"{package}/resources/{p.relative_to(ROOT / 'resources').as_posix()}"
              for p in (ROOT / "resources").rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    wanted -= {f"{package}/resources/{n}" for n in NOT_SHIPPED}
    wanted |= {f"{package}/translations/{p.name}" for p in (ROOT / "translations").glob("*.qm")}
    wanted |= {f"{package}/storage/migrations/{p.name}" for p in (ROOT / package / "storage" / "migrations").glob(
        "*.mako")}
    return wanted


def missing(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    return sorted(expected() - names)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    absent = missing(Path(argv[0]))
    for name in absent:
        print(f"missing from the wheel: {name}", file=sys.stderr)
    return 1 if absent else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
