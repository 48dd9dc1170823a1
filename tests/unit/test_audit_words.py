"""The one table of words for the audit log's codes: every code the app writes has Dutch and English words, so no
screen and no access request ever shows a code such as "domain_assessment" or "coordinator"."""

from __future__ import annotations

from app.audit import AuditAction, Device
from app.audit_words import AUDIT_ACTIONS, RECORD_TYPES, ROLES, device_words, roles_words, words
from app.casework.documents import CONSENT_RECORD, PLAN_RECORD
from app.domain import WorkspaceKind
from app.monitor.export import REPORT_RECORD
from app.permissions import Role
from app.privacy.access_request import ACCESS_REQUEST_RECORD
from app.privacy.case_removal import ERASURE_RECORD
from app.privacy.corrections import CORRECTION_RECORD
from app.privacy.purge import PURGE_RECORD
from app.sync.conflicts import CONFLICT_RECORD
from app.sync.device import PEER_RECORD
from app.sync.export import BUNDLE_RECORD
from app.sync.records import SYNCED_MODELS

WRITTEN_RECORD_TYPES = {model.__tablename__ for model in SYNCED_MODELS} | {
    PLAN_RECORD, CONSENT_RECORD, REPORT_RECORD, ACCESS_REQUEST_RECORD, ERASURE_RECORD, CORRECTION_RECORD,
    PURGE_RECORD, CONFLICT_RECORD, PEER_RECORD, BUNDLE_RECORD, "case", "consent_file", "account", "workspace",
    "demo_data"}


def test_every_code_written_has_words_in_both_languages() -> None:
    for table, codes in ((RECORD_TYPES, WRITTEN_RECORD_TYPES), (AUDIT_ACTIONS, set(AuditAction)),
                         (ROLES, set(Role))):
        assert codes <= set(table), codes - set(table)
        for code in codes:
            assert words(table, code, "nl") != code and words(table, code, "en") != code, code


def test_the_words_of_the_issues_examples() -> None:
    assert words(RECORD_TYPES, "domain_assessment", "nl") == "Beoordeling van een leefgebied"
    assert roles_words("coordinator", "nl") == "Nazorgcoördinator"
    assert roles_words("backoffice,supervisor", "nl") == "Backoffice, Teamleider"


def test_an_unknown_code_shows_as_it_is_and_none_as_nothing() -> None:
    assert words(RECORD_TYPES, "from_a_newer_version", "nl") == "from_a_newer_version"
    assert words(RECORD_TYPES, None, "nl") == ""


def test_devices_in_words() -> None:
    laptop = Device("d1", WorkspaceKind.COORDINATOR, "Jan de Vries", here=False)
    here = Device("d2", WorkspaceKind.BACKOFFICE, "Backoffice Teststad", here=True)
    gone = Device("0123456789abcdef", None, "", here=False)
    assert device_words(laptop, "nl", from_here=True) == "laptop van Jan de Vries"
    assert device_words(laptop, "en", from_here=True) == "laptop of Jan de Vries"
    assert device_words(here, "nl", from_here=True) == "deze pc"
    assert device_words(here, "nl", from_here=False) == "backoffice"  # a document says where, not "here"
    assert device_words(gone, "nl", from_here=True) == "ander apparaat (01234567)"
    server = Device("d3", WorkspaceKind.BACKOFFICE, "Backoffice Teststad", here=True, shared=True)
    assert device_words(server, "nl", from_here=True) == "backoffice"  # a team's server is many PCs
