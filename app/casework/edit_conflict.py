"""Two people edited one case file and the other saved first: which fields differ between what this person read
(`base`), what the other person saved (`theirs`) and what this person typed (`mine`), and the file that results from
a choice per field. Never a silent overwrite: the merged file is saved against the version it was compared with,
so a third save in between is refused again (StaleEditError) and compared anew.

`compare` and `merge` are pure; `read_conflict` is the service that reads what is stored now.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date
from enum import StrEnum
from typing import TypeVar

from app.casework.cases import (
    CaseData,
    CaseFile,
    ClientData,
    DetentionData,
    last_change,
    read_case_file,
    stored_form,
)
from app.domain import STATUS_FLOW, CaseStatus
from app.permissions import Permission
from app.workspace.session import OpenWorkspace


class CaseField(StrEnum):
    """The fields of a case file a person edits, in the order of the case screen; each is named as its attribute
    of ClientData, DetentionData or CaseData. The status dates are no field of their own: they follow the status."""

    GIVEN_NAMES = "given_names"
    SURNAME_PREFIX = "surname_prefix"
    SURNAME = "surname"
    DATE_OF_BIRTH = "date_of_birth"
    BSN = "bsn"
    MUNICIPALITY = "municipality_of_registration"
    ADDRESS = "address"
    PHONE = "phone"
    PRISON = "prison"
    START_DATE = "start_date"
    EXPECTED_RELEASE_DATE = "expected_release_date"
    ACTUAL_RELEASE_DATE = "actual_release_date"
    STATUS = "status"
    CASE_DIRECTION = "case_direction"
    COORDINATOR = "coordinator"
    TARGET_GROUPS = "target_groups"
    NOTES = "notes"


_Part = TypeVar("_Part", ClientData, DetentionData, CaseData)
_CLIENT_FIELDS = frozenset(f.name for f in fields(ClientData))
_DETENTION_FIELDS = frozenset(f.name for f in fields(DetentionData))


@dataclass(frozen=True)
class FileInput:
    """A case file's editable data: as a form holds it, or as it is stored."""

    client: ClientData
    detention: DetentionData
    case: CaseData

    @classmethod
    def of(cls, case_file: CaseFile) -> FileInput:
        return cls(case_file.client, case_file.detention, case_file.case)

    def value(self, field: CaseField) -> object:
        return getattr(self._part(field), field.value)

    def _part(self, field: CaseField) -> ClientData | DetentionData | CaseData:
        if field.value in _CLIENT_FIELDS:
            return self.client
        if field.value in _DETENTION_FIELDS:
            return self.detention
        return self.case


@dataclass(frozen=True)
class FieldDifference:
    """One field in which the other person's saved value and this person's value differ."""

    field: CaseField
    theirs: object
    mine: object
    mine_changed: bool  # this person changed it since reading; by default their own value wins only then


@dataclass(frozen=True)
class EditConflict:
    """What a person is asked to choose from when someone else saved the case file first."""

    changed_by: str  # the other person's name, "" when the audit log does not tell
    changed_at: str  # ISO UTC, "" when unknown
    current: CaseFile  # as stored now: its version is the one the merged file is saved against
    mine: FileInput  # this person's input, as it would be stored
    differences: tuple[FieldDifference, ...]

    def default_mine(self) -> frozenset[CaseField]:
        """The fields that keep this person's value unless they choose otherwise: those they changed."""
        return frozenset(difference.field for difference in self.differences if difference.mine_changed)


def compare(base: FileInput, theirs: FileInput, mine: FileInput) -> tuple[FieldDifference, ...]:
    """Every field in which `theirs` and `mine` differ, in the order of CaseField. A field neither changed is
    equal in both and not listed; one both changed to the same value neither."""
    return tuple(
        FieldDifference(field, theirs.value(field), mine.value(field), mine.value(field) != base.value(field))
        for field in CaseField if theirs.value(field) != mine.value(field)
    )


def merge(theirs: FileInput, mine: FileInput, use_mine: Iterable[CaseField]) -> FileInput:
    """`theirs` with this person's value in the fields of `use_mine`. The status dates are the stored ones up to
    the chosen status (a status newly reached gets its date when saved, as always)."""
    chosen = frozenset(field.value for field in use_mine)
    case = _pick(theirs.case, mine.case, chosen)
    case = replace(case, status_dates=_dates_up_to(case.status, theirs.case.status_dates))
    return FileInput(_pick(theirs.client, mine.client, chosen), _pick(theirs.detention, mine.detention, chosen),
                     case)


def _pick(stored: _Part, typed: _Part, chosen: frozenset[str]) -> _Part:
    return replace(stored, **{f.name: getattr(typed, f.name) for f in fields(typed) if f.name in chosen})


def _dates_up_to(status: CaseStatus, dates: dict[CaseStatus, date]) -> dict[CaseStatus, date]:
    reached = STATUS_FLOW[: STATUS_FLOW.index(status) + 1]
    return {step: day for step, day in dates.items() if step in reached}


def read_conflict(workspace: OpenWorkspace, case_id: str, base: FileInput, mine: FileInput,
                  today: date | None = None) -> EditConflict:
    """After a StaleEditError: the case file as stored now (read to be shown, so logged as a view), who saved it
    last and when, and the fields in which it differs from `mine` (compared as they would be stored) given that
    this person read `base`. Raises ValidationError for input `update_case` would refuse."""
    with workspace.transaction(Permission.READ_CASES) as uow:
        current = read_case_file(uow, workspace.actor, case_id)
        changed_by, changed_at = last_change(uow, case_id)
    mine = FileInput(*stored_form(mine.client, mine.detention, mine.case, today))
    return EditConflict(changed_by, changed_at, current, mine, compare(base, FileInput.of(current), mine))
