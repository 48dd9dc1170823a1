"""Consent and legal basis of a case (*toestemming en grondslag*): processing grounds, consent records and
revocations, the consent file as a read model, and the consent badge.

History is never overwritten: changing a consent records a new version and marks the old one `superseded_by` it;
revocations are appended. What may be shared is decided in one place, app.casework.sharing_policy; this module stores
and validates the facts it decides on. Every change is a service with its own committed transaction and one audit entry
per touched record (ids only), naming the legal basis the case's data rests on after the change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache, lru_cache
from typing import TypeVar

from app import audit
from app.audit import Actor, AuditAction
from app.casework.case_facts import basis_code, case_basis, facts_by_case, stored_ids
from app.casework.cases import Changes
from app.casework.checklist import load_catalogue, parse_template
from app.casework.consent_terms import (
    DETENTION,
    IDENTITY,
    PLAN,
    Badge,
    Grants,
    Ground,
    HowGiven,
    RevocationScope,
    cell_value,
    cells_of,
    consent_terms,
    cross_product,
    format_grants,
    parse_cell_value,
    parse_grants,
)
from app.casework.sharing_policy import (
    WSB_IN_FORCE,
    ConsentFact,
    ConsentStatus,
    GroundFact,
    RevocationFact,
    SharingFacts,
    active_grounds,
    consent_status,
)
from app.errors import TerugkeerError, ValidationError
from app.permissions import Permission
from app.records import stamp
from app.workspace.session import OpenWorkspace
from db.models import Case, ConsentRecord, ConsentRevocation, ProcessingGround, SyncedRecord
from db.uow import UnitOfWork

PNG_HEADER = b"\x89PNG\r\n\x1a\n"
MAX_SIGNATURE_BYTES = 2 * 1024 * 1024  # a signature drawn on screen is a few tens of kilobytes

E = TypeVar("E", bound=StrEnum)

# Audit record types, as the tables are named.
_GROUND, _CONSENT, _REVOCATION = "processing_ground", "consent_record", "consent_revocation"


@dataclass(frozen=True)
class GroundData:
    id: str
    ground: Ground
    noted_on: date
    note: str
    ended_on: date | None


@dataclass(frozen=True)
class RevocationData:
    id: str
    revoked_on: date
    scope: RevocationScope
    scope_value: str  # the recipient or category id, "recipient:category" for a cell; empty for a whole revocation
    reason: str


@dataclass(frozen=True)
class ConsentData:
    """One consent version; `superseded_by` / `replaces` link it to the next / previous version. `grants` is its
    matrix (per recipient the categories that may go to it); `categories` and `recipients` all it names."""

    id: str
    given_on: date
    how_given: HowGiven
    witness: str
    valid_until: date | None
    purposes: tuple[str, ...]
    categories: tuple[str, ...]
    recipients: tuple[str, ...]
    signature_png: bytes | None
    superseded_by: str | None
    replaces: str | None
    revocations: tuple[RevocationData, ...]
    grants: Grants = ()

    def categories_for(self, recipient: str) -> tuple[str, ...]:
        """The categories the consent names for `recipient` (empty when it does not name the recipient)."""
        return next((categories for named, categories in self.grants if named == recipient), ())


@dataclass(frozen=True)
class ConsentFile:
    """Everything about consent and legal basis of one case, with the full history, as plain data.
    `categories` are the data categories the case has (identity, detention, the template's domains)."""

    case_id: str
    client_id: str
    grounds: tuple[GroundData, ...]
    consents: tuple[ConsentData, ...]  # every version, oldest first
    categories: tuple[str, ...]

    def consent(self, consent_id: str) -> ConsentData:
        return next(consent for consent in self.consents if consent.id == consent_id)

    @property
    def current_consents(self) -> tuple[ConsentData, ...]:
        """The versions not replaced by a newer one."""
        return tuple(consent for consent in self.consents if consent.superseded_by is None)

    @property
    def facts(self) -> SharingFacts:
        """What the sharing policy needs of this case."""
        given_on = {consent.id: consent.given_on for consent in self.consents}
        return SharingFacts(
            grounds=tuple(GroundFact(g.ground, g.noted_on, g.ended_on) for g in self.grounds),
            consents=tuple(
                ConsentFact(c.id, c.given_on, c.valid_until, frozenset(c.categories), frozenset(c.recipients),
                            tuple(RevocationFact(r.revoked_on, r.scope, r.scope_value) for r in c.revocations),
                            given_on.get(c.superseded_by) if c.superseded_by else None, cells_of(c.grants))
                for c in self.consents),
            categories=frozenset(self.categories),
        )


# --- reading ---------------------------------------------------------------------------------------------------


def consent_file(workspace: OpenWorkspace, case_id: str, today: date | None = None) -> ConsentFile:
    """The case's grounds and every consent version with its revocations; logged as a view of the client's file."""
    with workspace.transaction(Permission.READ_CASEWORK) as uow:
        return read_consent_file(uow, workspace.actor, case_id, today)


def read_consent_file(uow: UnitOfWork, actor: Actor, case_id: str, today: date | None = None) -> ConsentFile:
    """`consent_file` inside the caller's transaction (an access request shows it); the view is committed at once."""
    case = _case(uow, case_id)
    file = _read_file(uow, case)
    audit.append(uow, actor, AuditAction.VIEW, client_id=case.client_id, record_type="consent_file",
                 record_id=case.id, legal_basis=basis_code(file.facts, today or date.today()))
    uow.commit()
    return file


def latest_consent(uow: UnitOfWork, case_id: str) -> ConsentData | None:
    """The newest consent version of the case (not replaced, latest given), revoked or not; None without any.
    Not logged as a view: the caller audits the document it prints with it."""
    current = _read_file(uow, _case(uow, case_id)).current_consents
    return max(current, key=lambda consent: consent.given_on, default=None)


def consents_in_force(uow: UnitOfWork, case_id: str, today: date) -> tuple[ConsentData, ...]:
    """The consents of the case in force on `today`, oldest first: not replaced, not expired, not wholly revoked
    (a partly revoked one is in force, with its revocations). Not logged as a view: the caller audits the document
    it prints with them."""
    file = _read_file(uow, _case(uow, case_id))
    facts = {fact.consent_id: fact for fact in file.facts.consents}
    in_force = (ConsentStatus.IN_EFFECT, ConsentStatus.PARTIALLY_REVOKED)
    return tuple(sorted((consent for consent in file.current_consents
                         if consent_status(facts[consent.id], today) in in_force), key=lambda c: c.given_on))


def has_consent(workspace: OpenWorkspace, case_id: str) -> bool:
    """Whether a consent was recorded for the case, so its form can be filled in with it. Not logged: nothing of
    the case is shown."""
    with workspace.transaction(Permission.READ_CASES) as uow:
        return latest_consent(uow, case_id) is not None


def sharing_facts(uow: UnitOfWork, case_id: str) -> SharingFacts:
    """The facts app.casework.sharing_policy decides on, for an export, print or sync of this case. Not logged
    as a view: the caller audits the export or print it makes."""
    return _read_file(uow, _case(uow, case_id)).facts


def known_categories(uow: UnitOfWork, case_id: str) -> tuple[str, ...]:
    """The data categories a consent of this case may name, in form order: identity, detention, the plan, then the
    domains of the case's intake template and of the active built-in template."""
    ids = [IDENTITY, DETENTION, PLAN]
    intake = uow.intake.intake(case_id)
    if intake is not None:
        text = uow.intake.template_text(intake.template_id, intake.template_version)
        if text is not None:
            ids.extend(_domain_ids(text, f"{intake.template_id} v{intake.template_version}"))
    ids.extend(_builtin_domain_ids())
    return tuple(dict.fromkeys(ids))


def consent_badge(file: ConsentFile, today: date) -> Badge:
    """The badge of the case on `today` (see Badge)."""
    return badge_for(file.facts, today)


def badge_for(facts: SharingFacts, today: date) -> Badge:
    """The badge for a case's facts on `today`: given or partial while a consent is in effect; revoked when the
    consents that would count now are revoked; else other_legal_basis when a ground is active; else none."""
    counting = [status for consent in facts.consents
                if (status := consent_status(consent, today)) not in
                (ConsentStatus.NOT_YET_GIVEN, ConsentStatus.EXPIRED, ConsentStatus.SUPERSEDED)]
    if ConsentStatus.IN_EFFECT in counting or ConsentStatus.PARTIALLY_REVOKED in counting:
        restricted = ConsentStatus.PARTIALLY_REVOKED in counting or ConsentStatus.REVOKED in counting
        return Badge.PARTIAL if restricted else Badge.GIVEN
    if ConsentStatus.REVOKED in counting:
        return Badge.REVOKED
    return Badge.OTHER_LEGAL_BASIS if active_grounds(facts, today) else Badge.NONE


def consent_badges(workspace: OpenWorkspace, today: date, case_ids: Sequence[str] | None = None) -> dict[str, Badge]:
    """The badge of every case (or of `case_ids`), in three queries; a case missing from the answer has no ground
    and no consent: Badge.NONE. Not logged as a view (a badge shows no file)."""
    with workspace.transaction(Permission.READ_CASES) as uow:
        return badges_by_case(uow, today, case_ids)


def badges_by_case(uow: UnitOfWork, today: date, case_ids: Sequence[str] | None = None) -> dict[str, Badge]:
    """`consent_badges` inside the caller's transaction (the register reads them with its rows)."""
    return {case_id: badge_for(facts, today) for case_id, facts in facts_by_case(uow, case_ids).items()}


def _read_file(uow: UnitOfWork, case: Case) -> ConsentFile:
    records = uow.consent.consents(case.id)
    revocations: dict[str, list[RevocationData]] = {}
    for revocation in uow.consent.revocations([record.id for record in records]):
        revocations.setdefault(revocation.consent_id, []).append(RevocationData(
            revocation.id, revocation.revoked_on, RevocationScope(revocation.scope), revocation.scope_value,
            revocation.reason))
    replaces = {record.superseded_by: record.id for record in records if record.superseded_by}
    return ConsentFile(
        case_id=case.id,
        client_id=case.client_id,
        grounds=tuple(GroundData(g.id, Ground(g.ground), g.noted_on, g.note, g.ended_on)
                      for g in uow.consent.grounds(case.id)),
        consents=tuple(ConsentData(
            id=r.id, given_on=r.given_on, how_given=HowGiven(r.how_given), witness=r.witness,
            valid_until=r.valid_until, purposes=stored_ids(r.purposes), categories=stored_ids(r.categories),
            recipients=stored_ids(r.recipients), signature_png=r.signature_png, superseded_by=r.superseded_by,
            replaces=replaces.get(r.id), revocations=tuple(revocations.get(r.id, ())),
            grants=parse_grants(r.grants)) for r in records),
        categories=known_categories(uow, case.id),
    )


# --- grounds ---------------------------------------------------------------------------------------------------


def add_ground(workspace: OpenWorkspace, case_id: str, ground: Ground, noted_on: date, note: str = "",
               today: date | None = None) -> tuple[Changes, str]:
    """Record a legal ground of the case from `noted_on`; returns what changed and the ground's id. Consent is
    not a ground to add (it is proven by record_consent); the same ground cannot be open twice."""
    code = Ground(_code(Ground, ground, "ground"))
    if code == Ground.CONSENT:
        raise ValidationError("ground", "ground_consent_by_record")
    if code == Ground.WET_STRAFFEN_EN_BESCHERMEN and noted_on < WSB_IN_FORCE:
        raise ValidationError("noted_on", "ground_wsb_before_in_force")
    with workspace.transaction(Permission.EDIT_CASEWORK) as uow:
        case = _case(uow, case_id)
        if any(g.ground == code.value and g.ended_on is None for g in uow.consent.grounds(case_id)):
            raise ValidationError("ground", "ground_duplicate")
        record = stamp(ProcessingGround(case_id=case_id, ground=code.value, noted_on=noted_on, note=note.strip(),
                                        ended_on=None, deleted=False), workspace.actor, new=True)
        uow.consent.add(record)
        changes = _audited(uow, workspace.actor, case, [(record, _GROUND, AuditAction.CREATE)], today)
        uow.commit()
        return changes, record.id


def end_ground(workspace: OpenWorkspace, ground_id: str, ended_on: date, today: date | None = None) -> Changes:
    """The ground no longer applies from `ended_on` (that day included). Ending it again on the same day changes
    nothing; on another day it is refused (remove a mistaken ground and add it anew)."""
    with workspace.transaction(Permission.EDIT_CASEWORK) as uow:
        record = uow.consent.ground(ground_id)
        if record is None or record.deleted:
            raise TerugkeerError("ground_not_found")
        if record.ended_on == ended_on:
            return Changes()
        if record.ended_on is not None:
            raise ValidationError("ended_on", "ground_already_ended")
        if ended_on < record.noted_on:
            raise ValidationError("ended_on", "ground_end_before_noted")
        record.ended_on = ended_on
        changes = _ground_changed(uow, workspace.actor, record, AuditAction.UPDATE, today)
        uow.commit()
        return changes


def remove_ground(workspace: OpenWorkspace, ground_id: str, today: date | None = None) -> Changes:
    """Remove a ground entered by mistake; it stays as a tombstone so the removal can travel to other devices."""
    with workspace.transaction(Permission.EDIT_CASEWORK) as uow:
        record = uow.consent.ground(ground_id)
        if record is None or record.deleted:
            return Changes()
        record.deleted = True
        changes = _ground_changed(uow, workspace.actor, record, AuditAction.DELETE, today)
        uow.commit()
        return changes


def _ground_changed(uow: UnitOfWork, actor: Actor, record: ProcessingGround, action: AuditAction,
                    today: date | None) -> Changes:
    stamp(record, actor)
    return _audited(uow, actor, _case(uow, record.case_id), [(record, _GROUND, action)], today)


# --- consent ---------------------------------------------------------------------------------------------------


def record_consent(workspace: OpenWorkspace, case_id: str, *, purposes: Iterable[str],
                   categories: Iterable[str] = (), recipients: Iterable[str] = (),
                   grants: Mapping[str, Iterable[str]] | None = None, given_on: date, how_given: HowGiven,
                   witness: str = "", valid_until: date | None = None, signature_png: bytes | None = None,
                   today: date | None = None) -> tuple[Changes, str]:
    """Record a consent the detainee gave; returns what changed and the consent's id. `grants` is the matrix:
    per recipient the categories that may go to it; without it every one of `categories` goes to every one of
    `recipients`. Refuses (ValidationError) empty or unknown purposes, categories or recipients, a verbal
    consent without a witness, a date in the future, a valid_until not after given_on, and a signature that is
    not a PNG."""
    actor = workspace.actor
    with workspace.transaction(Permission.EDIT_CASEWORK) as uow:
        case = _case(uow, case_id)
        record = _new_consent(uow, actor, case, purposes=purposes, grants=_matrix(grants, recipients, categories),
                              given_on=given_on, how_given=how_given, witness=witness, valid_until=valid_until,
                              signature_png=signature_png, today=today or date.today())
        changes = _audited(uow, actor, case, [(record, _CONSENT, AuditAction.CREATE)], today)
        uow.commit()
        return changes, record.id


def replace_consent(workspace: OpenWorkspace, consent_id: str, *, purposes: Iterable[str],
                    categories: Iterable[str] = (), recipients: Iterable[str] = (),
                    grants: Mapping[str, Iterable[str]] | None = None, given_on: date, how_given: HowGiven,
                    witness: str = "", valid_until: date | None = None, signature_png: bytes | None = None,
                    today: date | None = None) -> tuple[Changes, str]:
    """Record a changed consent as a new version; the old one stays, marked superseded by it, and no longer counts
    from the new `given_on`. Returns what changed and the new id. Validated as record_consent; only the newest
    version can be replaced, and not by one given before it."""
    actor = workspace.actor
    with workspace.transaction(Permission.EDIT_CASEWORK) as uow:
        old = _current_consent(uow, consent_id)
        if given_on < old.given_on:
            raise ValidationError("given_on", "consent_given_before_replaced")
        case = _case(uow, old.case_id)
        new = _new_consent(uow, actor, case, purposes=purposes, grants=_matrix(grants, recipients, categories),
                           given_on=given_on, how_given=how_given, witness=witness, valid_until=valid_until,
                           signature_png=signature_png, today=today or date.today())
        uow.flush()
        old.superseded_by = new.id
        stamp(old, actor)
        touched: list[tuple[SyncedRecord, str, AuditAction]] = [
            (new, _CONSENT, AuditAction.CREATE), (old, _CONSENT, AuditAction.UPDATE)]
        changes = _audited(uow, actor, case, touched, today)
        uow.commit()
        return changes, new.id


def revoke(workspace: OpenWorkspace, consent_id: str, revoked_on: date, scope: RevocationScope,
           scope_value: str = "", reason: str = "", today: date | None = None) -> tuple[Changes, str]:
    """Append a revocation of the whole consent, or of one of its recipients, categories or cells (`scope_value`,
    "recipient:category" for a cell), effective from `revoked_on` (which may lie ahead). Refuses a date before the
    consent was given, a recipient, category or cell the consent does not name, and a revocation an earlier one
    already covers. Returns what changed and the revocation's id."""
    with workspace.transaction(Permission.EDIT_CASEWORK) as uow:
        record = _current_consent(uow, consent_id)
        scope_code = RevocationScope(_code(RevocationScope, scope, "scope"))
        value = "" if scope_code == RevocationScope.WHOLE else scope_value.strip()
        _check_revocation(uow, record, scope_code, value, revoked_on)
        revocation = stamp(ConsentRevocation(consent_id=record.id, revoked_on=revoked_on, scope=scope_code.value,
                                             scope_value=value, reason=reason.strip()), workspace.actor, new=True)
        uow.consent.add(revocation)
        case = _case(uow, record.case_id)
        changes = _audited(uow, workspace.actor, case, [(revocation, _REVOCATION, AuditAction.CREATE)], today)
        uow.commit()
        return changes, revocation.id


def _check_revocation(uow: UnitOfWork, record: ConsentRecord, scope: RevocationScope, value: str,
                      revoked_on: date) -> None:
    named = {RevocationScope.RECIPIENT: set(stored_ids(record.recipients)),
             RevocationScope.CATEGORY: set(stored_ids(record.categories)),
             RevocationScope.CELL: {cell_value(*cell) for cell in cells_of(parse_grants(record.grants))}}
    if scope != RevocationScope.WHOLE and value not in named[scope]:
        raise ValidationError("scope_value", "revocation_not_in_consent")
    if revoked_on < record.given_on:
        raise ValidationError("revoked_on", "revocation_before_consent")
    for earlier in uow.consent.revocations([record.id]):
        if earlier.revoked_on <= revoked_on and _covers(RevocationScope(earlier.scope), earlier.scope_value,
                                                        scope, value):
            raise ValidationError("revoked_on", "consent_already_revoked")


def _covers(earlier: RevocationScope, earlier_value: str, scope: RevocationScope, value: str) -> bool:
    """Whether an earlier revocation already takes back all that a new one would: the whole consent covers
    everything, a recipient or category covers itself and each of its cells."""
    if earlier == RevocationScope.WHOLE or (earlier == scope and earlier_value == value):
        return True
    if scope != RevocationScope.CELL:
        return False
    recipient, category = parse_cell_value(value)
    return (earlier == RevocationScope.RECIPIENT and earlier_value == recipient) or (
        earlier == RevocationScope.CATEGORY and earlier_value == category)


def _matrix(grants: Mapping[str, Iterable[str]] | None, recipients: Iterable[str],
            categories: Iterable[str]) -> Grants:
    """The matrix asked for: `grants`, or every category to every recipient; ids stripped, each once."""
    if grants is None:
        return cross_product(recipients, categories)
    return tuple((recipient.strip(), tuple(dict.fromkeys(c.strip() for c in cells if c.strip())))
                 for recipient, cells in grants.items() if recipient.strip())


def _new_consent(uow: UnitOfWork, actor: Actor, case: Case, *, purposes: Iterable[str], grants: Grants,
                 given_on: date, how_given: HowGiven, witness: str, valid_until: date | None,
                 signature_png: bytes | None, today: date) -> ConsentRecord:
    terms = consent_terms()
    purpose_ids = _checked_ids("purposes", "purpose", purposes, {term.id for term in terms.purposes})
    _checked_ids("recipients", "recipient", (r for r, _ in grants), {term.id for term in terms.recipients})
    category_ids = _checked_ids("categories", "category", (c for _, cells in grants for c in cells),
                                set(known_categories(uow, case.id)))
    recipient_ids = tuple(recipient for recipient, cells in grants if cells)  # one without a category is not named
    how = HowGiven(_code(HowGiven, how_given, "how_given"))
    witness = witness.strip()
    if how == HowGiven.VERBAL_WITH_WITNESS and not witness:
        raise ValidationError("witness", "consent_witness_required")
    if given_on > today:
        raise ValidationError("given_on", "consent_given_in_future")
    if valid_until is not None and valid_until <= given_on:
        raise ValidationError("valid_until", "consent_valid_until_not_after_given")
    if signature_png is not None:
        _check_signature(signature_png)
    record = stamp(ConsentRecord(
        case_id=case.id, given_on=given_on, how_given=how.value, witness=witness, valid_until=valid_until,
        purposes=",".join(purpose_ids), categories=",".join(category_ids), recipients=",".join(recipient_ids),
        grants=format_grants(grants), signature_png=signature_png or None, superseded_by=None), actor, new=True)
    uow.consent.add(record)
    return record


def _checked_ids(field: str, kind: str, given: Iterable[str], known: set[str]) -> tuple[str, ...]:
    ids = tuple(dict.fromkeys(value.strip() for value in given if value.strip()))
    if not ids:
        raise ValidationError(field, f"consent_{kind}_required")
    for value in ids:
        if value not in known:
            raise ValidationError(field, f"consent_{kind}_unknown", value=value)
    return ids


def _check_signature(png: bytes) -> None:
    if not png.startswith(PNG_HEADER):
        raise ValidationError("signature_png", "signature_not_png")
    if len(png) > MAX_SIGNATURE_BYTES:
        raise ValidationError("signature_png", "signature_too_large")


# --- helpers ---------------------------------------------------------------------------------------------------


@cache
def _builtin_domain_ids() -> tuple[str, ...]:
    return tuple(domain.id for domain in load_catalogue().active().domains)


@lru_cache(maxsize=16)
def _domain_ids(template_text: str, source: str) -> tuple[str, ...]:
    """The domain ids of a stored template version (immutable text, so parsed once for a batch of cases)."""
    return tuple(domain.id for domain in parse_template(template_text, source).domains)


def _code(kind: type[E], value: object, field: str) -> str:
    """A stored code checked against its vocabulary (never store what could not be read back)."""
    try:
        return kind(str(value)).value
    except ValueError:
        raise ValidationError(field, "answer_invalid") from None


def _case(uow: UnitOfWork, case_id: str) -> Case:
    case = uow.cases.case(case_id)
    if case is None:
        raise TerugkeerError("case_not_found")
    return case


def _current_consent(uow: UnitOfWork, consent_id: str) -> ConsentRecord:
    record = uow.consent.consent(consent_id)
    if record is None:
        raise TerugkeerError("consent_not_found")
    if record.superseded_by is not None:
        raise TerugkeerError("consent_superseded")
    return record


def _audited(uow: UnitOfWork, actor: Actor, case: Case, touched: list[tuple[SyncedRecord, str, AuditAction]],
             today: date | None) -> Changes:
    """One audit entry per touched record, naming the basis the case's data rests on after the change."""
    uow.flush()
    basis = case_basis(uow, case.id, today)
    for record, kind, action in touched:
        audit.append(uow, actor, action, client_id=case.client_id, record_type=kind, record_id=record.id,
                     legal_basis=basis)
    return Changes(case_ids=(case.id,), client_ids=(case.client_id,))
