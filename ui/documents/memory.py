"""A PDF held in memory only: QPdfDocument reading from a QBuffer over a QByteArray, never a temporary file.

A document about a client must not land on disk unencrypted by the way it is shown or printed, so the bytes go
from the worker straight into a buffer and are dropped (`clear`) as soon as they are no longer needed; a dialog
that shows one (`DocumentDialog`) drops it however it is closed.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtGui import QCloseEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog


class InMemoryPdf(QObject):
    """Owns the document, its buffer and the bytes; pdfium reads from the buffer for as long as it is loaded."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._bytes = QByteArray()
        self._buffer = QBuffer(self)

    def load(self, data: bytes) -> bool:
        """Show `data` instead of what was loaded before; False when it is no readable PDF."""
        self.clear()
        self._bytes = QByteArray(data)
        self._buffer.setBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            self.clear()
            return False
        return True

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def clear(self) -> None:
        """Close the document and drop the bytes (the document first: it still reads from the buffer)."""
        self.document.close()
        self._buffer.close()
        self._bytes.clear()
        self._buffer.setBuffer(QByteArray())


class DocumentDialog(QDialog):
    """A dialog showing a document from memory: closing it (a button, Esc, the window's cross, or the workspace
    locking) calls `_forget`, which drops the document and its bytes."""

    def done(self, result: int) -> None:
        self._forget()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._forget()
        super().closeEvent(event)

    def _forget(self) -> None:
        raise NotImplementedError
