"""Consent and legal basis on a real encrypted workspace: grounds, consent versions and revocations are stored with
their full history, audited one entry per change, validated with field and code, and never readable on disk."""

from __future__ import annotations

import dataclasses
import shutil
import struct
import zlib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.casework.cases import Changes
from app.casework.checklist import load_catalogue
from app.casework.consent import (
    Badge,
    ConsentFile,
    add_ground,
    consent_badge,
    consent_badges,
    consent_file,
    end_ground,
    known_categories,
    record_consent,
    remove_ground,
    replace_consent,
    revoke,
    sharing_facts,
)
from app.casework.consent_terms import DETENTION, IDENTITY, PLAN, Ground, HowGiven, RevocationScope
from app.casework.intake import open_intake
from app.casework.sharing_policy import REVOKED, may_share
from app.errors import TerugkeerError, ValidationError
from app.workspace.folder import unlock
from app.workspace.session import OpenWorkspace

from .helpers import (
    CANARY_BSN,
    CANARY_GIVEN_NAMES,
    CANARY_SURNAME,
    TODAY,
    audit_rows,
    client_data,
    file_contents,
    register,
)

GIVEN_ON = TODAY - timedelta(days=5)
VALID_UNTIL = date(2024, 12, 31)
# Typed as a witness, a ground's note and a revocation's reason; like the client's name it may never appear in an
# audit entry or unencrypted on disk.
CANARY_NOTE = "Kanarienotitie-0815 getuige tante Truus"
SIGNATURE_CANARY = b"Handtekening-Kanarie-0815"


