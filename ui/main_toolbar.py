"""The main window's toolbar and the icons of its menus. The toolbar holds the very QActions of the menus (new case,
find in the register, synchronisation, print plan, lock), so a button does what its menu item does, shows only when
the account may use it, and has the same shortcut."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QToolBar

from ui.icons import Icon, decorate

if TYPE_CHECKING:
    from ui.main_window import MainWindow

TOOLBAR_ICON_SIZE = 20


def decorate_menus(window: MainWindow) -> None:
    """Every menu item of the main window with an icon of the one icon set."""
    for action, which in ((window.new_case_action, Icon.NEW_CASE), (window.find_action, Icon.FIND),
                          (window.print_plan_action, Icon.PRINT), (window.lock_action, Icon.LOCK),
                          (window.quit_action, Icon.QUIT), (window.register_action, Icon.REGISTER),
                          (window.audit_action, Icon.AUDIT), (window.sync_action, Icon.SYNC),
                          (window.notifications_action, Icon.NOTIFICATIONS), (window.monitor_action, Icon.MONITOR),
                          (window.accounts_action, Icon.ACCOUNTS), (window.purge_action, Icon.PURGE),
                          (window.retention_action, Icon.RETENTION), (window.settings_action, Icon.SETTINGS),
                          (window.help_menu.guide_action, Icon.GUIDE),
                          (window.help_menu.shortcuts_action, Icon.SHORTCUTS),
                          (window.help_menu.about_action, Icon.ABOUT),
                          (window.workspaces.open_action, Icon.OPEN_WORKSPACE),
                          (window.workspaces.recent_menu.menuAction(), Icon.RECENT_WORKSPACES),
                          (window.workspaces.new_action, Icon.NEW_WORKSPACE),
                          (window.workspaces.demo_menu.menuAction(), Icon.DEMO)):
        decorate(action, which)


def build_toolbar(window: MainWindow) -> QToolBar:
    """The toolbar of the main actions, text beside each icon (a new user reads what a button does). It is shown
    only while a workspace is open."""
    toolbar = QToolBar(QCoreApplication.translate("MainToolbar", "Main actions"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setAccessibleName(QCoreApplication.translate("MainToolbar", "Main actions"))
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    toolbar.setIconSize(QSize(TOOLBAR_ICON_SIZE, TOOLBAR_ICON_SIZE))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.toggleViewAction().setVisible(False)  # no "hide the toolbar" on a right-click: it would stay hidden
    for action in (window.new_case_action, window.find_action, window.sync_action, window.print_plan_action):
        toolbar.addAction(action)
    toolbar.addSeparator()
    toolbar.addAction(window.lock_action)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar
