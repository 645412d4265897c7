"""The program's moving parts without widgets (QtCore only): the database thread, autosave, the open report, the
after-edit scheduler, the checks runner, the preview's layout thread, one window per database, logging."""
