"""PyInstaller entry script of the ``sendclean-smtp`` executable (the app itself)."""

from __future__ import annotations

import sys

from app.main import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
