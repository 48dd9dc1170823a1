"""Minimum passphrase strength. The KDF slows guessing; this keeps the guesses from being few."""

from __future__ import annotations

from app.errors import WeakPassphraseError

MIN_LENGTH = 12
MIN_DISTINCT_CHARACTERS = 6


def check_strength(passphrase: str) -> None:
    """Raise WeakPassphraseError unless the passphrase is long and varied enough (a few words do)."""
    if len(passphrase) < MIN_LENGTH:
        raise WeakPassphraseError("passphrase_too_short", minimum=MIN_LENGTH)
    if len(set(passphrase)) < MIN_DISTINCT_CHARACTERS or passphrase.isdigit():
        raise WeakPassphraseError("passphrase_too_simple")
