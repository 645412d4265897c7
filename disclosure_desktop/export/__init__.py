"""Exporters: the report rendered to HTML (and later PDF and Word) from one shared rendering context."""
