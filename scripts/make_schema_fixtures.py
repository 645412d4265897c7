"""Writes tests/fixtures/schemas/schema-vN.sqlite: one real database file per past schema version, made by the
program as it was at that version (its commit checked out into a temporary worktree and run with this
checkout's Python environment), so the migration tests open what clerks' machines really hold.

    .venv/bin/python scripts/make_schema_fixtures.py

Each file holds the full example report of tests/fixtures/full_report_2021.json, a warning acknowledged where the
version knew acknowledgements, and a saved and a signed version where it knew versions.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "schemas"
REPORT = ROOT / "tests" / "fixtures" / "full_report_2021.json"
# schema version → the last commit of the program that wrote it (the commit before the next migration was added).
COMMITS = {1: "5791203", 2: "8215a38", 3: "a5220eb", 4: "b01c683", 5: "db2e988", 6: "8f4c2c4"}


def run(worktree: Path, db: Path, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DISCLOSURE_LANG="zh")
    done = subprocess.run([sys.executable, "-m", "disclosure_desktop", "--db", str(db), *args], cwd=worktree,
                          capture_output=True, text=True, env=env, check=False)
    if done.returncode not in (0, 1):  # 1: `check` found errors
        raise SystemExit(f"{' '.join(args)} at {worktree.name}: {done.stderr}")
    return done.stdout.strip()


def make(version: int, commit: str, work: Path) -> Path:
    worktree = work / f"v{version}"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(worktree), commit],
                   check=True, capture_output=True)
    try:
        db = work / f"schema-v{version}.sqlite"
        document = json.loads(REPORT.read_text("utf-8"))
        if version >= 3:  # acknowledgements were read from JSON from schema 3 on (schema 2 had only the table)
            document["acknowledged"] = {"BLANK-CELL@proactive": "本年度未制发规章，空白即为0"}
        source = work / f"report-v{version}.json"
        source.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
        report_id = run(worktree, db, "import", str(source))
        if version >= 3:  # versions and 签发 came with schema 3, the reviewer with schema 4
            run(worktree, db, "snapshot", report_id, "--name", "一稿")
            sign = ["sign", report_id, "--by", "张局长"]
            run(worktree, db, *([*sign, "--reviewed-by", "李科长"] if version >= 4 else sign))
        run(worktree, db, "list")  # closes the file cleanly: its WAL is checkpointed into it
        for suffix in ("-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        return db
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(worktree)], check=False,
                       capture_output=True)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for version, commit in COMMITS.items():
            made = make(version, commit, Path(tmp))
            shutil.copy(made, OUT / made.name)
            print(f"schema {version}: {OUT / made.name} ({made.stat().st_size} bytes, from {commit})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
