<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Government Information Disclosure Annual Report</source>
        <translation>Government Information Disclosure Annual Report</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Drafts, checks, prints and publishes the annual report on government information disclosure in the official format. Works offline: nothing leaves this computer.</source>
        <translation>Drafts, checks, prints and publishes the annual report on government information disclosure in the official format. Works offline: nothing leaves this computer.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation>Free software under the MIT licence.</translation>
    </message>
    <message>
        <source>Your reports are kept in %1</source>
        <translation>Your reports are kept in %1</translation>
    </message>
    <message>
        <source>The program is free software under the MIT licence; its binding wording is the English original below.</source>
        <translation>The program is free software under the MIT licence; its binding wording is the English original below.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>Home page</translation>
    </message>
    <message>
        <source>Built on these libraries, each under its own licence:</source>
        <translation>Built on these libraries, each under its own licence:</translation>
    </message>
    <message>
        <source>Licensed with the operating system (%1)</source>
        <translation>Licensed with the operating system (%1)</translation>
    </message>
    <message>
        <source>Licensed by its maker, %1</source>
        <translation>Licensed by its maker, %1</translation>
    </message>
    <message>
        <source>Not known; see the font's own files</source>
        <translation>Not known; see the font's own files</translation>
    </message>
    <message>
        <source>Official face</source>
        <translation>Official face</translation>
    </message>
    <message>
        <source>Used on this computer</source>
        <translation>Used on this computer</translation>
    </message>
    <message>
        <source>The program ships no font files. Printing and export use the faces installed on this computer, each under its own licence, which also says whether it may be embedded in a PDF.</source>
        <translation>The program ships no font files. Printing and export use the faces installed on this computer, each under its own licence, which also says whether it may be embedded in a PDF.</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge a warning</source>
        <translation>Acknowledge a warning</translation>
    </message>
    <message>
        <source>Why does this warning not apply to the report? The reason is kept with the report, in its JSON file, and shown on the review page; the warning then no longer counts.</source>
        <translation>Why does this warning not apply to the report? The reason is kept with the report, in its JSON file, and shown on the review page; the warning then no longer counts.</translation>
    </message>
    <message>
        <source>e.g. the 17 are the applications the office itself received</source>
        <translation>e.g. the 17 are the applications the office itself received</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>%n cell(s)</source>
        <translation>%n cell(s)</translation>
    </message>
    <message>
        <source>%n text(s)</source>
        <translation>%n text(s)</translation>
    </message>
    <message>
        <source>%n detail(s)</source>
        <translation>%n detail(s)</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>Who changed what</source>
        <translation>Who changed what</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>The database cannot be used:</source>
        <translation>The database cannot be used:</translation>
    </message>
    <message>
        <source>Choose a backup to put in its place. The damaged file is kept in the backup folder, unchanged.</source>
        <translation>Choose a backup to put in its place. The damaged file is kept in the backup folder, unchanged.</translation>
    </message>
    <message>
        <source>Backups are kept in %1. One is made when you close the program after a change (at most one a day), before every upgrade of the database and when you ask; each is checked before it counts. Copy one to a USB stick now and then: a backup on the same disk does not survive the disk.</source>
        <translation>Backups are kept in %1. One is made when you close the program after a change (at most one a day), before every upgrade of the database and when you ask; each is checked before it counts. Copy one to a USB stick now and then: a backup on the same disk does not survive the disk.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Restore the selected backup…</translation>
    </message>
    <message>
        <source>Restore from &amp;another file…</source>
        <translation>Restore from &amp;another file…</translation>
    </message>
    <message>
        <source>Before upgrading the database</source>
        <translation>Before upgrading the database</translation>
    </message>
    <message>
        <source>Automatic, on closing</source>
        <translation>Automatic, on closing</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Set aside by a restore (may be damaged)</source>
        <translation>Set aside by a restore (may be damaged)</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restore from a backup file</translation>
    </message>
    <message>
        <source>Database backups (*.sqlite *.db);;All files (*)</source>
        <translation>Database backups (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1? Every report goes back to the state of the backup; the current file is kept in the backup folder.</source>
        <translation>Replace the database with the backup %1? Every report goes back to the state of the backup; the current file is kept in the backup folder.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>New review batch</source>
        <translation>New review batch</translation>
    </message>
    <message>
        <source>A batch is one year's reports of the units a 公开办 collects. Name who reviews and which units are expected: the summary lists every one of them, in red until its report arrives.</source>
        <translation>A batch is one year's reports of the units a 公开办 collects. Name who reviews and which units are expected: the summary lists every one of them, in red until its report arrives.</translation>
    </message>
    <message>
        <source>e.g. 某某县人民政府办公室</source>
        <translation>e.g. 某某县人民政府办公室</translation>
    </message>
    <message>
        <source>From a &amp;file (单位名称,单位类型,截止日期)</source>
        <translation>From a &amp;file (单位名称,单位类型,截止日期)</translation>
    </message>
    <message>
        <source>&amp;Typed in, one unit a line</source>
        <translation>&amp;Typed in, one unit a line</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
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
        <translation>&amp;Reviewed by (region or office):</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>Report &amp;year:</translation>
    </message>
    <message>
        <source>&amp;Create the batch</source>
        <translation>&amp;Create the batch</translation>
    </message>
    <message>
        <source>Units expected:</source>
        <translation>Units expected:</translation>
    </message>
    <message>
        <source>Units list</source>
        <translation>Units list</translation>
    </message>
    <message>
        <source>Units list (*.csv *.txt);;All files (*)</source>
        <translation>Units list (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>%1 unit(s): %2</source>
        <translation>%1 unit(s): %2</translation>
    </message>
    <message>
        <source>No unit yet.</source>
        <translation>No unit yet.</translation>
    </message>
</context>
<context>
    <name>ChecklistTree</name>
    <message>
        <source>What evaluators look at</source>
        <translation>What evaluators look at</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Cannot tell yet</source>
        <translation>Cannot tell yet</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Share of this part repeated from last year's report</source>
        <translation>Share of this part repeated from last year's report</translation>
    </message>
    <message>
        <source>Corrected on %1</source>
        <translation>Corrected on %1</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Acknowledged: %1</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <source>Signature block</source>
        <translation>Signature block</translation>
    </message>
    <message>
        <source>Leave it empty to print the agency's name and the publication date.</source>
        <translation>Leave it empty to print the agency's name and the publication date.</translation>
    </message>
    <message>
        <source>Agency name
Date, e.g. 2026年1月23日</source>
        <translation>Agency name
Date, e.g. 2026年1月23日</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Connect to a shared database</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or db.office.local</source>
        <translation>e.g. 192.168.1.10 or db.office.local</translation>
    </message>
    <message>
        <source>as colleagues will see it, e.g. 张三 (办公室)</source>
        <translation>as colleagues will see it, e.g. 张三 (办公室)</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system's keyring</source>
        <translation>&amp;Remember the password in the system's keyring</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is asked at each start and never written down</source>
        <translation>This computer has no keyring: the password is asked at each start and never written down</translation>
    </message>
    <message>
        <source>asked at each start: this computer has no keyring</source>
        <translation>asked at each start: this computer has no keyring</translation>
    </message>
    <message>
        <source>empty: the one the keyring keeps</source>
        <translation>empty: the one the keyring keeps</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Your na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nnect</translation>
    </message>
    <message>
        <source>The reports of the whole office on a PostgreSQL server, which several clerks write at once. Your IT colleague gives you these details (scripts/shared_server.sh prints them).</source>
        <translation>The reports of the whole office on a PostgreSQL server, which several clerks write at once. Your IT colleague gives you these details (scripts/shared_server.sh prints them).</translation>
    </message>
    <message>
        <source>Enter your name: colleagues see it beside your changes.</source>
        <translation>Enter your name: colleagues see it beside your changes.</translation>
    </message>
    <message>
        <source>Reaching the server…</source>
        <translation>Reaching the server…</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <source>The connection could not be tested: %1</source>
        <translation>The connection could not be tested: %1</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Return for correction</source>
        <translation>Return for correction</translation>
    </message>
    <message>
        <source>Pass the report</source>
        <translation>Pass the report</translation>
    </message>
    <message>
        <source>%1's report is returned with %2 finding(s). The remarks file opens in the unit's own program and shows each finding at its cell or sentence.</source>
        <translation>%1's report is returned with %2 finding(s). The remarks file opens in the unit's own program and shows each finding at its cell or sentence.</translation>
    </message>
    <message>
        <source>%1's report is passed. The remarks file tells the unit so, with %2 finding(s) it may still want to look at.</source>
        <translation>%1's report is passed. The remarks file tells the unit so, with %2 finding(s) it may still want to look at.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Also write the &amp;issue list (问题明细清单) as PDF beside it</source>
        <translation>Also write the &amp;issue list (问题明细清单) as PDF beside it</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Reviewer:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Remarks &amp;file:</source>
        <translation>Remarks &amp;file:</translation>
    </message>
    <message>
        <source>Re&amp;turn it</source>
        <translation>Re&amp;turn it</translation>
    </message>
    <message>
        <source>&amp;Pass it</source>
        <translation>&amp;Pass it</translation>
    </message>
    <message>
        <source>Remarks file</source>
        <translation>Remarks file</translation>
    </message>
    <message>
        <source>Remarks file (*.json)</source>
        <translation>Remarks file (*.json)</translation>
    </message>
</context>
<context>
    <name>DeskControl</name>
    <message>
        <source>List the review batches</source>
        <translation>List the review batches</translation>
    </message>
    <message>
        <source>%1 · %2 (%3 units, %4 files)</source>
        <translation>%1 · %2 (%3 units, %4 files)</translation>
    </message>
    <message>
        <source>Remember the batch shown</source>
        <translation>Remember the batch shown</translation>
    </message>
    <message>
        <source>Checking the batch's reports…</source>
        <translation>Checking the batch's reports…</translation>
    </message>
    <message>
        <source>Open the review batch</source>
        <translation>Open the review batch</translation>
    </message>
    <message>
        <source>Create the review batch</source>
        <translation>Create the review batch</translation>
    </message>
    <message>
        <source>Delete the batch</source>
        <translation>Delete the batch</translation>
    </message>
    <message>
        <source>Delete the batch %1 with every file taken into it and the decisions made? The files on disk and the remarks files sent stay where they are.</source>
        <translation>Delete the batch %1 with every file taken into it and the decisions made? The files on disk and the remarks files sent stay where they are.</translation>
    </message>
    <message>
        <source>Take in a folder of reports</source>
        <translation>Take in a folder of reports</translation>
    </message>
    <message>
        <source>Take in reports</source>
        <translation>Take in reports</translation>
    </message>
    <message>
        <source>Reports (*.docx *.html *.htm *.pdf *.json *.zip);;All files (*)</source>
        <translation>Reports (*.docx *.html *.htm *.pdf *.json *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Looking for report files…</source>
        <translation>Looking for report files…</translation>
    </message>
    <message>
        <source>Take the reports in</source>
        <translation>Take the reports in</translation>
    </message>
    <message>
        <source>Read %1 report(s); %2 file(s) not taken, %3 already taken before.%4</source>
        <translation>Read %1 report(s); %2 file(s) not taken, %3 already taken before.%4</translation>
    </message>
    <message>
        <source>Cancelled: %1 file(s) not read.</source>
        <translation>Cancelled: %1 file(s) not read.</translation>
    </message>
    <message>
        <source>Confirm the units</source>
        <translation>Confirm the units</translation>
    </message>
    <message>
        <source>Sum the tables</source>
        <translation>Sum the tables</translation>
    </message>
    <message>
        <source>Start the 本级 report</source>
        <translation>Start the 本级 report</translation>
    </message>
    <message>
        <source>The agency whose report this is:</source>
        <translation>The agency whose report this is:</translation>
    </message>
</context>
<context>
    <name>DeskOutputs</name>
    <message>
        <source>Sent %1: %2, %3 item(s), %4</source>
        <translation>Sent %1: %2, %3 item(s), %4</translation>
    </message>
    <message>
        <source>Read the remarks sent</source>
        <translation>Read the remarks sent</translation>
    </message>
    <message>
        <source>Write the remarks file</source>
        <translation>Write the remarks file</translation>
    </message>
    <message>
        <source>%1: %2 — written %3</source>
        <translation>%1: %2 — written %3</translation>
    </message>
    <message>
        <source>Undo the decision</source>
        <translation>Undo the decision</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>Export the summary</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose units that sent a report in the table first.</source>
        <translation>Choose units that sent a report in the table first.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Export the issue lists</source>
        <translation>Export the issue lists</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
</context>
<context>
    <name>DeskWorkspace</name>
    <message>
        <source>&amp;New batch…</source>
        <translation>&amp;New batch…</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <source>&amp;Delete the batch…</source>
        <translation>&amp;Delete the batch…</translation>
    </message>
    <message>
        <source>Take in a &amp;folder…</source>
        <translation>Take in a &amp;folder…</translation>
    </message>
    <message>
        <source>Take in f&amp;iles…</source>
        <translation>Take in f&amp;iles…</translation>
    </message>
    <message>
        <source>or drop files and folders here</source>
        <translation>or drop files and folders here</translation>
    </message>
    <message>
        <source>Export &amp;summary…</source>
        <translation>Export &amp;summary…</translation>
    </message>
    <message>
        <source>The summary with the roll-up as an Excel workbook (.xlsx) or CSV</source>
        <translation>The summary with the roll-up as an Excel workbook (.xlsx) or CSV</translation>
    </message>
    <message>
        <source>Issue &amp;lists…</source>
        <translation>Issue &amp;lists…</translation>
    </message>
    <message>
        <source>The 问题明细清单 of the units chosen in the table (or of every unit with problems), one unit a page, as PDF or Word</source>
        <translation>The 问题明细清单 of the units chosen in the table (or of every unit with problems), one unit a page, as PDF or Word</translation>
    </message>
    <message>
        <source>Summary: one row a unit</source>
        <translation>Summary: one row a unit</translation>
    </message>
    <message>
        <source>Only units &amp;with problems</source>
        <translation>Only units &amp;with problems</translation>
    </message>
    <message>
        <source>Unit or file</source>
        <translation>Unit or file</translation>
    </message>
    <message>
        <source>Find unit &amp;or file:</source>
        <translation>Find unit &amp;or file:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Roll-up (汇总)</source>
        <translation>Roll-up (汇总)</translation>
    </message>
    <message>
        <source>Files not taken</source>
        <translation>Files not taken</translation>
    </message>
    <message>
        <source>Review desk (公开办)</source>
        <translation>Review desk (公开办)</translation>
    </message>
    <message>
        <source>Take in every unit's annual report — Word files, web pages, JSON, submission packages — and see at once which units are late, missing, wrong or alike another unit; return remarks, and sum the region's tables. Start with a batch: the year and the units you expect.</source>
        <translation>Take in every unit's annual report — Word files, web pages, JSON, submission packages — and see at once which units are late, missing, wrong or alike another unit; return remarks, and sum the region's tables. Start with a batch: the year and the units you expect.</translation>
    </message>
    <message>
        <source>%1 units: %2 received, %3 not received, %4 with problems; %5 returned, %6 passed.</source>
        <translation>%1 units: %2 received, %3 not received, %4 with problems; %5 returned, %6 passed.</translation>
    </message>
    <message>
        <source>The last intake was cancelled: take the folder in again to read the rest.</source>
        <translation>The last intake was cancelled: take the folder in again to read the rest.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>Files not taken (%1)</source>
        <translation>Files not taken (%1)</translation>
    </message>
</context>
<context>
    <name>DoubtfulDialog</name>
    <message>
        <source>Confirm which unit sent these reports</source>
        <translation>Confirm which unit sent these reports</translation>
    </message>
    <message>
        <source>The agency these reports name is close to a unit of the list but not the same. A report is taken for a unit only once you say so.</source>
        <translation>The agency these reports name is close to a unit of the list but not the same. A report is taken for a unit only once you say so.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>The report names</source>
        <translation>The report names</translation>
    </message>
    <message>
        <source>It is from</source>
        <translation>It is from</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <source>Not on the units list</source>
        <translation>Not on the units list</translation>
    </message>
    <message>
        <source>Unit of %1</source>
        <translation>Unit of %1</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The program stopped what it was doing because of a fault (in %1).</source>
        <translation>The program stopped what it was doing because of a fault (in %1).</translation>
    </message>
    <message>
        <source>The program could not finish what it was doing.</source>
        <translation>The program could not finish what it was doing.</translation>
    </message>
    <message>
        <source>This is a fault of the program, not of your report; nothing you typed is lost. The details are in the log%1 — please send it to whoever supports the program.</source>
        <translation>This is a fault of the program, not of your report; nothing you typed is lost. The details are in the log%1 — please send it to whoever supports the program.</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <source>%1 could not be done.</source>
        <translation>%1 could not be done.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ExportControl</name>
    <message>
        <source>Read the saved version</source>
        <translation>Read the saved version</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>The approval sheet, with the reviewer's and the signer's names and dates, as the first page of the PDF; the report's pages keep their numbers from 1.</source>
        <translation>The approval sheet, with the reviewer's and the signer's names and dates, as the first page of the PDF; the report's pages keep their numbers from 1.</translation>
    </message>
    <message>
        <source>The report still has %1 error(s). The export shows the numbers as they are stated; nothing is corrected.</source>
        <translation>The report still has %1 error(s). The export shows the numbers as they are stated; nothing is corrected.</translation>
    </message>
    <message>
        <source>&amp;PDF — to print, sign and seal, or to attach on the website</source>
        <translation>&amp;PDF — to print, sign and seal, or to attach on the website</translation>
    </message>
    <message>
        <source>&amp;Word (.docx) — to send to the superior office</source>
        <translation>&amp;Word (.docx) — to send to the superior office</translation>
    </message>
    <message>
        <source>We&amp;b page (.html) — for the website's annual report column</source>
        <translation>We&amp;b page (.html) — for the website's annual report column</translation>
    </message>
    <message>
        <source>&amp;JSON — data exchange with other programs</source>
        <translation>&amp;JSON — data exchange with other programs</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Include the approval sheet (PDF)</source>
        <translation>&amp;Include the approval sheet (PDF)</translation>
    </message>
    <message>
        <source>End with the 图解 &amp;charts (PDF, Word)</source>
        <translation>End with the 图解 &amp;charts (PDF, Word)</translation>
    </message>
    <message>
        <source>The report's tables drawn as charts on pages after the signature; the web page always carries them</source>
        <translation>The report's tables drawn as charts on pages after the signature; the web page always carries them</translation>
    </message>
    <message>
        <source>PDF/A for an archi&amp;ve</source>
        <translation>PDF/A for an archi&amp;ve</translation>
    </message>
    <message>
        <source>PDF/A-1b, the kind an archive accepts: every font embedded, the title, agency and year in its metadata. The pages are the same.</source>
        <translation>PDF/A-1b, the kind an archive accepts: every font embedded, the title, agency and year in its metadata. The pages are the same.</translation>
    </message>
    <message>
        <source>&amp;Open the folder afterwards</source>
        <translation>&amp;Open the folder afterwards</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Export &amp;anyway</source>
        <translation>Export &amp;anyway</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>What to export:</source>
        <translation>What to export:</translation>
    </message>
    <message>
        <source>The si&amp;gned version (version %1, signed by %2 on %3)</source>
        <translation>The si&amp;gned version (version %1, signed by %2 on %3)</translation>
    </message>
    <message>
        <source>The &amp;draft — changed since signing, not signed</source>
        <translation>The &amp;draft — changed since signing, not signed</translation>
    </message>
    <message>
        <source>The &amp;draft — the same as the signed version</source>
        <translation>The &amp;draft — the same as the signed version</translation>
    </message>
    <message>
        <source>Fonts:</source>
        <translation>Fonts:</translation>
    </message>
    <message>
        <source>No installed face has these characters; they would print as boxes: %1</source>
        <translation>No installed face has these characters; they would print as boxes: %1</translation>
    </message>
    <message>
        <source>The draft differs from the signed version %1: the changes were not signed. Export the draft anyway?</source>
        <translation>The draft differs from the signed version %1: the changes were not signed. Export the draft anyway?</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>Export to %1</translation>
    </message>
    <message>
        <source>Give a file name to export to.</source>
        <translation>Give a file name to export to.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name to export to.</source>
        <translation>%1 is a folder. Give a file name to export to.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
</context>
<context>
    <name>FeeDialog</name>
    <message>
        <source>Processing fees (信息处理费)</source>
        <translation>Processing fees (信息处理费)</translation>
    </message>
    <message>
        <source>What one application costs</source>
        <translation>What one application costs</translation>
    </message>
    <message>
        <source>How many applications this applicant has made this calendar month, this one included</source>
        <translation>How many applications this applicant has made this calendar month, this one included</translation>
    </message>
    <message>
        <source>By number (按件), per applicant and calendar month: applications 1–10 are free,
11–30 cost 100 yuan each, and from the 31st each further 10 cost 100 yuan more.
By volume (按量), per application: pages 1–30 are free, 31–100 cost 10 yuan,
101–200 20 yuan and from 201 on 40 yuan a page.
One method per application (国办函〔2020〕109号).</source>
        <translation>By number (按件), per applicant and calendar month: applications 1–10 are free,
11–30 cost 100 yuan each, and from the 31st each further 10 cost 100 yuan more.
By volume (按量), per application: pages 1–30 are free, 31–100 cost 10 yuan,
101–200 20 yuan and from 201 on 40 yuan a page.
One method per application (国办函〔2020〕109号).</translation>
    </message>
    <message>
        <source>&amp;Applications of this applicant this month:</source>
        <translation>&amp;Applications of this applicant this month:</translation>
    </message>
    <message>
        <source>&amp;Pages of information in this application:</source>
        <translation>&amp;Pages of information in this application:</translation>
    </message>
    <message>
        <source>Fee &amp;notices issued:</source>
        <translation>Fee &amp;notices issued:</translation>
    </message>
    <message>
        <source>Amount n&amp;otified:</source>
        <translation>Amount n&amp;otified:</translation>
    </message>
    <message>
        <source>Amount &amp;collected:</source>
        <translation>Amount &amp;collected:</translation>
    </message>
    <message>
        <source>&amp;Insert the fee statement</source>
        <translation>&amp;Insert the fee statement</translation>
    </message>
    <message>
        <source>By number (按件):</source>
        <translation>By number (按件):</translation>
    </message>
    <message>
        <source>By volume (按量):</source>
        <translation>By volume (按量):</translation>
    </message>
    <message>
        <source>This year's charges, for the report</source>
        <translation>This year's charges, for the report</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>Statement:</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source> (the lower)</source>
        <translation> (the lower)</translation>
    </message>
    <message>
        <source>%1 yuan for this one (all %2 this month: %3 yuan)</source>
        <translation>%1 yuan for this one (all %2 this month: %3 yuan)</translation>
    </message>
    <message>
        <source>%1 yuan for this one</source>
        <translation>%1 yuan for this one</translation>
    </message>
</context>
<context>
    <name>FilesView</name>
    <message>
        <source>Say which &amp;unit…</source>
        <translation>Say which &amp;unit…</translation>
    </message>
    <message>
        <source>Reports whose agency is close to a unit's name are taken once you say which unit sent them</source>
        <translation>Reports whose agency is close to a unit's name are taken once you say which unit sent them</translation>
    </message>
    <message>
        <source>%1 report(s) wait for you to say which unit sent them.</source>
        <translation>%1 report(s) wait for you to say which unit sent them.</translation>
    </message>
    <message>
        <source>Every file read is either taken or listed here with the reason.</source>
        <translation>Every file read is either taken or listed here with the reason.</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Next steps:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>PDF to print, sign and seal; Word for the superior office; the web page for the website's annual report column</source>
        <translation>PDF to print, sign and seal; Word for the superior office; the web page for the website's annual report column</translation>
    </message>
    <message>
        <source>Si&amp;gn (签发)…</source>
        <translation>Si&amp;gn (签发)…</translation>
    </message>
    <message>
        <source>Freeze the version that is signed and sealed (Versions and signing)</source>
        <translation>Freeze the version that is signed and sealed (Versions and signing)</translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation>S&amp;ubmit…</translation>
    </message>
    <message>
        <source>Write the submission package of the signed version for the disclosure office</source>
        <translation>Write the submission package of the signed version for the disclosure office</translation>
    </message>
    <message>
        <source>Recor&amp;d publication…</source>
        <translation>Recor&amp;d publication…</translation>
    </message>
    <message>
        <source>When and where the report was published</source>
        <translation>When and where the report was published</translation>
    </message>
    <message>
        <source>1. Export the report: the PDF to print, sign and seal, Word for the superior office, the web page for the website.</source>
        <translation>1. Export the report: the PDF to print, sign and seal, Word for the superior office, the web page for the website.</translation>
    </message>
    <message>
        <source>2. 签发: once it is signed, freeze that version, so that later edits never change what was signed.</source>
        <translation>2. 签发: once it is signed, freeze that version, so that later edits never change what was signed.</translation>
    </message>
    <message>
        <source>3. 报送: the signed version's package for the disclosure office, if it reviews the reports of your level.</source>
        <translation>3. 报送: the signed version's package for the disclosure office, if it reviews the reports of your level.</translation>
    </message>
    <message>
        <source>4. Publish it in the website's annual report column by the deadline the review page names (31 January for a department, 31 March for a people's government), and record when and where.</source>
        <translation>4. Publish it in the website's annual report column by the deadline the review page names (31 January for a department, 31 March for a people's government), and record when and where.</translation>
    </message>
    <message>
        <source>&amp;Back to the list of reports</source>
        <translation>&amp;Back to the list of reports</translation>
    </message>
    <message>
        <source>&amp;Stay in the report</source>
        <translation>&amp;Stay in the report</translation>
    </message>
    <message>
        <source>Ready to publish: every part is filled in, no errors, and every warning fixed or acknowledged.</source>
        <translation>Ready to publish: every part is filled in, no errors, and every warning fixed or acknowledged.</translation>
    </message>
    <message>
        <source>Not ready yet: %1 error(s) and %2 warning(s) to deal with on the review page.</source>
        <translation>Not ready yet: %1 error(s) and %2 warning(s) to deal with on the review page.</translation>
    </message>
    <message>
        <source>Not filled in yet: %1</source>
        <translation>Not filled in yet: %1</translation>
    </message>
    <message>
        <source>%1 warning(s) acknowledged with a reason.</source>
        <translation>%1 warning(s) acknowledged with a reason.</translation>
    </message>
</context>
<context>
    <name>HelpControl</name>
    <message>
        <source>The language changes when the program is started again.</source>
        <translation>The language changes when the program is started again.</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>Guide to the report</source>
        <translation>Guide to the report</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Guide entry</source>
        <translation>Guide entry</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a report</source>
        <translation>Import a report</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>S&amp;top reading</source>
        <translation>S&amp;top reading</translation>
    </message>
    <message>
        <source>Importing creates a new report marked 导入 with the file's name; the file itself is not changed.</source>
        <translation>Importing creates a new report marked 导入 with the file's name; the file itself is not changed.</translation>
    </message>
    <message>
        <source>Reports (*.docx *.html *.htm *.pdf *.json *.txt *.zip);;Word (*.docx);;Web pages (*.html *.htm);;PDF (*.pdf);;JSON (*.json);;Text (*.txt);;Submission packages (*.zip)</source>
        <translation>Reports (*.docx *.html *.htm *.pdf *.json *.txt *.zip);;Word (*.docx);;Web pages (*.html *.htm);;PDF (*.pdf);;JSON (*.json);;Text (*.txt);;Submission packages (*.zip)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Read %1</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing was imported.</source>
        <translation>Reading was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>This file cannot be imported: %1</translation>
    </message>
    <message>
        <source>(not found — enter it after the import)</source>
        <translation>(not found — enter it after the import)</translation>
    </message>
    <message>
        <source>%1 values read. %2 values have no cell in the report and will not be imported: see “Not recognised”; you can type them after the import.</source>
        <translation>%1 values read. %2 values have no cell in the report and will not be imported: see “Not recognised”; you can type them after the import.</translation>
    </message>
    <message>
        <source>%1 values read; every value the file prints has its cell.</source>
        <translation>%1 values read; every value the file prints has its cell.</translation>
    </message>
    <message>
        <source>The printed numbers break %1 identity(ies); they are imported as printed: see “Notes”.</source>
        <translation>The printed numbers break %1 identity(ies); they are imported as printed: see “Notes”.</translation>
    </message>
    <message>
        <source>Opening (before part 一)</source>
        <translation>Opening (before part 一)</translation>
    </message>
    <message>
        <source>Signature block</source>
        <translation>Signature block</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>First line</source>
        <translation>First line</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Not recognised (%1)</source>
        <translation>Not recognised (%1)</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>part</source>
        <translation>part</translation>
    </message>
    <message>
        <source>clause row</source>
        <translation>clause row</translation>
    </message>
    <message>
        <source>column</source>
        <translation>column</translation>
    </message>
    <message>
        <source>row</source>
        <translation>row</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Label matching</source>
        <translation>Label matching</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>The %1 report of %2 is imported. Start the %3 report from it now? The figures that carry over (上年结转, 现行有效件数) are taken over; the texts are not.</source>
        <translation>The %1 report of %2 is imported. Start the %3 report from it now? The figures that carry over (上年结转, 现行有效件数) are taken over; the texts are not.</translation>
    </message>
    <message>
        <source>There is already a %1 report of %2 (「%3」). What should the import do?</source>
        <translation>There is already a %1 report of %2 (「%3」). What should the import do?</translation>
    </message>
    <message>
        <source>Replace: the report takes the imported content; what it holds now is kept as a version (Report ▸ Versions and signing brings it back). Keep both: the import becomes a second report.</source>
        <translation>Replace: the report takes the imported content; what it holds now is kept as a version (Report ▸ Versions and signing brings it back). Keep both: the import becomes a second report.</translation>
    </message>
    <message>
        <source>&amp;Replace (keep the old as a version)</source>
        <translation>&amp;Replace (keep the old as a version)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Keep both</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Stop after the files being read now; what was read is kept</source>
        <translation>Stop after the files being read now; what was read is kept</translation>
    </message>
    <message>
        <source>All %1 files read; checking the reports and comparing the units…</source>
        <translation>All %1 files read; checking the reports and comparing the units…</translation>
    </message>
    <message>
        <source>%1 of %2 files read — %3</source>
        <translation>%1 of %2 files read — %3</translation>
    </message>
    <message>
        <source>Stopping after the files being read now…</source>
        <translation>Stopping after the files being read now…</translation>
    </message>
</context>
<context>
    <name>LifeControl</name>
    <message>
        <source>Submit the report</source>
        <translation>Submit the report</translation>
    </message>
    <message>
        <source>Submission package (*.zip)</source>
        <translation>Submission package (*.zip)</translation>
    </message>
    <message>
        <source>Submission package written: %1</source>
        <translation>Submission package written: %1</translation>
    </message>
    <message>
        <source>Open the office's remarks</source>
        <translation>Open the office's remarks</translation>
    </message>
    <message>
        <source>Remarks (*.json)</source>
        <translation>Remarks (*.json)</translation>
    </message>
    <message>
        <source>Publication recorded: %1</source>
        <translation>Publication recorded: %1</translation>
    </message>
    <message>
        <source>Record the publication</source>
        <translation>Record the publication</translation>
    </message>
    <message>
        <source>the signed version %1</source>
        <translation>the signed version %1</translation>
    </message>
    <message>
        <source>Back to the signed version</source>
        <translation>Back to the signed version</translation>
    </message>
    <message>
        <source>Make %1 (signed by %2) the draft again? The draft as it is now is saved as a version first, and Edit ▸ Undo takes this back.</source>
        <translation>Make %1 (signed by %2) the draft again? The draft as it is now is saved as a version first, and Edit ▸ Undo takes this back.</translation>
    </message>
</context>
<context>
    <name>LifeStateLabel</name>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 (version %3)</source>
        <translation>Signed by %1 on %2 (version %3)</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;New report</source>
        <translation>&amp;New report</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Read last year's report from its Word file, web page, JSON or text</source>
        <translation>Read last year's report from its Word file, web page, JSON or text</translation>
    </message>
    <message>
        <source>New report for ne&amp;xt year</source>
        <translation>New report for ne&amp;xt year</translation>
    </message>
    <message>
        <source>Start next year's report of this agency from this one</source>
        <translation>Start next year's report of this agency from this one</translation>
    </message>
    <message>
        <source>All &amp;reports</source>
        <translation>All &amp;reports</translation>
    </message>
    <message>
        <source>Review uni&amp;ts' reports (公开办)…</source>
        <translation>Review uni&amp;ts' reports (公开办)…</translation>
    </message>
    <message>
        <source>The review desk: take in every unit's report, see who is late, wrong or alike another, return remarks, sum the region's tables</source>
        <translation>The review desk: take in every unit's report, see who is late, wrong or alike another, return remarks, sum the region's tables</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <source>Everything is saved as you type; this waits until it is on disk</source>
        <translation>Everything is saved as you type; this waits until it is on disk</translation>
    </message>
    <message>
        <source>Save a versi&amp;on…</source>
        <translation>Save a versi&amp;on…</translation>
    </message>
    <message>
        <source>Versions and si&amp;gning…</source>
        <translation>Versions and si&amp;gning…</translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation>S&amp;ubmit…</translation>
    </message>
    <message>
        <source>Write the submission package of the signed version for the disclosure office</source>
        <translation>Write the submission package of the signed version for the disclosure office</translation>
    </message>
    <message>
        <source>Open the office's re&amp;marks…</source>
        <translation>Open the office's re&amp;marks…</translation>
    </message>
    <message>
        <source>Show the disclosure office's remarks on the review page, each at its place</source>
        <translation>Show the disclosure office's remarks on the review page, each at its place</translation>
    </message>
    <message>
        <source>Recor&amp;d publication…</source>
        <translation>Recor&amp;d publication…</translation>
    </message>
    <message>
        <source>When and where the report was published</source>
        <translation>When and where the report was published</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Show or hide the printed pages beside the page you are on</source>
        <translation>Show or hide the printed pages beside the page you are on</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Previous page</translation>
    </message>
    <message>
        <source>&amp;Review and finish</source>
        <translation>&amp;Review and finish</translation>
    </message>
    <message>
        <source>Next pro&amp;blem</source>
        <translation>Next pro&amp;blem</translation>
    </message>
    <message>
        <source>Previous prob&amp;lem</source>
        <translation>Previous prob&amp;lem</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Guide to this page</source>
        <translation>&amp;Guide to this page</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Example report</source>
        <translation>&amp;Example report</translation>
    </message>
    <message>
        <source>Open a complete made-up report to look around in; your reports stay as they are</source>
        <translation>Open a complete made-up report to look around in; your reports stay as they are</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Government Information Disclosure Annual Report</source>
        <translation>Government Information Disclosure Annual Report</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Open the database</source>
        <translation>Open the database</translation>
    </message>
    <message>
        <source>List the reports</source>
        <translation>List the reports</translation>
    </message>
    <message>
        <source>Review desk</source>
        <translation>Review desk</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Open the report</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Export and fonts</source>
        <translation>Export and fonts</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Shared database</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <source>The full name a new report starts with, as the title prints it</source>
        <translation>The full name a new report starts with, as the title prints it</translation>
    </message>
    <message>
        <source>Kind of agency</source>
        <translation>Kind of agency</translation>
    </message>
    <message>
        <source>Decides the legal publication deadline (Regulations, Art. 49)</source>
        <translation>Decides the legal publication deadline (Regulations, Art. 49)</translation>
    </message>
    <message>
        <source>Guess from the name</source>
        <translation>Guess from the name</translation>
    </message>
    <message>
        <source>People's government at county level or above (31 March)</source>
        <translation>People's government at county level or above (31 March)</translation>
    </message>
    <message>
        <source>Department of a people's government (31 January)</source>
        <translation>Department of a people's government (31 January)</translation>
    </message>
    <message>
        <source>Public enterprise or institution</source>
        <translation>Public enterprise or institution</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Office, address and telephone for questions about the report</source>
        <translation>Office, address and telephone for questions about the report</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <source>Where exported files go; each export remembers the folder it used</source>
        <translation>Where exported files go; each export remembers the folder it used</translation>
    </message>
    <message>
        <source>Open the folder after exporting</source>
        <translation>Open the folder after exporting</translation>
    </message>
    <message>
        <source>Body text face (仿宋_GB2312)</source>
        <translation>Body text face (仿宋_GB2312)</translation>
    </message>
    <message>
        <source>Title face (方正小标宋简体)</source>
        <translation>Title face (方正小标宋简体)</translation>
    </message>
    <message>
        <source>First-level heading face (黑体)</source>
        <translation>First-level heading face (黑体)</translation>
    </message>
    <message>
        <source>Second-level heading face (楷体_GB2312)</source>
        <translation>Second-level heading face (楷体_GB2312)</translation>
    </message>
    <message>
        <source>Table and page number face (宋体)</source>
        <translation>Table and page number face (宋体)</translation>
    </message>
    <message>
        <source>Repetition threshold</source>
        <translation>Repetition threshold</translation>
    </message>
    <message>
        <source>Warn when more than this share of the text repeats last year's report; evaluators deduct points above 50 %</source>
        <translation>Warn when more than this share of the text repeats last year's report; evaluators deduct points above 50 %</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Daily backups kept</translation>
    </message>
    <message>
        <source>The newest backup of each of this many days</source>
        <translation>The newest backup of each of this many days</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Weekly backups kept</translation>
    </message>
    <message>
        <source>Then the newest of each of this many weeks</source>
        <translation>Then the newest of each of this many weeks</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Monthly backups kept</translation>
    </message>
    <message>
        <source>Then the newest of each of this many months</source>
        <translation>Then the newest of each of this many months</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Shown to colleagues on a shared database: who has a report open, who changed what</source>
        <translation>Shown to colleagues on a shared database: who has a report open, who changed what</translation>
    </message>
    <message>
        <source>Takes effect when the program is started again</source>
        <translation>Takes effect when the program is started again</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password of the shared database</source>
        <translation>Password of the shared database</translation>
    </message>
    <message>
        <source>The shared database %1 asks for your password.</source>
        <translation>The shared database %1 asks for your password.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system's keyring</source>
        <translation>&amp;Remember the password in the system's keyring</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is asked at each start and never written down</source>
        <translation>This computer has no keyring: the password is asked at each start and never written down</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nnect</translation>
    </message>
</context>
<context>
    <name>PreamblePage</name>
    <message>
        <source>Insert the &amp;standard opening</source>
        <translation>Insert the &amp;standard opening</translation>
    </message>
    <message>
        <source>Legal basis, the parts of the report, the statistical period and the contact</source>
        <translation>Legal basis, the parts of the report, the statistical period and the contact</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>The paragraph under the title: legal basis, the parts, the statistical period (1 January – 31 December), where the report is published and whom to ask.</source>
        <translation>The paragraph under the title: legal basis, the parts, the statistical period (1 January – 31 December), where the report is published and whom to ask.</translation>
    </message>
    <message>
        <source>Write the opening here, or insert the standard opening and adapt it.</source>
        <translation>Write the opening here, or insert the standard opening and adapt it.</translation>
    </message>
</context>
<context>
    <name>PresenceControl</name>
    <message>
        <source>Also open: %1</source>
        <translation>Also open: %1</translation>
    </message>
    <message>
        <source>Report open elsewhere</source>
        <translation>Report open elsewhere</translation>
    </message>
    <message>
        <source>This report is open on another computer: %1.</source>
        <translation>This report is open on another computer: %1.</translation>
    </message>
    <message>
        <source>You can both work on it: each change is saved on its own, and a field you both changed is shown to you to choose which to keep.</source>
        <translation>You can both work on it: each change is saved on its own, and a field you both changed is shown to you to choose which to keep.</translation>
    </message>
    <message>
        <source>&amp;Open all the same</source>
        <translation>&amp;Open all the same</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>%1 is editing</source>
        <translation>%1 is editing</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview of the printed pages</source>
        <translation>Preview of the printed pages</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Record publication</source>
        <translation>Record publication</translation>
    </message>
    <message>
        <source>When and where the signed version was published. The deadline check goes by this day; the report's state becomes Published.</source>
        <translation>When and where the signed version was published. The deadline check goes by this day; the report's state becomes Published.</translation>
    </message>
    <message>
        <source>Published on:</source>
        <translation>Published on:</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Web address:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReferencePane</name>
    <message>
        <source>Show or hide last year's text</source>
        <translation>Show or hide last year's text</translation>
    </message>
    <message>
        <source>Last year's text of this part</source>
        <translation>Last year's text of this part</translation>
    </message>
    <message>
        <source>Last year's report (%1), for reference only — do not copy it</source>
        <translation>Last year's report (%1), for reference only — do not copy it</translation>
    </message>
</context>
<context>
    <name>ReportArea</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Show or hide the printed pages (F9)</source>
        <translation>Show or hide the printed pages (F9)</translation>
    </message>
    <message>
        <source>示例 Example report: every name and number in it is made up. Use it to look around; start your own with Report ▸ New report.</source>
        <translation>示例 Example report: every name and number in it is made up. Use it to look around; start your own with Report ▸ New report.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Everything is saved.</source>
        <translation>Everything is saved.</translation>
    </message>
    <message>
        <source>Open the example report</source>
        <translation>Open the example report</translation>
    </message>
    <message>
        <source>New report for next year</source>
        <translation>New report for next year</translation>
    </message>
    <message>
        <source>There is already a %1 report of %2. Create another one?</source>
        <translation>There is already a %1 report of %2. Create another one?</translation>
    </message>
    <message>
        <source>Start next year's report</source>
        <translation>Start next year's report</translation>
    </message>
    <message>
        <source>Create the report</source>
        <translation>Create the report</translation>
    </message>
    <message>
        <source>Import the report</source>
        <translation>Import the report</translation>
    </message>
    <message>
        <source>Duplicate the report</source>
        <translation>Duplicate the report</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Delete report</translation>
    </message>
    <message>
        <source>Delete the report 「%1」? This cannot be undone.</source>
        <translation>Delete the report 「%1」? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete the report</source>
        <translation>Delete the report</translation>
    </message>
</context>
<context>
    <name>ReportListView</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Open elsewhere</source>
        <translation>Open elsewhere</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>&amp;New report</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>New report for ne&amp;xt year</source>
        <translation>New report for ne&amp;xt year</translation>
    </message>
    <message>
        <source>Start the following year's report of the selected report's agency: the contact and the figures that carry over are taken over, the texts are not</source>
        <translation>Start the following year's report of the selected report's agency: the contact and the figures that carry over are taken over, the texts are not</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Review uni&amp;ts' reports…</source>
        <translation>Review uni&amp;ts' reports…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>This program guides you through the annual report on government information disclosure in the State Council's format: it adds up the tables, keeps every keystroke, and prints, exports and publishes the result.</source>
        <translation>This program guides you through the annual report on government information disclosure in the State Council's format: it adds up the tables, keeps every keystroke, and prints, exports and publishes the result.</translation>
    </message>
    <message>
        <source>Start a &amp;new report</source>
        <translation>Start a &amp;new report</translation>
    </message>
    <message>
        <source>Look around in an e&amp;xample report (示例)</source>
        <translation>Look around in an e&amp;xample report (示例)</translation>
    </message>
    <message>
        <source>Review uni&amp;ts' reports (公开办)</source>
        <translation>Review uni&amp;ts' reports (公开办)</translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>Signed by %1 on %2</translation>
    </message>
    <message>
        <source>The working copy was edited after signing; the signed version stays as it was.</source>
        <translation>The working copy was edited after signing; the signed version stays as it was.</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Apply the offered repair (Edit ▸ Undo takes it back)</source>
        <translation>Apply the offered repair (Edit ▸ Undo takes it back)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Acknowledge…</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>&amp;Take back</translation>
    </message>
    <message>
        <source>The warning counts again</source>
        <translation>The warning counts again</translation>
    </message>
    <message>
        <source>F&amp;ix</source>
        <translation>F&amp;ix</translation>
    </message>
    <message>
        <source>What evaluators look at</source>
        <translation>What evaluators look at</translation>
    </message>
    <message>
        <source>Parts not complete yet</source>
        <translation>Parts not complete yet</translation>
    </message>
    <message>
        <source>Mark as &amp;corrected</source>
        <translation>Mark as &amp;corrected</translation>
    </message>
    <message>
        <source>The office's remark was dealt with; Edit ▸ Undo takes the mark back</source>
        <translation>The office's remark was dealt with; Edit ▸ Undo takes the mark back</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation>Print previe&amp;w…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>What evaluators look at, line by line. Double-click or press Enter on a problem to go there; F8 walks the problems in the order of the report.</source>
        <translation>What evaluators look at, line by line. Double-click or press Enter on a problem to go there; F8 walks the problems in the order of the report.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>unfinished</translation>
    </message>
    <message>
        <source>Every part of the report is filled in.</source>
        <translation>Every part of the report is filled in.</translation>
    </message>
    <message>
        <source>%1 of %2 parts are complete.</source>
        <translation>%1 of %2 parts are complete.</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Signature block</source>
        <translation>Signature block</translation>
    </message>
    <message>
        <source>Ready to publish: no errors, and every warning fixed or acknowledged.</source>
        <translation>Ready to publish: no errors, and every warning fixed or acknowledged.</translation>
    </message>
    <message>
        <source>Not ready: %1 error(s) and %2 warning(s) to deal with.</source>
        <translation>Not ready: %1 error(s) and %2 warning(s) to deal with.</translation>
    </message>
    <message>
        <source>Not ready: %1 warning(s) to fix or acknowledge with a reason.</source>
        <translation>Not ready: %1 warning(s) to fix or acknowledge with a reason.</translation>
    </message>
    <message>
        <source>%1 %2 warning(s) acknowledged.</source>
        <translation>%1 %2 warning(s) acknowledged.</translation>
    </message>
    <message>
        <source>An error cannot be acknowledged: it stays until it is fixed</source>
        <translation>An error cannot be acknowledged: it stays until it is fixed</translation>
    </message>
    <message>
        <source>Say why this warning does not apply; it then no longer counts</source>
        <translation>Say why this warning does not apply; it then no longer counts</translation>
    </message>
    <message>
        <source>Not &amp;corrected yet</source>
        <translation>Not &amp;corrected yet</translation>
    </message>
    <message>
        <source>Corrected on %1</source>
        <translation>Corrected on %1</translation>
    </message>
    <message>
        <source>A remark of the disclosure office: correct it there (Enter), then mark it as corrected.</source>
        <translation>A remark of the disclosure office: correct it there (Enter), then mark it as corrected.</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Acknowledged: %1</translation>
    </message>
    <message>
        <source>Offered repair: %1</source>
        <translation>Offered repair: %1</translation>
    </message>
    <message>
        <source>No obvious repair: go there (Enter) and correct it.</source>
        <translation>No obvious repair: go there (Enter) and correct it.</translation>
    </message>
    <message>
        <source>No obvious repair: correct it there (Enter), or acknowledge it if it does not apply.</source>
        <translation>No obvious repair: correct it there (Enter), or acknowledge it if it does not apply.</translation>
    </message>
    <message>
        <source>Choose a problem; where the repair is obvious it is offered here.</source>
        <translation>Choose a problem; where the repair is obvious it is offered here.</translation>
    </message>
    <message>
        <source>Go there</source>
        <translation>Go there</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <source>Take back the acknowledgement</source>
        <translation>Take back the acknowledgement</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Acknowledge…</translation>
    </message>
</context>
<context>
    <name>RollupView</name>
    <message>
        <source>Units summed</source>
        <translation>Units summed</translation>
    </message>
    <message>
        <source>&amp;All received</source>
        <translation>&amp;All received</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>N&amp;one</translation>
    </message>
    <message>
        <source>Units summed:</source>
        <translation>Units summed:</translation>
    </message>
    <message>
        <source>S&amp;tart the 本级 report from these sums…</source>
        <translation>S&amp;tart the 本级 report from these sums…</translation>
    </message>
    <message>
        <source>A new report of your own office whose tables 二, 三 and 四 hold these sums (marked as imported); the texts are yours to write</source>
        <translation>A new report of your own office whose tables 二, 三 and 四 hold these sums (marked as imported); the texts are yours to write</translation>
    </message>
    <message>
        <source>Sums of tables 二, 三, 四</source>
        <translation>Sums of tables 二, 三, 四</translation>
    </message>
    <message>
        <source>Ratios</source>
        <translation>Ratios</translation>
    </message>
    <message>
        <source>Charts (图解)</source>
        <translation>Charts (图解)</translation>
    </message>
    <message>
        <source>%1 unit(s) summed; %2 cell(s) left blank or / by some unit (those units are named, not counted as 0).</source>
        <translation>%1 unit(s) summed; %2 cell(s) left blank or / by some unit (those units are named, not counted as 0).</translation>
    </message>
    <message>
        <source>Not summed: %1.</source>
        <translation>Not summed: %1.</translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>All changes are saved</source>
        <translation>All changes are saved</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Not saved! Trying again…</source>
        <translation>Not saved! Trying again…</translation>
    </message>
    <message>
        <source>The last changes could not be saved: %1. They are kept here and the program keeps trying to save them.</source>
        <translation>The last changes could not be saved: %1. They are kept here and the program keeps trying to save them.</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Try again now</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Not saved: changed elsewhere</source>
        <translation>Not saved: changed elsewhere</translation>
    </message>
    <message>
        <source>. Your latest changes are not saved yet.</source>
        <translation>. Your latest changes are not saved yet.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Save mine as a new report</source>
        <translation>Save mine as a new report</translation>
    </message>
    <message>
        <source>Take the stored version</source>
        <translation>Take the stored version</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (my copy)</translation>
    </message>
    <message>
        <source>Your version was saved as a new report: %1</source>
        <translation>Your version was saved as a new report: %1</translation>
    </message>
    <message>
        <source>Save your version as a new report</source>
        <translation>Save your version as a new report</translation>
    </message>
    <message>
        <source>Recovered changes</source>
        <translation>Recovered changes</translation>
    </message>
    <message>
        <source>When the program was last ended, %1 report(s) had changes the database refused; they were kept in %2. Add them to the list of reports now?</source>
        <translation>When the program was last ended, %1 report(s) had changes the database refused; they were kept in %2. Add them to the list of reports now?</translation>
    </message>
    <message>
        <source>%1 recovered report(s) added to the list</source>
        <translation>%1 recovered report(s) added to the list</translation>
    </message>
    <message>
        <source>List the reports</source>
        <translation>List the reports</translation>
    </message>
    <message>
        <source>When the program last ended, changes to %1 report(s) had not reached the server; they were kept in %2. Write them into the shared database now? (Where another clerk changed the same field since, theirs stays and yours is kept as a version.)</source>
        <translation>When the program last ended, changes to %1 report(s) had not reached the server; they were kept in %2. Write them into the shared database now? (Where another clerk changed the same field since, theirs stays and yours is kept as a version.)</translation>
    </message>
    <message>
        <source>Changes kept on this computer were written into %1 report(s)</source>
        <translation>Changes kept on this computer were written into %1 report(s)</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>Parts of the report</source>
        <translation>Parts of the report</translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>has errors</translation>
    </message>
    <message>
        <source>has warnings</source>
        <translation>has warnings</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>%1 error(s)</source>
        <translation>%1 error(s)</translation>
    </message>
    <message>
        <source>%1 warning(s)</source>
        <translation>%1 warning(s)</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Checks: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Automatic (now %1)</source>
        <translation>Automatic (now %1)</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (not installed)</translation>
    </message>
    <message>
        <source>Documents folder</source>
        <translation>Documents folder</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
</context>
<context>
    <name>SharedControl</name>
    <message>
        <source>&amp;Connect to a shared database…</source>
        <translation>&amp;Connect to a shared database…</translation>
    </message>
    <message>
        <source>Open the office's reports on a PostgreSQL server, which several clerks write at once</source>
        <translation>Open the office's reports on a PostgreSQL server, which several clerks write at once</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>Use the &amp;local database</translation>
    </message>
    <message>
        <source>Go back to the reports kept on this computer</source>
        <translation>Go back to the reports kept on this computer</translation>
    </message>
    <message>
        <source>Colleagues see your server login until you give your name: Edit ▸ Settings ▸ Shared database</source>
        <translation>Colleagues see your server login until you give your name: Edit ▸ Settings ▸ Shared database</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>What they do</translation>
    </message>
    <message>
        <source>In a table</source>
        <translation>In a table</translation>
    </message>
    <message>
        <source>Next or previous number cell, row by row</source>
        <translation>Next or previous number cell, row by row</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Arrow keys</translation>
    </message>
    <message>
        <source>The number cell above, below, left or right</source>
        <translation>The number cell above, below, left or right</translation>
    </message>
    <message>
        <source>Digits, then Enter</source>
        <translation>Digits, then Enter</translation>
    </message>
    <message>
        <source>Type a number; Enter takes it and goes down</source>
        <translation>Type a number; Enter takes it and goes down</translation>
    </message>
    <message>
        <source>Change the number in the cell</source>
        <translation>Change the number in the cell</translation>
    </message>
    <message>
        <source>Take back what was typed in the cell</source>
        <translation>Take back what was typed in the cell</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>Empty the selected cells</translation>
    </message>
    <message>
        <source>Copy or paste a block of cells, as a spreadsheet does</source>
        <translation>Copy or paste a block of cells, as a spreadsheet does</translation>
    </message>
    <message>
        <source>Leave the table for the next or previous field</source>
        <translation>Leave the table for the next or previous field</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <source>Next or previous field, button or list</source>
        <translation>Next or previous field, button or list</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + underlined letter</translation>
    </message>
    <message>
        <source>The menu, button or field with that letter</source>
        <translation>The menu, button or field with that letter</translation>
    </message>
    <message>
        <source>Press the button or tick the box that has the focus</source>
        <translation>Press the button or tick the box that has the focus</translation>
    </message>
    <message>
        <source>Open a list or a date's calendar</source>
        <translation>Open a list or a date's calendar</translation>
    </message>
    <message>
        <source>Basic information (the first page)</source>
        <translation>Basic information (the first page)</translation>
    </message>
    <message>
        <source>Part 一 … 九 of the report, as the parts are numbered</source>
        <translation>Part 一 … 九 of the report, as the parts are numbered</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Redo what was undone</translation>
    </message>
    <message>
        <source>Show or hide the preview</source>
        <translation>Show or hide the preview</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Mark as signed (签发)</source>
        <translation>Mark as signed (签发)</translation>
    </message>
    <message>
        <source>The working copy is frozen as the signed version: it can never be changed, and later edits go on in the working copy. The names and dates are printed on the approval sheet.</source>
        <translation>The working copy is frozen as the signed version: it can never be changed, and later edits go on in the working copy. The names and dates are printed on the approval sheet.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Who checked it before signing</source>
        <translation>Who checked it before signing</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Signed &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Reviewed by:</source>
        <translation>&amp;Reviewed by:</translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation>Reviewed &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
    </message>
</context>
<context>
    <name>SignedBar</name>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mpare</translation>
    </message>
    <message>
        <source>What changed since signing, side by side</source>
        <translation>What changed since signing, side by side</translation>
    </message>
    <message>
        <source>Back to the si&amp;gned version…</source>
        <translation>Back to the si&amp;gned version…</translation>
    </message>
    <message>
        <source>The draft becomes the signed version again (Edit ▸ Undo takes it back)</source>
        <translation>The draft becomes the signed version again (Edit ▸ Undo takes it back)</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 (version %3); the draft has changed since. What you export, submit or publish should be what was signed: compare, go back to it, or sign again.</source>
        <translation>Signed by %1 on %2 (version %3); the draft has changed since. What you export, submit or publish should be what was signed: compare, go back to it, or sign again.</translation>
    </message>
</context>
<context>
    <name>SourceLegend</name>
    <message>
        <source>Typed</source>
        <translation>Typed</translation>
    </message>
    <message>
        <source>Computed total</source>
        <translation>Computed total</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Carried over from last year</source>
        <translation>Carried over from last year</translation>
    </message>
    <message>
        <source>Where the numbers came from</source>
        <translation>Where the numbers came from</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Full name, e.g. 某某县人民政府办公室</source>
        <translation>Full name, e.g. 某某县人民政府办公室</translation>
    </message>
    <message>
        <source>Office, address and telephone for questions about the report</source>
        <translation>Office, address and telephone for questions about the report</translation>
    </message>
    <message>
        <source>Not fixed yet</source>
        <translation>Not fixed yet</translation>
    </message>
    <message>
        <source>People's government or its general office (by 31 March)</source>
        <translation>People's government or its general office (by 31 March)</translation>
    </message>
    <message>
        <source>Department of a people's government (by 31 January)</source>
        <translation>Department of a people's government (by 31 January)</translation>
    </message>
    <message>
        <source>Public enterprise or institution</source>
        <translation>Public enterprise or institution</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>An earlier date set by a local notice, if there is one</source>
        <translation>An earlier date set by a local notice, if there is one</translation>
    </message>
    <message>
        <source>&amp;Agency (full name):</source>
        <translation>&amp;Agency (full name):</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>Report &amp;year:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>&amp;Publication date:</source>
        <translation>&amp;Publication date:</translation>
    </message>
    <message>
        <source>&amp;Kind of agency:</source>
        <translation>&amp;Kind of agency:</translation>
    </message>
    <message>
        <source>Local &amp;deadline:</source>
        <translation>Local &amp;deadline:</translation>
    </message>
    <message>
        <source>Publication date not fixed yet</source>
        <translation>Publication date not fixed yet</translation>
    </message>
    <message>
        <source>No local deadline</source>
        <translation>No local deadline</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>Who publishes the report, for which year and in which official format.</source>
        <translation>Who publishes the report, for which year and in which official format.</translation>
    </message>
    <message>
        <source>(guessed from the name)</source>
        <translation>(guessed from the name)</translation>
    </message>
    <message>
        <source>The official format for %1 is %2.</source>
        <translation>The official format for %1 is %2.</translation>
    </message>
    <message>
        <source>Every number and text stays in the report. Edit ▸ Undo takes the change back.</source>
        <translation>Every number and text stays in the report. Edit ▸ Undo takes the change back.</translation>
    </message>
    <message>
        <source>Change the year or format?</source>
        <translation>Change the year or format?</translation>
    </message>
</context>
<context>
    <name>StateNames</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Signed · changed since</source>
        <translation>Signed · changed since</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
</context>
<context>
    <name>SyncControl</name>
    <message>
        <source>The server cannot be reached: your changes are kept on this computer and written when it is back</source>
        <translation>The server cannot be reached: your changes are kept on this computer and written when it is back</translation>
    </message>
    <message>
        <source>Connected to the server again</source>
        <translation>Connected to the server again</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>“%1” was changed by another clerk while you were changing it. Yours: %2 — theirs: %3.</source>
        <translation>“%1” was changed by another clerk while you were changing it. Yours: %2 — theirs: %3.</translation>
    </message>
    <message>
        <source>Not saved: changed elsewhere</source>
        <translation>Not saved: changed elsewhere</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Keep both (mine as a version)</source>
        <translation>Keep both (mine as a version)</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>blank</source>
        <translation>blank</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Optional lead-in sentence printed above the table</source>
        <translation>Optional lead-in sentence printed above the table</translation>
    </message>
    <message>
        <source>Lead-in sentence above the table</source>
        <translation>Lead-in sentence above the table</translation>
    </message>
    <message>
        <source>Problem in the lead-in sentence</source>
        <translation>Problem in the lead-in sentence</translation>
    </message>
    <message>
        <source>Whole numbers only.</source>
        <translation>Whole numbers only.</translation>
    </message>
    <message>
        <source>Counts are whole numbers.</source>
        <translation>Counts are whole numbers.</translation>
    </message>
    <message>
        <source>An increase or decrease (本年增/减) may be negative.</source>
        <translation>An increase or decrease (本年增/减) may be negative.</translation>
    </message>
    <message>
        <source>Amounts (万元) may have decimals, e.g. 2.5.</source>
        <translation>Amounts (万元) may have decimals, e.g. 2.5.</translation>
    </message>
    <message>
        <source>Blank cells count as 0 and should be written as 0.</source>
        <translation>Blank cells count as 0 and should be written as 0.</translation>
    </message>
    <message>
        <source>Totals (总计) are added up as you type.</source>
        <translation>Totals (总计) are added up as you type.</translation>
    </message>
    <message>
        <source>Insert a &amp;summary sentence from the table</source>
        <translation>Insert a &amp;summary sentence from the table</translation>
    </message>
    <message>
        <source>A sentence with this table's figures as they stand, put in the lead-in at the cursor; insert it again after changing the table</source>
        <translation>A sentence with this table's figures as they stand, put in the lead-in at the cursor; insert it again after changing the table</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>Insert sub-heading:</source>
        <translation>Insert sub-heading:</translation>
    </message>
    <message>
        <source>Insert this official sub-heading at the cursor</source>
        <translation>Insert this official sub-heading at the cursor</translation>
    </message>
    <message>
        <source>A sentence with the figures of table 3 as they stand, at the cursor</source>
        <translation>A sentence with the figures of table 3 as they stand, at the cursor</translation>
    </message>
    <message>
        <source>Hea&amp;ding:</source>
        <translation>Hea&amp;ding:</translation>
    </message>
    <message>
        <source>Insert the applications &amp;sentence from table 3</source>
        <translation>Insert the applications &amp;sentence from table 3</translation>
    </message>
    <message>
        <source>Processing &amp;fees (信息处理费)…</source>
        <translation>Processing &amp;fees (信息处理费)…</translation>
    </message>
    <message>
        <source>Work out the 信息处理费 and insert the year's fee statement</source>
        <translation>Work out the 信息处理费 and insert the year's fee statement</translation>
    </message>
    <message>
        <source>Problem in this part's text</source>
        <translation>Problem in this part's text</translation>
    </message>
    <message>
        <source>Write this part here. One paragraph per line.</source>
        <translation>Write this part here. One paragraph per line.</translation>
    </message>
    <message>
        <source>Lines starting with （一）, 1. or （1） become sub-headings, e.g.:</source>
        <translation>Lines starting with （一）, 1. or （1） become sub-headings, e.g.:</translation>
    </message>
    <message>
        <source>Required part of the report.</source>
        <translation>Required part of the report.</translation>
    </message>
</context>
<context>
    <name>UnitView</name>
    <message>
        <source>&lt; &amp;Back to the summary</source>
        <translation>&lt; &amp;Back to the summary</translation>
    </message>
    <message>
        <source>Return for &amp;correction…</source>
        <translation>Return for &amp;correction…</translation>
    </message>
    <message>
        <source>Write the remarks file (审核意见) for the unit and mark the report 退回修改</source>
        <translation>Write the remarks file (审核意见) for the unit and mark the report 退回修改</translation>
    </message>
    <message>
        <source>&amp;Pass…</source>
        <translation>&amp;Pass…</translation>
    </message>
    <message>
        <source>&amp;Undo the decision</source>
        <translation>&amp;Undo the decision</translation>
    </message>
    <message>
        <source>No report has been received from this unit.</source>
        <translation>No report has been received from this unit.</translation>
    </message>
    <message>
        <source>What evaluators look at</source>
        <translation>What evaluators look at</translation>
    </message>
    <message>
        <source>Your own remarks for the unit, one a line: they join the issue list and the remarks file</source>
        <translation>Your own remarks for the unit, one a line: they join the issue list and the remarks file</translation>
    </message>
    <message>
        <source>Issue list as P&amp;DF…</source>
        <translation>Issue list as P&amp;DF…</translation>
    </message>
    <message>
        <source>Issue list as &amp;Word…</source>
        <translation>Issue list as &amp;Word…</translation>
    </message>
    <message>
        <source>Further remarks:</source>
        <translation>Further remarks:</translation>
    </message>
    <message>
        <source>Evaluation checklist</source>
        <translation>Evaluation checklist</translation>
    </message>
    <message>
        <source>Issue list (问题明细清单)</source>
        <translation>Issue list (问题明细清单)</translation>
    </message>
    <message>
        <source>Expected, not received.</source>
        <translation>Expected, not received.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Published: %1</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (late)</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 error(s), %2 warning(s)</translation>
    </message>
    <message>
        <source>Repeated from its own last year: %1</source>
        <translation>Repeated from its own last year: %1</translation>
    </message>
    <message>
        <source>Last year's report from: %1</source>
        <translation>Last year's report from: %1</translation>
    </message>
    <message>
        <source>No other unit's report is alike this one.</source>
        <translation>No other unit's report is alike this one.</translation>
    </message>
</context>
<context>
    <name>UnsavedPrompt</name>
    <message>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>The last changes could not be saved:
%1</source>
        <translation>The last changes could not be saved:
%1</translation>
    </message>
    <message>
        <source>They are still here on the screen. Try again once the problem is solved, or keep a copy of the report as a JSON file elsewhere (it can be imported again).</source>
        <translation>They are still here on the screen. Try again once the problem is solved, or keep a copy of the report as a JSON file elsewhere (it can be imported again).</translation>
    </message>
    <message>
        <source>They are still here on the screen, and the program keeps trying to save them.</source>
        <translation>They are still here on the screen, and the program keeps trying to save them.</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>Try &amp;again</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Discard the changes</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Discard the changes</translation>
    </message>
    <message>
        <source>The changes that were not saved will be lost. Discard them?</source>
        <translation>The changes that were not saved will be lost. Discard them?</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <source>Your latest changes are not saved yet. Keep yours (the other changes are replaced), save yours as a new report, or take the stored version.</source>
        <translation>Your latest changes are not saved yet. Keep yours (the other changes are replaced), save yours as a new report, or take the stored version.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>Save mine as a &amp;new report</source>
        <translation>Save mine as a &amp;new report</translation>
    </message>
    <message>
        <source>&amp;Take the stored version</source>
        <translation>&amp;Take the stored version</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Report data (*.json)</source>
        <translation>Report data (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>Could not write %1:
%2</translation>
    </message>
</context>
<context>
    <name>VersionNameDialog</name>
    <message>
        <source>Save a version</source>
        <translation>Save a version</translation>
    </message>
    <message>
        <source>e.g. sent to the superior office</source>
        <translation>e.g. sent to the superior office</translation>
    </message>
    <message>
        <source>&amp;Name of the version:</source>
        <translation>&amp;Name of the version:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Save version</source>
        <translation>&amp;Save version</translation>
    </message>
</context>
<context>
    <name>VersionsControl</name>
    <message>
        <source>Save a version</source>
        <translation>Save a version</translation>
    </message>
    <message>
        <source>Version saved: %1</source>
        <translation>Version saved: %1</translation>
    </message>
    <message>
        <source>List the versions</source>
        <translation>List the versions</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Read the audit log</translation>
    </message>
    <message>
        <source>Sign the report (签发)</source>
        <translation>Sign the report (签发)</translation>
    </message>
    <message>
        <source>Signed (签发): that version can no longer change.</source>
        <translation>Signed (签发): that version can no longer change.</translation>
    </message>
    <message>
        <source>Compare the versions</source>
        <translation>Compare the versions</translation>
    </message>
    <message>
        <source>Restored %1: the working copy is now that version. The working copy as it was is kept as the version 「Before a restore」; Edit ▸ Undo takes the restore back.</source>
        <translation>Restored %1: the working copy is now that version. The working copy as it was is kept as the version 「Before a restore」; Edit ▸ Undo takes the restore back.</translation>
    </message>
    <message>
        <source>Restore the version</source>
        <translation>Restore the version</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions — %1</source>
        <translation>Versions — %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Checksum (SHA-256)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>One version selected: with the working copy. Two: with each other.</source>
        <translation>One version selected: with the working copy. Two: with each other.</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>&amp;Restore this version…</translation>
    </message>
    <message>
        <source>E&amp;xport this version…</source>
        <translation>E&amp;xport this version…</translation>
    </message>
    <message>
        <source>&amp;Print with approval sheet…</source>
        <translation>&amp;Print with approval sheet…</translation>
    </message>
    <message>
        <source>A signed version: its approval sheet (the reviewer's and the signer's names and dates), then its pages.</source>
        <translation>A signed version: its approval sheet (the reviewer's and the signer's names and dates), then its pages.</translation>
    </message>
    <message>
        <source>Save the working copy</source>
        <translation>Save the working copy</translation>
    </message>
    <message>
        <source>Name, e.g. sent to the superior office</source>
        <translation>Name, e.g. sent to the superior office</translation>
    </message>
    <message>
        <source>&amp;Save version</source>
        <translation>&amp;Save version</translation>
    </message>
    <message>
        <source>Mark as si&amp;gned…</source>
        <translation>Mark as si&amp;gned…</translation>
    </message>
    <message>
        <source>签发: the working copy is frozen as the signed version; later edits go on in the working copy and never change it.</source>
        <translation>签发: the working copy is frozen as the signed version; later edits go on in the working copy and never change it.</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Signed by %1</translation>
    </message>
    <message>
        <source>Signed versions never change.</source>
        <translation>Signed versions never change.</translation>
    </message>
    <message>
        <source>Content checksum (SHA-256), as the approval sheet prints it:
%1</source>
        <translation>Content checksum (SHA-256), as the approval sheet prints it:
%1</translation>
    </message>
    <message>
        <source>No saved versions yet. A version is saved at every export, before every restore, and when you save or sign one here.</source>
        <translation>No saved versions yet. A version is saved at every export, before every restore, and when you save or sign one here.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Title, agency and details</source>
        <translation>Title, agency and details</translation>
    </message>
    <message>
        <source>(made from the agency and year)</source>
        <translation>(made from the agency and year)</translation>
    </message>
    <message>
        <source>Paragraph added</source>
        <translation>Paragraph added</translation>
    </message>
    <message>
        <source>Paragraph removed</source>
        <translation>Paragraph removed</translation>
    </message>
    <message>
        <source>Paragraph changed</source>
        <translation>Paragraph changed</translation>
    </message>
    <message>
        <source>Saved by hand</source>
        <translation>Saved by hand</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Signed (签发)</source>
        <translation>Signed (签发)</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Remarks of the office</source>
        <translation>Remarks of the office</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation>Working copy</translation>
    </message>
    <message>
        <source>Make %1 the working copy? The working copy as it is now is saved as a version first, and Edit ▸ Undo takes the restore back.</source>
        <translation>Make %1 the working copy? The working copy as it is now is saved as a version first, and Edit ▸ Undo takes the restore back.</translation>
    </message>
</context>
</TS>