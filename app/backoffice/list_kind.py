"""A kind of prison list as its column mapping sees it: notifications (app.backoffice.notifications) or ends of
detention and transfers (app.backoffice.releases). One description per kind lets one mapping step and one preview
(app.backoffice.list_preview) serve both: which fields a mapping may give, which it must, its built-in mapping, which
fields the preview shows and how it reads one row.

Which kind a mapping is for follows from its fields (`ListKind.fits`): every column one of the kind's fields, and
none of the kind's required fields missing. A notification mapping always has a date of birth and a start of
detention, which a list of releases never has, and a releases mapping lacks them: a saved mapping is chosen for, and
offered with, the one kind it fits, though both kinds are saved in the same folder and the same policy key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.backoffice.column_mapping import ColumnMapping
    from app.backoffice.notifications import ListRow

NAME_PARTS = ("surname", "surname_prefix", "given_names")


@dataclass(frozen=True)
class RowRead:
    """One row as the preview shows it: field -> the value as read (text, or a date), and whether the name should be
    looked at (a whole name split with doubt)."""

    values: Mapping[str, str | date | None]
    check_name: bool = False


@dataclass(frozen=True)
class ListKind:
    """`fields`: what a mapping of this list may give, in the order the mapping step offers them; `required`: what
    it must give (and a name, `full_name` or `surname` and `given_names`, when `needs_name`); `shown`: the fields
    the preview shows per row; `read_row` reads one row for the preview as the import will, raising
    ValidationError (named by the list's field) when the import would refuse it."""

    key: str  # "notifications", "releases"
    fields: tuple[str, ...]
    required: tuple[str, ...]
    builtin: ColumnMapping
    shown: tuple[str, ...]
    read_row: Callable[[ListRow, ColumnMapping, date], RowRead]
    needs_name: bool = False

    def missing(self, mapping: ColumnMapping) -> list[str]:
        """The fields this list needs that `mapping` gives no column (`full_name` standing for a missing name)."""
        has_name = "full_name" in mapping.columns or {"surname", "given_names"} <= mapping.columns.keys()
        names = ["full_name"] if self.needs_name and not has_name else []
        return names + [name for name in self.required if name not in mapping.columns]

    def fits(self, mapping: ColumnMapping) -> bool:
        """Whether `mapping` is one for this kind of list: only this kind's fields, none it needs missing."""
        return set(mapping.columns) <= set(self.fields) and not self.missing(mapping)
