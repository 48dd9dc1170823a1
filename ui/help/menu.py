"""The Help menu of the main window: the user guide (F1, at the section of the screen in front of the user), the
shortcuts and About. It is there locked and unlocked alike; nothing in it shows personal data.

F1 works in a modal dialog too. Qt does not fire the main window's shortcut while a modal dialog blocks that window,
and a guide window of the main window would be blocked as well: so every modal dialog, when it first gets the focus,
gets an F1 action of its own, which opens a guide window of its own (a child of the dialog, which the dialog does
not block), at the section of the dialog's screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QWindow
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from ui.help.help_window import HelpWindow
from ui.help.shortcuts import ShortcutsDialog
from ui.help.topics import START_TOPIC, shown_screen, topic_for

_GUIDE_ACTION = "guideInDialog"  # the object name of a modal dialog's own F1 action


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
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusWindowChanged.connect(self._offer_guide_in_dialog)

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

    def _offer_guide_in_dialog(self, _window: QWindow | None) -> None:
        """Give the modal dialog in front, if any, its own F1 action (see the module's docstring)."""
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.findChild(QAction, _GUIDE_ACTION, Qt.FindChildOption.FindDirectChildrenOnly):
            return
        action = QAction(dialog)
        action.setObjectName(_GUIDE_ACTION)
        action.setShortcuts(self.guide_action.shortcuts())
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda: self.open_guide_in(dialog))
        dialog.addAction(action)

    def open_guide_in(self, dialog: QWidget) -> HelpWindow:
        """A guide window of the modal `dialog`, at the section of the dialog (or of its screen, or of the screen
        the main window shows); made once per dialog."""
        guide = dialog.findChild(HelpWindow, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if guide is None:
            guide = HelpWindow(dialog)
        topic = topic_for(dialog)
        guide.show_topic(topic if topic != START_TOPIC else self.current_topic())
        return guide

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self._window).exec()

    def show_about(self) -> None:
        from ui.help.about import AboutDialog  # the libraries' metadata and licences: read when asked for

        AboutDialog(self._window).exec()
