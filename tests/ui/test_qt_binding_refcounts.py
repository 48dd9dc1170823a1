"""Guard against the PySide6 6.12.0 refcount bug: every call of a void method released a reference to None,
so a long session on CPython 3.11 aborted with 'none_dealloc'. The pin in pyproject.toml keeps it away."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel

CALLS = 20_000


def test_void_qt_calls_keep_the_reference_count_of_none(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
        qapp.processEvents()
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 100, f"{lost} references to None lost in {CALLS} void calls: the Qt binding is broken"
