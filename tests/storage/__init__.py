"""The database (a SQLite file, a PostgreSQL server), versions, backups, the audit log and many writers."""
