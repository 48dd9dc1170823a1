"""The access request (*inzageverzoek*, AVG art. 15): everything the workspace holds about one client, saved as a PDF.

Notes the coordinator wrote for internal use may be withheld when they touch the rights of others; the dialog
lists them and leaves them out unless the user ticks "Include internal notes". Saving warns that the PDF is not
encrypted, as every saved document does; the export is logged by the service.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QVBoxLayout, QWidget

from app.atomic import write_output
from app.errors import TerugkeerError
from app.privacy.access_request import InternalNote, internal_notes, make_access_request_pdf
from ui import dialogs
from ui.context import WorkspaceContext
from ui.documents.export import last_folder, remember_folder
from ui.operations import Progress
from ui.texts.messages import error_text
from ui.texts.sync import short_id
from ui.widgets.buttons import push_button
from ui.widgets.field_marks import INVALID_COLOUR
from ui.widgets.list_dialog import ListDialog


def access_request_file_name(client_id: str) -> str:
    """"Inzage 1a2b3c4d.pdf" (translated): a short client id, never the name (file names show in listings)."""
    return QCoreApplication.translate("AccessRequestDialog", "Access request {client}.pdf").format(
        client=client_id[:8])


class AccessRequestDialog(ListDialog):
    """Lists the client's internal notes, asks whether they go in, and saves the PDF. Reads itself when made
    (`loaded` follows); `saved(Path)` after the file was written."""

    saved = Signal(object)

    def __init__(self, context: WorkspaceContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Access request"), parent)
        self.setObjectName("accessRequestDialog")
        self._client_id = client_id
        self._working = False
        self.notes_heading = QLabel(self)
        self.notes_heading.setWordWrap(True)
        self.notes = QListWidget(self)
        self.notes.setObjectName("internalNotesList")
        self.notes.setAccessibleName(self.tr("Internal notes that may be withheld"))
        self.include_notes = QCheckBox(self.tr("&Include internal notes"), self)
        self.include_notes.setObjectName("includeNotesCheck")
        self.include_notes.setToolTip(self.tr("Only after checking that the notes do not touch the rights of others"))
        self.include_notes.setEnabled(False)
        notes = QVBoxLayout()
        notes.addWidget(self.notes_heading)
        notes.addWidget(self.notes, 1)
        notes.addWidget(self.include_notes)
        self.save_button = push_button(self, self.tr("&Save as PDF…"), "saveAccessRequestButton", self.save,
                                       self.tr("The file is not encrypted"))
        self.save_button.setEnabled(False)
        self.lay_out(self.tr(
            "The client receives everything this workspace holds about them as a PDF: personal and detention data, "
            "the intake, plans, consents, to whom data was given, and who looked at their file."), notes,
            "accessRequestMessage", self.tr("Loading…"), QSize(600, 420), self.save_button)
        workspace = context.workspace
        self.read_rows(lambda: internal_notes(workspace, client_id), self._show)

    @property
    def message(self) -> QLabel:
        """The status line: saving, saved where, or why nothing was saved."""
        return self.status

    def _show(self, notes: list[InternalNote]) -> str:
        self.notes.clear()
        for note in notes:
            self.notes.addItem(self.tr("{where} (case {case})").format(where=note.where, case=short_id(note.case_id)))
        self.notes.setVisible(bool(notes))
        self.include_notes.setVisible(bool(notes))
        self.include_notes.setEnabled(bool(notes))
        self.notes_heading.setText(self.tr(
            "These internal notes may be withheld when they touch the rights of others (AVG art. 15(4)). They "
            "are left out and marked as withheld, unless you include them:") if notes else
            self.tr("There are no internal notes: everything goes in."))
        self.save_button.setEnabled(True)
        return ""

    def save(self) -> None:
        """Warn that the file is not encrypted, ask where, make the PDF (logged as an export) and write it."""
        if self._working or not self.save_button.isEnabled() or not dialogs.confirm_unencrypted_export(self):
            return
        path = dialogs.ask_save_pdf(self, last_folder() / access_request_file_name(self._client_id))
        if path is None or self._context.workspace.is_locked:
            return
        workspace, client_id, include = self._context.workspace, self._client_id, self.include_notes.isChecked()
        self._set_working(True, self.tr("Saving…"))

        def work(_progress: Progress) -> Path:
            make_access_request_pdf(workspace, client_id, include_internal_notes=include,
                                    deliver=lambda data: write_output(path, data))
            return path

        def done(written: Path) -> None:
            remember_folder(written.parent)
            self._set_working(False, self.tr("Saved as {path}. The file is not encrypted.").format(path=written))
            self.saved.emit(written)

        def failed(error: Exception) -> None:
            self._set_working(False, error_text(error) if isinstance(error, TerugkeerError) else
                              self.tr("Nothing was saved."), problem=True)
            dialogs.show_error(self, error)

        self._context.operations.read(self, work).success(done).failure(failed).run()

    def _set_working(self, working: bool, text: str, problem: bool = False) -> None:
        self._working = working
        self.save_button.setEnabled(not working)
        self.include_notes.setEnabled(not working and self.notes.count() > 0)
        self.message.setStyleSheet(f"color: {INVALID_COLOUR};" if problem else "")
        self.message.setText(text)
