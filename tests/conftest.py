"""Fixtures shared by every test folder (unit, integration, ui).

Tests never touch the machine's keyring and never pay for the real, machine-tuned KDF unless they say so.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from postgres_cluster import (
    OWNER_PASSWORD,
    PostgresCluster,
    ServerDatabase,
    create_database,
    create_owner,
    drop_database,
    missing_reason,
)
from sqlalchemy import text

from app.domain import WorkspaceKind
from app.permissions import Role
from app.workspace.folder import EmbeddedWorkspace, create_workspace
from app.workspace.keyfile import KdfParams, load_keyfile
from app.workspace.layout import DATABASE_NAME, KEYFILE_NAME, database_path, keyfile_path
from app.workspace.server import init_server
from app.workspace.session import OpenWorkspace
from db.engine import open_engine

WORKSPACE_PASSPHRASE = "correct horse battery staple"


class FakeKeyring(KeyringBackend):
    """An in-memory keyring: quick unlock is tested without the OS keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise PasswordDeleteError(username) from None


@pytest.fixture(autouse=True)
def fake_keyring(monkeypatch: pytest.MonkeyPatch) -> FakeKeyring:
    """Every test runs against a fresh in-memory keyring; the previous backend comes back afterwards.

    The previous backend is saved through monkeypatch (not `keyring.get_keyring()`), so that no real backend is
    ever detected or initialised on this machine.
    """
    monkeypatch.setattr(keyring.core, "_keyring_backend", None, raising=False)
    backend = FakeKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def fast_kdf() -> KdfParams:
    """A deliberately weak KDF so that creating and unlocking workspaces takes milliseconds."""
    return FAST_KDF


@pytest.fixture
def passphrase() -> str:
    """The passphrase of the `workspace` fixture."""
    return WORKSPACE_PASSPHRASE


FAST_KDF = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)


class WorkspaceTemplates:
    """Workspaces made once per test process with `create_workspace` and kept open; each test gets a copy of one, as
    it stands right after creation (the same files, opened with the same data key, no unlock in its audit log).
    Making a workspace costs about 0.1 s of SQLCipher DDL, which most of the suite's tests would pay otherwise.
    Copies share their workspace and device ids; a test that needs two devices makes the second one itself."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._made: dict[tuple[WorkspaceKind, str], EmbeddedWorkspace] = {}

    def copy(self, target: Path, kind: WorkspaceKind, user_name: str) -> EmbeddedWorkspace:
        template = self._made.get((kind, user_name))
        if template is None:
            template = create_workspace(self._folder / f"{kind.value}-{len(self._made)}", kind=kind,
                                        municipality="Teststad", user_name=user_name,
                                        passphrase=WORKSPACE_PASSPHRASE, kdf=FAST_KDF)
            self._made[(kind, user_name)] = template
        with template.unit_of_work() as uow:  # everything into the main file, so copying the file copies it all
            uow.session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        target.mkdir(mode=0o700)
        for name in (DATABASE_NAME, KEYFILE_NAME):
            shutil.copy2(template.folder / name, target / name)
        return EmbeddedWorkspace(target, load_keyfile(keyfile_path(target)), template.data_key,
                                 open_engine(database_path(target), template.data_key))

    def close(self) -> None:
        for template in self._made.values():
            template.lock()


@pytest.fixture(scope="session")
def workspace_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkspaceTemplates]:
    templates = WorkspaceTemplates(tmp_path_factory.mktemp("templates"))
    yield templates
    templates.close()


@pytest.fixture
def workspace(tmp_path: Path, workspace_templates: WorkspaceTemplates) -> Iterator[OpenWorkspace]:
    """A fresh, unlocked coordinator workspace in `tmp_path / "ws"`; locked on teardown if still open."""
    opened = workspace_templates.copy(tmp_path / "ws", WorkspaceKind.COORDINATOR, "Test Coördinator")
    yield opened
    if not opened.is_locked:
        opened.lock()


# --- the back office on both engines --------------------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """A throwaway PostgreSQL server for this test process (one per xdist worker); skipped where none is installed."""
    reason = missing_reason()
    if reason is not None:
        pytest.skip(reason)
    cluster = PostgresCluster()
    cluster.start()
    create_owner(cluster)
    yield cluster
    cluster.stop()


@pytest.fixture
def server(postgres: PostgresCluster, tmp_path: Path) -> Iterator[ServerDatabase]:
    name = f"t{uuid.uuid4().hex[:16]}"
    create_database(postgres, name)
    database = ServerDatabase(postgres, name, tmp_path / "office.key")
    init_server(database.url(), municipality="Teststad", office_key=database.office_key, password=OWNER_PASSWORD)
    yield database
    drop_database(postgres, name)


# The back office's one person of the embedded fixture, as an account on the server.
OFFICE_LOGIN = "backoffice.teststad"
OFFICE_ROLES = frozenset({Role.BACKOFFICE, Role.SUPERVISOR, Role.PRIVACY_OFFICER, Role.APPLICATION_MANAGER})


@pytest.fixture(params=["embedded", pytest.param("server", marks=pytest.mark.server)])
def engine_kind(request: pytest.FixtureRequest) -> str:
    """Where the back office keeps its data: an embedded workspace (SQLCipher) or the municipality's server
    (PostgreSQL). Back-office tests run on both."""
    return str(request.param)


@pytest.fixture
def office(engine_kind: str, request: pytest.FixtureRequest, tmp_path: Path, fast_kdf: KdfParams,
           passphrase: str) -> Iterator[OpenWorkspace]:
    """A fresh, unlocked back office (embedded in `tmp_path / "office"`, or on a fresh server database), opened by
    "Backoffice Teststad", who does all of its work; locked on teardown if still open."""
    if engine_kind == "server":
        server: ServerDatabase = request.getfixturevalue("server")
        server.add_account(OFFICE_LOGIN, "Backoffice Teststad", OFFICE_ROLES, passphrase)
        opened: OpenWorkspace = server.connect(OFFICE_LOGIN, passphrase)
    else:
        templates: WorkspaceTemplates = request.getfixturevalue("workspace_templates")
        opened = templates.copy(tmp_path / "office", WorkspaceKind.BACKOFFICE, "Backoffice Teststad")
    yield opened
    if not opened.is_locked:
        opened.lock()
