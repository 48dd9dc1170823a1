"""A scroll area around a form or list that grows with the window and scrolls when the window is too small."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scroll_area(content: QWidget, parent: QWidget | None, name: str = "", frameless: bool = True,
                accessible_name: str = "") -> QScrollArea:
    """`content` in a scroll area that resizes it to the area's width; without a frame unless asked.

    Tab goes straight to the fields inside (the area scrolls to the field that has the focus), unless the area has
    an `accessible_name`: then it is a stop of its own, so that content without fields can be scrolled with the
    keys, and a screen reader names it."""
    scroll = QScrollArea(parent)
    if name:
        scroll.setObjectName(name)
    if accessible_name:
        scroll.setAccessibleName(accessible_name)
    else:
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    if frameless:
        scroll.setFrameShape(QFrame.Shape.NoFrame)
    return scroll
