"""The database file, versions and backups on real SQLite files."""
