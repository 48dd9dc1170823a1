"""The growing delay after failed unlocks, remembered in a small file across restarts."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.workspace.unlock_throttle import MAX_DELAY_SECONDS, UnlockThrottle

T0 = datetime(2024, 6, 15, 12, 0, 0, tzinfo=UTC)


def _throttle_with_failures(path: Path, count: int) -> UnlockThrottle:
    throttle = UnlockThrottle.load(path)
    for _ in range(count):
        throttle.record_failure(T0)
    return throttle


def test_missing_file_means_no_failures_and_no_wait(tmp_path: Path) -> None:
    throttle = UnlockThrottle.load(tmp_path / "attempts.json")
    assert throttle.failures == []
    assert throttle.seconds_to_wait(T0) == 0


@pytest.mark.parametrize(
    ("failures", "delay_seconds"),
    [(0, 0), (1, 0), (2, 0), (3, 2), (4, 4), (5, 8), (6, 16), (10, 256), (11, MAX_DELAY_SECONDS), (40, 300)],
)
def test_three_free_attempts_then_doubling_delay_capped_at_five_minutes(
    tmp_path: Path, failures: int, delay_seconds: int
) -> None:
    throttle = _throttle_with_failures(tmp_path / "attempts.json", failures)
    assert throttle.delay_after_failures() == timedelta(seconds=delay_seconds)
    assert throttle.seconds_to_wait(T0) == delay_seconds


def test_wait_counts_down_from_the_last_failure(tmp_path: Path) -> None:
    throttle = _throttle_with_failures(tmp_path / "attempts.json", 4)  # 4 s delay
    assert throttle.seconds_to_wait(T0 + timedelta(seconds=1)) == 3
    assert throttle.seconds_to_wait(T0 + timedelta(seconds=3.5)) == 1  # rounded up: never allow early
    assert throttle.seconds_to_wait(T0 + timedelta(seconds=4)) == 0
    assert throttle.seconds_to_wait(T0 + timedelta(hours=1)) == 0


def test_failures_persist_across_load(tmp_path: Path) -> None:
    path = tmp_path / "attempts.json"
    first = _throttle_with_failures(path, 5)
    again = UnlockThrottle.load(path)
    assert again.failures == first.failures
    assert again.seconds_to_wait(T0) == 8


def test_file_holds_only_times(tmp_path: Path) -> None:
    path = tmp_path / "attempts.json"
    _throttle_with_failures(path, 2)
    assert json.loads(path.read_text()) == {"failures": [T0.isoformat(), T0.isoformat()]}


@pytest.mark.parametrize(
    "damaged",
    [b"", b"not json", b"[]", b"{}", b'{"failures": "2024"}', b'{"failures": [1, 2]}', b'{"failures": ["gisteren"]}'],
)
def test_damaged_file_starts_counting_afresh(tmp_path: Path, damaged: bytes) -> None:
    path = tmp_path / "attempts.json"
    path.write_bytes(damaged)
    throttle = UnlockThrottle.load(path)
    assert throttle.failures == []
    assert throttle.seconds_to_wait(T0) == 0


def test_clear_returns_the_failures_and_forgets_them(tmp_path: Path) -> None:
    path = tmp_path / "attempts.json"
    throttle = _throttle_with_failures(path, 4)
    cleared = throttle.clear()
    assert cleared == [T0] * 4
    assert throttle.failures == []
    assert UnlockThrottle.load(path).failures == []
    assert UnlockThrottle.load(path).seconds_to_wait(T0) == 0


def test_clear_without_failures_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "attempts.json"
    assert UnlockThrottle.load(path).clear() == []
    assert not path.exists()


def test_wait_never_exceeds_the_earned_delay_when_the_clock_moved_back(tmp_path: Path) -> None:
    throttle = _throttle_with_failures(tmp_path / "attempts.json", 1)  # recorded at T0
    clock_set_back = T0 - timedelta(days=1)
    assert throttle.seconds_to_wait(clock_set_back) <= throttle.delay_after_failures().total_seconds()


def test_timestamp_without_time_zone_is_treated_as_damage(tmp_path: Path) -> None:
    path = tmp_path / "attempts.json"
    path.write_text(json.dumps({"failures": ["2024-06-15T12:00:00"]}))
    assert UnlockThrottle.load(path).seconds_to_wait() == 0
