"""A coordinator at a back office sees their own caseload only, on a shared embedded back office as on the server:
the register, a case file, its intake and consent, and the cases of others are simply not there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.backoffice.assignment import assign
from app.casework.cases import open_case
from app.casework.checklist import load_catalogue
from app.casework.consent import consent_file
from app.casework.intake import open_intake
from app.casework.register import load_register
from app.errors import TerugkeerError
from app.permissions import Role
from app.workspace.accounts import add_account
from app.workspace.folder import EmbeddedWorkspace, unlock
from app.workspace.session import OpenWorkspace

from .helpers import client_data, register

JAN_PASSPHRASE = "jan's own long passphrase"


@pytest.fixture
def jan(office: OpenWorkspace, request: pytest.FixtureRequest) -> Iterator[tuple[OpenWorkspace, dict[str, str]]]:
    """Jan de Vries, a coordinator at the back office, and two cases: his and Pia's."""
    add_account(office, "jdevries", "Jan de Vries", frozenset({Role.COORDINATOR}), JAN_PASSPHRASE)
    cases = {}
    for coordinator, surname, bsn in (("Jan de Vries", "Eigenzaak", "999990019"),
                                      ("Pia Jansen", "Anderszaak", "999990032")):
        case_id = register(office, client_data(surname=surname, bsn=bsn)).case_ids[0]
        assign(office, [case_id], coordinator)
        cases[coordinator] = case_id
    if isinstance(office, EmbeddedWorkspace):
        office.lock()
        opened: OpenWorkspace = unlock(office.folder, JAN_PASSPHRASE, "jdevries")
    else:
        opened = request.getfixturevalue("server").connect("jdevries", JAN_PASSPHRASE)
    yield opened, cases
    opened.lock()


def test_the_register_shows_only_his_cases(jan: tuple[OpenWorkspace, dict[str, str]]) -> None:
    workspace, _cases = jan
    assert [row.name for row in load_register(workspace, frozenset())] == ["Eigenzaak, Karel"]


def test_his_case_opens_and_the_other_is_not_there(jan: tuple[OpenWorkspace, dict[str, str]]) -> None:
    workspace, cases = jan
    assert open_case(workspace, cases["Jan de Vries"]).client.surname == "Eigenzaak"
    for read in (lambda case_id: open_case(workspace, case_id),
                 lambda case_id: open_intake(workspace, case_id, load_catalogue().active()),
                 lambda case_id: consent_file(workspace, case_id)):
        with pytest.raises(TerugkeerError) as caught:
            read(cases["Pia Jansen"])
        assert caught.value.code == "case_not_found"
