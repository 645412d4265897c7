"""Entry script for the frozen build: the same entry as the `disclosure-desktop` command."""

import sys

from disclosure_desktop.app import entry

sys.exit(entry())
