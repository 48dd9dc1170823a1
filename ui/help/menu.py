"""The Help menu of the main window: the user guide (F1, at the section of the screen in front of the user), the
shortcuts and About. It is there locked and unlocked alike; nothing in it shows personal data."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

from ui.help.help_window import HelpWindow
from ui.help.shortcuts import ShortcutsDialog
from ui.help.topics import shown_screen, topic_for


class HelpMenu(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.help_window: HelpWindow | None = None
        menu = window.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&User guide"), window)
        self.guide_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(lambda: self.open_guide())
        self.shortcuts_action = QAction(self.tr("&Shortcuts"), window)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(self.tr("&About Terugkeer"), window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        menu.addAction(self.guide_action)
        menu.addAction(self.shortcuts_action)
        menu.addSeparator()
        menu.addAction(self.about_action)

    def current_topic(self) -> str:
        """The guide's section of what has the focus in the main window, else of the screen it shows."""
        focus = QApplication.focusWidget()
        if focus is not None and self._window.isAncestorOf(focus):
            return topic_for(focus)
        return topic_for(shown_screen(self._window.centralWidget()))

    def open_guide(self, topic: str | None = None) -> HelpWindow:
        """The guide's window at `topic` (by default the current screen's section); made once, then reused."""
        if self.help_window is None:
            self.help_window = HelpWindow(self._window)
        self.help_window.show_topic(topic or self.current_topic())
        return self.help_window

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self._window).exec()

    def show_about(self) -> None:
        from ui.help.about import AboutDialog  # the libraries' metadata and licences: read when asked for

        AboutDialog(self._window).exec()
