"""The BSN on screen and on the clipboard: masked until asked for, gone from the clipboard soon after copying.

A BSN is shown as `mask_bsn` (last three digits) until the user presses Show, so that it is not read over a
shoulder or caught in a screenshot or screen share by accident. Copying puts the full number on the clipboard and
clears it after `CLIPBOARD_CLEAR_SECONDS`, as password managers do, unless the user copied something else since.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

from app.domain import mask_bsn, normalise_bsn

CLIPBOARD_CLEAR_SECONDS = 30

# Hints that keep the copied number out of clipboard histories: KDE Klipper, and Windows' clipboard history and
# cloud clipboard. Platforms that do not know them ignore them.
_CLIPBOARD_SECRET_HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\x01\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\x00\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\x00\x00\x00\x00",
}


_copied_digests: set[str] = set()  # what we put on the clipboard, kept as digests, not as BSNs


def _digest(text: str) -> str:
    import hashlib  # OpenSSL's libcrypto loads at the first copied BSN, not at start

    return hashlib.sha256(text.encode()).hexdigest()


def clear_copied_bsn() -> None:
    """Clear the clipboard now if it still holds a BSN copied from this app (used when the app locks)."""
    clipboard = QGuiApplication.clipboard()
    if _digest(clipboard.text()) in _copied_digests:
        clipboard.clear()
    _copied_digests.clear()


def copy_bsn(bsn: str) -> None:
    """Put `bsn` on the clipboard and clear it after CLIPBOARD_CLEAR_SECONDS if it still holds this BSN."""
    clipboard = QGuiApplication.clipboard()
    _copied_digests.add(_digest(bsn))
    data = QMimeData()
    data.setText(bsn)
    for mime_type, value in _CLIPBOARD_SECRET_HINTS.items():
        data.setData(mime_type, QByteArray(value))
    clipboard.setMimeData(data)

    def clear_if_unchanged() -> None:
        if clipboard.text() == bsn:
            clipboard.clear()
        _copied_digests.discard(_digest(bsn))

    QTimer.singleShot(round(CLIPBOARD_CLEAR_SECONDS * 1000), clipboard, clear_if_unchanged)


class BsnField(QWidget):
    """A BSN input with Show/Hide and Copy.

    A loaded BSN is masked and the line edit read-only; Show reveals it for editing, Hide masks again. Typing a digit
    (or Backspace/Delete) into a masked field starts a new BSN from empty, so a new number can be entered without
    revealing the old one. `edited` is emitted on every change by the user.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self._masked = False
        self.line_edit = QLineEdit(self)
        self.line_edit.setObjectName("bsnEdit")
        self.line_edit.setAccessibleName(self.tr("BSN"))
        self.line_edit.setMaxLength(20)  # 9 digits plus the spaces and dots people type
        self.line_edit.installEventFilter(self)
        self.line_edit.textEdited.connect(self._on_text_edited)
        self.line_edit.setMinimumWidth(self.line_edit.fontMetrics().horizontalAdvance("0") * 12)
        self.show_button = QToolButton(self)
        self.show_button.setObjectName("bsnShowButton")
        self.show_button.setCheckable(True)
        self.show_button.setAccessibleName(self.tr("Show the BSN"))
        self.show_button.toggled.connect(self._on_show_toggled)
        self.copy_button = QToolButton(self)
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setObjectName("bsnCopyButton")
        self.copy_button.setAccessibleName(self.tr("Copy the BSN"))
        self.copy_button.setToolTip(
            self.tr("Copy the BSN; the clipboard is cleared after %n seconds", "", CLIPBOARD_CLEAR_SECONDS))
        self.copy_button.clicked.connect(self._copy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.copy_button)
        self.setFocusProxy(self.line_edit)
        self._refresh()

    def value(self) -> str:
        """The BSN as typed or loaded (masked or not)."""
        return self._value if self._masked else self.line_edit.text()

    def set_value(self, bsn: str) -> None:
        """Show `bsn` masked (an empty value is simply an empty, editable field)."""
        self._value = bsn
        self._masked = bool(bsn)
        self.line_edit.setText(bsn)
        self._refresh()

    @property
    def is_masked(self) -> bool:
        return self._masked

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line_edit and self._masked and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.text().isdigit() or event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                self._start_new_number()
        return super().eventFilter(watched, event)

    def _start_new_number(self) -> None:
        """Typing over a masked BSN replaces it; the key event then continues into the now empty, editable field."""
        self._value = ""
        self._masked = False
        self.line_edit.setText("")
        self._refresh()
        self.edited.emit()

    def _on_show_toggled(self, shown: bool) -> None:
        if shown:
            self._masked = False
            self.line_edit.setText(self._value)
        else:
            self._value = self.line_edit.text()
            self._masked = bool(self._value)
        self._refresh()

    def _on_text_edited(self, _text: str) -> None:
        self._refresh()
        self.edited.emit()

    def _copy(self) -> None:
        copy_bsn(normalise_bsn(self.value()))

    def _refresh(self) -> None:
        has_value = bool(self.value())
        if self._masked:
            self.line_edit.setText(mask_bsn(normalise_bsn(self._value)))
        self.line_edit.setReadOnly(self._masked)
        self.show_button.blockSignals(True)
        self.show_button.setChecked(not self._masked and has_value)
        self.show_button.blockSignals(False)
        self.show_button.setText(self.tr("Show") if self._masked or not has_value else self.tr("Hide"))
        self.show_button.setEnabled(has_value)
        self.copy_button.setEnabled(has_value)
