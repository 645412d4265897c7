"""Messages about the 图解 (spec §15): the `charts` command's refusals (zh, en)."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    "charts.no_tables": ("报告 {id} 的格式（{format}）没有统计表，无法生成图解",
                         "report {id} is in a format without tables ({format}): it has no 图解 to draw"),
    "charts.empty": ("报告 {id} 的统计表全部为空，无法生成图解",
                     "every table cell of report {id} is blank: there is nothing to draw"),
    "charts.not_a_folder": ("{path} 不是文件夹：-o 应给出保存图解的文件夹",
                            "{path} is not a folder: -o names the folder the charts are written into"),
}
