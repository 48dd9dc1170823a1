"""A city's back office on the municipality's PostgreSQL server: everyone logs in with their own login role, the
server itself enforces what each role may see and change (db.server.security), and the office's private device keys
are kept under the office key (app.workspace.office_key).

IT sets the server up once as the database owner (`init_server`), brings it to a new version (`migrate_server`),
and makes the first application manager's account; everyone else then connects (`connect`).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import psycopg
from psycopg.conninfo import make_conninfo
from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from app import audit
from app.audit import AuditAction, Purpose, verify_chain
from app.check import CheckReport
from app.domain import WorkspaceKind
from app.errors import NewerVersionError, TerugkeerError, WrongPassphraseError
from app.permissions import Role
from app.sync.device import device_identity
from app.workspace.accounts import Account, find_account
from app.workspace.office_key import NoOfficeKey, create_office_key, load_office_key
from app.workspace.passphrase import check_strength
from app.workspace.session import OpenWorkspace
from db import migrate
from db.maintenance import IntegrityReport
from db.models import WorkspaceInfo
from db.server import security
from db.server.engine import InsecureConnectionError, check_connection, check_url, open_server_engine, sqlalchemy_url
from db.uow import SecretWrap, UnitOfWork

ROLE_PREFIX_LENGTH = 40  # "<prefix>_application_manager" stays within PostgreSQL's 63 characters


class LoginRoles:
    """How the server's accounts log in: a PostgreSQL login role each, member of its product roles' groups."""

    def store(self, uow: UnitOfWork, login: str, passphrase: str | None, roles: frozenset[Role]) -> None:
        verifier = None
        if passphrase:
            check_strength(passphrase)
            verifier = _scram_verifier(uow, login, passphrase)
        uow.session.execute(text("SELECT terugkeer_set_login(:login, :verifier, :roles)"),
                            {"login": login, "verifier": verifier, "roles": sorted(role.value for role in roles)})

    def remove(self, uow: UnitOfWork, login: str) -> None:
        uow.session.execute(text("SELECT terugkeer_disable_login(:login)"), {"login": login})

    def set_roles(self, uow: UnitOfWork, login: str, roles: frozenset[Role]) -> None:
        self.store(uow, login, None, roles)


def _scram_verifier(uow: UnitOfWork, login: str, passphrase: str) -> str:
    """The SCRAM-SHA-256 verifier libpq makes of the password on this side: the password never reaches the server."""
    raw = uow.session.connection().connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    return raw.pgconn.encrypt_password(passphrase.encode(), login.encode(), b"scram-sha-256").decode()


class ServerWorkspace(OpenWorkspace):
    """A session on the server as the person who logged in; holds the engine until `lock()`."""

    register_in_pages = True

    def __init__(self, url: str, engine: Engine, secrets: SecretWrap, password: str | None = None) -> None:
        self.url = url
        self._office_key = secrets
        self._password = password  # for the change listener's own connection; never logged
        super().__init__(engine, None)
        self.credentials = LoginRoles()

    def _find_account(self, uow: UnitOfWork, login: str | None, owner_login: str) -> Account:
        """The account of the login role this session runs as. The database owner (IT, setting up) has no account
        of its own and works as an application manager."""
        session_user = str(uow.session.execute(text("SELECT session_user")).scalar_one())
        try:
            return find_account(uow, session_user, owner_login)
        except WrongPassphraseError:
            if session_user == _database_owner(uow.session.connection()):
                return Account(session_user, session_user, frozenset({Role.APPLICATION_MANAGER}), False)
            raise TerugkeerError("account_not_found", login=session_user) from None

    def _secrets(self) -> SecretWrap:
        return self._office_key

    def listen_for_changes(self) -> ChangeListener:
        """A listener for the changes others commit (its own connection, as this login)."""
        return ChangeListener(self.url, self._password)

    def _forget_secrets(self) -> None:
        self._password = None

    def change_passphrase(self, old_passphrase: str, new_passphrase: str) -> None:
        """A new password for this login role (the old one is asked, as for a workspace passphrase)."""
        check_strength(new_passphrase)
        try:
            open_server_engine(self.url, old_passphrase).connect().close()
        except OperationalError:
            raise WrongPassphraseError() from None
        with self.unit_of_work() as uow:
            verifier = _scram_verifier(uow, self.account.login, new_passphrase)
            uow.session.execute(text(f"ALTER ROLE {security.quoted(self.account.login)} PASSWORD :verifier"),
                                {"verifier": verifier})
            audit.append(uow, self.actor, AuditAction.PASSPHRASE_CHANGED, purpose=Purpose.SECURITY)
            uow.commit()


class ChangeListener:
    """A connection of its own that hears every change committed on the server (LISTEN), for the screens to
    refresh: `fileno()` for the GUI's socket notifier, `heard()` to read what arrived without waiting."""

    def __init__(self, url: str, password: str | None) -> None:
        check_url(url)
        conninfo = make_url(sqlalchemy_url(url)).set(drivername="postgresql").render_as_string(hide_password=False)
        self._connection = psycopg.connect(conninfo, password=password, autocommit=True,
                                           application_name="terugkeer (changes)")
        check_connection(self._connection)
        self._connection.execute(f"LISTEN {security.CHANGE_CHANNEL}")

    def fileno(self) -> int:
        return self._connection.fileno()

    def heard(self, wait_seconds: float = 0.0) -> bool:
        """Whether any change was announced since the last call; waits up to `wait_seconds` for one (the GUI, told
        by its socket notifier that something arrived, does not wait)."""
        return any(True for _ in self._connection.notifies(timeout=wait_seconds, stop_after=1))

    def close(self) -> None:
        self._connection.close()


