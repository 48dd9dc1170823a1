"""The server's register walks a search in name order without reading the cases' wide rows, and finds a BSN by its
last three digits through an index (db.migrate.REGISTER_SEARCH, as it stood then). Nothing changes on SQLite.

The index for the order by name carries each case's search text and status (an index-only walk: a search of one or
two letters, which no trigram serves, is checked against the index alone until the page is full, and so is a next
page of any search by name, from the last row shown), and so replaces both the old name index and the covering index
that read the search texts whole for a count (such a search is no longer counted over every case:
app.casework.register_pages.COUNT_UP_TO).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE INDEX ix_case_file_name_walk ON case_file (sort_name, id) INCLUDE (search_text, status)")
    op.execute("DROP INDEX ix_case_file_name_order")
    op.execute("DROP INDEX ix_case_file_search_scan")
    op.execute("CREATE INDEX ix_client_bsn_end ON client (substr(bsn, 7))")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX ix_client_bsn_end")
    op.execute("CREATE INDEX ix_case_file_search_scan ON case_file (search_text) INCLUDE (sort_name, id)")
    op.execute("CREATE INDEX ix_case_file_name_order ON case_file (sort_name, id)")
    op.execute("DROP INDEX ix_case_file_name_walk")
