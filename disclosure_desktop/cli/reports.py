"""The command-line verbs that read reports (spec §9): list and check."""

from __future__ import annotations

import argparse
import json

from disclosure_desktop.cli.database import opened
from disclosure_desktop.cli.errors import EXIT_OK
from disclosure_desktop.cli.output import one_line, write_utf8
from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.remarks import remark_problems
from disclosure_desktop.messages import message

EXIT_CHECK_ERRORS = 1  # `check`: the report has at least one error (2 stays "could not run")


def cmd_list(args: argparse.Namespace) -> int:
    with opened(args) as store:
        items = store.list_reports()
    for item in items:
        fields = [str(item.id), str(item.year), item.format_id, item.agency, item.display_title, item.state]
        if item.is_example:
            fields.append(message("cli.example_marker"))
        print("\t".join(one_line(f) for f in fields))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with opened(args) as store:
        report = store.load(args.id)
        previous = store.previous_year(report.agency, report.year)
        life = store.life(args.id)
    problems = check_report(report, previous, repetition_threshold=args.repetition_threshold,
                            published=life.published_on)
    if life.remarks is not None:  # the 公开办's remarks beside the program's own problems (spec §12)
        problems += remark_problems(life.remarks.items, report, report.remarks_fixed)
    if args.json:
        text = json.dumps([_json_row(p) for p in problems], ensure_ascii=False, indent=2) + "\n"
    else:
        lines = []
        for p in problems:
            said = p.message
            if p.remark and p.acknowledged is not None:
                said += message("cli.remark_fixed", day=p.acknowledged)
            elif p.acknowledged is not None:
                said += message("cli.acknowledged", reason=p.acknowledged)
            lines.append("\t".join(one_line(f) for f in (p.severity, p.rule, p.location, said)) + "\n")
        text = "".join(lines)
    write_utf8(text)
    return EXIT_CHECK_ERRORS if any(p.is_error for p in problems) else EXIT_OK


def _json_row(p: Problem) -> dict[str, object]:
    """§5's object; a remark of the 公开办 also names its item (`remark`) and the day it was marked 已整改
    (`fixed`, null while open)."""
    row: dict[str, object] = {"severity": p.severity, "rule": p.rule, "location": p.location,
                              "cells": list(p.cell_ids), "section": p.section_id, "message": p.message,
                              "acknowledged": None if p.remark else p.acknowledged}
    if p.remark:
        row.update(remark=p.remark, fixed=p.acknowledged)
    return row
