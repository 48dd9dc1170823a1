"""The back office sees the whole trail: the audit entries a coordinator's laptop sends along with its bundles are
read by the office's audit overview, a client's access history and the access-request PDF, each marked with the
device it was made on, in Dutch words rather than codes. On both engines, and on the server for the supervisor and
the privacy officer, who read the trail without being the office's clerk."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from postgres_cluster import ServerDatabase
from pypdf import PdfReader

from app.audit import AuditLine
from app.audit_words import device_words
from app.casework.cases import open_case
from app.casework.checklist import load_catalogue
from app.casework.intake import DomainStatus, Moment, open_intake, save_assessment
from app.domain import WorkspaceKind
from app.permissions import Role
from app.privacy.access_request import make_access_request_pdf
from app.privacy.audit_log import access_history, recent_entries
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace

from .sync_helpers import COORDINATOR, add_case, create, enroll_both, transfer

SURNAME, BSN = "Spoorzoeker", "123456782"
PASSWORD = "a long password for the test accounts"
# Codes the audit log stores that must never reach the client as they are.
RAW_CODES = ("coordinator", "privacy_officer", "domain_assessment", "case_file", "sync_bundle", "consent_file",
             "intake_view", "view", "create", "update", "notified")


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


def _laptop_with_a_visited_case(folder: Path, kdf: KdfParams, office: OpenWorkspace) -> tuple[OpenWorkspace, str]:
    """A laptop enrolled with `office`, on which the coordinator registered a client, looked at the case and
    assessed a domain; the client's id."""
    laptop = create(folder / "laptop", WorkspaceKind.COORDINATOR, COORDINATOR, kdf)
    enroll_both(laptop, office)
    case_id = add_case(laptop, surname=SURNAME, bsn=BSN)
    open_case(laptop, case_id)
    open_intake(laptop, case_id, load_catalogue().active())
    save_assessment(laptop, case_id, "housing", Moment.INTAKE, status=DomainStatus.NEED)
    return laptop, open_case(laptop, case_id).client_id


def _from_laptop(lines: list[AuditLine]) -> list[AuditLine]:
    return [line for line in lines if not line.device.here]


def test_the_office_reads_the_laptops_entries_marked_by_device(
        office: OpenWorkspace, engine_kind: str, tmp_path: Path, fast_kdf: KdfParams,
        lock_later: list[OpenWorkspace]) -> None:
    laptop, client_id = _laptop_with_a_visited_case(tmp_path, fast_kdf, office)
    lock_later.append(laptop)
    on_laptop = access_history(laptop, client_id)
    assert on_laptop and all(line.device.here for line in on_laptop)
    transfer(laptop, office, tmp_path, "l1")

    overview = recent_entries(office, 500)
    remote = _from_laptop(overview)
    assert {(line.action, line.record_type) for line in on_laptop} <= {(line.action, line.record_type)
                                                                     for line in remote}
    assert {(line.device.kind, line.device.name) for line in remote} == {(WorkspaceKind.COORDINATOR, COORDINATOR)}
    assert any(line.device.here for line in overview)  # the office's own entries: the import, at least
    assert [line.occurred_at for line in overview] == sorted((line.occurred_at for line in overview), reverse=True)
    assert device_words(remote[0].device, "nl", from_here=True) == f"laptop van {COORDINATOR}"
    own_entries = "backoffice" if engine_kind == "server" else "deze pc"  # a team's server is many PCs
    assert device_words(overview[0].device, "nl", from_here=True) == own_entries

    history = access_history(office, client_id)
    assert [(line.action, line.record_type) for line in _from_laptop(history)] == \
        [(line.action, line.record_type) for line in on_laptop]
    assert any(line.device.here and line.record_type == "sync_bundle" for line in history)
    assert [line.occurred_at for line in history] == sorted(line.occurred_at for line in history)


def test_the_access_request_lists_the_laptops_accesses_in_dutch_words(
        office: OpenWorkspace, tmp_path: Path, fast_kdf: KdfParams, lock_later: list[OpenWorkspace]) -> None:
    laptop, client_id = _laptop_with_a_visited_case(tmp_path, fast_kdf, office)
    lock_later.append(laptop)
    transfer(laptop, office, tmp_path, "l1")
    text = _pdf_text(make_access_request_pdf(office, client_id, include_internal_notes=False,
                                             today=date(2024, 6, 15)))
    history = text[text.index("Wie uw gegevens heeft bekeken of gewijzigd"):]
    for words in (f"laptop van {COORDINATOR}", "(nazorgcoördinator)", "Aangemaakt", "Bekeken", "Cliënt", "Traject",
                  "Beoordeling van een leefgebied", "Synchronisatiebundel", "backoffice", "Waar"):
        assert words in history, words
    for code in RAW_CODES:
        assert f" {code} " not in f" {text} ", code


@pytest.mark.server
def test_the_supervisor_and_privacy_officer_read_the_laptops_entries_on_the_server(
        server: ServerDatabase, tmp_path: Path, fast_kdf: KdfParams, lock_later: list[OpenWorkspace]) -> None:
    server.add_account("kbakker", "Kim Bakker", frozenset({Role.BACKOFFICE, Role.APPLICATION_MANAGER}), PASSWORD)
    server.add_account("tleider", "Tom Leider", frozenset({Role.SUPERVISOR}), PASSWORD)
    server.add_account("pfunc", "Priya Functionaris", frozenset({Role.PRIVACY_OFFICER}), PASSWORD)
    clerk = server.connect("kbakker", PASSWORD)
    lock_later.append(clerk)
    laptop, client_id = _laptop_with_a_visited_case(tmp_path, fast_kdf, clerk)
    lock_later.append(laptop)
    transfer(laptop, clerk, tmp_path, "l1")
    for login in ("tleider", "pfunc"):
        reader = server.connect(login, PASSWORD)
        lock_later.append(reader)
        assert {line.device.name for line in _from_laptop(recent_entries(reader, 500))} == {COORDINATOR}, login
        assert {line.device.name for line in _from_laptop(access_history(reader, client_id))} == {COORDINATOR}
    text = _pdf_text(make_access_request_pdf(reader, client_id, include_internal_notes=False))
    assert f"laptop van {COORDINATOR}" in text
