"""The 版本 dialog: a report's saved versions, a side-by-side comparison as the report reads, and restore, 签发,
save and export requests as signals — the window that owns the database answers them on its own thread."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.domain.compare import Comparison, ParagraphChange, inline_diff
from disclosure_desktop.domain.limits import MAX_NAME_CHARS
from disclosure_desktop.domain.versions import SIGNED, VersionInfo
from disclosure_desktop.gui.dialogs.sign import SignDialog
from disclosure_desktop.gui.widgets.list_table import list_table
from disclosure_desktop.gui.widgets.screen_fit import keep_on_screen, preferred_size
from disclosure_desktop.workflows.versions import WORKING

_OLD, _NEW = "background:#fde2e1;text-decoration:line-through;", "background:#d8f3dc;"


class VersionsDialog(QDialog):
    compare_requested = Signal(int, int)  # (older, newer): version ids, WORKING for the working copy
    restore_requested = Signal(int)  # make this version the working copy (one undoable step)
    sign_requested = Signal(str, str, str)  # 签发 the working copy: signer, reviewer, review day (ISO, or "")
    snapshot_requested = Signal(str)  # save the working copy as a version with this name
    export_requested = Signal(int)  # export this version (the export dialog, dated as the version)
    print_sheet_requested = Signal(int)  # print preview of this signed version with its approval sheet in front

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never larger than the screen, never off it
        self.setObjectName("versionsDialog")
        self.setWindowTitle(self.tr("Versions — %1").replace("%1", title))
        preferred_size(self, 1100, 680)
        self._versions: list[VersionInfo] = []

        self.table = list_table("versionTable", [self.tr("Saved"), self.tr("Kind"), self.tr("Name"),
                                                 self.tr("Checksum (SHA-256)")], 2, several=True)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.compare_button = QPushButton(self.tr("&Compare"), objectName="compareButton")
        self.compare_button.setToolTip(self.tr("One version selected: with the working copy. Two: with each other."))
        self.restore_button = QPushButton(self.tr("&Restore this version…"), objectName="restoreButton")
        self.export_button = QPushButton(self.tr("E&xport this version…"), objectName="exportVersionButton")
        self.print_sheet_button = QPushButton(self.tr("&Print with approval sheet…"), objectName="printSheetButton")
        self.print_sheet_button.setToolTip(self.tr("A signed version: its approval sheet (the reviewer's and the "
                                                   "signer's names and dates), then its pages."))
        self.compare_button.clicked.connect(self._compare)
        self.restore_button.clicked.connect(self._restore)
        self.export_button.clicked.connect(lambda: self._with_one(self.export_requested.emit))
        self.print_sheet_button.clicked.connect(lambda: self._with_one(self.print_sheet_requested.emit))
        actions = QHBoxLayout()
        for button in (self.compare_button, self.restore_button, self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        signed_actions = QHBoxLayout()
        signed_actions.addWidget(self.print_sheet_button)
        signed_actions.addStretch(1)

        save_box = QGroupBox(self.tr("Save the working copy"))
        self.name_edit = QLineEdit(objectName="versionName", maxLength=MAX_NAME_CHARS)
        self.name_edit.setPlaceholderText(self.tr("Name, e.g. sent to the superior office"))
        self.snapshot_button = QPushButton(self.tr("&Save version"), objectName="snapshotButton")
        self.snapshot_button.clicked.connect(lambda: self.snapshot_requested.emit(self.name_edit.text().strip()))
        self.sign_button = QPushButton(self.tr("Mark as si&gned…"), objectName="signButton")
        self.sign_button.setToolTip(self.tr("签发: the working copy is frozen as the signed version; later edits "
                                            "go on in the working copy and never change it."))
        self.sign_button.clicked.connect(self._sign)
        save_form = QVBoxLayout(save_box)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.snapshot_button)
        save_form.addLayout(row)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.sign_button)
        save_form.addLayout(row)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(actions)
        left_layout.addLayout(signed_actions)
        left_layout.addWidget(save_box)
        self._left_layout = left_layout

        # What the last action did (a restore, a version saved, 签发), above the comparison it leads to.
        self.note = QLabel(objectName="versionsNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("QLabel#versionsNote { background: #e6f4ea; color: #0d3d1c; border: 1px solid "
                                "#34a853; border-radius: 3px; padding: 4px 8px; }")
        self.note.hide()
        self.compared: tuple[int, int] | None = None  # (older, newer) of the comparison shown
        self.heading = QLabel(objectName="comparisonHeading")
        self.heading.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setObjectName("comparisonView")
        self.view.setOpenLinks(False)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.note)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.view, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.set_versions([])

    # --- what the window hands in ---------------------------------------------------------------------------

    def show_history(self, history: QWidget) -> None:
        """A shared database's who-changed-what (gui/shared/audit_view.py), under the versions."""
        self._left_layout.insertWidget(1, history, 1)

    def set_versions(self, versions: list[VersionInfo]) -> None:
        """The report's versions, newest first (as ReportStore.versions gives them)."""
        self._versions = list(versions)
        self.table.setRowCount(0)
        for info in self._versions:
            row = self.table.rowCount()
            self.table.insertRow(row)
            name = info.name if info.kind != SIGNED else self.tr("Signed by %1").replace("%1", info.signed_by)
            # The digest's first group in the list, all of it in the tip: what the 签发单 prints, to compare.
            digest = info.digest_text
            for col, text in enumerate((info.local_time[:16], self._kind(info.kind), name, digest.split(" ")[0])):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, info.id)
                if info.kind == SIGNED:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(self.tr("Signed versions never change."))
                if col == 3:
                    item.setToolTip(self.tr("Content checksum (SHA-256), as the approval sheet prints it:\n%1")
                                    .replace("%1", digest))
                self.table.setItem(row, col, item)
        empty = self.tr("No saved versions yet. A version is saved at every export, before every restore, and "
                        "when you save or sign one here.")
        known = {v.id for v in self._versions} | {WORKING}
        if self.compared is not None and not set(self.compared) <= known:
            self.compared = None  # a version no longer listed: its comparison no longer holds
            self.view.clear()
            self.heading.clear()
        if not self._versions:
            self.heading.setText(empty)
            self.view.clear()
        elif self.heading.text() == empty:  # the first version is there now: the note no longer holds
            self.heading.clear()
        self._selection_changed()

    def tell(self, text: str) -> None:
        """Say what the last action did ("" clears it); a screen reader reads it with the label."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def show_comparison(self, comparison: Comparison, older: str, newer: str) -> None:
        """Show what changed from `older` to `newer` (their names as the clerk knows them), side by side."""
        self.heading.setText(self.tr("From %1 to %2").replace("%1", older).replace("%2", newer))
        self.view.setHtml(self.comparison_html(comparison, older, newer))

    def comparison_html(self, comparison: Comparison, older: str, newer: str) -> str:
        if not comparison:
            nothing = self.tr("No differences.")
            return f"<p>{html.escape(nothing)}</p>"
        where = self.tr("Where")
        rows = [f"<tr><th width='22%'>{html.escape(where)}</th><th width='39%'>{html.escape(older)}</th>"
                f"<th width='39%'>{html.escape(newer)}</th></tr>"]
        if comparison.fields:
            rows.append(self._group(self.tr("Title, agency and details")))
            generated = self.tr("(made from the agency and year)")
            for change in comparison.fields:
                old, new = change.old, change.new
                if change.key == "title":  # an empty title is the format's own, which the report prints
                    old, new = old or generated, new or generated
                rows.append(self._row(change.label, html.escape(old or "—"), html.escape(new or "—")))
        for part in comparison.parts():
            rows.append(self._group(part.heading))
            for paragraph in part.paragraphs:
                rows.append(self._row(self._paragraph_kind(paragraph), *self._marked(paragraph)))
            for cell in part.cells:
                rows.append(self._row(cell.label, self._number(cell.old, _OLD), self._number(cell.new, _NEW)))
        return ("<table width='100%' cellspacing='0' cellpadding='4' style='border-collapse:collapse' border='1'>"
                + "".join(rows) + "</table>")

    # --- drawing the comparison -----------------------------------------------------------------------------

    def _group(self, title: str) -> str:
        return f"<tr><td colspan='3' style='background:#eef2f7'><b>{html.escape(title)}</b></td></tr>"

    def _row(self, where: str, old: str, new: str) -> str:
        cells = (html.escape(where), old, new)
        return "<tr>" + "".join(f"<td valign='top'>{cell}</td>" for cell in cells) + "</tr>"

    def _number(self, text: str, style: str) -> str:
        return f"<span style='{style}'>{html.escape(text)}</span>" if text else "—"

    def _paragraph_kind(self, change: ParagraphChange) -> str:
        return {"added": self.tr("Paragraph added"), "removed": self.tr("Paragraph removed")}.get(
            change.kind, self.tr("Paragraph changed"))

    def _marked(self, change: ParagraphChange) -> tuple[str, str]:
        """Old and new text with the changed words marked, as a reader compares two printed pages."""
        old_text, new_text = "\n".join(change.old), "\n".join(change.new)
        if not old_text or not new_text:
            return (self._number(old_text, _OLD).replace("\n", "<br>"),
                    self._number(new_text, _NEW).replace("\n", "<br>"))
        left, right = [], []
        for tag, a, b in inline_diff(old_text, new_text):
            if tag == "equal":
                left.append(html.escape(a))
                right.append(html.escape(b))
                continue
            if a:
                left.append(f"<span style='{_OLD}'>{html.escape(a)}</span>")
            if b:
                right.append(f"<span style='{_NEW}'>{html.escape(b)}</span>")
        return "".join(left).replace("\n", "<br>"), "".join(right).replace("\n", "<br>")

    # --- requests ---------------------------------------------------------------------------------------------

    def _kind(self, kind: str) -> str:
        return {"manual": self.tr("Saved by hand"), "export": self.tr("Exported"), "signed": self.tr("Signed (签发)"),
                "before_restore": self.tr("Before a restore"), "submitted": self.tr("Submitted"),
                "remarks": self.tr("Remarks of the office"), "published": self.tr("Published")}.get(kind, kind)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._versions[row].id for row in rows]

    def _with_one(self, emit: object) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            emit(ids[0])  # type: ignore[operator]

    def _selection_changed(self) -> None:
        count = len(self.selected_ids())
        self.compare_button.setEnabled(count in (1, 2))
        self.restore_button.setEnabled(count == 1)
        self.export_button.setEnabled(count == 1)
        self.print_sheet_button.setEnabled(count == 1 and self._selected_is_signed())

    def _selected_is_signed(self) -> bool:
        ids = self.selected_ids()
        return any(v.id == ids[0] and v.kind == SIGNED for v in self._versions) if ids else False

    def _compare(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.compare(ids[0], WORKING)
        elif len(ids) == 2:
            older, newer = sorted(ids)
            self.compare(older, newer)

    def compare(self, older: int, newer: int) -> None:
        """Ask for the comparison of two versions (WORKING: the working copy); it is asked again after every
        action, so what is shown always holds for the report as it now is."""
        self.compared = (older, newer)
        self.compare_requested.emit(older, newer)

    def version_name(self, version_id: int) -> str:
        """How the comparison heading names a version: its kind and time (and name)."""
        if version_id == WORKING:
            return self.tr("Working copy")
        info = next(v for v in self._versions if v.id == version_id)
        label = f"{self._kind(info.kind)} {info.local_time[:16]}"
        return f"{label} {info.name}".strip() if info.kind != SIGNED else f"{label} {info.signed_by}"

    def _restore(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("Make %1 the working copy? The working copy as it is now is saved as a version first, and "
                    "Edit ▸ Undo takes the restore back.").replace("%1", self.version_name(ids[0])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(ids[0])

    def _sign(self) -> None:
        """签发 asks who signs, who reviewed it and when; the dialog itself says that the version is frozen."""

        dialog = SignDialog(self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.signer():
                return
            day = dialog.reviewed_on()
            self.sign_requested.emit(dialog.signer(), dialog.reviewer(), day.isoformat() if day else "")
        finally:
            dialog.deleteLater()
