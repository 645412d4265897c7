"""`python -m disclosure_desktop` does what the `disclosure-desktop` command does."""

import sys

from disclosure_desktop.app import entry

sys.exit(entry())
