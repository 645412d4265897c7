"""Messages of the report's life after drafting (spec §12): its states, 报送, the 公开办's remarks and 发布 (zh, en)."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    # States (the report list, `list`, the window's title and its section list).
    "life.state.draft": ("起草", "draft"),
    "life.state.signed": ("已签发", "signed"),
    "life.state.changed": ("已签发 · 之后有修改", "signed · changed since"),
    "life.state.submitted": ("已报送", "submitted"),
    "life.state.returned": ("退回修改", "returned for correction"),
    "life.state.passed": ("已通过", "passed"),
    "life.state.published": ("已发布", "published"),
    # Entries among the versions (`versions`, the versions dialog).
    "version.submitted": ("报送", "submitted"),
    "version.remarks": ("审核意见", "remarks"),
    "version.published": ("发布", "published"),
    "life.remarks.entry": ("{verdict}：{reviewer}，{n} 条意见", "{verdict}: {reviewer}, {n} remark(s)"),
    # Edit steps.
    "step.remark_fixed": ("将审核意见标记为已整改", "mark a remark as corrected"),
    "step.remark_open": ("取消审核意见的已整改标记", "take back a remark's mark as corrected"),
    # The review page's line of remarks.
    "life.crit.remarks": ("公开办审核意见", "Remarks of the disclosure office"),
    "life.crit.remarks.detail": ("共 {n} 条，已整改 {fixed} 条。", "{n} remark(s), {fixed} corrected."),
    # The submission package (报送包).
    "submit.not_zip": ("报送包须保存为 .zip 文件：{path}", "a submission package is a .zip file: {path}"),
    "submit.unsigned": ("报告 {id} 尚未签发，不能报送；请先签发（sign）",
                        "report {id} is not signed and cannot be submitted; sign it first (sign)"),
    "submit.changed": ("报告 {id} 在第 {version} 版签发后又有修改，报送的须是签发的内容；请恢复签发版本或重新签发",
                       "report {id} was changed after version {version} was signed; what is submitted must be what "
                       "was signed — go back to the signed version or sign again"),
    "submit.errors": ("签发版本（第 {version} 版）仍有 {n} 个错误，不能报送，例如：{first}",
                      "the signed version ({version}) still has {n} error(s) and cannot be submitted, e.g.: {first}"),
    # Remarks files (审核意见).
    "remarks.too_large": ("“{name}”超过 {limit} MB，不是审核意见文件",
                          "\"{name}\" is over {limit} MB; no remarks file"),
    "remarks.not_json": ("“{name}”不是 JSON 文件，无法作为审核意见打开",
                         "\"{name}\" is not a JSON file and cannot be opened as remarks"),
    "remarks.not_remarks": ("“{name}”不是审核意见文件（缺少 \"remarks\": 1）",
                            "\"{name}\" is not a remarks file (it lacks \"remarks\": 1)"),
    "remarks.bad_field": ("审核意见文件中的“{key}”缺失或格式不对",
                          "the remarks file's \"{key}\" is missing or malformed"),
    "remarks.bad_verdict": ("审核意见文件的结论“{verdict}”不是 {known} 之一",
                            "the remarks file's verdict \"{verdict}\" is not one of {known}"),
    "remarks.other_agency": ("这份审核意见是给“{agency}”的，不是本报告的机关“{report}”",
                             "these remarks are for \"{agency}\", not for this report's agency \"{report}\""),
    "remarks.other_year": ("这份审核意见针对 {year} 年度的报告，本报告是 {report} 年度",
                           "these remarks are about the {year} report; this report is for {report}"),
    "remarks.not_signed": ("这份审核意见针对第 {version} 版，但本报告尚未签发任何版本",
                           "these remarks are about version {version}, but this report has no signed version"),
    "remarks.other_version": ("这份审核意见针对第 {version} 版，而本报告最近签发的是第 {signed} 版",
                              "these remarks are about version {version}, but this report's latest signed version "
                              "is {signed}"),
    "cli.remark_fixed": ("（已整改：{day}）", " (corrected: {day})"),
    "remarks.opened": ("已打开审核意见（{verdict}），共 {n} 条", "Remarks opened ({verdict}): {n} item(s)"),
    # Publication (发布).
    "publish.no_address": ("请填写发布网址（发布该报告的网页地址）",
                           "give the address (the web page where the report is published)"),
    "publish.bad_address": ("发布网址“{address}”不是网页地址（如 http://www.xx.gov.cn/…）",
                            "\"{address}\" is not a web address (such as http://www.xx.gov.cn/…)"),
    "publish.too_early": ("发布日期 {day} 早于统计期限结束（{year} 年 12 月 31 日）",
                          "the publication date {day} is before the statistical period ends (31 December {year})"),
    "publish.unsigned": ("报告 {id} 尚未签发：发布的应是签发的版本，请先签发",
                         "report {id} is not signed: what is published should be the signed version — sign it first"),
    "publish.changed": ("报告 {id} 在第 {version} 版签发后又有修改：发布的应是签发的内容，请恢复签发版本或重新签发",
                        "report {id} was changed after version {version} was signed: what is published should be "
                        "what was signed — go back to the signed version or sign again"),
}
