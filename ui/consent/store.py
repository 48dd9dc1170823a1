"""The consent services for one case, each call in its own unit of work. Every method runs on the database worker
(inside an operation's work function), never on the GUI thread.

A change is read back in the same unit of work, so the screen shows exactly what was stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.casework import consent, register
from app.casework.cases import Changes
from app.casework.consent import ConsentFile
from app.workspace.folder import OpenWorkspace
from ui.consent.dialogs import NewGround, Revocation
from ui.consent.form import ConsentInput


@dataclass(frozen=True)
class LoadedConsent:
    name: str  # the client, as the register shows it
    file: ConsentFile


@dataclass(frozen=True)
class Changed:
    changes: Changes
    file: ConsentFile


class ConsentStore:
    def __init__(self, workspace: OpenWorkspace, case_id: str) -> None:
        self._workspace = workspace
        self._actor = workspace.actor
        self.case_id = case_id

    def open(self) -> LoadedConsent:
        """The case's consent file (logged as a view of the client's file) and the client's name."""
        with self._workspace.unit_of_work() as uow:
            row = register.load_register_row(uow, self.case_id, frozenset())
            file = consent.consent_file(uow, self._actor, self.case_id)
        return LoadedConsent(row.name if row is not None else "", file)

    def add_ground(self, new: NewGround) -> Changed:
        with self._workspace.unit_of_work() as uow:
            changes, _ground_id = consent.add_ground(uow, self._actor, self.case_id, new.ground, new.noted_on,
                                                     new.note)
            return Changed(changes, consent.consent_file(uow, self._actor, self.case_id))

    def end_ground(self, ground_id: str, ended_on: date) -> Changed:
        with self._workspace.unit_of_work() as uow:
            changes = consent.end_ground(uow, self._actor, ground_id, ended_on)
            return Changed(changes, consent.consent_file(uow, self._actor, self.case_id))

    def remove_ground(self, ground_id: str) -> Changed:
        with self._workspace.unit_of_work() as uow:
            changes = consent.remove_ground(uow, self._actor, ground_id)
            return Changed(changes, consent.consent_file(uow, self._actor, self.case_id))

    def record(self, given: ConsentInput, replacing: str | None) -> Changed:
        """A new consent, or (`replacing` its id) a new version of one."""
        with self._workspace.unit_of_work() as uow:
            if replacing is None:
                changes, _consent_id = consent.record_consent(
                    uow, self._actor, self.case_id, purposes=given.purposes, categories=given.categories,
                    recipients=given.recipients, given_on=given.given_on, how_given=given.how_given,
                    witness=given.witness, valid_until=given.valid_until, signature_png=given.signature_png)
            else:
                changes, _consent_id = consent.replace_consent(
                    uow, self._actor, replacing, purposes=given.purposes, categories=given.categories,
                    recipients=given.recipients, given_on=given.given_on, how_given=given.how_given,
                    witness=given.witness, valid_until=given.valid_until, signature_png=given.signature_png)
            return Changed(changes, consent.consent_file(uow, self._actor, self.case_id))

    def revoke(self, revocation: Revocation) -> Changed:
        with self._workspace.unit_of_work() as uow:
            changes, _revocation_id = consent.revoke(uow, self._actor, revocation.consent_id, revocation.revoked_on,
                                                     revocation.scope, revocation.scope_value, revocation.reason)
            return Changed(changes, consent.consent_file(uow, self._actor, self.case_id))
