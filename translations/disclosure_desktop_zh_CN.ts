<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CellDelegate</name>
    <message>
        <source>Enter a number with at most 6 decimal places.</source>
        <translation>请输入数字，最多六位小数。</translation>
    </message>
    <message>
        <source>Enter a whole number; a decrease may be negative.</source>
        <translation>请输入整数，减少可填负数。</translation>
    </message>
    <message>
        <source>Enter a whole number (0 or more).</source>
        <translation>请输入非负整数（0 或以上）。</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <source>Signature block</source>
        <translation>落款</translation>
    </message>
    <message>
        <source>Leave it empty to print the agency's name and the publication date.</source>
        <translation>留空时自动打印机关名称和发布日期。</translation>
    </message>
    <message>
        <source>Agency name
Date, e.g. 2026年1月23日</source>
        <translation>机关名称
日期，如 2026年1月23日</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF — to print, sign and seal, or to attach on the website</source>
        <translation>PDF — 用于打印、签字盖章，或作为网站附件</translation>
    </message>
    <message>
        <source>Word (.docx) — to send to the superior office</source>
        <translation>Word（.docx）— 报送上级机关</translation>
    </message>
    <message>
        <source>Web page (.html) — for the website's annual report column</source>
        <translation>网页（.html）— 发布到网站“政府信息公开年报”栏目</translation>
    </message>
    <message>
        <source>JSON — data exchange with other programs</source>
        <translation>JSON — 与其他程序交换数据</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Open the folder afterwards</source>
        <translation>导出后打开所在文件夹</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>The report still has %1 error(s). The export shows the numbers as they are stated; nothing is corrected.</source>
        <translation>报告仍有 %1 个错误。导出内容按现有数字输出，不作任何更正。</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>仍然导出</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Fonts:</source>
        <translation>字体：</translation>
    </message>
    <message>
        <source>No installed face has these characters; they would print as boxes: %1</source>
        <translation>以下字符没有已安装的字体可以显示，将打印为方框：%1</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>无法写入 %1：
%2</translation>
    </message>
</context>
<context>
    <name>FeeDialog</name>
    <message>
        <source>Processing fees (信息处理费)</source>
        <translation>信息处理费</translation>
    </message>
    <message>
        <source>What one application costs</source>
        <translation>单件申请的收费</translation>
    </message>
    <message>
        <source>How many applications this applicant has made this calendar month, this one included</source>
        <translation>该申请人本自然月内提出的申请件数（含本件）</translation>
    </message>
    <message>
        <source>By number (按件), per applicant and calendar month: applications 1–10 are free,
11–30 cost 100 yuan each, and from the 31st each further 10 cost 100 yuan more.
By volume (按量), per application: pages 1–30 are free, 31–100 cost 10 yuan,
101–200 20 yuan and from 201 on 40 yuan a page.
One method per application (国办函〔2020〕109号).</source>
        <translation>按件计收（同一申请人一个自然月内）：10件以下（含10件）不收费，
