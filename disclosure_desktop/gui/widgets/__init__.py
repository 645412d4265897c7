"""Small widgets and helpers the windows and dialogs share."""
