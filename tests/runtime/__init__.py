"""The database thread, autosave, the preview thread, one window per database; real processes killed."""
