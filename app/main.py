"""Command line entry: ``sendclean-smtp`` and ``python -m app``."""

from __future__ import annotations

import argparse
import os
import sys

from app import APP_NAME, __version__

TOKEN_ENV = "SENDCLEAN_TOKEN"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sendclean-smtp",
        description=f"{APP_NAME}: manage the SMTP users of a SendClean account.",
        epilog=(
            f"With --api-url, the token is read from the account's keyring entry or, for "
            f"automation, from the {TOKEN_ENV} environment variable (never written anywhere)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="start a local demo server with sample users and connect to it (no keyring)",
    )
    parser.add_argument(
        "--mailbox",
        metavar="DIR",
        help="with --sandbox: also write every message the sandbox's SMTP relay accepts "
        "to DIR as an .eml file",
    )
    parser.add_argument(
        "--api-url", metavar="URL", help="the API root, e.g. https://api.<domain>/v1.0/"
    )
    parser.add_argument("--owner-id", metavar="ID", help="the SendClean owner ID (with --api-url)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help='open the window, refresh once, print {"ok": true, "users": N} and exit',
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the app and return its exit code."""
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        options, qt_arguments = parser.parse_known_args(arguments)
    except SystemExit as exit_request:  # --help, --version, or a usage error
        return int(exit_request.code or 0)
    if bool(options.api_url) != bool(options.owner_id):
        parser.print_usage(sys.stderr)
        print("sendclean-smtp: --api-url and --owner-id go together", file=sys.stderr)
        return 2
    if options.sandbox and options.api_url:
        print("sendclean-smtp: choose either --sandbox or --api-url", file=sys.stderr)
        return 2
    from app.ui.application import run_app  # Qt is imported only when the app really runs

    return run_app(options, qt_arguments, token_from_env=os.environ.get(TOKEN_ENV))


def run() -> int:
    """Console-script entry point."""
    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(run())
