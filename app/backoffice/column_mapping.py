"""Which column of a prison list holds which field: a *mapping*, set up once by a clerk and saved under a name.

A mapping file is small JSON (README, "Column mappings"):
    {"version": 1, "name": "Injus einde detentie", "columns": {"full_name": "Naam", "bsn": "BSN nummer", ...},
     "date_format": "dd-mm-jjjj", "delimiter": ";"}
Headers are compared without case and blanks. Saved mappings live in the user's config folder (they hold headers,
never personal data); IT can ship more in the machine policy (`notification_mappings`). Mappings of both kinds of
list (notifications, releases and transfers) live side by side there; a mapping's fields tell which kind it is for
(app.backoffice.list_kind.ListKind.fits). When a list comes in, the first mapping for its kind that reads all its own
columns from the list's headers is chosen: the built-in Dutch headers, then the policy's, then the saved ones. A name
is one mapping, whatever its kind.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.atomic import write_atomic
from app.errors import TerugkeerError

if TYPE_CHECKING:
    from app.backoffice.list_kind import ListKind

FIELDS = ("full_name", "surname", "surname_prefix", "given_names", "date_of_birth", "bsn", "prison",
          "detention_start", "expected_release", "notified_on", "actual_release", "new_prison", "event_date")
MAX_MAPPING_BYTES = 64 * 1024
MAPPINGS_FOLDER = "mappings"
_DATE_PARTS = {"dd": "%d", "mm": "%m", "jjjj": "%Y", "yyyy": "%Y", "jj": "%y", "yy": "%y"}


@dataclass(frozen=True)
class ColumnMapping:
    """`columns`: field (one of FIELDS) -> the header of its column in the list."""

    name: str
    columns: Mapping[str, str] = field(default_factory=dict)
    date_format: str = ""  # "dd-mm-jjjj", "jjjj-mm-dd" …; empty: the usual Dutch and ISO forms
    delimiter: str = ""  # ";" or ","; empty: guessed from the first line
    optional: tuple[str, ...] = ()  # fields whose column a list may lack (the built-in mapping's only)

    def positions(self, headers: Iterable[str]) -> dict[str, int] | None:
        """Field -> column number in a list with these headers; None when a column of the mapping is not there."""
        found = {header_key(header): position for position, header in reversed(list(enumerate(headers)))}
        positions = {name: found.get(header_key(header)) for name, header in self.columns.items()}
        if any(position is None and name not in self.optional for name, position in positions.items()):
            return None
        return {name: position for name, position in positions.items() if position is not None}

    def unused(self, headers: Iterable[str]) -> list[str]:
        """The list's headers this mapping does not read (blank headers left out)."""
        used = {header_key(header) for header in self.columns.values()}
        return [header for header in headers if header.strip() and header_key(header) not in used]

    def strptime_patterns(self) -> tuple[str, ...]:
        if not self.date_format:
            return ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d")
        return (re.sub("|".join(sorted(_DATE_PARTS, key=len, reverse=True)),
                       lambda match: _DATE_PARTS[match.group(0)], self.date_format.lower()),)

    def document(self) -> dict[str, Any]:
        """The mapping as its JSON file holds it."""
        document: dict[str, Any] = {"version": 1, "name": self.name, "columns": dict(self.columns)}
        if self.date_format:
            document["date_format"] = self.date_format
        if self.delimiter:
            document["delimiter"] = self.delimiter
        return document


STANDARD = ColumnMapping("Terugkeer", {
    "surname": "Achternaam", "surname_prefix": "Tussenvoegsel", "given_names": "Voornamen",
    "date_of_birth": "Geboortedatum", "bsn": "BSN", "prison": "PI", "detention_start": "Begin detentie",
    "expected_release": "Verwachte datum vrijlating"}, optional=("surname_prefix", "expected_release"))


# The built-in mapping of a list of ends of detention and transfers, with the usual Dutch headers.
STANDARD_RELEASES = ColumnMapping("Terugkeer einde detentie", {
    "bsn": "BSN", "actual_release": "Datum einde detentie", "prison": "PI", "new_prison": "Nieuwe PI",
    "event_date": "Datum", "surname": "Achternaam", "surname_prefix": "Tussenvoegsel", "given_names": "Voornamen"},
    optional=("prison", "new_prison", "event_date", "surname", "surname_prefix", "given_names"))


def header_key(header: str) -> str:
    return "".join(header.split()).casefold()


