"""Formats, the report, the checks and the edit session, without Qt."""
