"""Alembic environment that migrates the connection Database.open hands over; there is no alembic.ini."""

from __future__ import annotations

from alembic import context

from disclosure_desktop.storage.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    # Offline SQL scripts and ini-driven runs are not supported: the program migrates its own file on open.
    raise RuntimeError("run migrations through disclosure_desktop.storage.database.Database.open")

# Batch mode because SQLite can alter little in place; later revisions need it to change columns.
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
