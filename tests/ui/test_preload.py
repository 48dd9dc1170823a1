"""While the user types the passphrase, what the first unlock needs loads on the worker: after the unlock screen has
painted, ahead of the unlock, without counting as work that keeps the window busy."""

from __future__ import annotations

import importlib.util
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.workspace.session import OpenWorkspace
from ui.gui import build_main_window
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.workspace import preload
from ui.workspace.preload import WORKSPACE_MODULES, after_first_paint


def test_preparing_runs_ahead_of_the_next_operation_and_is_not_busy(qtbot: QtBot) -> None:
    operations = Operations()
    release, order, done = threading.Event(), [], []
    operations.prepare(lambda: (release.wait(), order.append("prepared")))
    assert not operations.busy
    operations.read(None, lambda _progress: order.append("read")).success(done.append).run()
    release.set()
    qtbot.waitUntil(lambda: bool(done))
    assert order == ["prepared", "read"]


def test_a_failed_preparation_is_left_to_the_operation_that_needs_it(qtbot: QtBot) -> None:
    operations, done = Operations(), []
    operations.prepare(lambda: importlib.import_module("no_such_module_here"))
    operations.read(None, lambda _progress: "read").success(done.append).run()
    qtbot.waitUntil(lambda: bool(done))
    assert done == ["read"]


def test_the_call_comes_once_the_window_has_painted(qtbot: QtBot) -> None:
    window, calls = QWidget(), []
    qtbot.addWidget(window)
    after_first_paint(window, lambda: calls.append("painted"))
    assert calls == []
    window.show()
    qtbot.waitUntil(lambda: bool(calls))
    window.repaint()
    QApplication.processEvents()
    assert calls == ["painted"]  # once


def test_the_listed_modules_exist() -> None:
    assert all(importlib.util.find_spec(name) is not None for name in WORKSPACE_MODULES)


def test_the_unlock_screen_loads_the_workspace_modules_once_painted(
        qtbot: QtBot, qapp: QApplication, private_home: Path, workspace: OpenWorkspace,
        monkeypatch: pytest.MonkeyPatch) -> None:
    workspace.lock()
    monkeypatch.setattr(preload, "WORKSPACE_MODULES", ("colorsys",))  # a module this process has not loaded yet
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    window = build_main_window(qapp, workspace.folder, None)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.unlock_screen
    window.show()
    qtbot.waitUntil(lambda: "colorsys" in sys.modules)
    assert not window.operations.busy
