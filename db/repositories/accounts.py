"""The accounts of the people who open the workspace or the server."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from db.models import Account
from db.repositories import Repository


class AccountRepository(Repository):
    def by_login(self, login: str) -> Account | None:
        return self.session.execute(select(Account).where(Account.login == login)).scalar_one_or_none()

    def all(self) -> Sequence[Account]:
        """Every account, disabled ones too, by login."""
        return self.session.execute(select(Account).order_by(Account.login)).scalars().all()
