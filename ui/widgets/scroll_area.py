"""A scroll area around a form or list that grows with the window and scrolls when the window is too small."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scroll_area(content: QWidget, parent: QWidget, name: str = "", frameless: bool = True) -> QScrollArea:
    """`content` in a scroll area that resizes it to the area's width; without a frame unless asked."""
    scroll = QScrollArea(parent)
    if name:
        scroll.setObjectName(name)
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    if frameless:
        scroll.setFrameShape(QFrame.Shape.NoFrame)
    return scroll
