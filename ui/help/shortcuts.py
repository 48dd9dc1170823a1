"""Help → Shortcuts: every key the user can press, read from the menus as they are (so a new menu item with a
shortcut shows up by itself) and from the screens' own shortcuts, which have no text to read and are described in
`screen_shortcuts`. tests/ui/test_help.py holds the screens' QShortcut objects to that list."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMainWindow, QMenu, QVBoxLayout, QWidget

from ui.widgets.simple_table import SimpleTable

StandardKey = QKeySequence.StandardKey


@dataclass(frozen=True)
class Shortcut:
    keys: tuple[QKeySequence, ...]
    what: str
    where: str

    def shown(self) -> str:
        """The keys as this platform writes them, alternatives joined by "or"."""
        joiner = QCoreApplication.translate("Shortcuts", " or ")
        return joiner.join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in self.keys)


def plain(text: str) -> str:
    """A menu text without its Alt-letter marker and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def menu_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """The shortcuts of the menu actions the user sees now, in menu order."""
    found = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and top.isVisible():
            for action in _visible_actions(menu):
                found.append(Shortcut(tuple(action.shortcuts()), plain(action.text()), plain(menu.title())))
    return found


def _visible_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            if action.isVisible():
                yield from _visible_actions(submenu)
        elif action.isVisible() and action.shortcuts():
            yield action


def _keys(*keys: str | StandardKey) -> tuple[QKeySequence, ...]:
    return tuple(QKeySequence(key) for key in keys)


def screen_shortcuts() -> list[Shortcut]:
    """The keys that work on one screen only (QShortcut objects and the register's own keys)."""
    register = QCoreApplication.translate("Shortcuts", "Register")
    case = QCoreApplication.translate("Shortcuts", "Case file")
    intake = QCoreApplication.translate("Shortcuts", "Intake and plan")
    consent = QCoreApplication.translate("Shortcuts", "Consent and legal basis")
    preview = QCoreApplication.translate("Shortcuts", "Document preview")
    dates = QCoreApplication.translate("Shortcuts", "Date fields")
    return [
        Shortcut(_keys("Down"), QCoreApplication.translate("Shortcuts", "From the search field into the list"), register),
        Shortcut(_keys("Return"), QCoreApplication.translate("Shortcuts", "Open the chosen case"), register),
        Shortcut(_keys(StandardKey.Save), QCoreApplication.translate("Shortcuts", "Save the case file"), case),
        Shortcut(_keys(StandardKey.Print), QCoreApplication.translate("Shortcuts", "Preview the plan of approach"), case),
        Shortcut(_keys("Esc"), QCoreApplication.translate("Shortcuts", "Back to the register"), case),
        Shortcut(_keys("Ctrl+PgDown", "Alt+Right"), QCoreApplication.translate("Shortcuts", "Next step"), intake),
        Shortcut(_keys("Ctrl+PgUp", "Alt+Left"), QCoreApplication.translate("Shortcuts", "Previous step"), intake),
        Shortcut(_keys("Ctrl+Shift+N"), QCoreApplication.translate("Shortcuts", "Add a follow-up action"), intake),
        Shortcut(_keys("Ctrl+Return"), QCoreApplication.translate("Shortcuts", "Save the note at once"), intake),
        Shortcut(_keys("Ctrl+S"), QCoreApplication.translate("Shortcuts", "Save what is still waiting at once (everything saves itself)"), intake),
        Shortcut(_keys("Esc"), QCoreApplication.translate("Shortcuts", "Back to the case file"), intake),
        Shortcut(_keys(StandardKey.Save), QCoreApplication.translate("Shortcuts", "Record the consent"), consent),
        Shortcut(_keys("Esc"), QCoreApplication.translate("Shortcuts", "Back to the case file"), consent),
        Shortcut(_keys(StandardKey.Print), QCoreApplication.translate("Shortcuts", "Print the document"), preview),
        Shortcut(_keys(StandardKey.Save), QCoreApplication.translate("Shortcuts", "Save the document as a PDF file"), preview),
        Shortcut(_keys(StandardKey.ZoomIn), QCoreApplication.translate("Shortcuts", "Zoom in"), preview),
        Shortcut(_keys(StandardKey.ZoomOut), QCoreApplication.translate("Shortcuts", "Zoom out"), preview),
        Shortcut(_keys("Del"), QCoreApplication.translate("Shortcuts", "Empty a date that may be empty (or click its Clear date button)"), dates),
    ]


class ShortcutsDialog(QDialog):
    """The menus' shortcuts of `window` as it is now, then the screens' own."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Shortcuts"))
        self.shortcuts = menu_shortcuts(window) + screen_shortcuts()
        self.table = SimpleTable([self.tr("Keys"), self.tr("What it does"), self.tr("Where")], 1,
                                 self.tr("Shortcuts"), self)
        self.table.setObjectName("shortcutsTable")
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.show_rows([((shortcut.shown(), shortcut.what, shortcut.where), index)
                              for index, shortcut in enumerate(self.shortcuts)], select_first=False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Every key works without the mouse. Alt with the underlined letter chooses a button "
                               "or field; Tab moves on."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(QSize(880, 580))
