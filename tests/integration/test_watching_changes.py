"""Screens refresh when someone else changes what they show: the register asks what changed since the number it
last saw (both engines), and on the server it hears at once that something was committed (LISTEN/NOTIFY)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.casework.cases import open_case, update_case
from app.casework.register import changes_since
from app.permissions import Role
from app.workspace.accounts import add_account
from app.workspace.folder import EmbeddedWorkspace, unlock
from app.workspace.server import ServerWorkspace
from app.workspace.session import OpenWorkspace

from .helpers import client_data, register

KIM_PASSPHRASE = "kim's own long passphrase"


def _kim(office: OpenWorkspace, request: pytest.FixtureRequest) -> OpenWorkspace:
    add_account(office, "kbakker", "Kim Bakker", frozenset({Role.BACKOFFICE}), KIM_PASSPHRASE)
    if isinstance(office, EmbeddedWorkspace):
        return unlock(office.folder, KIM_PASSPHRASE, "kbakker")
    return request.getfixturevalue("server").connect("kbakker", KIM_PASSPHRASE)


def test_what_another_person_changed_shows_up(office: OpenWorkspace, request: pytest.FixtureRequest) -> None:
    case_id = register(office, client_data()).case_ids[0]
    other_id = register(office, client_data(surname="Andere", bsn="999990032")).case_ids[0]
    seen, nothing = changes_since(office, 0)
    assert set(nothing.case_ids) == {case_id, other_id}
    assert changes_since(office, seen) == (seen, type(nothing)())  # nothing new yet
    kim = _kim(office, request)
    try:
        file = open_case(kim, case_id)
        update_case(kim, case_id, file.version, replace(file.client, phone="0611111111"), file.detention, file.case)
    finally:
        kim.lock()
    now, changed = changes_since(office, seen)
    assert now > seen and changed.case_ids == (case_id,)  # the client's change names its case, only that one


@pytest.mark.server
def test_the_server_tells_at_once_that_something_changed(office: OpenWorkspace,
                                                         request: pytest.FixtureRequest) -> None:
    if not isinstance(office, ServerWorkspace):
        pytest.skip("a workspace folder has no one to tell: the register asks now and then")
    listener = office.listen_for_changes()
    try:
        assert not listener.heard()
        kim = _kim(office, request)
        register(kim, client_data())
        kim.lock()
        assert listener.heard(wait_seconds=30)  # an event awaited, not a moment guessed
        while listener.heard():  # what else arrived with it
            pass
        assert not listener.heard()
    finally:
        listener.close()