第11—30件每件100元，第31件起每增加10件、每件收费标准提高100元。
按量计收（每件申请）：30页以下（含30页）不收费，第31—100页每页10元，
第101—200页每页20元，第201页起每页40元。
每件申请只适用一种计收方式（国办函〔2020〕109号）。</translation>
    </message>
    <message>
        <source>Applications of this applicant this month:</source>
        <translation>本月申请件数：</translation>
    </message>
    <message>
        <source>By number (按件):</source>
        <translation>按件计收：</translation>
    </message>
    <message>
        <source>Pages of information in this application:</source>
        <translation>本件信息页数：</translation>
    </message>
    <message>
        <source>By volume (按量):</source>
        <translation>按量计收：</translation>
    </message>
    <message>
        <source>This year's charges, for the report</source>
        <translation>本年度收费情况（写入年报）</translation>
    </message>
    <message>
        <source>Fee notices issued:</source>
        <translation>发出收费通知件数：</translation>
    </message>
    <message>
        <source>Amount notified:</source>
        <translation>收费通知金额：</translation>
    </message>
    <message>
        <source>Amount collected:</source>
        <translation>实际收取金额：</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>表述：</translation>
    </message>
    <message>
        <source>Insert the fee statement</source>
        <translation>插入收费情况表述</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source> (the lower)</source>
        <translation>（较低）</translation>
    </message>
    <message>
        <source>%1 yuan for this one (all %2 this month: %3 yuan)</source>
        <translation>本件 %1 元（本月 %2 件合计 %3 元）</translation>
    </message>
    <message>
        <source>%1 yuan for this one</source>
        <translation>本件 %1 元</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>机关：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Importing creates a new report marked 导入 with the file's name; the file itself is not changed.</source>
        <translation>导入后将新建一份报告，标记为“导入”并记下文件名；文件本身不会改动。</translation>
    </message>
    <message>
        <source>Reports (*.docx *.html *.htm *.json *.txt);;Word (*.docx);;Web pages (*.html *.htm);;JSON (*.json);;Text (*.txt)</source>
        <translation>年报文件 (*.docx *.html *.htm *.json *.txt);;Word 文件 (*.docx);;网页 (*.html *.htm);;JSON (*.json);;文本 (*.txt)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
    <message>
        <source>(not found — enter it after the import)</source>
        <translation>（未找到，请在导入后填写）</translation>
    </message>
    <message>
        <source>%1 values read. %2 values have no cell in the report and will not be imported: see “Not recognised”; you can type them after the import.</source>
        <translation>已读入 %1 个数值。另有 %2 个数值在报告中没有对应的单元格，不会导入：见“未识别”，可在导入后手工填写。</translation>
    </message>
    <message>
        <source>%1 values read; every value the file prints has its cell.</source>
        <translation>已读入 %1 个数值；文件中的每个数值都已放入对应的单元格。</translation>
    </message>
    <message>
        <source>Opening (before part 一)</source>
        <translation>开头（第一部分之前）</translation>
    </message>
    <message>
        <source>Signature block</source>
        <translation>落款</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>First line</source>
        <translation>首行</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Not recognised (%1)</source>
        <translation>未识别（%1）</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>未识别</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>clause row</source>
        <translation>表内标题</translation>
    </message>
    <message>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>文件中的标签</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>官方标签</translation>
    </message>
    <message>
        <source>Label matching</source>
        <translation>标签对照</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>表%1</translation>
    </message>
    <message>
        <source>The %1 report of %2 is imported. Start the %3 report from it now? The figures that carry over (上年结转, 现行有效件数) are taken over; the texts are not.</source>
        <translation>%2 的 %1 年度报告已导入。现在以它为基础开始 %3 年度的报告吗？上年结转和现行有效件数将自动带入，文字不会复制。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Government Information Disclosure Annual Report</source>
        <translation>政府信息公开工作年度报告</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>新建报告(&amp;N)</translation>
    </message>
    <message>
        <source>All &amp;reports</source>
        <translation>全部报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>New report for ne&amp;xt year</source>
        <translation>新建下一年度报告(&amp;X)</translation>
    </message>
    <message>
        <source>Start next year's report of this agency from this one</source>
        <translation>以本报告为基础新建本机关下一年度的报告</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>The language changes when the program is started again.</source>
        <translation>重新启动程序后切换语言。</translation>
    </message>
    <message>
        <source>&lt;b&gt;disclosure_desktop&lt;/b&gt; %1&lt;br&gt;Drafts, checks and publishes the annual report on government information disclosure. Works offline; your reports stay in %2.</source>
        <translation>&lt;b&gt;政府信息公开年报助手&lt;/b&gt; %1&lt;br&gt;起草、检查、打印和发布政府信息公开工作年度报告。完全离线运行，报告保存在 %2。</translation>
    </message>
    <message>
        <source>New report for next year</source>
        <translation>新建下一年度报告</translation>
    </message>
    <message>
        <source>There is already a %1 report of %2. Create another one?</source>
        <translation>%2 已有 %1 年度的报告。仍要再新建一份吗？</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>删除报告</translation>
    </message>
    <message>
        <source>Delete the report 「%1」? This cannot be undone.</source>
        <translation>确定删除报告「%1」吗？删除后无法恢复。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>All changes are saved</source>
        <translation>所有修改均已保存</translation>
    </message>
    <message>
        <source>%1 error(s)</source>
        <translation>%1 个错误</translation>
    </message>
    <message>
        <source>%1 warning(s)</source>
        <translation>%1 个警告</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>检查：%1</translation>
    </message>
    <message>
        <source>示例 Example report: every name and number in it is made up. Use it to look around; start your own with Report ▸ New report.</source>
        <translation>示例报告：其中的机关名称和数字均为虚构，仅供熟悉操作。正式起草请使用“报告 ▸ 新建报告”。</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>Not saved!</source>
        <translation>未能保存！</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The last changes could not be written to %1:
