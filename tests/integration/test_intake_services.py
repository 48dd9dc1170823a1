"""Intake services on a real encrypted workspace: the checklist answers, domain statuses per measurement moment,
triage, plan of approach and follow-up actions; what they store, audit and refuse."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select, text

from app.casework.cases import CaseData, Changes, open_case
from app.casework.checklist import ChecklistTemplate, builtin_texts, load_catalogue, parse_template
from app.casework.intake import (
    ActionOwner,
    Assessment,
    DomainStatus,
    IntakeFile,
    Moment,
    PlanStatus,
    SelfReliance,
    add_action,
    delete_action,
    open_intake,
    save_action,
    save_answer,
    save_assessment,
    save_current_step,
    save_intake_details,
    save_plan,
    save_plan_domain,
    view_intake,
)
from app.domain import CaseDirection, CaseStatus
from app.errors import TerugkeerError, ValidationError
from app.workspace.session import OpenWorkspace
from db.models import Case

from .helpers import (
    CANARY_BSN,
    CANARY_GIVEN_NAMES,
    CANARY_SURNAME,
    TODAY,
    audit_rows,
    client_data,
    file_contents,
    register,
)

INTAKE_DAY = date(2024, 6, 18)  # the visit in the PI, a few days after the notification (TODAY)
PLAN_DAY = date(2024, 6, 25)
# Typed in the intake; like the client's name it may never appear in an audit entry or unencrypted on disk.
CANARY_NOTE = "Kanarienotitie-4711 schuld bij oom Henk"


# --- helpers --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def template() -> ChecklistTemplate:
    return load_catalogue().active()


def _template_v2() -> ChecklistTemplate:
    """A newer version of the default template, made by editing its JSON text: version 2 and one item more."""
    document = json.loads(dict(builtin_texts())["basisvoorwaarden-v1.json"])
    document["version"] = 2
    document["domains"][3]["items"].append(
        {"id": "payment_arrangement", "label": {"nl": "Betalingsregeling?", "en": "Payment plan?"},
         "type": "yes_no_unknown"})
    return parse_template(json.dumps(document, ensure_ascii=False, indent=2), "basisvoorwaarden-v2.json")


@pytest.fixture
def case_id(kanariepiet: Changes) -> str:
    return kanariepiet.case_ids[0]


@pytest.fixture
def started(workspace: OpenWorkspace, case_id: str, template: ChecklistTemplate) -> str:
    """The canary case with its intake started (v1 of the default template); returns the case id."""
    _open(workspace, case_id, template)
    return case_id


def _open(workspace: OpenWorkspace, case_id: str, template: ChecklistTemplate | None = None,
          today: date = INTAKE_DAY) -> IntakeFile:
    return open_intake(workspace, case_id, template or load_catalogue().active(), today=today)


def _answer(workspace: OpenWorkspace, case_id: str, item_id: str, value: Any) -> Changes:
    return save_answer(workspace, case_id, item_id, value)


def _case_row(workspace: OpenWorkspace, case_id: str) -> dict[str, Any]:
    """The case's columns, typed (dates as dates)."""
    table = Case.__table__
    with workspace.unit_of_work() as uow:
        return dict(uow.session.execute(select(table).where(table.c.id == case_id)).mappings().one())


def _rows(workspace: OpenWorkspace, sql: str, **params: Any) -> list[dict[str, Any]]:
    with workspace.unit_of_work() as uow:
        return [dict(row) for row in uow.session.execute(text(sql), params).mappings()]


def _last_seq(workspace: OpenWorkspace) -> int:
    return audit_rows(workspace)[-1]["seq"]


def _entries_after(workspace: OpenWorkspace, seq: int) -> list[dict[str, Any]]:
    return [row for row in audit_rows(workspace) if row["seq"] > seq]


def _kinds_after(workspace: OpenWorkspace, seq: int) -> list[tuple[str, str | None]]:
    return [(row["action"], row["record_type"]) for row in _entries_after(workspace, seq)]


def _client_id(workspace: OpenWorkspace, case_id: str) -> str:
    return _case_row(workspace, case_id)["client_id"]


# --- starting and reopening -----------------------------------------------------------------------------------


def test_open_intake_starts_the_intake_and_moves_the_case_to_intake(
    workspace: OpenWorkspace, case_id: str, template: ChecklistTemplate
) -> None:
    before = _case_row(workspace, case_id)
    assert (before["status"], before["notified_on"], before["intake_on"]) == ("melding", TODAY, None)
    seq = _last_seq(workspace)
    intake = _open(workspace, case_id, template)
    assert (intake.case_id, intake.client_id) == (case_id, before["client_id"])
    assert (intake.template.id, intake.template.version) == ("basisvoorwaarden", 1)
    assert intake.current_step == ""
    assert intake.answers == {} and intake.assessments == {} and intake.actions == []
    assert intake.plan_status is PlanStatus.CONCEPT
    assert (intake.agreements, intake.contact_persons, intake.plan_domains) == ("", "", {})
    assert (intake.self_reliance, intake.direction_reason) == (None, "")
    assert intake.case_direction is CaseDirection.COORDINATOR
    assert intake.assessment("housing") == Assessment()  # nothing recorded yet
    after = _case_row(workspace, case_id)
    assert (after["status"], after["notified_on"], after["intake_on"]) == ("intake", TODAY, INTAKE_DAY)
    assert after["version"] == before["version"] + 1
    assert after["changed_by_device"] == workspace.actor.device_id
    assert ("create", "intake") in _kinds_after(workspace, seq)


