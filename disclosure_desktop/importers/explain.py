"""The import's findings as plain text, in the UI language: what `import --dry-run` prints."""

from __future__ import annotations

from disclosure_desktop.importers.result import ImportResult, LabelMatch
from disclosure_desktop.messages import message


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def match_line(match: LabelMatch) -> str:
    official = match.official or message("explain.unmatched")
    return f"  [{message(f'explain.axis.{match.axis}')}] {match.printed or '—'} → {official}：{match.reason.text}"


def explanation(result: ImportResult) -> str:
    report = result.report
    fmt = report.format
    lines = [
        message("explain.title", name=result.source_name),
        message("explain.report", agency=report.agency or "—", year=report.year, format=fmt.name),
        message("explain.sections"),
    ]
    for section_id, heading in result.headings.items():
        lines.append(f"  {heading}：{first_line(report.text(section_id)) or '—'}")
    if result.tables:
        lines.append(message("explain.tables"))
        for table in result.tables:
            lines.append("  " + message("explain.table", heading=fmt.section(table.section_id).heading,
                                        cells=table.cells_placed, rows=table.rows_found,
                                        official=table.rows_official, pieces=table.pieces))
    if result.matches:
        lines.append(message("explain.labels"))
        lines += [match_line(m) for m in result.matches]
    lines.append(message("explain.unplaced") + ("" if result.unplaced else message("explain.none")))
    lines += ["  " + u.describe() for u in result.unplaced]
    if result.tables:
        lines.append(message("explain.identities") + ("" if result.broken else message("explain.identities_hold")))
        lines += ["  " + n.text for n in result.broken]
    if result.unrecognised:
        lines.append(message("explain.unrecognised"))
        lines += ["  " + n.text for n in result.unrecognised]
    if result.notes:
        lines.append(message("explain.notes"))
        lines += ["  " + n.text for n in result.notes]
    return "\n".join(lines)
