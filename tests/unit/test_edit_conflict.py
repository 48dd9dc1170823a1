"""The three-way comparison of a case file two people edited (what I read, what they saved, what I typed), and the
merge of a choice per field. Pure: no database, no Qt."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.casework.cases import CaseData, ClientData, DetentionData
from app.casework.edit_conflict import CaseField, EditConflict, FieldDifference, FileInput, compare, merge
from app.domain import CaseDirection, CaseStatus, TargetGroup

READ = FileInput(
    ClientData(given_names="Kees", surname="Ouder", date_of_birth=date(1980, 5, 17)),
    DetentionData(prison="PI Vught", start_date=date(2026, 1, 5)),
    CaseData(status_dates={CaseStatus.NOTIFIED: date(2026, 1, 6)}),
)


def edited(file: FileInput, **changes: object) -> FileInput:
    """`file` with the given fields changed, wherever each lives."""
    parts = {"client": file.client, "detention": file.detention, "case": file.case}
    for name, value in changes.items():
        part = next(part for part, data in parts.items() if hasattr(data, name))
        parts[part] = replace(parts[part], **{name: value})  # type: ignore[type-var]
    return FileInput(parts["client"], parts["detention"], parts["case"])  # type: ignore[arg-type]


def test_only_fields_that_differ_are_listed_with_mine_as_default_where_i_changed_them() -> None:
    theirs = edited(READ, phone="0611111111", notes="Elders", surname="Jansen",
                    status=CaseStatus.CONTACT,
                    status_dates={CaseStatus.NOTIFIED: date(2026, 1, 6), CaseStatus.CONTACT: date(2026, 2, 1)})
    mine = edited(READ, notes="Mijn aantekening", address="Dorpsstraat 1", surname="Jansen",
                  target_groups=frozenset({TargetGroup.PGA}))
    differences = compare(READ, theirs, mine)
    assert differences == (
        FieldDifference(CaseField.ADDRESS, "", "Dorpsstraat 1", mine_changed=True),
        FieldDifference(CaseField.PHONE, "0611111111", "", mine_changed=False),
        FieldDifference(CaseField.STATUS, CaseStatus.CONTACT, CaseStatus.NOTIFIED, mine_changed=False),
        FieldDifference(CaseField.TARGET_GROUPS, frozenset(), frozenset({TargetGroup.PGA}), mine_changed=True),
        FieldDifference(CaseField.NOTES, "Elders", "Mijn aantekening", mine_changed=True),
    )  # the surname both changed alike, and what neither changed, are not listed
    conflict = EditConflict("Jan de Vries", "2026-03-02T09:42:00", None, mine, differences)  # type: ignore[arg-type]
    assert conflict.default_mine() == {CaseField.ADDRESS, CaseField.TARGET_GROUPS, CaseField.NOTES}


def test_nothing_to_choose_when_the_files_are_equal() -> None:
    theirs = edited(READ, coordinator="Piet")
    assert compare(READ, theirs, theirs) == ()
    assert compare(READ, READ, READ) == ()


def test_the_merge_takes_each_field_from_whom_it_was_chosen() -> None:
    theirs = edited(READ, phone="0611111111", notes="Elders", case_direction=CaseDirection.PROBATION)
    mine = edited(READ, phone="0699999999", notes="Mijn aantekening", start_date=date(2026, 1, 7))
    merged = merge(theirs, mine, {CaseField.NOTES, CaseField.START_DATE})
    assert merged.client.phone == "0611111111"
    assert merged.case.notes == "Mijn aantekening"
    assert merged.detention.start_date == date(2026, 1, 7)
    assert merged.case.case_direction is CaseDirection.PROBATION  # only they changed it: theirs stays
    assert merged.client.surname == "Ouder"
    assert merge(theirs, mine, ()) == theirs


def test_the_status_dates_follow_the_chosen_status() -> None:
    their_dates = {CaseStatus.NOTIFIED: date(2026, 1, 6), CaseStatus.CONTACT: date(2026, 2, 1),
                   CaseStatus.INTAKE: date(2026, 2, 3)}
    theirs = edited(READ, status=CaseStatus.INTAKE, status_dates=their_dates)
    mine = edited(READ, status=CaseStatus.CONTACT)
    assert merge(theirs, mine, ()).case.status_dates == their_dates
    back = merge(theirs, mine, {CaseField.STATUS}).case
    assert back.status is CaseStatus.CONTACT
    assert back.status_dates == {CaseStatus.NOTIFIED: date(2026, 1, 6), CaseStatus.CONTACT: date(2026, 2, 1)}