def _png(comment: bytes = SIGNATURE_CANARY) -> bytes:
    """A real 2×1 PNG with a text chunk (as a drawn signature is a PNG)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    pixels = zlib.compress(b"\x00\x00\x00\x00\xff\xff\xff")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0))
            + chunk(b"tEXt", b"Comment\x00" + comment) + chunk(b"IDAT", pixels) + chunk(b"IEND", b""))


def _consent(workspace: OpenWorkspace, case_id: str, **changes: Any) -> str:
    """Record a consent (paper, identity + housing to the social team and the housing corporation)."""
    arguments: dict[str, Any] = {
        "purposes": ["aftercare", "referral"],
        "categories": [IDENTITY, "housing"],
        "recipients": ["social_team", "housing_corporation"],
        "given_on": GIVEN_ON,
        "how_given": HowGiven.SIGNED_ON_PAPER,
        "valid_until": VALID_UNTIL,
        "today": TODAY,
    }
    arguments.update(changes)
    _changes, consent_id = record_consent(workspace, case_id, **arguments)
    return consent_id


def _file(workspace: OpenWorkspace, case_id: str) -> ConsentFile:
    return consent_file(workspace, case_id, today=TODAY)


def _rows(workspace: OpenWorkspace, sql: str) -> list[dict[str, Any]]:
    with workspace.unit_of_work() as uow:
        return [dict(row) for row in uow.session.execute(text(sql)).mappings()]


def _client_id(workspace: OpenWorkspace, case_id: str) -> str:
    return _rows(workspace, f"SELECT client_id FROM case_file WHERE id = '{case_id}'")[0]["client_id"]


def _last_seq(workspace: OpenWorkspace) -> int:
    return audit_rows(workspace)[-1]["seq"]


def _entries_after(workspace: OpenWorkspace, seq: int) -> list[dict[str, Any]]:
    return [row for row in audit_rows(workspace) if row["seq"] > seq]


@pytest.fixture
def case_id(kanariepiet: Changes) -> str:
    return kanariepiet.case_ids[0]


# --- record, replace, revoke: history kept ---------------------------------------------------------------------


def test_record_replace_and_revoke_keep_every_version(workspace: OpenWorkspace, case_id: str) -> None:
    first = _consent(workspace, case_id, witness=" ")
    before = _file(workspace, case_id).consent(first)
    changes, second = replace_consent(workspace, first, purposes=["aftercare"],
                           categories=[IDENTITY, "housing", "income_work"], recipients=["housing_corporation"],
                           given_on=TODAY, how_given=HowGiven.VERBAL_WITH_WITNESS, witness="Mw. Jansen",
                           valid_until=None, today=TODAY)
    assert changes == Changes(case_ids=(case_id,), client_ids=(_client_id(workspace, case_id),))
    _changes, revocation_id = revoke(workspace, second, TODAY + timedelta(days=3), RevocationScope.CATEGORY,
                                   "income_work", reason="wil het zelf regelen", today=TODAY)

    file = _file(workspace, case_id)
    old, new = file.consents
    assert (old.id, new.id) == (first, second)
    assert old == dataclasses.replace(before, superseded_by=second)  # nothing else of it changed
    assert (old.purposes, old.categories, old.recipients) == (
        ("aftercare", "referral"), (IDENTITY, "housing"), ("social_team", "housing_corporation"))
    assert (old.given_on, old.how_given, old.witness, old.valid_until) == (
        GIVEN_ON, HowGiven.SIGNED_ON_PAPER, "", VALID_UNTIL)
    assert (new.replaces, new.superseded_by, new.how_given, new.witness, new.valid_until) == (
        first, None, HowGiven.VERBAL_WITH_WITNESS, "Mw. Jansen", None)
    assert new.categories == (IDENTITY, "housing", "income_work")
    [revocation] = new.revocations
    assert (revocation.id, revocation.scope, revocation.scope_value, revocation.reason) == (
        revocation_id, RevocationScope.CATEGORY, "income_work", "wil het zelf regelen")
    assert file.current_consents == (new,)
    # in the database: two consent rows, the old one only marked (version 2), one revocation appended
    rows = {row["id"]: row for row in _rows(workspace, "SELECT * FROM consent_record")}
    assert (rows[first]["version"], rows[first]["superseded_by"], rows[second]["version"]) == (2, second, 1)
    assert len(_rows(workspace, "SELECT * FROM consent_revocation")) == 1


def test_the_policy_reads_what_was_stored(workspace: OpenWorkspace, case_id: str) -> None:
    consent_id = _consent(workspace, case_id)
    revoke(workspace, consent_id, TODAY, RevocationScope.RECIPIENT, "housing_corporation", today=TODAY)
    with workspace.unit_of_work() as uow:
        facts = sharing_facts(uow, case_id)
    assert may_share(facts, "housing", "social_team", TODAY).basis == Ground.CONSENT
    assert may_share(facts, "housing", "housing_corporation", TODAY).reason_code == REVOKED
    assert may_share(facts, "housing", "housing_corporation", TODAY - timedelta(days=1)).allowed
    assert {IDENTITY, DETENTION, "housing", "care"} <= facts.categories


def test_a_replaced_consent_cannot_be_replaced_or_revoked_again(workspace: OpenWorkspace, case_id: str) -> None:
    first = _consent(workspace, case_id)
    _changes, _second = replace_consent(workspace, first, purposes=["aftercare"], categories=[IDENTITY],
                             recipients=["social_team"], given_on=TODAY, how_given=HowGiven.SIGNED_ON_SCREEN,
                             today=TODAY)
    for service, arguments in ((replace_consent, {"purposes": ["aftercare"], "categories": [IDENTITY],
                                                  "recipients": ["uwv"], "given_on": TODAY,
                                                  "how_given": HowGiven.SIGNED_ON_PAPER, "today": TODAY}),
                               (revoke, {"revoked_on": TODAY, "scope": RevocationScope.WHOLE})):
        with pytest.raises(TerugkeerError) as caught:
            service(workspace, first, **arguments)
        assert caught.value.code == "consent_superseded"
    with pytest.raises(TerugkeerError) as caught:
        revoke(workspace, "no-such-consent", TODAY, RevocationScope.WHOLE)
    assert caught.value.code == "consent_not_found"


def test_a_replacement_given_before_the_original_is_refused(workspace: OpenWorkspace, case_id: str) -> None:
    first = _consent(workspace, case_id)
    with pytest.raises(ValidationError) as caught:
        replace_consent(workspace, first, purposes=["aftercare"], categories=[IDENTITY],
             recipients=["social_team"], given_on=GIVEN_ON - timedelta(days=1), how_given=HowGiven.SIGNED_ON_PAPER,
             today=TODAY)
    assert (caught.value.field, caught.value.code) == ("given_on", "consent_given_before_replaced")
    assert len(_file(workspace, case_id).consents) == 1  # nothing half-written


# --- the signature ---------------------------------------------------------------------------------------------


def test_a_signature_png_is_stored_and_read_back_exactly(workspace: OpenWorkspace, case_id: str) -> None:
    png = _png()
    consent_id = _consent(workspace, case_id, how_given=HowGiven.SIGNED_ON_SCREEN, signature_png=png)
    assert _file(workspace, case_id).consent(consent_id).signature_png == png
    unsigned = _consent(workspace, case_id)
    assert _file(workspace, case_id).consent(unsigned).signature_png is None


@pytest.mark.parametrize(("signature", "code"), [
    (b"GIF89a not a png", "signature_not_png"),
    (_png(b"x" * (2 * 1024 * 1024)), "signature_too_large"),
])
def test_a_signature_that_is_no_png_or_too_large_is_refused(workspace: OpenWorkspace, case_id: str,
                                                            signature: bytes, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _consent(workspace, case_id, signature_png=signature)
    assert (caught.value.field, caught.value.code) == ("signature_png", code)


# --- validations -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"purposes": []}, "purposes", "consent_purpose_required"),
    ({"purposes": [" "]}, "purposes", "consent_purpose_required"),
    ({"purposes": ["marketing"]}, "purposes", "consent_purpose_unknown"),
    ({"categories": []}, "categories", "consent_category_required"),
    ({"categories": ["medical_file"]}, "categories", "consent_category_unknown"),
    ({"recipients": []}, "recipients", "consent_recipient_required"),
    ({"recipients": ["social_team", "newspaper"]}, "recipients", "consent_recipient_unknown"),
    ({"how_given": "telepathy"}, "how_given", "answer_invalid"),
    ({"how_given": HowGiven.VERBAL_WITH_WITNESS}, "witness", "consent_witness_required"),
    ({"how_given": HowGiven.VERBAL_WITH_WITNESS, "witness": "  "}, "witness", "consent_witness_required"),
    ({"valid_until": GIVEN_ON}, "valid_until", "consent_valid_until_not_after_given"),
    ({"valid_until": GIVEN_ON - timedelta(days=1)}, "valid_until", "consent_valid_until_not_after_given"),
    ({"given_on": TODAY + timedelta(days=1)}, "given_on", "consent_given_in_future"),
])
def test_a_consent_is_validated_with_field_and_code(workspace: OpenWorkspace, case_id: str,
                                                    changes: dict[str, Any], field: str, code: str) -> None:
    seq = _last_seq(workspace)
    with pytest.raises(ValidationError) as caught:
        _consent(workspace, case_id, **changes)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert _file(workspace, case_id).consents == ()
    assert [row["action"] for row in _entries_after(workspace, seq)] == ["view"]  # only the read above


def test_categories_are_identity_detention_the_plan_and_the_template_domains(workspace: OpenWorkspace,
                                                                              case_id: str) -> None:
    with workspace.unit_of_work() as uow:
        categories = known_categories(uow, case_id)
    domains = tuple(domain.id for domain in load_catalogue().active().domains)
    assert categories == (IDENTITY, DETENTION, PLAN, *domains)
    consent_id = _consent(workspace, case_id, categories=["motivation", DETENTION, "motivation"],
                          purposes=["case_meeting"], recipients=["police_safety_house"], valid_until=None,
                          how_given=HowGiven.VERBAL_WITH_WITNESS, witness="collega")
    consent = _file(workspace, case_id).consent(consent_id)
    assert consent.categories == ("motivation", DETENTION)  # duplicates dropped, order kept


@pytest.mark.parametrize(("revoked_on", "scope", "value", "field", "code"), [
    (GIVEN_ON - timedelta(days=1), RevocationScope.WHOLE, "", "revoked_on", "revocation_before_consent"),
    (TODAY, RevocationScope.RECIPIENT, "uwv", "scope_value", "revocation_not_in_consent"),
    (TODAY, RevocationScope.RECIPIENT, "", "scope_value", "revocation_not_in_consent"),
    (TODAY, RevocationScope.CATEGORY, "care", "scope_value", "revocation_not_in_consent"),
    (TODAY, RevocationScope.CATEGORY, "social_team", "scope_value", "revocation_not_in_consent"),
    (TODAY, "everything", "", "scope", "answer_invalid"),
])
def test_a_revocation_is_validated(workspace: OpenWorkspace, case_id: str, revoked_on: date, scope: Any,
                                   value: str, field: str, code: str) -> None:
    consent_id = _consent(workspace, case_id)
    with pytest.raises(ValidationError) as caught:
        revoke(workspace, consent_id, revoked_on, scope, value, today=TODAY)
    assert (caught.value.field, caught.value.code) == (field, code)


def test_a_revocation_already_covered_is_refused_but_an_earlier_one_is_kept(workspace: OpenWorkspace,
                                                                             case_id: str) -> None:
    consent_id = _consent(workspace, case_id)
    revoke(workspace, consent_id, TODAY, RevocationScope.RECIPIENT, "social_team", today=TODAY)
    for later, scope, value in ((TODAY, RevocationScope.RECIPIENT, "social_team"),
                                (TODAY + timedelta(days=9), RevocationScope.RECIPIENT, "social_team")):
        with pytest.raises(ValidationError) as caught:
            revoke(workspace, consent_id, later, scope, value, today=TODAY)
        assert caught.value.code == "consent_already_revoked"
    # the detainee said it earlier than first written down: appended, the first one stays
    revoke(workspace, consent_id, TODAY - timedelta(days=2), RevocationScope.RECIPIENT, "social_team")
    revoke(workspace, consent_id, TODAY, RevocationScope.WHOLE, "ignored for whole")
    with pytest.raises(ValidationError):
        revoke(workspace, consent_id, TODAY, RevocationScope.CATEGORY, "housing")
    revocations = _file(workspace, case_id).consent(consent_id).revocations
    assert [(r.revoked_on, r.scope, r.scope_value) for r in revocations] == [
        (TODAY - timedelta(days=2), RevocationScope.RECIPIENT, "social_team"),
        (TODAY, RevocationScope.RECIPIENT, "social_team"),
        (TODAY, RevocationScope.WHOLE, ""),
    ]


# --- grounds ---------------------------------------------------------------------------------------------------


def test_grounds_are_added_ended_and_removed_as_tombstones(workspace: OpenWorkspace, case_id: str) -> None:
    _changes, task = add_ground(workspace, case_id, Ground.PUBLIC_TASK, GIVEN_ON, note=" publieke taak ")
    _changes, wsb = add_ground(workspace, case_id, Ground.WET_STRAFFEN_EN_BESCHERMEN, GIVEN_ON)
    assert end_ground(workspace, wsb, TODAY) == Changes(case_ids=(case_id,),
                                                              client_ids=(_client_id(workspace, case_id),))
    assert end_ground(workspace, wsb, TODAY) == Changes()  # the same end again changes nothing
    grounds = {g.id: g for g in _file(workspace, case_id).grounds}
    assert (grounds[task].ground, grounds[task].note, grounds[task].ended_on) == (Ground.PUBLIC_TASK, "publieke taak",
                                                                                 None)
    assert (grounds[wsb].ground, grounds[wsb].ended_on) == (Ground.WET_STRAFFEN_EN_BESCHERMEN, TODAY)
    # ended, the same ground can be noted again
    add_ground(workspace, case_id, Ground.WET_STRAFFEN_EN_BESCHERMEN, TODAY + timedelta(days=1))
    remove_ground(workspace, task)
    assert remove_ground(workspace, task) == Changes()
    assert task not in {g.id for g in _file(workspace, case_id).grounds}
    [row] = _rows(workspace, f"SELECT deleted, version FROM processing_ground WHERE id = '{task}'")
    assert (row["deleted"], row["version"]) == (1, 2)


@pytest.mark.parametrize(("ground", "noted_on", "field", "code"), [
    (Ground.CONSENT, GIVEN_ON, "ground", "ground_consent_by_record"),
    ("lawful_interest", GIVEN_ON, "ground", "answer_invalid"),
    (Ground.WET_STRAFFEN_EN_BESCHERMEN, date(2021, 6, 30), "noted_on", "ground_wsb_before_in_force"),
    (Ground.PUBLIC_TASK, GIVEN_ON, "ground", "ground_duplicate"),
])
def test_a_ground_is_validated(workspace: OpenWorkspace, case_id: str, ground: Any, noted_on: date, field: str,
                               code: str) -> None:
    add_ground(workspace, case_id, Ground.PUBLIC_TASK, GIVEN_ON)
    with pytest.raises(ValidationError) as caught:
        add_ground(workspace, case_id, ground, noted_on)
    assert (caught.value.field, caught.value.code) == (field, code)


def test_ending_a_ground_is_validated(workspace: OpenWorkspace, case_id: str) -> None:
    _changes, ground_id = add_ground(workspace, case_id, Ground.AGREEMENT, GIVEN_ON)
    with pytest.raises(ValidationError) as caught:
        end_ground(workspace, ground_id, GIVEN_ON - timedelta(days=1))
    assert (caught.value.field, caught.value.code) == ("ended_on", "ground_end_before_noted")
    end_ground(workspace, ground_id, TODAY)
    with pytest.raises(ValidationError) as caught:
        end_ground(workspace, ground_id, TODAY + timedelta(days=1))
    assert (caught.value.field, caught.value.code) == ("ended_on", "ground_already_ended")
    with pytest.raises(TerugkeerError) as not_found:
        end_ground(workspace, "no-such-ground", TODAY)
    assert not_found.value.code == "ground_not_found"


def test_an_unknown_case_is_refused(workspace: OpenWorkspace) -> None:
    for call in (lambda: _consent(workspace, "no-such-case"),
                 lambda: add_ground(workspace, "no-such-case", Ground.PUBLIC_TASK, TODAY),
                 lambda: _file(workspace, "no-such-case")):
        with pytest.raises(TerugkeerError) as caught:
            call()
        assert caught.value.code == "case_not_found"


# --- the badge -------------------------------------------------------------------------------------------------


def _badge(workspace: OpenWorkspace, case_id: str, today: date = TODAY) -> Badge:
    badge = consent_badge(_file(workspace, case_id), today)
    # The register's bulk answer agrees with the case's own.
    assert consent_badges(workspace, today).get(case_id, Badge.NONE) == badge
    assert consent_badges(workspace, today, [case_id]).get(case_id, Badge.NONE) == badge
    return badge


def test_the_badge_follows_the_case_through_every_situation(workspace: OpenWorkspace, case_id: str) -> None:
    assert _badge(workspace, case_id) == Badge.NONE
    _changes, task = add_ground(workspace, case_id, Ground.PUBLIC_TASK, GIVEN_ON - timedelta(days=30))
    assert _badge(workspace, case_id) == Badge.OTHER_LEGAL_BASIS
    consent_id = _consent(workspace, case_id)
    assert _badge(workspace, case_id) == Badge.GIVEN
    assert _badge(workspace, case_id, GIVEN_ON - timedelta(days=1)) == Badge.OTHER_LEGAL_BASIS  # not yet given
    assert _badge(workspace, case_id, VALID_UNTIL + timedelta(days=1)) == Badge.OTHER_LEGAL_BASIS  # expired
    revoke(workspace, consent_id, TODAY + timedelta(days=1), RevocationScope.RECIPIENT, "social_team",
         today=TODAY)
    assert _badge(workspace, case_id) == Badge.GIVEN  # the revocation is dated tomorrow
    assert _badge(workspace, case_id, TODAY + timedelta(days=1)) == Badge.PARTIAL
    revoke(workspace, consent_id, TODAY + timedelta(days=2), RevocationScope.WHOLE, today=TODAY)
    assert _badge(workspace, case_id, TODAY + timedelta(days=2)) == Badge.REVOKED  # even beside the public task
    remove_ground(workspace, task)
    assert _badge(workspace, case_id, TODAY + timedelta(days=2)) == Badge.REVOKED
    _consent(workspace, case_id, given_on=TODAY, recipients=["uwv"])
    assert _badge(workspace, case_id, TODAY + timedelta(days=2)) == Badge.PARTIAL  # a new one, beside a revoked one


def test_badges_of_several_cases_at_once(workspace: OpenWorkspace, case_id: str) -> None:
    other = register(workspace, client_data(surname="Merel", bsn="111222333")).case_ids[0]
    add_ground(workspace, other, Ground.WET_STRAFFEN_EN_BESCHERMEN, GIVEN_ON)
    _consent(workspace, case_id)
    assert consent_badges(workspace, TODAY) == {case_id: Badge.GIVEN, other: Badge.OTHER_LEGAL_BASIS}
    assert consent_badges(workspace, TODAY, [other]) == {other: Badge.OTHER_LEGAL_BASIS}


# --- audit -----------------------------------------------------------------------------------------------------


def test_every_change_writes_one_audit_entry_per_record_with_the_legal_basis(workspace: OpenWorkspace,
                                                                             case_id: str) -> None:
    client_id = _client_id(workspace, case_id)
    seq = _last_seq(workspace)
    consent_id = _consent(workspace, case_id)
    _changes, new_id = replace_consent(workspace, consent_id, purposes=["aftercare"], categories=[IDENTITY],
                            recipients=["social_team"], given_on=TODAY, how_given=HowGiven.SIGNED_ON_PAPER,
                            today=TODAY)
    _changes, revocation_id = revoke(workspace, new_id, TODAY, RevocationScope.WHOLE, today=TODAY)
    _changes, ground_id = add_ground(workspace, case_id, Ground.WET_STRAFFEN_EN_BESCHERMEN, GIVEN_ON,
                               today=TODAY)
    end_ground(workspace, ground_id, TODAY, today=TODAY)
    remove_ground(workspace, ground_id, today=TODAY)
    _file(workspace, case_id)
    entries = _entries_after(workspace, seq)
    assert [(e["action"], e["record_type"], e["record_id"], e["legal_basis"]) for e in entries] == [
        ("create", "consent_record", consent_id, "consent"),
        ("create", "consent_record", new_id, "consent"),
        ("update", "consent_record", consent_id, "consent"),
        ("create", "consent_revocation", revocation_id, "public_task"),  # no basis left: the default
        ("create", "processing_ground", ground_id, "wsb"),
        ("update", "processing_ground", ground_id, "public_task"),
        ("delete", "processing_ground", ground_id, "public_task"),
        ("view", "consent_file", case_id, "public_task"),
    ]
    assert {e["client_id"] for e in entries} == {client_id}
    assert all(e["user_name"] == workspace.actor.user_name for e in entries)


# --- privacy ---------------------------------------------------------------------------------------------------


def _typed_with_canaries(workspace: OpenWorkspace, case_id: str) -> str:
    add_ground(workspace, case_id, Ground.AGREEMENT, GIVEN_ON, note=CANARY_NOTE)
    consent_id = _consent(workspace, case_id, how_given=HowGiven.VERBAL_WITH_WITNESS, witness=CANARY_NOTE,
                          signature_png=_png())
    revoke(workspace, consent_id, TODAY, RevocationScope.CATEGORY, "housing", reason=CANARY_NOTE)
    return consent_id


def test_no_name_bsn_or_typed_text_in_any_audit_column(workspace: OpenWorkspace, case_id: str) -> None:
    _typed_with_canaries(workspace, case_id)
    secrets = (CANARY_SURNAME, CANARY_GIVEN_NAMES, CANARY_BSN, CANARY_NOTE, "Kanarie", "Truus")
    for row in audit_rows(workspace):
        for column, value in row.items():
            for secret in secrets:
                assert secret not in str(value), f"audit entry {row['seq']} column {column} contains {secret!r}"


def test_consent_typed_with_a_canary_leaves_no_plaintext_on_disk(workspace: OpenWorkspace, case_id: str) -> None:
    consent_id = _typed_with_canaries(workspace, case_id)
    consent = _file(workspace, case_id).consent(consent_id)  # guard: the canaries are really stored
    assert consent.witness == consent.revocations[0].reason == CANARY_NOTE
    assert consent.signature_png is not None and SIGNATURE_CANARY in consent.signature_png
    secrets = (CANARY_NOTE.encode(), b"Kanarienotitie", b"Truus", SIGNATURE_CANARY, CANARY_SURNAME.encode(),
               CANARY_BSN.encode())
    for moment in ("unlocked", "locked"):
        if moment == "locked":
            workspace.lock()
        contents = file_contents(workspace.folder)
        assert contents
        for path, content in contents.items():
            for secret in secrets:
                assert secret not in content, f"{moment}: {path.name} contains {secret!r}"


# --- an upgraded workspace -------------------------------------------------------------------------------------

SAMPLE_V2 = Path(__file__).parents[1] / "data" / "workspace-v2"


def test_a_case_of_the_stored_v2_sample_takes_a_consent_after_the_upgrade(
    tmp_path: Path, lock_later: list[OpenWorkspace]
) -> None:
    folder = tmp_path / "workspace-v2"
    shutil.copytree(SAMPLE_V2, folder)  # never touch the stored sample itself
    workspace = unlock(folder, "stored sample of version 2")
    lock_later.append(workspace)
    assert consent_badges(workspace, TODAY) == {}
    with workspace.unit_of_work() as uow:
        [case_id] = [row.case_id for row in uow.session.execute(text("SELECT case_id FROM intake"))]
        assert "housing" in known_categories(uow, case_id)
    consent_id = _consent(workspace, case_id, categories=["housing", "id_document"], given_on=date(2026, 11, 25),
                          valid_until=None, today=date(2026, 11, 25))
    assert _file(workspace, case_id).consent(consent_id).categories == ("housing", "id_document")
    open_intake(workspace, case_id, load_catalogue().active())  # the intake is still there
    assert consent_badges(workspace, date(2026, 11, 25)) == {case_id: Badge.GIVEN}
