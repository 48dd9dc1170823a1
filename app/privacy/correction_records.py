"""The correction history's rows: an old value kept beside the new one, with why it changed.

Written by a correction request (app.privacy.corrections) and by every change of who a client is (BSN, name, date
of birth) wherever it is made: in the case file, or when a new case or notification turns out to be the same person
with other details (app.casework.cases). Kept apart from both so neither imports the other.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from app.audit import Actor
from db.models import Correction
from db.uow import UnitOfWork

CORRECTION_RECORD = "correction"  # the record type of the audit entry that says a correction was kept


class CorrectionReason(StrEnum):
    """Reasons the app records itself; a correction request's reason is the text the person typed."""

    EDITED_IN_CASE_FILE = "edited_in_case_file"
    SAME_PERSON_NEW_CASE = "same_person_new_case"
    SAME_PERSON_NOTIFICATION = "same_person_notification"


def wire_value(value: object) -> Any:
    """A column's value as the history stores it (as a bundle carries it): dates as ISO text."""
    return value.isoformat() if isinstance(value, date) else value


def record_correction(uow: UnitOfWork, actor: Actor, client_id: str, table: str, record_id: str, field: str,
                      old_value: Any, new_value: Any, reason: str) -> None:
    """Keep `old_value` (and `new_value`, both JSON values) of `field` in the correction history."""
    uow.privacy.add(Correction(client_id=client_id, table_name=table, record_id=record_id, field=field,
                               old_value=json.dumps(old_value, ensure_ascii=False),
                               new_value=json.dumps(new_value, ensure_ascii=False), reason=reason,
                               corrected_at=datetime.now(UTC).replace(tzinfo=None), corrected_by=actor.user_name))
