"""Is the person typed (or notified) with a known BSN the person the workspace knows by that BSN?

One BSN belongs to one person. When the name or date of birth that comes with a known BSN is another person's, the
two are never merged silently: the form asks, the notifications import puts the row up for review. Writing the same
person a little differently is no such difference: names are compared with case and diacritics folded
(db.folding), spaces, hyphens, apostrophes and dots left out, and a missing tussenvoegsel is no difference ("Hek
Muller" is "van 't Hek-Müller", and so is "Van 't Hek-Müller" typed whole as the surname). A date of birth must be
the same day.

`same_person` is pure, so the rule is one table of examples (tests/unit/test_identity.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from db.folding import fold


class IdentityField(StrEnum):
    """The details that say who a person is, besides the BSN; named as their attribute of ClientData."""

    GIVEN_NAMES = "given_names"
    SURNAME_PREFIX = "surname_prefix"
    SURNAME = "surname"
    DATE_OF_BIRTH = "date_of_birth"


@dataclass(frozen=True)
class Identity:
    given_names: str
    surname_prefix: str
    surname: str
    date_of_birth: date

    def value(self, field: IdentityField) -> str | date:
        value: str | date = getattr(self, field.value)
        return value


def name_key(text: str) -> str:
    """A name as compared: folded, letters and digits only."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


def same_person(known: Identity, typed: Identity) -> bool:
    """Whether `typed` names the person `known` is, allowing for how names get written (see the module)."""
    if known.date_of_birth != typed.date_of_birth or name_key(known.given_names) != name_key(typed.given_names):
        return False
    if name_key(known.surname_prefix + known.surname) == name_key(typed.surname_prefix + typed.surname):
        return True
    one_without_prefix = not name_key(known.surname_prefix) or not name_key(typed.surname_prefix)
    return one_without_prefix and name_key(known.surname) == name_key(typed.surname)


def differing_fields(known: Identity, typed: Identity) -> tuple[IdentityField, ...]:
    """The fields whose values are not written the same (trimmed), in the order of IdentityField: what a person
    chooses between when the two are to be one."""
    def shown(identity: Identity, field: IdentityField) -> object:
        value = identity.value(field)
        return value.strip() if isinstance(value, str) else value

    return tuple(field for field in IdentityField if shown(known, field) != shown(typed, field))
