"""The heavy modules, loaded when first needed instead of at start: the window is on screen, and the command line
answers `--help`, before any of them loads. An import inside a function names one of these and nothing else
(tests/architecture/test_import_graph.py holds the code to it); every other import is at the top of its file.

Each entry: what loads it, and what it costs (measured warm on the development machine, `python -X importtime`).
"""

from __future__ import annotations

# Third-party packages.
PACKAGES: dict[str, str] = {
    "sqlalchemy": "the database layer, ≈ 100–300 ms and 26 MB with the asyncio and ssl modules it loads",
    "alembic": "migrations, only when a file's schema is older than the program's",
    "jinja2": "the report templates, ≈ 60 ms",
    "markupsafe": "Jinja2's escaping, with the templates",
    "docx": "python-docx for Word files, ≈ 85 ms with lxml",
    "lxml": "web pages and Word XML, ≈ 30 ms",
    "pdfplumber": "reading published PDFs",
    "pypdfium2": "reading published PDFs",
    "openpyxl": "the review desk's .xlsx summary",
    "psycopg": "a shared PostgreSQL database",
    "keyring": "a shared database's password in the system's keyring (credentials.py): 0.3–0.6 s with the search for "
               "its backends (measured on the loaded 2-core machine), only for a server or the connect dialog",
    "PySide6.QtCore": "Qt itself, ≈ 110 ms: the command line with --db never needs it",
    "PySide6.QtWidgets": "widgets, only for the window",
    "PySide6.QtPrintSupport": "printing and print preview",
    "PySide6.QtSvg": "the 图解 charts as SVG",
    "multiprocessing": "≈ 11 ms, only for a frozen (PyInstaller) program's freeze_support",
}

# Our modules that load one of those at their top: the doors through which the rest reaches them late.
GATEWAYS: dict[str, str] = {
    "disclosure_desktop.storage": "SQLAlchemy: the store is opened on the database thread, after the window shows",
    "disclosure_desktop.workflows.backups": "the backup files, through storage (SQLAlchemy)",
    "disclosure_desktop.gui.dialogs": "the dialogs, each made when the clerk first opens it: the import dialog "
                                      "brings the readers of Word files, web pages and PDFs (importers/: ≈ 25 ms of "
                                      "modules, 7 % of the window's start); the guide, settings, versions, backups, "
                                      "export and the rest ≈ 28 modules, ≈ 15 ms of the window's start",
    "disclosure_desktop.gui.wizard.pages": "the wizard's pages and their tables (≈ 25 modules, ≈ 15 ms): made when "
                                           "the first report opens, after the window shows",
    "disclosure_desktop.gui.shared": "the dialogs of a shared database (connect, password, who changed what): only "
                                     "when the clerk asks for them or a server refuses the login",
    "disclosure_desktop.export.html": "Jinja2 and, through the 图解 and the fonts, QtGui: only when a page is rendered "
                                      "(the export registry's format table is read by the command line's parser)",
    "disclosure_desktop.export.pdf_export": "QtGui's PDF writer, only when a PDF is written",
    "disclosure_desktop.export.docx_export": "python-docx, only when a Word file is written",
    "disclosure_desktop.export.docx_styles": "python-docx",
    "disclosure_desktop.export.issue_list_docx": "python-docx, only when a 问题明细清单 is written as Word",
    "disclosure_desktop.review.stored": "the desk's batches in the database (SQLAlchemy through storage), used on "
                                        "the database thread or the intake's job",
    "disclosure_desktop.importers.html_reader": "lxml, only when a web page is read",
    "disclosure_desktop.importers.encoding": "lxml",
    "disclosure_desktop.importers.pdf_reader": "pdfplumber, only when a PDF is read",
    "disclosure_desktop.charts.output": "QtSvg, only when charts are written as files",
    "disclosure_desktop.gui.preview.printing": "QtPrintSupport, only for print and print preview",
    "disclosure_desktop.workflows.shared_connect": "reaching a server (SQLAlchemy): the connect dialog's test, on "
                                                   "its job, and the URLs the dialog makes and reads",
    "disclosure_desktop.gui.desk": "the 公开办's review desk (the review, the 图解, the issue lists): made the first "
                                   "time it is opened (gui/window/desk_door.py)",
    "disclosure_desktop.export.approval_sheet": "the 签发单's layout (export.html, Qt's fonts), only when a signed "
                                                "version is printed with it",
    "disclosure_desktop.cli.main": "the command line's front end (SQLAlchemy at its top)",
    "disclosure_desktop.gui.window.start": "the window's front end: Qt Widgets and every widget module",
}


def deferred(module: str) -> bool:
    """True when `module` may be imported inside a function (it is, or belongs to, a listed heavy module)."""
    names = (*PACKAGES, *GATEWAYS)
    return any(module == name or module.startswith(name + ".") for name in names)