def _database_owner(connection: Connection) -> str:
    return str(connection.execute(text(
        "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")).scalar_one())


def _engine(url: str, password: str | None) -> Engine:
    """The engine, with libpq's refusals turned into the user's errors."""
    try:
        engine = open_server_engine(url, password)
        engine.connect().close()
    except InsecureConnectionError as error:
        raise TerugkeerError("server_tls_required", host=error.host) from None
    except OperationalError as error:
        if "authentication failed" in str(error.orig):  # a wrong password or an unknown login: libpq says which
            raise WrongPassphraseError() from None
        raise TerugkeerError("server_unreachable", reason=_first_line(error)) from None
    return engine


def _first_line(error: OperationalError) -> str:
    return str(error.orig).strip().splitlines()[0] if error.orig is not None else ""


def url_with_login(url: str, login: str) -> str:
    """`url` (a postgresql:// URL or a libpq keyword string such as `service=NAME`) logging in as `login`, in place
    of the user it named; as a libpq keyword string."""
    scheme, separator, rest = url.partition("://")
    conninfo = f"postgresql://{rest}" if separator and scheme == "postgresql+psycopg" else url
    return make_conninfo(conninfo, user=login)


def connect(url: str, *, login: str | None = None, password: str | None = None,
            office_key: Path | None = None) -> ServerWorkspace:
    """Log in to the server at `url` as `login`, or else as the login that the URL or libpq's environment names
    (Kerberos, ~/.pgpass, PGPASSWORD, or `password`). Without `office_key` (the office key file) everything works
    but bundles and the device's keys. Raises WrongPassphraseError, TerugkeerError "server_unreachable",
    "server_tls_required", "server_not_initialised", "server_needs_migrate", NewerVersionError "database_newer", or
    "account_not_found"."""
    if login:
        url = url_with_login(url, login)
    engine = _engine(url, password)
    try:
        workspace_id = _check_schema(engine)
        secrets: SecretWrap = load_office_key(office_key, workspace_id) if office_key is not None else NoOfficeKey()
        workspace = ServerWorkspace(url, engine, secrets, password)
        with workspace.unit_of_work() as uow:
            audit.append(uow, workspace.actor, AuditAction.UNLOCK, purpose=Purpose.SECURITY)
            uow.commit()
        return workspace
    except BaseException:
        engine.dispose()
        raise


def _check_schema(engine: Engine) -> str:
    """The back office's id, once the schema is known to be this version's."""
    with engine.connect() as connection:
        current = migrate.current_revision(connection)
        if current is None:
            raise TerugkeerError("server_not_initialised")
        if current != migrate.head_revision():
            if current not in migrate.known_revisions():
                raise NewerVersionError("database_newer", revision=current)
            raise TerugkeerError("server_needs_migrate", revision=current)
        workspace_id = connection.execute(text("SELECT workspace_id FROM workspace_info")).scalar_one_or_none()
    if workspace_id is None:
        raise TerugkeerError("server_not_initialised")
    return str(workspace_id)


