"""The plans of several cases in the plan preview, one after the other, before they are printed or saved in one go.

It is ui.documents.preview's dialog with a case chooser and Previous/Next (Ctrl+PgDown / Ctrl+PgUp) above the view.
What it shows is what the batch prints: the plan for the client and the own file, with the BSN masked, so the
recipient and full-BSN options are not offered. Its one output button prints or saves them all: it asks the batch
dialog (`go_requested`), which asks for the printer or folder.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.casework.documents import DocumentKind
from ui.context import WorkspaceContext
from ui.documents.batch import BatchCase
from ui.documents.preview import PdfPreviewDialog
from ui.widgets.buttons import push_button


class BatchPreviewDialog(PdfPreviewDialog):
    """Previews the plans of `cases` (each has a plan), starting with the first; each preview is logged as a view."""

    go_requested = Signal()  # print or save them all

    def __init__(self, context: WorkspaceContext, cases: list[BatchCase], saved: bool,
                 parent: QWidget | None = None) -> None:
        self._cases, self._saved = cases, saved
        super().__init__(context, cases[0].case_id, DocumentKind.PLAN, parent)
        self.setWindowTitle(self.tr("Plans of approach"))

    def _build(self) -> None:
        super()._build()
        for widget in (self.recipient, self.full_bsn, self.versions_button, self.print_button, self.save_button):
            widget.hide()
        for label in self.findChildren(QLabel):
            if label.buddy() is self.recipient:
                label.hide()

        self.case_combo = QComboBox(self)
        self.case_combo.setObjectName("batchCaseCombo")
        self.case_combo.setAccessibleName(self.tr("Whose plan is shown"))
        for case in self._cases:
            self.case_combo.addItem(case.name, case.case_id)
        self.case_combo.currentIndexChanged.connect(self._show_case)
        label = QLabel(self.tr("P&lan of:"), self)
        label.setBuddy(self.case_combo)
        self.position = QLabel(self)
        self.position.setObjectName("batchPosition")
        self.previous_button = push_button(self, self.tr("Pre&vious"), "previousPlanButton",
                                           lambda: self.step(-1), self.tr("The previous plan (Ctrl+PgUp)"))
        self.next_button = push_button(self, self.tr("&Next"), "nextPlanButton",
                                       lambda: self.step(1), self.tr("The next plan (Ctrl+PgDown)"))
        for keys, offset in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            QShortcut(QKeySequence(keys), self).activated.connect(lambda offset=offset: self.step(offset))
        count = len(self._cases)
        if self._saved:
            text = self.tr("&Save this plan…") if count == 1 else self.tr("&Save all {count} plans…")
        else:
            text = self.tr("&Print this plan…") if count == 1 else self.tr("&Print all {count} plans…")
        self.go_button = push_button(self, text.format(count=count), "batchGoButton", self.go_requested.emit)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.case_combo, 1)
        row.addWidget(self.position)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, row)
        last = layout.itemAt(layout.count() - 1)
        bottom = last.layout() if last is not None else None
        assert isinstance(bottom, QHBoxLayout)
        bottom.insertWidget(bottom.indexOf(self.close_button), self.go_button)
        self.go_button.setDefault(True)
        self._update_position()

    def step(self, offset: int) -> None:
        """The next (1) or previous (-1) case's plan."""
        row = self.case_combo.currentIndex() + offset
        if 0 <= row < self.case_combo.count():
            self.case_combo.setCurrentIndex(row)

    def _show_case(self, row: int) -> None:
        self._case_id = self._cases[row].case_id
        self._update_position()
        self._refresh()

    def _update_position(self) -> None:
        row, count = self.case_combo.currentIndex(), self.case_combo.count()
        self.position.setText(self.tr("{number} of {count}").format(number=row + 1, count=count))
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < count - 1)

    def _update_output_buttons(self) -> None:
        """One plan is not printed or saved from here: the batch does all of them."""
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def print_document(self) -> None:  # Ctrl+P
        if not self._saved:
            self.go_requested.emit()

    def save_document(self) -> None:  # Ctrl+S
        if self._saved:
            self.go_requested.emit()

    @property
    def shown_case_id(self) -> str:
        return self._case_id
