"""Alembic migrations of the report database, run by the program itself (no alembic.ini needed)."""
