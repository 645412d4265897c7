"""`db upgrade` (spec §9, §14): an administrator brings a shared database to this program's schema — its tables
created in an empty one, an older one migrated after a verified backup; the clerks' programs never migrate it."""

from __future__ import annotations

import argparse
from pathlib import Path

from disclosure_desktop.cli.database import database_path, shown
from disclosure_desktop.cli.errors import EXIT_OK
from disclosure_desktop.messages import message
from disclosure_desktop.paths import data_folder
from disclosure_desktop.storage import upgrade
from disclosure_desktop.storage.location import locate


def server_backups(target: str | Path, chosen: Path | None = None) -> Path | None:
    """Where copies of a server database go when the command line takes them itself: `chosen`, else a folder per
    database in the program's data folder; None for a file (its backups live beside it)."""
    location = locate(target)
    if not location.shared:
        return None
    return chosen if chosen is not None else data_folder() / "shared-backups" / location.slug()


def cmd_db(args: argparse.Namespace) -> int:
    db = database_path(args)
    done = upgrade.upgrade(db, server_backups(db, args.backup_dir))
    name = shown(args)
    if not done.changed:
        print(message("upgrade.current", path=name, now=done.now))
    elif done.found is None:
        print(message("upgrade.created", path=name, now=done.now))
    else:
        print(message("upgrade.done", path=name, found=done.found, now=done.now, backup=done.backup or "—"))
    if done.pg_dump is not None:
        print(message("backup.native_written", path=done.pg_dump))
    elif done.backup is not None and done.pg_dump_problem not in ("", "—"):
        print(message("backup.native_missing", detail=done.pg_dump_problem, path=done.backup))
    return EXIT_OK
