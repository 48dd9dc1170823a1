"""The icons of the menus, the toolbar and the key buttons: one set (Bootstrap Icons, MIT, see
resources/icons/README.md), drawn by Qt's SVG icon engine at any size and scale."""

from __future__ import annotations

from enum import Enum
from functools import cache
from importlib.resources import files
from pathlib import Path

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QAbstractButton

ICON_SET = "Bootstrap Icons"
ICON_SET_VERSION = "1.10.3"


class Icon(Enum):
    """What an icon means in Terugkeer → the file name of the icon set that shows it."""

    NEW_CASE = "person-plus"
    FIND = "search"
    REGISTER = "card-list"
    AUDIT = "journal-text"
    SYNC = "arrow-repeat"
    NOTIFICATIONS = "bell"
    MONITOR = "bar-chart-line"
    ACCOUNTS = "people"
    PURGE = "trash3"
    RETENTION = "hourglass-split"
    LOCK = "lock"
    QUIT = "box-arrow-right"
    SETTINGS = "gear"
    GUIDE = "book"
    SHORTCUTS = "keyboard"
    ABOUT = "info-circle"
    PRINT = "printer"
    SAVE = "save"
    SAVE_PDF = "file-earmark-pdf"
    BACK = "arrow-left"
    CONSENT = "pen"
    INTAKE = "clipboard-check"
    PLAN = "file-earmark-text"
    REFRESH = "arrow-clockwise"
    VERIFY = "shield-check"
    OPEN_WORKSPACE = "folder2-open"
    RECENT_WORKSPACES = "clock-history"
    NEW_WORKSPACE = "folder-plus"
    DEMO = "easel"
    CLEAR_DATE = "x-circle"


def icon_folder() -> Path:
    return Path(str(files("resources") / "icons" / "actions"))


def icon_path(which: Icon) -> Path:
    return icon_folder() / f"{which.value}.svg"


@cache
def icon(which: Icon) -> QIcon:
    """The icon `which` (made once: a QIcon is a cheap shared handle)."""
    return QIcon(str(icon_path(which)))


def decorate(target: QAction | QAbstractButton, which: Icon) -> None:
    """Give a menu action or a button its icon."""
    target.setIcon(icon(which))
