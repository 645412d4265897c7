"""Messages of connecting the window to a shared database (spec §14): the connect dialog's test, in words (zh, en)."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    "shared.reached": ("已连接到共享数据库 {path}，结构版本 {version}，可以使用",
                       "reached the shared database {path} (schema {version}); it can be used"),
    "shared.no_server": ("请填写服务器地址", "enter the server's address"),
    "shared.no_database": ("请填写数据库名", "enter the database's name"),
    "shared.no_user": ("请填写用户名", "enter the user name"),
}
