"""The team back office on the municipality's PostgreSQL server: the engine with its connection rules, and the
roles, grants and row-level security that make the server enforce what each role may see and do."""
