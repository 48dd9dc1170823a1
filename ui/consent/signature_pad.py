"""A signature drawn on screen with the mouse or a pen, and turned into a small PNG for the consent record.

The PNG exists only in memory: it is handed to app.casework.consent.record_consent, which stores it encrypted in the
workspace database. Nothing here writes a file.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

INK = QColor("#10213a")
PEN_WIDTH = 2.5
MARGIN = 12  # white around the signature in the PNG, in pixels
MAX_PNG_SIZE = QSize(600, 200)  # a signature is scaled down to fit; never up


class SignatureCanvas(QWidget):
    """White paper with a signing line; drag with the left mouse button or a pen to draw. `changed` follows each
    finished stroke and a clear."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[QPointF]] = []
        self._drawing = False
        self.setMinimumSize(360, 130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAutoFillBackground(False)

    def sizeHint(self) -> QSize:
        return QSize(480, 150)

    @property
    def is_empty(self) -> bool:
        return not self._strokes

    def clear(self) -> None:
        had_strokes = bool(self._strokes)
        self._strokes = []
        self._drawing = False
        self.update()
        if had_strokes:
            self.changed.emit()

    # --- drawing ----------------------------------------------------------------------------------------------

    def _begin(self, point: QPointF) -> None:
        self._strokes.append([point])
        self._drawing = True
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._drawing:
            self._strokes[-1].append(point)
            self.update()

    def _end(self, point: QPointF) -> None:
        if self._drawing:
            self._extend(point)
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position())
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        """A pen draws itself (accepted, so Qt does not also send the mouse events it would make of it)."""
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        enabled = self.isEnabled()
        painter.fillRect(self.rect(), QColor("white") if enabled else self.palette().color(QPalette.ColorRole.Window))
        painter.setPen(QPen(QColor("#8a94a6"), 1, Qt.PenStyle.SolidLine))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        line_y = self.height() * 3 // 4
        painter.drawLine(MARGIN * 2, line_y, self.width() - MARGIN * 2, line_y)
        painter.drawText(MARGIN, line_y - 4, "×")
        _draw_strokes(painter, self._strokes, PEN_WIDTH)
        if not self._strokes:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            text = self.tr("Sign here with the mouse or a pen") if enabled else self.tr(
                "Choose 'Signed on screen' to sign here")
            painter.drawText(QRectF(0, 0, self.width(), line_y - 8),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
        painter.end()

    # --- the picture ------------------------------------------------------------------------------------------

    def to_image(self) -> QImage | None:
        """The signature cropped to its strokes with a white margin, scaled down to fit MAX_PNG_SIZE; None when
        nothing was drawn."""
        if not self._strokes:
            return None
        bounds = _bounds(self._strokes).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        scale = min(1.0, MAX_PNG_SIZE.width() / bounds.width(), MAX_PNG_SIZE.height() / bounds.height())
        image = QImage(max(1, round(bounds.width() * scale)), max(1, round(bounds.height() * scale)),
                       QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-bounds.topLeft())
        _draw_strokes(painter, self._strokes, max(PEN_WIDTH, 1.5 / scale))
        painter.end()
        return image

    def png_bytes(self) -> bytes | None:
        image = self.to_image()
        if image is None:
            return None
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes str
        buffer.close()
        return bytes(data.data())


def _bounds(strokes: list[list[QPointF]]) -> QRectF:
    xs = [point.x() for stroke in strokes for point in stroke]
    ys = [point.y() for stroke in strokes for point in stroke]
    return QRectF(min(xs), min(ys), max(max(xs) - min(xs), 1.0), max(max(ys) - min(ys), 1.0))


def _draw_strokes(painter: QPainter, strokes: list[list[QPointF]], width: float) -> None:
    pen = QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    for stroke in strokes:
        if len(stroke) == 1:
            painter.drawPoint(stroke[0])
        else:
            painter.drawPolyline(stroke)


class SignaturePad(QWidget):
    """The canvas with a Clear button; `png_bytes()` is the drawn signature as PNG, or None when empty."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = SignatureCanvas(self)
        self.canvas.setObjectName("signatureCanvas")
        self.canvas.setAccessibleName(self.tr("Signature"))
        self.canvas.setAccessibleDescription(self.tr("Draw the signature with the mouse or a pen"))
        self.clear_button = QPushButton(self.tr("Clear signature"), self)
        self.clear_button.setObjectName("clearSignatureButton")
        self.clear_button.clicked.connect(self.clear)
        self.canvas.changed.connect(self._changed)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        layout.addLayout(buttons)
        self.setFocusProxy(self.clear_button)
        self._changed()

    @property
    def is_empty(self) -> bool:
        return self.canvas.is_empty

    def clear(self) -> None:
        self.canvas.clear()

    def png_bytes(self) -> bytes | None:
        return self.canvas.png_bytes()

    def _changed(self) -> None:
        self.clear_button.setEnabled(not self.canvas.is_empty)
        self.changed.emit()


def signature_image(png: bytes) -> QImage | None:
    """A stored signature as an image to show (read-only); None when the bytes are no picture."""
    image = QImage()
    return image if image.loadFromData(png, "PNG") else None

