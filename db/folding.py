"""Text as search compares it: case, diacritics and the ĳ ligature folded, so "noel muller" finds "Noël Müller".

The server folds with PostgreSQL's `unaccent` inside the SQL function `terugkeer_fold` (db.migrate); this is the same
folding in Python: for the register in memory (app.casework.register), and as that SQL function on SQLite (db.engine).
tests/integration/test_register_pages.py holds the two side by side.
"""

from __future__ import annotations

import unicodedata

# Letters that carry their mark in the glyph itself, so that decomposition leaves them whole; unaccent maps them so.
_WHOLE_LETTERS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "æ": "ae", "œ": "oe", "ŀ": "l"})


def fold(text: str) -> str:
    """`text` in lower case without diacritics; "Ĳsselmeer" and "ijsselmeer" fold alike."""
    if text.isascii():  # most names: nothing to translate or decompose, and casefold() is lower() here
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_WHOLE_LETTERS))
    if decomposed.isascii():
        return decomposed
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
