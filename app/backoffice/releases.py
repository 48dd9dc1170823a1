"""Ends of detention and transfers (*einde detentie*, *overplaatsing*) from the prison system: a CSV or XLSX list
that sets the actual release date or the new PI of the cases the back office already has.

A row names a person by BSN and an event: a release date (`actual_release`) or a new PI (`new_prison`, dated by
`event_date` when the list has it). It is matched to the client's detention that fits the event: started on or
before it and still open (or already ending on that very date, so reading a list again finds the same detention);
when the list names the PI, it settles a choice between several. A release moves a case that has its plan on to
aftercare, from the release date, as the process does (DOMAIN.md: aftercare follows release); earlier steps are the
coordinator's and stay as they are. Rows that match no case, or more than one, or whose surname is another's, are
listed for review and change nothing; rows already applied are "already done", so the same list read twice changes
nothing. Everything in one transaction: an error that stops the import leaves no half changes.

The file is read as a notification list is (app.backoffice.notifications: CSV or XLSX, encodings, delimiter, line
and record numbers, refused rows) with a column mapping for this kind of list (RELEASE_LIST; the built-in one is
app.backoffice.column_mapping.STANDARD_RELEASES). A name in the list only checks the BSN: a surname column must be
the client's surname, a whole name in one column must hold it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

from app import audit
from app.audit import Actor, AuditAction
from app.backoffice.column_mapping import STANDARD_RELEASES, ColumnMapping, header_key
from app.backoffice.list_kind import NAME_PARTS, ListKind, RowRead
from app.backoffice.notifications import ListRow, RowProblem, list_bsn, list_date, read_list, read_table
from app.casework.case_facts import case_basis
from app.domain import CaseStatus, one_line
from app.errors import TerugkeerError, ValidationError
from app.permissions import Permission
from app.records import stamp
from app.workspace.session import OpenWorkspace
from db.models import Case
from db.uow import UnitOfWork

# The file-wide refusals of the shared reading, named for this kind of list.
_FILE_CODES = {"notifications_unreadable": "releases_unreadable", "notifications_too_large": "releases_too_large",
               "notifications_columns_missing": "releases_columns_missing"}


class ReleaseStatus(StrEnum):
    """What became of one row of the list."""

    RELEASED = "released"  # the actual release date was set (and maybe a new PI)
    TRANSFERRED = "transferred"  # the new PI was set
    DONE = "already_done"  # the case already had it: nothing changed
    REVIEW = "review"  # no case, several cases or another person: nothing changed, to look at
    REFUSED = "refused"


class ReviewReason(StrEnum):
    UNKNOWN_BSN = "unknown_bsn"  # no client with this BSN
    NO_DETENTION = "no_detention"  # the client has no open detention that started on or before the event
    SEVERAL = "several_detentions"  # more than one fits, and the PI does not tell which
    OTHER_NAME = "other_name"  # the list's surname is not the client's


@dataclass(frozen=True)
class ReleaseOutcome:
    line: int
    status: ReleaseStatus
    record: int = 0
    case_id: str = ""
    review: ReviewReason | None = None
    to_aftercare: bool = False  # the release moved the case on to aftercare


@dataclass(frozen=True)
class ReleaseImport:
    """What reading the list did; `rows` has every row's outcome in line order."""

    rows: tuple[ReleaseOutcome, ...]
    refused: tuple[RowProblem, ...]
    unused_columns: tuple[str, ...] = ()
    mapping: str = ""

    def _lines(self, status: ReleaseStatus) -> tuple[int, ...]:
        return tuple(row.line for row in self.rows if row.status is status)

    @property
    def released(self) -> tuple[int, ...]:
        return self._lines(ReleaseStatus.RELEASED)

    @property
    def transferred(self) -> tuple[int, ...]:
        return self._lines(ReleaseStatus.TRANSFERRED)

    @property
    def already_done(self) -> tuple[int, ...]:
        return self._lines(ReleaseStatus.DONE)

    @property
    def to_aftercare(self) -> tuple[int, ...]:
        return tuple(row.line for row in self.rows if row.to_aftercare)

    @property
    def reviews(self) -> tuple[ReleaseOutcome, ...]:
        return tuple(row for row in self.rows if row.status is ReleaseStatus.REVIEW)

    @property
    def case_ids(self) -> tuple[str, ...]:
        """The cases this reading changed."""
        return tuple(row.case_id for row in self.rows
                     if row.status in (ReleaseStatus.RELEASED, ReleaseStatus.TRANSFERRED))


