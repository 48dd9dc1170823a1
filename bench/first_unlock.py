"""The first unlock of a returning user, as the app does it (issue 16): the app starts on the unlock screen of a
demo workspace (2,000 cases, a fast KDF), the passphrase is typed key by key once the screen has painted (one key
every TYPE_MS), then Enter; measured until the register has painted. While the user types, the worker loads what
the unlock needs (ui/workspace/preload.py); the typing rows say whether that fights the GUI thread (how late the
typing timer fired: median and worst, in ms).

    python bench/first_unlock.py [RUNS]    (QT_QPA_PLATFORM=offscreen; each run in a fresh process)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "benchmark passphrase only"
CASES = 2_000
TYPE_MS = 120


def make_home(home: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from app.demo.workspace import create_demo_workspace
    from app.workspace.keyfile import KdfParams

    folder = home / ".local" / "share" / "Terugkeer" / "werkmap"  # ui.paths.default_workspace_folder on Linux
    folder.parent.mkdir(parents=True)
    create_demo_workspace(folder, PASSPHRASE, CASES, kdf=KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)).lock()


def first_unlock() -> dict[str, float]:
    """Runs in a fresh process whose home folder holds the workspace."""
    started = time.perf_counter()
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.policy import load_policy
    from ui import gui
    from ui.cli.common import effective_settings
    from ui.i18n import install_translations
    from ui.main_window import MainWindow
    from ui.paths import set_application_identity

    set_application_identity()
    app = QApplication(sys.argv[:1])
    install_translations(app, effective_settings(load_policy()).language)
    figures: dict[str, float] = {}
    late: list[float] = []
    entered = [0.0]
    open_workspace = MainWindow.open_workspace

    def open_and_time(window: MainWindow, workspace: object) -> None:
        open_workspace(window, workspace)
        assert window.view is not None
        register = window.view.register_screen

        def painted() -> None:
            register.repaint()
            figures["enter_to_register_s"] = time.perf_counter() - entered[0]
            QCoreApplication.quit()

        register.loaded.connect(painted)

    MainWindow.open_workspace = open_and_time
    window = gui.build_main_window(app, None, None)
    assert window is not None
    due = [0.0]

    def type_next() -> None:
        late.append(time.perf_counter() - due[0])
        field = window.unlock_screen.passphrase
        if len(field.text()) < len(PASSPHRASE):
            QTest.keyClick(field, PASSPHRASE[len(field.text())])
            due[0] = time.perf_counter() + TYPE_MS / 1000
            QTimer.singleShot(TYPE_MS, type_next)
        else:
            entered[0] = time.perf_counter()
            QTest.keyClick(field, Qt.Key.Key_Return)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is window:
                figures["start_to_unlock_screen_s"] = time.perf_counter() - started
                app.removeEventFilter(self)
                due[0] = time.perf_counter() + TYPE_MS / 1000
                QTimer.singleShot(TYPE_MS, type_next)
            return False

    probe = FirstPaint()
    app.installEventFilter(probe)
    gui.show_fitting(window)
    app.exec()
    figures["typing_late_median_ms"] = statistics.median(late) * 1000
    figures["typing_late_max_ms"] = max(late) * 1000
    return figures


def main(runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="terugkeer-unlock-") as temporary:
        home = Path(temporary)
        env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        subprocess.run([sys.executable, __file__, "--make-home"], env=env, check=True)
        results = [json.loads(subprocess.run([sys.executable, __file__, "--run"], env=env, check=True,
                                             capture_output=True, text=True).stdout.splitlines()[-1])
                   for _ in range(runs)]
    for key in results[0]:
        values = [result[key] for result in results]
        print(f"{key:28} median {statistics.median(values):8.3f}   runs {' '.join(f'{v:.3f}' for v in values)}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--make-home"]:
        make_home(Path(os.environ["HOME"]))
    elif sys.argv[1:2] == ["--run"]:
        print(json.dumps(first_unlock()))
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
