"""The safety net under synchronisation: records whose fingerprint in a peer's digest differed from this device's,
kept until a later digest agrees (app.sync.digest).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-13
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_mismatch",
        sa.Column("peer_device_id", sa.String(36), primary_key=True),
        sa.Column("table_name", sa.String(40), primary_key=True),
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("missing", sa.Boolean(), nullable=False),
        sa.Column("bundle_id", sa.String(36), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sync_mismatch")