@dataclass(frozen=True)
class ReleaseRow:
    """One row read: whose, and what happened (a release date, a new PI or both)."""

    row: ListRow
    bsn: str
    released_on: date | None
    new_prison: str
    prison: str
    event_on: date | None  # the release date, else the list's event date
    surname: str
    whole_name: str = ""  # a whole name in one column, instead of `surname`


def import_releases(workspace: OpenWorkspace, path: Path, mapping: ColumnMapping = STANDARD_RELEASES,
                    today: date | None = None) -> ReleaseImport:
    """Read `path` (.csv or .xlsx) with `mapping` and apply every good row that matches one case. Raises
    TerugkeerError "releases_unreadable" (path), "releases_too_large" (path) or "releases_columns_missing"
    (columns) when the file as a whole cannot be used; then nothing changes."""
    with _as_release_list():
        listing = read_list(path, mapping, RELEASE_LIST)
    today = today or date.today()
    with workspace.transaction(Permission.NOTIFICATIONS) as uow:
        outcomes: list[ReleaseOutcome] = []
        refused: list[RowProblem] = []
        for row in listing.rows:
            try:
                release = parse_release_row(row, mapping, today)
            except ValidationError as error:
                refused.append(RowProblem(row.line, error.field, error.code, row.record))
                outcomes.append(ReleaseOutcome(row.line, ReleaseStatus.REFUSED, row.record))
                continue
            outcomes.append(_apply_row(uow, workspace.actor, release, today))
        uow.commit()
    return ReleaseImport(tuple(outcomes), tuple(refused), listing.unused, mapping.name)


def release_table(path: Path) -> list[tuple[int, list[str]]]:
    """Every record of the list with its line, the headers first (to choose its mapping, or set one up);
    TerugkeerError "releases_unreadable" or "releases_too_large"."""
    with _as_release_list():
        return read_table(path)


@contextmanager
def _as_release_list() -> Iterator[None]:
    """The shared reading's refusals of a whole file, named for this kind of list."""
    try:
        yield
    except TerugkeerError as error:
        if error.code in _FILE_CODES:
            raise TerugkeerError(_FILE_CODES[error.code], **error.params) from None
        raise


def parse_release_row(row: ListRow, mapping: ColumnMapping, today: date) -> ReleaseRow:
    """One row's event; raises ValidationError naming the first field that is wrong. A row needs a release date
    or a new PI; a release date cannot lie after `today`."""
    values = row.values

    def text(field: str) -> str:
        return one_line(field, values.get(field, ""))

    def day(field: str) -> date | None:
        value = text(field)
        return list_date(field, value, mapping.strptime_patterns()) if value else None

    bsn_text = text("bsn")
    if not bsn_text:
        raise ValidationError("bsn", "required")
    bsn = list_bsn(bsn_text)
    released_on, new_prison = day("actual_release"), text("new_prison")
    if released_on is None and not new_prison:
        raise ValidationError("actual_release", "required")
    if released_on is not None and released_on > today:
        raise ValidationError("actual_release", "release_in_future")
    event_on = released_on or day("event_date")
    return ReleaseRow(row, bsn, released_on, new_prison, text("prison"), event_on, text("surname"),
                      text("full_name"))


def preview_row(row: ListRow, mapping: ColumnMapping, today: date) -> RowRead:
    """A row as the mapping step's preview shows it, with the name that checks the BSN (whether it matches a case
    is only known when read in); ValidationError when it would be refused."""
    release = parse_release_row(row, mapping, today)
    return RowRead({"bsn": release.bsn, "full_name": release.whole_name or release.surname,
                    "actual_release": release.released_on,
                    "prison": release.prison, "new_prison": release.new_prison,
                    "event_date": release.event_on if release.released_on is None else None})


# A list of ends of detention and transfers: a BSN and a release date or a new PI; a name only checks the BSN.
RELEASE_LIST = ListKind(
    "releases",
    fields=("bsn", "actual_release", "new_prison", "event_date", "prison", "full_name", *NAME_PARTS),
    required=("bsn", "actual_release"), builtin=STANDARD_RELEASES,
    shown=("bsn", "full_name", "actual_release", "prison", "new_prison", "event_date"), read_row=preview_row)


