"""A real, throwaway PostgreSQL server for the tests: `initdb` and `pg_ctl` in a temporary folder, listening on a
Unix socket in that folder only (no TCP port), as an unprivileged user.

When the tests run as root (CI), the server runs as the `postgres` user that Debian's package makes; otherwise as
the user running the tests. Where PostgreSQL is not installed the tests that need it are skipped with the apt
command that installs it (`missing_reason`).
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from app.permissions import Role
from app.workspace.accounts import add_account
from app.workspace.server import ServerWorkspace, connect

INSTALL_HINT = "PostgreSQL is not installed: run `sudo apt-get install -y postgresql` (Debian/Ubuntu)"
MINIMUM_MAJOR = 15
SUPERUSER = "terugkeer_admin"


def server_binaries() -> Path | None:
    """The bin folder of the newest installed PostgreSQL of at least version 15."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parent.parent.name)
                        if p.parent.parent.name.isdigit() else 0)
    for pg_ctl in reversed(candidates):
        if pg_ctl.parent.parent.name.isdigit() and int(pg_ctl.parent.parent.name) >= MINIMUM_MAJOR:
            return pg_ctl.parent
    found = shutil.which("pg_ctl")
    return Path(found).resolve().parent if found else None


def _run_as() -> str | None:
    """The user the server runs as: None (ourselves) unless we are root, then `postgres`."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return ""
    return "postgres"


def missing_reason() -> str | None:
    """Why no test server can be started here, or None."""
    if server_binaries() is None:
        return INSTALL_HINT
    if _run_as() == "":
        return "running as root without a `postgres` user: PostgreSQL refuses to run as root"
    return None


class PostgresCluster:
    """One server in its own folder; `start()` once, `stop()` at the end."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="terugkeer-pg-"))
        self.data = self.folder / "data"
        self.password = secrets.token_urlsafe(24)
        self._user = _run_as()
        bin_folder = server_binaries()
        assert bin_folder is not None, INSTALL_HINT
        self._bin = bin_folder

    def _command(self, *args: str) -> list[str]:
        return (["runuser", "-u", self._user, "--"] if self._user else []) + list(args)

    def start(self) -> None:
        if self._user:
            self.folder.chmod(0o700)
            shutil.chown(self.folder, self._user)
        password_file = self.folder / "superuser-password"
        password_file.write_text(self.password, encoding="utf-8")
        if self._user:
            shutil.chown(password_file, self._user)
        subprocess.run(self._command(str(self._bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER,
                                     "--auth=scram-sha-256", f"--pwfile={password_file}", "-E", "UTF8",
                                     "--locale=C.UTF-8"), check=True, capture_output=True)
        password_file.unlink()
        options = (f"-k {self.folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off -c max_connections=200")
        subprocess.run(self._command(str(self._bin / "pg_ctl"), "-D", str(self.data), "-l",
                                     str(self.folder / "server.log"), "-w", "-o", options, "start"),
                       check=True, capture_output=True)

    def stop(self) -> None:
        subprocess.run(self._command(str(self._bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"),
                       capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str, user: str = SUPERUSER, password: str | None = None) -> str:
        """A SQLAlchemy URL over the Unix socket."""
        secret = self.password if password is None and user == SUPERUSER else password
        credentials = quote(user, safe="") + (f":{quote(secret, safe='')}" if secret else "")
        return f"postgresql+psycopg://{credentials}@/{database}?host={quote(str(self.folder), safe='')}"

    def psql(self, database: str, user: str, password: str, sql: str) -> subprocess.CompletedProcess[str]:
        """Run `sql` through the real psql client as `user`, the way a person with their own password could."""
        environment = {**os.environ, "PGPASSWORD": password, "PGHOST": str(self.folder)}
        return subprocess.run(["psql", "-X", "-v", "ON_ERROR_STOP=1", "-d", database, "-U", user, "-c", sql],
                              capture_output=True, text=True, env=environment)


OWNER = "terugkeer_owner"  # owns the test databases, as IT's database owner would: no superuser, may create roles
OWNER_PASSWORD = "owner password of the test databases"


def create_owner(cluster: PostgresCluster) -> None:
    result = cluster.psql("postgres", SUPERUSER, cluster.password,
                          f"CREATE ROLE {OWNER} LOGIN CREATEROLE PASSWORD '{OWNER_PASSWORD}'")
    assert result.returncode == 0, result.stderr


def create_database(cluster: PostgresCluster, name: str) -> None:
    result = cluster.psql("postgres", SUPERUSER, cluster.password, f"CREATE DATABASE {name} OWNER {OWNER}")
    assert result.returncode == 0, result.stderr


def drop_database(cluster: PostgresCluster, name: str) -> None:
    cluster.psql("postgres", SUPERUSER, cluster.password, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@dataclass
class ServerDatabase:
    """One fresh database on the test server, set up as IT does (`init_server` as its owner)."""

    cluster: PostgresCluster
    name: str
    office_key: Path

    def url(self, login: str = OWNER) -> str:
        return self.cluster.url(self.name, login, OWNER_PASSWORD if login == OWNER else None)

    def as_owner(self) -> ServerWorkspace:
        return connect(self.url(), password=OWNER_PASSWORD, office_key=self.office_key)

    def add_account(self, login: str, display_name: str, roles: frozenset[Role], password: str) -> None:
        owner = self.as_owner()
        try:
            add_account(owner, login, display_name, roles, password)
        finally:
            owner.lock()

    def connect(self, login: str, password: str) -> ServerWorkspace:
        return connect(self.url(login), password=password, office_key=self.office_key)
