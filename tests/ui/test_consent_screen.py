"""ConsentScreen over a real encrypted workspace: record a consent with a signature drawn on screen, new versions
that keep the history, partial and whole revocation, legal bases, and the badge on the screen, the case screen and
in the register."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import add_case, cell_text, wait_idle

from app.casework import consent
from app.casework.consent import Badge, ConsentFile
from app.casework.consent_terms import DETENTION, IDENTITY, Ground, HowGiven, RevocationScope
from ui import dialogs
from ui.consent.dialogs import AddGroundDialog, EndGroundDialog, RevokeDialog
from ui.consent.screen import ConsentScreen
from ui.consent.signature_pad import SignatureCanvas
from ui.context import WorkspaceContext
from ui.register.model import Column
from ui.register.screen import RegisterScreen
from ui.workspace_view import WorkspaceView

PNG_HEADER = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def screen(qtbot: QtBot, context: WorkspaceContext) -> ConsentScreen:
    widget = ConsentScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()
    return widget


def open_consent(qtbot: QtBot, screen: ConsentScreen, case_id: str) -> None:
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.open_case(case_id)


def stored(context: WorkspaceContext, case_id: str) -> ConsentFile:
    """The consent file as stored, read in a fresh unit of work (call it when the worker is idle)."""
    return consent.consent_file(context.workspace, case_id)


def draw_signature(qtbot: QtBot, canvas: SignatureCanvas) -> None:
    """Two strokes with the mouse, as a person signs."""
    for y in (60, 90):
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(30, y))
        for x in range(40, 260, 12):
            qtbot.mouseMove(canvas, QPoint(x, y + (15 if x % 24 else -15)))
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(270, y))


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press_ok(qtbot: QtBot, dialog: AddGroundDialog | EndGroundDialog | RevokeDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def record_directly(context: WorkspaceContext, case_id: str, recipients: tuple[str, ...] = ("social_team", "probation"),
                    given_on: date | None = None) -> str:
    _changes, consent_id = consent.record_consent(
        context.workspace, case_id, purposes=["aftercare"], categories=[IDENTITY, "housing"],
        recipients=recipients, given_on=given_on or date.today(), how_given=HowGiven.SIGNED_ON_PAPER)
    return consent_id


def test_record_a_consent_by_keyboard_and_mouse_with_a_drawn_signature(
        qtbot: QtBot, screen: ConsentScreen, context: WorkspaceContext) -> None:
    case_id = add_case(context.workspace, "Ğüven")
    open_consent(qtbot, screen, case_id)
    assert screen.badge.text() == "No consent"
    assert "Ğüven" in screen.title.text()
    form = screen.form
    assert focused() is form.purposes.box("aftercare")  # nothing recorded yet: the cursor starts in the form
    # The keyboard: Space ticks the focused box, Tab moves on.
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert form.purposes.checked() == ("aftercare", "referral")
    # The matrix by keyboard: Tab past the purposes into its first box, the arrow keys to a neighbour, Space ticks.
    for _purpose in form.purposes.boxes()[1:]:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is form.matrix.box("social_team", IDENTITY)
    assert focused().accessibleName() == "Sociaal (kern)team: Identity (name, date of birth, BSN, address)"
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    assert focused() is form.matrix.box("social_team", DETENTION)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    # The mouse for the rest: housing to the housing corporation only.
    box = form.matrix.box("housing_corporation", "housing")
    screen.form_scroll.ensureWidgetVisible(box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() // 2, box.height() // 2))
    assert not form.signature.isEnabled() and not form.witness.isEnabled()
    qtbot.mouseClick(form.how_buttons[HowGiven.SIGNED_ON_SCREEN], Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert form.signature.isEnabled() and not form.witness.isEnabled()
    form.valid_until.setFocus()
    qtbot.keyClicks(form.valid_until, "31122030")
    assert form.valid_until.value() == date(2030, 12, 31)
    screen.form_scroll.ensureWidgetVisible(form.signature)
    draw_signature(qtbot, form.signature.canvas)
    assert not form.signature.is_empty and form.signature.clear_button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, context)

    assert screen.form_message.text() == "Consent recorded."
    assert screen.badge.text() == "Consent given"
    assert form.signature.is_empty and not form.has_changes()  # ready for another one
    file = stored(context, case_id)
    (recorded,) = file.consents
    assert recorded.purposes == ("aftercare", "referral")
    assert recorded.grants == (("social_team", (IDENTITY, DETENTION)), ("housing_corporation", ("housing",)))
    assert recorded.categories == (IDENTITY, DETENTION, "housing")
    assert recorded.recipients == ("social_team", "housing_corporation")
    assert (recorded.how_given, recorded.witness) == (HowGiven.SIGNED_ON_SCREEN, "")
    assert (recorded.given_on, recorded.valid_until) == (date.today(), date(2030, 12, 31))
    assert recorded.signature_png is not None and recorded.signature_png.startswith(PNG_HEADER)
    signature = QImage.fromData(recorded.signature_png)
    assert 0 < signature.width() <= 600 and 0 < signature.height() <= 200
    assert signature.pixelColor(0, 0).name() == "#ffffff"  # white paper, cropped with a margin
    # The history shows it, with the stored signature, read-only.
    history = screen.history.toPlainText()
    assert "Version 1" in history and "Signed on screen" in history and "31-12-2030" in history
    image = screen.history.document().resource(QTextDocument.ResourceType.ImageResource,
                                               QUrl(f"signature:{recorded.id}"))
    assert isinstance(image, QImage) and not image.isNull()
    assert screen.history.isReadOnly()
    assert screen.current_list.count() == 1 and "In effect" in screen.current_list.item(0).text()


def test_verbal_consent_needs_a_witness(qtbot: QtBot, screen: ConsentScreen, context: WorkspaceContext) -> None:
    case_id = add_case(context.workspace, "Mondeling")
    open_consent(qtbot, screen, case_id)
    form = screen.form
    # Nothing ticked: every missing choice is marked at once, nothing is written.
    assert not screen.save_consent()
    assert form.message("purposes") == "Choose at least one purpose."
    assert form.message("grants") == "Tick at least one kind of data for a recipient."
    form.purposes.box("aftercare").setChecked(True)
    form.matrix.box("probation", IDENTITY).setChecked(True)
    qtbot.mouseClick(form.how_buttons[HowGiven.VERBAL_WITH_WITNESS], Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert form.witness.isEnabled() and not form.signature.isEnabled()
    qtbot.mouseClick(screen.record_button, Qt.MouseButton.LeftButton)
    assert form.message("witness") == "Consent given verbally needs the name of a witness."
    assert form.message("purposes") == ""
    assert focused() is form.witness
    assert screen.form_message.text() == "Not recorded: correct the marked fields."
    wait_idle(qtbot, context)
    assert stored(context, case_id).consents == ()

    qtbot.keyClicks(form.witness, "J. Bakker (PI-medewerker)")
    # An end date typed by mistake goes again with the field's clear button: no end date.
    form.valid_until.setFocus()
    qtbot.keyClicks(form.valid_until, "31122030")
    clear = form.valid_until.clear_button
    assert clear is not None and clear.accessibleName() == "Clear date"
    screen.form_scroll.ensureWidgetVisible(form.valid_until)
    qtbot.waitUntil(clear.isVisible)
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert form.valid_until.value() is None
    assert form.findChild(QLabel, "validUntilHint").text() == "Empty: no end date."
    qtbot.mouseClick(screen.record_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    (recorded,) = stored(context, case_id).consents
    assert (recorded.how_given, recorded.witness) == (HowGiven.VERBAL_WITH_WITNESS, "J. Bakker (PI-medewerker)")
    assert recorded.valid_until is None
    assert recorded.signature_png is None
    assert form.message("witness") == ""
    assert "J. Bakker (PI-medewerker)" in screen.history.toPlainText()


def test_a_new_version_keeps_the_history(qtbot: QtBot, screen: ConsentScreen, context: WorkspaceContext) -> None:
    case_id = add_case(context.workspace, "Versie")
    first = record_directly(context, case_id, given_on=date.today() - timedelta(days=3))
    open_consent(qtbot, screen, case_id)
    assert screen.badge.text() == "Consent given"
    assert focused() is screen.current_list
    assert not screen.cancel_version_button.isVisible()
    qtbot.mouseClick(screen.new_version_button, Qt.MouseButton.LeftButton)
    form = screen.form
    assert form.replacing == first
    assert screen.record_button.text() == "Re&cord new version" and screen.cancel_version_button.isVisible()
    # prefilled with what it covered
    assert form.matrix.grants() == (("social_team", (IDENTITY, "housing")), ("probation", (IDENTITY, "housing")))
    form.matrix.box("probation", IDENTITY).setChecked(False)
    form.matrix.box("probation", "housing").setChecked(False)
    form.matrix.box("debt_counselling", IDENTITY).setChecked(True)
    form.matrix.box("debt_counselling", "debts").setChecked(True)
    qtbot.mouseClick(screen.record_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)

    assert screen.form_message.text() == "New version recorded."
    assert form.replacing is None and screen.record_button.text() == "Re&cord consent"
    file = stored(context, case_id)
    old, new = file.consents
    assert old.id == first and old.superseded_by == new.id and new.replaces == first
    assert old.recipients == ("social_team", "probation")  # the old version is never changed
    assert new.recipients == ("social_team", "debt_counselling")
    assert new.grants == (("social_team", (IDENTITY, "housing")), ("debt_counselling", (IDENTITY, "debts")))
    history = screen.history.toPlainText()
    assert history.index("Version 2") < history.index("Version 1")  # newest first
    assert "Replaced by a newer version" in history and "Replaces" in history
    assert screen.current_list.count() == 1 and screen.current_list.item(0).text().startswith("Version 2")


def test_partial_then_whole_revocation_on_the_screen_and_in_the_register(
        qtbot: QtBot, screen: ConsentScreen, context: WorkspaceContext) -> None:
    case_id = add_case(context.workspace, "Intrekking")
    other_id = add_case(context.workspace, "Zonder")
    record_directly(context, case_id)
    register = RegisterScreen(context)
    qtbot.addWidget(register)
    with qtbot.waitSignal(register.loaded, timeout=10_000):
        register.load()
    assert register.model.badge(case_id) is Badge.GIVEN and register.model.badge(other_id) is Badge.NONE
    open_consent(qtbot, screen, case_id)

    qtbot.mouseClick(screen.revoke_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, RevokeDialog) and dialog.isVisible()
    assert not dialog.which.isEnabled()  # the whole consent is the default
    dialog.choose(RevocationScope.RECIPIENT, "probation")
    assert [dialog.which.itemData(i) for i in range(dialog.which.count())] == ["social_team", "probation"]
    qtbot.keyClicks(dialog.reason, "Wil geen contact met de reclassering")
    press_ok(qtbot, dialog)
    wait_idle(qtbot, context)
    assert screen.dialog is None
    assert screen.badge.text() == "Partly revoked"
    probation_line = next(line for line in screen.history.toPlainText().splitlines()
                          if line.startswith("Reclassering: "))  # data labels in the settings language
    assert probation_line.count("(revoked from") == 2  # both its kinds of data
    assert "Wil geen contact met de reclassering" in screen.history.toPlainText()
    assert register.model.badge(case_id) is Badge.PARTIAL
    position = register.model.index_of(case_id).row()
    assert register.model.data(register.model.index(position, Column.CONSENT)) == "Partly revoked"
    (revocation,) = stored(context, case_id).consents[0].revocations
    assert (revocation.scope, revocation.scope_value, revocation.revoked_on) == (
        RevocationScope.RECIPIENT, "probation", date.today())

    qtbot.mouseClick(screen.revoke_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, RevokeDialog)
    dialog.choose(RevocationScope.RECIPIENT)
    assert [dialog.which.itemData(i) for i in range(dialog.which.count())] == ["social_team"]  # probation is out
    dialog.choose(RevocationScope.WHOLE)
    press_ok(qtbot, dialog)
    wait_idle(qtbot, context)
    assert screen.badge.text() == "Revoked"
    assert not screen.revoke_button.isEnabled()
    assert register.model.badge(case_id) is Badge.REVOKED
    # The register sorts on the badge: a revoked consent before a case without any.
    register.table.sortByColumn(Column.CONSENT, Qt.SortOrder.AscendingOrder)
    order = [register.model.row_at(register.model.index(row, 0)) for row in range(register.model.rowCount())]
    assert [row.case_id for row in order if row is not None] == [case_id, other_id]


def test_one_cell_of_the_matrix_is_revoked_from_the_dialog(
        qtbot: QtBot, screen: ConsentScreen, context: WorkspaceContext) -> None:
    case_id = add_case(context.workspace, "Vakje")
    record_directly(context, case_id)
    open_consent(qtbot, screen, case_id)
    qtbot.mouseClick(screen.revoke_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, RevokeDialog)
    dialog.choose(RevocationScope.CELL, "probation:housing")
    assert dialog.which.count() == 4  # two recipients × two kinds of data
    assert dialog.which.currentText().startswith("Reclassering: ")
    press_ok(qtbot, dialog)
    wait_idle(qtbot, context)
    assert screen.badge.text() == "Partly revoked"
    (revocation,) = stored(context, case_id).consents[0].revocations
    assert (revocation.scope, revocation.scope_value) == (RevocationScope.CELL, "probation:housing")
    probation_line = next(line for line in screen.history.toPlainText().splitlines()
                          if line.startswith("Reclassering: "))
    assert probation_line.count("(revoked from") == 1
    qtbot.mouseClick(screen.revoke_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, RevokeDialog)
    dialog.choose(RevocationScope.CELL)
    assert "probation:housing" not in [dialog.which.itemData(i) for i in range(dialog.which.count())]
    dialog.reject()


def test_a_revocation_the_service_refuses_is_marked_in_the_dialog(
        qtbot: QtBot, screen: ConsentScreen, context: WorkspaceContext) -> None:
    case_id = add_case(context.workspace, "Te vroeg")
    record_directly(context, case_id)
    open_consent(qtbot, screen, case_id)
    qtbot.mouseClick(screen.revoke_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, RevokeDialog)
    dialog.revoked_on.set_value(date.today() - timedelta(days=1))
    press_ok(qtbot, dialog)
    wait_idle(qtbot, context)
    assert dialog.isVisible() and dialog.isEnabled()
    assert dialog.message("revoked_on") == "A revocation cannot be dated before the consent was given."
    assert stored(context, case_id).consents[0].revocations == ()


def test_legal_bases_add_end_and_remove(qtbot: QtBot, screen: ConsentScreen, context: WorkspaceContext,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = add_case(context.workspace, "Wettelijk")
    open_consent(qtbot, screen, case_id)
    assert screen.grounds_empty.isVisible() and not screen.end_ground_button.isEnabled()
    qtbot.mouseClick(screen.add_ground_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, AddGroundDialog)
    assert Ground.CONSENT.value not in [dialog.ground.itemData(i) for i in range(dialog.ground.count())]
    dialog.ground.setCurrentIndex(dialog.ground.findData(Ground.WET_STRAFFEN_EN_BESCHERMEN.value))
    dialog.noted_on.set_value(date.today() - timedelta(days=10))
    qtbot.keyClicks(dialog.note, "Justid-melding")
    press_ok(qtbot, dialog)
    wait_idle(qtbot, context)

    assert screen.badge.text() == "Other legal basis"
    assert "Wet straffen en beschermen" in screen.basis.text()
    assert screen.grounds_table.rowCount() == 1
    assert cell_text(screen.grounds_table, 0, 0) == "Wet straffen en beschermen"
    assert cell_text(screen.grounds_table, 0, 3) == "Justid-melding"
    (ground,) = stored(context, case_id).grounds
    assert (ground.ground, ground.noted_on, ground.ended_on) == (
        Ground.WET_STRAFFEN_EN_BESCHERMEN, date.today() - timedelta(days=10), None)

    # The same ground twice is refused, in the dialog.
    qtbot.mouseClick(screen.add_ground_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, AddGroundDialog)
    dialog.ground.setCurrentIndex(dialog.ground.findData(Ground.WET_STRAFFEN_EN_BESCHERMEN.value))
    press_ok(qtbot, dialog)
    wait_idle(qtbot, context)
    assert dialog.message("ground") == "This legal basis is already recorded for the case."
    dialog.reject()

    screen.grounds_table.selectRow(0)
    qtbot.mouseClick(screen.end_ground_button, Qt.MouseButton.LeftButton)
    end_dialog = screen.dialog
    assert isinstance(end_dialog, EndGroundDialog)
    press_ok(qtbot, end_dialog)  # today: from today on it no longer applies
    wait_idle(qtbot, context)
    assert screen.badge.text() == "No consent"
    assert cell_text(screen.grounds_table, 0, 2) == date.today().strftime("%d-%m-%Y")
    assert not screen.end_ground_button.isEnabled()

    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _parent, _question: True)
    screen.grounds_table.selectRow(0)
    qtbot.mouseClick(screen.remove_ground_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert stored(context, case_id).grounds == ()
    assert screen.grounds_empty.isVisible()


def test_the_case_screen_opens_consent_and_shows_the_badge(
        qtbot: QtBot, context: WorkspaceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = add_case(context.workspace, "Doorklik")
    view = WorkspaceView(context)
    qtbot.addWidget(view)
    wait_idle(qtbot, context)  # the register loads first
    view.resize(1366, 768)
    view.show()
    view.activateWindow()
    with qtbot.waitSignal(view.case_screen.loaded, timeout=10_000):
        view.open_case(case_id)
    case_screen = view.case_screen
    assert case_screen.badge.text() == "No consent" and case_screen.badge.isVisible()
    assert case_screen.consent_button.isEnabled()
    with qtbot.waitSignal(view.consent_screen.loaded, timeout=10_000):
        qtbot.mouseClick(case_screen.consent_button, Qt.MouseButton.LeftButton)
    consent_screen = view.consent_screen
    assert view.currentWidget() is consent_screen

    # A consent half filled in is not left without a question.
    consent_screen.form.purposes.box("aftercare").setChecked(True)
    monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda _parent: dialogs.UnsavedChoice.CANCEL)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert view.currentWidget() is consent_screen
    consent_screen.form.matrix.box("social_team", IDENTITY).setChecked(True)
    monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda _parent: dialogs.UnsavedChoice.SAVE)
    with qtbot.waitSignal(case_screen.loaded, timeout=10_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # saves, then back to the case
    assert view.currentWidget() is case_screen
    assert case_screen.badge.text() == "Consent given"
    assert len(stored(context, case_id).consents) == 1
    assert consent_screen.case_id is None and consent_screen.form.purposes.boxes() == []  # nothing kept


def test_a_new_case_has_no_consent_button_until_saved(qtbot: QtBot, context: WorkspaceContext) -> None:
    view = WorkspaceView(context)
    qtbot.addWidget(view)
    wait_idle(qtbot, context)  # the register loads first
    view.new_case()
    assert not view.case_screen.consent_button.isEnabled()
    assert not view.case_screen.badge.isVisible()
