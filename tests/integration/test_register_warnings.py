"""The register carries each case's warnings, including key domains still open at intake."""

from __future__ import annotations

from datetime import date, timedelta

from app.casework.cases import CaseData, ClientData, DetentionData, register_case
from app.casework.checklist import load_catalogue
from app.casework.intake import DomainStatus, Moment, open_intake, save_assessment
from app.casework.register import load_register, load_register_row
from app.workspace.session import OpenWorkspace

TODAY = date(2026, 11, 23)


def _case(workspace: OpenWorkspace, start: date, release: date) -> str:
    return register_case(workspace, ClientData("Jan", "Signaal", date(1980, 1, 1)),
                         DetentionData("PI Vught", start, release), CaseData(), today=TODAY).case_ids[0]


def test_release_soon_with_open_housing_is_a_register_warning(workspace: OpenWorkspace) -> None:
    template = load_catalogue().active()
    case_id = _case(workspace, TODAY - timedelta(days=60), TODAY + timedelta(days=10))
    open_intake(workspace, case_id, template, today=TODAY)
    for domain_id, status in (("housing", DomainStatus.NEED), ("id_document", DomainStatus.ARRANGED),
                              ("debts", DomainStatus.NEED)):
        save_assessment(workspace, case_id, domain_id, Moment.INTAKE, status=status)
    [row] = load_register(workspace, template.key_domain_ids, today=TODAY)
    single = load_register_row(workspace, case_id, template.key_domain_ids, today=TODAY)
    codes = {warning.code: warning for warning in row.warnings}
    assert codes["release_soon_open_domains"].domains == ("housing",)  # debts is no key domain; ID is arranged
    assert codes["release_soon_open_domains"].on == TODAY + timedelta(days=10)
    assert single == row


def test_fresh_notification_shows_the_information_term(workspace: OpenWorkspace) -> None:
    case_id = _case(workspace, date(2026, 11, 20), date(2027, 6, 1))  # a Friday: 5 working days → 27-11-2026
    row = load_register_row(workspace, case_id, frozenset(), today=TODAY)
    assert row is not None
    assert [(w.code, w.on) for w in row.warnings] == [("information_term", date(2026, 11, 27))]
