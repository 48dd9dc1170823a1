"""Initial schema: workspace, clients, detentions, cases and the append-only audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by_device", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "workspace_info",
        sa.Column("workspace_id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("municipality", sa.String(120), nullable=False),
        sa.Column("user_name", sa.String(120), nullable=False),
        sa.Column("demo", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "client",
        *_synced_columns(),
        sa.Column("given_names", sa.String(120), nullable=False),
        sa.Column("surname_prefix", sa.String(20), nullable=False),
        sa.Column("surname", sa.String(120), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.Column("bsn", sa.String(9), nullable=True, unique=True),
        sa.Column("municipality_of_registration", sa.String(120), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(40), nullable=False),
    )
    op.create_table(
        "detention",
        *_synced_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("client.id"), nullable=False, index=True),
        sa.Column("prison", sa.String(120), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("expected_release_date", sa.Date(), nullable=True),
        sa.Column("actual_release_date", sa.Date(), nullable=True),
    )
    op.create_table(
        "case_file",
        *_synced_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("client.id"), nullable=False, index=True),
        sa.Column("detention_id", sa.String(36), sa.ForeignKey("detention.id"), nullable=False, index=True),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("notified_on", sa.Date(), nullable=True),
        sa.Column("contact_on", sa.Date(), nullable=True),
        sa.Column("intake_on", sa.Date(), nullable=True),
        sa.Column("plan_on", sa.Date(), nullable=True),
        sa.Column("aftercare_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("target_groups", sa.String(200), nullable=False),
        sa.Column("case_direction", sa.String(24), nullable=False),
        sa.Column("coordinator", sa.String(120), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
    )
    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("event_id", sa.String(36), nullable=False, unique=True),
        sa.Column("occurred_at", sa.String(32), nullable=False),
        sa.Column("action", sa.String(24), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("user_name", sa.String(120), nullable=False),
        sa.Column("user_role", sa.String(32), nullable=False),
        sa.Column("purpose", sa.String(64), nullable=False),
        sa.Column("client_id", sa.String(36), nullable=True, index=True),
        sa.Column("record_type", sa.String(32), nullable=True),
        sa.Column("record_id", sa.String(36), nullable=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("legal_basis", sa.String(48), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False),
    )
    # The audit log is append-only: the database itself refuses edits and deletions.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()"
        )
        return
    op.execute(
        "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )


def downgrade() -> None:
    for table in ("audit_entry", "case_file", "detention", "client", "workspace_info"):
        op.drop_table(table)
