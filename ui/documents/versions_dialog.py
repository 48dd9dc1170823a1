"""The numbered versions of a case's plan of approach or consent form: which were printed or saved, when and by
whom, and any of them made again exactly as it was (to show, or to save as PDF).

The list holds no client data; a version made again is shown from memory (ui.documents.memory) and logged as a view, a
save as an export (app.casework.documents.remake). Closing the dialog drops the document.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMargins, Signal
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.atomic import write_output
from app.audit import AuditAction
from app.casework.documents import DocumentKind, VersionLine, list_versions, remake
from app.errors import TerugkeerError
from ui import dialogs
from ui.context import WorkspaceContext
from ui.documents.export import last_folder, remember_folder, short_case_id
from ui.documents.memory import DocumentDialog, InMemoryPdf
from ui.operations import Progress
from ui.texts.formatting import format_date_time
from ui.texts.messages import error_text
from ui.widgets.buttons import push_button
from ui.widgets.field_marks import INVALID_COLOUR
from ui.widgets.simple_table import SimpleTable


def version_file_name(kind: DocumentKind, case_id: str, number: int) -> str:
    """"Plan van aanpak 1a2b3c4d versie 2.pdf" (translated)."""
    if kind is DocumentKind.PLAN:
        name = QCoreApplication.translate("VersionsDialog", "Plan of approach {case} version {number}.pdf")
    else:
        name = QCoreApplication.translate("VersionsDialog", "Consent form {case} version {number}.pdf")
    return name.format(case=short_case_id(case_id), number=number)


class VersionsDialog(DocumentDialog):
    """Lists the versions (reads them when made; `loaded` follows); "Make again" shows the chosen one (`shown(number)`
    follows), "Save as PDF…" saves it (`saved(Path)`)."""

    loaded = Signal()
    shown = Signal(int)
    saved = Signal(object)

    def __init__(self, context: WorkspaceContext, case_id: str, kind: DocumentKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsDialog")
        self.setWindowTitle(self.tr("Versions of the plan of approach") if kind is DocumentKind.PLAN else
                            self.tr("Versions of the consent form"))
        self._context, self._case_id, self._kind = context, case_id, kind
        self._open = True
        self._working = False
        self._shown_number: int | None = None
        self._data = b""
        self._pdf = InMemoryPdf(self)
        intro = QLabel(self.tr(
            "Printing or saving changed content makes a new version; its number and code are in the footer. Make a "
            "version again to see or save exactly what was printed then."), self)
        intro.setWordWrap(True)
        self.table = SimpleTable([self.tr("Version"), self.tr("Made on"), self.tr("By"), self.tr("Code")], 2,
                                 self.tr("Versions"), self)
        self.table.setObjectName("versionsTable")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.make_again())
        self.view = QPdfView(self)
        self.view.setObjectName("versionView")
        self.view.setAccessibleName(self.tr("The version made again"))
        self.view.setDocument(self._pdf.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocumentMargins(QMargins(8, 8, 8, 8))
        self.view.setStyleSheet("QPdfView { background: #8a8a8a; }")
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 560])
        self.message = QLabel(self.tr("Loading…"), self)
        self.message.setObjectName("versionsMessage")
        self.message.setWordWrap(True)
        self.make_button = push_button(self, self.tr("&Make again"), "makeAgainButton", self.make_again,
                                        self.tr("Make the chosen version again, exactly as it was printed"))
        self.save_button = push_button(self, self.tr("&Save as PDF…"), "saveVersionButton", self.save_version,
                                        self.tr("Save the version shown as a PDF file; the file is not encrypted"))
        close = push_button(self, self.tr("&Close"), "closeVersionsButton", self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.make_button, self.save_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(960, 640)
        self._update_buttons()
        self._load()

    @property
    def document_bytes(self) -> bytes:
        """The PDF of the version shown ("" when none is)."""
        return self._data

    def _load(self) -> None:
        workspace, case_id, kind = self._context.workspace, self._case_id, self._kind
        self._context.operations.read(self, lambda _progress: list_versions(workspace, case_id, kind)).success(
            self._show_versions).run()

    def _show_versions(self, lines: list[VersionLine]) -> None:
        if not self._open:
            return
        self.table.show_rows([([str(line.number), format_date_time(line.created_at), line.created_by,
                                line.short_hash], line.number) for line in lines])
        self._say(self.tr("Nothing has been printed or saved yet, so there are no versions.") if not lines else "")
        self._update_buttons()
        self.loaded.emit()

    def _update_buttons(self) -> None:
        self.make_button.setEnabled(not self._working and isinstance(self.table.selected_key(), int))
        self.save_button.setEnabled(not self._working and self._shown_number is not None)

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setStyleSheet(f"color: {INVALID_COLOUR};" if problem else "")
        self.message.setText(text)

    def _usable(self) -> bool:
        return self._open and not self._context.workspace.is_locked

    def make_again(self) -> None:
        """Make the chosen version again (logged as a view) and show it."""
        number = self.table.selected_key()
        if not isinstance(number, int) or self._working or not self._usable():
            return
        workspace, case_id, kind = self._context.workspace, self._case_id, self._kind
        self._set_working(True, self.tr("Making version {number} again…").format(number=number))

        def done(data: bytes) -> None:
            if not self._open:
                return
            self._set_working(False, "")
            if not self._pdf.load(data):
                self._say(self.tr("The document could not be shown."), problem=True)
                return
            self._data, self._shown_number = data, number
            self._say(self.tr("Version {number}, exactly as it was made.").format(number=number))
            self._update_buttons()
            self.shown.emit(number)

        self._context.operations.read(
            self, lambda _progress: remake(workspace, case_id, kind, number, AuditAction.VIEW)).success(
            done).failure(self._failed).run()

    def save_version(self) -> None:
        """Warn that the file is not encrypted, ask where, make the version again (logged as an export), write it."""
        number = self._shown_number
        if number is None or self._working or not dialogs.confirm_unencrypted_export(self) or not self._usable():
            return
        path = dialogs.ask_save_pdf(self, last_folder() / version_file_name(self._kind, self._case_id, number))
        if path is None or not self._usable():
            return
        workspace, case_id, kind = self._context.workspace, self._case_id, self._kind
        self._set_working(True, self.tr("Saving…"))

        def work(_progress: Progress) -> Path:
            remake(workspace, case_id, kind, number, AuditAction.EXPORT, deliver=lambda data: write_output(path, data))
            return path

        def done(written: Path) -> None:
            remember_folder(written.parent)
            if self._open:
                self._set_working(False, self.tr("Saved as {path}. The file is not encrypted.").format(path=written))
                self.saved.emit(written)

        self._context.operations.read(self, work).success(done).failure(self._failed).run()

    def _set_working(self, working: bool, text: str) -> None:
        self._working = working
        self._say(text)
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        if not self._open:
            return
        self._set_working(False, "")
        self._say(error_text(error) if isinstance(error, TerugkeerError) else
                  self.tr("The version could not be made."), problem=True)
        dialogs.show_error(self, error)

    def _forget(self) -> None:
        """Drop the document and its bytes."""
        self._open = False
        self._pdf.clear()
        self._data, self._shown_number = b"", None
        self._update_buttons()
