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
    "cli.document_options": ("--dry-run 和 --partial 只用于 Word（.docx）和网页（.html）文件",
                             "--dry-run and --partial are for Word (.docx) and web page (.html) files"),
    "cli.document_year_options": ("Word 和网页文件的格式和年度从文件中读出，--format 和 --year 只用于文本文件",
                                  "a Word file or web page states its own format and year; --format and --year "
                                  "are for text files"),
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
    # Reading a Word file or a web page back (disclosure_desktop.importers, spec §10).
    "import.unknown_kind": ("无法导入“{name}”：只能导入 {known} 文件", "cannot import \"{name}\": only {known} files"),
    "import.not_a_file": ("找不到文件 {name}", "there is no file {name}"),
    "import.empty_file": ("文件“{name}”是空的", "the file \"{name}\" is empty"),
    "import.file_too_large": (
        "文件“{name}”太大（{size} MB），年度报告的文件不超过 {limit} MB；未导入",
        "the file \"{name}\" is too large ({size} MB; an annual report's file is under {limit} MB); nothing"
        " was imported",
    ),
    "import.docx_encrypted": (
        "Word 文件“{name}”设有打开密码（已加密），无法读取。请在 Word 或 WPS 中打开并取消密码后另存，再导入",
        "the Word file \"{name}\" is encrypted with a password. Open it in Word or WPS, remove the password,"
        " save it and import it again",
    ),
    "import.docx_old_word": (
        "“{name}”是旧版 Word（.doc）文件，不是 .docx。请在 Word 或 WPS 中另存为 .docx 后再导入",
        "\"{name}\" is an old Word (.doc) file, not a .docx. Save it as .docx in Word or WPS and import"
        " it again",
    ),
    "import.docx_not_zip": ("“{name}”不是 Word（.docx）文件", "\"{name}\" is not a Word (.docx) file"),
    "import.docx_truncated": (
        "Word 文件“{name}”不完整（可能没有下载或复制完），无法读取",
        "the Word file \"{name}\" is incomplete (perhaps not fully downloaded or copied) and cannot be read",
    ),
    "import.docx_damaged": (
        "Word 文件“{name}”已损坏，无法读取：{detail}",
        "the Word file \"{name}\" is damaged and cannot be read: {detail}",
    ),
    "import.docx_other_zip": ("“{name}”不是 Word 文档，而是{what}", "\"{name}\" is not a Word document but {what}"),
    "import.zip_kind.excel": ("Excel 工作簿", "an Excel workbook"),
    "import.zip_kind.powerpoint": ("PowerPoint 演示文稿", "a PowerPoint presentation"),
    "import.zip_kind.other": ("一个装有其他文件的压缩包", "a zip archive of other files"),
    "import.html_encoding": (
        "网页“{name}”的文字编码无法识别（不是 UTF-8，也不是 GBK/GB18030）",
        "the text encoding of the web page \"{name}\" is unknown (neither UTF-8 nor GBK/GB18030)",
    ),
    "import.html_not_page": ("“{name}”不是网页文件", "\"{name}\" is not a web page"),
    "import.no_title": (
        "“{name}”不像政府信息公开工作年度报告：找不到含年度的报告标题",
        "\"{name}\" does not look like an annual disclosure report: no title with a year found",
    ),
    "import.not_a_report": (
        "“{name}”不像政府信息公开工作年度报告：没有找到年报的任何部分标题或统计表",
        "\"{name}\" does not look like an annual disclosure report: none of its part headings or tables"
        " were found",
    ),
    "import.encoding": (
        "网页编码：{encoding}（网页声明：{declared}）",
        "page encoding: {encoding} (declared: {declared})",
    ),
    "import.table_too_large": (
        "{count} 个表格的合并单元格超出范围，未读取",
        "{count} table(s) with impossible spans were not read",
    ),
    "import.how.exact": ("文字相同", "same wording"),
    "import.how.punctuation": ("仅标点、空格或全半角不同", "differs only in punctuation, spacing or width"),
    "import.how.numbering": ("文字相同，序号写法不同或缺序号", "same words, numbering written otherwise or missing"),
    "import.how.contains": (
        "一方包含另一方的全部文字（相似度 {score}）",
        "one label contains the other (likeness {score})",
    ),
    "import.how.similar": ("文字相近（相似度 {score}）", "similar wording (likeness {score})"),
    "import.how.context": (
        "同名标签，按上级表头或上级行区分",
        "a label used more than once, told apart by the headers above it",
    ),
    "import.how.position": (
        "按所在位置确定（文字不同，相似度 {score}）",
        "decided by its place (wording differs, likeness {score})",
    ),
    "import.how.none": ("没有对应的官方标签", "no official label matches"),
    "import.unplaced_value": (
        "“{row}”行“{column}”列的数值 {value}",
        "the value {value} in row \"{row}\", column \"{column}\"",
    ),
    "import.no_header": ("表格没有表头，无法确定所在列", "the table has no header row to tell its columns"),
    "import.row_unknown": ("本格式的表格中没有这一行", "this format's table has no such row"),
    "import.row_is_group": (
        "本格式中这一行分为若干子项，合计数无法拆分到子项",
        "this format splits the row into sub-rows; a total cannot be split among them",
    ),
    "import.column_unknown": ("本格式的表格中没有这一列", "this format's table has no such column"),
    "import.values_conflict": ("同一单元格印有不同的数值", "different values are printed for one cell"),
    "import.duplicate_cell": (
        "这一单元格已由前面的同名行读入不同的数值",
        "an earlier row of the same label gave this cell another value",
    ),
    "import.table_unknown": ("表格不是本格式的统计表", "the table is none of the format's tables"),
    "import.only_row": ("（表中唯一的数据行）", "(the table's only row)"),
    "import.column_at": ("第 {n} 列", "column {n}"),
    "import.not_a_number": (
        "“{row}”行“{column}”列印的是“{value}”，不是数字，按原样导入（检查会指出）",
        "row \"{row}\", column \"{column}\" prints \"{value}\", which is no number; kept as printed (the checks"
        " will show it)",
    ),
    "import.embedded_meta": (
        "本程序导出的文件附带的信息已读入：{keys}",
        "data carried by this program's own file was read: {keys}",
    ),
    "import.skipped_before": (
        "标题前的 {count} 行（网页页头、导航等）未导入：{sample}",
        "{count} line(s) before the title (page header, menu …) were not imported: {sample}",
    ),
    "import.skipped_after": (
        "报告正文以外的 {count} 处内容（页脚、分享栏等）未导入：{sample}",
        "{count} piece(s) outside the report (footer, share bar …) were not imported: {sample}",
    ),
    "import.section_missing": ("没有找到部分“{heading}”", "the part \"{heading}\" was not found"),
    "import.heading_unknown": (
        "“{text}”像部分标题，但不是本格式的任何部分，按正文导入",
        "\"{text}\" looks like a part heading but is none of the format's parts; kept as text",
    ),
    "import.format_chosen": (
        "按“{format}”读取（{year} 年度适用的格式）：{tables} 个统计表与该格式的样式一致",
        "read as \"{format}\", the format in force for {year}: {tables} table(s) printed in its layout",
    ),
    "import.format_chosen_other_year": (
        "按“{format}”读取：{tables} 个统计表与该格式的样式一致，但该格式不适用于 {year} 年度（检查会提示）",
        "read as \"{format}\": {tables} table(s) printed in its layout, although it is not the format for "
        "{year} (the checks will say so)",
    ),
    "import.layout_of_other": (
        "“{heading}”的表格按“{format}”的样式印制（该样式特有的行：{rows}）",
        "the table of \"{heading}\" is printed in the layout of \"{format}\" (rows only that layout has: {rows})",
    ),
    "explain.title": ("导入文件：{name}", "file: {name}"),
    "explain.report": ("机关：{agency}　年度：{year}　格式：{format}",
                       "agency: {agency}   year: {year}   format: {format}"),
    "explain.sections": ("识别的部分：", "parts recognised:"),
    "explain.tables": ("统计表：", "tables:"),
    "explain.table": ("{heading}：读入 {cells} 个数值，找到 {rows}/{official} 行（{pieces} 个表格）",
                      "{heading}: {cells} value(s) read, {rows} of {official} rows found ({pieces} printed table(s))"),
    "explain.labels": ("标签对照（印制 → 官方，理由）：", "label matching (printed → official, why):"),
    "explain.unmatched": ("（未对应）", "(not matched)"),
    "explain.unplaced": ("无法放入单元格的数值：", "values with no cell:"),
    "explain.unrecognised": ("未识别：", "not recognised:"),
    "explain.notes": ("说明：", "notes:"),
    "explain.none": ("无", "none"),
    "explain.axis.section": ("部分", "part"),
    "explain.axis.block": ("表内标题", "clause row"),
    "explain.axis.column": ("列", "column"),
    "explain.axis.row": ("行", "row"),
    "import.cli_unplaced": (
        "有 {count} 个数值无法放入报告的单元格，未导入（加 --partial 仍然导入，或先用 --dry-run 查看）"
        "：{items}",
        "{count} value(s) have no cell in the report; nothing was imported (add --partial to import anyway,"
        " or see --dry-run): {items}",
    ),
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
    "step.field.agency_kind": ("修改 机关类型", "Change the kind of agency"),
    "step.field.deadline": ("修改 本地公开期限", "Change the local deadline"),
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


