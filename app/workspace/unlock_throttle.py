"""A growing delay after repeated failed unlocks, remembered across restarts.

Failed attempts cannot be written to the audit log (the database is still locked), so they are kept here and
moved into the audit log at the next successful unlock. The file holds only counts and times.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.atomic import write_atomic

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300


@dataclass
class UnlockThrottle:
    path: Path
    failures: list[datetime] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> UnlockThrottle:
        try:
            stored = json.loads(path.read_text())
            failures = [datetime.fromisoformat(moment) for moment in stored["failures"]]
            if any(moment.tzinfo is None for moment in failures):
                raise ValueError("times without a time zone")
        except (OSError, ValueError, KeyError, TypeError):
            failures = []  # missing or damaged: start counting afresh
        return cls(path, failures)

    def delay_after_failures(self) -> timedelta:
        """3 free attempts, then 2, 4, 8 … seconds, at most 5 minutes."""
        extra = len(self.failures) - FREE_ATTEMPTS
        if extra < 0:
            return timedelta(0)
        return timedelta(seconds=min(MAX_DELAY_SECONDS, 2 ** (extra + 1)))

    def seconds_to_wait(self, now: datetime | None = None) -> int:
        """Whole seconds before the next attempt is allowed; 0 when it is allowed now."""
        if not self.failures:
            return 0
        delay = self.delay_after_failures()
        remaining = (self.failures[-1] + delay - (now or datetime.now(UTC))).total_seconds()
        # Capped at the delay itself: a clock set back must not lock the user out for the difference.
        return max(0, min(int(delay.total_seconds()), int(remaining + 0.999)))

    def record_failure(self, now: datetime | None = None) -> None:
        self.failures.append(now or datetime.now(UTC))
        self._save()

    def clear(self) -> list[datetime]:
        """Forget the failures (after a successful unlock) and return them for the audit log."""
        failures, self.failures = self.failures, []
        if failures:
            self._save()
        return failures

    def _save(self) -> None:
        document = {"failures": [moment.isoformat() for moment in self.failures]}
        write_atomic(self.path, json.dumps(document).encode())
