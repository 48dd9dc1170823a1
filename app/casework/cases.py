"""Services for clients, detentions and cases. Each opens its own transaction on the workspace, validates with the
domain rules, writes one audit entry per touched record, commits and returns what changed (or the case file read)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime

from app import audit
from app.audit import Actor, AuditAction
from app.casework.case_facts import case_basis
from app.casework.identity import Identity, IdentityField, same_person
from app.domain import (
    STATUS_DATE_FIELD,
    CaseDirection,
    CaseHints,
    CaseStatus,
    TargetGroup,
    case_hints,
    format_target_groups,
    one_line,
    parse_target_groups,
    required_line,
    validate_bsn,
    validate_date_of_birth,
    validate_detention_dates,
)
from app.errors import ChangedMeanwhileError, TerugkeerError, ValidationError
from app.permissions import Permission
from app.privacy.correction_records import CORRECTION_RECORD, CorrectionReason, record_correction, wire_value
from app.records import stamp
from app.workspace.session import OpenWorkspace
from db.models import Case, Client, Detention
from db.uow import UnitOfWork


@dataclass(frozen=True)
class ClientData:
    given_names: str
    surname: str
    date_of_birth: date
    surname_prefix: str = ""
    bsn: str = ""
    municipality_of_registration: str = ""
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class DetentionData:
    prison: str
    start_date: date
    expected_release_date: date | None = None
    actual_release_date: date | None = None


@dataclass(frozen=True)
class CaseData:
    status: CaseStatus = CaseStatus.NOTIFIED
    status_dates: dict[CaseStatus, date] = field(default_factory=dict)
    target_groups: frozenset[TargetGroup] = frozenset()
    case_direction: CaseDirection = CaseDirection.COORDINATOR
    coordinator: str = ""
    notes: str = ""


@dataclass(frozen=True)
class FileVersion:
    """The versions of the three records a case file shows. A client can belong to several cases (same BSN),
    so all three are compared on save: a stale form must never overwrite an edit made through another case."""

    case: int
    client: int
    detention: int


@dataclass(frozen=True)
class CaseFile:
    """Everything the case detail screen shows, as plain data; `version` guards against lost updates."""

    case_id: str
    client_id: str
    version: FileVersion
    client: ClientData
    detention: DetentionData
    case: CaseData
    hints: CaseHints


@dataclass(frozen=True)
class Changes:
    """What a service changed, so the UI refreshes only that."""

    case_ids: tuple[str, ...] = ()
    client_ids: tuple[str, ...] = ()


class StaleEditError(TerugkeerError):
    """The case changed since the form was opened; saving would overwrite someone else's edit. Names who changed
    it and when (ISO UTC), as far as the audit log tells."""

    def __init__(self, changed_by: str = "", changed_at: str = "") -> None:
        super().__init__("stale_edit_by" if changed_by else "stale_edit", changed_by=changed_by,
                         changed_at=changed_at)


class DuplicateBsnError(ValidationError):
    def __init__(self) -> None:
        super().__init__("bsn", "bsn_duplicate")


class OtherPersonError(TerugkeerError):
    """The BSN belongs to a known client whose name or date of birth is not what was typed: the same person
    written differently, or a typing error in the BSN. Only the person who typed it can tell; nothing was saved.
    Carries both versions (as they would be stored) and the known client's id."""

    def __init__(self, client_id: str, known: ClientData, typed: ClientData) -> None:
        super().__init__("bsn_other_person")
        self.client_id, self.known, self.typed = client_id, known, typed


@dataclass(frozen=True)
class SamePerson:
    """The decision that the typed person is the known client after all: the fields of `use_typed` take the typed
    value (each kept with its old value in the correction history, for `reason`), the others keep the known one."""

    use_typed: frozenset[IdentityField] = frozenset()
    reason: CorrectionReason = CorrectionReason.SAME_PERSON_NEW_CASE


def identity_of(client: ClientData) -> Identity:
    return Identity(client.given_names, client.surname_prefix, client.surname, client.date_of_birth)


def _validated_client(data: ClientData, today: date) -> ClientData:
    validate_date_of_birth(data.date_of_birth, today)
    return ClientData(
        given_names=required_line("given_names", data.given_names),
        surname=required_line("surname", data.surname),
        date_of_birth=data.date_of_birth,
        surname_prefix=one_line("surname_prefix", data.surname_prefix),
        bsn=validate_bsn(data.bsn) if data.bsn.strip() else "",
        municipality_of_registration=data.municipality_of_registration.strip(),
        address=data.address.strip(),
        phone=data.phone.strip(),
    )


