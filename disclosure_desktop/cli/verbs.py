"""The command line's verbs and the module and function that run each: what the parser accepts, what the entry
point sends to the command line rather than the window — known without loading the parser or any verb."""

from __future__ import annotations

# Each verb's module (in this package) and function. A verb is imported when it runs and not before: `import`
# never loads the renderers, the 图解 or the review, `list` none of them (tests/cli/test_cli.py runs every verb).
COMMANDS: dict[str, tuple[str, str]] = {
    "list": ("reports", "cmd_list"),
    "check": ("reports", "cmd_check"),
    "import": ("importing", "cmd_import"),
    "export": ("exporting", "cmd_export"),
    "versions": ("versions", "cmd_versions"),
    "snapshot": ("versions", "cmd_snapshot"),
    "sign": ("versions", "cmd_sign"),
    "backup": ("backups", "cmd_backup"),
    "restore": ("backups", "cmd_restore"),
    "charts": ("charts", "cmd_charts"),
    "review": ("review", "cmd_review"),
    "submit": ("life", "cmd_submit"),
    "remarks": ("life", "cmd_remarks"),
    "db": ("db", "cmd_db"),
}
SUBCOMMANDS = frozenset(COMMANDS)
