"""Adding and revoking a device: the two decisions of synchronisation that people make, not the program.

Adding shows the key file's device and its fingerprint in large type, to compare with what the other side reads
out; revoking asks for a reason and says plainly that later bundles of the device will be refused. Like the consent
dialogs, they only collect: the button emits `submitted`, the dialog stays open until the screen's write succeeded
(`finish()`), and a refusal is shown without losing what was typed (`show_error()`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.sync.device import Peer
from app.sync.identity import PublicIdentity
from ui.texts.sync import device_kind_label
from ui.widgets.submit_dialog import WARNING_STYLE, SubmitDialog

REASON_MAX_LENGTH = 200


class FingerprintLabel(QLabel):
    """A fingerprint in large monospaced type, selectable (to copy it into an e-mail)."""

    def __init__(self, fingerprint: str = "", parent: QWidget | None = None, point_size: int = 18) -> None:
        super().__init__(fingerprint, parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(point_size)
        font.setWeight(QFont.Weight.DemiBold)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        self.setFont(font)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTextFormat(Qt.TextFormat.PlainText)


class EnrollDialog(SubmitDialog):
    """Shows the device of a key file and its fingerprint; "matches, add" submits the identity."""

    def __init__(self, incoming: PublicIdentity, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add device"), self.tr("Fingerprint matches, &add"), parent)
        self.setObjectName("enrollDialog")
        self._incoming = incoming
        intro = QLabel(self.tr("Ask the other side to read out the fingerprint of their device (by phone, or from paper), and compare it group by group with the one below. Add the device only when every group matches."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self._value_label(incoming.label, "identityLabel"))
        form.addRow(self.tr("Kind:"), self._value_label(device_kind_label(incoming.kind), "identityKind"))
        form.addRow(self.tr("Municipality:"), self._value_label(incoming.municipality, "identityMunicipality"))
        heading = QLabel(self.tr("Fingerprint"), self)
        self.fingerprint = FingerprintLabel(incoming.device.fingerprint, self, point_size=22)
        self.fingerprint.setObjectName("identityFingerprint")
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        warning = QLabel(self.tr("If a single character differs, do not add the device: the file may not come from the other side."), self)
        warning.setWordWrap(True)
        self.content.addWidget(intro)
        self.content.addLayout(form)
        self.content.addSpacing(8)
        self.content.addWidget(heading)
        self.content.addWidget(self.fingerprint)
        self.content.addWidget(warning)
        self.content.addSpacing(8)
        self.content.addWidget(self.buttons)
        self.setMinimumWidth(max(560, self.fingerprint.sizeHint().width() + 60))

    def _value_label(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # a label in a key file is not markup
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def value(self) -> PublicIdentity:
        return self._incoming


class RevokeDeviceDialog(SubmitDialog):
    """Asks why a device is revoked (required) after saying what that means; submits the reason."""

    def __init__(self, peer: Peer, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Revoke device"), self.tr("&Revoke device"), parent)
        self.setObjectName("revokeDeviceDialog")
        question = QLabel(self.tr("Revoke {label} ({kind})?").format(label=peer.label, kind=device_kind_label(peer.kind)), self)
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setWordWrap(True)
        warning = QLabel(self.tr("Every bundle this device makes from now on will be refused here, and no bundles are made for it any more. This cannot be undone: a device that is revoked cannot be added again. Do this when a laptop is lost or stolen, or is no longer used."), self)
        warning.setObjectName("revokeWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet(WARNING_STYLE)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("revokeReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setMaxLength(REASON_MAX_LENGTH)
        self.reason.setPlaceholderText(self.tr("for example: laptop lost on 14 June"))
        self.reason.textChanged.connect(self._update_button)
        form = QFormLayout()
        form.addRow(self.tr("R&eason (required):"), self.reason)
        reason_label = form.labelForField(self.reason)
        if isinstance(reason_label, QLabel):
            reason_label.setBuddy(self.reason)
        self.content.addWidget(question)
        self.content.addWidget(warning)
        self.content.addLayout(form)
        self.content.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._update_button()
        self.reason.setFocus()

    def _update_button(self) -> None:
        self.confirm_button.setEnabled(bool(self.reason.text().strip()))

    def value(self) -> str:
        return self.reason.text().strip()
