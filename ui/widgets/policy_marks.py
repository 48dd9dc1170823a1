"""How a value the machine policy locks looks in a form: disabled, with a small padlock and the tooltip "Set by
the IT department", so the user sees why it cannot be changed instead of wondering."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from app.policy import Policy


def locked_tip() -> str:
    return QCoreApplication.translate("PolicyMarks", "Set by the IT department")


class LockMark(QWidget):
    """A padlock drawn with the painter (no icon font or image file needed), sized to the text beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyLockMark")
        self.setToolTip(locked_tip())
        self.setAccessibleName(locked_tip())
        side = max(14, self.fontMetrics().height())
        self.setFixedSize(QSize(side, side))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor("#5f6368")
        size = float(self.width())
        body = QRectF(size * 0.18, size * 0.45, size * 0.64, size * 0.47)
        pen = QPen(colour, max(1.5, size * 0.11))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        shackle = QRectF(size * 0.3, size * 0.1, size * 0.4, size * 0.6)
        painter.drawArc(shackle, 0, 180 * 16)
        painter.drawLine(QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), body.top()))
        painter.drawLine(QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), body.top()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(body, size * 0.08, size * 0.08)


def mark_if_locked(widget: QWidget, policy: Policy, *names: str) -> QWidget:
    """`widget` as it goes into a form: when the policy locks any of `names`, disabled, with the padlock beside it
    and the tooltip; else `widget` itself, untouched."""
    if not any(policy.locked(name) for name in names):
        return widget
    widget.setEnabled(False)
    widget.setToolTip(locked_tip())
    row = QWidget(widget.parentWidget())
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    expanding = bool(widget.sizePolicy().horizontalPolicy().value & QSizePolicy.PolicyFlag.ExpandFlag.value)
    layout.addWidget(widget, 1 if expanding else 0)  # a line edit keeps its width; a combo box its own size
    layout.addWidget(LockMark(row))
    if not expanding:
        layout.addStretch(1)
    return row
