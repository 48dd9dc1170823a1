"""BSN (citizen service number): 9 digits passing the 11-test, stored as digits, shown masked."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.nl import bsn as stdnum_bsn

from app.domain import mask_bsn, normalise_bsn, validate_bsn
from app.errors import ValidationError


@pytest.mark.parametrize("typed", ["111222333", "123456782", "999990019"])
def test_valid_bsn_is_accepted_as_digits(typed: str) -> None:
    assert validate_bsn(typed) == typed


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("111 222 333", "111222333"),
        ("1234.56.782", "123456782"),
        (" 123.456.782 ", "123456782"),
    ],
)
def test_spaces_and_dots_that_people_type_are_dropped(typed: str, stored: str) -> None:
    assert validate_bsn(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "111222334",  # wrong check digit
        "123456781",  # wrong check digit
        "12345678",  # 8 digits
        "1112223330",  # 10 digits
        "abcdefghi",  # letters only
        "",
    ],
)
def test_invalid_bsn_is_refused_on_the_bsn_field(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_bsn(typed)
    assert caught.value.field == "bsn"
    assert caught.value.code == "bsn_invalid"


@pytest.mark.parametrize("typed", ["11122233a3", "x111222333", "123456782b"])
def test_bsn_with_a_letter_in_it_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError):
        validate_bsn(typed)


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_nine_digits_are_accepted_exactly_when_they_pass_the_eleven_test(digits: str) -> None:
    expected_valid = stdnum_bsn.is_valid(digits)
    try:
        validate_bsn(digits)
    except ValidationError:
        accepted = False
    else:
        accepted = True
    assert accepted == expected_valid


@given(st.lists(st.sampled_from(["", " ", "."]), min_size=9, max_size=9), st.sampled_from(["111222333", "123456782"]))
def test_separators_between_digits_never_change_the_verdict(separators: list[str], bsn: str) -> None:
    typed = "".join(separator + digit for separator, digit in zip(separators, bsn, strict=True))
    assert validate_bsn(typed) == bsn


def test_normalise_keeps_only_digits() -> None:
    assert normalise_bsn("12.34 56-782") == "123456782"


def test_mask_shows_only_the_last_three_digits() -> None:
    masked = mask_bsn("123456782")
    assert masked.endswith("782")
    assert len(masked) == 9
    assert not any(ch.isdigit() for ch in masked[:-3])


def test_mask_of_no_bsn_is_empty() -> None:
    assert mask_bsn(None) == ""
    assert mask_bsn("") == ""
