"""Printing and exporting the plan of approach and the consent form from a real encrypted workspace: what the PDFs
show, the audit trail of every print, the `terugkeer pdf` command and the documents the self-test leaves behind."""

from __future__ import annotations

import hashlib
import io
import os
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pdf_checks import drawn_boxes_and_ticks
from pypdf import PdfReader
from sqlalchemy import text

from app.audit import AuditAction
from app.casework.cases import Changes
from app.casework.checklist import ChecklistTemplate, load_catalogue
from app.casework.consent import Badge, add_ground, consent_badges, latest_consent, record_consent, revoke
from app.casework.consent_terms import Ground, HowGiven, RevocationScope
from app.casework.document_versions import PLAN, regenerate
from app.casework.documents import CONSENT_RECORD, PLAN_RECORD, make_consent_pdf, make_plan_pdf
from app.casework.intake import (
    ActionOwner,
    DomainStatus,
    Moment,
    PlanStatus,
    add_action,
    open_intake,
    save_assessment,
    save_plan,
    save_plan_domain,
)
from app.demo.workspace import create_demo_workspace
from app.errors import TerugkeerError
from app.pdf.structure import page_count, structure_problems
from app.selftest import CANARY_GIVEN_NAMES, CANARY_SURNAME, PLAN_ACTIONS, run_self_test
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace

from .helpers import CANARY_BSN, audit_rows, client_data, register

GIVEN_NAMES, SURNAME = "Zoë", "Ĳsselmeer-Łukasiewicz"
FULL_NAME = f"{GIVEN_NAMES} {SURNAME}"
ACTIONS = 40


def _text(data: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture(scope="module")
def template() -> ChecklistTemplate:
    return load_catalogue().active()


@pytest.fixture
def case_id(workspace: OpenWorkspace) -> str:
    changes: Changes = register(workspace, client_data(given_names=GIVEN_NAMES, surname=SURNAME))
    return changes.case_ids[0]


@pytest.fixture
def planned(workspace: OpenWorkspace, case_id: str, template: ChecklistTemplate) -> str:
    """The case with an intake and a plan of 40 actions, most of them in the ID document domain."""
    open_intake(workspace, case_id, template)
    save_assessment(workspace, case_id, "id_document", Moment.INTAKE, status=DomainStatus.NEED)
    save_plan_domain(workspace, case_id, "id_document", situation="ID-kaart verlopen in 2022.",
                     goal="Geldige ID-kaart bij vrijlating.")
    for number in range(1, ACTIONS + 1):
        domain_id = "id_document" if number <= 30 else "housing"
        add_action(workspace, case_id, domain_id, f"Handeling {number:02d} uitvoeren", ActionOwner.PI_CASE_MANAGER,
                   date(2024, 7, 1) + timedelta(days=number))
    save_plan(workspace, case_id, status=PlanStatus.DISCUSSED, agreements="Wekelijks bellen.",
              contact_persons="Casemanager PI: mw. Ĳzerman")
    return case_id


def _plan(workspace: OpenWorkspace, case_id: str, **options: Any) -> bytes:
    return make_plan_pdf(workspace, case_id, printed_on=date(2024, 6, 15), **options).data


def _consent(workspace: OpenWorkspace, case_id: str, template: ChecklistTemplate, **options: Any) -> bytes:
    return make_consent_pdf(workspace, case_id, template, printed_on=date(2024, 6, 15),
                            **options).data


def test_plan_shows_the_case_and_every_action_once(workspace: OpenWorkspace, planned: str) -> None:
    data = _plan(workspace, planned)
    assert structure_problems(data) == []
    pages = _text(data)
    whole = " ".join(pages)
    assert len(pages) >= 2 and page_count(data) == len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in page
    for phrase in (f"Naam {FULL_NAME}", "Geboortedatum 01-04-1985", "PI Vught", "Begin detentie 06-05-2024",
                   "Verwachte datum vrijlating 05-07-2024", "Einde nazorg 05-10-2024", "Besproken",
                   "Situatie: ID-kaart verlopen in 2022.", "Wekelijks bellen.", "Casemanager PI: mw. Ĳzerman",
                   "afgedrukt op 15-06-2024"):
        assert phrase in whole, phrase
    for number in range(1, ACTIONS + 1):
        due = date(2024, 7, 1) + timedelta(days=number)
        assert len(re.findall(rf"Casemanager PI Handeling {number:02d} uitvoeren {due:%d-%m-%Y} nee", whole)) == 1


def test_bsn_is_masked_unless_asked(workspace: OpenWorkspace, planned: str) -> None:
    masked = " ".join(_text(_plan(workspace, planned)))
    assert "BSN ••••••782" in masked and CANARY_BSN not in masked
    full = " ".join(_text(_plan(workspace, planned, show_full_bsn=True)))
    assert f"BSN {CANARY_BSN}" in full


def test_each_print_is_audited_with_its_kind(workspace: OpenWorkspace, planned: str,
                                             template: ChecklistTemplate) -> None:
    before = len(audit_rows(workspace))
    _plan(workspace, planned, action=AuditAction.PRINT)
    _consent(workspace, planned, template)
    _plan(workspace, planned, action=AuditAction.VIEW)
    entries = audit_rows(workspace)[before:]
    documents = [(e["action"], e["record_type"]) for e in entries if e["record_type"] in (PLAN_RECORD, CONSENT_RECORD)]
    assert documents == [("print", PLAN_RECORD), ("export", CONSENT_RECORD), ("view", PLAN_RECORD)]
    client_ids = {e["client_id"] for e in entries}
    assert len(client_ids) == 1 and None not in client_ids
    assert ("view", "case") in [(e["action"], e["record_type"]) for e in entries]  # opening the file is logged too
    for entry in entries:
        assert SURNAME not in str(entry) and CANARY_BSN not in str(entry)


def test_a_plan_is_never_started_by_printing(workspace: OpenWorkspace, case_id: str) -> None:
    before = audit_rows(workspace)
    with pytest.raises(TerugkeerError) as raised:
        _plan(workspace, case_id)
    assert raised.value.code == "intake_not_started"
    with workspace.unit_of_work() as uow:
        assert uow.intake.intake(case_id) is None
    assert PLAN_RECORD not in [e["record_type"] for e in audit_rows(workspace)[len(before):]]


def test_unknown_case_and_wrong_action_are_refused(workspace: OpenWorkspace, planned: str) -> None:
    with pytest.raises(TerugkeerError) as raised:
        _plan(workspace, "no-such-case")
    assert raised.value.code == "case_not_found"
    with pytest.raises(ValueError):
        _plan(workspace, planned, action=AuditAction.DELETE)


def test_consent_form_before_any_intake_uses_the_active_template(workspace: OpenWorkspace, case_id: str,
                                                                 template: ChecklistTemplate) -> None:
    whole = " ".join(_text(_consent(workspace, case_id, template)))
    assert f"Naam {FULL_NAME}" in whole
    assert "Wij zijn de gemeente Teststad." in whole
    for domain in template.domains:
        assert (f"Uw situatie: {domain.label.nl}" in whole) is (not domain.optional)
    assert "bewaren wij uw gegevens tot 05-10-2026" in whole  # end of aftercare + 2 years
    assert CANARY_BSN not in whole and "782" not in whole  # the form itself carries no BSN


def test_optional_domains_in_use_appear_on_the_form(workspace: OpenWorkspace, case_id: str,
                                                    template: ChecklistTemplate) -> None:
    whole = " ".join(_text(_consent(workspace, case_id, template, optional_domains=frozenset({"motivation"}))))
    assert f"Uw situatie: {template.domain('motivation').label.nl}" in whole


# --- who a document is for: the sharing policy decides -------------------------------------------------------


def _consent_given(workspace: OpenWorkspace, case_id: str, *, categories: tuple[str, ...],
                   recipients: tuple[str, ...], signature: bytes | None = None) -> str:
    _, consent_id = record_consent(
        workspace, case_id, purposes=("aftercare",), categories=categories,
        recipients=recipients, given_on=date(2024, 6, 1), how_given=HowGiven.SIGNED_ON_SCREEN
        if signature else HowGiven.SIGNED_ON_PAPER, signature_png=signature, today=date(2024, 6, 15))
    return consent_id


def test_plan_for_a_chain_partner_leaves_out_what_may_not_go_to_it(workspace: OpenWorkspace, planned: str) -> None:
    _consent_given(workspace, planned, categories=("identity", "id_document"), recipients=("housing_corporation",))
    document = make_plan_pdf(workspace, planned, printed_on=date(2024, 6, 15),
                             recipient="housing_corporation")
    whole = " ".join(_text(document.data))
    assert "Bestemd voor:" in whole and "Situatie: ID-kaart verlopen in 2022." in whole
    assert "Handeling 01 uitvoeren" in whole
    assert "Handeling 31 uitvoeren" not in whole  # the housing domain was not consented to
    assert "PI Vught" not in whole and "Begin detentie" not in whole  # nor the detention data
    assert "Einde nazorg" not in whole  # release + 3 months: it would give the release date away
    # The plan itself (contacts, agreements, triage) is a kind of its own the consent did not give.
    assert "mw. Ĳzerman" not in whole and "Wekelijks bellen." not in whole and "Triage" not in whole
    assert "Niet opgenomen" in whole and "detentiegegevens" in whole and "triage, contactpersonen" in whole
    held = {(item.category, item.recipient, item.reason_code) for item in document.held_back}
    assert ("housing", "housing_corporation", "consent_category_not_named") in held
    assert ("detention", "housing_corporation", "consent_category_not_named") in held
    assert not any(item.category in ("identity", "id_document") for item in document.held_back)
    entry = [e for e in audit_rows(workspace) if e["record_type"] == PLAN_RECORD][-1]
    assert entry["legal_basis"] == "consent"


def test_a_matrix_consent_gives_each_partner_only_its_own_kinds(workspace: OpenWorkspace, planned: str) -> None:
    record_consent(workspace, planned, purposes=("aftercare",),
                   grants={"housing_corporation": ["identity", "housing"],
                           "pi_case_manager": ["identity", "detention", "plan", "id_document"]},
                   given_on=date(2024, 6, 1), how_given=HowGiven.SIGNED_ON_PAPER, today=date(2024, 6, 15))
    corporation = " ".join(_text(_plan(workspace, planned, recipient="housing_corporation")))
    assert "Handeling 31 uitvoeren" in corporation and "Handeling 01 uitvoeren" not in corporation
    assert "mw. Ĳzerman" not in corporation and "Einde nazorg" not in corporation
    prison = " ".join(_text(_plan(workspace, planned, recipient="pi_case_manager")))
    assert "Handeling 01 uitvoeren" in prison and "Handeling 31 uitvoeren" not in prison
    assert "mw. Ĳzerman" in prison and "Wekelijks bellen." in prison and "Einde nazorg" in prison


def test_plan_for_a_partner_without_identity_consent_is_refused(workspace: OpenWorkspace, planned: str) -> None:
    _consent_given(workspace, planned, categories=("identity",), recipients=("uwv",))
    before = len(audit_rows(workspace))
    with pytest.raises(TerugkeerError) as raised:
        _plan(workspace, planned, recipient="probation")
    assert raised.value.code == "not_for_recipient"
    assert raised.value.params == {"recipient": "probation", "reason": "consent_recipient_not_named"}
    assert PLAN_RECORD not in [e["record_type"] for e in audit_rows(workspace)[before:]]


def test_plan_for_the_wsb_chain_goes_whole_on_the_law(workspace: OpenWorkspace, planned: str) -> None:
    add_ground(workspace, planned, Ground.WET_STRAFFEN_EN_BESCHERMEN, date(2024, 6, 1),
               today=date(2024, 6, 15))
    document = make_plan_pdf(workspace, planned, printed_on=date(2024, 6, 15), recipient="probation")
    assert document.held_back == ()
    whole = " ".join(_text(document.data))
    assert "PI Vught" in whole and "Handeling 31 uitvoeren" in whole and "Niet opgenomen" not in whole
    entries = audit_rows(workspace)
    assert [e for e in entries if e["record_type"] == PLAN_RECORD][-1]["legal_basis"] == "wsb"
    # the plan for the client's own file, and every other entry about the case, now names the law as well
    _plan(workspace, planned)
    assert {e["legal_basis"] for e in audit_rows(workspace)[len(entries):]} == {"wsb"}


def test_filled_consent_form_ticks_the_latest_consent(workspace: OpenWorkspace, case_id: str,
                                                      template: ChecklistTemplate) -> None:
    with pytest.raises(TerugkeerError) as raised:
        _consent(workspace, case_id, template, filled=True)
    assert raised.value.code == "no_consent_recorded"
    blank = _consent(workspace, case_id, template)
    _consent_given(workspace, case_id, categories=("identity", "housing"), recipients=("uwv", "social_team"))
    filled = _consent(workspace, case_id, template, filled=True)
    assert drawn_boxes_and_ticks(blank)[1] == 0
    assert drawn_boxes_and_ticks(filled)[1] == 4  # two categories and two recipients
    assert "01-06-2024" in _text(filled)[-1]  # the date it was given, on the signature lines


def test_filled_consent_form_shows_every_consent_in_force_and_what_was_revoked_when(
        workspace: OpenWorkspace, case_id: str, template: ChecklistTemplate) -> None:
    first = _consent_given(workspace, case_id, categories=("identity", "housing"),
                           recipients=("housing_corporation", "social_team"))
    _, second = record_consent(workspace, case_id, purposes=("aftercare",),
                               grants={"mental_health_addiction": ["identity", "care"]}, given_on=date(2024, 6, 3),
                               how_given=HowGiven.SIGNED_ON_PAPER, today=date(2024, 6, 15))
    gone = _consent_given(workspace, case_id, categories=("identity",), recipients=("uwv",))
    revoke(workspace, first, date(2024, 6, 10), RevocationScope.CELL, "housing_corporation:housing",
           today=date(2024, 6, 15))
    revoke(workspace, second, date(2024, 6, 12), RevocationScope.CATEGORY, "care", today=date(2024, 6, 15))
    revoke(workspace, gone, date(2024, 6, 2), RevocationScope.WHOLE, today=date(2024, 6, 15))
    filled = _consent(workspace, case_id, template, filled=True)
    whole = " ".join(_text(filled))
    assert "Uw toestemming van 01-06-2024." in whole and "Uw toestemming van 03-06-2024." in whole
    assert "Ingetrokken vanaf 10-06-2024: Woningcorporatie – Huisvesting / onderdak." in whole
    assert "Ingetrokken vanaf 12-06-2024: Zorg, voor alle organisaties." in whole
    assert drawn_boxes_and_ticks(filled)[1] == 4 + 2  # the wholly revoked consent to UWV is no longer in force


def test_demo_workspace_has_realistic_plans(tmp_path: Path, fast_kdf: KdfParams) -> None:
    demo = create_demo_workspace(tmp_path / "demo", "demo passphrase for tests", 60, kdf=fast_kdf)
    try:
        with demo.unit_of_work() as uow:
            rows = uow.session.execute(text("SELECT case_id FROM intake ORDER BY case_id")).all()
        case_ids = [row.case_id for row in rows]
        assert 0 < len(case_ids) < 60  # a notification or first contact has no intake yet
        data = make_plan_pdf(demo, case_ids[0]).data
        whole = " ".join(_text(data))
        assert "Wie Wat Wanneer Gedaan" in whole and "Gemeente Demostad" in whole
        intake = open_intake(demo, case_ids[0], load_catalogue().active())
        assert intake.actions and intake.plan_domains and intake.agreements
        for action in intake.actions:
            assert action.what in whole
        badges = consent_badges(demo, date.today(), case_ids)
        with demo.unit_of_work() as uow:
            consented = [case_id for case_id in case_ids if latest_consent(uow, case_id) is not None]
        assert len(consented) >= len(case_ids) // 2  # most demo plans come with a consent
        assert Badge.GIVEN in badges.values() or Badge.PARTIAL in badges.values()
        # A case with a consent in force (case ids are random, so the first one may hold a revoked consent).
        in_force = next(case_id for case_id in consented if badges.get(case_id) in (Badge.GIVEN, Badge.PARTIAL))
        filled = make_consent_pdf(demo, in_force, load_catalogue().active(), filled=True).data
        assert drawn_boxes_and_ticks(filled)[1] >= 4  # at least identity, detention and two recipients
    finally:
        demo.lock()


@pytest.mark.slow
def test_self_test_keeps_both_documents_with_the_diacritics(tmp_path: Path) -> None:
    results = list(run_self_test(tmp_path / "kept"))
    assert all(result.ok for result in results), [r for r in results if not r.ok]
    plan = (tmp_path / "kept" / "plan.pdf").read_bytes()
    consent = (tmp_path / "kept" / "consent.pdf").read_bytes()
    name = f"{CANARY_GIVEN_NAMES} {CANARY_SURNAME}"
    plan_pages = _text(plan)
    assert len(plan_pages) >= 2 and name in plan_pages[0]
    whole = " ".join(plan_pages)
    for number in range(1, PLAN_ACTIONS + 1):
        assert len(re.findall(rf"Zelftestactie {number}\b", whole)) == 1
    assert sum("Wie Wat Wanneer Gedaan" in page for page in plan_pages) >= 2
    assert name in " ".join(_text(consent))
    assert os.stat(tmp_path / "kept" / "plan.pdf").st_mode & 0o777 == 0o600


# --- the command line ------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_pdf_command_writes_plan_and_consent(workspace: OpenWorkspace, planned: str, passphrase: str,
                                             tmp_path: Path) -> None:
    from .test_cli import run_cli

    workspace.lock()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(passphrase, encoding="utf-8")
    common = ("--workspace", str(workspace.folder), "--case", planned, "--passphrase-file", str(secret))
    plan_file, full_file, consent_file = tmp_path / "plan é.pdf", tmp_path / "vol.pdf", tmp_path / "toestemming.pdf"

    result = run_cli(tmp_path, "pdf", "plan", *common, "--out", str(plan_file), secrets=(passphrase,))
    assert result.returncode == 0, result.stderr
    assert str(plan_file) in result.stdout
    plan_pages = _text(plan_file.read_bytes())
    assert FULL_NAME in plan_pages[0] and "BSN ••••••782" in plan_pages[0]
    assert f"pagina 1 van {len(plan_pages)}" in plan_pages[0]
    assert os.stat(plan_file).st_mode & 0o777 == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # written atomically, nothing left over

    result = run_cli(tmp_path, "pdf", "plan", *common, "--out", str(full_file), "--full-bsn", secrets=(passphrase,))
    assert result.returncode == 0, result.stderr
    assert f"BSN {CANARY_BSN}" in _text(full_file.read_bytes())[0]

    result = run_cli(tmp_path, "pdf", "consent", *common, "--out", str(consent_file), secrets=(passphrase,))
    assert result.returncode == 0, result.stderr
    assert "Toestemming voor het delen van uw gegevens" in _text(consent_file.read_bytes())[0]


@pytest.mark.slow
def test_pdf_command_reports_errors_clearly(workspace: OpenWorkspace, case_id: str, passphrase: str,
                                            tmp_path: Path) -> None:
    from .test_cli import run_cli

    workspace.lock()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(passphrase, encoding="utf-8")
    common = ("--workspace", str(workspace.folder), "--passphrase-file", str(secret))

    missing_folder = run_cli(tmp_path, "pdf", "plan", *common, "--case", case_id, "--out",
                             str(tmp_path / "nergens" / "plan.pdf"), secrets=(passphrase,))
    assert missing_folder.returncode != 0 and str(tmp_path / "nergens") in missing_folder.stderr

    unknown = run_cli(tmp_path, "pdf", "plan", *common, "--case", "geen-traject", "--out",
                      str(tmp_path / "x.pdf"), secrets=(passphrase,))
    assert unknown.returncode != 0 and unknown.stderr.strip()
    assert "Traceback" not in unknown.stderr

    no_plan = run_cli(tmp_path, "pdf", "plan", *common, "--case", case_id, "--out", str(tmp_path / "x.pdf"),
                      secrets=(passphrase,))
    assert no_plan.returncode != 0 and "Traceback" not in no_plan.stderr
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.slow
def test_pdf_command_names_what_it_left_out_in_words(workspace: OpenWorkspace, planned: str, passphrase: str,
                                                     template: ChecklistTemplate, tmp_path: Path) -> None:
    from .test_cli import run_cli

    _consent_given(workspace, planned, categories=("identity", "id_document"), recipients=("housing_corporation",))
    workspace.lock()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(passphrase, encoding="utf-8")
    result = run_cli(tmp_path, "pdf", "plan", "--workspace", str(workspace.folder), "--case", planned,
                     "--passphrase-file", str(secret), "--for", "housing_corporation",
                     "--out", str(tmp_path / "woningcorporatie.pdf"), secrets=(passphrase,))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Weggelaten: detentiegegevens (de toestemming noemt dit soort gegevens niet)." in lines
    assert f"Weggelaten: {template.domain('housing').label.nl} (de toestemming noemt dit soort gegevens niet)." in lines
    assert not [line for line in lines if "consent_category_not_named" in line or "detention" in line]


