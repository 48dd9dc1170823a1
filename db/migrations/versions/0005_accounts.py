"""Personal accounts: every person who opens the workspace has an account with a login, the name the office knows
them by, and their roles; the audit log's role field takes several roles; on a server, the prefix of its group
roles (kept with the data, so a restored backup finds its groups again).

The workspace's existing user becomes its first account, with the roles that kind of workspace had so far (a
laptop's coordinator; the one person of a small back office does all of its work).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The roles of the one user of each kind of workspace, as app.permissions names them at this revision.
FIRST_ACCOUNT_ROLES = {
    "coordinator": "coordinator",
    "backoffice": "application_manager,backoffice,privacy_officer,supervisor",
}


def upgrade() -> None:
    account = op.create_table(
        "account",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("login", sa.String(120), nullable=False, unique=True),
        sa.Column("display_name", sa.String(120), nullable=False),
        sa.Column("roles", sa.String(200), nullable=False),
        sa.Column("disabled_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(120), nullable=False),
    )
    _widen_user_role(sa.String(32), sa.String(120))
    with op.batch_alter_table("workspace_info") as batch:
        batch.add_column(sa.Column("role_prefix", sa.String(40), nullable=False, server_default=""))
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":  # SQLite defers every foreign key on request anyway
        for table in sa.inspect(connection).get_table_names():
            for key in sa.inspect(connection).get_foreign_keys(table):
                op.execute(f'ALTER TABLE {table} ALTER CONSTRAINT "{key["name"]}" DEFERRABLE INITIALLY IMMEDIATE')
    info = connection.execute(sa.text("SELECT workspace_id, kind, user_name FROM workspace_info")).first()
    if info is None:  # a server database: its accounts are made by `terugkeer accounts add`
        return
    op.bulk_insert(account, [{
        "id": info.workspace_id, "login": info.user_name, "display_name": info.user_name,
        "roles": FIRST_ACCOUNT_ROLES[info.kind], "disabled_at": None,
        "created_at": datetime.now(UTC).replace(tzinfo=None), "created_by": info.user_name,
    }])


def downgrade() -> None:
    with op.batch_alter_table("workspace_info") as batch:
        batch.drop_column("role_prefix")
    _widen_user_role(sa.String(120), sa.String(32))
    op.drop_table("account")


def _widen_user_role(before: sa.String, after: sa.String) -> None:
    for table in ("audit_entry", "remote_audit_entry"):
        with op.batch_alter_table(table) as batch:
            batch.alter_column("user_role", type_=after, existing_type=before, existing_nullable=False)
    if op.get_bind().dialect.name == "sqlite":
        # SQLite alters a column by copying the table, which leaves its triggers behind: make them again.
        op.execute(
            "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
            "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
        )
        op.execute(
            "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
            "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
        )
