"""Words for the codes the audit log stores: what was done, to which kind of record, in which role, on which device.

One table for the screens and the documents alike: a screen shows them in the UI's language (`Text.in_language`),
a document (the access request) always in Dutch. A code this version does not know (written by a newer one) shows
as it is, never as an error.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.audit_terms import AuditAction, Device
from app.casework.checklist import Text
from app.domain import WorkspaceKind
from app.permissions import Role

AUDIT_ACTIONS: Mapping[str, Text] = {
    AuditAction.VIEW: Text("Bekeken", "Viewed"),
    AuditAction.CREATE: Text("Aangemaakt", "Created"),
    AuditAction.UPDATE: Text("Gewijzigd", "Changed"),
    AuditAction.DELETE: Text("Verwijderd", "Deleted"),
    AuditAction.EXPORT: Text("Geëxporteerd", "Exported"),
    AuditAction.PRINT: Text("Afgedrukt", "Printed"),
    AuditAction.LOCK: Text("Vergrendeld", "Locked"),
    AuditAction.UNLOCK: Text("Ontgrendeld", "Unlocked"),
    AuditAction.UNLOCK_FAILED: Text("Ontgrendelen mislukt", "Unlock failed"),
    AuditAction.REKEY: Text("Sleutel vervangen", "Key rotated"),
    AuditAction.PASSPHRASE_CHANGED: Text("Wachtwoord gewijzigd", "Passphrase changed"),
}

ROLES: Mapping[str, Text] = {
    Role.COORDINATOR: Text("Nazorgcoördinator", "Coordinator"),
    Role.BACKOFFICE: Text("Backoffice", "Back office"),
    Role.SUPERVISOR: Text("Teamleider", "Team leader"),
    Role.PRIVACY_OFFICER: Text("Privacyfunctionaris", "Privacy officer"),
    Role.APPLICATION_MANAGER: Text("Functioneel beheerder", "Application manager"),
}

# The record types of the audit log: the synchronised tables (app.sync.records) and the other things an entry names.
RECORD_TYPES: Mapping[str, Text] = {
    "client": Text("Cliënt", "Client"),
    "detention": Text("Detentie", "Detention"),
    "case": Text("Traject", "Case"),
    "case_file": Text("Traject", "Case"),
    "intake": Text("Intake", "Intake"),
    "checklist_answer": Text("Antwoord in de checklist", "Checklist answer"),
    "domain_assessment": Text("Beoordeling van een leefgebied", "Assessment of a domain"),
    "plan_domain": Text("Plan per leefgebied", "Plan: domain"),
    "plan": Text("Plan van aanpak", "Plan of approach"),
    "follow_up_action": Text("Vervolgactie", "Follow-up action"),
    "processing_ground": Text("Grondslag", "Legal basis"),
    "consent_record": Text("Toestemming", "Consent"),
    "consent_revocation": Text("Intrekking van toestemming", "Revocation of consent"),
    "consent_file": Text("Toestemming en grondslag", "Consent and legal basis"),
    "plan_pdf": Text("Plan van aanpak (PDF)", "Plan of approach (PDF)"),
    "consent_pdf": Text("Toestemmingsformulier (PDF)", "Consent form (PDF)"),
    "access_request": Text("Inzageverzoek (PDF)", "Access request (PDF)"),
    "correction": Text("Correctie", "Correction"),
    "case_erasure": Text("Verwijdering van een traject", "Erasure of a case"),
    "workspace": Text("Werkmap", "Workspace"),
    "demo_data": Text("Demogegevens", "Demo data"),
    "account": Text("Account", "Account"),
    "monitor_report": Text("Monitorrapportage", "Monitor report"),
    "laptop_purge": Text("Opschonen van de laptop", "Laptop clean-up"),
    "sync_peer": Text("Geregistreerd apparaat", "Registered device"),
    "sync_bundle": Text("Synchronisatiebundel", "Sync bundle"),
    "sync_conflict": Text("Synchronisatieconflict", "Sync conflict"),
    "audit_log": Text("Auditlog", "Audit log"),
    "identity_review": Text("Melding te controleren (BSN van een bekende cliënt)",
                            "Notification to check (BSN of a known client)"),
    "identity_review_accepted": Text("Melding gecontroleerd: zelfde persoon", "Notification checked: same person"),
    "identity_review_refused": Text("Melding gecontroleerd: geweigerd", "Notification checked: refused"),
}

THIS_DEVICE = Text("deze pc", "this PC")
DEVICES: Mapping[str, Text] = {
    WorkspaceKind.COORDINATOR: Text("laptop van {name}", "laptop of {name}"),
    WorkspaceKind.BACKOFFICE: Text("backoffice", "back office"),
}
UNKNOWN_DEVICE = Text("ander apparaat ({device})", "other device ({device})")


def words(table: Mapping[str, Text], code: str | None, language: str) -> str:
    """The words for a stored code in `language` ("nl" or "en"); an unknown code as it is, no code as nothing."""
    if code is None:
        return ""
    text = table.get(code)
    return text.in_language(language) if text is not None else code


def roles_words(stored: str, language: str) -> str:
    """An entry's roles as stored ("backoffice,supervisor"), in words; laptops logged their kind, which reads as the
    coordinator's or the back office's role."""
    return ", ".join(words(ROLES, role, language) for role in stored.split(",") if role)


def device_words(device: Device, language: str, *, from_here: bool) -> str:
    """Where an entry was made: "deze pc" for this workspace's own entries when `from_here` (a screen) and the
    workspace is this PC's own file, else the device by kind ("laptop van Jan de Vries", "backoffice"), as a
    document for someone elsewhere says it and as a team's server says its own entries."""
    if device.here and from_here and not device.shared:
        return THIS_DEVICE.in_language(language)
    if device.kind is None:
        return UNKNOWN_DEVICE.in_language(language).format(device=device.device_id[:8])
    return DEVICES[device.kind].in_language(language).format(name=device.name)