%2

They are kept in this window and the program keeps trying to save them.</source>
        <translation>最近的修改未能写入 %1：
%2

修改仍保留在窗口中，程序会继续尝试保存。</translation>
    </message>
    <message>
        <source>Some changes could not be written to %1 yet. If you close now they are lost.

Close anyway?</source>
        <translation>部分修改尚未能写入 %1。现在关闭，这些修改将会丢失。

仍要关闭吗？</translation>
    </message>
</context>
<context>
    <name>PreamblePage</name>
    <message>
        <source>Insert the standard opening</source>
        <translation>插入标准开头</translation>
    </message>
    <message>
        <source>Legal basis, the parts of the report, the statistical period and the contact</source>
        <translation>法律依据、报告组成、统计期限和联系方式</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>前言</translation>
    </message>
    <message>
        <source>The paragraph under the title: legal basis, the parts, the statistical period (1 January – 31 December), where the report is published and whom to ask.</source>
        <translation>标题下的开头段落：编制依据、报告组成、统计期限（1月1日至12月31日）、发布渠道和联系方式。</translation>
    </message>
    <message>
        <source>Write the opening here, or insert the standard opening and adapt it.</source>
        <translation>在此填写开头段落，或插入标准开头后修改。</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>ReferencePane</name>
    <message>
        <source>Show or hide last year's text</source>
        <translation>显示或隐藏上年报告原文</translation>
    </message>
    <message>
        <source>Last year's report (%1), for reference only — do not copy it</source>
        <translation>上年报告原文（%1年度，仅供参考，请勿照搬）</translation>
    </message>