def test_open_intake_stores_the_exact_template_text(
    workspace: OpenWorkspace, started: str, template: ChecklistTemplate
) -> None:
    rows = _rows(workspace, "SELECT template_id, version, content FROM checklist_template")
    assert rows == [{"template_id": "basisvoorwaarden", "version": 1, "content": template.source_text}]
    assert _rows(workspace, "SELECT template_id, template_version, version FROM intake") == [
        {"template_id": "basisvoorwaarden", "template_version": 1, "version": 1}]
    assert len(_rows(workspace, "SELECT * FROM plan")) == 1


@pytest.mark.parametrize("status", [CaseStatus.PLAN, CaseStatus.AFTERCARE, CaseStatus.CLOSED])
def test_open_intake_never_moves_a_case_backwards(
    workspace: OpenWorkspace, template: ChecklistTemplate, status: CaseStatus
) -> None:
    case_id = register(workspace, case=CaseData(status=status)).case_ids[0]
    before = _case_row(workspace, case_id)
    intake = _open(workspace, case_id, template)
    after = _case_row(workspace, case_id)
    assert intake.template.version == 1
    assert after["status"] == status.value
    assert (after["intake_on"], after["version"]) == (before["intake_on"], before["version"])


def test_open_intake_moves_a_case_forward_from_contact_and_keeps_an_earlier_intake_date(
    workspace: OpenWorkspace, template: ChecklistTemplate
) -> None:
    contact = register(workspace, case=CaseData(status=CaseStatus.CONTACT)).case_ids[0]
    _open(workspace, contact, template)
    assert _case_row(workspace, contact)["status"] == "intake"
    dated = register(workspace, client=client_data(bsn=""), case=CaseData(
        status=CaseStatus.CONTACT, status_dates={CaseStatus.INTAKE: date(2024, 6, 1)})).case_ids[0]
    _open(workspace, dated, template)
    row = _case_row(workspace, dated)
    assert (row["status"], row["intake_on"]) == ("intake", date(2024, 6, 1))


def test_reopening_logs_a_view_and_changes_nothing(workspace: OpenWorkspace, started: str) -> None:
    case_before = _case_row(workspace, started)
    seq = _last_seq(workspace)
    again = _open(workspace, started, today=PLAN_DAY)
    assert again.template.version == 1
    assert _kinds_after(workspace, seq) == [("view", "intake")]
    assert _case_row(workspace, started) == case_before  # also: intake_on is not moved to the later day
    assert len(_rows(workspace, "SELECT * FROM intake")) == 1
    assert len(_rows(workspace, "SELECT * FROM plan")) == 1


def test_viewing_reads_and_logs_but_never_starts_an_intake(workspace: OpenWorkspace, case_id: str) -> None:
    """For who may read the casework but not change it (a team leader): reading only."""
    seq = _last_seq(workspace)
    with pytest.raises(TerugkeerError) as caught:
        view_intake(workspace, case_id)
    assert caught.value.code == "intake_not_started"
    assert _rows(workspace, "SELECT * FROM intake") == [] and _kinds_after(workspace, seq) == []
    started = _open(workspace, case_id)
    save_assessment(workspace, case_id, "housing", Moment.INTAKE, notes=CANARY_NOTE)
    seq, case_before = _last_seq(workspace), _case_row(workspace, case_id)
    viewed = view_intake(workspace, case_id)
    assert viewed.assessment("housing").notes == CANARY_NOTE and viewed.template == started.template
    assert _kinds_after(workspace, seq) == [("view", "intake")]
    assert _case_row(workspace, case_id) == case_before


def test_an_unknown_case_cannot_be_opened(workspace: OpenWorkspace, template: ChecklistTemplate) -> None:
    with pytest.raises(TerugkeerError) as caught:
        _open(workspace, "00000000-0000-0000-0000-000000000000", template)
    assert caught.value.code == "case_not_found"


# --- template versions ----------------------------------------------------------------------------------------


