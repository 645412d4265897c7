"""The XMP packet of a PDF/A-1b export (spec §9 `--pdfa`): what an archive's ingest reads — PDF/A-1b declared,
the title, the agency as the creator, the report year as the period covered.

Qt writes PDF/A-1b itself (QPdfWriter.setPdfVersion: fonts embedded, an sRGB output intent) but its own packet
holds no year. Every property that mirrors an entry of the document information dictionary is written exactly as
Qt writes that entry, as PDF/A-1 requires.
"""

from __future__ import annotations

import datetime as dt
from html import escape  # XML-safe, quotes too; xml.sax.saxutils would load urllib, http and ssl

from PySide6.QtCore import QUuid, qVersion

from disclosure_desktop.domain.report import Report

CREATOR_TOOL = "disclosure_desktop"


def producer() -> str:
    """What Qt writes as the information dictionary's /Producer."""
    return f"Qt {qVersion()}"


def xmp_packet(report: Report, moment: dt.datetime, document_id: QUuid) -> bytes:
    """The whole XMP packet, dated `moment` (UTC) like the information dictionary."""
    date = moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    uuid = document_id.toString(QUuid.StringFormat.WithoutBraces)
    title, agency = escape(report.display_title), escape(report.agency)
    lines = [
        "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>",
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
        '  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        f'   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>',
        f"   <dc:creator><rdf:Seq><rdf:li>{agency}</rdf:li></rdf:Seq></dc:creator>",
        f"   <dc:coverage>{report.year}</dc:coverage>",
        "   <dc:language><rdf:Bag><rdf:li>zh-CN</rdf:li></rdf:Bag></dc:language>",
        "  </rdf:Description>",
        '  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"'
        f' pdf:Producer="{escape(producer())}" pdf:Trapped="False"/>',
        '  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        f' xmp:CreatorTool="{CREATOR_TOOL}" xmp:CreateDate="{date}" xmp:ModifyDate="{date}"'
        f' xmp:MetadataDate="{date}"/>',
        '  <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"'
        f' xmpMM:DocumentID="uuid:{uuid}"/>',
        '  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" pdfaid:part="1"'
        ' pdfaid:conformance="B"/>',
        " </rdf:RDF>",
        "</x:xmpmeta>",
        "<?xpacket end='w'?>",
    ]
    return "\n".join(lines).encode()