def _validated_detention(data: DetentionData) -> DetentionData:
    validate_detention_dates(data.start_date, data.expected_release_date, data.actual_release_date)
    return DetentionData(
        prison=required_line("prison", data.prison),
        start_date=data.start_date,
        expected_release_date=data.expected_release_date,
        actual_release_date=data.actual_release_date,
    )


def _validated_case(data: CaseData) -> CaseData:
    return replace(data, coordinator=one_line("coordinator", data.coordinator))


def stored_form(client: ClientData, detention: DetentionData, case: CaseData,
                today: date | None = None) -> tuple[ClientData, DetentionData, CaseData]:
    """The input as `update_case` stores it (texts trimmed, the BSN in digits only), to compare with what is
    stored. Raises ValidationError as `update_case` does."""
    today = today or date.today()
    return _validated_client(client, today), _validated_detention(detention), _validated_case(case)


def _apply_client(client: Client, data: ClientData) -> None:
    client.given_names = data.given_names
    client.surname_prefix = data.surname_prefix
    client.surname = data.surname
    client.date_of_birth = data.date_of_birth
    client.bsn = data.bsn or None
    client.municipality_of_registration = data.municipality_of_registration
    client.address = data.address
    client.phone = data.phone


def _apply_detention(detention: Detention, data: DetentionData) -> None:
    detention.prison = data.prison
    detention.start_date = data.start_date
    detention.expected_release_date = data.expected_release_date
    detention.actual_release_date = data.actual_release_date


def _apply_case(case: Case, data: CaseData, today: date) -> None:
    case.status = data.status.value
    dates = dict(data.status_dates)
    dates.setdefault(data.status, today)  # reaching a status without a date means: today
    for status, column in STATUS_DATE_FIELD.items():
        setattr(case, column, dates.get(status))
    case.target_groups = format_target_groups(data.target_groups)
    case.case_direction = data.case_direction.value
    case.coordinator = data.coordinator
    case.notes = data.notes


def _differs(record: object, before: dict[str, object]) -> bool:
    return any(getattr(record, name) != value for name, value in before.items())


def _snapshot(record: object, names: tuple[str, ...]) -> dict[str, object]:
    return {name: getattr(record, name) for name in names}


_CLIENT_COLUMNS = tuple(f.name for f in fields(ClientData))
_DETENTION_COLUMNS = tuple(f.name for f in fields(DetentionData))
# Who a client is: a change of any of these is kept with its old value in the correction history.
_IDENTITY_COLUMNS = ("bsn", *(field.value for field in IdentityField))
_CASE_COLUMNS = ("status", *STATUS_DATE_FIELD.values(), "target_groups", "case_direction", "coordinator", "notes")


def register_case(
    workspace: OpenWorkspace, client: ClientData, detention: DetentionData, case: CaseData, today: date | None = None,
    same: SamePerson | None = None,
) -> Changes:
    """Register a new client with a detention and a case; a known BSN adds them to that client. Raises
    OtherPersonError when the known client's name or date of birth is another's (app.casework.identity), unless
    `same` says it is the same person all the same."""
    with workspace.transaction(Permission.EDIT_CASES) as uow:
        changes = add_case(uow, workspace.actor, client, detention, case, today, same)
        uow.commit()
        return changes


def add_case(
    uow: UnitOfWork, actor: Actor, client: ClientData, detention: DetentionData, case: CaseData,
    today: date | None = None, same: SamePerson | None = None,
) -> Changes:
    """As `register_case`, inside the caller's transaction and without committing: for imports that add many cases
    at once."""
    today = today or date.today()
    client_data = _validated_client(client, today)
    detention_data = _validated_detention(detention)
    case = _validated_case(case)
    now = datetime.now(UTC).replace(tzinfo=None)

    client_record = uow.cases.client_by_bsn(client_data.bsn) if client_data.bsn else None
    if client_record is None:
        client_record = Client()
        _apply_client(client_record, client_data)
        stamp(client_record, actor, new=True, now=now)
        uow.cases.add(client_record)
        uow.flush()
        audit.append(uow, actor, AuditAction.CREATE, client_id=client_record.id, record_type="client",
                     record_id=client_record.id)
    else:
        _join_known_client(uow, actor, client_record, client_data, same, now)
    detention_record = Detention(client_id=client_record.id)
    _apply_detention(detention_record, detention_data)
    stamp(detention_record, actor, new=True, now=now)
    uow.cases.add(detention_record)
    uow.flush()
    case_record = Case(client_id=client_record.id, detention_id=detention_record.id)
    _apply_case(case_record, case, today)
    stamp(case_record, actor, new=True, now=now)
    uow.cases.add(case_record)
    uow.flush()
    for kind, record_id in (("detention", detention_record.id), ("case", case_record.id)):
        audit.append(uow, actor, AuditAction.CREATE, client_id=client_record.id, record_type=kind,
                     record_id=record_id)
    return Changes(case_ids=(case_record.id,), client_ids=(client_record.id,))


