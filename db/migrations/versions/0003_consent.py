"""Consent and legal basis: processing grounds per case, consent records (versioned, never overwritten) and their
revocations.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
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


def _case_column() -> sa.Column:
    return sa.Column("case_id", sa.String(36), sa.ForeignKey("case_file.id"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "processing_ground",
        *_synced_columns(),
        _case_column(),
        sa.Column("ground", sa.String(24), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_processing_ground_case_id", "processing_ground", ["case_id"])
    op.create_table(
        "consent_record",
        *_synced_columns(),
        _case_column(),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("how_given", sa.String(24), nullable=False),
        sa.Column("witness", sa.Text(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("purposes", sa.Text(), nullable=False),
        sa.Column("categories", sa.Text(), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("signature_png", sa.LargeBinary(), nullable=True),
        sa.Column("superseded_by", sa.String(36), sa.ForeignKey("consent_record.id"), nullable=True),
    )
    op.create_index("ix_consent_record_case_id", "consent_record", ["case_id"])
    op.create_table(
        "consent_revocation",
        *_synced_columns(),
        sa.Column("consent_id", sa.String(36), sa.ForeignKey("consent_record.id"), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=False),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("scope_value", sa.String(60), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
    )
    op.create_index("ix_consent_revocation_consent_id", "consent_revocation", ["consent_id"])


def downgrade() -> None:
    for table in ("consent_revocation", "consent_record", "processing_ground"):
        op.drop_table(table)
