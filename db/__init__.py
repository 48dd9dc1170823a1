"""Persistence: SQLCipher engine, models, unit of work, queries and Alembic migrations. Never imports Qt."""
