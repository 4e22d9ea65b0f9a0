"""Starts Inspector Desk. With --demo, builds (once) and opens an encrypted demo beat."""

from __future__ import annotations

import sys

from inspector_desk.app import main

if __name__ == "__main__":
    sys.exit(main())