def test_a_started_intake_keeps_its_template_version_when_a_newer_one_is_offered(
    workspace: OpenWorkspace, started: str, template: ChecklistTemplate
) -> None:
    _answer(workspace, started, "valid_id_present", "no")
    v2 = _template_v2()
    reopened = _open(workspace, started, v2)
    assert reopened.template.version == 1
    assert reopened.template.source_text == template.source_text
    assert "payment_arrangement" not in {item.id for item in reopened.template.domain("debts").items}
    assert reopened.answers == {"valid_id_present": "no"}
    with pytest.raises(ValidationError) as caught:  # an item of v2 does not exist in this v1 intake
        _answer(workspace, started, "payment_arrangement", "yes")
    assert caught.value.field == "payment_arrangement"
    # the newer version was not stored: no intake uses it
    assert [r["version"] for r in _rows(workspace, "SELECT version FROM checklist_template")] == [1]


def test_a_new_intake_uses_the_newer_template_and_the_old_one_still_reads_v1(
    workspace: OpenWorkspace, started: str
) -> None:
    newer = register(workspace, client=client_data(bsn="")).case_ids[0]
    v2 = _template_v2()
    intake = _open(workspace, newer, v2)
    assert intake.template.version == 2
    _answer(workspace, newer, "payment_arrangement", "yes")
    assert _open(workspace, newer, v2).answers == {"payment_arrangement": "yes"}
    assert _open(workspace, started).template.version == 1
    assert _open(workspace, started, v2).template.version == 1
    stored = _rows(workspace, "SELECT version, content FROM checklist_template ORDER BY version")
    assert [(r["version"], r["content"] == t.source_text) for r, t in zip(stored, (load_catalogue().active(), v2),
                                                                          strict=True)] == [(1, True), (2, True)]


# --- answers --------------------------------------------------------------------------------------------------

# Per item type: (item, value as typed or picked, value as read back), saved one after the other.
ROUND_TRIPS: dict[str, list[tuple[str, Any, Any]]] = {
    "yes_no_unknown": [("valid_id_present", "yes", "yes"), ("valid_id_present", "no", "no"),
                       ("valid_id_present", "unknown", "unknown")],
    "choice": [("id_kind", "residence_permit", "residence_permit"), ("id_kind", "none", "none"),
               ("motivation_level", "doubtful", "doubtful")],  # an item of an optional domain
    "date": [("id_expiry_date", date(2027, 2, 28), date(2027, 2, 28)),
             ("id_expiry_date", date(1999, 12, 31), date(1999, 12, 31))],
    "text": [("address_after_release", "Briefadres ‘t Loket, Coördinatie 3", "Briefadres ‘t Loket, Coördinatie 3"),
             ("care_provider", "regel 1\nregel 2 \"aanhalingstekens\"", "regel 1\nregel 2 \"aanhalingstekens\"")],
    "amount": [("pocket_money_at_release", "12,5", Decimal("12.50")),
               ("pocket_money_at_release", " 40 ", Decimal("40.00")),
               ("pocket_money_at_release", "12.5", Decimal("12.50")),
               ("pocket_money_at_release", "0", Decimal("0.00")),
               ("debt_amount", Decimal("15250.75"), Decimal("15250.75")),
               ("debt_amount", 250, Decimal("250.00"))],
}


@pytest.mark.parametrize("item_type", list(ROUND_TRIPS))
def test_answers_of_every_type_round_trip(
    workspace: OpenWorkspace, started: str, template: ChecklistTemplate, item_type: str
) -> None:
    items = {item.id: item for domain in template.domains for item in domain.items}
    done = Changes(case_ids=(started,), client_ids=(_client_id(workspace, started),))
    for item_id, value, expected in ROUND_TRIPS[item_type]:
        assert items[item_id].type == item_type
        assert _answer(workspace, started, item_id, value) == done, (item_id, value)
        stored = _open(workspace, started).answers[item_id]
        assert (stored, type(stored)) == (expected, type(expected)), (item_id, value)
        if isinstance(expected, Decimal):
            assert str(stored) == str(expected)  # two decimals, as shown


INVALID = [
    ("valid_id_present", "ja", "answer_invalid"),
    ("valid_id_present", True, "answer_invalid"),
    ("id_kind", "rijbewijs", "answer_invalid"),
    ("id_kind", "yes", "answer_invalid"),
    ("id_expiry_date", "2027-02-28", "answer_invalid"),
    ("address_after_release", 12, "answer_invalid"),
    ("pocket_money_at_release", "-5", "amount_invalid"),
    ("pocket_money_at_release", "-0,01", "amount_invalid"),
    ("pocket_money_at_release", "twaalf", "amount_invalid"),
    ("pocket_money_at_release", "12,50 euro", "amount_invalid"),
    ("pocket_money_at_release", "NaN", "amount_invalid"),
    ("pocket_money_at_release", "Infinity", "amount_invalid"),
    ("debt_amount", Decimal("-100"), "amount_invalid"),
    ("no_such_item", "yes", "answer_invalid"),
]


