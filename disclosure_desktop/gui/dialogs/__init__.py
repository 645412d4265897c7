"""The program's dialogs, one a module."""
