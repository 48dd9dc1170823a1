"""Which kind of data each field is that can leave the workspace: the one table the sharing policy is asked by.

A plan of approach printed for a chain partner holds a field only when app.casework.sharing_policy lets that field's
kind go to the partner. Every field of the plan's content is in this table, with exactly one kind:
- identity, detention and the plan (app.casework.consent_terms), or the domain of the section it is in;
- the end of aftercare is detention data: it is the release date plus three months, so it gives away a withheld
  release date;
- contact persons, agreements, the triage and its reason are the plan itself: a housing corporation's copy does not
  name the GGZ contact unless the consent gives it the plan;
- the document's own frame (sender, print date, for whom, what was left out) is no data of the client.

A field missing from the table cannot be printed for a partner: `for_recipient` refuses the whole plan
(UnknownFieldKind), and a test walks every field so the table is completed when a field is added. Sync bundles go
only to the municipality's own back office (app.sync.scope), never to a partner, so they hold no field of this table.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from app.casework.consent_terms import DETENTION, IDENTITY, PLAN
from app.pdf.plan import PlanAction, PlanContent, PlanDomainSection

DOCUMENT = "document"  # the document's frame, not data of the client: goes with every copy
OF_SECTION = "of_section"  # the kind is the domain of the section the field is in

FIELD_KINDS: dict[type, dict[str, str]] = {
    PlanContent: {
        "letterhead": DOCUMENT, "printed_on": DOCUMENT, "recipient": DOCUMENT, "withheld": DOCUMENT,
        "left_out": DOCUMENT,
        "client_name": IDENTITY, "date_of_birth": IDENTITY, "bsn": IDENTITY,
        "prison": DETENTION, "detention_start": DETENTION, "expected_release": DETENTION,
        "actual_release": DETENTION, "aftercare_end": DETENTION,
        "coordinator": PLAN, "plan_status": PLAN, "self_reliance": PLAN, "case_direction": PLAN,
        "direction_reason": PLAN, "contact_persons": PLAN, "agreements": PLAN,
        "domains": OF_SECTION,
    },
    PlanDomainSection: {field: OF_SECTION for field in
                        ("domain_id", "title", "status", "situation", "goal", "actions")},
    PlanAction: {field: OF_SECTION for field in ("who", "what", "due", "done")},
}


class UnknownFieldKind(Exception):
    """A field that can leave the workspace has no kind in FIELD_KINDS: it is not printed for anyone outside."""

    def __init__(self, owner: type, field: str) -> None:
        super().__init__(f"{owner.__name__}.{field} has no kind of data in app.casework.field_kinds")


def kind_of(owner: type, field: str) -> str:
    """The kind of data of `owner`'s `field`; raises UnknownFieldKind for one not in the table."""
    try:
        return FIELD_KINDS[owner][field]
    except KeyError:  # an unknown record type, or a field of a known one
        raise UnknownFieldKind(owner, field) from None


def client_kinds(content: PlanContent) -> frozenset[str]:
    """The kinds of data of the client the plan holds: the fixed ones and each section's domain."""
    fixed = {kind for kind in FIELD_KINDS[PlanContent].values() if kind not in (DOCUMENT, OF_SECTION)}
    return frozenset(fixed | {section.domain_id for section in content.domains})


def for_recipient(content: PlanContent, may_go: Callable[[str], bool]) -> PlanContent:
    """`content` with every field whose kind may not go (`may_go(kind)` False) emptied and named in `left_out`,
    and every domain section that may not go left out. Raises UnknownFieldKind when a field has no kind."""
    _check_kinds(content)
    changes: dict[str, Any] = {}
    left_out: list[str] = []
    for field in dataclasses.fields(PlanContent):
        kind = kind_of(PlanContent, field.name)
        if kind == DOCUMENT:
            continue
        if kind == OF_SECTION:
            changes[field.name] = tuple(section for section in content.domains if may_go(section.domain_id))
        elif not may_go(kind):
            changes[field.name] = _empty(getattr(content, field.name))
            left_out.append(field.name)
    return dataclasses.replace(content, **changes, left_out=tuple(left_out))


def _check_kinds(value: object) -> None:
    """Every field of `value` and of the records inside it has a kind (UnknownFieldKind otherwise); the document's
    frame (the letterhead) is not looked into."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if kind_of(type(value), field.name) != DOCUMENT:
                _check_kinds(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            _check_kinds(item)


def _empty(value: object) -> object:
    if isinstance(value, str):
        return ""
    if isinstance(value, tuple):
        return ()
    return None
