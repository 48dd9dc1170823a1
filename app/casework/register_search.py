"""Search as you type over the register's rows in memory: the searched text of every row kept beside the rows.

At 100,000 rows a keystroke's pass over the rows must stay well within 50 ms. A Python loop that reads each row's
search key (`[row for row in rows if word in row.search_key]`) spends most of its time waiting for memory: the
rows and their keys lie scattered over the heap, in the order they were read rather than the order shown. Here the
keys are copied afresh, in the order shown, so they lie one after the other in memory; they are tested with `map`
and the rows selected with `itertools.compress`: loops in C, reading memory in order (two to three times as fast at
100,000 rows).

A row's search key (`search_key`) is its folded name and PI, a tab, and its BSN, so one pass over one list finds
words and BSNs alike. A word (app.casework.search_terms) holds no white space and is never digits only, so it is
found in a key exactly when it is found in the name and PI: the BSN's digits never make a word match.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import compress, repeat
from operator import contains
from typing import TYPE_CHECKING

from app.casework.search_terms import SearchTerms

if TYPE_CHECKING:  # app.casework.register uses this module
    from app.casework.register import RegisterRow

_BEFORE_BSN = "\t"
_BETWEEN_KEYS = "\n"  # to copy the keys in one join and split; a key holds no line break (checked in _fresh)


def search_key(folded_name_and_prison: str, bsn: str) -> str:
    """The text a register row is searched by: its name and PI, folded (db.folding), then its BSN."""
    return f"{folded_name_and_prison}{_BEFORE_BSN}{bsn}"


def _fresh(keys: list[str]) -> list[str]:
    """Copies of `keys`, made one after the other; `keys` itself when one holds the separator."""
    copies = _BETWEEN_KEYS.join(keys).split(_BETWEEN_KEYS)
    return copies if len(copies) == len(keys) else keys


class SearchableRows:
    """Rows in the order shown, with their search keys in the same order."""

    __slots__ = ("_keys", "rows")

    def __init__(self, rows: Sequence[RegisterRow], keys: list[str] | None = None) -> None:
        self.rows = list(rows)
        self._keys = _fresh([row.search_key for row in rows]) if keys is None else keys

    def found(self, terms: SearchTerms) -> SearchableRows:
        """The rows that `terms` find (as `SearchTerms.matches` says), in the same order."""
        if terms.finds_nothing:
            return SearchableRows([], [])
        found = self
        for bsn_digits in (terms.bsn, terms.bsn_end):  # the key ends with the BSN, or with the tab when none
            if bsn_digits is not None:
                found = found._where(map(str.endswith, found._keys, repeat(bsn_digits)))
        for word in terms.words:
            found = found._where(map(contains, found._keys, repeat(word)))
        return found

    def _where(self, selected: Iterable[bool]) -> SearchableRows:
        flags = bytes(selected)  # once, for both lists
        return SearchableRows(list(compress(self.rows, flags)), list(compress(self._keys, flags)))