def language_of(name: str) -> str | None:
    """"zh" or "en" for a language or locale name as systems spell it (zh, zh_CN, zh-CN, zh_CN.UTF-8, zh_Hans_CN,
    en_US, en-GB, English…); None for any other language."""
    base = name.strip().replace("-", "_").split(".", 1)[0].split("@", 1)[0].split("_", 1)[0].lower()
    return {"zh": "zh", "chinese": "zh", "en": "en", "english": "en"}.get(base)


def _from_environment() -> str:
    forced = language_of(os.environ.get("DISCLOSURE_LANG", ""))
    if forced:
        return forced
    # GNU's LANGUAGE is a list of preferences ("zh_CN:en"); the first known one wins.
    for preferred in os.environ.get("LANGUAGE", "").split(":"):
        if language_of(preferred):
            return language_of(preferred) or "zh"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if language_of(value) == "en" else "zh"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "en" if language_of(loc) == "en" else "zh"


def current_language() -> str:
    """zh unless the clerk chose English or the desktop runs in an English locale."""
    global _current
    if not _current:
        _current = _from_environment()
    return _current


def set_language(lang: str) -> None:
    """`lang` as `language_of` reads it (zh_CN, en_US.UTF-8 …); anything else is Chinese, the first language."""
    global _current
    _current = language_of(lang) or "zh"


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
