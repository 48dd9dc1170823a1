"""Minimum passphrase strength."""

from __future__ import annotations

import pytest

from app.errors import WeakPassphraseError
from app.workspace.passphrase import MIN_LENGTH, check_strength


def test_short_passphrase_is_refused_with_the_minimum_length() -> None:
    with pytest.raises(WeakPassphraseError) as caught:
        check_strength("Kort&krach1")  # 11 characters
    assert caught.value.code == "passphrase_too_short"
    assert caught.value.params == {"minimum": MIN_LENGTH}


def test_long_but_repetitive_passphrase_is_too_simple() -> None:
    with pytest.raises(WeakPassphraseError) as caught:
        check_strength("abababababababab")
    assert caught.value.code == "passphrase_too_simple"


def test_all_digit_passphrase_is_too_simple_even_when_varied() -> None:
    with pytest.raises(WeakPassphraseError) as caught:
        check_strength("192837465012")
    assert caught.value.code == "passphrase_too_simple"


@pytest.mark.parametrize("good", ["correct horse battery staple", "abcdefghijkl"])
def test_long_and_varied_passphrase_is_accepted(good: str) -> None:
    check_strength(good)