def test_invalid_answers_are_refused_naming_the_item_and_nothing_is_written(
    workspace: OpenWorkspace, started: str
) -> None:
    seq = _last_seq(workspace)
    for item_id, value, code in INVALID:
        with pytest.raises(ValidationError) as caught:
            _answer(workspace, started, item_id, value)
        assert (caught.value.field, caught.value.code) == (item_id, code), value
    assert _rows(workspace, "SELECT * FROM checklist_answer") == []
    assert _last_seq(workspace) == seq


def test_an_invalid_value_keeps_the_previous_answer(workspace: OpenWorkspace, started: str) -> None:
    _answer(workspace, started, "debt_amount", "300")
    with pytest.raises(ValidationError):
        _answer(workspace, started, "debt_amount", "driehonderd")
    assert _open(workspace, started).answers["debt_amount"] == Decimal("300.00")


def test_none_or_empty_clears_an_answer(workspace: OpenWorkspace, started: str) -> None:
    for empty in (None, ""):
        _answer(workspace, started, "rent_continued", "yes")
        seq = _last_seq(workspace)
        changes = _answer(workspace, started, "rent_continued", empty)
        assert changes.case_ids == (started,)
        assert _kinds_after(workspace, seq) == [("update", "checklist_answer")]
        assert _open(workspace, started).answers.get("rent_continued") is None
        assert _answer(workspace, started, "rent_continued", None) == Changes()  # clearing again changes nothing


SAME_AGAIN: list[tuple[str, Any, Any]] = [
    ("valid_id_present", "yes", "yes"),
    ("id_kind", "passport", "passport"),
    ("id_expiry_date", date(2026, 1, 1), date(2026, 1, 1)),
    ("pocket_money_at_release", "12,5", Decimal("12.50")),  # the same amount, typed differently
    ("debt_amount", "100", "100,00"),
    ("address_after_release", "Dorpsstraat 1", "Dorpsstraat 1"),
]


def test_saving_an_unchanged_answer_returns_no_changes_and_writes_nothing(
    workspace: OpenWorkspace, started: str
) -> None:
    for item_id, first, _same in SAME_AGAIN:
        _answer(workspace, started, item_id, first)
    seq = _last_seq(workspace)
    before = _rows(workspace, "SELECT * FROM checklist_answer ORDER BY item_id")
    for item_id, _first, same in SAME_AGAIN:
        assert _answer(workspace, started, item_id, same) == Changes(), item_id
    assert _last_seq(workspace) == seq
    assert _rows(workspace, "SELECT * FROM checklist_answer ORDER BY item_id") == before


def test_answer_saves_create_then_update_with_versions_and_device(workspace: OpenWorkspace, started: str) -> None:
    client_id = _client_id(workspace, started)
    seq = _last_seq(workspace)
    _answer(workspace, started, "health_insurance", "unknown")
    [row] = _rows(workspace, "SELECT * FROM checklist_answer")
    assert (row["version"], row["changed_by_device"], row["item_id"]) == (1, workspace.actor.device_id,
                                                                          "health_insurance")
    assert json.loads(row["value"]) == "unknown"
    _answer(workspace, started, "health_insurance", "yes")
    [updated] = _rows(workspace, "SELECT * FROM checklist_answer")
    assert (updated["id"], updated["version"]) == (row["id"], 2)
    assert updated["updated_at"] >= row["updated_at"]
    entries = _entries_after(workspace, seq)
    assert [(e["action"], e["record_type"], e["client_id"], e["record_id"]) for e in entries] == [
        ("create", "checklist_answer", client_id, row["id"]),
        ("update", "checklist_answer", client_id, row["id"]),
    ]


# --- every real save: one audit entry, a higher version, this device ----------------------------------------------

# (name, the save, the table and row it changes (None: the row the save made), the audit entry it writes)
SAVES: list[tuple[str, Callable[[OpenWorkspace, str], Any], str, tuple[str, str]]] = [
    ("answer", lambda ws, c: _answer(ws, c, "uwv_registered", "no"), "checklist_answer",
     ("create", "checklist_answer")),
    ("assessment", lambda ws, c: save_assessment(ws, c, "debts", Moment.INTAKE, status=DomainStatus.NEED),
     "domain_assessment", ("create", "domain_assessment")),
    ("plan_domain", lambda ws, c: save_plan_domain(ws, c, "housing", situation="Huur achterstand"),
     "plan_domain", ("create", "plan_domain")),
    ("plan", lambda ws, c: save_plan(ws, c, agreements="Komt elke week langs"), "plan", ("update", "plan")),
    ("intake_details", lambda ws, c: save_intake_details(ws, c, self_reliance=SelfReliance.LIMITED),
     "intake", ("update", "intake")),
    ("direction_reason", lambda ws, c: save_intake_details(ws, c, direction_reason="Lichte hulp volstaat"),
     "intake", ("update", "intake")),
    ("add_action", lambda ws, c: add_action(ws, c, "id_document", "ID aanvragen"), "follow_up_action",
     ("create", "follow_up_action")),
]