def mapping_from(document: object, where: str) -> ColumnMapping:
    """A mapping from its JSON document; TerugkeerError "mapping_invalid" (path, reason) when it is not one."""
    def refuse(reason: str) -> TerugkeerError:
        return TerugkeerError("mapping_invalid", path=where, reason=reason)

    if not isinstance(document, dict) or document.get("version") != 1:
        raise refuse('"version": 1 is missing')
    name, columns = document.get("name"), document.get("columns")
    if not isinstance(name, str) or not name.strip():
        raise refuse('"name" is missing')
    if not isinstance(columns, dict) or not columns:
        raise refuse('"columns" is missing')
    unknown = sorted(set(columns) - set(FIELDS))
    if unknown:
        raise refuse("unknown field " + ", ".join(unknown))
    if not all(isinstance(header, str) and header.strip() for header in columns.values()):
        raise refuse("every column needs a header")
    date_format, delimiter = document.get("date_format", ""), document.get("delimiter", "")
    if not isinstance(date_format, str) or (date_format and not re.fullmatch(r"[djmy]+([-/. ][djmy]+){2}",
                                                                              date_format.lower())):
        raise refuse('"date_format" is not like "dd-mm-jjjj"')
    if delimiter not in ("", ";", ",", "\t", "|"):
        raise refuse('"delimiter" is not ; , | or a tab')
    extra = sorted(set(document) - {"version", "name", "columns", "date_format", "delimiter"})
    if extra:
        raise refuse("unknown key " + ", ".join(extra))
    return ColumnMapping(name.strip(), dict(columns), date_format, delimiter)


def read_mapping_file(path: Path) -> ColumnMapping:
    try:
        data = path.read_bytes()
        if len(data) > MAX_MAPPING_BYTES:
            raise TerugkeerError("mapping_invalid", path=str(path), reason="too large")
        document = json.loads(data.decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError):
        raise TerugkeerError("mapping_invalid", path=str(path), reason="not a readable JSON file") from None
    return mapping_from(document, str(path))


class MappingStore:
    """The mappings known on this computer: IT's (from the policy, read-only) and the ones saved by users."""

    def __init__(self, config_folder: Path, from_policy: Iterable[ColumnMapping] = ()) -> None:
        self._folder = config_folder / MAPPINGS_FOLDER
        self._policy = tuple(from_policy)

    def all(self) -> list[ColumnMapping]:
        """The policy's mappings, then the saved ones by name; a saved one with a policy mapping's name is hidden."""
        names = {mapping.name.casefold() for mapping in self._policy}
        saved = []
        for path in sorted(self._folder.glob("*.json")) if self._folder.is_dir() else []:
            try:
                mapping = read_mapping_file(path)
            except TerugkeerError:
                continue  # a damaged file is not offered; saving under its name replaces it
            if mapping.name.casefold() not in names:
                saved.append(mapping)
        return [*self._policy, *sorted(saved, key=lambda mapping: mapping.name.casefold())]

    def named(self, name: str) -> ColumnMapping | None:
        return next((mapping for mapping in self.all() if mapping.name.casefold() == name.strip().casefold()), None)

    def is_from_policy(self, name: str) -> bool:
        return any(mapping.name.casefold() == name.strip().casefold() for mapping in self._policy)

    def name_refused(self, name: str, kind: ListKind) -> TerugkeerError | None:
        """Why a mapping for `kind` cannot be saved under `name`: IT's mapping has it ("mapping_name_taken"), or a
        saved mapping for the other kind of list, which saving would replace ("mapping_name_other_list")."""
        if self.is_from_policy(name):
            return TerugkeerError("mapping_name_taken", name=name.strip())
        known = self.named(name)
        if known is not None and not kind.fits(known):
            return TerugkeerError("mapping_name_other_list", name=known.name)
        return None

    def save(self, mapping: ColumnMapping, kind: ListKind) -> None:
        """Save a mapping for `kind` under its name, replacing a saved one of that name for the same kind; see
        `name_refused` for the names that cannot be used."""
        refused = self.name_refused(mapping.name, kind)
        if refused is not None:
            raise refused
        self._folder.mkdir(parents=True, exist_ok=True)
        file_name = re.sub(r"[^a-z0-9]+", "-", mapping.name.casefold()).strip("-") or "mapping"
        write_atomic(self._folder / f"{file_name}.json",
                     (json.dumps(mapping.document(), ensure_ascii=False, indent=2) + "\n").encode())

    def resolve(self, name_or_file: str, kind: ListKind) -> ColumnMapping:
        """`--mapping` for a list of `kind`: a .json file, else a known mapping for that kind by name; TerugkeerError
        "mapping_unknown" (naming the mappings for the kind), or "mapping_other_list" for a mapping of the other
        kind."""
        path = Path(name_or_file)
        if path.suffix.lower() == ".json" and path.is_file():
            return read_mapping_file(path)
        found = self.named(name_or_file)
        if found is not None and not kind.fits(found):
            raise TerugkeerError("mapping_other_list", name=found.name)
        if found is None:
            raise TerugkeerError("mapping_unknown", name=name_or_file,
                                 names=", ".join(mapping.name for mapping in self.all() if kind.fits(mapping)) or "—")
        return found

    def choose(self, headers: list[str], kind: ListKind) -> ColumnMapping | None:
        """The mapping for a list of `kind` with these headers: the kind's built-in one when it fits, else the first
        known mapping for the kind whose every column is there; None when none fits (the clerk sets one up)."""
        return next((mapping for mapping in (kind.builtin, *self.all())
                     if kind.fits(mapping) and mapping.positions(headers) is not None), None)


def policy_mappings(documents: object) -> list[ColumnMapping]:
    """The policy's `notification_mappings` (checked by its schema), as mappings."""
    if not isinstance(documents, list):
        return []
    return [mapping_from({"version": 1, **document}, "policy") for document in documents
            if isinstance(document, dict)]
