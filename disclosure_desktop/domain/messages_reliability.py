"""Messages about the database file, backups, versions, limits and the command line's usage (zh, en).

Kept apart from messages.py so that this catalogue grows without touching the lines others edit; messages.py
merges it into CATALOG.
"""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    # The database file (opening, reading, writing).
    "db.damaged": ("数据库文件 {path} 已损坏（{detail}），未作任何改动", "the database {path} is damaged ({detail}); "
                   "it was left as it is"),
    "db.restore_hint": ("最新的备份是 {backup}，可用 restore 命令恢复",
                        "the newest backup is {backup}; `restore` puts it back"),
    "db.no_backup_hint": ("没有找到备份", "no backup was found"),
    "db.report_damaged": ("报告 {id} 的内容在磁盘上已损坏（校验值不符），未作任何改动",
                          "report {id} is damaged on disk (its checksum does not match) and was left as it is"),
    "db.busy": ("数据库 {path} 正被其他程序占用，等待 5 秒后仍未释放，请稍后再试",
                "the database {path} is held by another program and was not released within 5 seconds; try again"),
    "db.read_only": ("数据库 {path} 是只读的，无法保存", "the database {path} is read-only; nothing can be saved"),
    "db.disk_full": ("磁盘已满，无法写入数据库 {path}", "the disk is full; the database {path} cannot be written"),
    "db.io_error": ("读写数据库 {path} 时磁盘出错（{detail}）",
                    "a disk error occurred on the database {path} ({detail})"),
    "db.cant_open": ("无法打开数据库 {path}（{detail}）", "cannot open the database {path} ({detail})"),
    "db.permission": ("没有权限访问数据库 {path}", "no permission to use the database {path}"),
    "db.failed": ("数据库 {path} 操作失败（{detail}）", "the database {path} failed ({detail})"),
    "db.is_folder": ("{path} 是文件夹，不是数据库文件", "{path} is a folder, not a database file"),
    "db.in_use": ("数据库 {path} 正在被使用（程序窗口或其他命令），请先关闭后再恢复",
                  "the database {path} is in use (a program window or another command); close it, then restore"),
    "db.unknown_revision": ("数据库 {path} 的结构版本“{revision}”本程序不认识，未作任何改动",
                            "the database {path} has a schema revision \"{revision}\" this program does not know; "
                            "it was left untouched"),
    "db.migration_failed": ("无法升级数据库 {path}（{detail}），文件未改动；升级前的备份：{backup}",
                            "the database {path} could not be upgraded ({detail}) and is unchanged; "
                            "backup taken before: {backup}"),
    "db.unknown_format": ("报告 {id} 使用本版本程序不认识的格式“{format}”（可能由更新版本创建），"
                           "只能列出，不能打开、检查或导出；请升级程序",
                          "report {id} uses the format \"{format}\", which this version does not know (a newer "
                          "version made it); it can be listed but not opened, checked or exported — please upgrade"),
    "db.migrated": ("数据库已升级到新结构，升级前的备份在 {backup}",
                    "the database was upgraded; the copy from before is {backup}"),
    # Backups and restore.
    "backup.failed": ("无法写入备份 {path}：{detail}", "cannot write the backup {path}: {detail}"),
    "backup.onto_itself": ("备份不能写到数据库文件本身 {path}",
                           "a backup cannot be written onto the database itself ({path})"),
    "backup.unsalvageable": ("数据库 {path} 损坏严重，无法抢救出可用的副本（{detail}）",
                             "the database {path} is too damaged to salvage a usable copy ({detail})"),
    "backup.missing": ("备份文件 {path} 不存在", "the backup file {path} does not exist"),
    "backup.bad_source": ("{path} 不能用于恢复：{detail}", "{path} cannot be restored: {detail}"),
    "backup.reindexed": ("数据库索引已损坏；备份中已按表数据重建索引（{reports} 份报告，无丢失）",
                         "the database had a damaged index; the backup has it rebuilt from the rows ({reports} "
                         "reports, nothing lost)"),
    "backup.salvaged": ("数据库已损坏；能读出的 {reports} 份报告已写入 {path}，可能不完整",
                        "the database is damaged; the {reports} reports that could be read were written to {path}, "
                        "which may be incomplete"),
    "backup.replaced": ("原数据库文件已移到 {path}", "the previous database file was moved to {path}"),
    # Versions and 签发.
    "version.manual": ("手动", "manual"),
    "version.export": ("导出", "export"),
    "version.signed": ("签发", "signed"),
    "version.before_restore": ("恢复前", "before restore"),
    "version.no_signer": ("请写明签发人（--by 姓名）", "say who signs (--by NAME)"),
    "version.not_found": ("没有编号为 {version} 的版本", "there is no version {version}"),
    "version.not_of_report": ("报告 {id} 没有编号为 {version} 的版本", "report {id} has no version {version}"),
    "version.damaged": ("版本 {version} 的内容已损坏（校验值不符），请从备份恢复",
                        "version {version} is damaged (its checksum does not match); restore a backup"),
    "version.already_signed": ("这一内容已经签发（版本 {version}，{by}，{time}）",
                               "this content is already signed (version {version}, {by}, {time})"),
    "version.bad_date": ("审核日期“{value}”不是有效日期，请按 年-月-日 书写（如 2026-01-18）",
                         "the review date \"{value}\" is not a date; write it as YYYY-MM-DD (e.g. 2026-01-18)"),
    "version.sheet_needs_version": ("签发单只随已签发的版本打印：请用 --version 指定签发版本（见 versions）",
                                    "an approval sheet goes with a signed version only: name it with --version "
                                    "(see versions)"),
    "version.sheet_not_pdf": ("签发单只能随 PDF 导出（文件名以 .pdf 结尾，或 --format pdf）",
                              "an approval sheet can only be exported in a PDF (a .pdf file, or --format pdf)"),
    "version.sheet_not_signed": ("版本 {version} 未签发，没有签发单；请选择签发版本（versions 中标为“签发”的）",
                                 "version {version} is not signed, so it has no approval sheet; choose a signed "
                                 "version (marked signed in versions)"),
    "state.draft": ("草稿", "draft"),
    "state.signed": ("已签发", "signed"),
    # Limits on what goes in (domain/limits.py).
    "limit.too_long": ("“{field}”太长：{length} 个字符，最多 {limit} 个",
                       "\"{field}\" is too long: {length} characters, at most {limit}"),
    "limit.number_too_big": ("“{field}”的数值过大（最大 {limit}）",
                             "the number in \"{field}\" is too large (at most {limit})"),
    "limit.negative_zero": ("“{field}”写成了 -0，请写 0", "\"{field}\" is written as -0; write 0"),
    "limit.exponent": ("“{field}”用了科学计数法（{text}），请写出完整数字",
                       "\"{field}\" uses exponent notation ({text}); write the number out"),
    "limit.file_too_big": ("文件 {path} 太大（{size} MB，最多 {limit} MB）",
                           "the file {path} is too large ({size} MB, at most {limit} MB)"),
    "limit.no_agency": ("缺少单位名称", "the agency's name is missing"),
    "field.agency": ("单位名称", "Agency"),
    "field.title": ("标题", "Title"),
    "field.report": ("全文", "The whole text"),
    "field.year": ("年度", "Year"),
    "field.format_id": ("格式", "Format"),
    "compare.preamble": ("开头", "Opening"),
    "compare.closing": ("落款", "Signature block"),
    "compare.meta": ("信息“{key}”", "Detail \"{key}\""),
    "compare.heading": ("{section}的标题", "Heading of {section}"),
    # JSON and text files.
    "json.number_too_long": ("JSON 中的数值 {text}… 位数过多（最多 {limit} 位）",
                             "the number {text}… in the JSON has too many digits (at most {limit})"),
    "json.exponent": ("JSON 中的数值 {text} 用了科学计数法，请写出完整数字",
                      "the number {text} in the JSON uses exponent notation; write it out"),
    "json.negative_zero": ("JSON 中写了 {text}，请写 0", "the JSON states {text}; write 0"),
    "json.duplicate_key": ("JSON 中字段“{key}”出现了两次", "the field \"{key}\" appears twice in the JSON"),
    "json.too_deep": ("JSON 嵌套过深（{depth} 层，最多 {limit} 层）",
                      "the JSON nests too deep ({depth} levels, at most {limit})"),
    "text.encoding_unknown": ("无法识别文件 {path} 的编码（不是 UTF-8 或 GB18030，可能是 Big5 或 Shift-JIS），"
                               "请另存为 UTF-8 后再导入",
                              "the encoding of {path} is not UTF-8 or GB18030 (perhaps Big5 or Shift-JIS); save it "
                              "as UTF-8 and import again"),
    # Files the program cannot read or write, worded by the operating system's error number.
    "os.permission": ("没有权限", "permission denied"),
    "os.not_found": ("文件夹或文件不存在", "no such file or folder"),
    "os.no_space": ("磁盘已满", "the disk is full"),
    "os.read_only": ("磁盘是只读的", "the disk is read-only"),
    "os.is_folder": ("这是一个文件夹", "it is a folder"),
    "os.not_folder": ("路径中有一段不是文件夹", "a part of the path is not a folder"),
    "os.name_too_long": ("文件名太长", "the file name is too long"),
    "os.busy": ("文件正被其他程序使用", "the file is in use by another program"),
    "os.other": ("系统错误 {code}", "system error {code}"),
    "os.empty_path": ("请填写文件名", "give a file name"),
    # The command line's own usage.
    "cli.unknown_command": ("未知的命令“{command}”（可用：{known}）", "unknown command \"{command}\" (known: {known})"),
    "cli.did_you_mean": ("未知的命令“{command}”，是不是要用“{guess}”？",
                         "unknown command \"{command}\"; did you mean \"{guess}\"?"),
    "cli.unknown_option": ("未知的选项“{option}”", "unknown option \"{option}\""),
    "cli.missing_value": ("选项 {option} 后缺少值", "the option {option} needs a value"),
    "cli.missing_argument": ("缺少参数：{names}", "missing: {names}"),
    "cli.bad_choice": ("“{value}”不是 {option} 的可选值（可用：{known}）",
                       "\"{value}\" is not a choice of {option} (known: {known})"),
    "cli.bad_id": ("“{value}”不是有效的编号（应为正整数）", "\"{value}\" is not a valid id (a positive whole number)"),
    "cli.db_is_command": ("选项 --db 后缺少数据库文件（“{value}”是命令名）",
                          "the option --db needs a database file (\"{value}\" is a command)"),
    "cli.no_command": ("缺少命令（可用：{known}）", "no command given (known: {known})"),
    "cli.suffix_mismatch": ("文件名 {path} 的后缀与导出格式 {format} 不符（应为 {suffix}）",
                            "the file name {path} does not end in {suffix}, as the export format {format} needs"),
    "cli.suffix_unknown": ("无法从文件名 {path} 判断导出格式（可用后缀：{known}），请用 --format 指定并改正后缀",
                           "cannot tell the export format from the file name {path} (known suffixes: {known})"),
}
