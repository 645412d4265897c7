<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可协议</translation>
    </message>
    <message>
        <source>Government Information Disclosure Annual Report</source>
        <translation>政府信息公开工作年度报告</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Drafts, checks, prints and publishes the annual report on government information disclosure in the official format. Works offline: nothing leaves this computer.</source>
        <translation>按官方格式起草、检查、打印和发布政府信息公开工作年度报告。完全离线运行：任何内容都不会离开这台计算机。</translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation>本程序为自由软件，以 MIT 许可协议发布。</translation>
    </message>
    <message>
        <source>Your reports are kept in %1</source>
        <translation>报告保存在 %1</translation>
    </message>
    <message>
        <source>The program is free software under the MIT licence; its binding wording is the English original below.</source>
        <translation>本程序为自由软件，以 MIT 许可协议发布；以下英文原文为具有约束力的文本。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>主页</translation>
    </message>
    <message>
        <source>Built on these libraries, each under its own licence:</source>
        <translation>本程序使用了以下软件库，各按其许可协议使用：</translation>
    </message>
    <message>
        <source>Licensed with the operating system (%1)</source>
        <translation>随操作系统授权（%1）</translation>
    </message>
    <message>
        <source>Licensed by its maker, %1</source>
        <translation>由字体厂商授权（%1）</translation>
    </message>
    <message>
        <source>Not known; see the font's own files</source>
        <translation>未知，请查看字体自带的说明</translation>
    </message>
    <message>
        <source>Official face</source>
        <translation>规定字体</translation>
    </message>
    <message>
        <source>Used on this computer</source>
        <translation>本机使用</translation>
    </message>
    <message>
        <source>The program ships no font files. Printing and export use the faces installed on this computer, each under its own licence, which also says whether it may be embedded in a PDF.</source>
        <translation>本程序不附带字体文件。打印和导出使用本机已安装的字体，各字体按其自身的许可协议使用，是否允许嵌入 PDF 也以该协议为准。</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge a warning</source>
        <translation>说明警告不适用</translation>
    </message>
    <message>
        <source>Why does this warning not apply to the report? The reason is kept with the report, in its JSON file, and shown on the review page; the warning then no longer counts.</source>
        <translation>这条警告为什么不适用于本报告？理由将随报告保存（也写入其 JSON 文件）并在检查页显示，此后该警告不再计数。</translation>
    </message>
    <message>
        <source>e.g. the 17 are the applications the office itself received</source>
        <translation>例如：17件为区政府办受理的申请，全区总数见表三</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认说明(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>%n cell(s)</source>
        <translation>%n 个单元格</translation>
    </message>
    <message>
        <source>%n text(s)</source>
        <translation>%n 段文字</translation>
    </message>
    <message>
        <source>%n detail(s)</source>
        <translation>%n 项基本信息</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>第 %1 次修改</translation>
    </message>
    <message>
        <source>Who changed what</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>修改内容</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The database cannot be used:</source>
        <translation>数据库无法使用：</translation>
    </message>
    <message>
        <source>Choose a backup to put in its place. The damaged file is kept in the backup folder, unchanged.</source>
        <translation>请选择一份备份来替换它。损坏的文件会原样保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>Backups are kept in %1. One is made when you close the program after a change (at most one a day), before every upgrade of the database and when you ask; each is checked before it counts. Copy one to a USB stick now and then: a backup on the same disk does not survive the disk.</source>
        <translation>备份保存在 %1。有改动后关闭程序时自动备份（每天最多一次），每次升级数据库前和手动要求时也会备份；每份备份都经过校验才算数。请不时把一份备份复制到U盘：同一块磁盘上的备份保不住磁盘本身的损坏。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>从所选备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from &amp;another file…</source>
        <translation>从其他文件恢复(&amp;A)…</translation>
    </message>
    <message>
        <source>Before upgrading the database</source>
        <translation>升级数据库前</translation>
    </message>
    <message>
        <source>Automatic, on closing</source>
        <translation>关闭时自动备份</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Set aside by a restore (may be damaged)</source>
        <translation>恢复时移出的原文件（可能已损坏）</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>从备份文件恢复</translation>
    </message>
    <message>
        <source>Database backups (*.sqlite *.db);;All files (*)</source>
        <translation>数据库备份 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1? Every report goes back to the state of the backup; the current file is kept in the backup folder.</source>
        <translation>用备份 %1 替换数据库吗？所有报告都将回到备份时的状态；当前文件会保留在备份文件夹中。</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>New review batch</source>
        <translation>新建审核批次</translation>
    </message>
    <message>
        <source>A batch is one year's reports of the units a 公开办 collects. Name who reviews and which units are expected: the summary lists every one of them, in red until its report arrives.</source>
        <translation>审核批次是公开办收集的各单位某一年度的年报。请填写审核单位和应报送的单位：汇总表列出每一个单位，未报送的以红色显示，直到收到其年报。</translation>
    </message>
    <message>
        <source>e.g. 某某县人民政府办公室</source>
        <translation>例如：某某县人民政府办公室</translation>
    </message>
    <message>
        <source>From a &amp;file (单位名称,单位类型,截止日期)</source>
        <translation>从文件读取（单位名称,单位类型,截止日期）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Typed in, one unit a line</source>
        <translation>逐行输入，每行一个单位(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>某某县教育局
某某县公安局,部门,2026-01-31
…</source>
        <translation>某某县教育局
某某县公安局,部门,2026-01-31
…</translation>
    </message>
    <message>
        <source>&amp;Reviewed by (region or office):</source>
        <translation>审核单位（地区或公开办）(&amp;R)：</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Create the batch</source>
        <translation>创建批次(&amp;C)</translation>
    </message>
    <message>
        <source>Units expected:</source>
        <translation>应报送单位：</translation>
    </message>
    <message>
        <source>Units list</source>
        <translation>单位名单</translation>
    </message>
    <message>
        <source>Units list (*.csv *.txt);;All files (*)</source>
        <translation>单位名单 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 unit(s): %2</source>
        <translation>共 %1 个单位：%2</translation>
    </message>
    <message>
        <source>No unit yet.</source>
        <translation>尚未填写单位。</translation>
    </message>
</context>
<context>
    <name>ChecklistTree</name>
    <message>
        <source>What evaluators look at</source>
        <translation>评估要点</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>符合</translation>
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
        <source>Acknowledged</source>
        <translation>已说明</translation>
    </message>
    <message>
        <source>Cannot tell yet</source>
        <translation>尚无法判断</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Share of this part repeated from last year's report</source>
        <translation>本部分与上年度报告重复的比例</translation>
    </message>
    <message>
        <source>Corrected on %1</source>
        <translation>已于 %1 整改</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>已说明不适用：%1</translation>
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
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>连接共享数据库</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or db.office.local</source>
        <translation>例如 192.168.1.10 或 db.office.local</translation>
    </message>
    <message>
        <source>as colleagues will see it, e.g. 张三 (办公室)</source>
        <translation>同事看到的名字，例如 张三（办公室）</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system's keyring</source>
        <translation>在系统密钥环中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is asked at each start and never written down</source>
        <translation>本机没有密钥环：每次启动时询问密码，密码不会写入任何文件</translation>
    </message>
    <message>
        <source>asked at each start: this computer has no keyring</source>
        <translation>每次启动时询问：本机没有密钥环</translation>
    </message>
    <message>
        <source>empty: the one the keyring keeps</source>
        <translation>留空：使用密钥环中保存的密码</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>您的姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>连接(&amp;N)</translation>
    </message>
    <message>
        <source>The reports of the whole office on a PostgreSQL server, which several clerks write at once. Your IT colleague gives you these details (scripts/shared_server.sh prints them).</source>
        <translation>全办公室的报告保存在一台 PostgreSQL 服务器上，多人可同时填写。以下信息由负责信息化的同事提供（scripts/shared_server.sh 会打印出来）。</translation>
    </message>
    <message>
        <source>Enter your name: colleagues see it beside your changes.</source>
        <translation>请填写您的姓名：同事会在您的修改旁看到它。</translation>
    </message>
    <message>
        <source>Reaching the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>The connection could not be tested: %1</source>
        <translation>无法测试连接：%1</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Return for correction</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Pass the report</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>%1's report is returned with %2 finding(s). The remarks file opens in the unit's own program and shows each finding at its cell or sentence.</source>
        <translation>退回%1的年报，共 %2 条问题。审核意见文件可在该单位的程序中打开，每条问题显示在对应的单元格或语句旁。</translation>
    </message>
    <message>
        <source>%1's report is passed. The remarks file tells the unit so, with %2 finding(s) it may still want to look at.</source>
        <translation>%1的年报审核通过。审核意见文件告知该单位，并附 %2 条可供参考的问题。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Also write the &amp;issue list (问题明细清单) as PDF beside it</source>
        <translation>同时在旁边生成问题明细清单 PDF(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>审核人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>审核日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Remarks &amp;file:</source>
        <translation>审核意见文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Re&amp;turn it</source>
        <translation>退回(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pass it</source>
        <translation>通过(&amp;P)</translation>
    </message>
    <message>
        <source>Remarks file</source>
        <translation>审核意见文件</translation>
    </message>
    <message>
        <source>Remarks file (*.json)</source>
        <translation>审核意见文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>DeskControl</name>
    <message>
        <source>List the review batches</source>
        <translation>列出审核批次</translation>
    </message>
    <message>
        <source>%1 · %2 (%3 units, %4 files)</source>
        <translation>%1 · %2（%3 个单位，%4 个文件）</translation>
    </message>
    <message>
        <source>Remember the batch shown</source>
        <translation>记住当前批次</translation>
    </message>
    <message>
        <source>Checking the batch's reports…</source>
        <translation>正在检查本批次的年报…</translation>
    </message>
    <message>
        <source>Open the review batch</source>
        <translation>打开审核批次</translation>
    </message>
    <message>
        <source>Create the review batch</source>
        <translation>创建审核批次</translation>
    </message>
    <message>
        <source>Delete the batch</source>
        <translation>删除批次</translation>
    </message>
    <message>
        <source>Delete the batch %1 with every file taken into it and the decisions made? The files on disk and the remarks files sent stay where they are.</source>
        <translation>删除批次 %1 及其收入的全部文件和审核结论？磁盘上的文件和已发出的审核意见文件不受影响。</translation>
    </message>
    <message>
        <source>Take in a folder of reports</source>
        <translation>收入一个文件夹的年报</translation>
    </message>
    <message>
        <source>Take in reports</source>
        <translation>收入年报</translation>
    </message>
    <message>
        <source>Reports (*.docx *.html *.htm *.pdf *.json *.zip);;All files (*)</source>
        <translation>年报 (*.docx *.html *.htm *.pdf *.json *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Looking for report files…</source>
        <translation>正在查找年报文件…</translation>
    </message>
    <message>
        <source>Take the reports in</source>
        <translation>收入年报</translation>
    </message>
    <message>
        <source>Read %1 report(s); %2 file(s) not taken, %3 already taken before.%4</source>
        <translation>读取年报 %1 份；未采用文件 %2 个，此前已收入 %3 个。%4</translation>
    </message>
    <message>
        <source>Cancelled: %1 file(s) not read.</source>
        <translation>已取消：%1 个文件未读取。</translation>
    </message>
    <message>
        <source>Confirm the units</source>
        <translation>确认所属单位</translation>
    </message>
    <message>
        <source>Sum the tables</source>
        <translation>汇总统计表</translation>
    </message>
    <message>
        <source>Start the 本级 report</source>
        <translation>新建本级年报</translation>
    </message>
    <message>
        <source>The agency whose report this is:</source>
        <translation>本级年报的机关名称：</translation>
    </message>
</context>
<context>
    <name>DeskOutputs</name>
    <message>
        <source>Sent %1: %2, %3 item(s), %4</source>
        <translation>%1 发出：%2，%3 条，%4</translation>
    </message>
    <message>
        <source>Read the remarks sent</source>
        <translation>读取已发出的审核意见</translation>
    </message>
    <message>
        <source>Write the remarks file</source>
        <translation>写入审核意见文件</translation>
    </message>
    <message>
        <source>%1: %2 — written %3</source>
        <translation>%1：%2 — 已写入 %3</translation>
    </message>
    <message>
        <source>Undo the decision</source>
        <translation>撤销审核结论</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>导出汇总表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose units that sent a report in the table first.</source>
        <translation>请先在表中选择已报送年报的单位。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Export the issue lists</source>
        <translation>导出问题明细清单</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
</context>
<context>
    <name>DeskWorkspace</name>
    <message>
        <source>&amp;New batch…</source>
        <translation>新建批次(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Delete the batch…</source>
        <translation>删除批次(&amp;D)…</translation>
    </message>
    <message>
        <source>Take in a &amp;folder…</source>
        <translation>收入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Take in f&amp;iles…</source>
        <translation>收入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>or drop files and folders here</source>
        <translation>或将文件、文件夹拖放到这里</translation>
    </message>
    <message>
        <source>Export &amp;summary…</source>
        <translation>导出汇总表(&amp;S)…</translation>
    </message>
    <message>
        <source>The summary with the roll-up as an Excel workbook (.xlsx) or CSV</source>
        <translation>汇总表及汇总统计，导出为 Excel 工作簿（.xlsx）或 CSV</translation>
    </message>
    <message>
        <source>Issue &amp;lists…</source>
        <translation>问题明细清单(&amp;L)…</translation>
    </message>
    <message>
        <source>The 问题明细清单 of the units chosen in the table (or of every unit with problems), one unit a page, as PDF or Word</source>
        <translation>表中所选单位（未选时为所有有问题的单位）的问题明细清单，每个单位另起一页，导出为 PDF 或 Word</translation>
    </message>
    <message>
        <source>Summary: one row a unit</source>
        <translation>汇总表：每个单位一行</translation>
    </message>
    <message>
        <source>Only units &amp;with problems</source>
        <translation>只看有问题的(&amp;W)</translation>
    </message>
    <message>
        <source>Unit or file</source>
        <translation>单位或文件</translation>
    </message>
    <message>
        <source>Find unit &amp;or file:</source>
        <translation>查找单位或文件(&amp;O)：</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总表</translation>
    </message>
    <message>
        <source>Roll-up (汇总)</source>
        <translation>汇总统计</translation>
    </message>
    <message>
        <source>Files not taken</source>
        <translation>未采用文件</translation>
    </message>
    <message>
        <source>Review desk (公开办)</source>
        <translation>年报审核（公开办）</translation>
    </message>
    <message>
        <source>Take in every unit's annual report — Word files, web pages, JSON, submission packages — and see at once which units are late, missing, wrong or alike another unit; return remarks, and sum the region's tables. Start with a batch: the year and the units you expect.</source>
        <translation>收入各单位的年报（Word 文件、网页、JSON、报送包），一眼看出哪些单位逾期、未报送、有错误或与其他单位雷同；退回审核意见，汇总本地区统计表。请先新建审核批次：填写年度和应报送的单位。</translation>
    </message>
    <message>
        <source>%1 units: %2 received, %3 not received, %4 with problems; %5 returned, %6 passed.</source>
        <translation>共 %1 个单位：已收到 %2 个，未报送 %3 个，有问题 %4 个；已退回 %5 个，已通过 %6 个。</translation>
    </message>
    <message>
        <source>The last intake was cancelled: take the folder in again to read the rest.</source>
        <translation>上次收入已取消：再次收入该文件夹即可读取其余文件。</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2</translation>
    </message>
    <message>
        <source>Files not taken (%1)</source>
        <translation>未采用文件（%1）</translation>
    </message>
</context>
<context>
    <name>DoubtfulDialog</name>
    <message>
        <source>Confirm which unit sent these reports</source>
        <translation>确认年报所属单位</translation>
    </message>
    <message>
        <source>The agency these reports name is close to a unit of the list but not the same. A report is taken for a unit only once you say so.</source>
        <translation>这些年报所写的机关名称与名单中的单位相近但不相同。只有经您确认后，年报才会计入该单位。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The report names</source>
        <translation>年报所写单位</translation>
    </message>
    <message>
        <source>It is from</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>Not on the units list</source>
        <translation>不在单位名单中</translation>
    </message>
    <message>
        <source>Unit of %1</source>
        <translation>%1 所属单位</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The program stopped what it was doing because of a fault (in %1).</source>
        <translation>程序因内部错误停止了当前操作（位置：%1）。</translation>
    </message>
    <message>
        <source>The program could not finish what it was doing.</source>
        <translation>程序未能完成当前操作。</translation>
    </message>
    <message>
        <source>This is a fault of the program, not of your report; nothing you typed is lost. The details are in the log%1 — please send it to whoever supports the program.</source>
        <translation>这是程序本身的错误，与您的报告无关；已输入的内容没有丢失。详细情况已写入日志%1，请将日志发给程序的技术支持人员。</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>%1 could not be done.</source>
        <translation>%1未能完成。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ExportControl</name>
    <message>
        <source>Read the saved version</source>
        <translation>读取已保存的版本</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>The approval sheet, with the reviewer's and the signer's names and dates, as the first page of the PDF; the report's pages keep their numbers from 1.</source>
        <translation>签发单（审核、签发人姓名及日期）作为 PDF 的第一页；报告正文仍从第 1 页起编页码。</translation>
    </message>
    <message>
        <source>The report still has %1 error(s). The export shows the numbers as they are stated; nothing is corrected.</source>
        <translation>报告仍有 %1 个错误。导出内容按现有数字输出，不作任何更正。</translation>
    </message>
    <message>
        <source>&amp;PDF — to print, sign and seal, or to attach on the website</source>
        <translation>&amp;PDF — 用于打印、签字盖章，或作为网站附件</translation>
    </message>
    <message>
        <source>&amp;Word (.docx) — to send to the superior office</source>
        <translation>&amp;Word（.docx）— 报送上级机关</translation>
    </message>
    <message>
        <source>We&amp;b page (.html) — for the website's annual report column</source>
        <translation>网页（.html）— 发布到网站“政府信息公开年报”栏目(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;JSON — data exchange with other programs</source>
        <translation>&amp;JSON — 与其他程序交换数据</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Include the approval sheet (PDF)</source>
        <translation>附签发单（仅 PDF）(&amp;I)</translation>
    </message>
    <message>
        <source>End with the 图解 &amp;charts (PDF, Word)</source>
        <translation>文末附图解页（PDF、Word）(&amp;C)</translation>
    </message>
    <message>
        <source>The report's tables drawn as charts on pages after the signature; the web page always carries them</source>
        <translation>报告各表绘成图表，附在落款之后；网页版始终附有图解</translation>
    </message>
    <message>
        <source>PDF/A for an archi&amp;ve</source>
        <translation>PDF/A（归档）(&amp;V)</translation>
    </message>
    <message>
        <source>PDF/A-1b, the kind an archive accepts: every font embedded, the title, agency and year in its metadata. The pages are the same.</source>
        <translation>PDF/A-1b，档案馆接收的格式：嵌入全部字体，元数据中写明标题、单位和年度。页面内容与普通 PDF 相同。</translation>
    </message>
    <message>
        <source>&amp;Open the folder afterwards</source>
        <translation>导出后打开所在文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Export &amp;anyway</source>
        <translation>仍然导出(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>What to export:</source>
        <translation>导出哪一份：</translation>
    </message>
    <message>
        <source>The si&amp;gned version (version %1, signed by %2 on %3)</source>
        <translation>签发版本（第 %1 版，%2 于 %3 签发）(&amp;G)</translation>
    </message>
    <message>
        <source>The &amp;draft — changed since signing, not signed</source>
        <translation>当前草稿（签发后有修改，未经签发）(&amp;D)</translation>
    </message>
    <message>
        <source>The &amp;draft — the same as the signed version</source>
        <translation>当前草稿（与签发版本相同）(&amp;D)</translation>
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
        <source>The draft differs from the signed version %1: the changes were not signed. Export the draft anyway?</source>
        <translation>当前草稿与签发版本（第 %1 版）不同，这些修改未经签发。仍要导出草稿吗？</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>导出到 %1</translation>
    </message>
    <message>
        <source>Give a file name to export to.</source>
        <translation>请填写导出的文件名。</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name to export to.</source>
        <translation>%1 是一个文件夹，请填写导出的文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在，要替换吗？</translation>
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
        <source>&amp;Applications of this applicant this month:</source>
        <translation>本月申请件数(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Pages of information in this application:</source>
        <translation>本件信息页数(&amp;P)：</translation>
    </message>
    <message>
        <source>Fee &amp;notices issued:</source>
        <translation>发出收费通知件数(&amp;N)：</translation>
    </message>
    <message>
        <source>Amount n&amp;otified:</source>
        <translation>收费通知金额(&amp;O)：</translation>
    </message>
    <message>
        <source>Amount &amp;collected:</source>
        <translation>实际收取金额(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Insert the fee statement</source>
        <translation>插入收费情况表述(&amp;I)</translation>
    </message>
    <message>
        <source>By number (按件):</source>
        <translation>按件计收：</translation>
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
        <source>Statement:</source>
        <translation>表述：</translation>
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
    <name>FilesView</name>
    <message>
        <source>Say which &amp;unit…</source>
        <translation>确认所属单位(&amp;U)…</translation>
    </message>
    <message>
        <source>Reports whose agency is close to a unit's name are taken once you say which unit sent them</source>
        <translation>机关名称与名单中单位相近的年报，经您确认所属单位后才采用</translation>
    </message>
    <message>
        <source>%1 report(s) wait for you to say which unit sent them.</source>
        <translation>有 %1 份年报等待确认所属单位。</translation>
    </message>
    <message>
        <source>Every file read is either taken or listed here with the reason.</source>
        <translation>读取的每个文件要么已采用，要么在此列出原因。</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>接下来：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>PDF to print, sign and seal; Word for the superior office; the web page for the website's annual report column</source>
        <translation>PDF用于打印、签发盖章；Word报送上级机关；网页用于网站年报专栏</translation>
    </message>
    <message>
        <source>Si&amp;gn (签发)…</source>
        <translation>签发(&amp;G)…</translation>
    </message>
    <message>
        <source>Freeze the version that is signed and sealed (Versions and signing)</source>
        <translation>冻结签发盖章的版本（版本与签发）</translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation>报送(&amp;U)…</translation>
    </message>
    <message>
        <source>Write the submission package of the signed version for the disclosure office</source>
        <translation>生成签发版本的报送包，报送政务公开办</translation>
    </message>
    <message>
        <source>Recor&amp;d publication…</source>
        <translation>记录发布(&amp;D)…</translation>
    </message>
    <message>
        <source>When and where the report was published</source>
        <translation>报告的发布日期和发布网址</translation>
    </message>
    <message>
        <source>1. Export the report: the PDF to print, sign and seal, Word for the superior office, the web page for the website.</source>
        <translation>1. 导出报告：PDF用于打印、签发盖章，Word报送上级机关，网页用于网站发布。</translation>
    </message>
    <message>
        <source>2. 签发: once it is signed, freeze that version, so that later edits never change what was signed.</source>
        <translation>2. 签发：签发后冻结该版本，此后的修改不会改动已签发的内容。</translation>
    </message>
    <message>
        <source>3. 报送: the signed version's package for the disclosure office, if it reviews the reports of your level.</source>
        <translation>3. 报送：向政务公开办报送签发版本的报送包（如由其审核本级报告）。</translation>
    </message>
    <message>
        <source>4. Publish it in the website's annual report column by the deadline the review page names (31 January for a department, 31 March for a people's government), and record when and where.</source>
        <translation>4. 在法定期限内（“检查与完成”页所示；部门为1月31日，人民政府为3月31日）于网站年报专栏发布，并记录发布日期和网址。</translation>
    </message>
    <message>
        <source>&amp;Back to the list of reports</source>
        <translation>返回报告列表(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Stay in the report</source>
        <translation>留在本报告(&amp;S)</translation>
    </message>
    <message>
        <source>Ready to publish: every part is filled in, no errors, and every warning fixed or acknowledged.</source>
        <translation>可以发布：各部分均已填写，没有错误，警告均已修正或说明理由。</translation>
    </message>
    <message>
        <source>Not ready yet: %1 error(s) and %2 warning(s) to deal with on the review page.</source>
        <translation>尚不能发布：“检查与完成”页还有%1个错误、%2个警告需要处理。</translation>
    </message>
    <message>
        <source>Not filled in yet: %1</source>
        <translation>尚未填写完整：%1</translation>
    </message>
    <message>
        <source>%1 warning(s) acknowledged with a reason.</source>
        <translation>%1个警告已说明理由。</translation>
    </message>
</context>
<context>
    <name>HelpControl</name>
    <message>
        <source>The language changes when the program is started again.</source>
        <translation>重新启动程序后切换语言。</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>Guide to the report</source>
        <translation>填报指南</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>搜索指南</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Guide entry</source>
        <translation>指南条目</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>报告格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>栏目</translation>
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
        <source>S&amp;top reading</source>
        <translation>停止读取(&amp;T)</translation>
    </message>
    <message>
        <source>Importing creates a new report marked 导入 with the file's name; the file itself is not changed.</source>
        <translation>导入后将新建一份报告，标记为“导入”并记下文件名；文件本身不会改动。</translation>
    </message>
    <message>
        <source>Reports (*.docx *.html *.htm *.pdf *.json *.txt *.zip);;Word (*.docx);;Web pages (*.html *.htm);;PDF (*.pdf);;JSON (*.json);;Text (*.txt);;Submission packages (*.zip)</source>
        <translation>年报文件 (*.docx *.html *.htm *.pdf *.json *.txt *.zip);;Word 文件 (*.docx);;网页 (*.html *.htm);;PDF 文件 (*.pdf);;JSON (*.json);;文本 (*.txt);;报送包 (*.zip)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing was imported.</source>
        <translation>已停止读取，未导入任何内容。</translation>
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
        <source>The printed numbers break %1 identity(ies); they are imported as printed: see “Notes”.</source>
        <translation>原文数字有 %1 处不符合勾稽关系，按原文导入：见“说明”。</translation>
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
        <translation>原因</translation>
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
        <translation>类型</translation>
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
    <message>
        <source>There is already a %1 report of %2 (「%3」). What should the import do?</source>
        <translation>%2的%1年度报告已存在（「%3」）。这次导入要怎样处理？</translation>
    </message>
    <message>
        <source>Replace: the report takes the imported content; what it holds now is kept as a version (Report ▸ Versions and signing brings it back). Keep both: the import becomes a second report.</source>
        <translation>替换：该报告改为导入的内容，现有内容先另存为一个版本（可在“报告 ▸ 版本与签发”中恢复）。保留两份：导入的内容另成一份报告。</translation>
    </message>
    <message>
        <source>&amp;Replace (keep the old as a version)</source>
        <translation>替换（旧内容存为版本）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>保留两份(&amp;K)</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop after the files being read now; what was read is kept</source>
        <translation>读完正在读取的文件后停止；已读取的保留</translation>
    </message>
    <message>
        <source>All %1 files read; checking the reports and comparing the units…</source>
        <translation>%1 个文件均已读取；正在检查年报并比对各单位…</translation>
    </message>
    <message>
        <source>%1 of %2 files read — %3</source>
        <translation>已读取 %1 / %2 个文件 — %3</translation>
    </message>
    <message>
        <source>Stopping after the files being read now…</source>
        <translation>读完正在读取的文件后停止…</translation>
    </message>
</context>
<context>
    <name>LifeControl</name>
    <message>
        <source>Submit the report</source>
        <translation>报送报告</translation>
    </message>
    <message>
        <source>Submission package (*.zip)</source>
        <translation>报送包 (*.zip)</translation>
    </message>
    <message>
        <source>Submission package written: %1</source>
        <translation>报送包已写入：%1</translation>
    </message>
    <message>
        <source>Open the office's remarks</source>
        <translation>打开审核意见</translation>
    </message>
    <message>
        <source>Remarks (*.json)</source>
        <translation>审核意见 (*.json)</translation>
    </message>
    <message>
        <source>Publication recorded: %1</source>
        <translation>已记录发布：%1</translation>
    </message>
    <message>
        <source>Record the publication</source>
        <translation>记录发布</translation>
    </message>
    <message>
        <source>the signed version %1</source>
        <translation>签发版本（第 %1 版）</translation>
    </message>
    <message>
        <source>Back to the signed version</source>
        <translation>恢复为签发版本</translation>
    </message>
    <message>
        <source>Make %1 (signed by %2) the draft again? The draft as it is now is saved as a version first, and Edit ▸ Undo takes this back.</source>
        <translation>将%1（%2 签发）恢复为草稿吗？当前草稿会先另存为一个版本，“编辑 ▸ 撤销”可以撤回。</translation>
    </message>
</context>
<context>
    <name>LifeStateLabel</name>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 (version %3)</source>
        <translation>%1 于 %2 签发（第 %3 版）</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;New report</source>
        <translation>新建报告(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Read last year's report from its Word file, web page, JSON or text</source>
        <translation>从 Word 文件、网页、JSON 或文本读入上年报告</translation>
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
        <source>All &amp;reports</source>
        <translation>全部报告(&amp;R)</translation>
    </message>
    <message>
        <source>Review uni&amp;ts' reports (公开办)…</source>
        <translation>审核各单位年报（公开办）(&amp;T)…</translation>
    </message>
    <message>
        <source>The review desk: take in every unit's report, see who is late, wrong or alike another, return remarks, sum the region's tables</source>
        <translation>年报审核：收入各单位年报，查看逾期、错误和雷同，退回审核意见，汇总本地区统计表</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>立即保存(&amp;S)</translation>
    </message>
    <message>
        <source>Everything is saved as you type; this waits until it is on disk</source>
        <translation>输入时已自动保存；此命令等待所有更改写入磁盘</translation>
    </message>
    <message>
        <source>Save a versi&amp;on…</source>
        <translation>保存版本(&amp;O)…</translation>
    </message>
    <message>
        <source>Versions and si&amp;gning…</source>
        <translation>版本与签发(&amp;G)…</translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation>报送(&amp;U)…</translation>
    </message>
    <message>
        <source>Write the submission package of the signed version for the disclosure office</source>
        <translation>生成签发版本的报送包，报送政务公开办</translation>
    </message>
    <message>
        <source>Open the office's re&amp;marks…</source>
        <translation>打开审核意见(&amp;M)…</translation>
    </message>
    <message>
        <source>Show the disclosure office's remarks on the review page, each at its place</source>
        <translation>在检查页面逐条显示公开办的审核意见，并定位到相应位置</translation>
    </message>
    <message>
        <source>Recor&amp;d publication…</source>
        <translation>记录发布(&amp;D)…</translation>
    </message>
    <message>
        <source>When and where the report was published</source>
        <translation>报告的发布日期和发布网址</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
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
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the printed pages beside the page you are on</source>
        <translation>在当前页旁显示或隐藏打印页面</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Review and finish</source>
        <translation>检查与完成(&amp;R)</translation>
    </message>
    <message>
        <source>Next pro&amp;blem</source>
        <translation>下一个问题(&amp;B)</translation>
    </message>
    <message>
        <source>Previous prob&amp;lem</source>
        <translation>上一个问题(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide to this page</source>
        <translation>本页填报指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键一览(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Example report</source>
        <translation>示例报告(&amp;E)</translation>
    </message>
    <message>
        <source>Open a complete made-up report to look around in; your reports stay as they are</source>
        <translation>打开一份完整的示例报告以便熟悉；您的报告不受影响</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
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
        <source>Open the database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>List the reports</source>
        <translation>列出报告</translation>
    </message>
    <message>
        <source>Review desk</source>
        <translation>年报审核</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>打开报告</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Export and fonts</source>
        <translation>导出与字体</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>共享数据库</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>机关名称</translation>
    </message>
    <message>
        <source>The full name a new report starts with, as the title prints it</source>
        <translation>新建报告时填入的机关全称（与标题中一致）</translation>
    </message>
    <message>
        <source>Kind of agency</source>
        <translation>机关类型</translation>
    </message>
    <message>
        <source>Decides the legal publication deadline (Regulations, Art. 49)</source>
        <translation>决定法定公布期限（条例第四十九条）</translation>
    </message>
    <message>
        <source>Guess from the name</source>
        <translation>按名称判断</translation>
    </message>
    <message>
        <source>People's government at county level or above (31 March)</source>
        <translation>县级以上地方人民政府（3月31日前）</translation>
    </message>
    <message>
        <source>Department of a people's government (31 January)</source>
        <translation>人民政府部门（1月31日前）</translation>
    </message>
    <message>
        <source>Public enterprise or institution</source>
        <translation>公共企事业单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Office, address and telephone for questions about the report</source>
        <translation>咨询本报告的机构、地址和电话</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <source>Where exported files go; each export remembers the folder it used</source>
        <translation>导出文件的存放位置；每次导出都会记住所用的文件夹</translation>
    </message>
    <message>
        <source>Open the folder after exporting</source>
        <translation>导出后打开所在文件夹</translation>
    </message>
    <message>
        <source>Body text face (仿宋_GB2312)</source>
        <translation>正文字体（仿宋_GB2312）</translation>
    </message>
    <message>
        <source>Title face (方正小标宋简体)</source>
        <translation>标题字体（方正小标宋简体）</translation>
    </message>
    <message>
        <source>First-level heading face (黑体)</source>
        <translation>一级标题字体（黑体）</translation>
    </message>
    <message>
        <source>Second-level heading face (楷体_GB2312)</source>
        <translation>二级标题字体（楷体_GB2312）</translation>
    </message>
    <message>
        <source>Table and page number face (宋体)</source>
        <translation>表格与页码字体（宋体）</translation>
    </message>
    <message>
        <source>Repetition threshold</source>
        <translation>重复率阈值</translation>
    </message>
    <message>
        <source>Warn when more than this share of the text repeats last year's report; evaluators deduct points above 50 %</source>
        <translation>正文与上年报告重复的比例超过此值时提示；评估中重复率超过 50% 会扣分</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>保留每日备份</translation>
    </message>
    <message>
        <source>The newest backup of each of this many days</source>
        <translation>最近若干天，每天保留最新的一份</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>保留每周备份</translation>
    </message>
    <message>
        <source>Then the newest of each of this many weeks</source>
        <translation>再往前若干周，每周保留最新的一份</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>保留每月备份</translation>
    </message>
    <message>
        <source>Then the newest of each of this many months</source>
        <translation>再往前若干月，每月保留最新的一份</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Shown to colleagues on a shared database: who has a report open, who changed what</source>
        <translation>共享数据库中同事可以看到：谁打开了哪份报告、谁修改了什么</translation>
    </message>
    <message>
        <source>Takes effect when the program is started again</source>
        <translation>重新启动程序后生效</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password of the shared database</source>
        <translation>共享数据库的密码</translation>
    </message>
    <message>
        <source>The shared database %1 asks for your password.</source>
        <translation>共享数据库 %1 需要您的密码。</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system's keyring</source>
        <translation>在系统密钥环中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is asked at each start and never written down</source>
        <translation>本机没有密钥环：每次启动时询问密码，密码不会写入任何文件</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>连接(&amp;N)</translation>
    </message>
</context>
<context>
    <name>PreamblePage</name>
    <message>
        <source>Insert the &amp;standard opening</source>
        <translation>插入标准开头(&amp;S)</translation>
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
    <name>PresenceControl</name>
    <message>
        <source>Also open: %1</source>
        <translation>其他人也打开了此报告：%1</translation>
    </message>
    <message>
        <source>Report open elsewhere</source>
        <translation>报告已在别处打开</translation>
    </message>
    <message>
        <source>This report is open on another computer: %1.</source>
        <translation>此报告正在另一台电脑上打开：%1。</translation>
    </message>
    <message>
        <source>You can both work on it: each change is saved on its own, and a field you both changed is shown to you to choose which to keep.</source>
        <translation>你们可以同时填写：每处修改分别保存；双方都改过的地方会显示出来，由您选择保留哪一个。</translation>
    </message>
    <message>
        <source>&amp;Open all the same</source>
        <translation>仍然打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>一位同事</translation>
    </message>
    <message>
        <source>%1 is editing</source>
        <translation>%1 正在编辑</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview of the printed pages</source>
        <translation>打印页面预览</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Record publication</source>
        <translation>记录发布</translation>
    </message>
    <message>
        <source>When and where the signed version was published. The deadline check goes by this day; the report's state becomes Published.</source>
        <translation>签发版本的发布日期和发布网址。按时发布的检查以此日期为准，报告状态变为“已发布”。</translation>
    </message>
    <message>
        <source>Published on:</source>
        <translation>发布日期：</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>发布网址：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReferencePane</name>
    <message>
        <source>Show or hide last year's text</source>
        <translation>显示或隐藏上年报告原文</translation>
    </message>
    <message>
        <source>Last year's text of this part</source>
        <translation>上年报告本部分原文</translation>
    </message>
    <message>
        <source>Last year's report (%1), for reference only — do not copy it</source>
        <translation>上年报告原文（%1年度，仅供参考，请勿照搬）</translation>
    </message>
</context>
<context>
    <name>ReportArea</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Show or hide the printed pages (F9)</source>
        <translation>显示或隐藏打印页面（F9）</translation>
    </message>
    <message>
        <source>示例 Example report: every name and number in it is made up. Use it to look around; start your own with Report ▸ New report.</source>
        <translation>示例报告：其中的机关名称和数字均为虚构，仅供熟悉操作。正式起草请使用“报告 ▸ 新建报告”。</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Everything is saved.</source>
        <translation>所有更改均已保存。</translation>
    </message>
    <message>
        <source>Open the example report</source>
        <translation>打开示例报告</translation>
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
        <source>Start next year's report</source>
        <translation>新建下一年度报告</translation>
    </message>
    <message>
        <source>Create the report</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>Import the report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Duplicate the report</source>
        <translation>复制报告</translation>
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
        <source>Delete the report</source>
        <translation>删除报告</translation>
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
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open elsewhere</source>
        <translation>他处打开</translation>
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
        <source>Review uni&amp;ts' reports…</source>
        <translation>审核各单位年报(&amp;T)…</translation>
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
        <source>Look around in an e&amp;xample report (示例)</source>
        <translation>打开示例报告(&amp;X)</translation>
    </message>
    <message>
        <source>Review uni&amp;ts' reports (公开办)</source>
        <translation>审核各单位年报（公开办）(&amp;T)</translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>%1 于 %2 签发</translation>
    </message>
    <message>
        <source>The working copy was edited after signing; the signed version stays as it was.</source>
        <translation>签发后工作稿又有修改；已签发的版本保持原样。</translation>
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
        <source>Apply the offered repair (Edit ▸ Undo takes it back)</source>
        <translation>应用建议的修正（可用“编辑 ▸ 撤销”恢复）</translation>
    </message>
    <message>
        <source>What evaluators look at</source>
        <translation>评估要点</translation>
    </message>
    <message>
        <source>Parts not complete yet</source>
        <translation>尚未完成的部分</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>说明不适用(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>撤回说明(&amp;T)</translation>
    </message>
    <message>
        <source>The warning counts again</source>
        <translation>撤回后该警告重新计数</translation>
    </message>
    <message>
        <source>Mark as &amp;corrected</source>
        <translation>标记为已整改(&amp;C)</translation>
    </message>
    <message>
        <source>The office's remark was dealt with; Edit ▸ Undo takes the mark back</source>
        <translation>公开办的这条意见已经整改；“编辑 ▸ 撤销”可以撤回标记</translation>
    </message>
    <message>
        <source>What evaluators look at, line by line. Double-click or press Enter on a problem to go there; F8 walks the problems in the order of the report.</source>
        <translation>按评估要点逐项检查。双击问题或按回车键即可前往修改；按 F8 按报告顺序逐个查看问题。</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>前言</translation>
    </message>
    <message>
        <source>Signature block</source>
        <translation>落款</translation>
    </message>
    <message>
        <source>Ready to publish: no errors, and every warning fixed or acknowledged.</source>
        <translation>可以发布：没有错误，警告均已处理或已说明不适用。</translation>
    </message>
    <message>
        <source>Not ready: %1 error(s) and %2 warning(s) to deal with.</source>
        <translation>尚不能发布：有 %1 个错误、%2 个警告待处理。</translation>
    </message>
    <message>
        <source>Not ready: %1 warning(s) to fix or acknowledge with a reason.</source>
        <translation>尚不能发布：有 %1 个警告，请修改或说明不适用的理由。</translation>
    </message>
    <message>
        <source>%1 %2 warning(s) acknowledged.</source>
        <translation>%1已说明不适用的警告 %2 个。</translation>
    </message>
    <message>
        <source>An error cannot be acknowledged: it stays until it is fixed</source>
        <translation>错误不能以说明代替，修正后才会消失</translation>
    </message>
    <message>
        <source>Say why this warning does not apply; it then no longer counts</source>
        <translation>说明这条警告为什么不适用，说明后不再计数</translation>
    </message>
    <message>
        <source>Not &amp;corrected yet</source>
        <translation>取消已整改(&amp;C)</translation>
    </message>
    <message>
        <source>Corrected on %1</source>
        <translation>已于 %1 整改</translation>
    </message>
    <message>
        <source>A remark of the disclosure office: correct it there (Enter), then mark it as corrected.</source>
        <translation>公开办审核意见：请到相应位置修改（回车），然后标记为已整改。</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>已说明不适用：%1</translation>
    </message>
    <message>
        <source>Take back the acknowledgement</source>
        <translation>撤回不适用说明</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>说明不适用…</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>F&amp;ix</source>
        <translation>修正(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation>打印预览(&amp;W)…</translation>
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
        <source>Offered repair: %1</source>
        <translation>建议修正：%1</translation>
    </message>
    <message>
        <source>No obvious repair: go there (Enter) and correct it.</source>
        <translation>没有现成的修正建议：请前往该处（回车键）修改。</translation>
    </message>
    <message>
        <source>No obvious repair: correct it there (Enter), or acknowledge it if it does not apply.</source>
        <translation>没有现成的修正建议：请前往该处（回车键）修改；如不适用，可说明理由。</translation>
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
    <name>RollupView</name>
    <message>
        <source>Units summed</source>
        <translation>汇总单位</translation>
    </message>
    <message>
        <source>&amp;All received</source>
        <translation>全部已收到(&amp;A)</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>全不选(&amp;O)</translation>
    </message>
    <message>
        <source>Units summed:</source>
        <translation>汇总单位：</translation>
    </message>
    <message>
        <source>S&amp;tart the 本级 report from these sums…</source>
        <translation>以此汇总新建本级年报(&amp;T)…</translation>
    </message>
    <message>
        <source>A new report of your own office whose tables 二, 三 and 四 hold these sums (marked as imported); the texts are yours to write</source>
        <translation>新建本机关年报，表二、表三、表四填入这些汇总数（标为导入），正文由您撰写</translation>
    </message>
    <message>
        <source>Sums of tables 二, 三, 四</source>
        <translation>表二、三、四汇总</translation>
    </message>
    <message>
        <source>Ratios</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Charts (图解)</source>
        <translation>图解</translation>
    </message>
    <message>
        <source>%1 unit(s) summed; %2 cell(s) left blank or / by some unit (those units are named, not counted as 0).</source>
        <translation>汇总 %1 个单位；有 %2 个单元格被部分单位留空或填“/”（列出这些单位，不按 0 计）。</translation>
    </message>
    <message>
        <source>Not summed: %1.</source>
        <translation>未计入汇总：%1。</translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>All changes are saved</source>
        <translation>所有修改均已保存</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>Not saved! Trying again…</source>
        <translation>未保存！正在重试…</translation>
    </message>
    <message>
        <source>The last changes could not be saved: %1. They are kept here and the program keeps trying to save them.</source>
        <translation>最近的更改未能保存：%1。更改仍保留在这里，程序会继续尝试保存。</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Not saved: changed elsewhere</source>
        <translation>未保存：报告已在别处被修改</translation>
    </message>
    <message>
        <source>. Your latest changes are not saved yet.</source>
        <translation>。您最近的更改尚未保存。</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <source>Save mine as a new report</source>
        <translation>将我的版本另存为新报告</translation>
    </message>
    <message>
        <source>Take the stored version</source>
        <translation>采用已保存的版本</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1（我的副本）</translation>
    </message>
    <message>
        <source>Your version was saved as a new report: %1</source>
        <translation>您的版本已另存为新报告：%1</translation>
    </message>
    <message>
        <source>Save your version as a new report</source>
        <translation>将您的版本另存为新报告</translation>
    </message>
    <message>
        <source>Recovered changes</source>
        <translation>恢复的更改</translation>
    </message>
    <message>
        <source>When the program was last ended, %1 report(s) had changes the database refused; they were kept in %2. Add them to the list of reports now?</source>
        <translation>上次程序结束时，有 %1 份报告的更改未能写入数据库，已保存在 %2。现在把它们加入报告列表吗？</translation>
    </message>
    <message>
        <source>%1 recovered report(s) added to the list</source>
        <translation>已将 %1 份恢复的报告加入列表</translation>
    </message>
    <message>
        <source>List the reports</source>
        <translation>列出报告</translation>
    </message>
    <message>
        <source>When the program last ended, changes to %1 report(s) had not reached the server; they were kept in %2. Write them into the shared database now? (Where another clerk changed the same field since, theirs stays and yours is kept as a version.)</source>
        <translation>程序上次结束时，%1 份报告的修改尚未写入服务器，已保存在 %2。现在写入共享数据库吗？（如其他同事此后修改了同一项，保留对方的，您的另存为版本。）</translation>
    </message>
    <message>
        <source>Changes kept on this computer were written into %1 report(s)</source>
        <translation>保存在本机的修改已写入 %1 份报告</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>Parts of the report</source>
        <translation>报告各部分</translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>has warnings</source>
        <translation>有警告</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>started</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>未填写</translation>
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
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Automatic (now %1)</source>
        <translation>自动（当前为 %1）</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1（本机未安装）</translation>
    </message>
    <message>
        <source>Documents folder</source>
        <translation>“文档”文件夹</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>SharedControl</name>
    <message>
        <source>&amp;Connect to a shared database…</source>
        <translation>连接共享数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>Open the office's reports on a PostgreSQL server, which several clerks write at once</source>
        <translation>打开 PostgreSQL 服务器上全办公室的报告，多人可同时填写</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>使用本机数据库(&amp;L)</translation>
    </message>
    <message>
        <source>Go back to the reports kept on this computer</source>
        <translation>回到保存在本机的报告</translation>
    </message>
    <message>
        <source>Colleagues see your server login until you give your name: Edit ▸ Settings ▸ Shared database</source>
        <translation>在您填写姓名之前，同事看到的是您的服务器登录名：编辑 ▸ 设置 ▸ 共享数据库</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键一览</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>In a table</source>
        <translation>在表格中</translation>
    </message>
    <message>
        <source>Next or previous number cell, row by row</source>
        <translation>逐行移到下一个或上一个数字单元格</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <source>The number cell above, below, left or right</source>
        <translation>上、下、左、右相邻的数字单元格</translation>
    </message>
    <message>
        <source>Digits, then Enter</source>
        <translation>输入数字后按 Enter</translation>
    </message>
    <message>
        <source>Type a number; Enter takes it and goes down</source>
        <translation>输入数字；Enter 确认并下移一格</translation>
    </message>
    <message>
        <source>Change the number in the cell</source>
        <translation>修改单元格中的数字</translation>
    </message>
    <message>
        <source>Take back what was typed in the cell</source>
        <translation>取消在单元格中输入的内容</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>清空所选单元格</translation>
    </message>
    <message>
        <source>Copy or paste a block of cells, as a spreadsheet does</source>
        <translation>像电子表格一样复制或粘贴一块单元格</translation>
    </message>
    <message>
        <source>Leave the table for the next or previous field</source>
        <translation>离开表格，转到下一个或上一个输入项</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>任何位置</translation>
    </message>
    <message>
        <source>Next or previous field, button or list</source>
        <translation>下一个或上一个输入项、按钮或列表</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + 带下划线的字母</translation>
    </message>
    <message>
        <source>The menu, button or field with that letter</source>
        <translation>标有该字母的菜单、按钮或输入项</translation>
    </message>
    <message>
        <source>Press the button or tick the box that has the focus</source>
        <translation>按下当前按钮或勾选当前复选框</translation>
    </message>
    <message>
        <source>Open a list or a date's calendar</source>
        <translation>展开下拉列表或日期的日历</translation>
    </message>
    <message>
        <source>Basic information (the first page)</source>
        <translation>基本信息（第一页）</translation>
    </message>
    <message>
        <source>Part 一 … 九 of the report, as the parts are numbered</source>
        <translation>报告的第一至第九部分（按部分编号）</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>撤销上一步修改</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>重做已撤销的修改</translation>
    </message>
    <message>
        <source>Show or hide the preview</source>
        <translation>显示或隐藏预览</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Mark as signed (签发)</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>The working copy is frozen as the signed version: it can never be changed, and later edits go on in the working copy. The names and dates are printed on the approval sheet.</source>
        <translation>当前稿将冻结为签发版本，此后不可更改；之后的修改只在当前稿中进行。姓名和日期将印在签发单上。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Who checked it before signing</source>
        <translation>签发前审核的人</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>签发人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Reviewed by:</source>
        <translation>审核人(&amp;R)：</translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation>审核日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>签发(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SignedBar</name>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <source>What changed since signing, side by side</source>
        <translation>并排显示签发后改动了什么</translation>
    </message>
    <message>
        <source>Back to the si&amp;gned version…</source>
        <translation>恢复为签发版本(&amp;G)…</translation>
    </message>
    <message>
        <source>The draft becomes the signed version again (Edit ▸ Undo takes it back)</source>
        <translation>草稿恢复为签发版本（“编辑 ▸ 撤销”可以撤回）</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 (version %3); the draft has changed since. What you export, submit or publish should be what was signed: compare, go back to it, or sign again.</source>
        <translation>本报告已由 %1 于 %2 签发（第 %3 版），之后草稿又有修改。导出、报送、发布的应是签发的内容：请比较，或恢复为签发版本，或重新签发。</translation>
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
        <source>People's government or its general office (by 31 March)</source>
        <translation>人民政府或其办公厅（室）（3月31日前）</translation>
    </message>
    <message>
        <source>Department of a people's government (by 31 January)</source>
        <translation>人民政府部门（1月31日前）</translation>
    </message>
    <message>
        <source>Public enterprise or institution</source>
        <translation>公共企事业单位</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>An earlier date set by a local notice, if there is one</source>
        <translation>本地通知规定的更早期限（如有）</translation>
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
        <source>&amp;Kind of agency:</source>
        <translation>机关类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Local &amp;deadline:</source>
        <translation>本地公开期限(&amp;D)：</translation>
    </message>
    <message>
        <source>Publication date not fixed yet</source>
        <translation>发布日期尚未确定</translation>
    </message>
    <message>
        <source>No local deadline</source>
        <translation>无本地公开期限</translation>
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
        <source>(guessed from the name)</source>
        <translation>（根据名称推测）</translation>
    </message>
    <message>
        <source>The official format for %1 is %2.</source>
        <translation>%1 年度应使用的官方格式为：%2。</translation>
    </message>
    <message>
        <source>Every number and text stays in the report. Edit ▸ Undo takes the change back.</source>
        <translation>所有数字和文字都保留在报告中。可用“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <source>Change the year or format?</source>
        <translation>修改年度或格式？</translation>
    </message>
</context>
<context>
    <name>StateNames</name>
    <message>
        <source>Draft</source>
        <translation>起草</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签发</translation>
    </message>
    <message>
        <source>Signed · changed since</source>
        <translation>已签发 · 之后有修改</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
</context>
<context>
    <name>SyncControl</name>
    <message>
        <source>The server cannot be reached: your changes are kept on this computer and written when it is back</source>
        <translation>无法连接服务器：您的修改已保存在本机，恢复连接后自动写入</translation>
    </message>
    <message>
        <source>Connected to the server again</source>
        <translation>已重新连接服务器</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>“%1” was changed by another clerk while you were changing it. Yours: %2 — theirs: %3.</source>
        <translation>您修改“%1”的同时，另一位同事也修改了它。您的：%2 —— 对方的：%3。</translation>
    </message>
    <message>
        <source>Not saved: changed elsewhere</source>
        <translation>未保存：报告已在别处被修改</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Keep both (mine as a version)</source>
        <translation>都保留（我的存为版本）</translation>
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
        <source>Lead-in sentence above the table</source>
        <translation>表格上方的引导语</translation>
    </message>
    <message>
        <source>Problem in the lead-in sentence</source>
        <translation>表前说明文字中的问题</translation>
    </message>
    <message>
        <source>Whole numbers only.</source>
        <translation>只能填写整数。</translation>
    </message>
    <message>
        <source>Counts are whole numbers.</source>
        <translation>件数填写整数。</translation>
    </message>
    <message>
        <source>An increase or decrease (本年增/减) may be negative.</source>
        <translation>“本年增/减”可以是负数。</translation>
    </message>
    <message>
        <source>Amounts (万元) may have decimals, e.g. 2.5.</source>
        <translation>金额（万元）可以有小数，如2.5。</translation>
    </message>
    <message>
        <source>Blank cells count as 0 and should be written as 0.</source>
        <translation>空白按0计算，应填写0。</translation>
    </message>
    <message>
        <source>Totals (总计) are added up as you type.</source>
        <translation>“总计”随输入自动合计。</translation>
    </message>
    <message>
        <source>Insert a &amp;summary sentence from the table</source>
        <translation>根据表格插入概述语句(&amp;S)</translation>
    </message>
    <message>
        <source>A sentence with this table's figures as they stand, put in the lead-in at the cursor; insert it again after changing the table</source>
        <translation>按本表当前数字生成一句概述，插入到表前说明的光标处；修改表格后请重新插入</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>Insert sub-heading:</source>
        <translation>插入小标题：</translation>
    </message>
    <message>
        <source>Insert this official sub-heading at the cursor</source>
        <translation>在光标处插入此规范小标题</translation>
    </message>
    <message>
        <source>A sentence with the figures of table 3 as they stand, at the cursor</source>
        <translation>按表三当前数字生成一句概述，插入到光标处</translation>
    </message>
    <message>
        <source>Hea&amp;ding:</source>
        <translation>标题(&amp;D)：</translation>
    </message>
    <message>
        <source>Insert the applications &amp;sentence from table 3</source>
        <translation>根据表三插入依申请公开概述(&amp;S)</translation>
    </message>
    <message>
        <source>Processing &amp;fees (信息处理费)…</source>
        <translation>信息处理费(&amp;F)…</translation>
    </message>
    <message>
        <source>Work out the 信息处理费 and insert the year's fee statement</source>
        <translation>计算信息处理费，并插入本年度收费情况表述</translation>
    </message>
    <message>
        <source>Problem in this part's text</source>
        <translation>本部分文字中的问题</translation>
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
<context>
    <name>UnitView</name>
    <message>
        <source>&lt; &amp;Back to the summary</source>
        <translation>&lt; 返回汇总表(&amp;B)</translation>
    </message>
    <message>
        <source>Return for &amp;correction…</source>
        <translation>退回修改(&amp;C)…</translation>
    </message>
    <message>
        <source>Write the remarks file (审核意见) for the unit and mark the report 退回修改</source>
        <translation>为该单位写入审核意见文件，并将年报标为退回修改</translation>
    </message>
    <message>
        <source>&amp;Pass…</source>
        <translation>审核通过(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Undo the decision</source>
        <translation>撤销审核结论(&amp;U)</translation>
    </message>
    <message>
        <source>No report has been received from this unit.</source>
        <translation>尚未收到该单位的年报。</translation>
    </message>
    <message>
        <source>What evaluators look at</source>
        <translation>评估要点</translation>
    </message>
    <message>
        <source>Your own remarks for the unit, one a line: they join the issue list and the remarks file</source>
        <translation>您对该单位的其他意见，每行一条：将列入问题明细清单和审核意见文件</translation>
    </message>
    <message>
        <source>Issue list as P&amp;DF…</source>
        <translation>问题明细清单 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Issue list as &amp;Word…</source>
        <translation>问题明细清单 Word(&amp;W)…</translation>
    </message>
    <message>
        <source>Further remarks:</source>
        <translation>其他意见：</translation>
    </message>
    <message>
        <source>Evaluation checklist</source>
        <translation>评估要点</translation>
    </message>
    <message>
        <source>Issue list (问题明细清单)</source>
        <translation>问题明细清单</translation>
    </message>
    <message>
        <source>Expected, not received.</source>
        <translation>应报送，尚未收到。</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>发布日期：%1</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>错误 %1 个，警告 %2 个</translation>
    </message>
    <message>
        <source>Repeated from its own last year: %1</source>
        <translation>与本单位上年重复率：%1</translation>
    </message>
    <message>
        <source>Last year's report from: %1</source>
        <translation>上年年报来源：%1</translation>
    </message>
    <message>
        <source>No other unit's report is alike this one.</source>
        <translation>未发现与其他单位雷同。</translation>
    </message>
</context>
<context>
    <name>UnsavedPrompt</name>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The last changes could not be saved:
%1</source>
        <translation>最近的更改未能保存：
%1</translation>
    </message>
    <message>
        <source>They are still here on the screen. Try again once the problem is solved, or keep a copy of the report as a JSON file elsewhere (it can be imported again).</source>
        <translation>这些更改仍显示在屏幕上。请在问题解决后重试，或将报告另存一份 JSON 副本到其他位置（以后可以导入）。</translation>
    </message>
    <message>
        <source>They are still here on the screen, and the program keeps trying to save them.</source>
        <translation>这些更改仍显示在屏幕上，程序会继续尝试保存。</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>重试(&amp;A)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>放弃这些更改(&amp;D)</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>The changes that were not saved will be lost. Discard them?</source>
        <translation>未保存的更改将会丢失。确定放弃吗？</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>报告已在别处被修改</translation>
    </message>
    <message>
        <source>Your latest changes are not saved yet. Keep yours (the other changes are replaced), save yours as a new report, or take the stored version.</source>
        <translation>您最近的更改尚未保存。可以保留您的版本（覆盖别处的修改）、将您的版本另存为新报告，或采用已保存的版本。</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>保留我的版本(&amp;K)</translation>
    </message>
    <message>
        <source>Save mine as a &amp;new report</source>
        <translation>将我的版本另存为新报告(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Take the stored version</source>
        <translation>采用已保存的版本(&amp;T)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Report data (*.json)</source>
        <translation>报告数据 (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>无法写入 %1：
%2</translation>
    </message>
</context>
<context>
    <name>VersionNameDialog</name>
    <message>
        <source>Save a version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <source>e.g. sent to the superior office</source>
        <translation>如：报送上级机关</translation>
    </message>
    <message>
        <source>&amp;Name of the version:</source>
        <translation>版本名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save version</source>
        <translation>保存版本(&amp;S)</translation>
    </message>
</context>
<context>
    <name>VersionsControl</name>
    <message>
        <source>Save a version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <source>Version saved: %1</source>
        <translation>已保存版本：%1</translation>
    </message>
    <message>
        <source>List the versions</source>
        <translation>列出版本</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>读取修改记录</translation>
    </message>
    <message>
        <source>Sign the report (签发)</source>
        <translation>签发报告</translation>
    </message>
    <message>
        <source>Signed (签发): that version can no longer change.</source>
        <translation>已签发：该版本不会再被更改。</translation>
    </message>
    <message>
        <source>Compare the versions</source>
        <translation>比较版本</translation>
    </message>
    <message>
        <source>Restored %1: the working copy is now that version. The working copy as it was is kept as the version 「Before a restore」; Edit ▸ Undo takes the restore back.</source>
        <translation>已恢复%1：工作稿现即此版本。恢复前的工作稿已另存为“恢复前”版本；“编辑 ▸ 撤销”可撤回此次恢复。</translation>
    </message>
    <message>
        <source>Restore the version</source>
        <translation>恢复版本</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>从备份恢复</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions — %1</source>
        <translation>版本 — %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>内容校验码（SHA-256）</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>One version selected: with the working copy. Two: with each other.</source>
        <translation>选中一个版本：与当前工作稿比较；选中两个：两者相互比较。</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>恢复此版本(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xport this version…</source>
        <translation>导出此版本(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Print with approval sheet…</source>
        <translation>打印签发单(&amp;P)…</translation>
    </message>
    <message>
        <source>A signed version: its approval sheet (the reviewer's and the signer's names and dates), then its pages.</source>
        <translation>签发版本：先打印签发单（审核、签发人姓名及日期），再打印该版本正文。</translation>
    </message>
    <message>
        <source>Save the working copy</source>
        <translation>保存当前工作稿</translation>
    </message>
    <message>
        <source>Name, e.g. sent to the superior office</source>
        <translation>名称，例如：报送上级前</translation>
    </message>
    <message>
        <source>&amp;Save version</source>
        <translation>保存版本(&amp;S)</translation>
    </message>
    <message>
        <source>Mark as si&amp;gned…</source>
        <translation>签发(&amp;G)…</translation>
    </message>
    <message>
        <source>签发: the working copy is frozen as the signed version; later edits go on in the working copy and never change it.</source>
        <translation>签发：当前工作稿被冻结为签发版本；之后的修改只改工作稿，永远不会改变签发版本。</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>签发人：%1</translation>
    </message>
    <message>
        <source>Signed versions never change.</source>
        <translation>签发版本永不改变。</translation>
    </message>
    <message>
        <source>Content checksum (SHA-256), as the approval sheet prints it:
%1</source>
        <translation>内容校验码（SHA-256），与签发单上印的相同：
%1</translation>
    </message>
    <message>
        <source>No saved versions yet. A version is saved at every export, before every restore, and when you save or sign one here.</source>
        <translation>还没有保存的版本。每次导出、每次恢复前，以及在这里保存或签发时，都会保存一个版本。</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差别。</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Title, agency and details</source>
        <translation>标题、单位和基本信息</translation>
    </message>
    <message>
        <source>(made from the agency and year)</source>
        <translation>（按单位和年度自动生成）</translation>
    </message>
    <message>
        <source>Paragraph added</source>
        <translation>新增段落</translation>
    </message>
    <message>
        <source>Paragraph removed</source>
        <translation>删除段落</translation>
    </message>
    <message>
        <source>Paragraph changed</source>
        <translation>修改段落</translation>
    </message>
    <message>
        <source>Saved by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Signed (签发)</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>Remarks of the office</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation>当前工作稿</translation>
    </message>
    <message>
        <source>Make %1 the working copy? The working copy as it is now is saved as a version first, and Edit ▸ Undo takes the restore back.</source>
        <translation>把 %1 恢复为工作稿吗？当前工作稿会先保存为一个版本，用“编辑 ▸ 撤销”可以撤回这次恢复。</translation>
    </message>
</context>
</TS>