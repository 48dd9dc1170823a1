"""A person's name in the two orders the product writes it: in a list, sorted by surname ("Voorbeeld, Jan van der"),
and in a title or a letter ("Jan van der Voorbeeld"). Every screen and document uses one of these two."""

from __future__ import annotations


def full_name(given_names: str, surname_prefix: str, surname: str) -> str:
    """Given names, prefix and surname as written on a letter or above a file: "Jan van der Voorbeeld"."""
    return " ".join(part for part in (given_names.strip(), surname_prefix.strip(), surname.strip()) if part)


def list_name(given_names: str, surname_prefix: str, surname: str) -> str:
    """The name as a list shows and sorts it, surname first: "Voorbeeld, Jan van der"."""
    given, prefix, surname = given_names.strip(), surname_prefix.strip(), surname.strip()
    if prefix:  # the register lists every case by this name: no generator per row
        given = f"{given} {prefix}" if given else prefix
    return f"{surname}, {given}" if given else surname
