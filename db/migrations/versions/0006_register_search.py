"""The register's search on the server: a folding SQL function over `unaccent`, the folded texts of clients and PIs in
generated columns and a case's search text and sort name kept by triggers, a trigram index and an index for the order
by name
(db.migrate.REGISTER_SEARCH, as it stood then). Nothing changes on SQLite.

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
    "|| surname_prefix || ' ' || surname)) STORED",
    "ALTER TABLE client ADD COLUMN sort_name text GENERATED ALWAYS AS (terugkeer_fold(surname || ', ' "
    "|| given_names || CASE WHEN surname_prefix = '' THEN '' ELSE ' ' || surname_prefix END)) STORED",
    "ALTER TABLE detention ADD COLUMN search_text text GENERATED ALWAYS AS (terugkeer_fold(prison)) STORED",
    "ALTER TABLE case_file ADD COLUMN search_text text, ADD COLUMN sort_name text",
    "CREATE FUNCTION terugkeer_case_search_text() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public AS $$ BEGIN SELECT c.search_text || ' ' || d.search_text, c.sort_name "
    "INTO NEW.search_text, NEW.sort_name FROM client c, detention d "
    "WHERE c.id = NEW.client_id AND d.id = NEW.detention_id; RETURN NEW; END $$",
    "CREATE TRIGGER case_file_search_text BEFORE INSERT OR UPDATE OF client_id, detention_id ON case_file "
    "FOR EACH ROW EXECUTE FUNCTION terugkeer_case_search_text()",
    "CREATE FUNCTION terugkeer_client_cases_search_text() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public AS $$ BEGIN UPDATE case_file SET search_text = c.search_text || ' ' || "
    "d.search_text, sort_name = c.sort_name FROM changed c, detention d WHERE case_file.client_id = c.id "
    "AND d.id = case_file.detention_id AND (case_file.search_text, case_file.sort_name) IS DISTINCT FROM "
    "(c.search_text || ' ' || d.search_text, c.sort_name); RETURN NULL; END $$",
    "CREATE FUNCTION terugkeer_detention_cases_search_text() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public AS $$ BEGIN UPDATE case_file SET search_text = c.search_text || ' ' || "
    "d.search_text, sort_name = c.sort_name FROM client c, changed d WHERE case_file.detention_id = d.id "
    "AND c.id = case_file.client_id AND (case_file.search_text, case_file.sort_name) IS DISTINCT FROM "
    "(c.search_text || ' ' || d.search_text, c.sort_name); RETURN NULL; END $$",
    *(f"CREATE TRIGGER {table}_{event.lower()}_search_text AFTER {event} ON {table} REFERENCING NEW TABLE AS "
      f"changed FOR EACH STATEMENT EXECUTE FUNCTION terugkeer_{table}_cases_search_text()"
      for table in ("client", "detention") for event in ("INSERT", "UPDATE")),
    "CREATE INDEX ix_case_file_search ON case_file USING gin (search_text gin_trgm_ops)",
    "CREATE INDEX ix_case_file_name_order ON case_file (sort_name, id)",
    # Read whole without the wide rows (an index-only scan) by a search no trigram serves: one or two letters.
    "CREATE INDEX ix_case_file_search_scan ON case_file (search_text) INCLUDE (sort_name, id)",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in ("client", "detention"):
        for event in ("insert", "update"):
            op.execute(f"DROP TRIGGER {table}_{event}_search_text ON {table}")
        op.execute(f"DROP FUNCTION terugkeer_{table}_cases_search_text()")
    op.execute("DROP TRIGGER case_file_search_text ON case_file")
    op.execute("DROP FUNCTION terugkeer_case_search_text()")
    op.execute("ALTER TABLE case_file DROP COLUMN search_text, DROP COLUMN sort_name")  # their indexes go with them
    op.execute("ALTER TABLE detention DROP COLUMN search_text")
    op.execute("ALTER TABLE client DROP COLUMN sort_name, DROP COLUMN search_text")
    op.execute("DROP FUNCTION terugkeer_fold(text)")
