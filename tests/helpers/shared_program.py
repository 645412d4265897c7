"""Another program on the same database, for the presence and change tests:

`python -m tests.helpers.shared_program hold TARGET REPORT_ID NAME PART` — has the report open (presence) and
prints `held`, then waits until killed or its standard input closes.
`python -m tests.helpers.shared_program listen TARGET` — prints `listening` (with whether the server's
notifications arrive), then one JSON line per change it sees, until its standard input closes.
"""

from __future__ import annotations

import json
import sys
import threading

from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.presence import Presence
from disclosure_desktop.storage.watch import ChangeWatch


def hold(target: str, report_id: int, name: str, part: str) -> None:
    with Database.open(target) as db:
        presence = Presence(db, name)
        print("held" if presence.hold(report_id, part) else "not held", flush=True)
        sys.stdin.read()  # until the test closes it (or kills this program)
        presence.close()


def listen(target: str) -> None:
    with Database.open(target) as db:
        watch = ChangeWatch(db, poll_every=0.2)
        threading.Thread(target=lambda: (sys.stdin.read(), watch.stop()), daemon=True).start()
        watch.wait(0.0)  # starts listening where the server can
        print(json.dumps({"listening": watch.listening}), flush=True)
        while True:
            changes = watch.wait(1.0)
            if not changes and watch.stopped:
                break
            for change in changes:
                print(json.dumps(vars(change)), flush=True)
        watch.close()


if __name__ == "__main__":
    if sys.argv[1] == "hold":
        hold(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5])
    else:
        listen(sys.argv[2])
