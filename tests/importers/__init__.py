"""Reports read back from published Word files, web pages and text."""
