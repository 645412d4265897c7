"""The report domain: formats, the report itself, text structure and data exchange. Imports no Qt."""
