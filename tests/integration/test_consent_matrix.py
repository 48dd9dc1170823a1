"""A consent as a matrix (recipients × kinds of data) on a real encrypted workspace: stored, read back, decided on
per cell, revoked per cell, carried by a bundle, and a consent of before the matrix read as the full cross product."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from app.casework.cases import Changes
from app.casework.consent import consent_file, record_consent, revoke, sharing_facts
from app.casework.consent_terms import IDENTITY, HowGiven, RevocationScope, cells_of
from app.casework.sharing_policy import CATEGORY_NOT_NAMED, REVOKED, may_share
from app.errors import ValidationError
from app.sync.records import parse_wire, to_wire
from app.workspace.folder import unlock
from app.workspace.session import OpenWorkspace

from .helpers import TODAY

SAMPLE_V3 = Path(__file__).parents[1] / "data" / "workspace-v3"
GIVEN_ON = TODAY - timedelta(days=5)
CORPORATION, GGZ = "housing_corporation", "mental_health_addiction"
MATRIX = {CORPORATION: [IDENTITY, "housing"], GGZ: [IDENTITY, "care"]}


@pytest.fixture
def case_id(kanariepiet: Changes) -> str:
    return kanariepiet.case_ids[0]


def _matrix_consent(workspace: OpenWorkspace, case_id: str) -> str:
    return record_consent(workspace, case_id, purposes=["aftercare"], grants=MATRIX, given_on=GIVEN_ON,
                          how_given=HowGiven.SIGNED_ON_PAPER, today=TODAY)[1]


def test_one_consent_gives_housing_to_the_corporation_and_care_to_the_ggz(workspace: OpenWorkspace,
                                                                         case_id: str) -> None:
    consent_id = _matrix_consent(workspace, case_id)
    consent = consent_file(workspace, case_id, today=TODAY).consent(consent_id)
    assert consent.grants == ((CORPORATION, (IDENTITY, "housing")), (GGZ, (IDENTITY, "care")))
    assert set(consent.recipients) == {CORPORATION, GGZ}
    assert set(consent.categories) == {IDENTITY, "housing", "care"}
    assert consent.categories_for(GGZ) == (IDENTITY, "care")
    with workspace.unit_of_work() as uow:
        facts = sharing_facts(uow, case_id)
    assert may_share(facts, "housing", CORPORATION, TODAY).allowed
    assert may_share(facts, "care", GGZ, TODAY).allowed
    assert may_share(facts, "housing", GGZ, TODAY).reason_code == CATEGORY_NOT_NAMED
    assert may_share(facts, "care", CORPORATION, TODAY).reason_code == CATEGORY_NOT_NAMED


def test_a_cell_is_revoked_alone_and_a_covered_cell_cannot_be_revoked_again(workspace: OpenWorkspace,
                                                                            case_id: str) -> None:
    consent_id = _matrix_consent(workspace, case_id)
    revoke(workspace, consent_id, TODAY, RevocationScope.CELL, f"{GGZ}:care", today=TODAY)
    with workspace.unit_of_work() as uow:
        facts = sharing_facts(uow, case_id)
    assert may_share(facts, "care", GGZ, TODAY).reason_code == REVOKED
    assert may_share(facts, IDENTITY, GGZ, TODAY).allowed
    assert may_share(facts, "housing", CORPORATION, TODAY).allowed
    for value in (f"{GGZ}:housing", "uwv:care", "care"):  # not a cell of this consent
        with pytest.raises(ValidationError) as caught:
            revoke(workspace, consent_id, TODAY, RevocationScope.CELL, value, today=TODAY)
        assert caught.value.code == "revocation_not_in_consent"
    revoke(workspace, consent_id, TODAY, RevocationScope.RECIPIENT, CORPORATION, today=TODAY)
    with pytest.raises(ValidationError) as caught:  # the recipient's revocation already covers its cells
        revoke(workspace, consent_id, TODAY, RevocationScope.CELL, f"{CORPORATION}:housing", today=TODAY)
    assert caught.value.code == "consent_already_revoked"


def test_a_recipient_the_matrix_gives_nothing_is_not_named(workspace: OpenWorkspace, case_id: str) -> None:
    with pytest.raises(ValidationError) as caught:
        record_consent(workspace, case_id, purposes=["aftercare"], grants={CORPORATION: []}, given_on=GIVEN_ON,
                       how_given=HowGiven.SIGNED_ON_PAPER, today=TODAY)
    assert caught.value.code == "consent_category_required"


def test_a_consent_of_before_the_matrix_becomes_the_full_cross_product(
        tmp_path: Path, lock_later: list[OpenWorkspace]) -> None:
    folder = tmp_path / "workspace-v3"
    shutil.copytree(SAMPLE_V3, folder)  # never touch the stored sample itself
    workspace = unlock(folder, "stored sample of version 3")
    lock_later.append(workspace)
    with workspace.unit_of_work() as uow:
        case_ids = [row[0] for row in uow.session.execute(text("SELECT case_id FROM consent_record"))]
    assert case_ids
    consent = consent_file(workspace, case_ids[0]).consents[0]
    assert cells_of(consent.grants) == {(recipient, category) for recipient in consent.recipients
                                        for category in consent.categories}


def test_a_bundle_of_before_the_matrix_is_read_as_the_cross_product() -> None:
    fields = {"case_id": "c", "given_on": "2026-01-01", "how_given": "paper", "witness": "", "valid_until": None,
              "purposes": "aftercare", "categories": "identity,housing", "recipients": "social_team,uwv",
              "signature_png": None, "superseded_by": None, "created_at": "2026-01-01T00:00:00",
              "updated_at": "2026-01-01T00:00:00", "changed_by_device": "d", "version": 1}
    record = parse_wire({"table": "consent_record", "id": "x", "seq": 1, "fields": fields})
    assert record.fields["grants"] == "social_team:identity|housing;uwv:identity|housing"


def test_a_matrix_travels_in_a_bundle_record_unchanged(workspace: OpenWorkspace, case_id: str) -> None:
    consent_id = _matrix_consent(workspace, case_id)
    with workspace.unit_of_work() as uow:
        record = uow.consent.consent(consent_id)
        assert record is not None
        wire = to_wire(record)
    assert wire.fields["grants"] == f"{CORPORATION}:identity|housing;{GGZ}:identity|care"
    parsed = parse_wire({"table": wire.table, "id": wire.id, "seq": wire.seq, "fields": wire.fields})
    assert parsed.fields == wire.fields
