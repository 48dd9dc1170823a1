"""The register's search on the server: a folding SQL function over `unaccent`, the folded texts in generated columns,
trigram indexes on them and an index for the order by name (db.migrate.REGISTER_SEARCH, as it stood then). Nothing
changes on SQLite.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

STATEMENTS = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE FUNCTION terugkeer_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
    "AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$",
    "ALTER TABLE client ADD COLUMN search_text text GENERATED ALWAYS AS (terugkeer_fold(given_names || ' ' "
    "|| surname_prefix || ' ' || surname || ' ' || coalesce(bsn, ''))) STORED",
    "ALTER TABLE client ADD COLUMN sort_name text GENERATED ALWAYS AS (terugkeer_fold(surname || ', ' "
    "|| given_names || CASE WHEN surname_prefix = '' THEN '' ELSE ' ' || surname_prefix END)) STORED",
    "ALTER TABLE detention ADD COLUMN search_text text GENERATED ALWAYS AS (terugkeer_fold(prison)) STORED",
    "CREATE INDEX ix_client_search ON client USING gin (search_text gin_trgm_ops)",
    "CREATE INDEX ix_detention_prison_search ON detention USING gin (search_text gin_trgm_ops)",
    "CREATE INDEX ix_client_name_order ON client (sort_name)",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for index in ("ix_client_name_order", "ix_detention_prison_search", "ix_client_search"):
        op.execute(f"DROP INDEX {index}")
    op.execute("ALTER TABLE detention DROP COLUMN search_text")
    op.execute("ALTER TABLE client DROP COLUMN sort_name, DROP COLUMN search_text")
    op.execute("DROP FUNCTION terugkeer_fold(text)")
