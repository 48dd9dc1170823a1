"""Case services on a real encrypted database: what they write, what they audit, what they refuse."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import text

from app.audit_trail import access_history
from app.casework.cases import (
    CaseData,
    CaseFile,
    Changes,
    DuplicateBsnError,
    FileVersion,
    StaleEditError,
    open_case,
    save_target_groups,
    update_case,
)
from app.casework.register import RegisterFilter, apply_filter, load_register, load_register_row
from app.demo.workspace import fill_with_demo_cases
from app.domain import CaseStatus, TargetGroup
from app.errors import TerugkeerError, ValidationError
from app.permissions import Permission
from app.workspace.session import OpenWorkspace

from .helpers import (
    CANARY_BSN,
    CANARY_GIVEN_NAMES,
    CANARY_SURNAME,
    TODAY,
    audit_rows,
    client_data,
    detention_data,
    register,
)

OTHER_BSN = "111222333"


def _open(workspace: OpenWorkspace, case_id: str) -> CaseFile:
    return open_case(workspace, case_id)


def _update(workspace: OpenWorkspace, case_file: CaseFile, **changes: Any) -> Changes:
    return update_case(
        workspace, case_file.case_id, changes.pop("version", case_file.version),
        changes.pop("client", case_file.client), changes.pop("detention", case_file.detention),
        changes.pop("case", case_file.case), today=TODAY,
    )


def _count(workspace: OpenWorkspace, table: str) -> int:
    with workspace.unit_of_work() as uow:
        return uow.session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def _new_entries(workspace: OpenWorkspace, after_seq: int) -> list[tuple[str, str | None]]:
    return [(row["action"], row["record_type"]) for row in audit_rows(workspace) if row["seq"] > after_seq]


def _last_seq(workspace: OpenWorkspace) -> int:
    return audit_rows(workspace)[-1]["seq"]


# --- register ----------------------------------------------------------------------------------------------------


def test_register_creates_client_detention_case_and_three_audit_entries(workspace: OpenWorkspace) -> None:
    changes = register(workspace)
    assert len(changes.case_ids) == 1
    assert len(changes.client_ids) == 1
    assert (_count(workspace, "client"), _count(workspace, "detention"), _count(workspace, "case_file")) == (1, 1, 1)
    entries = [row for row in audit_rows(workspace) if row["seq"] > 1]
    assert [(row["action"], row["record_type"]) for row in entries] == [
        ("create", "client"), ("create", "detention"), ("create", "case"),
    ]
    assert {row["client_id"] for row in entries} == {changes.client_ids[0]}
    assert entries[0]["record_id"] == changes.client_ids[0]
    assert entries[2]["record_id"] == changes.case_ids[0]


def test_registered_case_reads_back(workspace: OpenWorkspace) -> None:
    changes = register(workspace, case=CaseData(status=CaseStatus.INTAKE,
                                                target_groups=frozenset({TargetGroup.ISD, TargetGroup.PGA}),
                                                coordinator="  Anna  ", notes="afspraak PI"))
    case_file = _open(workspace, changes.case_ids[0])
    assert case_file.client_id == changes.client_ids[0]
    assert case_file.version == FileVersion(case=1, client=1, detention=1)
    assert case_file.client.surname == CANARY_SURNAME
    assert case_file.client.bsn == CANARY_BSN
    assert case_file.detention == detention_data()
    assert case_file.case.status is CaseStatus.INTAKE
    assert case_file.case.status_dates == {CaseStatus.INTAKE: TODAY}  # reaching a status without a date: today
    assert case_file.case.target_groups == {TargetGroup.ISD, TargetGroup.PGA}
    assert case_file.case.coordinator == "Anna"
    assert case_file.hints.aftercare_ends_on == date(2024, 10, 5)  # expected release 5 July + 3 months


def test_same_bsn_again_reuses_the_client(workspace: OpenWorkspace) -> None:
    first = register(workspace)
    seq = _last_seq(workspace)
    second = register(workspace, client=client_data(bsn="123.456.782"),
                      detention=detention_data(start_date=TODAY - timedelta(days=5)))
    assert second.client_ids == first.client_ids
    assert second.case_ids != first.case_ids
    assert _count(workspace, "client") == 1
    assert _count(workspace, "case_file") == 2
    assert _new_entries(workspace, seq) == [("create", "detention"), ("create", "case")]


def test_clients_without_bsn_are_never_merged(workspace: OpenWorkspace) -> None:
    first = register(workspace, client=client_data(bsn=""))
    second = register(workspace, client=client_data(bsn=""))
    assert first.client_ids != second.client_ids
    assert _count(workspace, "client") == 2


@pytest.mark.parametrize(
    ("client_changes", "detention_changes", "field"),
    [
        ({"bsn": "123456781"}, {}, "bsn"),
        ({"surname": "  "}, {}, "surname"),
        ({"date_of_birth": TODAY - timedelta(days=365 * 10)}, {}, "date_of_birth"),
        ({}, {"expected_release_date": TODAY - timedelta(days=100)}, "expected_release_date"),
        ({}, {"prison": ""}, "prison"),
    ],
)
def test_invalid_registration_writes_nothing(
    workspace: OpenWorkspace, client_changes: dict[str, Any], detention_changes: dict[str, Any], field: str
) -> None:
    seq = _last_seq(workspace)
    with pytest.raises(ValidationError) as caught:
        register(workspace, client=client_data(**client_changes), detention=detention_data(**detention_changes))
    assert caught.value.field == field
    assert _count(workspace, "client") == 0
    assert _last_seq(workspace) == seq


@pytest.mark.parametrize(("field", "value"), [("given_names", "Jan\nPiet"), ("surname", "Kanarie\tpiet"),
                                              ("surname_prefix", "van\r"), ("prison", "PI\x07Vught"),
                                              ("coordinator", "A.\x1bBakker"), ("surname", "Kanarie\x85piet")])
def test_a_control_character_in_a_name_or_pi_is_refused_naming_the_field(workspace: OpenWorkspace, field: str,
                                                                          value: str) -> None:
    """Names and a PI head letters and PDFs and fill one spreadsheet cell: a line break or tab is refused."""
    client = client_data(**{field: value}) if field in ("given_names", "surname", "surname_prefix") else None
    detention = detention_data(prison=value) if field == "prison" else None
    case = CaseData(coordinator=value) if field == "coordinator" else None
    with pytest.raises(ValidationError) as caught:
        register(workspace, client, detention, case)
    assert (caught.value.field, caught.value.code) == (field, "control_character")
    assert _count(workspace, "client") == 0
    kanariepiet = _open(workspace, register(workspace).case_ids[0])
    changed = {"client": replace(kanariepiet.client, **{field: value})} if client else \
        {"detention": replace(kanariepiet.detention, prison=value)} if detention else \
        {"case": replace(kanariepiet.case, coordinator=value)}
    with pytest.raises(ValidationError) as caught:
        _update(workspace, kanariepiet, **changed)
    assert (caught.value.field, caught.value.code) == (field, "control_character")
    assert _open(workspace, kanariepiet.case_id).version == kanariepiet.version


# --- update ------------------------------------------------------------------------------------------------------


def test_update_with_a_stale_version_is_refused_and_changes_nothing(
    workspace: OpenWorkspace, kanariepiet: Changes
) -> None:
    mine = _open(workspace, kanariepiet.case_ids[0])
    theirs = _open(workspace, kanariepiet.case_ids[0])
    _update(workspace, theirs, case=replace(theirs.case, notes="hun wijziging"))
    seq = _last_seq(workspace)
    with pytest.raises(StaleEditError) as caught:
        _update(workspace, mine, case=replace(mine.case, notes="mijn wijziging"))
    assert caught.value.code == "stale_edit_by"  # "changed by … at …": the one who changed it names the change
    assert caught.value.params["changed_by"] == "Test Coördinator"
    assert _open(workspace, kanariepiet.case_ids[0]).case.notes == "hun wijziging"
    assert _new_entries(workspace, seq) == [("view", "case")]  # only the read above


def test_update_of_the_case_raises_its_version_and_audits_only_the_case(
    workspace: OpenWorkspace, kanariepiet: Changes
) -> None:
    before = _open(workspace, kanariepiet.case_ids[0])
    seq = _last_seq(workspace)
    changes = _update(workspace, before, case=replace(before.case, notes="tweede gesprek"))
    assert changes == Changes(case_ids=kanariepiet.case_ids, client_ids=kanariepiet.client_ids)
    assert _new_entries(workspace, seq) == [("update", "case")]
    after = _open(workspace, kanariepiet.case_ids[0])
    assert after.version == replace(before.version, case=before.version.case + 1)
    assert after.case.notes == "tweede gesprek"


def test_update_of_the_client_only_audits_the_client_and_still_guards_the_file(
    workspace: OpenWorkspace, kanariepiet: Changes
) -> None:
    before = _open(workspace, kanariepiet.case_ids[0])
    seq = _last_seq(workspace)
    _update(workspace, before, client=replace(before.client, phone="0687654321"))
    assert _new_entries(workspace, seq) == [("update", "client")]
    after = _open(workspace, kanariepiet.case_ids[0])
    assert after.client.phone == "0687654321"
    assert after.version == replace(before.version, client=before.version.client + 1)
    with pytest.raises(StaleEditError):  # the file version guards client, detention and case together
        _update(workspace, before, client=replace(before.client, phone="0600000000"))


def test_update_of_client_and_detention_audits_both(workspace: OpenWorkspace, kanariepiet: Changes) -> None:
    before = _open(workspace, kanariepiet.case_ids[0])
    seq = _last_seq(workspace)
    _update(workspace, before, client=replace(before.client, address="Nieuwe straat 2"),
            detention=replace(before.detention, actual_release_date=TODAY))
    assert _new_entries(workspace, seq) == [("update", "client"), ("update", "detention")]
    with workspace.unit_of_work() as uow:
        versions = uow.session.execute(text(
            "SELECT (SELECT version FROM client), (SELECT version FROM detention), (SELECT version FROM case_file)"
        )).one()
    assert tuple(versions) == (2, 2, 1)


def test_saving_an_unchanged_case_changes_nothing(workspace: OpenWorkspace, kanariepiet: Changes) -> None:
    before = _open(workspace, kanariepiet.case_ids[0])
    seq = _last_seq(workspace)
    assert _update(workspace, before) == Changes()
    assert _new_entries(workspace, seq) == []
    assert _open(workspace, kanariepiet.case_ids[0]).version == before.version


def test_update_to_the_bsn_of_another_client_is_refused(workspace: OpenWorkspace, kanariepiet: Changes) -> None:
    register(workspace, client=client_data(surname="Anders", bsn=OTHER_BSN))
    mine = _open(workspace, kanariepiet.case_ids[0])
    with pytest.raises(DuplicateBsnError) as caught:
        _update(workspace, mine, client=replace(mine.client, bsn=OTHER_BSN))
    assert (caught.value.field, caught.value.code) == ("bsn", "bsn_duplicate")
    assert _open(workspace, kanariepiet.case_ids[0]).client.bsn == CANARY_BSN


def test_edit_of_a_shared_client_through_another_case_is_not_lost(
    workspace: OpenWorkspace, kanariepiet: Changes
) -> None:
    second = register(workspace, detention=detention_data(start_date=TODAY - timedelta(days=5)))
    assert second.client_ids == kanariepiet.client_ids  # one client, two cases
    first_form = _open(workspace, kanariepiet.case_ids[0])
    second_form = _open(workspace, second.case_ids[0])
    _update(workspace, first_form, client=replace(first_form.client, phone="0687654321"))
    with contextlib.suppress(StaleEditError):  # refusing the stale form is one right answer
        _update(workspace, second_form, client=replace(second_form.client, address="Nieuwe straat 2"))
    client = _open(workspace, second.case_ids[0]).client
    assert client.phone == "0687654321"  # the first edit must survive either way


def test_update_of_a_missing_case_says_so(workspace: OpenWorkspace, kanariepiet: Changes) -> None:
    case_file = _open(workspace, kanariepiet.case_ids[0])
    with pytest.raises(TerugkeerError) as caught:
        _update(workspace, replace(case_file, case_id="00000000-0000-0000-0000-000000000000"))
    assert caught.value.code == "case_not_found"


# --- open and access history -------------------------------------------------------------------------------------


def test_open_case_logs_a_view_with_the_client_id(workspace: OpenWorkspace, kanariepiet: Changes) -> None:
    seq = _last_seq(workspace)
    _open(workspace, kanariepiet.case_ids[0])
    new = [row for row in audit_rows(workspace) if row["seq"] > seq]
    assert len(new) == 1
    assert (new[0]["action"], new[0]["record_type"], new[0]["record_id"]) == ("view", "case", kanariepiet.case_ids[0])
    assert new[0]["client_id"] == kanariepiet.client_ids[0]
    assert new[0]["purpose"] == "aftercare"


def test_open_missing_case_says_so(workspace: OpenWorkspace) -> None:
    with pytest.raises(TerugkeerError) as caught:
        _open(workspace, "00000000-0000-0000-0000-000000000000")
    assert caught.value.code == "case_not_found"


def test_access_history_holds_that_client_only_and_no_names(workspace: OpenWorkspace, kanariepiet: Changes) -> None:
    other = register(workspace, client=client_data(surname="Anders", bsn=OTHER_BSN))
    _open(workspace, other.case_ids[0])
    _open(workspace, kanariepiet.case_ids[0])
    with workspace.unit_of_work() as uow:
        history = access_history(uow, kanariepiet.client_ids[0])
        other_history = access_history(uow, other.client_ids[0])
    assert [(event.action, event.record_type) for event in history] == [
        ("create", "client"), ("create", "detention"), ("create", "case"), ("view", "case"),
    ]
    assert len(other_history) == 4
    assert all(event.user_name == workspace.actor.user_name for event in history)
    assert history == sorted(history, key=lambda event: event.occurred_at)
    shown = repr(history) + repr(other_history)
    for secret in (CANARY_SURNAME, CANARY_GIVEN_NAMES, CANARY_BSN, "Anders", OTHER_BSN):
        assert secret not in shown


def test_audit_never_holds_a_name_or_bsn(workspace: OpenWorkspace, kanariepiet: Changes) -> None:
    case_file = _open(workspace, kanariepiet.case_ids[0])
    _update(workspace, case_file, client=replace(case_file.client, surname="Kanariepiet-Jansen"),
            case=replace(case_file.case, notes="Kanariepiet belde"))
    rows = audit_rows(workspace)
    assert len(rows) >= 7
    values = [str(value) for row in rows for value in row.values() if value is not None]
    for secret in (CANARY_SURNAME, CANARY_GIVEN_NAMES, CANARY_BSN, "Kanariestraat", "0612345678"):
        assert not [value for value in values if secret in value], f"audit log holds {secret!r}"


# --- register read model -----------------------------------------------------------------------------------------


def test_register_rows_are_found_by_name_and_by_bsn_with_dots(workspace: OpenWorkspace, kanariepiet: Changes) -> None:
    register(workspace, client=client_data(surname="Anders", bsn=OTHER_BSN, surname_prefix="van"))
    rows = load_register(workspace, frozenset())
    single = load_register_row(workspace, kanariepiet.case_ids[0], frozenset())
    missing = load_register_row(workspace, "00000000-0000-0000-0000-000000000000", frozenset())
    assert len(rows) == 2
    assert single is not None
    assert single.name == f"{CANARY_SURNAME}, {CANARY_GIVEN_NAMES}"
    assert single.release_date == detention_data().expected_release_date
    assert missing is None
    assert [r.case_id for r in apply_filter(rows, RegisterFilter(text="kanarie vught"), TODAY)] == [single.case_id]
    assert [r.case_id for r in apply_filter(rows, RegisterFilter(text="123.456.782"), TODAY)] == [single.case_id]
    assert [r.name for r in apply_filter(rows, RegisterFilter(text="van anders"), TODAY)] == [
        f"Anders, {CANARY_GIVEN_NAMES} van"
    ]


def test_target_groups_are_saved_on_their_own_and_audited(workspace: OpenWorkspace, kanariepiet: Changes) -> None:
    case_id = kanariepiet.case_ids[0]
    before = _open(workspace, case_id)
    seq = _last_seq(workspace)
    changes = save_target_groups(workspace, case_id, frozenset({TargetGroup.ISD}))
    assert changes.case_ids == (case_id,)
    assert _new_entries(workspace, seq) == [("update", "case")]
    after = _open(workspace, case_id)
    assert after.case.target_groups == frozenset({TargetGroup.ISD})
    assert after.client == before.client and after.detention == before.detention
    assert save_target_groups(workspace, case_id, frozenset({TargetGroup.ISD})) == Changes()


def test_the_whole_register_read_table_by_table_equals_the_join(workspace: OpenWorkspace) -> None:
    fill_with_demo_cases(workspace, 60, today=date(2025, 6, 2))
    with workspace.transaction(Permission.READ_CASES) as uow:
        joined = sorted(tuple(row) for row in uow.cases.register_rows())
        assert len(joined) == 60
        assert sorted(uow.cases.all_register_rows()) == joined
