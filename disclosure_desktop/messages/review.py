"""Messages of the 公开办's desk (spec §13) and of the submission package it takes in (spec §12), in zh and en."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    # The submission package (报送包).
    "package.not_zip": ("“{name}”不是报送包（不是 zip 文件）",
                        "\"{name}\" is not a submission package (not a zip file)"),
    "package.damaged": ("报送包“{name}”已损坏（{detail}）", "the submission package \"{name}\" is damaged ({detail})"),
    "package.no_manifest": ("报送包“{name}”中没有 manifest.json，无法核对其中的文件",
                            "the submission package \"{name}\" has no manifest.json; its files cannot be verified"),
    "package.bad_manifest": ("报送包“{name}”的 manifest.json 不完整或格式不对",
                             "the manifest.json of the submission package \"{name}\" is incomplete or malformed"),
    "package.foreign_manifest": ("“{name}”不是本程序生成的报送包（manifest.json 不是第1版报送包清单）",
                                 "\"{name}\" is not a submission package of this program (its manifest.json is "
                                 "not a version 1 package manifest)"),
    "package.unlisted": ("报送包“{name}”中有清单未列出的文件“{member}”，无法核对，不予接收",
                         "the submission package \"{name}\" holds \"{member}\", which its manifest does not list; "
                         "it cannot be verified and is not taken"),
    "package.missing_member": ("报送包“{name}”缺少清单列出的文件“{member}”",
                               "the submission package \"{name}\" lacks \"{member}\", which its manifest lists"),
    "package.checksum": ("报送包“{name}”中的“{member}”与清单中的校验值（SHA-256）不符，可能已被改动，不予接收",
                         "\"{member}\" in the submission package \"{name}\" does not match the manifest's SHA-256; "
                         "it may have been altered and is not taken"),
    "package.too_large": ("报送包“{name}”中的“{member}”超过 {limit} MB，不予解压",
                          "\"{member}\" in the submission package \"{name}\" is over {limit} MB and is not unpacked"),
    "package.bad_report": ("报送包“{name}”中的 report.json 无法读取：{detail}",
                           "the report.json of the submission package \"{name}\" cannot be read: {detail}"),
    "package.disagrees": ("报送包“{name}”的清单（{manifest}）与其中的报告（{report}）不一致",
                          "the manifest of the submission package \"{name}\" ({manifest}) disagrees with its "
                          "report ({report})"),
    # The units list (units.csv).
    "units.no_header": ("单位名单 {path} 的第一行应为表头“{header}”", "the first line of the units list {path} must be "
                        "the header \"{header}\""),
    "units.bad_kind": ("单位名单 {path} 第 {line} 行：单位类型“{value}”应为 {known} 之一",
                       "units list {path}, line {line}: the kind \"{value}\" must be one of {known}"),
    "units.bad_date": ("单位名单 {path} 第 {line} 行：截止日期“{value}”不是日期（例如 2026-01-31）",
                       "units list {path}, line {line}: the deadline \"{value}\" is not a date (e.g. 2026-01-31)"),
    "units.twice": ("单位名单 {path} 第 {line} 行的“{name}”与第 {first} 行是同一单位",
                    "units list {path}, line {line}: \"{name}\" is the same unit as line {first}"),
    "units.too_many": ("单位名单 {path} 超过 {limit} 个单位", "the units list {path} has more than {limit} units"),
    "units.too_large": ("单位名单 {path} 超过 {limit} MB，不像单位名单", "the units list {path} is over {limit} MB; "
                        "it is not a units list"),
    # Taking files in.
    "review.unreadable": ("无法读取文件（{detail}）", "the file cannot be read ({detail})"),
    "review.reader_failed": ("读取时出错（{detail}），请改用本单位导出的 Word 或 JSON 文件",
                             "reading it failed ({detail}); ask for the unit's Word or JSON export instead"),
    "review.reader_crashed": ("读取此文件时读取程序崩溃，未能读取", "the reader crashed on this file; it was not read"),
    "review.not_a_report_kind": ("不是年报文件（只接收 {known} 文件）", "not a report file (only {known} files are "
                                 "taken)"),
    "review.other_year": ("是 {year} 年度的报告，本批次审核 {expected} 年度", "a report of {year}; this batch reviews "
                          "{expected}"),
    "review.not_listed": ("报告单位“{agency}”不在单位名单中", "the reporting agency \"{agency}\" is not on the units "
                          "list"),
    "review.doubtful": ("报告单位“{agency}”与名单中的“{unit}”相近但不相同，需人工确认后才采用",
                        "the reporting agency \"{agency}\" is close to \"{unit}\" on the list but not the same; "
                        "it is taken only once a person confirms it"),
    "review.superseded": ("同一单位的另一份文件“{file}”已采用", "another file of the same unit, \"{file}\", was taken"),
    "review.previous_from_database": ("数据库", "the database"),
    # The roll-up.
    "review.rollup_other_format": ("使用“{format}”格式，与本批次的“{expected}”不同，未计入汇总",
                                   "uses the format \"{format}\", not the batch's \"{expected}\"; not summed"),
    "review.rollup_agency": ("汇总", "Roll-up"),
    # The summary table (spec §13): column headers, statuses, lateness, criteria.
    "review.col.unit": ("单位", "Unit"),
    "review.col.status": ("状态", "Status"),
    "review.col.file": ("文件", "File"),
    "review.col.published": ("发布日期", "Published"),
    "review.col.late": ("是否逾期", "Late"),
    "review.col.errors": ("错误", "Errors"),
    "review.col.warnings": ("警告", "Warnings"),
    "review.col.identities": ("勾稽", "Identities"),
    "review.col.text_tables": ("正文与表格", "Text and tables"),
    "review.col.carry_over": ("上年衔接", "Carry-over"),
    "review.col.repetition": ("与本单位上年重复率", "Repeated from own last year"),
    "review.col.similarity": ("与其他单位最高相似度", "Highest likeness to another unit"),
    "review.col.similar_unit": ("相似单位", "Most alike unit"),
    "review.col.parts": ("必备部分", "Required parts"),
    "review.col.format": ("格式", "Format"),
    "review.col.blank_cells": ("空白单元格", "Blank cells"),
    "review.col.fees": ("信息处理费", "Fee statement"),
    "review.col.other": ("标题、期限、占位符", "Title, period, placeholders"),
    "review.col.rules": ("问题规则", "Rules broken"),
    "review.status.missing": ("未报送", "Not received"),
    "review.status.received": ("已收到", "Received"),
    "review.status.returned": ("退回修改", "Returned"),
    "review.status.passed": ("已通过", "Passed"),
    "review.late.yes": ("逾期", "late"),
    "review.late.no": ("按时", "on time"),
    "review.late.unknown": ("无发布日期", "no date"),
    "review.crit_status.ok": ("符合", "OK"),
    "review.crit_status.error": ("错误", "error"),
    "review.crit_status.warning": ("警告", "warning"),
    "review.crit_status.acknowledged": ("已说明", "acknowledged"),
    "review.crit_status.unknown": ("无法判断", "cannot tell"),
    "review.crit_status.na": ("不适用", "n/a"),
    # The summary's workbook.
    "review.sheet.summary": ("汇总表", "Summary"),
    "review.sheet.rollup": ("汇总统计", "Roll-up"),
    "review.sheet.ratios": ("比率", "Ratios"),
    "review.sheet.files": ("未采用文件", "Files not taken"),
    "review.col.table": ("表", "Table"),
    "review.col.row": ("行", "Row"),
    "review.col.column": ("列", "Column"),
    "review.col.cell": ("单元格编号", "Cell id"),
    "review.col.sum": ("合计", "Sum"),
    "review.col.blank_count": ("空白或“/”的单位数", "Units blank or /"),
    "review.col.blank_units": ("空白或“/”的单位", "Units that left it blank or /"),
    "review.col.invalid_units": ("填写了非数字的单位（未计入）", "Units with a text that is no number (not summed)"),
    "review.col.reason": ("原因", "Reason"),
    "review.col.rule": ("规则", "Rule"),
    "review.col.message": ("说明", "Message"),
    "review.rollup.overall": ("全部汇总单位", "All units summed"),
    "review.rollup.units": ("汇总单位：{n}个", "Units summed: {n}"),
    "review.rollup.identities_ok": ("汇总数据的勾稽关系均成立。", "Every identity holds on the sums."),
    "review.rollup.excluded": ("未计入汇总", "Not summed"),
    "review.duplicate_of": ("与“{file}”内容完全相同（SHA-256 相同），只计一次", "the same bytes as \"{file}\" (same "
                            "SHA-256); taken once"),
    # The command line.
    "review.no_folder": ("找不到文件夹 {path}", "there is no folder {path}"),
    "review.no_reports": ("文件夹 {path} 中没有可审核的年报文件，也没有给出单位名单",
                          "the folder {path} holds no report files and no units list was given"),
    "review.bad_output": ("-o 的文件名应以 .xlsx 或 .csv 结尾：{path}", "-o must name a .xlsx or .csv file: {path}"),
    "review.bad_year": ("年度“{value}”不对，应为 1990 至 2100 之间的年份", "the year \"{value}\" must lie between 1990 "
                        "and 2100"),
}
