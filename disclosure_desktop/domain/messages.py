"""Messages of the core (data errors, command line) in Chinese and English, without Qt.

The GUI translates its own widgets with Qt's translator; what the core says reaches the clerk through here so that
the command line and the GUI speak the same words.
"""

from __future__ import annotations

import errno
import locale
import os

LANGUAGES = ("zh", "en")
_current = ""

CATALOG: dict[str, tuple[str, str]] = {
    # key: (Chinese, English)
    "value.not_whole": ("应填写非负整数", "must be a whole number"),
    "value.not_decimal": ("应填写数字（可含小数）", "must be a number (decimals allowed)"),
    "value.negative": ("不能为负数", "must not be negative"),
    "value.too_many_places": ("小数最多六位", "at most six decimal places"),
    "json.not_json": ("文件不是有效的 JSON：{detail}", "the file is not valid JSON: {detail}"),
    "json.not_object": ("JSON 顶层应为对象", "the JSON document must be an object"),
    "json.missing": ("缺少字段“{key}”", "the field \"{key}\" is missing"),
    "json.bad_type": ("字段“{key}”的类型不对", "the field \"{key}\" has the wrong type"),
    "json.unknown_format": ("未知的报告格式“{format}”（可用：{known}）",
                            "unknown report format \"{format}\" (known: {known})"),
    "json.unknown_section": ("格式“{format}”没有章节“{key}”", "format \"{format}\" has no section \"{key}\""),
    "json.unknown_cell": ("格式“{format}”没有单元格“{key}”", "format \"{format}\" has no cell \"{key}\""),
    "json.bad_cell": ("单元格“{key}”的值类型不对", "the value of cell \"{key}\" has the wrong type"),
    "json.bad_year": ("年度应为 1990–2100 之间的整数", "the year must be a whole number from 1990 to 2100"),
    "text.no_title": ("文本文件是空的", "the text file is empty"),
    "text.no_year": ("无法从标题中读出年度，请用 --year 指定", "no year found in the title; give it with --year"),
    "cli.file_unreadable": ("无法读取文件 {path}：{detail}", "cannot read {path}: {detail}"),
    "cli.file_unwritable": ("无法写入文件 {path}：{detail}", "cannot write {path}: {detail}"),
    "cli.no_report": ("数据库中没有编号为 {id} 的报告", "there is no report with id {id} in the database"),
    "cli.unknown_export": ("未知的导出格式“{format}”（可用：{known}）",
                           "unknown export format \"{format}\" (known: {known})"),
    "cli.json_options": ("JSON 文件自带格式和年度，--format 和 --year 只用于文本文件",
                         "a JSON file states its own format and year; --format and --year are for text files"),
    "cli.usage": ("{detail}（用 --help 查看用法）", "{detail} (see --help)"),
    "cli.internal": ("程序内部错误：{detail}", "internal error: {detail}"),
    "cli.example_marker": ("示例", "example"),
    "db.too_new": (
        "数据库文件 {path} 由更新版本的程序创建（结构版本 {found}，本程序支持到 {known}），未作任何改动。请升级程序。",
        "the database {path} was written by a newer version (schema {found}, this program knows {known}); "
        "it was left untouched. Please upgrade the program.",
    ),
    "db.not_sqlite": ("{path} 不是本程序的数据库文件", "{path} is not a database of this program"),
    "db.unopenable": ("无法打开数据库 {path}：{detail}", "cannot open the database {path}: {detail}"),
    "error.prefix": ("错误", "error"),
}


def _merge_catalogues() -> None:
    from disclosure_desktop.domain import messages_reliability

    CATALOG.update(messages_reliability.CATALOG)


_merge_catalogues()

# errno → message key: the operating system's own text (strerror) is English whatever the UI language is.
_OS_ERRORS = {
    getattr(errno, name): key
    for name, key in (
        ("EACCES", "os.permission"), ("EPERM", "os.permission"), ("ENOENT", "os.not_found"),
        ("ENOSPC", "os.no_space"), ("EDQUOT", "os.no_space"), ("EROFS", "os.read_only"),
        ("EISDIR", "os.is_folder"), ("ENOTDIR", "os.not_folder"), ("ENAMETOOLONG", "os.name_too_long"),
        ("EBUSY", "os.busy"), ("ETXTBSY", "os.busy"),
    )
    if hasattr(errno, name)  # Windows lacks some of them
}


def os_error_text(error: OSError) -> str:
    """Why a file could not be read or written, in the UI language."""
    key = _OS_ERRORS.get(error.errno or 0)
    if key is None and getattr(error, "winerror", None) == 32:  # ERROR_SHARING_VIOLATION: Word has it open
        key = "os.busy"
    return message(key) if key else message("os.other", code=error.errno or type(error).__name__)


def _from_environment() -> str:
    forced = os.environ.get("DISCLOSURE_LANG", "").lower()
    if forced[:2] in LANGUAGES:
        return forced[:2]
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "en" if loc.lower().startswith("en") else "zh"


def current_language() -> str:
    """zh unless the clerk chose English or the desktop runs in an English locale."""
    global _current
    if not _current:
        _current = _from_environment()
    return _current


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in LANGUAGES else "zh"


def message(key: str, /, **values: object) -> str:
    zh, en = CATALOG[key]
    text = en if current_language() == "en" else zh
    return text.format(**values)


class ReportDataError(ValueError):
    """Input that cannot become a report; its text is a message in the user's language."""

    def __init__(self, key: str, /, **values: object) -> None:
        self.key = key
        self.values = values
        super().__init__(message(key, **values))
