"""SignaturePad: drawn with the mouse or a pen, cleared, and turned into a small white PNG only in memory."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui.consent.signature_pad import MAX_PNG_SIZE, SignaturePad


def pad(qtbot: QtBot) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.show()
    return widget


def pen(canvas: QWidget, kind: QEvent.Type, x: float, y: float) -> None:
    point = QPointF(x, y)
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else Qt.MouseButton.LeftButton
    event = QTabletEvent(kind, QPointingDevice.primaryPointingDevice(), point, point, 0.6, 0.0, 0.0, 0.0, 0.0, 0.0,
                         Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, buttons)
    QApplication.sendEvent(canvas, event)


def test_empty_pad_gives_no_picture(qtbot: QtBot) -> None:
    widget = pad(qtbot)
    assert widget.is_empty and widget.png_bytes() is None
    assert not widget.clear_button.isEnabled()


def test_a_pen_draws_and_clear_forgets(qtbot: QtBot) -> None:
    widget = pad(qtbot)
    canvas = widget.canvas
    with qtbot.waitSignal(widget.changed):
        pen(canvas, QEvent.Type.TabletPress, 20, 40)
        for x in range(30, 880, 20):
            pen(canvas, QEvent.Type.TabletMove, x, 40 + (x % 60))
        pen(canvas, QEvent.Type.TabletRelease, 880, 60)
    png = widget.png_bytes()
    assert png is not None and png.startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage.fromData(png)
    # 860 pixels of strokes (plus margins) are scaled down to fit, keeping the proportions.
    assert image.width() == MAX_PNG_SIZE.width() and image.height() < MAX_PNG_SIZE.height()
    assert image.pixelColor(0, 0).name() == "#ffffff"
    assert widget.clear_button.isEnabled()
    qtbot.mouseClick(widget.clear_button, Qt.MouseButton.LeftButton)
    assert widget.is_empty and widget.png_bytes() is None


def test_a_dot_is_a_signature_too_and_right_clicks_draw_nothing(qtbot: QtBot) -> None:
    widget = pad(qtbot)
    qtbot.mouseClick(widget.canvas, Qt.MouseButton.RightButton, pos=QPoint(50, 50))
    assert widget.is_empty
    qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=QPoint(50, 50))
    png = widget.png_bytes()
    assert png is not None
    image = QImage.fromData(png)
    assert 0 < image.width() < 60 and 0 < image.height() < 60
