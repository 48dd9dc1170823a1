"""The small pieces every screen builds with: a push button wired to its slot, and the Tab order of a row of inputs."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtWidgets import QPushButton, QWidget


def push_button(parent: QWidget, text: str, object_name: str, slot: Callable[[], object],
                tip: str = "") -> QPushButton:
    """A button labelled `text` (with its Alt+letter), found by tests under `object_name`, calling `slot`."""
    button = QPushButton(text, parent)
    button.setObjectName(object_name)
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def chain_tab_order(*widgets: QWidget) -> None:
    """Tab moves through `widgets` in the order given."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