</context>
<context>
    <name>ReportListView</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>新建报告(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>复制(&amp;D)</translation>
    </message>
    <message>
        <source>New report for ne&amp;xt year</source>
        <translation>新建下一年度报告(&amp;X)</translation>
    </message>
    <message>
        <source>Start the following year's report of the selected report's agency: the contact and the figures that carry over are taken over, the texts are not</source>
        <translation>为所选报告的机关新建下一年度报告：沿用联系方式和需结转的数字，不复制正文</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告列表</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <source>This program guides you through the annual report on government information disclosure in the State Council's format: it adds up the tables, keeps every keystroke, and prints, exports and publishes the result.</source>
        <translation>本程序按照国务院规定的格式，引导您逐项填写政府信息公开工作年度报告：表格自动合计，每次输入随时保存，完成后可打印、导出和发布。</translation>
    </message>
    <message>
        <source>Start a &amp;new report</source>
        <translation>新建报告(&amp;N)</translation>
    </message>
    <message>
        <source>Look around in an &amp;example report (示例)</source>
        <translation>打开示例报告(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>检查与完成</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>修正(&amp;F)</translation>
    </message>
    <message>
        <source>Apply the offered repair (Edit ▸ Undo takes it back)</source>
        <translation>应用建议的修正（可用“编辑 ▸ 撤销”恢复）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Parts still unfinished and problems the checks found. Double-click or press Enter to go there.</source>
        <translation>尚未完成的部分和检查发现的问题。双击或按回车键即可前往。</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Every part of the report is filled in.</source>
        <translation>报告各部分均已填写。</translation>
    </message>
    <message>
        <source>%1 of %2 parts are complete.</source>
        <translation>已完成 %1 / %2 部分。</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>The checks found no problems.</source>
        <translation>检查未发现问题。</translation>
    </message>
    <message>
        <source>The checks found no error and %1 warning(s).</source>
        <translation>检查未发现错误，有 %1 个警告。</translation>
    </message>
    <message>
        <source>The checks found %1 error(s) and %2 warning(s).</source>
        <translation>检查发现 %1 个错误、%2 个警告。</translation>
    </message>
    <message>
        <source>Offered repair: %1</source>
        <translation>建议修正：%1</translation>
    </message>
    <message>
        <source>Choose a problem; where the repair is obvious it is offered here.</source>
        <translation>请选择一个问题；可以直接修正的，将在此给出修正建议。</translation>
    </message>
    <message>
        <source>Go there</source>
        <translation>前往</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修正：%1</translation>
    </message>
</context>
<context>
    <name>SourceLegend</name>
    <message>
        <source>Typed</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>Computed total</source>
        <translation>自动合计</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Carried over from last year</source>
        <translation>上年结转</translation>
    </message>
    <message>
        <source>Where the numbers came from</source>
        <translation>数字来源</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Full name, e.g. 某某县人民政府办公室</source>
        <translation>机关全称，如 某某县人民政府办公室</translation>
    </message>
    <message>
        <source>Office, address and telephone for questions about the report</source>
        <translation>咨询本报告的机构、地址和电话</translation>
    </message>
    <message>
        <source>Not fixed yet</source>
        <translation>暂不确定</translation>
    </message>
    <message>
        <source>&amp;Agency (full name):</source>
        <translation>机关全称(&amp;A)：</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>报告格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系方式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Publication date:</source>
        <translation>发布日期(&amp;P)：</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Who publishes the report, for which year and in which official format.</source>
        <translation>填写发布机关、报告年度和所用的官方格式。</translation>
    </message>
    <message>
        <source>The official format for %1 is %2.</source>
        <translation>%1 年度应使用的官方格式为：%2。</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Optional lead-in sentence printed above the table</source>
        <translation>表格上方的引导语（可选）</translation>
    </message>
    <message>
        <source>Whole numbers only; blank cells count as 0 and should be written as 0. Totals (总计) are added up as you type.</source>
        <translation>只能填写整数；空白单元格按 0 计算，应填写 0。“总计”随输入自动合计。</translation>
    </message>
    <message>
        <source>Insert a summary sentence from the table</source>
        <translation>根据表格插入概述语句</translation>
    </message>
    <message>
        <source>A sentence with this table's figures as they stand, put in the lead-in at the cursor; insert it again after changing the table</source>
        <translation>按本表当前数字生成一句概述，插入到表前说明的光标处；修改表格后请重新插入</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>Heading:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Insert sub-heading:</source>
        <translation>插入小标题：</translation>
    </message>
    <message>
        <source>Insert this official sub-heading at the cursor</source>
        <translation>在光标处插入此规范小标题</translation>
    </message>
    <message>
        <source>Insert the applications sentence from table 3</source>
        <translation>根据表三插入依申请公开概述</translation>
    </message>
    <message>
        <source>A sentence with the figures of table 3 as they stand, at the cursor</source>
        <translation>按表三当前数字生成一句概述，插入到光标处</translation>
    </message>
    <message>
        <source>Processing fees (信息处理费)…</source>
        <translation>信息处理费…</translation>
    </message>
    <message>
        <source>Work out the 信息处理费 and insert the year's fee statement</source>
        <translation>计算信息处理费，并插入本年度收费情况表述</translation>
    </message>
    <message>
        <source>Write this part here. One paragraph per line.</source>
        <translation>在此填写本部分内容，每段一行。</translation>
    </message>
    <message>
        <source>Lines starting with （一）, 1. or （1） become sub-headings, e.g.:</source>
        <translation>以“（一）”“1.”“（1）”开头的行作为小标题，例如：</translation>
    </message>
    <message>
        <source>Required part of the report.</source>
        <translation>报告必备部分。</translation>
    </message>
</context>
</TS>