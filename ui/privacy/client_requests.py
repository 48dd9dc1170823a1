"""The requests a client may make about their data (AVG), from the case screen: an access request, a correction,
and — for audits — the history of corrections. One button with a menu, so the case screen stays uncluttered.

The button owns the dialogs it opens and closes them when the case screen forgets the case (or the workspace locks).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QWidget

from app.casework.cases import Changes, ClientData
from app.privacy.corrections import correct
from ui.context import WorkspaceContext
from ui.operations import Progress
from ui.privacy.access_request_dialog import AccessRequestDialog
from ui.privacy.correction_dialog import CLIENT_TABLE, Correction, CorrectionDialog
from ui.privacy.correction_history import CorrectionHistoryDialog


class ClientRequestsButton(QPushButton):
    """"GDPR requests ▾" for the client shown; `corrected(case id)` after a correction was stored (the case screen
    reads the case again). `may_proceed` is asked before a correction: the case screen's unsaved edits come first."""

    corrected = Signal(str)

    def __init__(self, context: WorkspaceContext, may_proceed: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("GDPR requests"), parent)
        self.setObjectName("clientRequestsButton")
        self.setToolTip(self.tr("Access request, correction of data, and the correction history"))
        self._context = context
        self._may_proceed = may_proceed
        self._case_id: str | None = None
        self._client_id: str | None = None
        self._client: ClientData | None = None
        self.dialog: QDialog | None = None
        menu = QMenu(self)
        self.access_request_action = menu.addAction(self.tr("&Access request…"), self.open_access_request)
        self.correction_action = menu.addAction(self.tr("&Correction…"), self.open_correction)
        menu.addSeparator()
        self.history_action = menu.addAction(self.tr("Correction &history…"), self.open_history)
        self.setMenu(menu)
        self.set_client(None, None, None)

    def set_client(self, case_id: str | None, client_id: str | None, client: ClientData | None) -> None:
        """The client the requests are about (None: no case opened, or a new one not yet saved)."""
        if client_id != self._client_id:
            self.forget()
        self._case_id, self._client_id, self._client = case_id, client_id, client
        self.setEnabled(client_id is not None)

    @property
    def client_id(self) -> str | None:
        return self._client_id

    def forget(self) -> None:
        """Close the dialog open now (it shows the client's data)."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def _show(self, dialog: QDialog) -> None:
        self.forget()
        self.dialog = dialog
        dialog.open()

    def open_access_request(self) -> None:
        if self._client_id is not None:
            self._show(AccessRequestDialog(self._context, self._client_id, self.window()))

    def open_history(self) -> None:
        if self._client_id is not None:
            self._show(CorrectionHistoryDialog(self._context, self._client_id, self.window()))

    def open_correction(self) -> None:
        if self._client is None or self._client_id is None or self._case_id is None or not self._may_proceed():
            return
        dialog = CorrectionDialog(self._client, self.window())
        workspace, client_id, case_id = self._context.workspace, self._client_id, self._case_id

        def submitted(correction: Correction) -> None:
            def work(_progress: Progress) -> Changes:
                return correct(workspace, CLIENT_TABLE, client_id, correction.field, correction.new_value,
                               correction.reason)

            def done(_changes: Changes) -> None:
                dialog.finish()
                self.corrected.emit(case_id)

            self._context.operations.write(self, work).initiator(self).success(done).failure(dialog.show_error).run()

        dialog.submitted.connect(submitted)
        self._show(dialog)
