"""Schema revision 0002 (intake tables): workspaces made at 0001 are upgraded on unlock, after an encrypted backup,
and their existing cases take an intake."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.casework.cases import Changes
from app.casework.checklist import load_catalogue
from app.casework.intake import DomainStatus, Moment, open_intake, save_answer, save_assessment
from app.workspace.folder import BACKUP_FOLDER, database_path, unlock
from app.workspace.session import OpenWorkspace
from db import migrate
from db.engine import connect_raw, open_engine
from db.models import Base

from .helpers import CANARY_BSN, CANARY_SURNAME, file_contents

SAMPLE = Path(__file__).parents[1] / "data" / "workspace-v1"
SAMPLE_PASSPHRASE = "stored sample of version 1"
INTAKE_TABLES = {"checklist_template", "intake", "checklist_answer", "domain_assessment", "plan_domain", "plan",
                 "follow_up_action"}
SQLITE_HEADER = b"SQLite format 3\x00"
INTAKE_DAY = date(2026, 11, 24)


def _tables(connection: object) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()  # type: ignore[attr-defined]
    return {name for (name,) in rows}


def _backups(folder: Path) -> list[Path]:
    return sorted((folder / BACKUP_FOLDER).glob("*.db")) if (folder / BACKUP_FOLDER).is_dir() else []


def _assert_backup_of_0001(backup: Path, data_key: bytes) -> None:
    assert backup.name.endswith(f"-before-{migrate.head_revision()}.db")
    assert not backup.read_bytes().startswith(SQLITE_HEADER), "the backup is a plaintext SQLite file"
    connection = connect_raw(backup, data_key)  # encrypted under the workspace's own key
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert not _tables(connection) & INTAKE_TABLES
        assert connection.execute("SELECT count(*) FROM case_file").fetchone()[0] > 0
    finally:
        connection.close()


def _schema_drift(workspace: OpenWorkspace) -> list[object]:
    with workspace.unit_of_work() as uow:
        return compare_metadata(MigrationContext.configure(uow.session.connection()), Base.metadata)


def _case_ids(workspace: OpenWorkspace) -> dict[str, str]:
    with workspace.unit_of_work() as uow:
        return {row.id: row.status for row in uow.session.execute(text("SELECT id, status FROM case_file"))}


def test_the_stored_v1_sample_is_upgraded_with_a_backup_and_its_cases_take_an_intake(
    tmp_path: Path, lock_later: list[OpenWorkspace]
) -> None:
    folder = tmp_path / "workspace-v1"
    shutil.copytree(SAMPLE, folder)  # never touch the stored sample itself
    workspace = unlock(folder, SAMPLE_PASSPHRASE)
    lock_later.append(workspace)
    [backup] = _backups(folder)
    _assert_backup_of_0001(backup, workspace.data_key)
    with workspace.unit_of_work() as uow:
        assert migrate.current_revision(uow.session.connection()) == migrate.head_revision()
    assert _schema_drift(workspace) == []  # the migration makes exactly what the models describe

    statuses = _case_ids(workspace)
    assert sorted(statuses.values()) == ["melding", "nazorg", "nazorg"]
    template = load_catalogue().active()
    for case_id in statuses:
        intake = open_intake(workspace, case_id, template, today=INTAKE_DAY)
        assert intake.template.version == 1
        save_answer(workspace, case_id, "valid_id_present", "yes")
        save_assessment(workspace, case_id, "housing", Moment.INTAKE, status=DomainStatus.NEED)
    after = _case_ids(workspace)
    assert after == {case_id: ("intake" if status == "melding" else status) for case_id, status in statuses.items()}

    workspace.lock()
    again = unlock(folder, SAMPLE_PASSPHRASE)  # at head now: no second upgrade, no second backup
    lock_later.append(again)
    assert _backups(folder) == [backup]
    for case_id in statuses:
        intake = open_intake(again, case_id, template)
        assert intake.answers == {"valid_id_present": "yes"}
        assert intake.assessment("housing").status is DomainStatus.NEED


def test_a_workspace_downgraded_to_0001_is_upgraded_on_unlock(
    workspace: OpenWorkspace, kanariepiet: Changes, passphrase: str, lock_later: list[OpenWorkspace]
) -> None:
    folder, key = workspace.folder, workspace.data_key
    workspace.lock()
    engine = open_engine(database_path(folder), key)
    try:
        with engine.begin() as connection:
            config = migrate.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0001")  # the migration's own downgrade: drops the intake tables
    finally:
        engine.dispose()
    connection = connect_raw(database_path(folder), key)
    try:
        assert not _tables(connection) & INTAKE_TABLES
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    finally:
        connection.close()

    reopened = unlock(folder, passphrase)
    lock_later.append(reopened)
    [backup] = _backups(folder)
    _assert_backup_of_0001(backup, key)
    assert _schema_drift(reopened) == []
    case_id = kanariepiet.case_ids[0]
    intake = open_intake(reopened, case_id, load_catalogue().active(), today=INTAKE_DAY)
    assert intake.case_id == case_id
    save_answer(reopened, case_id, "debt_amount", "250,00")
    reopened.lock()
    for path, content in file_contents(folder).items():  # the backup included: nothing readable
        assert not content.startswith(SQLITE_HEADER), path.name
        for secret in (CANARY_SURNAME.encode(), CANARY_BSN.encode()):
            assert secret not in content, f"{path.name} contains {secret!r}"
