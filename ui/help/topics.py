"""Which section of the guide belongs to the screen in front of the user (F1 is context-sensitive).

A screen may say so itself with a `help_topic` attribute; the screens of today are named here by their class, so
that they need not know about the guide. tests/ui/test_help.py holds every screen of an open workspace to a topic
and every topic to an anchor of the guide.
"""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

START_TOPIC = "welkom"
SCREEN_TOPICS: dict[str, str] = {
    "UnlockScreen": "ontgrendelen",
    "ServerLoginScreen": "inloggen-server",
    "RegisterScreen": "register",
    "CaseScreen": "dossier",
    "IntakeScreen": "intake",
    "ConsentScreen": "toestemming",
    "SyncScreen": "synchronisatie",
    "NotificationsScreen": "meldingen",
    "MonitorScreen": "monitor",
    "AuditScreen": "auditlog",
    "AccountsScreen": "accounts",
}


def shown_screen(root: QWidget | None) -> QWidget | None:
    """The screen on top: `root`, or the current page of the stacks within it."""
    while isinstance(root, QStackedWidget):
        root = root.currentWidget()
    return root


def topic_for(widget: QWidget | None) -> str:
    """The guide's anchor for `widget` or the nearest of its parents that has one; else the start of the guide."""
    while widget is not None:
        topic = getattr(widget, "help_topic", None) or SCREEN_TOPICS.get(type(widget).__name__)
        if isinstance(topic, str):
            return topic
        widget = widget.parentWidget()
    return START_TOPIC
