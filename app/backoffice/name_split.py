"""A whole name from one column of a prison list, split into given names, prefix (*tussenvoegsel*) and surname.

Two orders arrive: "Jan van der Voorbeeld" and "Voorbeeld, Jan van der" or "van der Voorbeeld, Jan" (surname first,
then a comma). The comma order is certain; without a comma the split is certain only when a prefix or two words show
where the surname begins. Every other split is marked uncertain, so the import can show it for review.
"""

from __future__ import annotations

from dataclasses import dataclass

# The words a Dutch (or Belgian, French, German) surname prefix is made of: "van der", "van 't", "in 't", "de la" …
PREFIX_WORDS = frozenset({
    "van", "de", "der", "den", "het", "'t", "te", "ter", "ten", "in", "op", "uit", "aan", "bij", "voor", "onder",
    "over", "tot", "d'", "la", "le", "les", "du", "des", "von", "vom", "zu", "zum", "zur", "da", "das", "do", "dos",
    "di", "del", "della", "el", "al", "'s", "vd",
})


@dataclass(frozen=True)
class NameSplit:
    given_names: str
    surname_prefix: str
    surname: str
    certain: bool


def split_name(written: str) -> NameSplit:
    """`written` as given names, prefix and surname; `certain` is False where a person should look."""
    text = " ".join(written.split())
    if "," in text:
        surname_part, _comma, given_part = text.partition(",")
        return _surname_first(surname_part.split(), given_part.split())
    return _given_first(text.split())


def _surname_first(surname_words: list[str], given_words: list[str]) -> NameSplit:
    """"van 't Hek-Müller, Noël François" or "Hek-Müller, Noël François van 't"."""
    prefix: list[str] = []
    while len(surname_words) > 1 and _is_prefix(surname_words[0]):
        prefix.append(surname_words.pop(0))
    trailing: list[str] = []
    while given_words and _is_prefix(given_words[-1]) and len(given_words) > 1:
        trailing.insert(0, given_words.pop())
    certain = bool(surname_words) and bool(given_words) and not (prefix and trailing) \
        and not any(_is_prefix(word) for word in surname_words)
    return NameSplit(" ".join(given_words), " ".join(prefix or trailing), " ".join(surname_words), certain)


def _given_first(words: list[str]) -> NameSplit:
    """"Jan van der Voorbeeld": the first prefix word after the given names starts the surname."""
    if len(words) < 2:
        return NameSplit("", "", " ".join(words), False)
    start = next((index for index in range(1, len(words) - 1) if _is_prefix(words[index])), None)
    if start is None:
        # No prefix: the last word is the surname. Sure with two words; with more, "Jan Peter Jansen" and
        # "Maria Lopez Garcia" cannot be told apart.
        return NameSplit(" ".join(words[:-1]), "", words[-1], len(words) == 2)
    end = start
    while end < len(words) - 1 and _is_prefix(words[end]):
        end += 1
    surname = words[end:]
    certain = not any(_is_prefix(word) for word in surname)  # "Anna de Vries van Dam": which part is which?
    return NameSplit(" ".join(words[:start]), " ".join(words[start:end]), " ".join(surname), certain)


def _is_prefix(word: str) -> bool:
    return word.casefold() in PREFIX_WORDS
