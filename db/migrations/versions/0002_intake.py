"""Intake interview: checklist answers, domain assessments per measurement moment, triage, plan of approach.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
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
        "checklist_template",
        sa.Column("template_id", sa.String(40), primary_key=True),
        sa.Column("version", sa.Integer(), primary_key=True),
        sa.Column("content", sa.Text(), nullable=False),
    )
    op.create_table(
        "intake",
        *_synced_columns(),
        sa.Column("case_id", sa.String(36), sa.ForeignKey("case_file.id"), nullable=False, unique=True),
        sa.Column("template_id", sa.String(40), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        sa.Column("current_step", sa.String(60), nullable=False),
        sa.Column("self_reliance", sa.String(24), nullable=False),
        sa.Column("direction_reason", sa.Text(), nullable=False),
    )
    op.create_table(
        "checklist_answer",
        *_synced_columns(),
        _case_column(),
        sa.Column("item_id", sa.String(40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_index("ix_checklist_answer_case_id", "checklist_answer", ["case_id"])
    op.create_index("ux_checklist_answer", "checklist_answer", ["case_id", "item_id"], unique=True)
    op.create_table(
        "domain_assessment",
        *_synced_columns(),
        _case_column(),
        sa.Column("domain_id", sa.String(40), nullable=False),
        sa.Column("moment", sa.String(16), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("aftercare_needed", sa.Boolean(), nullable=True),
    )
    op.create_index("ix_domain_assessment_case_id", "domain_assessment", ["case_id"])
    op.create_index("ux_domain_assessment", "domain_assessment", ["case_id", "domain_id", "moment"], unique=True)
    op.create_table(
        "plan_domain",
        *_synced_columns(),
        _case_column(),
        sa.Column("domain_id", sa.String(40), nullable=False),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
    )
    op.create_index("ix_plan_domain_case_id", "plan_domain", ["case_id"])
    op.create_index("ux_plan_domain", "plan_domain", ["case_id", "domain_id"], unique=True)
    op.create_table(
        "plan",
        *_synced_columns(),
        sa.Column("case_id", sa.String(36), sa.ForeignKey("case_file.id"), nullable=False, unique=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("agreements", sa.Text(), nullable=False),
        sa.Column("contact_persons", sa.Text(), nullable=False),
    )
    op.create_table(
        "follow_up_action",
        *_synced_columns(),
        _case_column(),
        sa.Column("domain_id", sa.String(40), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("who", sa.String(24), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_follow_up_action_case_id", "follow_up_action", ["case_id"])


def downgrade() -> None:
    for table in ("follow_up_action", "plan", "plan_domain", "domain_assessment", "checklist_answer", "intake",
                  "checklist_template"):
        op.drop_table(table)
