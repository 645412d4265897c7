"""The command line: one sub-command a module, over the same workflows as the window."""
