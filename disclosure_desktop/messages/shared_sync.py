"""Messages about working together on a shared database (spec §14): another clerk's change to the same field,
edits waiting on this computer while the server is away (zh, en)."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    "sync.mine_kept": ("我的版本（与他人同时修改“{field}”时保留）",
                       "my version (kept when another clerk changed “{field}” at the same time)"),
    "sync.journal_back": ("服务器不可用时未写入的修改已写入报告 {id}", "the changes kept while the server was away "
                          "were written into report {id}"),
    "sync.journal_as_version": ("服务器不可用时的修改（与他人修改冲突，保留为版本）",
                                "changes made while the server was away (they clashed with another clerk's: "
                                "kept as a version)"),
}
