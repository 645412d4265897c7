"""Messages about a shared database on a PostgreSQL server (spec §14): reaching it, its schema, `db upgrade`,
its backups (zh, en)."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    # Naming and reaching the server.
    "db.bad_url": ("数据库地址 {path} 无法识别（应形如 postgresql+psycopg://用户名@服务器/数据库名）",
                   "the database address {path} cannot be read (it looks like postgresql+psycopg://user@host/dbname)"),
    "db.unsupported_url": ("不支持数据库 {path}：本程序使用 SQLite 文件或 PostgreSQL 服务器（postgresql+psycopg://…）",
                           "{path} is not supported: the program uses a SQLite file or a PostgreSQL server "
                           "(postgresql+psycopg://…)"),
    "db.unreachable": ("无法连接共享数据库 {path}（{detail}），请检查网络和服务器",
                       "cannot reach the shared database {path} ({detail}); check the network and the server"),
    "db.login_failed": ("共享数据库 {path} 拒绝登录（{detail}）：用户名或密码不对，或没有连接权限",
                        "the shared database {path} refused the login ({detail}): wrong user name or password, "
                        "or no right to connect"),
    "db.no_such_database": ("服务器上没有数据库 {path}（{detail}）", "the server has no database {path} ({detail})"),
    "db.server_busy": ("共享数据库 {path} 的服务器暂时无法接受连接（{detail}），请稍后再试",
                       "the server of the shared database {path} cannot take the connection now ({detail}); "
                       "try again later"),
    # Its schema: a program opens it only at its own version; only `db upgrade` changes it.
    "db.not_ours": ("共享数据库 {path} 中有其他程序的数据表，不是本程序的数据库，未作任何改动",
                    "the shared database {path} holds another program's tables, not this program's; "
                    "it was left untouched"),
    "db.shared_empty": ("共享数据库 {path} 中还没有本程序的数据表；"
                        "请管理员运行 disclosure-desktop --db 地址 db upgrade",
                        "the shared database {path} has none of this program's tables yet; an administrator runs "
                        "disclosure-desktop --db URL db upgrade"),
    "db.shared_older": ("共享数据库 {path} 的结构版本 {found} 比本程序（{known}）旧，未作任何改动；"
                        "请管理员运行 db upgrade（先自动备份）",
                        "the shared database {path} has the older schema {found} (this program: {known}); it was "
                        "left untouched; an administrator runs db upgrade (which backs it up first)"),
    "db.shared_too_new": ("共享数据库 {path} 已由更新版本的程序升级（结构版本 {found}，本程序支持到 {known}），"
                          "未作任何改动。请升级程序。",
                          "the shared database {path} was upgraded by a newer version (schema {found}, this program "
                          "knows {known}); it was left untouched. Please upgrade the program."),
    "db.in_use_shared": ("共享数据库 {path} 还有 {count} 个其他连接（程序窗口、命令或其他客户端），"
                         "请先让他们退出再操作",
                         "the shared database {path} still has {count} other connections (windows, commands, "
                         "other clients); ask them to quit first"),
    "upgrade.done": ("已将 {path} 从结构版本 {found} 升级到 {now}；升级前的备份：{backup}",
                     "{path} was upgraded from schema {found} to {now}; the backup from before: {backup}"),
    "upgrade.created": ("已在 {path} 建立本程序的数据表（结构版本 {now}）",
                        "this program's tables were created in {path} (schema {now})"),
    "upgrade.current": ("{path} 已是结构版本 {now}，无需升级", "{path} is at schema {now} already; nothing to do"),
    # Its backups: a portable copy (a SQLite file the program restores either way), pg_dump's beside it.
    "backup.unverified": ("备份 {path} 未通过校验（{detail}），未保留", "the backup {path} failed verification "
                          "({detail}) and was not kept"),
    "backup.replaced_server": ("共享数据库原有的内容已另存为 {path}",
                               "what the shared database held was saved as {path}"),
    "backup.native_written": ("另存了 PostgreSQL 格式的备份（pg_dump）：{path}",
                              "PostgreSQL's own dump (pg_dump) was written too: {path}"),
    "backup.native_missing": ("未另存 pg_dump 格式的备份（{detail}）；{path} 是可恢复的完整备份",
                              "no pg_dump copy ({detail}); {path} is a complete backup that restore puts back"),
}
