"""The words of synchronisation, shared by the command line and the Synchronisation screen: kinds of device, sizes,
what an import did, and the records and fields of a conflict in the user's language.

A conflict shows stored values (JSON: ISO dates, enumeration codes, booleans); `value_text` turns them into what the
case screen would show, and `field_label` names a column as the forms do, with a readable fallback for the rest.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale

from app.casework.consent_terms import Ground, HowGiven, RevocationScope
from app.casework.intake_terms import ActionOwner, DomainStatus, Moment, PlanStatus, SelfReliance
from app.domain import CaseDirection, CaseStatus, WorkspaceKind
from ui.texts.formatting import format_date, format_date_time
from ui.texts.labels import record_type_label, stored_label

if TYPE_CHECKING:
    from app.sync.device import Peer
    from app.sync.importer import ImportResult

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_FINGERPRINT_NOISE = re.compile(r"[\s\-]+")
SHORT_ID = 8


def device_kind_label(kind: str) -> str:
    labels = {
        WorkspaceKind.COORDINATOR.value: QCoreApplication.translate("SyncTexts", "Coordinator laptop"),
        WorkspaceKind.BACKOFFICE.value: QCoreApplication.translate("SyncTexts", "Back office"),
    }
    return labels.get(str(kind), str(kind))


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed or read out, without spaces and dashes, in upper case, for comparing."""
    return _FINGERPRINT_NOISE.sub("", text).upper()


def short_id(identifier: str) -> str:
    """The first characters of a case or device id: enough to tell them apart on screen and on paper."""
    return identifier[:SHORT_ID]


def local_date(moment: datetime) -> date:
    """The day of a stored moment where the user is; a naive value is UTC (as the database keeps it)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone().date()


def peer_status_text(peer: Peer) -> str:
    """"Active", or "Revoked on 14-06-2024: laptop lost"."""
    if peer.revoked_at is None:
        return QCoreApplication.translate("SyncTexts", "Active")
    return QCoreApplication.translate("SyncTexts", "Revoked on {date}: {reason}").format(
        date=format_date(local_date(peer.revoked_at)), reason=peer.revoked_reason)


def size_text(size: int) -> str:
    """"1,2 MB" in the user's locale."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def import_counts_text(result: ImportResult) -> str:
    """"new: 3, updated: 1, unchanged: 0, conflicts: 0", and the older versions ignored when there were any."""
    text = QCoreApplication.translate("SyncTexts", "new: {new}, updated: {updated}, unchanged: {unchanged}, conflicts: {conflicts}").format(
        new=result.new, updated=result.updated, unchanged=result.unchanged, conflicts=result.conflicts)
    if result.stale:
        text += QCoreApplication.translate("SyncTexts", ", older versions ignored: {stale}").format(stale=result.stale)
    return text


def mismatch_text(count: int) -> str:
    """What a digest that disagreed means, in one sentence."""
    return QCoreApplication.translate("SyncTexts", "Differences: {count}. The other device holds other versions of these records than this one expected; they are sent again with the next bundle. See Synchronisation.").format(
        count=count)


def table_label(table: str) -> str:
    """The kind of record a synchronised table holds ("Client", "Case", "Consent")."""
    return record_type_label(table)


