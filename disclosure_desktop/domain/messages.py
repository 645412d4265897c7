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
    "value.bad_grouping": ("千位分隔符位置不对", "the thousands separators are misplaced"),
    "value.too_large": ("数字过大（最多12位）", "the number is too large (at most 12 digits)"),
    "json.not_json": ("文件不是有效的 JSON：{detail}", "the file is not valid JSON: {detail}"),
    "json.not_object": ("JSON 顶层应为对象", "the JSON document must be an object"),
    "json.missing": ("缺少字段“{key}”", "the field \"{key}\" is missing"),
    "json.bad_type": ("字段“{key}”的类型不对", "the field \"{key}\" has the wrong type"),
    "json.unknown_format": ("未知的报告格式“{format}”（可用：{known}）",
                            "unknown report format \"{format}\" (known: {known})"),
    "json.unknown_section": ("格式“{format}”没有章节“{key}”", "format \"{format}\" has no section \"{key}\""),
    "json.unknown_cell": ("格式“{format}”没有单元格“{key}”", "format \"{format}\" has no cell \"{key}\""),
    "json.bad_cell": ("单元格“{key}”的值类型不对", "the value of cell \"{key}\" has the wrong type"),
    "json.bad_agency_kind": ("meta.agency_kind 的值“{value}”无效（可用：{known}）",
                             "meta.agency_kind \"{value}\" is not one of {known}"),
    "json.bad_deadline": ("meta.deadline 的值“{value}”不是日期（应为 YYYY-MM-DD）",
                          "meta.deadline \"{value}\" is not a date (YYYY-MM-DD)"),
    "json.bad_acknowledged": (
        "acknowledged 中的“{key}”无效：键应为“规则@位置”，理由不能为空",
        "acknowledged \"{key}\" is not valid: the key is RULE@location and the reason must not be empty",
    ),
    "json.bad_year": ("年度应为 1990–2100 之间的整数", "the year must be a whole number from 1990 to 2100"),
    "text.no_title": ("文本文件是空的", "the text file is empty"),
    "text.no_year": ("无法从标题中读出年度，请用 --year 指定", "no year found in the title; give it with --year"),
    "cli.file_unreadable": ("无法读取文件 {path}：{detail}", "cannot read {path}: {detail}"),
    "cli.file_unwritable": ("无法写入文件 {path}：{detail}", "cannot write {path}: {detail}"),
    "cli.no_report": ("数据库中没有编号为 {id} 的报告", "there is no report with id {id} in the database"),
    "cli.unknown_export": ("未知的导出格式“{format}”（可用：{known}）",
                           "unknown export format \"{format}\" (known: {known})"),
    "cli.export_many_folder": ("导出多份报告时，-o 应为文件夹：{path}",
                               "exporting several reports, -o names a folder: {path}"),
    "cli.export_many_format": ("导出多份报告时请用 --format 指定格式（可用：{known}）",
                               "exporting several reports needs --format (known: {known})"),
    "cli.export_many_version": ("--version 只用于导出一份报告", "--version exports one report only"),
    "cli.export_ids_or_all": ("请给出报告编号或 --all，不能同时使用", "give report ids or --all, not both"),
    "cli.json_options": ("JSON 文件自带格式和年度，--format 和 --year 只用于文本文件",
                         "a JSON file states its own format and year; --format and --year are for text files"),
    "cli.usage": ("{detail}（用 --help 查看用法）", "{detail} (see --help)"),
    "cli.internal": ("程序内部错误：{detail}", "internal error: {detail}"),
    "cli.example_marker": ("示例", "example"),
    "cli.acknowledged": ("（已说明不适用：{reason}）", " (acknowledged: {reason})"),
    "db.too_new": (
        "数据库文件 {path} 由更新版本的程序创建（结构版本 {found}，本程序支持到 {known}），未作任何改动。请升级程序。",
        "the database {path} was written by a newer version (schema {found}, this program knows {known}); "
        "it was left untouched. Please upgrade the program.",
    ),
    "db.not_sqlite": ("{path} 不是本程序的数据库文件", "{path} is not a database of this program"),
    "db.unopenable": ("无法打开数据库 {path}：{detail}", "cannot open the database {path}: {detail}"),
    "error.prefix": ("错误", "error"),
    "app.forwarded": ("程序已在使用数据库 {path}，已切换到它的窗口。",
                      "the program already has {path} open; its window was brought forward."),
    "app.busy": ("数据库 {path} 正被另一个运行中的程序（{holder}）使用，且它没有响应。请关闭它后再试。",
                 "the database {path} is in use by another running copy of the program ({holder}) that does not "
                 "respond. Close it and try again."),
    "save.changed": ("此报告已在别处（另一窗口或程序）被修改",
                     "this report was changed elsewhere (another window or program)"),
    "save.gone": ("此报告已在别处被删除", "this report was deleted elsewhere"),
    # Edit steps as the Edit menu names them (「撤销 填写 表三 …」).
    "section.preamble": ("前言", "Opening"),
    "section.closing": ("落款", "Signature block"),
    "step.type_one": ("填写 {cell}", "Enter {cell}"),
    "step.type_many": ("填写 {n} 格", "Enter {n} cells"),
    "step.paste_one": ("粘贴 {cell}", "Paste into {cell}"),
    "step.paste_many": ("粘贴 {n} 格", "Paste {n} cells"),
    "step.clear_one": ("清除 {cell}", "Clear {cell}"),
    "step.clear_many": ("清除 {n} 格", "Clear {n} cells"),
    "step.text": ("编辑 {section}", "Edit {section}"),
    "step.heading": ("修改 {section} 的标题", "Change the heading of {section}"),
    "step.insert": ("插入 {what}", "Insert {what}"),
    "step.field.agency": ("修改 机关名称", "Change the agency"),
    "step.field.year": ("修改 年度", "Change the year"),
    "step.field.format_id": ("修改 报告格式", "Change the format"),
    "step.field.title": ("修改 标题", "Change the title"),
    "step.field.contact": ("修改 联系方式", "Change the contact"),
    "step.field.published_on": ("修改 发布日期", "Change the publication date"),
    "step.field.meta": ("修改 {key}", "Change {key}"),
    "change.year": ("报告年度由 {old} 改为 {new}：标题、统计期限和与上年报告的比较随之改变。",
                    "The report year changes from {old} to {new}: the title, the statistical period and the "
                    "comparison with last year's report follow."),
    "change.format": ("报告格式由“{old}”改为“{new}”。", "The format changes from “{old}” to “{new}”."),
    "change.table_hidden": ("{table}的行和栏目不同：已填的 {n} 个数字在新格式中没有对应的格，"
                            "仍保留在报告中，但不显示、不打印；改回原格式即可恢复。",
                            "{table} has other rows and columns: {n} numbers you entered have no place in the new "
                            "format; they are kept, not shown or printed, and come back if you change back."),
    "change.table_layout": ("{table}的行和栏目不同。", "{table} has other rows and columns."),
    "change.table_gone": ("新格式没有{table}：其中 {n} 个数字保留，但不显示、不打印。",
                          "The new format has no {table}: its {n} numbers are kept but not shown or printed."),
    "change.table_new": ("新格式有{table}，需要填写。", "The new format has {table} to fill in."),
    "insert.summary": ("概述语句", "the summary sentence"),
    "insert.sentence": ("语句", "a sentence"),
    "insert.fee_statement": ("信息处理费表述", "the fee statement"),
    "insert.opening": ("标准开头", "the standard opening"),
    "step.acknowledge": ("确认警告 {rule}", "Acknowledge warning {rule}"),
    "step.unacknowledge": ("撤回对警告 {rule} 的确认", "Withdraw the acknowledgement of {rule}"),
    "step.restore": ("恢复 {name}", "Restore {name}"),
    # What a paste did (spec: 「粘贴42格；3格无法识别：x …；总计列由程序计算」).
    "paste.applied": ("粘贴{n}格", "pasted {n} cells"),
    "paste.refused": ("{n}格无法识别：{examples}", "{n} could not be read: {examples}"),
    "paste.totals": ("总计由程序计算，{n}格未粘贴", "totals are computed by the program ({n} not pasted)"),
    "paste.outside": ("{n}格超出表格", "{n} fell outside the table"),
    "paste.nothing": ("没有可粘贴的数字", "nothing to paste"),
    "cell.refused": ("“{text}”无法填入：{reason}", "“{text}” cannot be entered: {reason}"),
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
