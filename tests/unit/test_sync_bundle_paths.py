"""Where a new bundle goes, which files an import reads, and which device a bundle is for (no database needed)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain import WorkspaceKind
from app.errors import TerugkeerError
from app.sync.bundle_paths import expand_bundle_paths, export_folder_or_file, new_bundle_path
from app.sync.device import Peer, choose_peer

DEVICE = "1a2b3c4d-0000-4000-8000-000000000000"
WHEN = datetime(2024, 6, 15, 10, 15, 0, tzinfo=UTC)


def peer(device_id: str, label: str, revoked: bool = False) -> Peer:
    return Peer(device_id, WorkspaceKind.COORDINATOR, label, "Teststad", "AAAA", datetime(2024, 1, 1),
                datetime(2024, 2, 1) if revoked else None, "kwijt" if revoked else "")


def code(error: pytest.ExceptionInfo[TerugkeerError]) -> str:
    return error.value.code


def test_a_new_bundle_name_holds_no_personal_data_and_never_replaces_a_file(tmp_path: Path) -> None:
    first = new_bundle_path(tmp_path, DEVICE, WHEN)
    assert first.name == "terugkeer-1a2b3c4d-20240615T101500Z.terugkeer"
    first.write_bytes(b"")
    second = new_bundle_path(tmp_path, DEVICE, WHEN)
    second.write_bytes(b"")
    assert second.name == "terugkeer-1a2b3c4d-20240615T101500Z-2.terugkeer"
    assert new_bundle_path(tmp_path, DEVICE, WHEN).name == "terugkeer-1a2b3c4d-20240615T101500Z-3.terugkeer"


def test_the_target_of_an_export_is_checked_before_unlocking(tmp_path: Path) -> None:
    assert export_folder_or_file(tmp_path) == (tmp_path, True)
    assert export_folder_or_file(tmp_path / "b.terugkeer") == (tmp_path / "b.terugkeer", False)
    with pytest.raises(TerugkeerError) as wrong_name:
        export_folder_or_file(tmp_path / "bundel.zip")
    with pytest.raises(TerugkeerError) as no_folder:
        export_folder_or_file(tmp_path / "weg" / "b.terugkeer")
    assert (code(wrong_name), code(no_folder)) == ("bundle_name_invalid", "bundle_folder_missing")


def test_a_folder_means_its_bundles_in_name_order(tmp_path: Path) -> None:
    for name in ("b.terugkeer", "a.TERUGKEER", "notities.txt", ".a.terugkeer.123.partial"):
        (tmp_path / name).write_bytes(b"")
    loose = tmp_path / "los.terugkeer"
    assert expand_bundle_paths([tmp_path, loose]) == [tmp_path / "a.TERUGKEER", tmp_path / "b.terugkeer", loose]
    empty = tmp_path / "leeg"
    empty.mkdir()
    with pytest.raises(TerugkeerError) as error:
        expand_bundle_paths([empty])
    assert code(error) == "no_bundles_found"


def test_the_device_a_bundle_is_for() -> None:
    one = peer("aaaa1111-0000-4000-8000-000000000000", "Een")
    two = peer("aaaa2222-0000-4000-8000-000000000000", "Twee")
    gone = peer("bbbb0000-0000-4000-8000-000000000000", "Weg", revoked=True)
    assert choose_peer([one, gone], None) == one  # a laptop's one back office
    assert choose_peer([one, two], "aaaa2") == two
    for peers, wanted, expected in (([one, two], None, "peer_choice_required"), ([gone], None, "no_active_peer"),
                                    ([one, two], "aaaa", "peer_ambiguous"), ([one], "cccc", "peer_not_found"),
                                    ([one, gone], "bbbb", "peer_revoked")):
        with pytest.raises(TerugkeerError) as error:
            choose_peer(peers, wanted)
        assert code(error) == expected
