"""argparse's complaints about a command line, said again in the UI language (one line, exit status 2)."""

from __future__ import annotations

import difflib
import re

from disclosure_desktop.messages import message

# argparse's own wording (Python 3.11–3.13), matched so that its English never reaches a Chinese clerk.
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^argument (?:command|\{.*\}): invalid choice: '(?P<value>[^']*)'"), "command"),
    (re.compile(r"^argument (?P<option>\S+): invalid choice: '(?P<value>[^']*)' \(choose from (?P<known>.*)\)"),
     "choice"),
    (re.compile(r"^unrecognized arguments: (?P<option>.*)$"), "unknown"),
    (re.compile(r"^the following arguments are required: (?P<names>.*)$"), "required"),
    (re.compile(r"^argument (?P<option>\S+): expected one argument$"), "value"),
    (re.compile(r"^ambiguous option: (?P<option>\S+)"), "unknown"),
    (re.compile(r"^argument (?P<option>\S+): invalid \w+ value: '(?P<value>[^']*)'"), "bad_value"),
]


def _known(text: str) -> list[str]:
    return re.findall(r"'([^']*)'", text)


def translate(text: str, commands: list[str]) -> str:
    """One line in the UI language for argparse's `text`; its own words (with --help) when no pattern fits."""
    for pattern, kind in _PATTERNS:
        found = pattern.match(text)
        if not found:
            continue
        parts = found.groupdict()
        if kind == "command":
            guess = difflib.get_close_matches(parts["value"], commands, n=1, cutoff=0.6)
            if guess:
                return message("cli.did_you_mean", command=parts["value"], guess=guess[0])
            return message("cli.unknown_command", command=parts["value"], known="、".join(commands))
        if kind == "choice":
            return message("cli.bad_choice", value=parts["value"], option=parts["option"],
                           known="、".join(_known(parts["known"])))
        if kind == "unknown":
            return message("cli.unknown_option", option=parts["option"].split()[0])
        if kind == "required":
            names = parts["names"]
            if names in ("command", "{" + ",".join(commands) + "}") or names.startswith("{"):
                return message("cli.no_command", known="、".join(commands))
            return message("cli.missing_argument", names=names)
        if kind == "value":
            return message("cli.missing_value", option=parts["option"])
        if kind == "bad_value":
            return message("cli.bad_id", value=parts["value"])
    return message("cli.usage", detail=text)