@pytest.mark.parametrize(("save", "table", "entry"), [(s, t, e) for _n, s, t, e in SAVES],
                         ids=[name for name, _s, _t, _e in SAVES])
def test_each_real_save_writes_one_audit_entry_and_stamps_the_record(
    workspace: OpenWorkspace, started: str, save: Callable[[OpenWorkspace, str], Any], table: str,
    entry: tuple[str, str],
) -> None:
    client_id = _client_id(workspace, started)
    before = {row["id"]: row for row in _rows(workspace, f"SELECT * FROM {table}")}
    seq = _last_seq(workspace)
    result = save(workspace, started)
    changes = result[0] if isinstance(result, tuple) else result
    assert changes == Changes(case_ids=(started,), client_ids=(client_id,))
    [written] = _entries_after(workspace, seq)
    [row] = [r for r in _rows(workspace, f"SELECT * FROM {table}") if r != before.get(r["id"])]
    assert (written["action"], written["record_type"]) == entry
    assert (written["client_id"], written["record_id"]) == (client_id, row["id"])
    assert row["version"] == (before[row["id"]]["version"] + 1 if row["id"] in before else 1)
    assert row["changed_by_device"] == workspace.actor.device_id
    # the same save again changes nothing and writes nothing
    if entry[0] == "update":
        assert save(workspace, started) == Changes()
        assert _last_seq(workspace) == seq + 1


def test_no_name_bsn_or_typed_text_in_any_audit_column(workspace: OpenWorkspace, started: str) -> None:
    _whole_intake(workspace, started)
    secrets = (CANARY_SURNAME, CANARY_GIVEN_NAMES, CANARY_BSN, CANARY_NOTE, "Kanarie", "Henk")
    rows = audit_rows(workspace)
    assert len(rows) > 15
    for row in rows:
        for column, value in row.items():
            for secret in secrets:
                assert secret not in str(value), f"audit entry {row['seq']} column {column} contains {secret!r}"


# --- domain assessments ---------------------------------------------------------------------------------------


def test_assessments_of_the_three_moments_are_separate(workspace: OpenWorkspace, started: str) -> None:
    for moment, status in ((Moment.INTAKE, DomainStatus.NEED), (Moment.RELEASE, DomainStatus.IN_PROGRESS),
                           (Moment.END, DomainStatus.ARRANGED)):
        save_assessment(workspace, started, "housing", moment, status=status, notes=f"notitie {moment}")
    save_assessment(workspace, started, "care", Moment.INTAKE, status=DomainStatus.NO_NEED,
         aftercare_needed=False)
    intake = _open(workspace, started)
    assert intake.assessment("housing", Moment.INTAKE) == Assessment(DomainStatus.NEED, "notitie intake")
    assert intake.assessment("housing", Moment.RELEASE) == Assessment(DomainStatus.IN_PROGRESS, "notitie release")
    assert intake.assessment("housing", Moment.END) == Assessment(DomainStatus.ARRANGED, "notitie end")
    assert intake.assessment("care") == Assessment(DomainStatus.NO_NEED, "", False)
    assert intake.assessment("care", Moment.RELEASE) == Assessment()
    assert len(_rows(workspace, "SELECT * FROM domain_assessment")) == 4


def test_partial_assessment_updates_keep_the_other_fields(workspace: OpenWorkspace, started: str) -> None:
    def save(**fields: Any) -> Changes:
        return save_assessment(workspace, started, "id_document", Moment.INTAKE, **fields)

    save(status=DomainStatus.NEED)
    save(notes="Paspoort verlopen")
    save(aftercare_needed=True)
    assert _open(workspace, started).assessment("id_document") == Assessment(
        DomainStatus.NEED, "Paspoort verlopen", True)
    save(status=None)  # clears the status only
    assert _open(workspace, started).assessment("id_document") == Assessment(None, "Paspoort verlopen", True)
    seq = _last_seq(workspace)
    assert save(notes="Paspoort verlopen", aftercare_needed=True) == Changes()
    assert _last_seq(workspace) == seq
    [row] = _rows(workspace, "SELECT * FROM domain_assessment")
    assert row["version"] == 4


def test_an_assessment_of_an_unknown_domain_is_refused(workspace: OpenWorkspace, started: str) -> None:
    with pytest.raises(ValidationError) as caught:
        save_assessment(workspace, started, "payment_arrangement", Moment.INTAKE, status=DomainStatus.NEED)
    assert caught.value.field == "payment_arrangement"


# --- follow-up actions ----------------------------------------------------------------------------------------