def test_a_failed_delivery_leaves_no_audit_entry(workspace: OpenWorkspace, planned: str) -> None:
    before = len(audit_rows(workspace))

    def stick_full(_data: bytes) -> None:
        raise TerugkeerError("disk_full", path="/media/usb")

    with pytest.raises(TerugkeerError):
        _plan(workspace, planned, action=AuditAction.EXPORT, deliver=stick_full)
    assert PLAN_RECORD not in [e["record_type"] for e in audit_rows(workspace)[before:]]
    delivered: list[bytes] = []
    data = _plan(workspace, planned, action=AuditAction.EXPORT, deliver=delivered.append)
    assert delivered == [data]
    assert [e["record_type"] for e in audit_rows(workspace)[before:]].count(PLAN_RECORD) == 1


# --- document versions and disclosures ----------------------------------------------------------------------------


def test_printing_makes_numbered_versions_that_regenerate_exactly(workspace: OpenWorkspace, planned: str) -> None:
    first = make_plan_pdf(workspace, planned, action=AuditAction.PRINT, printed_on=date(2024, 6, 15))
    # The same plan printed a day later: the same version, byte for byte.
    again = make_plan_pdf(workspace, planned, action=AuditAction.PRINT, printed_on=date(2024, 6, 16))
    assert again.data == first.data
    save_plan(workspace, planned, agreements="Wekelijks bellen, op dinsdag.")
    second = make_plan_pdf(workspace, planned, action=AuditAction.EXPORT, printed_on=date(2024, 6, 20))
    with workspace.unit_of_work() as uow:
        stored = uow.documents.versions(planned, PLAN)
        assert [v.number for v in stored] == [1, 2]
        assert hashlib.sha256(first.data).hexdigest() == stored[0].pdf_sha256
        assert regenerate(stored[0]) == first.data  # version 1 made again after the later edit
        ids, hashes = [v.id for v in stored], [v.content_sha256[:8] for v in stored]
    first_text, second_text = " ".join(_text(first.data)), " ".join(_text(second.data))
    assert f"versie 1 · {hashes[0]}" in first_text and "afgedrukt op 15-06-2024" in first_text
    assert f"versie 2 · {hashes[1]}" in second_text and "op dinsdag" in second_text
    prints = [e["record_id"] for e in audit_rows(workspace) if e["record_type"] == PLAN_RECORD]
    assert prints == [ids[0], ids[0], ids[1]]  # who printed which version
    preview_text = " ".join(_text(make_plan_pdf(workspace, planned, action=AuditAction.VIEW).data))
    with workspace.unit_of_work() as uow:  # a preview makes no version
        assert len(uow.documents.versions(planned, PLAN)) == 2
    today = date.today().strftime("%d-%m-%Y")
    assert f"Vertrouwelijk · voorbeeld van {today}, nog niet afgedrukt" in preview_text
    assert "afgedrukt op" not in preview_text and "versie" not in preview_text


def test_a_plan_for_a_partner_is_remembered_as_a_disclosure(workspace: OpenWorkspace, planned: str) -> None:
    _consent_given(workspace, planned, categories=("identity", "id_document"), recipients=("housing_corporation",))
    make_plan_pdf(workspace, planned, action=AuditAction.PRINT, recipient="housing_corporation",
                  printed_on=date(2024, 6, 15))
    make_plan_pdf(workspace, planned, action=AuditAction.VIEW, recipient="housing_corporation",
                  printed_on=date(2024, 6, 15))
    with workspace.unit_of_work() as uow:
        rows = uow.session.execute(text("SELECT recipient, categories, means, legal_basis FROM disclosure")).all()
    assert [tuple(row) for row in rows] == [("Woningcorporatie", "id_document,identity", "plan_pdf", "consent")]
