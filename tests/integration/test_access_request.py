"""The access request (inzageverzoek): for one person with two detentions, consents and a revocation, the PDF holds
every item the workspace has about them, and nothing about anyone else."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from app.audit import AuditAction
from app.casework.cases import CaseData, open_case
from app.casework.checklist import load_catalogue
from app.casework.consent import record_consent, revoke
from app.casework.consent_terms import HowGiven, RevocationScope
from app.casework.documents import make_plan_pdf
from app.casework.intake import ActionOwner, DomainStatus, Moment, add_action, open_intake, save_assessment, save_plan
from app.errors import TerugkeerError
from app.privacy.access_request import WITHHELD, internal_notes, make_access_request_pdf
from app.workspace.session import OpenWorkspace

from .helpers import audit_rows, client_data, detention_data, register

ME, OTHER = "Inzagezoeker", "Buitenstaander"


def _text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def person(workspace: OpenWorkspace) -> str:
    """Two detentions of one person (same BSN), an intake with a plan, a consent partly revoked; and someone else."""
    today = date(2024, 6, 15)
    first = register(workspace, client_data(surname=ME, bsn="123456782"),
                     detention_data(prison="PI Vught", start_date=date(2022, 1, 10),
                                    expected_release_date=date(2022, 3, 1)),
                     CaseData(notes="Geheim: verdenking van de buurman.")).case_ids[0]
    second = register(workspace, client_data(surname=ME, bsn="123456782"),
                      detention_data(prison="PI Zwolle", start_date=today - timedelta(days=30))).case_ids[0]
    register(workspace, client_data(surname=OTHER, bsn="999990019"), detention_data(prison="PI Breda"))
    open_intake(workspace, second, load_catalogue().active())
    save_assessment(workspace, second, "housing", Moment.INTAKE, status=DomainStatus.NEED)
    add_action(workspace, second, "housing", "Huurschuld regelen met de corporatie", ActionOwner.COORDINATOR,
               today + timedelta(days=10))
    save_plan(workspace, second, agreements="Elke week bellen.")
    _changes, consent_id = record_consent(
        workspace, second, purposes=("aftercare",), categories=("identity", "housing"),
        recipients=("housing_corporation", "uwv"), given_on=date(2024, 6, 1),
        how_given=HowGiven.SIGNED_ON_PAPER, today=today)
    revoke(workspace, consent_id, date(2024, 6, 10), RevocationScope.RECIPIENT, "uwv",
           reason="Wil geen contact met UWV", today=today)
    make_plan_pdf(workspace, second, action=AuditAction.PRINT, recipient="housing_corporation", printed_on=today)
    return open_case(workspace, first).client_id


def test_the_access_request_holds_every_item_and_nothing_of_others(workspace: OpenWorkspace, person: str) -> None:
    assert [note.where for note in internal_notes(workspace, person)] == ["Notities bij het traject"] * 2
    withheld = make_access_request_pdf(workspace, person, include_internal_notes=False, today=date(2024, 6, 15))
    included = make_access_request_pdf(workspace, person, include_internal_notes=True, today=date(2024, 6, 15))
    text = _text(withheld)
    for item in (ME, "123456782", "Detentie vanaf 10-01-2022", "PI Vught", "PI Zwolle",  # both detentions
                 "Uw situatie per leefgebied", "Hulpvraag",  # intake per moment
                 "Huurschuld regelen met de corporatie", "Elke week bellen.",  # the plan
                 "Toestemmingen en intrekkingen", "01-06-2024", "Wil geen contact met UWV",  # consent, revocation
                 "Aan wie uw gegevens zijn gegeven", "Woningcorporatie",  # the plan went to the corporation
                 "Wie uw gegevens heeft bekeken of gewijzigd", "Test Coördinator"):  # the access history
        assert item in text, item
    assert WITHHELD in text and "verdenking van de buurman" not in text and "eerste gesprek" not in text
    assert "verdenking van de buurman" in _text(included)
    assert OTHER not in text and "999990019" not in text and "PI Breda" not in text
    exports = [e for e in audit_rows(workspace) if e["record_type"] == "access_request"]
    assert [(e["action"], e["client_id"]) for e in exports] == [("export", person)] * 2


def test_an_unknown_person_is_refused(workspace: OpenWorkspace) -> None:
    with pytest.raises(TerugkeerError) as raised:
        make_access_request_pdf(workspace, "nobody", include_internal_notes=False)
    assert raised.value.code == "client_not_found"