def _join_known_client(uow: UnitOfWork, actor: Actor, record: Client, typed: ClientData, same: SamePerson | None,
                       now: datetime) -> None:
    """A known BSN: quietly the same person when the details match; otherwise only on the caller's decision,
    with the details it chose kept as corrections."""
    known = client_data_of(record)
    if same_person(identity_of(known), identity_of(typed)):
        return
    if same is None:
        raise OtherPersonError(record.id, known, typed)
    before = _snapshot(record, _IDENTITY_COLUMNS)
    for chosen in same.use_typed:
        setattr(record, chosen.value, getattr(typed, chosen.value))
    if _differs(record, before):
        stamp(record, actor, now=now)
        audit.append(uow, actor, AuditAction.UPDATE, client_id=record.id, record_type="client", record_id=record.id)
        _keep_identity_changes(uow, actor, record, before, same.reason)


def _keep_identity_changes(uow: UnitOfWork, actor: Actor, record: Client, before: dict[str, object],
                           reason: CorrectionReason, legal_basis: str = audit.DEFAULT_LEGAL_BASIS) -> None:
    """Every change of who the client is (`before`: their identity columns as they were) in the correction
    history, with its old value; audit-logged as corrections are."""
    changed = [name for name, old in before.items() if getattr(record, name) != old]
    for name in changed:
        record_correction(uow, actor, record.id, "client", record.id, name, wire_value(before[name]),
                          wire_value(getattr(record, name)), reason)
    if changed:
        audit.append(uow, actor, AuditAction.CREATE, client_id=record.id, record_type=CORRECTION_RECORD,
                     record_id=record.id, legal_basis=legal_basis)


def update_case(
    workspace: OpenWorkspace, case_id: str, expected_version: FileVersion,
    client: ClientData, detention: DetentionData, case: CaseData, today: date | None = None,
) -> Changes:
    """Save an edited case file. Refuses (StaleEditError) when the case changed since it was read, and
    (DuplicateBsnError) a BSN that another client has."""
    try:
        with workspace.transaction(Permission.EDIT_CASES) as uow:
            changes = _update_case(uow, workspace.actor, case_id, expected_version, client, detention, case,
                                   today or date.today())
            uow.commit()
            return changes
    except ChangedMeanwhileError:  # saved by someone else between this save's read and its write
        with workspace.transaction(Permission.READ_CASES) as uow:
            raise _stale(uow, _existing_case(uow, case_id)) from None


def _update_case(uow: UnitOfWork, actor: Actor, case_id: str, expected_version: FileVersion, client: ClientData,
                 detention: DetentionData, case: CaseData, today: date) -> Changes:
    client_data = _validated_client(client, today)
    detention_data = _validated_detention(detention)
    case = _validated_case(case)
    case_record = _existing_case(uow, case_id)
    if _file_version(case_record) != expected_version:
        raise _stale(uow, case_record)
    if client_data.bsn:
        other = uow.cases.client_by_bsn(client_data.bsn)
        if other is not None and other.id != case_record.client_id:
            raise DuplicateBsnError()
    now = datetime.now(UTC).replace(tzinfo=None)
    touched = (
        (case_record.client, _CLIENT_COLUMNS, lambda r: _apply_client(r, client_data), "client"),
        (case_record.detention, _DETENTION_COLUMNS, lambda r: _apply_detention(r, detention_data), "detention"),
        (case_record, _CASE_COLUMNS, lambda r: _apply_case(r, case, today), "case"),
    )
    changed_any = False
    identity_before = _snapshot(case_record.client, _IDENTITY_COLUMNS)
    for record, columns, apply, kind in touched:
        before = _snapshot(record, columns)
        apply(record)
        if _differs(record, before):
            changed_any = True
            stamp(record, actor, now=now)
            audit.append(uow, actor, AuditAction.UPDATE, client_id=case_record.client_id, record_type=kind,
                         record_id=record.id, legal_basis=case_basis(uow, case_id, today))
    if _differs(case_record.client, identity_before):
        _keep_identity_changes(uow, actor, case_record.client, identity_before, CorrectionReason.EDITED_IN_CASE_FILE,
                               case_basis(uow, case_id, today))
    return Changes(case_ids=(case_id,), client_ids=(case_record.client_id,)) if changed_any else Changes()


