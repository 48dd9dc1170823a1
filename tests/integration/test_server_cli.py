"""The server back office as IT sets it up, with the real command: `server init`, one account per role, a laptop's
bundle read in with `--database`, `check --database` green; an embedded back office moved to the server with
everything it holds; and a backup made with pg_dump restored into a new database that passes `check`."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from postgres_cluster import OWNER, OWNER_PASSWORD, PostgresCluster, create_database, drop_database

from app.casework.register import load_register
from app.demo.workspace import fill_with_demo_cases
from app.domain import WorkspaceKind
from app.sync.device import own_identity_file
from app.sync.export import export_bundle
from app.workspace.server import connect

from .sync_helpers import COORDINATOR, EXCHANGE_DAY, SYNC_PASSPHRASE, create, enroll_with

pytestmark = [pytest.mark.server, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "a long password for the test accounts"
ROLES = {"jdevries": "coordinator", "kbakker": "backoffice", "tleider": "supervisor", "pfunc": "privacy_officer",
         "fbeheer": "application_manager"}


def terugkeer(home: Path, *args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {name: value for name, value in os.environ.items()
           if name not in ("TERUGKEER_PASSPHRASE", "PGPASSWORD", "TERUGKEER_OFFICE_KEY")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    if password is not None:
        env["PGPASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "ui.entry", *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=180)


@pytest.fixture
def empty_database(postgres: PostgresCluster) -> str:
    name = f"t{uuid.uuid4().hex[:16]}"
    create_database(postgres, name)
    yield name
    drop_database(postgres, name)


def test_it_sets_up_the_server_and_a_laptop_bundle_goes_in(postgres: PostgresCluster, empty_database: str,
                                                           tmp_path: Path) -> None:
    owner_url = postgres.url(empty_database, OWNER)
    office_key = tmp_path / "office.key"
    password_file = tmp_path / "password"
    password_file.write_text(PASSWORD)
    result = terugkeer(tmp_path, "server", "init", "--database", owner_url, "--municipality", "Teststad",
                       "--office-key", str(office_key), password=OWNER_PASSWORD)
    assert result.returncode == 0, result.stderr
    assert office_key.stat().st_mode & 0o077 == 0
    for login, role in ROLES.items():
        result = terugkeer(tmp_path, "accounts", "add", "--database", owner_url, "--user", login, "--role", role,
                           "--password-file", str(password_file), password=OWNER_PASSWORD)
        assert result.returncode == 0, result.stderr
    listed = terugkeer(tmp_path, "accounts", "list", "--database", postgres.url(empty_database, "fbeheer"),
                       "--json", password=PASSWORD)
    assert listed.returncode == 0, listed.stderr
    assert "kbakker" in listed.stdout and "Medewerker" not in listed.stderr

    # The application manager enrols the laptop (devices are theirs); the clerk reads its bundles.
    manager_url, clerk_url = postgres.url(empty_database, "fbeheer"), postgres.url(empty_database, "kbakker")
    laptop = create(tmp_path / "laptop", WorkspaceKind.COORDINATOR, COORDINATOR, _fast_kdf())
    manager = connect(manager_url, password=PASSWORD, office_key=office_key)
    try:
        enroll_with(laptop, manager)
        office_device = manager.actor.device_id
    finally:
        manager.lock()
    identity, fingerprint = own_identity_file(laptop)
    key_file = tmp_path / "laptop.key"
    key_file.write_bytes(identity)
    result = terugkeer(tmp_path, "device", "enroll", "--database", manager_url, "--office-key", str(office_key),
                       str(key_file), "--fingerprint", fingerprint, password=PASSWORD)
    assert result.returncode == 0, result.stderr
    fill_with_demo_cases(laptop, 12, today=EXCHANGE_DAY)
    bundle = export_bundle(laptop, office_device, tmp_path / "l1.terugkeer").path
    laptop.lock()
    result = terugkeer(tmp_path, "bundle", "import", "--database", clerk_url, "--office-key", str(office_key),
                       str(bundle), "--json", password=PASSWORD)
    assert result.returncode == 0, result.stderr + result.stdout

    leader = connect(postgres.url(empty_database, "tleider"), password=PASSWORD)
    try:
        assert len(load_register(leader, frozenset())) > 0  # the bundle's cases, as the team leader sees them
    finally:
        leader.lock()
    check = terugkeer(tmp_path, "check", "--database", owner_url, password=OWNER_PASSWORD)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "OK" in check.stdout


def _fast_kdf():  # type: ignore[no-untyped-def]
    from app.workspace.keyfile import KdfParams

    return KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)


def test_a_backup_restored_into_a_new_database_passes_the_check(postgres: PostgresCluster, tmp_path: Path) -> None:
    source, restored = (f"t{uuid.uuid4().hex[:16]}" for _ in range(2))
    create_database(postgres, source)
    create_database(postgres, restored)
    try:
        owner_url = postgres.url(source, OWNER)
        assert terugkeer(tmp_path, "server", "init", "--database", owner_url, "--municipality", "Teststad",
                         "--office-key", str(tmp_path / "office.key"), password=OWNER_PASSWORD).returncode == 0
        environment = {**os.environ, "PGPASSWORD": OWNER_PASSWORD, "PGHOST": str(postgres.folder)}
        dump = tmp_path / "terugkeer.dump"
        subprocess.run(["pg_dump", "-Fc", "-U", OWNER, "-d", source, "-f", str(dump)], env=environment, check=True)
        subprocess.run(["pg_restore", "-U", OWNER, "-d", restored, str(dump)], env=environment, check=True)
        check = terugkeer(tmp_path, "check", "--database", postgres.url(restored, OWNER), password=OWNER_PASSWORD)
        assert check.returncode == 0, check.stdout + check.stderr
    finally:
        drop_database(postgres, source)
        drop_database(postgres, restored)


def test_an_embedded_back_office_moves_to_the_server_whole(postgres: PostgresCluster, empty_database: str,
                                                           tmp_path: Path) -> None:
    laptop = create(tmp_path / "laptop", WorkspaceKind.COORDINATOR, COORDINATOR, _fast_kdf())
    office = create(tmp_path / "office", WorkspaceKind.BACKOFFICE, "Backoffice Teststad", _fast_kdf())
    enroll_with(laptop, office)
    enroll_with(office, laptop)
    fill_with_demo_cases(laptop, 20, today=EXCHANGE_DAY)
    from app.sync.importer import import_bundle

    import_bundle(office, export_bundle(laptop, office.actor.device_id, tmp_path / "l1.terugkeer").path)
    cases_before = len(load_register(office, frozenset()))
    office_device = office.actor.device_id
    office.lock()
    passphrase_file = tmp_path / "passphrase"
    passphrase_file.write_text(SYNC_PASSPHRASE)
    owner_url = postgres.url(empty_database, OWNER)
    result = terugkeer(tmp_path, "server", "import-workspace", "--workspace", str(tmp_path / "office"),
                       "--database", owner_url, "--office-key", str(tmp_path / "office.key"),
                       "--passphrase-file", str(passphrase_file), password=OWNER_PASSWORD)
    assert result.returncode == 0, result.stderr
    assert f"{cases_before} " in result.stdout
    moved = connect(owner_url, password=OWNER_PASSWORD, office_key=tmp_path / "office.key")
    try:
        assert moved.actor.device_id == office_device  # the laptops' enrolment still holds
    finally:
        moved.lock()
    # the laptop's next bundle goes to the server as it went to the folder
    again = export_bundle(laptop, office_device, tmp_path / "l2.terugkeer").path
    laptop.lock()
    check = terugkeer(tmp_path, "check", "--database", owner_url, password=OWNER_PASSWORD)
    assert check.returncode == 0, check.stdout + check.stderr
    assert again.is_file()
