"""Regenerate the screenshots of the user guide (resources/manual/img) from the running app, so they stay true.

Usage (from the repository root; `make manual-shots` does this):
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/manual_screenshots.py [OUT_FOLDER]

Makes two demo workspaces (fictional people, a weak KDF: they are thrown away), opens the main window in Dutch at
1366×768 on each, shows the screens the guide describes and grabs them. Each image is scaled to WIDTH pixels and
reduced to 256 colours, so the guide's images stay well under 1.5 MB together.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from app.casework.register import load_register
from app.demo.workspace import create_demo_workspace
from app.domain import CaseStatus, WorkspaceKind
from app.policy import Policy
from app.settings import Settings
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace
from ui.i18n import install_translations
from ui.main_window import MainWindow
from ui.workspace_view import WorkspaceView

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "manual" / "img"
SIZE = (1366, 768)
WIDTH = 900
DEMO_KDF = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)  # a throwaway demo: no need for a strong key
PASSPHRASE = "paarse olifant danst op het dak"
TIMEOUT_S = 60


def wait_for(app: QApplication, done: Callable[[], bool], what: str) -> None:
    """Run the event loop until `done()` (a script, not a test: a deadline in wall-clock time is fine here)."""
    deadline = time.monotonic() + TIMEOUT_S
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle(app: QApplication, window: MainWindow) -> None:
    wait_for(app, lambda: not window.operations.busy, "the worker")
    for _ in range(5):  # layouts and deferred paints
        app.processEvents()


def save(widget: QWidget, folder: Path, name: str) -> None:
    image = widget.grab().toImage().scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    path = folder / f"{name}.png"
    if not image.save(str(path), "PNG", 0):  # 0: smallest file
        raise SystemExit(f"could not write {path}")
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {path.stat().st_size // 1024} kB")


def open_window(app: QApplication, workspace: OpenWorkspace, config: Path) -> tuple[MainWindow, WorkspaceView]:
    window = MainWindow(Settings(language="nl"), config, Policy())
    window.resize(*SIZE)
    window.show()
    window.open_workspace(workspace)
    settle(app, window)
    assert window.view is not None
    return window, window.view


def coordinator_screens(app: QApplication, folder: Path, out: Path) -> None:
    workspace = create_demo_workspace(folder / "laptop", PASSPHRASE, 60, WorkspaceKind.COORDINATOR, DEMO_KDF)
    with_plan = next(row for row in load_register(workspace, frozenset()) if row.status is CaseStatus.PLAN)
    window, view = open_window(app, workspace, folder / "config-laptop")
    save(window, out, "register")

    view.open_case(with_plan.case_id)
    wait_for(app, lambda: view.case_screen.isVisible(), "the case file")
    settle(app, window)
    save(window, out, "dossier")

    view.open_intake(with_plan.case_id)
    settle(app, window)
    view.intake_screen.go_to_step("domain:housing")
    settle(app, window)
    save(window, out, "intake")
    view.intake_screen.go_to_step("plan")
    settle(app, window)
    save(window, out, "plan")

    view.open_consent(with_plan.case_id)
    settle(app, window)
    save(window, out, "toestemming")

    view.show_sync()
    settle(app, window)
    save(window, out, "synchronisatie")

    window.lock(ask=False)
    settle(app, window)
    save(window, out, "ontgrendelen")
    window.close()


def back_office_screens(app: QApplication, folder: Path, out: Path) -> None:
    workspace = create_demo_workspace(folder / "office", PASSPHRASE, 120, WorkspaceKind.BACKOFFICE, DEMO_KDF)
    window, view = open_window(app, workspace, folder / "config-office")
    for name, show in (("meldingen", view.show_notifications), ("monitor", view.show_monitor),
                       ("auditlog", view.show_audit), ("accounts", view.show_accounts)):
        show()
        settle(app, window)
        save(window, out, name)
    window.lock(ask=False)
    settle(app, window)
    window.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translations(app, "nl")
    with tempfile.TemporaryDirectory(prefix="terugkeer-shots-") as temporary:
        coordinator_screens(app, Path(temporary), out)
        back_office_screens(app, Path(temporary), out)
    total = sum(path.stat().st_size for path in out.glob("*.png"))
    print(f"{len(list(out.glob('*.png')))} images, {total // 1024} kB together")
    return 0


if __name__ == "__main__":
    sys.exit(main())
