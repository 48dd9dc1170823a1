"""The SQLAlchemy engine on the municipality's PostgreSQL server (psycopg 3).

Connections follow libpq's own conventions: the URL (or `service=NAME` from a service file), PGPASSWORD,
~/.pgpass, PGSSLMODE, Kerberos/GSSAPI. A connection that leaves the machine must use TLS with the server's
certificate verified (`sslmode=verify-full` or `verify-ca`): that is checked on the URL and the environment before
anything is sent, and again on every connection made.
"""

from __future__ import annotations

import os
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

VERIFIED_SSL_MODES = frozenset({"verify-full", "verify-ca"})
LOCAL_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1"})


class InsecureConnectionError(Exception):
    """The connection would leave the machine without TLS and a verified server certificate."""

    def __init__(self, host: str, sslmode: str) -> None:
        super().__init__(host, sslmode)
        self.host, self.sslmode = host, sslmode


def sqlalchemy_url(url: str) -> str:
    """`postgresql://…`, `postgres://…` or `postgresql+psycopg://…` as the URL SQLAlchemy's psycopg dialect takes;
    a libpq keyword string (`service=terugkeer`, `host=… dbname=…`) is passed on as it is."""
    if "://" not in url:
        return "postgresql+psycopg://?" + "&".join(f"{key}={value}" for key, value in conninfo_to_dict(url).items())
    scheme, rest = url.split("://", 1)
    if scheme in ("postgresql", "postgres", "postgresql+psycopg"):
        return f"postgresql+psycopg://{rest}"
    raise ValueError(f"not a PostgreSQL URL: {scheme}://")


def _is_local(host: str) -> bool:
    return all(part.startswith("/") or part in LOCAL_HOSTS for part in host.split(","))


def check_url(url: str) -> None:
    """Refuse, before connecting, a URL whose host is another machine without a verified TLS connection."""
    parsed = make_url(sqlalchemy_url(url))
    query = {key: value if isinstance(value, str) else value[-1] for key, value in parsed.query.items()}
    if "service" in query or os.environ.get("PGSERVICE"):
        return  # the service file names host and sslmode; checked on the connection itself
    host = str(query.get("host") or parsed.host or os.environ.get("PGHOST", ""))
    sslmode = str(query.get("sslmode") or os.environ.get("PGSSLMODE", "prefer"))
    if not _is_local(host) and sslmode not in VERIFIED_SSL_MODES:
        raise InsecureConnectionError(host, sslmode)


def check_connection(connection: psycopg.Connection[Any]) -> None:
    """The same rule on an open connection, with what libpq actually used (service file included)."""
    options = {option.keyword.decode(): (option.val or b"").decode() for option in connection.pgconn.info}
    host = connection.info.host
    if not _is_local(host) and options.get("sslmode") not in VERIFIED_SSL_MODES:
        raise InsecureConnectionError(host, options.get("sslmode", ""))


def open_server_engine(url: str, password: str | None = None, pool_size: int = 3) -> Engine:
    """An engine on the server at `url`, as the login the URL or libpq's environment names. `password`, when
    given, goes to libpq directly (never into a URL that could be logged)."""
    check_url(url)
    # Every query planned for its own values: a search's pattern decides whether the server walks the names in order
    # or looks the few up in the trigram index, and a plan made once for any pattern chooses badly for most. No JIT:
    # compiling a query costs more than any query of this app takes.
    connect_args: dict[str, Any] = {"application_name": "terugkeer",
                                    "options": "-c plan_cache_mode=force_custom_plan -c jit=off"}
    if password is not None:
        connect_args["password"] = password
    engine = create_engine(sqlalchemy_url(url), connect_args=connect_args, pool_size=pool_size, max_overflow=2,
                           pool_pre_ping=True)

    @event.listens_for(engine, "connect")
    def _verify(dbapi_connection: psycopg.Connection[Any], _record: object) -> None:
        check_connection(dbapi_connection)

    return engine
