"""The exported PDF, Word file, web page and JSON, read back."""
