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
               "remote_audit_entry", "device_key")
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
        (ADD, ("checklist_template",)),
    ),
    "supervisor": (
        (READ, CASE_TABLES), (ADD, CASE_RECORDS), (ADD, AUDIT), (READ, ("remote_audit_entry", "sync_peer")),
        (READ, ("workspace_info", "account", "erased_case", "checklist_template", "sync_counter")),
    ),
    "privacy_officer": (
        (("SELECT", "UPDATE", "DELETE"), CASE_TABLES), (("SELECT", "INSERT", "DELETE"), CASE_RECORDS),
        (REMOVE, SYNC_TABLES), (ADD, AUDIT), (READ, ("workspace_info", "account", "checklist_template")),
        (("SELECT", "UPDATE"), ("sync_counter",)), (ADD, ("erased_case",)),
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
    for statement in FUNCTIONS:
        connection.execute(text(statement))
    groups = ", ".join(quoted(group_role(prefix, role)) for role in ROLES)
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {groups}"))
    connection.execute(text("REVOKE ALL ON FUNCTION terugkeer_display_name(), terugkeer_audit_head() FROM PUBLIC"))
    connection.execute(text(f"GRANT EXECUTE ON FUNCTION terugkeer_display_name(), terugkeer_audit_head() TO {groups}"))
    for role, grants in GRANTS.items():
        group = quoted(group_role(prefix, role))
        connection.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {group}"))
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


def grant_login(connection: Connection, prefix: str, login: str, roles: Iterable[str]) -> None:
    """Make `login` a member of exactly the group roles of `roles` (and of no other group of this database)."""
    wanted = {group_role(prefix, role) for role in roles}
    for role in ROLES:
        group = group_role(prefix, role)
        verb = "GRANT" if group in wanted else "REVOKE"
        preposition = "TO" if group in wanted else "FROM"
        connection.execute(text(f"{verb} {quoted(group)} {preposition} {quoted(login)}"))
