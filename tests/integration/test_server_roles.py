"""What each role may see and do is enforced by the server itself: a person who logs in with `psql` and their own
password can do no more than in the app. A coordinator sees only their caseload, the application manager no client
table at all, and nobody can change or delete an audit entry."""

from __future__ import annotations

import pytest
from postgres_cluster import ServerDatabase

from app.backoffice.assignment import assign
from app.casework.cases import open_case
from app.casework.register import load_register
from app.errors import TerugkeerError
from app.permissions import NotPermittedError, Role
from app.workspace.session import OpenWorkspace

from .helpers import client_data, register

pytestmark = pytest.mark.server

PASSWORD = "a long password for the test accounts"
PEOPLE = {  # login: (name, roles)
    "jdevries": ("Jan de Vries", frozenset({Role.COORDINATOR})),
    "pjansen": ("Pia Jansen", frozenset({Role.COORDINATOR})),
    "kbakker": ("Kim Bakker", frozenset({Role.BACKOFFICE})),
    "tleider": ("Tom Leider", frozenset({Role.SUPERVISOR})),
    "pfunc": ("Priya Functionaris", frozenset({Role.PRIVACY_OFFICER})),
    "fbeheer": ("Fons Beheer", frozenset({Role.APPLICATION_MANAGER})),
}


@pytest.fixture
def team(server: ServerDatabase) -> dict[str, str]:
    """One account per role, and two cases: one for Jan, one for Pia (case ids by coordinator login)."""
    for login, (name, roles) in PEOPLE.items():
        server.add_account(login, name, roles, PASSWORD)
    clerk = server.connect("kbakker", PASSWORD)
    try:
        cases = {}
        for login, surname, bsn in (("jdevries", "Eerstezaak", "999990019"), ("pjansen", "Tweedezaak", "999990032")):
            case_id = register(clerk, client_data(surname=surname, bsn=bsn)).case_ids[0]
            assign(clerk, [case_id], PEOPLE[login][0])
            cases[login] = case_id
    finally:
        clerk.lock()
    return cases


def _psql(server: ServerDatabase, login: str, sql: str) -> tuple[int, str]:
    result = server.cluster.psql(server.name, login, PASSWORD, sql)
    return result.returncode, (result.stdout + result.stderr).strip()


def test_a_coordinator_sees_only_their_caseload_in_psql(server: ServerDatabase, team: dict[str, str]) -> None:
    code, out = _psql(server, "jdevries", "SELECT c.surname FROM case_file k JOIN client c ON c.id = k.client_id")
    assert code == 0 and "Eerstezaak" in out and "Tweedezaak" not in out
    code, out = _psql(server, "jdevries", "SELECT count(*) FROM client")
    assert code == 0 and out.splitlines()[2].strip() == "1"
    code, out = _psql(server, "jdevries", f"UPDATE case_file SET notes = 'x' WHERE id = '{team['pjansen']}'")
    assert code == 0 and "UPDATE 0" in out  # the other case is not there to change


def test_the_application_manager_reads_no_client_table(server: ServerDatabase, team: dict[str, str]) -> None:
    for table in ("client", "case_file", "intake", "consent_record", "audit_entry"):
        code, out = _psql(server, "fbeheer", f"SELECT * FROM {table}" if table != "audit_entry" else
                          "SELECT client_id FROM audit_entry WHERE user_name <> 'fbeheer'")
        if table == "audit_entry":
            assert code == 0 and "(0 rows)" in out  # only their own entries
        else:
            assert code != 0 and "permission denied" in out


@pytest.mark.parametrize("login", ["kbakker", "tleider", "pfunc", "jdevries"])
def test_nobody_changes_or_deletes_an_audit_entry(server: ServerDatabase, team: dict[str, str], login: str) -> None:
    for sql in ("UPDATE audit_entry SET action = 'view'", "DELETE FROM audit_entry", "TRUNCATE audit_entry"):
        code, out = _psql(server, login, sql)
        assert code != 0 and "permission denied" in out, (login, sql, out)


def test_not_even_the_owner_changes_an_audit_entry(server: ServerDatabase, team: dict[str, str]) -> None:
    for sql in ("UPDATE audit_entry SET action = 'view'", "DELETE FROM audit_entry"):
        result = server.cluster.psql(server.name, "terugkeer_owner", "owner password of the test databases", sql)
        assert result.returncode != 0 and "append-only" in result.stderr


def test_nobody_writes_an_audit_entry_in_someone_else_s_name(server: ServerDatabase, team: dict[str, str]) -> None:
    columns = ("seq, event_id, occurred_at, action, outcome, user_name, user_role, purpose, client_id, record_type, "
               "record_id, device_id, legal_basis, prev_hash, entry_hash")
    forged = (f"INSERT INTO audit_entry ({columns}) SELECT seq + 1000, gen_random_uuid()::text, occurred_at, action, "
              "outcome, 'jdevries', user_role, purpose, client_id, record_type, record_id, device_id, legal_basis, "
              "prev_hash, entry_hash FROM audit_entry WHERE user_name = 'kbakker' LIMIT 1")
    code, out = _psql(server, "kbakker", forged)
    assert code != 0 and "row-level security" in out


def test_a_team_leader_reads_everything_and_changes_nothing(server: ServerDatabase, team: dict[str, str]) -> None:
    code, out = _psql(server, "tleider", "SELECT count(*) FROM case_file")
    assert code == 0 and out.splitlines()[2].strip() == "2"
    code, out = _psql(server, "tleider", "UPDATE case_file SET notes = 'x'")
    assert code != 0 and "permission denied" in out


def test_the_app_shows_a_coordinator_their_caseload_only(server: ServerDatabase, team: dict[str, str]) -> None:
    jan = server.connect("jdevries", PASSWORD)
    try:
        assert [row.name for row in load_register(jan, frozenset())] == ["Eerstezaak, Karel"]
        assert open_case(jan, team["jdevries"]).client.surname == "Eerstezaak"
        with pytest.raises(TerugkeerError) as caught:
            open_case(jan, team["pjansen"])
        assert caught.value.code == "case_not_found"
    finally:
        jan.lock()


@pytest.mark.parametrize(("login", "service"), [
    ("fbeheer", lambda workspace, cases: load_register(workspace, frozenset())),
    ("tleider", lambda workspace, cases: assign(workspace, [cases["jdevries"]], "Pia Jansen")),
    ("jdevries", lambda workspace, cases: assign(workspace, [cases["jdevries"]], "Pia Jansen")),
])
def test_the_app_refuses_what_a_role_may_not(server: ServerDatabase, team: dict[str, str], login: str,
                                             service: object) -> None:
    workspace: OpenWorkspace = server.connect(login, PASSWORD)
    try:
        with pytest.raises(NotPermittedError):
            service(workspace, team)  # type: ignore[operator]
    finally:
        workspace.lock()
