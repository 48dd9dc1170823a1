"""What a screen reader gets from a screen: the name of each focusable widget, and the order Tab visits them in."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot


def focusable(root: QWidget) -> list[QWidget]:
    """The visible widgets under `root` (and `root` itself) that Tab can reach, enabled or not."""
    widgets = [root, *root.findChildren(QWidget)]
    return [widget for widget in widgets
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()
            and not _inside_another_widget(widget)]


def _inside_another_widget(widget: QWidget) -> bool:
    """A part of a composite widget (a spin box's line edit, a scroll area's viewport): the whole is named."""
    parent = widget.parentWidget()
    return parent is not None and (parent.focusProxy() is widget or widget.focusProxy() is parent or (
        isinstance(parent, QAbstractScrollArea) and widget is parent.viewport()))


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces for `widget` (Qt's own: its accessible name, its text, its buddy)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or '(no object name)'} under " \
           f"{type(widget.parentWidget()).__name__ if widget.parentWidget() else '-'}"


def unnamed(root: QWidget) -> list[str]:
    """The focusable widgets under `root` a screen reader has no name for. A combo box's name is its current choice
    ("All users") on Linux, where its label reaches the screen reader as a relation: it needs a name of its own or
    a buddy label."""
    labels = root.window().findChildren(QLabel)
    return [describe(widget) for widget in focusable(root)
            if not spoken_name(widget) or (isinstance(widget, QComboBox) and not widget.accessibleName()
                                           and not any(label.buddy() is widget for label in labels))]


def tab_walk(qtbot: QtBot, root: QWidget, first: QWidget, limit: int = 200) -> list[QWidget]:
    """The widgets Tab visits from `first`, pressing Tab until the focus comes back to `first` or leaves `root`."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=2000)
    visited = [first]
    for _step in range(limit):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        reached = QApplication.focusWidget()
        if reached is None or reached is first or not (reached is root or root.isAncestorOf(reached)):
            break
        visited.append(reached)
    return visited


def backward_jumps(root: QWidget, visited: list[QWidget]) -> list[str]:
    """The steps of the walk that go up to a field above the previous one. A row's fields may stand side by side
    (a step to the right at the same height, or down, is in order), and a form may have columns: a step up into
    a column wholly to the right of the field before starts the next column."""
    jumps = []
    for before, after in pairwise(visited):
        where_before, where_after = _place(root, before), _place(root, after)
        upwards = where_after.y() < where_before.y() - before.height() // 2
        next_column = where_after.x() >= where_before.x() + before.width()
        if upwards and not next_column:
            jumps.append(f"{describe(before)} ({where_before.x()}, {where_before.y()}) → "
                         f"{describe(after)} ({where_after.x()}, {where_after.y()})")
    return jumps


def _place(root: QWidget, widget: QWidget) -> QPoint:
    return widget.mapTo(root, QPoint(0, 0))
