"""A first guess at which column of a prison list holds which field, for the clerk who sets up a mapping
(ui.backoffice.mapping_dialog): lists from other systems name the same columns differently ("Geb. datum",
"BSN-nummer", "Date of birth"), and each column found is one the clerk need not pick by hand.

Headers are compared with the usual names of a field, Dutch and English, without case, blanks and punctuation; the
kind's built-in header comes first. Only a whole name matches, never part of one: a guess is shown in the mapping
step with its preview, for the clerk to check, and a wrong guess there would be worse than none.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

# Per field, the names its column goes by, most usual first (besides the built-in header of the list's kind).
USUAL_NAMES: Mapping[str, tuple[str, ...]] = {
    "full_name": ("Naam", "Volledige naam", "Naam gedetineerde", "Naam justitiabele", "Name", "Full name",
                  "Detainee name"),
    "surname": ("Achternaam", "Geslachtsnaam", "Familienaam", "Surname", "Last name", "Family name"),
    "surname_prefix": ("Tussenvoegsel", "Tussenvoegsels", "Voorvoegsel", "Voorv.", "Prefix", "Surname prefix"),
    "given_names": ("Voornamen", "Voornaam", "Given names", "First name", "First names", "Forenames"),
    "date_of_birth": ("Geboortedatum", "Geb. datum", "Geboren", "Geboren op", "Date of birth",
                      "Birth date", "DOB"),
    "bsn": ("BSN", "BSN nummer", "Burgerservicenummer", "BSN number", "Citizen service number"),
    "prison": ("PI", "Inrichting", "Penitentiaire inrichting", "Locatie", "Prison", "Institution", "Facility"),
    "detention_start": ("Begin detentie", "Start detentie", "Datum insluiting", "Insluitingsdatum",
                        "Startdatum detentie", "Detention start", "Admission date"),
    "expected_release": ("Verwachte datum vrijlating", "Verwachte einddatum", "Verwachte einddatum detentie",
                         "Verwachte ontslagdatum", "Expected release", "Expected release date"),
    "notified_on": ("Datum melding", "Meldingsdatum", "Gemeld op", "Notification date", "Notified on"),
    "actual_release": ("Datum einde detentie", "Einde detentie", "Datum ontslag", "Ontslagdatum", "Vrijgelaten op",
                       "Datum vrijlating", "Release date", "Released on"),
    "new_prison": ("Nieuwe PI", "Nieuwe inrichting", "Overgeplaatst naar", "New prison", "Transferred to"),
    "event_date": ("Datum", "Datum gebeurtenis", "Date", "Event date"),
}


def guess_columns(headers: Iterable[str], fields: Iterable[str],
                  builtin: Mapping[str, str]) -> dict[str, str]:
    """Field -> the header of the list that goes by one of the field's names (`builtin`, the kind's built-in
    headers, first), for those of `fields` found; a header is guessed for one field at most, the first that
    names it."""
    by_key: dict[str, str] = {}
    for header in headers:
        if header.strip():
            by_key.setdefault(_key(header), header)
    guessed: dict[str, str] = {}
    for name in fields:
        names = (builtin[name],) if name in builtin else ()
        taken = set(guessed.values())
        found = next((by_key[key] for key in map(_key, (*names, *USUAL_NAMES.get(name, ())))
                      if key in by_key and by_key[key] not in taken), None)
        if found is not None:
            guessed[name] = found
    return guessed


def _key(header: str) -> str:
    """A header without case, blanks and punctuation: "Geb. datum" and "GEB-DATUM" are one."""
    return "".join(character for character in header.casefold() if character.isalnum())