def save_target_groups(workspace: OpenWorkspace, case_id: str, groups: frozenset[TargetGroup]) -> Changes:
    """Store only the case's target groups (the intake asks for them on their own page)."""
    with workspace.transaction(Permission.EDIT_CASES) as uow:
        case_record = _existing_case(uow, case_id)
        stored = format_target_groups(groups)
        if case_record.target_groups == stored:
            return Changes()
        case_record.target_groups = stored
        stamp(case_record, workspace.actor)
        audit.append(uow, workspace.actor, AuditAction.UPDATE, client_id=case_record.client_id, record_type="case",
                     record_id=case_id, legal_basis=case_basis(uow, case_id))
        uow.commit()
        return Changes(case_ids=(case_id,), client_ids=(case_record.client_id,))


def open_case(workspace: OpenWorkspace, case_id: str) -> CaseFile:
    """Read one case file for display; opening a client's file is logged. Raises TerugkeerError "case_not_found"."""
    with workspace.transaction(Permission.READ_CASES) as uow:
        return read_case_file(uow, workspace.actor, case_id)


def read_case_file(uow: UnitOfWork, actor: Actor, case_id: str, *, commit_view: bool = True) -> CaseFile:
    """`open_case` inside the caller's transaction (a document or an access request shows the case). The view is
    committed at once: it stands even when the caller's later work (e.g. delivering the document) fails. A batch
    (app.casework.plan_batch) passes `commit_view` False and commits it with the views of the cases around it,
    keeping it when the later work fails just the same."""
    case_record = _existing_case(uow, case_id)
    client, detention = case_record.client, case_record.detention
    audit.append(uow, actor, AuditAction.VIEW, client_id=client.id, record_type="case", record_id=case_id,
                 legal_basis=case_basis(uow, case_id))
    if commit_view:
        uow.commit()
    status_dates = {
        status: value for status, column in STATUS_DATE_FIELD.items()
        if (value := getattr(case_record, column)) is not None
    }
    return CaseFile(
        case_id=case_record.id,
        client_id=client.id,
        version=_file_version(case_record),
        client=client_data_of(client),
        detention=DetentionData(**_snapshot(detention, _DETENTION_COLUMNS)),  # type: ignore[arg-type]
        case=CaseData(
            status=CaseStatus(case_record.status),
            status_dates=status_dates,
            target_groups=parse_target_groups(case_record.target_groups),
            case_direction=CaseDirection(case_record.case_direction),
            coordinator=case_record.coordinator,
            notes=case_record.notes,
        ),
        hints=case_hints(detention.start_date, detention.expected_release_date, detention.actual_release_date),
    )


def client_data_of(record: Client) -> ClientData:
    """A stored client as the services' data."""
    return ClientData(**{**_snapshot(record, _CLIENT_COLUMNS), "bsn": record.bsn or ""})  # type: ignore[arg-type]


def _file_version(case_record: Case) -> FileVersion:
    return FileVersion(case_record.version, case_record.client.version, case_record.detention.version)


def _stale(uow: UnitOfWork, case_record: Case) -> StaleEditError:
    return StaleEditError(*last_change(uow, case_record.id))


def last_change(uow: UnitOfWork, case_id: str) -> tuple[str, str]:
    """Who last changed the case file (client, detention or case), by the name the account shows, and when (ISO
    UTC), as far as the audit log tells; ("", "") when it does not."""
    case_record = _existing_case(uow, case_id)
    last = uow.audit.last_change([case_record.id, case_record.client_id, case_record.detention_id])
    if last is None:
        return "", ""
    login, occurred_at = last
    account = uow.accounts.by_login(login)
    return account.display_name if account is not None else login, occurred_at


def _existing_case(uow: UnitOfWork, case_id: str) -> Case:
    record = uow.cases.case(case_id)
    if record is None:
        raise TerugkeerError("case_not_found")
    return record
