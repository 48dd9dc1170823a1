"""Decrypting a workspace's SQLCipher 4 file page by page with its raw key, for tests that must look at what the
file holds, free pages included (a plain scan of the encrypted file would find nothing whatever it held)."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80  # per page: a 16-byte IV and a 64-byte HMAC-SHA512
SALT = 16


def decrypted_pages(path: Path, data_key: bytes) -> bytes:
    """Every page of the database file, decrypted, concatenated (the salt of page 1 left out)."""
    raw = path.read_bytes()
    plain = bytearray()
    for start in range(0, len(raw) - len(raw) % PAGE_SIZE, PAGE_SIZE):
        page = raw[start:start + PAGE_SIZE]
        first = SALT if start == 0 else 0
        iv = page[PAGE_SIZE - RESERVE:PAGE_SIZE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(data_key), modes.CBC(iv)).decryptor()
        plain += decryptor.update(page[first:PAGE_SIZE - RESERVE]) + decryptor.finalize()
    return bytes(plain)


def where_found(pages: bytes, marker: bytes) -> list[str]:
    """Each place `marker` stands in `pages`: its page number (from 1) and the bytes around it, for a failure that
    must say which record kept it."""
    places = []
    start = pages.find(marker)
    while start != -1:
        page = start // (PAGE_SIZE - RESERVE) + 1
        places.append(f"page {page}: {pages[max(0, start - 60):start + len(marker) + 60]!r}")
        start = pages.find(marker, start + 1)
    return places
