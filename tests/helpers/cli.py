"""The command line run in-process, the example report as JSON, and a file's digest."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from disclosure_desktop.cli.main import run

EXAMPLE = {
    "format": "gov-2021",
    "agency": "某某县人民政府",
    "year": 2025,
    "meta": {"published_on": "2026-01-23", "contact": "县政府办公室 0000-1234567"},
    "sections": {
        "preamble": "本报告根据《中华人民共和国政府信息公开条例》编制。",
        "overall": "（一）主动公开\n全年主动公开政府信息1234条。",
        "problems": "一是公开质量有待提高。",
        "other_matters": "本年度未收取信息处理费。",
    },
    "headings": {"problems": "信息公开工作存在主要问题及下一步措施"},
    "cells": {"t3.new.natural": 705, "t3.new.total": 713, "t3.new.commercial": 8, "t2.fees.amount": "4068.208"},
}


def cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = run(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
