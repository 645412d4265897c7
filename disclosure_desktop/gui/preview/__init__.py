"""The printed pages beside the wizard, and print preview."""
