"""The 公开办's desk in the real program, in its own process: a folder of reports taken into a batch of as many units.

`python -m benchmarks.desk_child DB FOLDER OUT.json` starts the program through its own entry point (offscreen) on
DB, which holds one review batch; the clerk of benchmarks/desk_clerk.py opens the desk, takes FOLDER in as a drop
does, and waits until the summary and the roll-up are on screen; then opens the batch again (every report checked
again from the database). A 5 ms heartbeat on the GUI thread measures how long it could not answer meanwhile.
Results go to OUT.json.

Only the standard library at the top: the intake's reading processes import this module as their main one.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from benchmarks.desk_clerk import Clerk
    from disclosure_desktop import app as entry

    db, folder, out = Path(argv[0]), Path(argv[1]), Path(argv[2])
    app = QApplication([sys.argv[0]])  # the program uses this one (it makes its own only when none exists)
    clerk = Clerk(app, folder, out)
    code = entry.main(["--db", str(db)])
    return 0 if code == 0 and clerk.results.failures == [] else 3


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
