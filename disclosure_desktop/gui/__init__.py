"""The Qt Widgets user interface: main window, report list, wizard, table editors and preview."""