def init_server(url: str, *, municipality: str, office_key: Path, password: str | None = None) -> str:
    """As the database's owner: the schema, the group roles, grants and row-level security, and the back office's
    own identity with its device keys under a new office key written to `office_key`. Running it again changes
    nothing but the grants and policies (made again as this version wants them). Returns the back office's id."""
    engine = _engine(url, password)
    try:
        with engine.connect() as connection:
            fresh = migrate.current_revision(connection) is None
        if fresh:
            migrate.create_schema(engine)
        else:
            migrate.upgrade_to_head(engine)
        with engine.begin() as connection:
            security.apply(connection, _prefix(connection))
        return _make_identity(engine, municipality, office_key)
    finally:
        engine.dispose()


def migrate_server(url: str, password: str | None = None) -> None:
    """As the database's owner: the schema to this version's, then the grants and policies again."""
    engine = _engine(url, password)
    try:
        with engine.connect() as connection:
            current = migrate.current_revision(connection)
        if current is not None and current not in migrate.known_revisions():
            raise NewerVersionError("database_newer", revision=current)
        migrate.upgrade_to_head(engine)
        with engine.begin() as connection:
            security.apply(connection, _prefix(connection))
    finally:
        engine.dispose()


def _prefix(connection: Connection) -> str:
    """What the group roles are named after: the database's name when it was set up (so a test and a production
    database on one server keep their groups apart), kept with the data so a backup restored under another name
    finds its groups again."""
    stored = connection.execute(text("SELECT role_prefix FROM workspace_info")).scalar_one_or_none()
    if stored:
        return str(stored)
    name = str(connection.execute(text("SELECT current_database()")).scalar_one())
    return name[:ROLE_PREFIX_LENGTH]


def _make_identity(engine: Engine, municipality: str, office_key_path: Path) -> str:
    with UnitOfWork(engine) as uow:
        existing = uow.session.execute(text("SELECT workspace_id FROM workspace_info")).scalar_one_or_none()
        if existing is not None:
            return str(existing)
        owner = str(uow.session.execute(text("SELECT session_user")).scalar_one())
        workspace_id = str(uuid.uuid4())
        key = create_office_key(office_key_path, workspace_id)
        uow.secrets = key
        uow.workspace.add(WorkspaceInfo(
            workspace_id=workspace_id, kind=WorkspaceKind.BACKOFFICE.value, device_id=str(uuid.uuid4()),
            municipality=municipality.strip(), user_name=owner, demo=False,
            created_at=datetime.now(UTC).replace(tzinfo=None), role_prefix=_prefix(uow.session.connection())))
        uow.flush()
        device_identity(uow)
        actor = audit.Actor(owner, Role.APPLICATION_MANAGER.value, uow.workspace.info().device_id)
        audit.append(uow, actor, AuditAction.CREATE, record_type="workspace", record_id=workspace_id,
                     purpose=Purpose.SECURITY)
        uow.commit()
        return workspace_id


def check_server(url: str, password: str | None = None) -> CheckReport:
    """`terugkeer check --database`: the schema at this version, the grants and policies in place, and the whole
    audit chain (read by someone who may read all of it: the database owner, a team leader or a privacy officer).
    Reads only."""
    engine = _engine(url, password)
    try:
        with engine.connect() as connection:
            current = migrate.current_revision(connection)
            if current != migrate.head_revision():  # the rest would be checked against the wrong version
                return CheckReport(IntegrityReport([], [f"schema at {current}, not at this version's: "
                                                        "terugkeer server migrate"]), None)
            found = security.problems(connection, _prefix(connection))
            with UnitOfWork(engine) as uow:
                head = uow.audit.head()
                chain = verify_chain(uow.audit.all_in_order())
                uow.session.rollback()  # the head's lock ends here: nothing was written
            readable = head is None or chain.entries_checked == head[0]
        return CheckReport(IntegrityReport([], found), chain if readable else None)
    finally:
        engine.dispose()
