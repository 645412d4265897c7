"""The report's metadata that the printed page does not show (the contact, a local deadline …), carried inside this
program's own Word file and web page, so that importing them back (disclosure_desktop.importers) loses nothing.

Web page: `<meta name="disclosure-desktop:KEY" content="VALUE">` in the head. Word: custom document properties
(docProps/custom.xml, shown by Word and WPS under File ▸ Properties ▸ Custom) named `disclosure-desktop:KEY`.
What is printed (agency, year, title, texts, tables, the date) is always read from the printed content instead.
"""

from __future__ import annotations

from typing import Any

from disclosure_desktop.domain.report import IMPORT_META_KEYS, Report

PREFIX = "disclosure-desktop:"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# The format id every custom document property carries (MS-OSHARED).
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
_PARTNAME = "/docProps/custom.xml"


def unprinted_meta(report: Report) -> dict[str, str]:
    """`report.meta` without the import record, which describes one copy and not the agency's report."""
    return {k: v for k, v in report.meta.items() if v and k not in IMPORT_META_KEYS}


def html_meta(report: Report) -> tuple[tuple[str, str], ...]:
    """(name, content) of each <meta> element the web page carries."""
    return tuple((PREFIX + k, v) for k, v in unprinted_meta(report).items())


def add_to_docx(document: Any, report: Report) -> None:
    """Write the metadata as the custom properties part of a python-docx document."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    items = unprinted_meta(report)
    if not items:
        return
    from lxml import etree  # Word's side only: the PDF and the web page need no XML library

    root = etree.Element(f"{{{_CUSTOM_NS}}}Properties", nsmap={None: _CUSTOM_NS, "vt": _VT_NS})
    for pid, (key, value) in enumerate(items.items(), start=2):  # pid 0 and 1 are reserved
        prop = etree.SubElement(root, f"{{{_CUSTOM_NS}}}property", fmtid=_FMTID, pid=str(pid), name=PREFIX + key)
        etree.SubElement(prop, f"{{{_VT_NS}}}lpwstr").text = value
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    package = document.part.package
    part = Part(PackURI(_PARTNAME), CT.OFC_CUSTOM_PROPERTIES, blob, package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def read_docx(document: Any) -> dict[str, str]:
    """The metadata a document written by add_to_docx carries; {} for any other Word file."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    for rel in document.part.package.rels.values():
        if rel.reltype != RT.CUSTOM_PROPERTIES or rel.is_external:
            continue
        try:
            root = etree.fromstring(rel.target_part.blob, etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError:
            return {}
        out = {}
        for prop in root.iter(f"{{{_CUSTOM_NS}}}property"):
            name = prop.get("name", "")
            if name.startswith(PREFIX):
                out[name[len(PREFIX) :]] = "".join(prop.itertext())
        return out
    return {}
