"""Entry script for the frozen build: the same `main` as the `disclosure-desktop` command."""

import sys

from disclosure_desktop.app import main

sys.exit(main())
