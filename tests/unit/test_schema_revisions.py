"""The schema revisions the app compares with at every unlock are exactly the migration scripts, in order."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from db import migrate


def test_the_revisions_are_the_migration_scripts_in_order() -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert scripts.get_current_head() == migrate.head_revision()
    in_order = [script.revision for script in reversed(list(scripts.walk_revisions()))]
    assert tuple(in_order) == migrate.REVISIONS
