"""Messages about files that are not what they say, bounded reading, and the database's real causes (zh, en)."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    # What a path is when it is no file to read (importers/source.py).
    "import.is_folder": ("“{name}”是文件夹，不是文件；请选择文件夹中的年报文件",
                         "\"{name}\" is a folder, not a file; choose the report's file inside it"),
    "import.is_device": ("“{name}”不是普通文件，而是设备（{target}），读取它永远不会结束；请选择年报文件",
                         "\"{name}\" is not a file but a device ({target}), which never ends when read; choose the "
                         "report's file"),
    "import.is_pipe": ("“{name}”不是普通文件，而是管道或套接字（{target}），读取它会一直等待；请选择年报文件",
                       "\"{name}\" is not a file but a pipe or socket ({target}), which waits for ever when read; "
                       "choose the report's file"),
    # Progress of a reading (the import dialog shows it above its bar).
    "import.step.reading": ("正在读取“{name}”…", "Reading \"{name}\"…"),
    "import.step.inflating": ("正在解压“{name}”…", "Unpacking \"{name}\"…"),
    "import.step.reading_items": ("正在读取“{name}”的段落和表格…", "Reading the paragraphs and tables of \"{name}\"…"),
    "import.step.pages": ("正在读取“{name}”的页面…", "Reading the pages of \"{name}\"…"),
    "import.step.recognising": ("正在识别“{name}”中的年报各部分…", "Recognising the report's parts in \"{name}\"…"),
    # Zip files (Word files, submission packages): what they really inflate to (importers/archive.py).
    "zip.kind.docx": ("Word 文件", "Word file"),
    "zip.kind.package": ("报送包", "submission package"),
    "zip.too_many_members": ("{what}“{name}”中的文件超过 {limit} 个，不像年度报告；未导入",
                             "the {what} \"{name}\" holds more than {limit} files, unlike an annual report; "
                             "nothing was imported"),
    "zip.too_large": ("{what}“{name}”（{size} MB）解压后超过 {limit} MB（解压“{member}”时达到上限），"
                      "已停止解压；未导入",
                      "the {what} \"{name}\" ({size} MB) unpacks to more than {limit} MB (the limit was reached in "
                      "\"{member}\"); unpacking stopped, nothing was imported"),
    "zip.member_too_large": ("{what}“{name}”（{size} MB）中的“{member}”解压后超过 {limit} MB，已停止解压；未导入",
                             "\"{member}\" in the {what} \"{name}\" ({size} MB) unpacks to more than {limit} MB; "
                             "unpacking stopped, nothing was imported"),
    "zip.text_too_large": ("{what}“{name}”（{size} MB）的文字部分解压后超过 {limit} MB（解压“{member}”时达到上限），"
                           "已停止解压；未导入",
                           "the text of the {what} \"{name}\" ({size} MB) unpacks to more than {limit} MB (the limit "
                           "was reached in \"{member}\"); unpacking stopped, nothing was imported"),
    "zip.damaged": ("{what}“{name}”已损坏，无法读取：{detail}", "the {what} \"{name}\" is damaged: {detail}"),
    "zip.member_damaged": ("其中的“{member}”无法解压（数据不完整或校验值不符）",
                           "\"{member}\" in it cannot be unpacked (its data is incomplete or fails its checksum)"),
    "zip.directory_damaged": ("文件目录不完整", "its table of contents is incomplete"),
    "zip.xml_damaged": ("其中的文字部分不是完整的 Word 格式（可能没有保存完或被其他程序改坏）；"
                        "请在 Word 或 WPS 中打开后另存，再导入",
                        "its text is not complete Word markup (perhaps not fully saved, or spoilt by another "
                        "program); open it in Word or WPS, save it again and import that"),
    # Documents and pages with more than any report has.
    "import.too_many_items": ("“{name}”中的段落和表格单元格超过 {limit} 个，"
                              "不像一份年度报告（一份年报约几百个）；未导入",
                              "\"{name}\" holds more than {limit} paragraphs and table cells, unlike an annual report "
                              "(which has some hundreds); nothing was imported"),
    "import.page_too_many_tags": ("网页“{name}”的标签超过 {limit} 个（一份年度报告的网页只有几千个），"
                                  "不像年报网页；未导入",
                                  "the web page \"{name}\" has more than {limit} tags (an annual report's page has a "
                                  "few thousand); nothing was imported"),
    "import.page_tag_attributes": ("网页“{name}”中有一个标签带有 {count} 个属性"
                                   "（网页的标签通常只有几个，最多 {limit} 个），读取它会耗费很长时间；未导入",
                                   "the web page \"{name}\" has a tag with {count} attributes (a page's tags have a "
                                   "few, at most {limit}); reading it would take very long, nothing was imported"),
    # The database where it cannot be written, or where there is none (storage/file_faults.py, Database).
    "db.missing": ("数据库 {path} 不存在，未作任何改动（没有新建文件或文件夹）；请检查 --db 后的路径",
                   "there is no database {path}; nothing was created — check the path after --db"),
    "db.read_only_file": ("数据库文件 {path} 是只读的，无法保存；请在文件属性中取消“只读”",
                          "the database file {path} is read-only, so nothing can be saved; clear its read-only "
                          "attribute"),
    "db.read_only_folder": ("数据库 {path} 所在的文件夹不允许写入，无法保存；请把数据库放到可以写入的文件夹",
                            "the folder of the database {path} cannot be written, so nothing can be saved; keep the "
                            "database in a folder that can be written"),
    "db.read_only_disk": ("数据库 {path} 所在的磁盘是只读的（如写保护的 U 盘或光盘），无法保存",
                          "the disk of the database {path} is read-only (a write-protected USB stick, a disc), so "
                          "nothing can be saved"),
    "db.read_only_upgrade": ("数据库 {path} 需要升级到本程序的新结构，但它所在的位置是只读的；"
                             "请先把它复制到可以写入的文件夹",
                             "the database {path} needs upgrading to this program's structure, but where it is "
                             "cannot be written; copy it to a folder that can be written first"),
    "export.not_recorded": ("已导出 {file}；但{why}，这次导出没有记为版本",
                            "{file} was exported, but {why}: this export was not kept as a version"),
    "db.read_only.cause": ("数据库是只读的", "the database is read-only"),
    "db.read_only_file.cause": ("数据库文件是只读的", "the database file is read-only"),
    "db.read_only_folder.cause": ("数据库所在的文件夹不允许写入", "the database's folder cannot be written"),
    "db.read_only_disk.cause": ("数据库所在的磁盘是只读的", "the database's disk is read-only"),
    "db.disk_full.cause": ("数据库所在的磁盘已满", "the database's disk is full"),
    # Restore takes only a whole database of ours (storage/backups.restorable).
    "backup.empty_source": ("{path} 是空文件，不是数据库备份（复制到 U 盘等处失败时会留下这样的文件）；"
                            "数据库未作任何改动，请选择另一份备份",
                            "{path} is empty, not a backup of the database (a copy to a USB stick that failed leaves "
                            "such a file); the database was not changed — choose another backup"),
    "backup.empty_database": ("{path} 是一个空的 SQLite 文件（其中没有任何表），不是数据库备份；数据库未作任何改动，"
                              "请选择另一份备份",
                              "{path} is an empty SQLite file (it holds no table), not a backup of the database; the "
                              "database was not changed — choose another backup"),
    "backup.no_schema": ("{path} 缺少本程序数据库的表（{tables}），不是完整的备份，不能用于恢复；数据库未作任何改动",
                         "{path} lacks tables of this program's database ({tables}); it is no whole backup and "
                         "cannot be restored — the database was not changed"),
    "backup.copy_unsound": ("复制出的副本未通过完整性检查", "the copy made of it failed its integrity check"),
    # Files a writer may replace (export/atomic_file.py).
    "target.sqlite_file": ("{path} 是一个数据库文件（或数据库的日志文件），写入会毁掉其中的数据，未作改动；"
                           "请换一个文件名",
                           "{path} is a database file (or a database's journal): writing there would destroy its data, "
                           "so it was left as it is — choose another file name"),
    # Fields of a report named as the clerk knows them (domain/limits.py).
    "field.contact": ("联系方式", "Contact"),
    "field.published_on": ("发布日期", "Publication date"),
    "field.agency_kind": ("机关类型", "Kind of agency"),
    "field.deadline": ("本地公开期限", "Local deadline"),
    "json.where": ("第 {line} 行第 {column} 列", "line {line}, column {column}"),
}