def test_actions_are_added_saved_and_deleted_as_tombstones(workspace: OpenWorkspace, started: str) -> None:
    _changes, first = add_action(workspace, started, "id_document", "ID-kaart aanvragen",
                           ActionOwner.PI_CASE_MANAGER, date(2024, 7, 1))
    _changes, second = add_action(workspace, started, "debts", "Aanmelden schuldhulp")
    assert [(a.id, a.domain_id, a.what, a.who, a.due_date, a.done) for a in _open(workspace, started).actions] == [
        (first, "id_document", "ID-kaart aanvragen", ActionOwner.PI_CASE_MANAGER, date(2024, 7, 1), False),
        (second, "debts", "Aanmelden schuldhulp", ActionOwner.COORDINATOR, None, False),
    ]
    save_action(workspace, first, done=True, who=ActionOwner.DETAINEE)
    save_action(workspace, first, due_date=None)
    [saved, _other] = _open(workspace, started).actions
    assert (saved.done, saved.who, saved.due_date, saved.what) == (True, ActionOwner.DETAINEE, None,
                                                                   "ID-kaart aanvragen")
    seq = _last_seq(workspace)
    assert save_action(workspace, first, done=True, due_date=None) == Changes()  # unchanged
    assert _last_seq(workspace) == seq
    seq = _last_seq(workspace)
    assert delete_action(workspace, second).case_ids == (started,)
    assert _kinds_after(workspace, seq) == [("delete", "follow_up_action")]
    assert [a.id for a in _open(workspace, started).actions] == [first]
    [tombstone] = _rows(workspace, "SELECT * FROM follow_up_action WHERE id = :id", id=second)
    assert (tombstone["deleted"], tombstone["version"], tombstone["what"]) == (1, 2, "Aanmelden schuldhulp")
    assert tombstone["changed_by_device"] == workspace.actor.device_id
    [done] = _rows(workspace, "SELECT * FROM follow_up_action WHERE id = :id", id=first)
    assert done["version"] == 3
    # a removed action can be neither saved nor removed again
    seq = _last_seq(workspace)
    assert delete_action(workspace, second) == Changes()
    with pytest.raises(TerugkeerError) as caught:
        save_action(workspace, second, what="toch weer")
    assert caught.value.code == "action_not_found"
    assert _last_seq(workspace) == seq


def test_an_unknown_action_is_not_found(workspace: OpenWorkspace, started: str) -> None:
    with pytest.raises(TerugkeerError) as caught:
        save_action(workspace, "00000000-0000-0000-0000-000000000000", done=True)
    assert caught.value.code == "action_not_found"
    assert delete_action(workspace, "00000000-0000-0000-0000-000000000000") == Changes()


# --- triage and plan ------------------------------------------------------------------------------------------


def test_a_discussed_plan_moves_the_case_to_plan(workspace: OpenWorkspace, started: str) -> None:
    save_plan(workspace, started, status=PlanStatus.CONCEPT, agreements="Concept", today=PLAN_DAY)
    assert _case_row(workspace, started)["status"] == "intake"
    save_plan(workspace, started, status=PlanStatus.DISCUSSED, today=PLAN_DAY)
    row = _case_row(workspace, started)
    assert (row["status"], row["intake_on"], row["plan_on"]) == ("plan", INTAKE_DAY, PLAN_DAY)
    save_plan(workspace, started, status=PlanStatus.SIGNED, today=date(2024, 7, 2))
    row = _case_row(workspace, started)
    assert (row["status"], row["plan_on"]) == ("plan", PLAN_DAY)  # the date the plan was first reached stays
    intake = _open(workspace, started)
    assert (intake.plan_status, intake.agreements) == (PlanStatus.SIGNED, "Concept")
    [plan] = _rows(workspace, "SELECT * FROM plan")
    assert plan["version"] == 4


def test_a_signed_plan_does_not_move_an_aftercare_case_back(workspace: OpenWorkspace, started: str) -> None:
    with workspace.unit_of_work() as uow:
        uow.session.execute(text("UPDATE case_file SET status = 'nazorg' WHERE id = :id"), {"id": started})
        uow.commit()
    save_plan(workspace, started, status=PlanStatus.SIGNED, today=PLAN_DAY)
    row = _case_row(workspace, started)
    assert (row["status"], row["plan_on"]) == ("nazorg", None)


def test_plan_fields_and_plan_domains_round_trip(workspace: OpenWorkspace, started: str) -> None:
    save_plan(workspace, started, agreements="Afspraken", contact_persons="Casemanager PI: J. Jansen")
    save_plan_domain(workspace, started, "housing", situation="Woning kwijt", goal="Briefadres")
    save_plan_domain(workspace, started, "housing", goal="Briefadres en opvang")
    save_plan_domain(workspace, started, "care", situation="Verzekerd")
    seq = _last_seq(workspace)
    assert save_plan_domain(workspace, started, "housing", goal="Briefadres en opvang") == Changes()
    assert save_plan(workspace, started, agreements="Afspraken") == Changes()
    assert _last_seq(workspace) == seq
    intake = _open(workspace, started)
    assert (intake.agreements, intake.contact_persons) == ("Afspraken", "Casemanager PI: J. Jansen")
    assert {d: (p.situation, p.goal) for d, p in intake.plan_domains.items()} == {
        "housing": ("Woning kwijt", "Briefadres en opvang"), "care": ("Verzekerd", "")}


