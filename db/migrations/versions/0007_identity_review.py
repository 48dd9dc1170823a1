"""Notifications whose BSN is a known client's but whose name or date of birth is another's wait for a decision in
the back office's inbox: the table `identity_review`, on SQLite and on PostgreSQL alike.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "identity_review",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("client_id", sa.String(36), nullable=False),
        sa.Column("bsn", sa.String(9), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("notification_json", sa.Text(), nullable=False),
        sa.Column("source", sa.String(260), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(120), nullable=False),
    )
    op.create_index("ix_identity_review_client_id", "identity_review", ["client_id"])


def downgrade() -> None:
    op.drop_index("ix_identity_review_client_id", table_name="identity_review")
    op.drop_table("identity_review")
