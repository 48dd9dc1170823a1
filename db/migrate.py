"""Schema versions under Alembic: where the database stands and bringing it to head."""

from __future__ import annotations

from importlib.resources import files

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, insert, text

from db.models import Base, SyncCounter


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("db") / "migrations"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


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


def create_schema(engine: Engine) -> None:
    """A new, empty database straight at head: the tables as the models describe them, the append-only audit
    triggers and the change counter's row, stamped with the head revision. The same database `upgrade_to_head`
    makes from nothing (tests/integration/test_migrations.py compares them), in a fraction of the time."""
    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        for statement in APPEND_ONLY_AUDIT[connection.dialect.name]:
            connection.execute(text(statement))
        connection.execute(insert(SyncCounter).values(id=1, change_seq=1))
        config = _config()
        config.attributes["connection"] = connection
        command.stamp(config, "head")


def upgrade_to_head(engine: Engine) -> None:
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
