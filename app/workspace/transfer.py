"""Moving a small municipality's embedded back office to the server when it grows into a team
(`terugkeer server import-workspace`), run by IT as the new database's owner.

Everything moves as it is, in one transaction: the back office's identity and device keys (so the laptops enrolled
with it go on exchanging bundles; the keys go under a new office key), every case with its history, the audit log
with its hash chain, the sync ledgers and merge bases, and the accounts (their login roles are made without a
password: the application manager gives each a password, or they log in with Kerberos). Afterwards the counts per
table, the audit chain up to the same head and the sync ledgers are compared with the folder's; any difference
undoes the move.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, insert, select, text

from app.audit import verify_chain
from app.domain import WorkspaceKind
from app.errors import TerugkeerError
from app.permissions import parse_roles
from app.sync.device import ENCRYPTION, SIGNING
from app.workspace.accounts import LOGIN_PATTERN
from app.workspace.folder import EmbeddedWorkspace
from app.workspace.office_key import OfficeKey, create_office_key
from app.workspace.server import ROLE_PREFIX_LENGTH, _engine, _prefix
from db import migrate
from db.models import Base
from db.server import security
from db.uow import UnitOfWork

# Kept by each engine itself: the schema's version.
NOT_MOVED = frozenset({"alembic_version"})
LEDGERS = ("sync_sent", "sync_received", "sync_peer", "sync_base")


@dataclass(frozen=True)
class TransferReport:
    rows: Mapping[str, int]  # per table, as moved and counted on both sides
    audit_entries: int
    accounts_without_password: tuple[str, ...]  # they log in once the application manager gives them a password


def import_workspace(workspace: EmbeddedWorkspace, url: str, office_key: Path, password: str | None = None
                     ) -> TransferReport:
    """Move the back office opened as `workspace` into the empty database at `url` (as its owner), its device keys
    under a new office key written to `office_key`. Raises TerugkeerError "import_not_back_office",
    "server_not_empty", "import_check_failed" (nothing stays on the server then), and the errors of connecting."""
    if workspace.summary.kind is not WorkspaceKind.BACKOFFICE:
        raise TerugkeerError("import_not_back_office")
    engine = _engine(url, password)
    try:
        _prepare(engine)
        key = create_office_key(office_key, workspace.summary.workspace_id)
        with workspace.unit_of_work() as source, engine.begin() as target:
            _copy(source.session.connection(), target, key)
            report = _verify(source, target)
            target.execute(text("UPDATE workspace_info SET role_prefix = :prefix"),
                           {"prefix": str(target.execute(text("SELECT current_database()")).scalar_one())
                            [:ROLE_PREFIX_LENGTH]})
            security.apply(target, _prefix(target))
            for login in report.accounts_without_password:
                target.execute(text("SELECT terugkeer_set_login(:login, NULL, :roles)"),
                               {"login": login, "roles": _roles_of(target, login)})
        return report
    finally:
        engine.dispose()


def _prepare(engine: Engine) -> None:
    with engine.begin() as connection:
        fresh = migrate.current_revision(connection) is None
    if fresh:
        migrate.create_schema(engine)
    with engine.connect() as connection:
        if migrate.current_revision(connection) != migrate.head_revision():
            raise TerugkeerError("server_needs_migrate", revision=str(migrate.current_revision(connection)))
        holds = connection.execute(text("SELECT count(*) FROM workspace_info")).scalar_one()
        holds += connection.execute(text("SELECT count(*) FROM audit_entry")).scalar_one()
        holds += connection.execute(text("SELECT count(*) FROM case_file")).scalar_one()
    if holds:
        raise TerugkeerError("server_not_empty")


def _tables() -> list[Table]:
    """Parents before children, as the foreign keys want them."""
    return [table for table in Base.metadata.sorted_tables if table.name not in NOT_MOVED]


def _copy(source: Connection, target: Connection, key: OfficeKey) -> None:
    target.execute(text("DELETE FROM sync_counter"))  # the fresh schema's row: the folder's counter comes instead
    for table in _tables():
        rows = [dict(row._mapping) for row in source.execute(select(table))]
        if table.name == "device_key":
            rows = [{**row, "signing_key": key.wrap(row["signing_key"], SIGNING),
                     "encryption_key": key.wrap(row["encryption_key"], ENCRYPTION)} for row in rows]
        if rows:
            target.execute(insert(table), rows)


def _verify(source: UnitOfWork, target: Connection) -> TransferReport:
    rows: dict[str, int] = {}
    for table in _tables():
        here = source.session.execute(select(func.count()).select_from(table)).scalar_one()
        there = target.execute(select(func.count()).select_from(table)).scalar_one()
        if here != there:
            raise TerugkeerError("import_check_failed", table=table.name)
        rows[table.name] = int(there)
    chain_here = verify_chain(source.audit.all_in_order())
    chain_there = verify_chain(_entries(target))
    if not chain_there.intact or chain_there.entries_checked != chain_here.entries_checked \
            or _head_hash(target) != _head_hash(source.session.connection()):
        raise TerugkeerError("import_check_failed", table="audit_entry")
    for ledger in LEDGERS:
        if _ledger(source.session.connection(), ledger) != _ledger(target, ledger):
            raise TerugkeerError("import_check_failed", table=ledger)
    without = tuple(login for login, roles in target.execute(text("SELECT login, roles FROM account "
                                                                  "WHERE disabled_at IS NULL ORDER BY login"))
                    if LOGIN_PATTERN.fullmatch(login) and parse_roles(roles))
    return TransferReport(rows, chain_there.entries_checked, without)


def _entries(connection: Connection) -> list[Any]:
    table = Base.metadata.tables["audit_entry"]
    return list(connection.execute(select(table).order_by(table.c.seq)))


def _head_hash(connection: Connection) -> str | None:
    return connection.execute(text("SELECT entry_hash FROM audit_entry ORDER BY seq DESC LIMIT 1")).scalar()


def _ledger(connection: Connection, name: str) -> list[tuple[Any, ...]]:
    """A ledger's rows as comparable tuples (typed by the model, whichever engine), in a fixed order."""
    return sorted(tuple(row) for row in connection.execute(select(Base.metadata.tables[name])))


def _roles_of(connection: Connection, login: str) -> list[str]:
    stored = connection.execute(text("SELECT roles FROM account WHERE login = :login"), {"login": login}).scalar_one()
    return sorted(role.value for role in parse_roles(stored))
