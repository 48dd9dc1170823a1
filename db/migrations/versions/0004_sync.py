"""Synchronisation and privacy operations: change sequence numbers on every synchronised record, the device's own
keys, enrolled peers, the ledgers of sent and received bundles, what each peer is known to hold (the merge base),
conflicts, tombstones and the audit entries of other devices; numbered document versions, disclosures to
recipients, corrections with their old values, and the anonymised figures of erased cases.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Every table whose rows travel between devices (db.models.SyncedRecord) as it stood at revision 0003.
SYNCED_TABLES = (
    "client", "detention", "case_file", "intake", "checklist_answer", "domain_assessment", "plan_domain", "plan",
    "follow_up_action", "processing_ground", "consent_record", "consent_revocation",
)


def upgrade() -> None:
    for table in SYNCED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("change_seq", sa.Integer(), nullable=False, server_default="1"))
        op.create_index(f"ix_{table}_change_seq", table, ["change_seq"])
    op.create_table(
        "sync_counter",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("change_seq", sa.Integer(), nullable=False),
    )
    op.execute("INSERT INTO sync_counter (id, change_seq) VALUES (1, 1)")
    op.create_table(
        "device_key",
        sa.Column("device_id", sa.String(36), primary_key=True),
        sa.Column("signing_key", sa.LargeBinary(), nullable=False),
        sa.Column("encryption_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "sync_peer",
        sa.Column("device_id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("label", sa.String(120), nullable=False),
        sa.Column("municipality", sa.String(120), nullable=False),
        sa.Column("signing_public", sa.LargeBinary(), nullable=False),
        sa.Column("encryption_public", sa.LargeBinary(), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_reason", sa.Text(), nullable=False),
    )
    op.create_table(
        "sync_sent",
        sa.Column("bundle_id", sa.String(36), primary_key=True),
        sa.Column("peer_device_id", sa.String(36), sa.ForeignKey("sync_peer.device_id"), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("watermark", sa.Integer(), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=False),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.Column("sent_records", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("acked_at", sa.DateTime(), nullable=True),
        sa.UniqueConstraint("peer_device_id", "sequence", name="uq_sync_sent_peer_sequence"),
    )
    op.create_table(
        "sync_received",
        sa.Column("bundle_id", sa.String(36), primary_key=True),
        sa.Column("sender_device_id", sa.String(36), sa.ForeignKey("sync_peer.device_id"), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=False),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.Column("case_count", sa.Integer(), nullable=False),
        sa.Column("applied", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("sender_device_id", "sequence", name="uq_sync_received_sender_sequence"),
    )
    op.create_table(
        "sync_base",
        sa.Column("table_name", sa.String(40), primary_key=True),
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("peer_device_id", sa.String(36), primary_key=True),
        sa.Column("peer_change_seq", sa.Integer(), nullable=False),
        sa.Column("fields_json", sa.Text(), nullable=False),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("peer_device_id", sa.String(36), nullable=False),
        sa.Column("bundle_id", sa.String(36), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("local_json", sa.Text(), nullable=False),
        sa.Column("remote_json", sa.Text(), nullable=False),
        sa.Column("base_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(16), nullable=False),
        sa.Column("resolved_by", sa.String(120), nullable=False),
    )
    op.create_index("ix_sync_conflict_record", "sync_conflict", ["table_name", "record_id"])
    op.create_table(
        "sync_tombstone",
        sa.Column("table_name", sa.String(40), primary_key=True),
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by_device", sa.String(36), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False, index=True),
    )
    op.create_table(
        "remote_audit_entry",
        sa.Column("source_device_id", sa.String(36), primary_key=True),
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("event_id", sa.String(36), nullable=False),
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


    op.create_table(
        "document_version",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("case_id", sa.String(36), nullable=False, index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("pdf_sha256", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(120), nullable=False),
        sa.UniqueConstraint("case_id", "kind", "number", name="uq_document_version_number"),
    )
    op.create_table(
        "disclosure",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("client_id", sa.String(36), nullable=False, index=True),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("recipient", sa.String(120), nullable=False),
        sa.Column("categories", sa.Text(), nullable=False),
        sa.Column("means", sa.String(24), nullable=False),
        sa.Column("reference", sa.String(64), nullable=False),
        sa.Column("legal_basis", sa.String(48), nullable=False),
        sa.Column("disclosed_at", sa.DateTime(), nullable=False),
        sa.Column("disclosed_by", sa.String(120), nullable=False),
    )
    op.create_table(
        "correction",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("client_id", sa.String(36), nullable=False, index=True),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(40), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("corrected_at", sa.DateTime(), nullable=False),
        sa.Column("corrected_by", sa.String(120), nullable=False),
    )
    op.create_table(
        "erased_case",
        sa.Column("case_id", sa.String(36), primary_key=True),
        sa.Column("facts_json", sa.Text(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    for table in ("erased_case", "correction", "disclosure", "document_version"):
        op.drop_table(table)
    for table in ("remote_audit_entry", "sync_tombstone", "sync_conflict", "sync_base", "sync_received",
                  "sync_sent", "sync_peer", "device_key", "sync_counter"):
        op.drop_table(table)
    for table in SYNCED_TABLES:
        op.drop_index(f"ix_{table}_change_seq", table)
        # SQLite drops a column in place (3.35+); a batch copy of the table would trip its foreign keys.
        op.drop_column(table, "change_seq")
