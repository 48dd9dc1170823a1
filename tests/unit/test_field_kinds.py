"""Every field of the plan that can go to a chain partner has exactly one kind of data, and a field without one
cannot be printed for a partner."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date

import cattrs.preconf.json
import pytest

from app.casework.consent_terms import DETENTION, IDENTITY, PLAN
from app.casework.field_kinds import DOCUMENT, FIELD_KINDS, OF_SECTION, UnknownFieldKind, for_recipient, kind_of
from app.pdf.plan import PlanContent, render_plan

from .pdf_samples import document_text, plan


def _records_in(annotation: object) -> list[type]:
    """The dataclass types an annotation holds (directly, in a tuple, or in a union)."""
    if dataclasses.is_dataclass(annotation) and isinstance(annotation, type):
        return [annotation]
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) in (tuple, typing.Union):
        return [record for argument in typing.get_args(annotation) for record in _records_in(argument)]
    return []


def _every_field(owner: type, seen: set[type]) -> list[tuple[type, str]]:
    """(record type, field) of every field of `owner` and of every record inside it, but the document's frame."""
    seen.add(owner)
    found = []
    hints = typing.get_type_hints(owner)
    for field in dataclasses.fields(owner):
        found.append((owner, field.name))
        if FIELD_KINDS.get(owner, {}).get(field.name) == DOCUMENT:
            continue
        for record in _records_in(hints[field.name]):
            if record not in seen:
                found += _every_field(record, seen)
    return found


def test_every_field_of_the_plan_has_exactly_one_kind() -> None:
    fields = _every_field(PlanContent, set())
    assert len(fields) > 25  # the walk went into the sections and their actions
    kinds = {(owner.__name__, name): kind_of(owner, name) for owner, name in fields}
    assert set(kinds.values()) == {DOCUMENT, IDENTITY, DETENTION, PLAN, OF_SECTION}
    # The fields the issue names, each where it belongs.
    assert kinds[("PlanContent", "contact_persons")] == PLAN
    assert kinds[("PlanContent", "agreements")] == PLAN
    assert kinds[("PlanContent", "direction_reason")] == PLAN
    assert kinds[("PlanContent", "aftercare_end")] == DETENTION  # release + 3 months gives the release away
    # Nothing in the table that the content does not have.
    assert {(owner, name) for owner, table in FIELD_KINDS.items() for name in table} == set(fields)


def test_a_field_without_a_kind_cannot_be_printed_for_a_partner(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(FIELD_KINDS[PlanContent], "agreements")
    with pytest.raises(UnknownFieldKind, match=r"PlanContent\.agreements"):
        for_recipient(plan(), lambda kind: True)


def test_a_record_type_without_kinds_cannot_be_printed_for_a_partner() -> None:
    @dataclasses.dataclass(frozen=True)
    class Extended(PlanContent):
        note: str = "geheim"

    base = plan()
    extended = Extended(**{field.name: getattr(base, field.name) for field in dataclasses.fields(PlanContent)})
    with pytest.raises(UnknownFieldKind):
        for_recipient(extended, lambda kind: True)


def test_what_may_not_go_is_not_printed_not_even_its_label() -> None:
    content = dataclasses.replace(plan(), direction_reason="Reden-Markering", aftercare_end=date(2025, 7, 1),
                                  contact_persons="GGZ-contact Markering", agreements="Afspraak-Markering")
    for_partner = for_recipient(content, lambda kind: kind in {IDENTITY})
    assert for_partner.domains == ()
    text = document_text(render_plan(for_partner).data)
    for gone in ("Reden-Markering", "GGZ-contact Markering", "Afspraak-Markering", "01-07-2025", "Einde nazorg",
                 "Contactpersonen", "Afspraken", "Triage en casusregie"):
        assert gone not in text
    assert content.client_name in text
    everything = document_text(render_plan(for_recipient(content, lambda kind: True)).data)
    for kept in ("Reden-Markering", "GGZ-contact Markering", "Afspraak-Markering", "01-07-2025"):
        assert kept in everything


def test_a_plan_version_stored_before_the_kinds_still_loads_and_renders_the_same() -> None:
    """A version keeps its content as JSON (app.casework.document_versions); one stored before sections had a
    domain id and the plan a list of fields left out loads, and its PDF is the one it was."""
    converter = cattrs.preconf.json.make_converter()
    content = plan()
    old = json.loads(converter.dumps(content))
    del old["left_out"]
    for section in old["domains"]:
        del section["domain_id"]
    loaded = converter.loads(json.dumps(old), PlanContent)
    assert [section.domain_id for section in loaded.domains] == [""] * len(content.domains)
    assert render_plan(loaded, "versie 1").data == render_plan(
        dataclasses.replace(content, domains=tuple(dataclasses.replace(section, domain_id="")
                                                   for section in content.domains)), "versie 1").data
