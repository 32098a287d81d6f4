"""Entry point of ``python -m app.sandbox``."""

from app.sandbox.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
