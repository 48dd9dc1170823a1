"""A consent says per recipient which kinds of data may go to it: the matrix column `grants` of consent_record.

A consent recorded before named every one of its categories for every one of its recipients, so it gets the full
cross product: nothing changes for it. Written in plain SQL over both columns, so it runs alike on SQLite/SQLCipher
and PostgreSQL.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _cross_product(recipients: str, categories: str) -> str:
    """The stored matrix (app.casework.consent_terms.format_grants) of every category to every recipient; kept
    here so this migration never changes with the app."""
    cells = "|".join(part for part in categories.split(",") if part)
    return ";".join(f"{recipient}:{cells}" for recipient in recipients.split(",") if recipient) if cells else ""


def upgrade() -> None:
    with op.batch_alter_table("consent_record") as batch:
        batch.add_column(sa.Column("grants", sa.Text(), nullable=False, server_default=""))
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, recipients, categories FROM consent_record")).all()
    for record_id, recipients, categories in rows:
        connection.execute(sa.text("UPDATE consent_record SET grants = :grants WHERE id = :id"),
                           {"grants": _cross_product(recipients, categories), "id": record_id})


def downgrade() -> None:
    with op.batch_alter_table("consent_record") as batch:
        batch.drop_column("grants")
