"""Whatever happens to a bundle on its way (bytes flipped, cut out, added, the file cut short, a stretch copied
twice, whole chunks swapped, doubled or dropped), the back office refuses it with a TerugkeerError of the container
checks and its data stay exactly as they were.

The bundle is a real one of a laptop with 300 demo cases, so its payload spans more than one 64 KiB chunk and the
chunk-level mutations have something to reorder. The pair of workspaces is made once for the module.
"""

from __future__ import annotations

import shutil
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.demo.workspace import fill_with_demo_cases
from app.domain import WorkspaceKind
from app.errors import TerugkeerError
from app.workspace.folder import unlock
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace

from .sync_helpers import (
    COORDINATOR,
    EXCHANGE_DAY,
    SYNC_PASSPHRASE,
    Snapshot,
    create,
    enroll_both,
    prefix_length,
    receive,
    send,
    snapshot,
)

# A damaged bundle can only be refused by the container's checks: nothing inside is read before they all hold.
CONTAINER_CODES = frozenset({"not_a_bundle", "bundle_unsupported_version", "bundle_damaged", "bundle_truncated",
                             "bundle_tampered", "bundle_wrong_recipient", "bundle_unknown_sender"})
LENGTH = struct.Struct(">I")


@dataclass(frozen=True)
class Subject:
    office: OpenWorkspace
    bundle: bytes
    chunks: tuple[tuple[int, int], ...]  # (start, end) of each chunk frame, length prefix included
    before: Snapshot
    scratch: Path


@pytest.fixture(scope="module")
def subject(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Subject]:
    folder = tmp_path_factory.mktemp("mutation")
    kdf = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)  # as tests/conftest.py's fast_kdf
    laptop = create(folder / "laptop", WorkspaceKind.COORDINATOR, COORDINATOR, kdf)
    office = create(folder / "office", WorkspaceKind.BACKOFFICE, "Backoffice Teststad", kdf)
    try:
        enroll_both(laptop, office)
        fill_with_demo_cases(laptop, 300, today=EXCHANGE_DAY)
        data = send(laptop, office, folder, "laptop-1").read_bytes()
        laptop.lock()
        office.lock()
        shutil.copytree(folder / "office", folder / "office-control")  # for the control test, untouched here
        office = unlock(folder / "office", SYNC_PASSPHRASE)
        chunks = _chunk_frames(data)
        assert len(chunks) >= 2, "the bundle should span several chunks"
        yield Subject(office, data, chunks, snapshot(office), folder)
    finally:
        for workspace in (laptop, office):
            if not workspace.is_locked:
                workspace.lock()


def _chunk_frames(data: bytes) -> tuple[tuple[int, int], ...]:
    frames = []
    position = prefix_length(data)
    while position < len(data):
        (length,) = LENGTH.unpack_from(data, position)
        frames.append((position, position + LENGTH.size + length))
        position += LENGTH.size + length
    assert position == len(data)
    return tuple(frames)


def _mutate(data: bytes, chunks: tuple[tuple[int, int], ...], draw: st.DataObject) -> tuple[bytes, str]:
    """One mutation of `data`, drawn; returns the mutated bytes and a description for the failure message."""
    size = len(data)
    kind = draw.draw(st.sampled_from(["flip", "delete", "insert", "truncate", "duplicate", "swap_chunks",
                                      "double_chunk", "drop_chunk"]), label="kind")
    if kind == "flip":
        positions = draw.draw(st.lists(st.integers(0, size - 1), min_size=1, max_size=4, unique=True))
        mutated = bytearray(data)
        for position in positions:
            mutated[position] ^= draw.draw(st.integers(1, 255))
        return bytes(mutated), f"flip {positions}"
    if kind == "delete":
        start = draw.draw(st.integers(0, size - 1))
        length = draw.draw(st.integers(1, min(4096, size - start)))
        return data[:start] + data[start + length:], f"delete {length} at {start}"
    if kind == "insert":
        position = draw.draw(st.integers(0, size))
        extra = draw.draw(st.binary(min_size=1, max_size=64))
        return data[:position] + extra + data[position:], f"insert {extra!r} at {position}"
    if kind == "truncate":
        length = draw.draw(st.integers(0, size - 1))
        return data[:length], f"truncate to {length}"
    if kind == "duplicate":
        start = draw.draw(st.integers(0, size - 1))
        end = draw.draw(st.integers(start + 1, min(size, start + 70_000)))
        return data[:end] + data[start:end] + data[end:], f"duplicate {start}:{end}"
    index = draw.draw(st.integers(0, len(chunks) - 1))
    start, end = chunks[index]
    if kind == "double_chunk":
        return data[:end] + data[start:end] + data[end:], f"chunk {index} twice"
    if kind == "drop_chunk":
        return data[:start] + data[end:], f"chunk {index} dropped"
    other = (index + draw.draw(st.integers(1, len(chunks) - 1))) % len(chunks)
    first, second = sorted((index, other))
    (a_start, a_end), (b_start, b_end) = chunks[first], chunks[second]
    swapped = data[:a_start] + data[b_start:b_end] + data[a_end:b_start] + data[a_start:a_end] + data[b_end:]
    return swapped, f"chunks {first} and {second} swapped"


@settings(max_examples=60, deadline=None)
@given(draw=st.data())
def test_every_mutated_bundle_is_refused_and_changes_nothing(subject: Subject, draw: st.DataObject) -> None:
    mutated, what = _mutate(subject.bundle, subject.chunks, draw)
    assume(mutated != subject.bundle)
    path = subject.scratch / "mutated.terugkeer"
    path.write_bytes(mutated)
    with pytest.raises(TerugkeerError) as raised:
        receive(subject.office, path)
    assert raised.value.code in CONTAINER_CODES, f"{what}: refused as {raised.value.code}"
    after = snapshot(subject.office)
    changed = sorted(table for table in after if after[table] != subject.before.get(table))
    assert not changed, f"{what}: tables changed: {changed}"


def test_the_unmutated_bundle_is_accepted(subject: Subject, tmp_path: Path) -> None:
    """The control: the same bytes, unmutated, do import (into a copy of the office as it was)."""
    path = tmp_path / "intact.terugkeer"
    path.write_bytes(subject.bundle)
    office = unlock(subject.scratch / "office-control", SYNC_PASSPHRASE)
    try:
        result = receive(office, path)
    finally:
        office.lock()
    assert result.new > 0 and not result.already_imported
