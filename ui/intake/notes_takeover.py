"""Taking the intake's notes of a domain over into the plan's situation of that domain, with one button.

Typed text is never replaced: the notes go below what is there, after an empty line, as one edit that Ctrl+Z takes
back. The button is off while the domain has no notes, or while the situation already holds them.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QWidget


def take_over(situation: QPlainTextEdit, notes: str) -> None:
    """Append `notes` to the situation (or fill it when empty), undoable, with the cursor after them."""
    text = notes.strip()
    if not text:
        return
    current = situation.toPlainText()
    cursor = QTextCursor(situation.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.beginEditBlock()
    if current.strip():
        cursor.insertText("\n" if current.endswith("\n") else "\n\n")
    cursor.insertText(text)
    cursor.endEditBlock()
    situation.setTextCursor(cursor)


class TakeOverButton(QPushButton):
    """"Take over the notes from the intake" for one domain: `notes` is the domain page's notes field."""

    def __init__(self, situation: QPlainTextEdit, notes: QPlainTextEdit, domain_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Take over the notes from the intake"), parent)
        self._situation, self._notes = situation, notes
        self.setAccessibleName(self.tr("Take over the intake notes of {domain}").format(domain=domain_label))
        self.clicked.connect(self._take_over)
        situation.textChanged.connect(self._update)
        notes.textChanged.connect(self._update)
        self._update()

    def _take_over(self) -> None:
        take_over(self._situation, self._notes.toPlainText())
        self._situation.setFocus()

    def _update(self) -> None:
        notes = self._notes.toPlainText().strip()
        already = bool(notes) and notes in self._situation.toPlainText()
        self.setEnabled(bool(notes) and not already)
        self.setToolTip(
            self.tr("There are no notes for this domain in the intake") if not notes else
            self.tr("The situation already holds the notes of the intake") if already else
            self.tr("Adds the notes of this domain's intake step below the situation; nothing typed is replaced"))
