"""Messages of the 公开办's desk as the window runs it (workflows/review_desk.py), in zh and en."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    "desk.no_region": ("请填写审核单位（地区或公开办名称）", "name the region or office that reviews"),
    "desk.bad_year": ("年度 {year} 不对，应为 1990 至 2100 之间的年份", "the year {year} must lie between 1990 and "
                      "2100"),
    "desk.no_units": ("单位名单是空的：请选择 units.csv 或逐行输入单位名称",
                      "the units list is empty: choose a units.csv or type one unit a line"),
    "desk.not_received": ("“{unit}”尚未报送年报，无法退回或通过", "\"{unit}\" has sent no report: it cannot be "
                          "returned or passed"),
    "desk.bad_suffix": ("文件名应以 {known} 结尾：{path}", "the file name must end in {known}: {path}"),
    "desk.nothing_to_list": ("所选单位都未报送年报，没有问题明细清单可导出",
                             "none of the units chosen sent a report: there is no issue list to write"),
    "desk.nothing_summed": ("没有可汇总的单位报告", "no unit's report to sum"),
    "desk.local_report_exists": ("数据库中已有“{agency}”{year}年度的报告（编号 {id}）",
                                 "the database already holds a {year} report of \"{agency}\" (id {id})"),
}
