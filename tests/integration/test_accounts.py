"""Several people on one embedded workspace (a small municipality's back-office PC): each with their own account,
passphrase and roles, each named in the audit log; losing one passphrase loses nothing while an application
manager remains."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import TerugkeerError, ValidationError, WrongPassphraseError
from app.permissions import NotPermittedError, Permission, Role
from app.workspace.accounts import add_account, disable_account, list_accounts, reset_passphrase, set_roles
from app.workspace.folder import OpenWorkspace, unlock
from db.models import AuditEntry

PIA = "pjansen"
PIA_PASSPHRASE = "pia's own long passphrase"


@pytest.fixture
def with_supervisor(office: OpenWorkspace) -> OpenWorkspace:
    add_account(office, PIA, "Pia Jansen", frozenset({Role.SUPERVISOR}), PIA_PASSPHRASE)
    return office


def _entries_by(workspace: OpenWorkspace, login: str) -> list[tuple[str, str | None, str]]:
    """(action, record type, purpose) of every entry `login` caused, in order."""
    with workspace.unit_of_work() as uow:
        return [(entry.action, entry.record_type, entry.purpose) for entry in uow.session.execute(
            select(AuditEntry).where(AuditEntry.user_name == login).order_by(AuditEntry.seq)).scalars()]


def test_a_second_person_opens_the_same_data_as_themselves(with_supervisor: OpenWorkspace,
                                                           lock_later: list[OpenWorkspace]) -> None:
    folder = with_supervisor.folder
    with_supervisor.lock()
    pia = unlock(folder, PIA_PASSPHRASE, PIA)
    lock_later.append(pia)
    assert pia.account.login == PIA and pia.account.display_name == "Pia Jansen"
    assert pia.account.roles == {Role.SUPERVISOR}
    assert pia.may(Permission.MONITOR) and not pia.may(Permission.EDIT_CASES)
    with pytest.raises(NotPermittedError):
        list_accounts(pia)
    pia.lock()
    again = unlock(folder, PIA_PASSPHRASE, PIA)
    lock_later.append(again)
    assert [action for action, _type, _purpose in _entries_by(again, PIA)] == ["unlock", "lock", "unlock"]


def test_one_account_s_passphrase_does_not_open_another_s(with_supervisor: OpenWorkspace, passphrase: str) -> None:
    folder, owner = with_supervisor.folder, with_supervisor.account.login
    with_supervisor.lock()
    with pytest.raises(WrongPassphraseError):
        unlock(folder, passphrase, PIA)
    with pytest.raises(WrongPassphraseError):
        unlock(folder, PIA_PASSPHRASE, owner)
    with pytest.raises(WrongPassphraseError):
        unlock(folder, PIA_PASSPHRASE, "nobody")


def test_adding_changing_and_disabling_are_logged(with_supervisor: OpenWorkspace, lock_later: list[OpenWorkspace]
                                                  ) -> None:
    office = with_supervisor
    set_roles(office, PIA, frozenset({Role.SUPERVISOR, Role.PRIVACY_OFFICER}))
    assert [line.roles for line in list_accounts(office) if line.login == PIA] == [
        {Role.SUPERVISOR, Role.PRIVACY_OFFICER}]
    disable_account(office, PIA)
    entries = [entry for entry in _entries_by(office, office.account.login) if entry[1] == "account"]
    assert entries == [("create", "account", "security"), ("update", "account", "security"),
                       ("update", "account", "security")]
    folder = office.folder
    office.lock()
    with pytest.raises(WrongPassphraseError):  # the slot is gone with the account
        unlock(folder, PIA_PASSPHRASE, PIA)
    assert [line.disabled for line in list_accounts(_reopen(folder, lock_later)) if line.login == PIA] == [True]


def _reopen(folder: Path, lock_later: list[OpenWorkspace]) -> OpenWorkspace:
    reopened = unlock(folder, "correct horse battery staple", "Backoffice Teststad")
    lock_later.append(reopened)
    return reopened


def test_a_lost_passphrase_is_replaced_by_an_application_manager(with_supervisor: OpenWorkspace,
                                                                 lock_later: list[OpenWorkspace]) -> None:
    reset_passphrase(with_supervisor, PIA, "a brand new passphrase for pia")
    folder = with_supervisor.folder
    with_supervisor.lock()
    with pytest.raises(WrongPassphraseError):
        unlock(folder, PIA_PASSPHRASE, PIA)
    pia = unlock(folder, "a brand new passphrase for pia", PIA)
    lock_later.append(pia)
    assert pia.summary.workspace_id


def test_the_last_application_manager_stays(office: OpenWorkspace) -> None:
    owner = office.account.login
    with pytest.raises(TerugkeerError) as caught:
        set_roles(office, owner, frozenset({Role.BACKOFFICE}))
    assert caught.value.code == "last_application_manager"
    with pytest.raises(TerugkeerError) as caught:
        disable_account(office, owner)
    assert caught.value.code == "own_account"
    add_account(office, "beheer2", "Tweede beheerder", frozenset({Role.APPLICATION_MANAGER}), "another long passphrase")
    set_roles(office, owner, frozenset({Role.BACKOFFICE}))  # now someone else can still manage accounts


@pytest.mark.parametrize(("login", "code"), [("Pia Jansen", "login_invalid"), ("p", "login_invalid"),
                                             ("Backoffice Teststad", "login_invalid"), ("pjansen", "login_taken")])
def test_logins_are_simple_and_unique(with_supervisor: OpenWorkspace, login: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        add_account(with_supervisor, login, "", frozenset({Role.BACKOFFICE}), "a long enough passphrase")
    assert caught.value.code == code


def test_a_laptop_s_coordinator_manages_no_accounts(workspace: OpenWorkspace) -> None:
    with pytest.raises(NotPermittedError):
        add_account(workspace, "pjansen", "", frozenset({Role.COORDINATOR}), "a long enough passphrase")


def test_a_key_rotation_asks_new_passphrases_for_the_others(with_supervisor: OpenWorkspace, passphrase: str,
                                                            lock_later: list[OpenWorkspace]) -> None:
    """The old key may be what leaked: only the rotating account's slot holds the new one."""
    with_supervisor.rotate_data_key(passphrase)
    folder = with_supervisor.folder
    with pytest.raises(WrongPassphraseError):
        unlock(folder, PIA_PASSPHRASE, PIA)
    reset_passphrase(with_supervisor, PIA, "pia after the rotation")
    with_supervisor.lock()
    lock_later.append(unlock(folder, "pia after the rotation", PIA))