def _apply_row(uow: UnitOfWork, actor: Actor, release: ReleaseRow, today: date) -> ReleaseOutcome:
    line, record = release.row.line, release.row.record
    cases = uow.backoffice.cases_by_bsn(release.bsn)
    if not cases:
        return ReleaseOutcome(line, ReleaseStatus.REVIEW, record, review=ReviewReason.UNKNOWN_BSN)
    if not _same_name(release, cases[0].client.surname):
        return ReleaseOutcome(line, ReleaseStatus.REVIEW, record, review=ReviewReason.OTHER_NAME)
    fitting = _fitting(cases, release)
    if not fitting:
        return ReleaseOutcome(line, ReleaseStatus.REVIEW, record, review=ReviewReason.NO_DETENTION)
    if len(fitting) > 1:
        return ReleaseOutcome(line, ReleaseStatus.REVIEW, record, review=ReviewReason.SEVERAL)
    case = fitting[0]
    status = _apply(uow, actor, case, release, today)
    return ReleaseOutcome(line, status[0], record, case.id, to_aftercare=status[1])


def _fitting(cases: Sequence[Case], release: ReleaseRow) -> list[Case]:
    """The cases whose detention the row is about: started on or before the event, and open or already ending on
    the row's release date; the list's PI (as it was, or the new one already set) chooses among several."""
    fitting = [case for case in cases
               if (release.event_on is None or case.detention.start_date <= release.event_on)
               and case.detention.actual_release_date in (None, release.released_on)]
    if len(fitting) > 1 and (release.prison or release.new_prison):
        named = {header_key(name) for name in (release.prison, release.new_prison) if name}
        by_prison = [case for case in fitting if header_key(case.detention.prison) in named]
        fitting = by_prison or fitting
    return fitting


def _apply(uow: UnitOfWork, actor: Actor, case: Case, release: ReleaseRow, today: date) -> tuple[ReleaseStatus, bool]:
    """Set what the row says on the case's detention (and move a case with its plan on to aftercare); audited."""
    detention, now = case.detention, datetime.now(UTC).replace(tzinfo=None)
    released = release.released_on is not None and detention.actual_release_date != release.released_on
    transferred = bool(release.new_prison) and detention.prison != release.new_prison
    if released:
        detention.actual_release_date = release.released_on
    if transferred:
        detention.prison = release.new_prison
    to_aftercare = release.released_on is not None and case.status == CaseStatus.PLAN.value
    if to_aftercare:
        case.status = CaseStatus.AFTERCARE.value
        case.aftercare_on = case.aftercare_on or release.released_on
    basis = case_basis(uow, case.id, today) if released or transferred or to_aftercare else ""
    for record, kind, changed in ((detention, "detention", released or transferred), (case, "case", to_aftercare)):
        if changed:
            stamp(record, actor, now=now)
            audit.append(uow, actor, AuditAction.UPDATE, client_id=case.client_id, record_type=kind,
                         record_id=record.id, legal_basis=basis)
    uow.flush()
    if released or to_aftercare:
        return ReleaseStatus.RELEASED, to_aftercare
    return (ReleaseStatus.TRANSFERRED if transferred else ReleaseStatus.DONE), to_aftercare


def _same_name(release: ReleaseRow, surname: str) -> bool:
    """Whether the list's name is the client's: its surname column is `surname`, or its whole name holds `surname`
    as consecutive words (no split is needed, so "Maria Lopez Garcia" holds "Lopez Garcia"); no name is no doubt."""
    if release.whole_name:
        words = [_name_key(word) for word in release.whole_name.split()]
        wanted = _name_key(surname)
        return any("".join(words[start:end]) == wanted
                   for start in range(len(words)) for end in range(start + 1, len(words) + 1))
    return not release.surname or _name_key(release.surname) == _name_key(surname)


def _name_key(name: str) -> str:
    """A surname as compared: without accents, case, blanks and hyphens (Müller is Muller, Hek-Müller Hek Müller)."""
    plain = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in plain if ch.isalnum()).casefold()