def field_label(field: str) -> str:
    """A column's name as the forms show it; an unknown column as readable words ("municipality_code" → "Municipality
    code")."""
    labels = {
        "given_names": QCoreApplication.translate("SyncTexts", "Given names"),
        "surname_prefix": QCoreApplication.translate("SyncTexts", "Surname prefix"),
        "surname": QCoreApplication.translate("SyncTexts", "Surname"),
        "date_of_birth": QCoreApplication.translate("SyncTexts", "Date of birth"),
        "bsn": QCoreApplication.translate("SyncTexts", "BSN"),
        "municipality_of_registration": QCoreApplication.translate("SyncTexts", "Municipality of registration"),
        "address": QCoreApplication.translate("SyncTexts", "Address"),
        "phone": QCoreApplication.translate("SyncTexts", "Phone"),
        "prison": QCoreApplication.translate("SyncTexts", "PI"),
        "start_date": QCoreApplication.translate("SyncTexts", "Start of detention"),
        "expected_release_date": QCoreApplication.translate("SyncTexts", "Expected release"),
        "actual_release_date": QCoreApplication.translate("SyncTexts", "Actual release"),
        "status": QCoreApplication.translate("SyncTexts", "Status"),
        "notified_on": QCoreApplication.translate("SyncTexts", "Notified on"),
        "contact_on": QCoreApplication.translate("SyncTexts", "Contact on"),
        "intake_on": QCoreApplication.translate("SyncTexts", "Intake on"),
        "plan_on": QCoreApplication.translate("SyncTexts", "Plan on"),
        "aftercare_on": QCoreApplication.translate("SyncTexts", "Aftercare from"),
        "closed_on": QCoreApplication.translate("SyncTexts", "Closed on"),
        "target_groups": QCoreApplication.translate("SyncTexts", "Target groups"),
        "case_direction": QCoreApplication.translate("SyncTexts", "Case direction"),
        "coordinator": QCoreApplication.translate("SyncTexts", "Coordinator"),
        "notes": QCoreApplication.translate("SyncTexts", "Notes"),
        "self_reliance": QCoreApplication.translate("SyncTexts", "Self-reliance"),
        "direction_reason": QCoreApplication.translate("SyncTexts", "Reason for the case direction"),
        "value": QCoreApplication.translate("SyncTexts", "Answer"),
        "moment": QCoreApplication.translate("SyncTexts", "Moment"),
        "aftercare_needed": QCoreApplication.translate("SyncTexts", "Aftercare needed?"),
        "situation": QCoreApplication.translate("SyncTexts", "Situation"),
        "goal": QCoreApplication.translate("SyncTexts", "Goal"),
        "agreements": QCoreApplication.translate("SyncTexts", "Agreements"),
        "contact_persons": QCoreApplication.translate("SyncTexts", "Contact persons"),
        "what": QCoreApplication.translate("SyncTexts", "What"),
        "who": QCoreApplication.translate("SyncTexts", "Who"),
        "due_date": QCoreApplication.translate("SyncTexts", "Due date"),
        "done": QCoreApplication.translate("SyncTexts", "Done"),
        "ground": QCoreApplication.translate("SyncTexts", "Legal basis"),
        "noted_on": QCoreApplication.translate("SyncTexts", "Noted on"),
        "note": QCoreApplication.translate("SyncTexts", "Note"),
        "ended_on": QCoreApplication.translate("SyncTexts", "Ended on"),
        "given_on": QCoreApplication.translate("SyncTexts", "Given on"),
        "how_given": QCoreApplication.translate("SyncTexts", "How given"),
        "witness": QCoreApplication.translate("SyncTexts", "Witness"),
        "valid_until": QCoreApplication.translate("SyncTexts", "Valid until"),
        "purposes": QCoreApplication.translate("SyncTexts", "Purposes"),
        "categories": QCoreApplication.translate("SyncTexts", "Kinds of data"),
        "recipients": QCoreApplication.translate("SyncTexts", "Recipients"),
        "grants": QCoreApplication.translate("SyncTexts", "Kinds of data per recipient"),
        "signature_png": QCoreApplication.translate("SyncTexts", "Signature"),
        "revoked_on": QCoreApplication.translate("SyncTexts", "Revoked from"),
        "scope": QCoreApplication.translate("SyncTexts", "What is revoked"),
        "reason": QCoreApplication.translate("SyncTexts", "Reason"),
        "deleted": QCoreApplication.translate("SyncTexts", "Removed"),
    }
    return labels.get(field) or field.replace("_", " ").capitalize()


# Columns holding a code of a closed list, with its vocabulary.
ENUM_FIELDS: dict[tuple[str, str], type[StrEnum]] = {
    ("case_file", "status"): CaseStatus,
    ("case_file", "case_direction"): CaseDirection,
    ("intake", "self_reliance"): SelfReliance,
    ("domain_assessment", "status"): DomainStatus,
    ("domain_assessment", "moment"): Moment,
    ("plan", "status"): PlanStatus,
    ("follow_up_action", "who"): ActionOwner,
    ("processing_ground", "ground"): Ground,
    ("consent_record", "how_given"): HowGiven,
    ("consent_revocation", "scope"): RevocationScope,
}


def value_text(table: str, field: str, value: Any) -> str:
    """A stored (JSON) value as the screens show it: dates as dd-mm-jjjj, codes by their label, yes/no."""
    if value is None or value == "":
        return QCoreApplication.translate("SyncTexts", "(empty)")
    if field == "signature_png":
        return QCoreApplication.translate("SyncTexts", "(signature picture)")
    if isinstance(value, bool):
        return QCoreApplication.translate("SyncTexts", "Yes") if value else QCoreApplication.translate("SyncTexts", "No")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key}: {item}" for key, item in value.items())
    if isinstance(value, str):
        vocabulary = ENUM_FIELDS.get((table, field))
        if vocabulary is not None:
            return stored_label(vocabulary, value)
        if _ISO_DATE.match(value):
            return format_date(date.fromisoformat(value))
        if _ISO_DATE_TIME.match(value):
            try:
                return format_date_time(datetime.fromisoformat(value))
            except ValueError:
                return value
    return str(value)
