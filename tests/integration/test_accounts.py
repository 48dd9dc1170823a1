"""Several people on one back office: each with their own account, passphrase (an embedded workspace's key slot,
or a login role on the server) and roles, each named in the audit log; losing one passphrase loses nothing while an
application manager remains. Every test runs on both engines."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from app.casework.cases import StaleEditError, open_case, update_case
from app.errors import TerugkeerError, ValidationError, WrongPassphraseError
from app.permissions import NotPermittedError, Permission, Role
from app.workspace.accounts import add_account, disable_account, list_accounts, reset_passphrase, set_roles
from app.workspace.folder import EmbeddedWorkspace, unlock
from app.workspace.session import OpenWorkspace
from db.models import AuditEntry

from .helpers import client_data, register

PIA = "pjansen"
PIA_PASSPHRASE = "pia's own long passphrase"
OFFICE_PASSPHRASE = "correct horse battery staple"

OpenAs = Callable[[str, str], OpenWorkspace]


@pytest.fixture
def open_as(office: OpenWorkspace, request: pytest.FixtureRequest) -> Iterator[OpenAs]:
    """Open the same back office as another login (the test locks `office` first where the engine needs it)."""
    opened: list[OpenWorkspace] = []

    def opener(login: str, passphrase: str) -> OpenWorkspace:
        if isinstance(office, EmbeddedWorkspace):
            workspace: OpenWorkspace = unlock(office.folder, passphrase, login)
        else:
            workspace = request.getfixturevalue("server").connect(login, passphrase)
        opened.append(workspace)
        return workspace

    yield opener
    for workspace in opened:
        if not workspace.is_locked:
            workspace.lock()


@pytest.fixture
def with_supervisor(office: OpenWorkspace) -> OpenWorkspace:
    add_account(office, PIA, "Pia Jansen", frozenset({Role.SUPERVISOR}), PIA_PASSPHRASE)
    return office


def _entries_by(workspace: OpenWorkspace, login: str) -> list[tuple[str, str | None, str]]:
    """(action, record type, purpose) of every entry `login` caused, in order."""
    with workspace.unit_of_work() as uow:
        return [(entry.action, entry.record_type, entry.purpose) for entry in uow.session.execute(
            select(AuditEntry).where(AuditEntry.user_name == login).order_by(AuditEntry.seq)).scalars()]


def test_a_second_person_opens_the_same_data_as_themselves(with_supervisor: OpenWorkspace, open_as: OpenAs) -> None:
    with_supervisor.lock()
    pia = open_as(PIA, PIA_PASSPHRASE)
    assert pia.account.login == PIA and pia.account.display_name == "Pia Jansen"
    assert pia.account.roles == {Role.SUPERVISOR}
    assert pia.may(Permission.MONITOR) and not pia.may(Permission.EDIT_CASES)
    with pytest.raises(NotPermittedError):
        list_accounts(pia)
    pia.lock()
    again = open_as(PIA, PIA_PASSPHRASE)
    assert [action for action, _type, _purpose in _entries_by(again, PIA)] == ["unlock", "lock", "unlock"]


def test_one_account_s_passphrase_does_not_open_another_s(with_supervisor: OpenWorkspace, open_as: OpenAs) -> None:
    owner = with_supervisor.account.login
    with_supervisor.lock()
    with pytest.raises(WrongPassphraseError):
        open_as(PIA, OFFICE_PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        open_as(owner, PIA_PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        open_as("nobody", PIA_PASSPHRASE)


def test_adding_changing_and_disabling_are_logged(with_supervisor: OpenWorkspace, open_as: OpenAs) -> None:
    office = with_supervisor
    set_roles(office, PIA, frozenset({Role.SUPERVISOR, Role.PRIVACY_OFFICER}))
    assert [line.roles for line in list_accounts(office) if line.login == PIA] == [
        {Role.SUPERVISOR, Role.PRIVACY_OFFICER}]
    disable_account(office, PIA)
    entries = [entry for entry in _entries_by(office, office.account.login) if entry[1] == "account"]
    assert entries == [("create", "account", "security"), ("update", "account", "security"),
                       ("update", "account", "security")]
    owner = office.account.login
    office.lock()
    with pytest.raises((WrongPassphraseError, TerugkeerError)):  # the slot or the login is gone with the account
        open_as(PIA, PIA_PASSPHRASE)
    assert [line.disabled for line in list_accounts(open_as(owner, OFFICE_PASSPHRASE)) if line.login == PIA] == [True]


def test_a_lost_passphrase_is_replaced_by_an_application_manager(with_supervisor: OpenWorkspace,
                                                                 open_as: OpenAs) -> None:
    reset_passphrase(with_supervisor, PIA, "a brand new passphrase for pia")
    with_supervisor.lock()
    with pytest.raises(WrongPassphraseError):
        open_as(PIA, PIA_PASSPHRASE)
    assert open_as(PIA, "a brand new passphrase for pia").summary.workspace_id


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


def test_a_key_rotation_asks_new_passphrases_for_the_others(office: OpenWorkspace, passphrase: str,
                                                            open_as: OpenAs) -> None:
    """The old key may be what leaked: only the rotating account's slot holds the new one (a workspace folder's
    key; on the server there is no such key)."""
    if not isinstance(office, EmbeddedWorkspace):
        pytest.skip("the server's data are not under a key of Terugkeer's")
    add_account(office, PIA, "Pia Jansen", frozenset({Role.SUPERVISOR}), PIA_PASSPHRASE)
    office.rotate_data_key(passphrase)
    with pytest.raises(WrongPassphraseError):
        open_as(PIA, PIA_PASSPHRASE)
    reset_passphrase(office, PIA, "pia after the rotation")
    office.lock()
    assert open_as(PIA, "pia after the rotation").account.login == PIA


def test_two_people_editing_one_case_hear_who_changed_it_first(with_supervisor: OpenWorkspace,
                                                               open_as: OpenAs) -> None:
    """Never a silent overwrite: the second save is refused and names the first editor and the time."""
    office = with_supervisor
    add_account(office, "kbakker", "Kim Bakker", frozenset({Role.BACKOFFICE}), "kim's own long passphrase")
    case_id = register(office, client_data()).case_ids[0]
    mine = open_case(office, case_id)
    kim = open_as("kbakker", "kim's own long passphrase")
    theirs = open_case(kim, case_id)
    update_case(kim, case_id, theirs.version, replace(theirs.client, phone="0611111111"), theirs.detention,
                theirs.case)
    with pytest.raises(StaleEditError) as caught:
        update_case(office, case_id, mine.version, replace(mine.client, phone="0699999999"), mine.detention,
                    mine.case)
    assert caught.value.code == "stale_edit_by"
    assert caught.value.params["changed_by"] == "Kim Bakker"
    assert str(caught.value.params["changed_at"]).startswith(str(date.today().year))
    assert open_case(office, case_id).client.phone == "0611111111"
