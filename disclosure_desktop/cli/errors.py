"""How a command fails on bad input: CliError, one line on stderr in the user's language, exit status 2."""

from __future__ import annotations

from typing import NoReturn

from disclosure_desktop.messages import current_language, message

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2


class CliError(Exception):
    """Bad input: one line for stderr, already in the user's language."""


def fail(key: str, **values: object) -> NoReturn:
    raise CliError(message(key, **values))


def error_line(text: str) -> str:
    separator = "：" if current_language() == "zh" else ": "
    return f"{message('error.prefix')}{separator}{text}"
