"""The permission table per role, as the back office's roles are described (issue 17, DOMAIN.md)."""

from __future__ import annotations

import pytest

from app.permissions import Permission, Role, format_roles, parse_roles, permissions_of, sees_every_case

P = Permission


@pytest.mark.parametrize(("role", "may", "may_not"), [
    (Role.COORDINATOR, {P.READ_CASES, P.READ_CASEWORK, P.EDIT_CASES, P.EDIT_CASEWORK, P.PRINT_DOCUMENTS},
     {P.NOTIFICATIONS, P.ASSIGN_CASES, P.MONITOR, P.ERASURE, P.ACCOUNTS, P.EXCHANGE_BUNDLES}),
    (Role.BACKOFFICE, {P.NOTIFICATIONS, P.ASSIGN_CASES, P.EXCHANGE_BUNDLES, P.READ_CASES, P.EDIT_CASES},
     {P.READ_CASEWORK, P.EDIT_CASEWORK, P.MONITOR, P.ERASURE, P.ACCOUNTS}),
    (Role.SUPERVISOR, {P.READ_CASES, P.READ_CASEWORK, P.PRINT_DOCUMENTS, P.MONITOR, P.AUDIT},
     {P.EDIT_CASES, P.EDIT_CASEWORK, P.ASSIGN_CASES, P.ERASURE, P.ACCOUNTS}),
    (Role.PRIVACY_OFFICER, {P.PRIVACY_REQUESTS, P.ERASURE, P.AUDIT},
     {P.EDIT_CASEWORK, P.ASSIGN_CASES, P.MONITOR, P.ACCOUNTS}),
    (Role.APPLICATION_MANAGER, {P.ACCOUNTS, P.DEVICES, P.SETTINGS},
     {P.READ_CASES, P.READ_CASEWORK, P.PRINT_DOCUMENTS, P.MONITOR, P.AUDIT, P.EXCHANGE_BUNDLES}),
])
def test_each_role_may_do_its_work_and_nothing_else_named(role: Role, may: set[Permission],
                                                          may_not: set[Permission]) -> None:
    granted = permissions_of({role}, laptop=False)
    assert may <= granted
    assert not (may_not & granted)


def test_the_application_manager_reads_no_client_data() -> None:
    client_data = {P.READ_CASES, P.READ_CASEWORK, P.EDIT_CASES, P.EDIT_CASEWORK, P.PRINT_DOCUMENTS,
                   P.PRIVACY_REQUESTS, P.MONITOR, P.AUDIT}
    assert not (permissions_of({Role.APPLICATION_MANAGER}, laptop=False) & client_data)


def test_a_supervisor_changes_nothing() -> None:
    changes = {P.EDIT_CASES, P.EDIT_CASEWORK, P.ASSIGN_CASES, P.NOTIFICATIONS, P.ERASURE, P.PURGE, P.ACCOUNTS}
    assert not (permissions_of({Role.SUPERVISOR}, laptop=False) & changes)


def test_several_roles_add_up() -> None:
    both = permissions_of({Role.BACKOFFICE, Role.SUPERVISOR}, laptop=False)
    assert both == permissions_of({Role.BACKOFFICE}, laptop=False) | permissions_of({Role.SUPERVISOR}, laptop=False)


def test_the_laptop_coordinator_also_keeps_the_laptop() -> None:
    office = permissions_of({Role.COORDINATOR}, laptop=False)
    laptop = permissions_of({Role.COORDINATOR}, laptop=True)
    assert laptop - office == {P.EXCHANGE_BUNDLES, P.DEVICES, P.SETTINGS, P.PURGE, P.AUDIT, P.PRIVACY_REQUESTS}
    assert P.PURGE not in permissions_of(set(Role) - {Role.COORDINATOR}, laptop=False)


@pytest.mark.parametrize(("roles", "laptop", "every_case"), [
    ({Role.COORDINATOR}, False, False),
    ({Role.COORDINATOR}, True, True),  # the laptop holds only the coordinator's caseload
    ({Role.COORDINATOR, Role.SUPERVISOR}, False, True),
    ({Role.BACKOFFICE}, False, True),
    ({Role.PRIVACY_OFFICER}, False, True),
    ({Role.APPLICATION_MANAGER}, False, False),
])
def test_only_a_coordinator_is_kept_to_their_caseload(roles: set[Role], laptop: bool, every_case: bool) -> None:
    assert sees_every_case(roles, laptop) is every_case


def test_roles_are_stored_sorted_and_read_back() -> None:
    text = format_roles({Role.SUPERVISOR, Role.BACKOFFICE})
    assert text == "backoffice,supervisor"
    assert parse_roles(text) == {Role.BACKOFFICE, Role.SUPERVISOR}
    with pytest.raises(ValueError):
        parse_roles("backoffice,admin")
