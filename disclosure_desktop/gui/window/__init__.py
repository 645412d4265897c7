"""The main window and the controllers behind its menus."""
