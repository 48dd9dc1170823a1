"""What each role may see and change, enforced by PostgreSQL itself: group roles, grants and row-level security.

Every person logs in with a login role of their own, member of the group role of each product role they hold
(`<prefix>_coordinator`, `<prefix>_backoffice`, …; the prefix is the database's name, so test and production
databases on one server keep their groups apart). A person with `psql` and their own password can do no more than
in the app: a coordinator reads and changes only the cases that carry their name, the application manager reads no
client table at all, and the audit log takes inserts and selects only (a trigger refuses UPDATE, DELETE and
TRUNCATE for everyone, the owner included).

`apply` is idempotent: `terugkeer server init` and `server migrate` run it after the schema is at head.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import Connection, text

# The product roles (app.permissions.Role has the same values; a test keeps the two equal).
ROLES = ("coordinator", "backoffice", "supervisor", "privacy_officer", "application_manager")
ALL_ROWS_ROLES = ("backoffice", "supervisor", "privacy_officer")

CASE_TABLES = ("client", "detention", "case_file", "intake", "checklist_answer", "domain_assessment", "plan_domain",
               "plan", "follow_up_action", "processing_ground", "consent_record", "consent_revocation")
CASE_RECORDS = ("document_version", "disclosure", "correction")
SYNC_TABLES = ("sync_peer", "sync_sent", "sync_received", "sync_base", "sync_conflict", "sync_tombstone",
               "sync_mismatch", "remote_audit_entry", "device_key")
AUDIT = ("audit_entry",)

READ, ADD, CHANGE, REMOVE = ("SELECT",), ("SELECT", "INSERT"), ("SELECT", "INSERT", "UPDATE"), \
    ("SELECT", "INSERT", "UPDATE", "DELETE")
# role -> ((privileges, tables), ...)
GRANTS: Mapping[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {
    "coordinator": (
        (CHANGE, CASE_TABLES), (ADD, CASE_RECORDS), (ADD, AUDIT), (READ, ("workspace_info", "account")),
        (("SELECT", "UPDATE"), ("sync_counter",)), (ADD, ("checklist_template",)),
    ),
    "backoffice": (
        (REMOVE, CASE_TABLES), (ADD, CASE_RECORDS), (REMOVE, SYNC_TABLES), (ADD, AUDIT),
        (READ, ("workspace_info", "account", "erased_case")), (("SELECT", "UPDATE"), ("sync_counter",)),
        (ADD, ("checklist_template",)), (REMOVE, ("identity_review",)),
    ),
    "supervisor": (
        (READ, CASE_TABLES), (ADD, CASE_RECORDS), (ADD, AUDIT), (READ, ("remote_audit_entry", "sync_peer")),
        (READ, ("workspace_info", "account", "erased_case", "checklist_template", "sync_counter")),
    ),
    "privacy_officer": (
        (("SELECT", "UPDATE", "DELETE"), CASE_TABLES), (("SELECT", "INSERT", "DELETE"), CASE_RECORDS),
        (REMOVE, SYNC_TABLES), (ADD, AUDIT), (READ, ("workspace_info", "account", "checklist_template")),
        (("SELECT", "UPDATE"), ("sync_counter",)), (ADD, ("erased_case",)),
        (("SELECT", "DELETE"), ("identity_review",)),
    ),
    "application_manager": (
        (CHANGE, ("account", "sync_peer")), (("SELECT", "UPDATE"), ("workspace_info",)), (REMOVE, ("device_key",)),
        (READ, ("sync_counter",)), (ADD, AUDIT),
    ),
}

# For a coordinator: which rows of a table belong to their caseload. case_file's own rows carry their name; the
# other tables reach case_file, whose policy then applies inside the subquery.
CASELOAD: Mapping[str, str] = {
    "case_file": "coordinator = (SELECT terugkeer_display_name())",
    "client": "EXISTS (SELECT 1 FROM case_file c WHERE c.client_id = client.id)",
    "detention": "EXISTS (SELECT 1 FROM case_file c WHERE c.detention_id = detention.id)",
    "consent_revocation": "EXISTS (SELECT 1 FROM consent_record r WHERE r.id = consent_revocation.consent_id)",
    "correction": "EXISTS (SELECT 1 FROM case_file c WHERE c.client_id = correction.client_id)",
    **{table: f"EXISTS (SELECT 1 FROM case_file c WHERE c.id = {table}.case_id)"
       for table in ("intake", "checklist_answer", "domain_assessment", "plan_domain", "plan", "follow_up_action",
                     "processing_ground", "consent_record", "document_version", "disclosure")},
}

FUNCTIONS = (
    # The display name of the person logged in (session_user: a SECURITY DEFINER function runs as its owner).
    """CREATE OR REPLACE FUNCTION terugkeer_display_name() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
       SET search_path = public AS
       $$ SELECT display_name FROM account WHERE login = session_user AND disabled_at IS NULL $$""",
    # The end of the audit chain, whoever may read which entries: every append needs the last hash.
    """CREATE OR REPLACE FUNCTION terugkeer_audit_head(OUT seq integer, OUT entry_hash varchar)
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
       $$ SELECT seq, entry_hash FROM audit_entry ORDER BY seq DESC LIMIT 1 $$""",
    # Who changed a record last, for "changed by … at …" when two people edit one case; only for the records of
    # a case the caller may see (the case_file policy applies: this part runs as the caller).
    """CREATE OR REPLACE FUNCTION terugkeer_last_change(ids text[], OUT user_name varchar, OUT occurred_at varchar)
       LANGUAGE sql STABLE SECURITY INVOKER SET search_path = public AS
       $$ SELECT a.user_name, a.occurred_at FROM terugkeer_audit_updates(ids) a
          WHERE EXISTS (SELECT 1 FROM case_file c WHERE c.id = ANY(ids) OR c.client_id = ANY(ids)
                        OR c.detention_id = ANY(ids)) $$""",
)
# Every committed change raises the one change counter (db.change_tracking): its new value goes out on the channel
# the app listens on, so the screens of everyone else logged in refresh what they show (only numbers, no data).
CHANGE_CHANNEL = "terugkeer_changes"
NOTIFY_CHANGES = (
    f"""CREATE OR REPLACE FUNCTION terugkeer_notify_change() RETURNS trigger LANGUAGE plpgsql AS
       $$ BEGIN PERFORM pg_notify('{CHANGE_CHANNEL}', NEW.change_seq::text); RETURN NULL; END $$""",
    "DROP TRIGGER IF EXISTS terugkeer_notify_change ON sync_counter",
    """CREATE TRIGGER terugkeer_notify_change AFTER UPDATE ON sync_counter
       FOR EACH ROW EXECUTE FUNCTION terugkeer_notify_change()""",
)
# The part of terugkeer_last_change that reads the whole log (made before it: it calls this one).
AUDIT_UPDATES = """CREATE OR REPLACE FUNCTION terugkeer_audit_updates(ids text[])
       RETURNS TABLE (user_name varchar, occurred_at varchar)
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
       $$ SELECT user_name, occurred_at FROM audit_entry WHERE record_id = ANY(ids) AND action = 'update'
          ORDER BY seq DESC LIMIT 1 $$"""


def _login_functions(prefix: str) -> tuple[str, ...]:
    """Accounts are made and changed by application managers, who are no database owners: these functions run as
    the owner (SECURITY DEFINER), check that the caller is an application manager of this database, and touch only
    plain login roles (never a superuser, never a role that may create roles or databases)."""
    managers = group_role(prefix, "application_manager").replace("'", "''")
    groups = "ARRAY[" + ", ".join(f"'{group_role(prefix, role)}'" for role in ROLES) + "]"
    guard = f"""
        IF NOT (pg_has_role(session_user, '{managers}', 'MEMBER')
                OR session_user = (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()))
        THEN RAISE EXCEPTION 'not an application manager' USING ERRCODE = 'insufficient_privilege'; END IF;
        IF login !~ '^[a-z][a-z0-9._-]{{1,62}}$' THEN
            RAISE EXCEPTION 'login invalid' USING ERRCODE = 'invalid_parameter_value'; END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login AND (rolsuper OR rolcreaterole OR rolcreatedb)) THEN
            RAISE EXCEPTION 'not a plain login' USING ERRCODE = 'insufficient_privilege'; END IF;"""
    return (
        # `verifier` is a SCRAM-SHA-256 verifier made by the client (libpq's PQencryptPasswordConn): the password
        # itself never reaches the server or its logs. NULL keeps the password as it is (or none: Kerberos).
        f"""CREATE OR REPLACE FUNCTION terugkeer_set_login(login text, verifier text, roles text[]) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE grp text;
            BEGIN {guard}
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
                    EXECUTE format('CREATE ROLE %I LOGIN', login);
                END IF;
                EXECUTE format('ALTER ROLE %I LOGIN', login);
                IF verifier IS NOT NULL THEN
                    EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
                END IF;
                FOREACH grp IN ARRAY {groups} LOOP
                    IF substring(grp FROM {len(prefix) + 2}) = ANY(roles) THEN
                        EXECUTE format('GRANT %I TO %I', grp, login);
                    ELSE
                        EXECUTE format('REVOKE %I FROM %I', grp, login);
                    END IF;
                END LOOP;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION terugkeer_disable_login(login text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE grp text;
            BEGIN {guard}
                IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
                    EXECUTE format('ALTER ROLE %I NOLOGIN', login);
                    FOREACH grp IN ARRAY {groups} LOOP
                        EXECUTE format('REVOKE %I FROM %I', grp, login);
                    END LOOP;
                END IF;
            END $$""",
    )


def group_role(prefix: str, role: str) -> str:
    return f"{prefix}_{role}"


def quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def apply(connection: Connection, prefix: str) -> None:
    """Group roles, grants, policies and functions, as the database owner; safe to run again."""
    for role in ROLES:
        name = group_role(prefix, role)
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}).first()
        if exists is None:
            connection.execute(text(f"CREATE ROLE {quoted(name)} NOLOGIN"))
    connection.execute(text("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"))
    for statement in (AUDIT_UPDATES, *FUNCTIONS, *_login_functions(prefix), *NOTIFY_CHANGES):
        connection.execute(text(statement))
    groups = ", ".join(quoted(group_role(prefix, role)) for role in ROLES)
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {groups}"))
    functions = ("terugkeer_display_name(), terugkeer_audit_head(), terugkeer_set_login(text, text, text[]), "
                 "terugkeer_disable_login(text), terugkeer_audit_updates(text[]), terugkeer_last_change(text[])")
    connection.execute(text(f"REVOKE ALL ON FUNCTION {functions} FROM PUBLIC"))
    connection.execute(text(f"GRANT EXECUTE ON FUNCTION {functions} TO {groups}"))
    for role, grants in GRANTS.items():
        group = quoted(group_role(prefix, role))
        connection.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {group}"))
        connection.execute(text(f"GRANT SELECT ON alembic_version TO {group}"))  # which version the schema is
        for privileges, tables in grants:
            connection.execute(text(f"GRANT {', '.join(privileges)} ON {', '.join(tables)} TO {group}"))
    _policies(connection, prefix)


def _policies(connection: Connection, prefix: str) -> None:
    everyone_else = ", ".join(quoted(group_role(prefix, role)) for role in ALL_ROWS_ROLES)
    coordinator = quoted(group_role(prefix, "coordinator"))
    for table in (*CASE_TABLES, *CASE_RECORDS):
        _replace_policies(connection, table, (
            f"CREATE POLICY terugkeer_all_rows ON {table} TO {everyone_else} USING (true) WITH CHECK (true)",
            f"CREATE POLICY terugkeer_caseload ON {table} TO {coordinator} "
            f"USING ({CASELOAD[table]}) WITH CHECK ({CASELOAD[table]})",
        ))
    readers = ", ".join(quoted(group_role(prefix, role)) for role in ("supervisor", "privacy_officer"))
    all_groups = ", ".join(quoted(group_role(prefix, role)) for role in ROLES)
    _replace_policies(connection, "audit_entry", (
        # Everyone appends in their own name only; the supervisor and the privacy officer read the whole log,
        # everyone else their own entries.
        f"CREATE POLICY terugkeer_append_own ON audit_entry FOR INSERT TO {all_groups} "
        "WITH CHECK (user_name = session_user)",
        f"CREATE POLICY terugkeer_read_all ON audit_entry FOR SELECT TO {readers} USING (true)",
        f"CREATE POLICY terugkeer_read_own ON audit_entry FOR SELECT TO {all_groups} USING (user_name = session_user)",
    ))


def _replace_policies(connection: Connection, table: str, statements: Iterable[str]) -> None:
    connection.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
    for (name,) in connection.execute(text("SELECT policyname FROM pg_policies WHERE tablename = :table"),
                                      {"table": table}).all():
        connection.execute(text(f"DROP POLICY {quoted(name)} ON {table}"))
    for statement in statements:
        connection.execute(text(statement))


def problems(connection: Connection, prefix: str) -> list[str]:
    """What is not as `apply` leaves it: missing group roles, tables without row-level security or their
    policies, the audit log's trigger, or tables anyone may read (`terugkeer check --database`)."""
    found = []
    for role in ROLES:
        name = group_role(prefix, role)
        if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}).first() is None:
            found.append(f"group role {name} is missing")
    for table in (*CASE_TABLES, *CASE_RECORDS, *AUDIT):
        secured = connection.execute(text("SELECT relrowsecurity FROM pg_class WHERE relname = :table"),
                                     {"table": table}).scalar_one_or_none()
        policies = connection.execute(text("SELECT count(*) FROM pg_policies WHERE tablename = :table"),
                                      {"table": table}).scalar_one()
        if not secured or not policies:
            found.append(f"table {table} has no row-level security")
    if connection.execute(text("SELECT 1 FROM pg_trigger WHERE tgname = 'audit_entry_append_only'")).first() is None:
        found.append("the audit log's append-only trigger is missing")
    for (table,) in connection.execute(text(
            "SELECT table_name FROM information_schema.role_table_grants "
            "WHERE grantee = 'PUBLIC' AND table_schema = 'public'")).all():
        found.append(f"table {table} is readable by everyone")
    return found
