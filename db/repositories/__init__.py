"""All queries of the app, one module per area. Services receive plain rows and records from here; no SQL lives in
app/ or ui/."""

from __future__ import annotations

from sqlalchemy.orm import Session


class Repository:
    """The queries of one area over the unit of work's session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, record: object) -> None:
        self.session.add(record)
