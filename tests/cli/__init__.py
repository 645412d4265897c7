"""The command line, run as a clerk or a script runs it."""
