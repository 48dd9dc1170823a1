"""What a search box's text asks for: words in a name or PI, and a BSN only as far as it is shown.

Words are folded (db.folding: case, diacritics, the ĳ ligature) and each must occur, in any order ("hek muller" finds
Noël van 't Hek-Müller). A BSN is found by all nine digits, or by the last three that the register shows; any other
run of digits finds nothing, so a search cannot reveal the digits the register hides.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain import normalise_bsn
from db.folding import fold

BSN_LENGTH = 9
SHOWN_DIGITS = 3  # app.domain.mask_bsn shows the last three


@dataclass(frozen=True)
class SearchTerms:
    words: tuple[str, ...] = ()  # folded; each in the name or the PI
    bsn: str | None = None  # all nine digits
    bsn_end: str | None = None  # the last three digits
    finds_nothing: bool = False  # digits that are neither a whole BSN nor its last three

    @property
    def is_empty(self) -> bool:
        return not self.words and self.bsn is None and self.bsn_end is None and not self.finds_nothing

    def matches(self, search_key: str, bsn: str) -> bool:
        """Whether a row with this folded `search_key` (name and PI) and `bsn` is found."""
        if self.finds_nothing or (self.bsn is not None and bsn != self.bsn):
            return False
        if self.bsn_end is not None and bsn[-SHOWN_DIGITS:] != self.bsn_end:
            return False
        return all(word in search_key for word in self.words)


def search_terms(text: str) -> SearchTerms:
    """The terms of a search box's `text`. Text without letters is one BSN typed with dots or spaces, or its end."""
    if not any(ch.isalpha() for ch in text) and any(ch.isdigit() for ch in text):
        tokens = [normalise_bsn(text)]
    else:
        tokens = fold(text).split()
    words: list[str] = []
    bsn: str | None = None
    bsn_end: str | None = None
    finds_nothing = False
    for token in tokens:
        if not token.isdigit():
            words.append(token)
        elif len(token) == BSN_LENGTH and bsn in (None, token):
            bsn = token
        elif len(token) == SHOWN_DIGITS and bsn_end in (None, token):
            bsn_end = token
        else:
            finds_nothing = True
    return SearchTerms(tuple(words), bsn, bsn_end, finds_nothing)