def test_triage_with_case_direction_changes_the_case(workspace: OpenWorkspace, started: str) -> None:
    case_version = _case_row(workspace, started)["version"]
    seq = _last_seq(workspace)
    changes = save_intake_details(workspace, started, self_reliance=SelfReliance.NOT_SELF_RELIANT,
                   direction_reason="Verslaving en GGZ: specialist", case_direction=CaseDirection.SPECIALIST)
    assert changes.case_ids == (started,)
    assert _kinds_after(workspace, seq) == [("update", "intake"), ("update", "case")]
    row = _case_row(workspace, started)
    assert (row["case_direction"], row["version"]) == ("specialist", case_version + 1)
    intake = _open(workspace, started)
    assert intake.case_direction is CaseDirection.SPECIALIST
    assert (intake.self_reliance, intake.direction_reason) == (SelfReliance.NOT_SELF_RELIANT,
                                                               "Verslaving en GGZ: specialist")
    # The case screen sees it too.
    assert open_case(workspace, started).case.case_direction is CaseDirection.SPECIALIST
    # only the case direction: only the case is audited
    seq = _last_seq(workspace)
    save_intake_details(workspace, started, case_direction=CaseDirection.PROBATION)
    assert _kinds_after(workspace, seq) == [("update", "case")]
    assert save_intake_details(workspace, started, case_direction=CaseDirection.PROBATION) == Changes()
    # self-reliance can be cleared again
    save_intake_details(workspace, started, self_reliance=None)
    assert _open(workspace, started).self_reliance is None


def test_the_current_step_is_remembered_without_an_audit_entry(workspace: OpenWorkspace, started: str) -> None:
    seq = _last_seq(workspace)
    save_current_step(workspace, started, "domain:income_work")
    assert _last_seq(workspace) == seq
    assert _open(workspace, started).current_step == "domain:income_work"


def test_the_current_step_of_a_case_without_intake_is_ignored(workspace: OpenWorkspace, case_id: str) -> None:
    save_current_step(workspace, case_id, "domain:debts")
    assert _rows(workspace, "SELECT * FROM intake") == []


# --- a case without an intake ---------------------------------------------------------------------------------

WITHOUT_INTAKE: list[tuple[str, Callable[[OpenWorkspace, str], Any]]] = [
    ("save_answer", lambda ws, c: _answer(ws, c, "valid_id_present", "yes")),
    ("save_assessment", lambda ws, c: save_assessment(ws, c, "housing", Moment.INTAKE,
                                           status=DomainStatus.NEED)),
    ("save_intake_details", lambda ws, c: save_intake_details(ws, c, direction_reason="x")),
    ("save_plan", lambda ws, c: save_plan(ws, c, status=PlanStatus.DISCUSSED)),
    ("save_plan_domain", lambda ws, c: save_plan_domain(ws, c, "housing", goal="x")),
    ("add_action", lambda ws, c: add_action(ws, c, "housing", "x")),
]


def test_operations_on_a_case_without_intake_are_refused(workspace: OpenWorkspace, case_id: str) -> None:
    before = _case_row(workspace, case_id)
    seq = _last_seq(workspace)
    for name, operation in WITHOUT_INTAKE:
        with pytest.raises(TerugkeerError) as caught:
            operation(workspace, case_id)
        assert caught.value.code == "intake_not_started", name
    assert _case_row(workspace, case_id) == before
    assert _last_seq(workspace) == seq
    assert _rows(workspace, "SELECT * FROM intake") == []


# --- nothing readable on disk ---------------------------------------------------------------------------------


def _whole_intake(workspace: OpenWorkspace, case_id: str) -> None:
    """An intake with the canary note typed everywhere free text goes."""
    _answer(workspace, case_id, "valid_id_present", "no")
    _answer(workspace, case_id, "id_expiry_date", date(2023, 1, 31))
    _answer(workspace, case_id, "debt_amount", "4711,00")
    _answer(workspace, case_id, "care_provider", CANARY_NOTE)
    for domain in ("id_document", "housing", "income_work", "debts", "care"):
        save_assessment(workspace, case_id, domain, Moment.INTAKE, status=DomainStatus.NEED,
             notes=f"{CANARY_NOTE} ({domain})", aftercare_needed=True)
    save_intake_details(workspace, case_id, self_reliance=SelfReliance.LIMITED, direction_reason=CANARY_NOTE)
    _changes, action = add_action(workspace, case_id, "debts", CANARY_NOTE, ActionOwner.SOCIAL_TEAM)
    save_action(workspace, action, due_date=date(2024, 7, 15))
    save_plan_domain(workspace, case_id, "debts", situation=CANARY_NOTE, goal=CANARY_NOTE)
    save_plan(workspace, case_id, status=PlanStatus.DISCUSSED, agreements=CANARY_NOTE,
         contact_persons=CANARY_NOTE, today=PLAN_DAY)


