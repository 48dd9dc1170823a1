"""Schema versions under Alembic: where the database stands and bringing it to head.

Opening a workspace only compares its version with this one's (`REVISIONS`, kept equal to the migration scripts by
tests/unit/test_schema_revisions.py), so Alembic itself loads only when a database is made or upgraded.
"""

from __future__ import annotations

from importlib.resources import files
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, insert, inspect, text

from db.models import Base, SyncCounter

if TYPE_CHECKING:
    from alembic.config import Config

REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009",
             "0010")  # oldest first; the last is head


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files("db") / "migrations"))
    return config


def head_revision() -> str:
    return REVISIONS[-1]


def known_revisions() -> set[str]:
    return set(REVISIONS)


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at; None for a database without one (new, or not Terugkeer's)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()


# The audit log is append-only: the database itself refuses edits and deletions (migrations 0001 and 0005 made the
# same, as they stood then).
APPEND_ONLY_AUDIT = {
    "sqlite": (
        "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
        "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
    ),
    "postgresql": (
        "CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$",
        "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()",
    ),
}


# The register's search and order fold case and diacritics (app.folding). On the server: the SQL function
# `terugkeer_fold` over `unaccent`; the folded texts of a client and of a PI in generated columns, and a case's
# search text (its client's and its PI's) and sort name kept in its own row by triggers, all outside the models (no
# one writes them); a trigram index for search as you type and an index for the order by name
# (db.repositories.register). With both in the case's row the server either walks the cases in name order until a
# page is full (a search that finds many) or looks the few up in the trigram index and orders them. On SQLite the
# function is Python's (db.engine registers it on every connection) and the register reads its rows into memory.
REGISTER_SEARCH = {
    "sqlite": (),
    "postgresql": (
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
        # The order by name, with the search text and status: a search no trigram serves (one or two letters), and
        # a next page by name, is walked in name order through this index alone (an index-only scan), never
        # through the cases' wide rows (db.repositories.register.walks_alone).
        "CREATE INDEX ix_case_file_name_walk ON case_file (sort_name, id) INCLUDE (search_text, status)",
        # A BSN by its last three digits (the register shows and finds no more of it).
        "CREATE INDEX ix_client_bsn_end ON client (substr(bsn, 7))",
    ),
}


def make_foreign_keys_deferrable(connection: Connection) -> None:
    """On PostgreSQL, let the unit of work defer every foreign key to the commit (a bundle brings parents and
    children, an erasure removes both, in one go); SQLite defers them on request without this."""
    if connection.dialect.name != "postgresql":
        return
    inspector = inspect(connection)
    for table in inspector.get_table_names():
        for key in inspector.get_foreign_keys(table):
            connection.execute(text(f'ALTER TABLE {table} ALTER CONSTRAINT "{key["name"]}" '
                                    "DEFERRABLE INITIALLY IMMEDIATE"))


def create_schema(engine: Engine) -> None:
    """A new, empty database straight at head: the tables as the models describe them, the append-only audit
    triggers and the change counter's row, stamped with the head revision. The same database `upgrade_to_head`
    makes from nothing (tests/integration/test_migrations.py compares them), in a fraction of the time."""
    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        for statement in (*APPEND_ONLY_AUDIT[connection.dialect.name], *REGISTER_SEARCH[connection.dialect.name]):
            connection.execute(text(statement))
        connection.execute(insert(SyncCounter).values(id=1, change_seq=1))
        make_foreign_keys_deferrable(connection)
        from alembic import command

        config = alembic_config()
        config.attributes["connection"] = connection
        command.stamp(config, "head")


def upgrade_to_head(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
