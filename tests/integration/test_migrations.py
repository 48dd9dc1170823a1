"""Schema versions: a new workspace is at head; a database from a newer version is refused untouched."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from postgres_cluster import PostgresCluster, create_database, drop_database
from sqlalchemy import Connection, Engine, create_engine, inspect, text

from app.errors import NewerVersionError
from app.workspace.folder import BACKUP_FOLDER, THROTTLE_NAME, database_path, unlock, unlock_with_key
from app.workspace.session import OpenWorkspace
from db import migrate
from db.engine import connect_raw, open_engine

from .helpers import file_contents


def test_fresh_workspace_is_at_head(workspace: OpenWorkspace) -> None:
    engine = open_engine(database_path(workspace.folder), workspace.data_key)
    try:
        with engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
    finally:
        engine.dispose()


def test_head_is_a_known_revision() -> None:
    assert migrate.head_revision() in migrate.known_revisions()
    assert "ffff" not in migrate.known_revisions()


def _from_the_future(workspace: OpenWorkspace) -> tuple[Path, bytes]:
    key = workspace.data_key
    workspace.lock()
    connection = connect_raw(database_path(workspace.folder), key)
    try:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    finally:
        connection.close()
    return workspace.folder, key


def test_database_from_a_newer_version_is_refused_and_left_unchanged(
    workspace: OpenWorkspace, passphrase: str
) -> None:
    folder, _key = _from_the_future(workspace)
    before = file_contents(folder)
    with pytest.raises(NewerVersionError) as caught:
        unlock(folder, passphrase)
    assert caught.value.code == "database_newer"
    assert caught.value.params == {"revision": "ffff"}
    assert file_contents(folder) == before  # no migration, no backup, no audit entry, no counted failure
    assert not (folder / BACKUP_FOLDER).exists()
    assert not (folder / THROTTLE_NAME).exists()


def test_quick_unlock_of_a_newer_database_is_refused_too(workspace: OpenWorkspace) -> None:
    folder, key = _from_the_future(workspace)
    before = file_contents(folder)
    with pytest.raises(NewerVersionError):
        unlock_with_key(folder, key)
    assert file_contents(folder) == before


def _schema(connection: Connection) -> dict[str, object]:
    """Everything a schema holds that the app relies on, as plain data to compare."""
    inspector = inspect(connection)
    tables = {}
    for table in sorted(name for name in inspector.get_table_names()):
        tables[table] = {
            "columns": sorted((column["name"], str(column["type"]), column["nullable"])
                              for column in inspector.get_columns(table)),
            "primary_key": sorted(inspector.get_pk_constraint(table)["constrained_columns"]),
            "indexes": sorted((tuple(str(part) for part in index.get("expressions") or index["column_names"]),
                               bool(index["unique"])) for index in inspector.get_indexes(table)),
            "unique": sorted(tuple(unique["column_names"]) for unique in inspector.get_unique_constraints(table)),
            "foreign_keys": sorted((tuple(key["constrained_columns"]), key["referred_table"])
                                   for key in inspector.get_foreign_keys(table)),
        }
    trigger_sql = ("SELECT name FROM sqlite_master WHERE type = 'trigger'" if connection.dialect.name == "sqlite"
                   else "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
    return {"tables": tables, "triggers": sorted(connection.execute(text(trigger_sql)).scalars()),
            "counter": connection.execute(text("SELECT id, change_seq FROM sync_counter")).all(),
            "revision": migrate.current_revision(connection)}


def _compare_fresh_and_migrated(fresh: Engine, migrated: Engine) -> None:
    migrate.create_schema(fresh)
    migrate.upgrade_to_head(migrated)
    with fresh.connect() as one, migrated.connect() as other:
        made, upgraded = _schema(one), _schema(other)
    assert made == upgraded
    assert made["revision"] == migrate.head_revision()
    assert "audit_entry" in made["tables"] and made["triggers"]  # the comparison saw something


def test_a_new_workspace_made_from_the_models_equals_one_migrated_from_nothing(tmp_path: Path) -> None:
    engines = []
    for name in ("fresh.db", "migrated.db"):
        (tmp_path / name).touch()
        engines.append(open_engine(tmp_path / name, b"k" * 32))
    try:
        _compare_fresh_and_migrated(*engines)
    finally:
        for engine in engines:
            engine.dispose()


@pytest.mark.server
def test_a_new_server_database_made_from_the_models_equals_one_migrated_from_nothing(
        postgres: PostgresCluster) -> None:
    names = [f"t{uuid.uuid4().hex[:16]}" for _ in range(2)]
    engines = []
    for name in names:
        create_database(postgres, name)
        engines.append(create_engine(postgres.url(name)))
    try:
        _compare_fresh_and_migrated(*engines)
    finally:
        for engine, name in zip(engines, names, strict=True):
            engine.dispose()
            drop_database(postgres, name)


def _consent_before_the_matrix_gets_the_cross_product(engine: Engine) -> None:
    """Migration 0009 on a database with a consent of before it (foreign keys not checked while the row is put in,
    so the test needs no client or case)."""
    from alembic import command

    with engine.begin() as connection:
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")
    with engine.connect() as connection:
        columns = {column["name"] for column in inspect(connection).get_columns("consent_record")}
    row = {"id": "c1", "created_at": "2024-01-01 00:00:00", "updated_at": "2024-01-01 00:00:00",
           "changed_by_device": "d", "version": 1, "case_id": "case", "given_on": "2024-01-01",
           "how_given": "paper", "witness": "", "purposes": "aftercare", "categories": "identity,housing",
           "recipients": "social_team,uwv", "change_seq": 1}
    row = {name: value for name, value in row.items() if name in columns}
    marker = "?" if engine.dialect.name == "sqlite" else "%s"
    raw = engine.raw_connection()  # the driver's own connection: SQLite takes the pragma outside a transaction
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA foreign_keys = OFF" if engine.dialect.name == "sqlite"
                       else "SET session_replication_role = replica")
        cursor.execute(f"INSERT INTO consent_record ({', '.join(row)}) VALUES ({', '.join([marker] * len(row))})",
                       tuple(row.values()))
        raw.commit()
    finally:
        raw.close()
    migrate.upgrade_to_head(engine)
    with engine.connect() as connection:
        grants = connection.execute(text("SELECT grants FROM consent_record WHERE id = 'c1'")).scalar_one()
    assert grants == "social_team:identity|housing;uwv:identity|housing"


def test_a_consent_before_the_matrix_becomes_its_full_cross_product(tmp_path: Path) -> None:
    (tmp_path / "old.db").touch()
    engine = open_engine(tmp_path / "old.db", b"k" * 32)
    try:
        _consent_before_the_matrix_gets_the_cross_product(engine)
    finally:
        engine.dispose()


@pytest.mark.server
def test_a_server_consent_before_the_matrix_becomes_its_full_cross_product(postgres: PostgresCluster) -> None:
    name = f"t{uuid.uuid4().hex[:16]}"
    create_database(postgres, name)
    engine = create_engine(postgres.url(name))
    try:
        _consent_before_the_matrix_gets_the_cross_product(engine)
    finally:
        engine.dispose()
        drop_database(postgres, name)
