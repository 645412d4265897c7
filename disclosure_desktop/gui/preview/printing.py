"""Print preview and printing of a report: the same pages as the PDF export (export/pdf_export.paint_report)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from disclosure_desktop.domain.report import Report
from disclosure_desktop.export.pdf_export import paint_report
from disclosure_desktop.gui.widgets.screen_fit import keep_on_screen

if TYPE_CHECKING:
    from disclosure_desktop.export.approval_sheet import ApprovalSheet


class _PreviewDialog(QPrintPreviewDialog):
    def __init__(self, printer: QPrinter, parent: QWidget | None) -> None:
        super().__init__(printer, parent)
        self._printer = printer  # the dialog does not own the printer: keep it alive as long as the dialog


def preview_dialog(report: Report, parent: QWidget | None = None,
                   sheet: ApprovalSheet | None = None) -> QPrintPreviewDialog:
    """A preview dialog whose pages (and whose print button) are painted by paint_report, after `sheet`'s."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setDocName(report.display_title)
    dialog = keep_on_screen(_PreviewDialog(printer, parent))
    dialog.setWindowTitle(report.display_title)
    dialog.paintRequested.connect(lambda device: paint_report(report, device, sheet))
    return dialog


def print_report(report: Report, parent: QWidget | None = None) -> None:
    """Report ▸ Print: the system's print dialog, then the PDF's pages on the printer chosen."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setDocName(report.display_title)
    if QPrintDialog(printer, parent).exec():
        paint_report(report, printer)
