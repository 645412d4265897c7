"""Storage: one SQLite file of reports through SQLAlchemy, with Alembic migrations and a schema version gate."""
