"""Reading a report back from our own Word file (spec §10) with the `import` command, once the program has it."""

from __future__ import annotations

import importlib.util
import statistics
from pathlib import Path

from benchmarks.environment import child_environment, run_child, spread
from benchmarks.exports import program
from benchmarks.reports import word_file


def measure(work: Path, runs: int) -> dict[str, object]:
    if importlib.util.find_spec("disclosure_desktop.importers") is None:
        return {"import_docx_s": None, "notes": ["Word import: not in this program yet (import_docx_s is null)"]}
    home = work / "import"
    docx = word_file(home)
    env = child_environment(home)
    times = []
    for _ in range(runs + 1):  # the first writes byte code and creates the database: not counted
        done = run_child([*program(), "--db", str(home / "reports.sqlite"), "import", str(docx)], env, timeout=120)
        if done.returncode != 0:
            line = (done.stderr.strip().splitlines() or ["?"])[-1]
            return {"import_docx_s": None, "notes": [f"Word import refused our own file: {line}"]}
        times.append(done.seconds)
    return {"import_docx_s": statistics.median(times[1:]),
            "notes": [f"import of our .docx as a process, {runs} runs: {spread(times[1:])} s"]}
