"""The preview of a case's plan of approach or consent form, with printing and saving as PDF.

The PDF is shown from memory (ui.documents.memory), never from a temporary file. Every preview is made anew on the worker
and logged as a view; printing and saving make the document again, logged as a print or an export, so what leaves
the app is exactly what was logged. Closing the dialog (or the workspace locking, which closes it) drops the
document and its bytes.

For the plan the user chooses who it is for: the client and the own file get everything; a chain partner only what
app.casework.sharing_policy allows today, and the note above the view lists what was left out and why. When nothing may go
to that partner the dialog says so instead of showing a plan.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.atomic import write_output
from app.audit import AuditAction
from app.casework import consent, documents
from app.casework.documents import Document, DocumentKind, DocumentRequest
from app.casework.plan_batch import PlanOwner, plan_owners
from app.errors import TerugkeerError
from ui import dialogs
from ui.context import WorkspaceContext
from ui.documents.export import file_name, last_folder, plan_file_name, remember_folder
from ui.documents.memory import DocumentDialog, InMemoryPdf
from ui.documents.options import document_options
from ui.documents.printing import print_pdf
from ui.documents.versions_dialog import VersionsDialog
from ui.icons import Icon, decorate
from ui.operations import Progress
from ui.texts.consent import ConsentVocabulary
from ui.texts.messages import error_text
from ui.texts.sharing import held_back_lines, recipient_label
from ui.widgets.buttons import push_button
from ui.widgets.field_marks import INVALID_COLOUR

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)
POINTS_PER_INCH = 72
_NOTE_STYLE = "QLabel {{ background: {background}; border: 1px solid {border}; border-radius: 3px; padding: 6px; }}"
_HELD_BACK_STYLE = _NOTE_STYLE.format(background="#fff4d6", border="#d9a400")
_REFUSAL_STYLE = _NOTE_STYLE.format(background="#fde8e8", border=INVALID_COLOUR)


@dataclass(frozen=True)
class _Preview:
    """What the worker made for the preview: the document, or the refusal to show instead; for the consent
    form whether a consent exists to fill it in with, for the plan whose it is (to name its PDF file)."""

    document: Document | None
    refusal: TerugkeerError | None
    has_consent: bool
    owner: PlanOwner | None = None


class PdfPreviewDialog(DocumentDialog):
    """Shows the document of `kind` for `case_id`; reads it itself when created (`shown` follows)."""

    shown = Signal()  # a document, or the reason there is none, is on screen
    printed = Signal(int)  # pages printed
    saved = Signal(object)  # the Path written

    def __init__(self, context: WorkspaceContext, case_id: str, kind: DocumentKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._case_id = case_id
        self._kind = kind
        self._document_options = document_options(context)
        self._vocabulary = ConsentVocabulary(context.catalogue, context.settings.language)
        self._generation = 0  # results of work started before the last change or the close are dropped
        self._open = True
        self._working = False
        self._has_consent = False  # known after the first preview of the consent form
        self._owner: PlanOwner | None = None  # known after the first preview of the plan
        self._pdf = InMemoryPdf(self)
        self.versions_dialog: VersionsDialog | None = None
        self.setWindowTitle(self.tr("Plan of approach") if kind is DocumentKind.PLAN else self.tr("Consent form"))
        self._build()
        self._size_to_screen()
        self._refresh()

    # --- building -----------------------------------------------------------------------------------------------

    def _build(self) -> None:
        options = QHBoxLayout()
        if self._kind is DocumentKind.PLAN:
            self._build_plan_options(options)
        else:
            self._build_consent_options(options)
        options.addStretch(1)
        self._build_zoom(options)

        self.note = QLabel(self)  # what a plan for a partner leaves out, or why there is no document to show
        self.note.setObjectName("previewNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        self.message = QLabel(self)
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.windowTitle())
        self.view.setDocument(self._pdf.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocumentMargins(QMargins(12, 12, 12, 12))
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #8a8a8a; }")
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)

        self.print_button = push_button(self, self.tr("&Print…"), "printButton", self.print_document,
                                         self.tr("Print this document (Ctrl+P)"))
        self.save_button = push_button(self, self.tr("&Save as PDF…"), "savePdfButton", self.save_document,
                                        self.tr("Save this document as a PDF file (Ctrl+S); the file is not encrypted"))
        self.close_button = push_button(self, self.tr("&Close"), "closePreviewButton", self.reject)
        decorate(self.print_button, Icon.PRINT)
        decorate(self.save_button, Icon.SAVE_PDF)
        self.versions_button = push_button(self, self.tr("&Versions…"), "versionsButton", self.show_versions,
                                            self.tr("The versions printed or saved before, each to make again"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.versions_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self._shortcut(QKeySequence.StandardKey.Print, self.print_document)
        self._shortcut(QKeySequence.StandardKey.Save, self.save_document)
        self._shortcut(QKeySequence.StandardKey.ZoomIn, lambda: self._zoom(ZOOM_STEP))
        self._shortcut(QKeySequence.StandardKey.ZoomOut, lambda: self._zoom(1 / ZOOM_STEP))

    def _build_plan_options(self, options: QHBoxLayout) -> None:
        self.recipient = QComboBox(self)
        self.recipient.setObjectName("recipientCombo")
        self.recipient.setAccessibleName(self.tr("Who the plan is for"))
        self.recipient.addItem(self.tr("Client and own file"), None)
        for term in self._vocabulary.recipients:
            self.recipient.addItem(term.label.in_language(self._context.settings.language), term.id)
        self.recipient.setToolTip(self.tr("A chain partner receives only what the client's consent or the law allows"))
        self.recipient.currentIndexChanged.connect(self._refresh)
        label = QLabel(self.tr("&For:"), self)
        label.setBuddy(self.recipient)
        self.full_bsn = QCheckBox(self.tr("Show full &BSN"), self)
        self.full_bsn.setObjectName("fullBsnCheck")
        self.full_bsn.setToolTip(self.tr("Print the whole BSN instead of only its last 3 digits"))
        self.full_bsn.toggled.connect(self._refresh)
        options.addWidget(label)
        options.addWidget(self.recipient)
        options.addSpacing(12)
        options.addWidget(self.full_bsn)
        self._options: list[QWidget] = [self.recipient, self.full_bsn]

    def _build_consent_options(self, options: QHBoxLayout) -> None:
        self.blank_radio = QRadioButton(self.tr("&Blank form"), self)
        self.blank_radio.setObjectName("blankFormRadio")
        self.blank_radio.setToolTip(self.tr("For the client to fill in and sign"))
        self.filled_radio = QRadioButton(self.tr("F&illed in with the latest consent"), self)
        self.filled_radio.setObjectName("filledFormRadio")
        self.filled_radio.setEnabled(False)
        group = QButtonGroup(self)
        group.addButton(self.blank_radio)
        group.addButton(self.filled_radio)
        self.blank_radio.setChecked(True)
        self.filled_radio.toggled.connect(self._refresh)
        options.addWidget(self.blank_radio)
        options.addWidget(self.filled_radio)
        self._options = [self.blank_radio, self.filled_radio]

    def _build_zoom(self, options: QHBoxLayout) -> None:
        self.zoom_out_button = self._tool_button("−", "zoomOutButton", self.tr("Zoom out (Ctrl+-)"),
                                                 lambda: self._zoom(1 / ZOOM_STEP))
        self.fit_width_button = self._tool_button(self.tr("Fit &width"), "fitWidthButton",
                                                  self.tr("Make the page as wide as the window"), self._fit_width)
        self.zoom_in_button = self._tool_button("+", "zoomInButton", self.tr("Zoom in (Ctrl++)"),
                                                lambda: self._zoom(ZOOM_STEP))
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.page_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.tr("Page {page} of {count}").format(
            page=88, count=88)))
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for widget in (self.zoom_out_button, self.fit_width_button, self.zoom_in_button):
            options.addWidget(widget)
        options.addSpacing(12)
        options.addWidget(self.page_label)

    def _tool_button(self, text: str, object_name: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(object_name)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def _shortcut(self, keys: QKeySequence.StandardKey, slot: Callable[[], object]) -> None:
        QShortcut(QKeySequence(keys), self).activated.connect(slot)

    def _size_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        self.resize(min(1000, round(available.width() * 0.9)), round(available.height() * 0.9))

    # --- state ----------------------------------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return self._pdf.page_count

    @property
    def has_document(self) -> bool:
        return self._pdf.page_count > 0

    def _request(self) -> DocumentRequest:
        if self._kind is DocumentKind.PLAN:
            return DocumentRequest(DocumentKind.PLAN, self._case_id, recipient=self.recipient.currentData(),
                                   show_full_bsn=self.full_bsn.isChecked())
        return DocumentRequest(DocumentKind.CONSENT, self._case_id, filled=self.filled_radio.isChecked())

    def _usable(self) -> bool:
        """Still open on an unlocked workspace: a modal question may have outlived a lock."""
        return self._open and not self._context.workspace.is_locked

    def _set_working(self, working: bool, text: str = "", *, hold_options: bool = True) -> None:
        """While printing or saving, the options stay as they are (the document made must be the one shown); a
        new preview leaves them alone, so the keyboard focus stays on the option being changed."""
        self._working = working
        if hold_options or not working:
            for widget in self._options:
                widget.setEnabled(not working)
            if self._kind is DocumentKind.CONSENT:
                self.filled_radio.setEnabled(not working and self._has_consent)
        self._update_output_buttons()
        self._say(text)

    def _update_output_buttons(self) -> None:
        ready = self.has_document and not self._working
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setStyleSheet(f"color: {INVALID_COLOUR};" if problem else "")
        self.message.setText(text)

    # --- the preview ----------------------------------------------------------------------------------------------

    def _refresh(self) -> None:
        """Make the preview anew for the chosen options (logged as a view)."""
        if not self._usable():
            return
        self._generation += 1
        generation, request = self._generation, self._request()
        workspace, options = self._context.workspace, self._document_options
        consent_form = self._kind is DocumentKind.CONSENT

        def work(_progress: Progress) -> _Preview:
            has_consent = consent_form and consent.has_consent(workspace, request.case_id)
            owner = None if consent_form else plan_owners(workspace, [request.case_id])[0]
            try:
                return _Preview(documents.make_document(workspace, request, AuditAction.VIEW, options), None,
                                has_consent, owner)
            except TerugkeerError as error:
                if error.code not in {"not_for_recipient", "no_consent_recorded", "intake_not_started"}:
                    raise
                return _Preview(None, error, has_consent, owner)

        self._pdf.clear()
        self.note.hide()
        self._update_page_label()
        self._set_working(True, self.tr("Making the preview…"), hold_options=False)
        self._context.operations.read(self, work).success(
            lambda preview: self._show(preview, generation)).failure(
            lambda error: self._failed(error, generation)).run()

    def _show(self, preview: _Preview, generation: int) -> None:
        if generation != self._generation:
            return
        self._has_consent = preview.has_consent
        self._owner = preview.owner
        if self._kind is DocumentKind.CONSENT:
            self.filled_radio.setToolTip(
                self.tr("Ticks the choices of the latest consent and draws its signature") if preview.has_consent
                else self.tr("No consent has been recorded for this case yet"))
        self._set_working(False)
        if preview.document is None:
            assert preview.refusal is not None
            self._show_note(error_text(preview.refusal), refusal=True)
        elif not self._pdf.load(preview.document.data):
            self._show_note(self.tr("The document could not be shown."), refusal=True)
        else:
            self._show_held_back(preview.document)
            self._fit_width()
        self._update_output_buttons()
        self._update_page_label()
        self.shown.emit()

    def _show_held_back(self, document: Document) -> None:
        if not document.held_back:
            self.note.hide()
            return
        recipient = recipient_label(document.held_back[0].recipient, self._context.settings.language)
        lines = held_back_lines(document.held_back, self._vocabulary.category)
        self._show_note("\n".join([
            self.tr("Left out of this plan for {recipient}, because it may not go to them:").format(
                recipient=recipient), *(f"• {line}" for line in lines)]), refusal=False)

    def _show_note(self, text: str, refusal: bool) -> None:
        self.note.setStyleSheet(_REFUSAL_STYLE if refusal else _HELD_BACK_STYLE)
        self.note.setText(text)
        self.note.show()

    @property
    def refused(self) -> bool:
        """No document is shown because the services refused it (e.g. not for this recipient)."""
        return self.note.isVisibleTo(self) and not self.has_document

    def _failed(self, error: Exception, generation: int) -> None:
        if generation != self._generation:
            return
        self._set_working(False)
        self._update_output_buttons()
        self._show_note(error_text(error) if isinstance(error, TerugkeerError) else
                        self.tr("The document could not be made."), refusal=True)
        dialogs.show_error(self, error)
        self.shown.emit()

    def _update_page_label(self, _page: int = 0) -> None:
        count = self._pdf.page_count
        self.page_label.setText(self.tr("Page {page} of {count}").format(
            page=self.view.pageNavigator().currentPage() + 1, count=count) if count else "")

    # --- zoom -------------------------------------------------------------------------------------------------------

    def _fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _zoom(self, factor: float) -> None:
        if not self.has_document:
            return
        zoom = min(max(self._effective_zoom() * factor, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)

    def _effective_zoom(self) -> float:
        """The zoom factor on screen; in fit-width mode QPdfView does not report it, so it is worked out as QPdfView
        does: the room in the viewport over the page's width at the screen's resolution."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        page_width = self._pdf.document.pagePointSize(0).width() * self.logicalDpiX() / POINTS_PER_INCH
        return room / page_width if page_width > 0 else 1.0

    # --- printing and saving ----------------------------------------------------------------------------------------

    def print_document(self) -> None:
        """Ask for a printer, make the document again (logged as a print) and print it."""
        if not self.print_button.isEnabled():
            return
        printer = dialogs.ask_printer(self, self._pdf.page_count)
        if printer is None or not self._usable():
            return
        generation, request = self._generation, self._request()
        workspace, options = self._context.workspace, self._document_options
        self._set_working(True, self.tr("Printing…"))

        def printed(data: bytes) -> None:
            if generation != self._generation:
                return
            self._set_working(False)
            try:
                pages = print_pdf(printer, data)
            except TerugkeerError as error:
                self._say(error_text(error), problem=True)
                dialogs.show_error(self, error)
                return
            self._say(self.tr("Sent to the printer: 1 page.") if pages == 1 else
                      self.tr("Sent to the printer: {pages} pages.").format(pages=pages))
            self.printed.emit(pages)

        self._context.operations.read(self, lambda _progress: documents.make_document(
            workspace, request, AuditAction.PRINT, options).data).success(printed).failure(
            lambda error: self._output_failed(error, generation)).run()

    def save_document(self) -> None:
        """Warn that the file is not encrypted, ask where, make the document again (logged as an export) and write
        it atomically."""
        if not self.save_button.isEnabled() or not dialogs.confirm_unencrypted_export(self) or not self._usable():
            return
        path = dialogs.ask_save_pdf(self, last_folder() / self._suggested_name())
        if path is None or not self._usable():
            return
        generation, request = self._generation, self._request()
        workspace, options = self._context.workspace, self._document_options
        self._set_working(True, self.tr("Saving…"))

        def work(_progress: Progress) -> Path:
            documents.make_document(workspace, request, AuditAction.EXPORT, options,
                                    deliver=lambda data: write_output(path, data))
            return path

        def saved(written: Path) -> None:
            remember_folder(written.parent)
            if generation != self._generation:
                return
            self._set_working(False)
            self._say(self.tr("Saved as {path}. The file is not encrypted.").format(path=written))
            self.saved.emit(written)

        self._context.operations.read(self, work).success(saved).failure(
            lambda error: self._output_failed(error, generation)).run()

    def _suggested_name(self) -> str:
        """A plan is named as in a batch save (surname, initial, short case id, today), so a person can tell
        whose plan a file is; the consent form by its case id."""
        if self._owner is not None and self._owner.exists:
            return plan_file_name(self._owner, date.today())
        return file_name(self._kind, self._case_id)

    def _output_failed(self, error: Exception, generation: int) -> None:
        if generation != self._generation:
            return
        self._set_working(False)
        self._say(error_text(error) if isinstance(error, TerugkeerError) else
                  self.tr("Nothing was printed or saved."), problem=True)
        dialogs.show_error(self, error)

    # --- versions -----------------------------------------------------------------------------------------------------

    def show_versions(self) -> None:
        """The numbered versions of this document, to make one again exactly as it was printed."""
        if not self._usable():
            return
        self._close_versions()
        self.versions_dialog = VersionsDialog(self._context, self._case_id, self._kind, self)
        self.versions_dialog.open()

    def _close_versions(self) -> None:
        dialog, self.versions_dialog = self.versions_dialog, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    # --- closing ------------------------------------------------------------------------------------------------------

    def _forget(self) -> None:
        """Drop the document and its bytes, and every result still on its way."""
        self._open = False
        self._generation += 1
        self._close_versions()
        self._pdf.clear()
        self.note.clear()
        self.note.hide()
        self.message.clear()
        self._update_page_label()
        self._update_output_buttons()
