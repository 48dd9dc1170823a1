"""Types into the intake like a person does, for the kill test (tests/ui/test_intake_kill.py).

Usage: type_intake.py WORKSPACE_FOLDER CASE_ID, with the passphrase in TERUGKEER_PASSPHRASE.

Unlocks the workspace, shows the intake screen of the case and types FIELDS one after another: a key every KEY_MS, then
Tab to move on, then PAUSE_MS before the next field. After each key it prints "KEY <field> <keys so far>", after each
field has been typed and left "FIELD <n> DONE" (flushed). Driven by QTimer.singleShot chains inside app.exec(), never by
processEvents loops. Exits 0 after the last field was written; the test kills it long before that.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.settings import Settings
from app.workspace.folder import unlock
from ui.context import WorkspaceContext
from ui.intake.screen import IntakeScreen
from ui.operations import Operations

KEY_MS = 30
PAUSE_MS = 150
# (step, object name of the field, text): distinct values, on several pages, plain ASCII (QTest types no other).
FIELDS: tuple[tuple[str, str, str], ...] = (
    ("domain:id_document", "notes_id_document", "eerste notitie id"),
    ("domain:housing", "item_address_after_release", "Kerkstraat 2"),
    ("domain:housing", "notes_housing", "derde notitie wonen"),
    ("domain:income_work", "notes_income_work", "vierde notitie inkomen"),
    ("domain:care", "item_care_provider", "GGZ Vijfde"),
    ("domain:care", "notes_care", "zesde notitie zorg"),  # same page as the fifth: only leaving it writes that
    ("domain:debts", "notes_debts", "zevende notitie schulden"),
    ("triage", "directionReasonEdit", "achtste reden"),
    ("plan", "agreementsEdit", "negende afspraak"),
    ("plan", "contactPersonsEdit", "tiende contact"),
)


def main() -> int:
    folder, case_id = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([])
    workspace = unlock(folder, os.environ["TERUGKEER_PASSPHRASE"])
    operations = Operations()
    context = WorkspaceContext(workspace, operations, Settings(), Path(os.environ["XDG_CONFIG_HOME"]) / "terugkeer")
    screen = IntakeScreen(context)
    screen.resize(1366, 768)
    screen.show()
    screen.activateWindow()

    def later(milliseconds: int, then: Callable[[], None]) -> None:
        QTimer.singleShot(milliseconds, then)

    def start_field(number: int) -> None:
        if number > len(FIELDS):
            screen.flush()
            operations.wait_until_idle()
            workspace.lock()
            app.quit()
            return
        step, name, text = FIELDS[number - 1]
        screen.go_to_step(step, focus_input=False)
        field = screen.findChild(QWidget, name)
        assert field is not None, name
        field.setFocus()
        later(KEY_MS, lambda: type_key(number, field, text, 0))

    def type_key(number: int, field: QWidget, text: str, typed: int) -> None:
        if typed < len(text):
            QTest.keyClick(field, text[typed])
            print(f"KEY {number} {typed + 1}", flush=True)
            later(KEY_MS, lambda: type_key(number, field, text, typed + 1))
            return
        QTest.keyClick(field, Qt.Key.Key_Tab)  # moving on writes the field at once
        print(f"FIELD {number} DONE", flush=True)
        later(PAUSE_MS, lambda: start_field(number + 1))

    screen.loaded.connect(lambda: later(100, lambda: start_field(1)))
    screen.open_intake(case_id)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
