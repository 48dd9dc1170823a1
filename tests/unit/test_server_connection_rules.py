"""A connection to the municipality's server that leaves the machine needs TLS with a verified certificate; on the
same machine (Unix socket, localhost) it does not. Checked before anything is sent."""

from __future__ import annotations

import pytest
from psycopg.conninfo import conninfo_to_dict

from app.workspace.server import url_with_login
from db.server.engine import InsecureConnectionError, check_url, sqlalchemy_url


@pytest.mark.parametrize("url", [
    "postgresql://jdevries@db.gemeente.nl/terugkeer?sslmode=verify-full",
    "postgresql://jdevries@db.gemeente.nl/terugkeer?sslmode=verify-ca",
    "postgresql://jdevries@/terugkeer?host=/var/run/postgresql",
    "postgresql://jdevries@localhost/terugkeer",
    "postgresql://jdevries@127.0.0.1:5433/terugkeer?sslmode=disable",
    "host=/var/run/postgresql dbname=terugkeer",
])
def test_verified_or_local_connections_are_allowed(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PGHOST", "PGSSLMODE", "PGSERVICE"):
        monkeypatch.delenv(name, raising=False)
    check_url(url)


@pytest.mark.parametrize("url", [
    "postgresql://jdevries@db.gemeente.nl/terugkeer",
    "postgresql://jdevries@db.gemeente.nl/terugkeer?sslmode=require",
    "postgresql://jdevries@10.1.2.3/terugkeer?sslmode=prefer",
    "host=db.gemeente.nl dbname=terugkeer sslmode=require",
])
def test_a_connection_off_the_machine_without_certificate_check_is_refused(url: str,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PGHOST", "PGSSLMODE", "PGSERVICE"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(InsecureConnectionError) as caught:
        check_url(url)
    assert caught.value.host.startswith(("db.gemeente.nl", "10.1.2.3"))


def test_the_environment_counts_as_libpq_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGSERVICE", raising=False)
    monkeypatch.setenv("PGHOST", "db.gemeente.nl")
    monkeypatch.setenv("PGSSLMODE", "require")
    with pytest.raises(InsecureConnectionError):
        check_url("postgresql:///terugkeer")
    monkeypatch.setenv("PGSSLMODE", "verify-full")
    check_url("postgresql:///terugkeer")


def test_urls_become_the_psycopg_dialect() -> None:
    assert sqlalchemy_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert sqlalchemy_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert sqlalchemy_url("service=terugkeer") == "postgresql+psycopg://?service=terugkeer"
    with pytest.raises(ValueError):
        sqlalchemy_url("mysql://u@h/db")


@pytest.mark.parametrize(("url", "expected"), [
    ("postgresql://db.gemeente.nl/terugkeer?sslmode=verify-full",
     {"host": "db.gemeente.nl", "dbname": "terugkeer", "sslmode": "verify-full", "user": "jdevries"}),
    ("postgresql+psycopg://iemand@/terugkeer?host=%2Fvar%2Frun%2Fpostgresql",
     {"host": "/var/run/postgresql", "dbname": "terugkeer", "user": "jdevries"}),
    ("service=terugkeer", {"service": "terugkeer", "user": "jdevries"}),
])
def test_the_login_typed_on_the_login_screen_replaces_the_addresses_user(url: str, expected: dict[str, str]) -> None:
    with_login = url_with_login(url, "jdevries")
    assert conninfo_to_dict(with_login) == expected
    check_url(with_login)  # still a URL the engine takes, with the same rule about TLS