def test_an_intake_typed_with_a_canary_leaves_no_plaintext_on_disk(workspace: OpenWorkspace, started: str) -> None:
    _whole_intake(workspace, started)
    intake = _open(workspace, started)  # guard: the canary is really stored
    assert intake.answers["care_provider"] == CANARY_NOTE
    assert intake.assessment("debts").notes == f"{CANARY_NOTE} (debts)"
    assert intake.agreements == CANARY_NOTE
    secrets = (CANARY_NOTE.encode(), b"Kanarienotitie", CANARY_SURNAME.encode(), CANARY_BSN.encode())
    for moment in ("unlocked", "locked"):
        if moment == "locked":
            workspace.lock()
        contents = file_contents(workspace.folder)
        assert contents
        for path, content in contents.items():
            for secret in secrets:
                assert secret not in content, f"{moment}: {path.name} contains {secret!r}"


# --- bugs found -----------------------------------------------------------------------------------------------


def test_a_huge_amount_is_a_validation_error(workspace: OpenWorkspace, started: str) -> None:
    for value in ("9" * 29, "1e30", Decimal("1E+40")):
        with pytest.raises(ValidationError) as caught:
            _answer(workspace, started, "debt_amount", value)
        assert caught.value.field == "debt_amount"


def test_a_dutch_amount_with_a_thousands_separator_is_never_misread(workspace: OpenWorkspace, started: str) -> None:
    for typed, meant in (("1.500", Decimal("1500.00")), ("12.345", Decimal("12345.00"))):
        try:
            _answer(workspace, started, "debt_amount", typed)
        except ValidationError:
            continue  # refusing an ambiguous amount is fine too
        assert _open(workspace, started).answers["debt_amount"] == meant, typed


def test_a_datetime_for_a_date_item_never_makes_the_intake_unreadable(workspace: OpenWorkspace, started: str) -> None:
    with contextlib.suppress(ValidationError):
        _answer(workspace, started, "id_expiry_date", datetime(2027, 2, 28, 0, 0))
    assert _open(workspace, started).answers.get("id_expiry_date") in (None, date(2027, 2, 28))


INVALID_CODES: list[tuple[str, Callable[[OpenWorkspace, str], Any]]] = [
    ("assessment_status", lambda ws, c: save_assessment(ws, c, "housing", Moment.INTAKE, status="open")),
    ("plan_status", lambda ws, c: save_plan(ws, c, status="signed")),
    ("self_reliance", lambda ws, c: save_intake_details(ws, c, self_reliance="redelijk")),
    ("case_direction", lambda ws, c: save_intake_details(ws, c, case_direction="exodus")),
    ("action_owner", lambda ws, c: save_action(ws, add_action(ws, c, "housing", "x")[1], who="buurman")),
]


def test_an_unknown_code_is_refused_and_the_intake_stays_readable(workspace: OpenWorkspace, started: str) -> None:
    for name, save in INVALID_CODES:
        try:
            save(workspace, started)
        except ValidationError:
            pass
        else:
            pytest.fail(f"{name}: an unknown code was stored")
        _open(workspace, started)


UNCHANGED_NEW: list[tuple[str, Callable[[OpenWorkspace, str], Any]]] = [
    ("clear_unanswered_item", lambda ws, c: _answer(ws, c, "postal_address", None)),
    ("empty_unanswered_item", lambda ws, c: _answer(ws, c, "address_after_release", "")),
    ("empty_notes_no_assessment", lambda ws, c: save_assessment(ws, c, "care", Moment.RELEASE, notes="")),
    ("empty_goal_no_plan_domain", lambda ws, c: save_plan_domain(ws, c, "care", goal="")),
]


def test_saving_nothing_where_nothing_was_is_an_unchanged_save(workspace: OpenWorkspace, started: str) -> None:
    seq = _last_seq(workspace)
    for name, save in UNCHANGED_NEW:
        assert save(workspace, started) == Changes(), name
    assert _last_seq(workspace) == seq


def test_moving_the_case_forward_is_audited_on_the_case(workspace: OpenWorkspace, case_id: str) -> None:
    seq = _last_seq(workspace)
    _open(workspace, case_id)
    assert ("update", "case") in _kinds_after(workspace, seq)
    seq = _last_seq(workspace)
    save_plan(workspace, case_id, status=PlanStatus.DISCUSSED, today=PLAN_DAY)
    assert ("update", "case") in _kinds_after(workspace, seq)


def test_actions_and_plan_entries_for_an_unknown_domain_are_refused(workspace: OpenWorkspace, started: str) -> None:
    for save in (lambda: add_action(workspace, started, "no_such_domain", "x"),
                 lambda: save_plan_domain(workspace, started, "no_such_domain", goal="x")):
        with pytest.raises(ValidationError) as caught:
            save()
        assert caught.value.field == "no_such_domain"
