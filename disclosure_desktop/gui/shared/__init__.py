"""Connecting the window to a shared database: the connect dialog, the clerk's name and the password asked."""
