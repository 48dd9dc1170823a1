"""A new passphrase, typed twice, with its verdict as it is typed: the first-run wizard's and the application
manager's (a new account, a passphrase reset)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.errors import TerugkeerError
from app.workspace.passphrase import check_strength
from ui.texts.messages import error_text


def passphrase_problem(passphrase: str, repeat: str) -> str:
    """What is wrong with a new passphrase typed twice, in words; "" when nothing is."""
    try:
        check_strength(passphrase)
    except TerugkeerError as error:
        return error_text(error)
    if repeat != passphrase:
        return error_text(TerugkeerError("passphrase_mismatch"))
    return ""


class PassphraseFields(QObject):
    """The two fields as rows of `form`, and the verdict below them (`changed` on every key). With `optional` (an
    account on the server that logs in with single sign-on) both may stay empty."""

    changed = Signal()

    def __init__(self, parent: QWidget, form: QFormLayout, *, optional: bool = False) -> None:
        super().__init__(parent)
        self._optional = optional
        self.passphrase, self.repeat = QLineEdit(parent), QLineEdit(parent)
        for edit, object_name, name in (
                (self.passphrase, "newPassphrase", QCoreApplication.translate("PassphraseFields", "Passphrase")),
                (self.repeat, "repeatPassphrase", QCoreApplication.translate("PassphraseFields", "Repeat passphrase"))):
            edit.setObjectName(object_name)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            edit.textChanged.connect(self._judge)
        self.verdict = QLabel(parent)
        self.verdict.setObjectName("passphraseVerdict")
        self.verdict.setWordWrap(True)
        form.addRow(QCoreApplication.translate("PassphraseFields", "&Passphrase:"), self.passphrase)
        form.addRow(QCoreApplication.translate("PassphraseFields", "&Repeat:"), self.repeat)
        form.addRow(self.verdict)

    def problem(self) -> str:
        """What is wrong, in words; "" when the passphrase may be used (or, optional, is left empty)."""
        if self._optional and not self.passphrase.text() and not self.repeat.text():
            return ""
        return passphrase_problem(self.passphrase.text(), self.repeat.text())

    def is_acceptable(self) -> bool:
        return (bool(self.passphrase.text()) or self._optional) and not self.problem()

    def value(self) -> str | None:
        """The passphrase; None when it was left empty."""
        return self.passphrase.text() or None

    def _judge(self) -> None:
        problem = self.problem() if self.passphrase.text() else ""
        self.verdict.setStyleSheet("color: #b00020" if problem else "color: #1b5e20")
        self.verdict.setText(problem or (QCoreApplication.translate("PassphraseFields", "Good passphrase.")
                                         if self.passphrase.text() else ""))
        self.changed.emit()
