"""How a long service reports how far it is and learns that the user cancelled.

The GUI hands in its worker's progress object (ui.operations.Progress), the command line and tests `NoProgress`
or a recorder of their own; app/ never knows which.
"""

from __future__ import annotations

from typing import Protocol


class ProgressReport(Protocol):
    def update(self, done: int, total: int) -> None:
        """`done` of `total` steps are finished."""

    @property
    def cancelled(self) -> bool:
        """The user asked to stop; the service stops at its next safe point."""


class NoProgress:
    """Nobody watches and nobody cancels."""

    def update(self, done: int, total: int) -> None:
        pass

    @property
    def cancelled(self) -> bool:
        return False
