"""``python -m app.sandbox``: serve the sandbox API until SIGINT/SIGTERM."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from app.sandbox.faults import FAULTS, SMTP_FAULTS
from app.sandbox.loopback import is_loopback
from app.sandbox.replies import ERROR_STYLES
from app.sandbox.sandbox import Sandbox
from app.sandbox.styles import LIST_STYLES

TOKEN_ENV = "SENDCLEAN_SANDBOX_TOKEN"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m app.sandbox",
        description="Local server speaking the SendClean SMTP-user API, with an SMTP relay "
        "for the same users. Prints the API's base URL as the first line of stdout and "
        "smtp://127.0.0.1:PORT (the relay's STARTTLS port) as the second, then serves until "
        "SIGINT/SIGTERM.",
        epilog=f"Faults (Python API only): API {', '.join(FAULTS)}; "
        f"relay {', '.join(SMTP_FAULTS)}.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (loopback only)")
    parser.add_argument("--port", type=int, default=0, help="port (0: any free port)")
    parser.add_argument("--allow-remote", action="store_true", help="allow a non-loopback host")
    parser.add_argument("--owner-id", default="demo-owner")
    parser.add_argument(
        "--token",
        default=None,
        help=f"accepted token (default: ${TOKEN_ENV}, else 'demo-token')",
    )
    parser.add_argument("--users", type=int, default=None, help="generate N users (default: demo)")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--fail-rate", type=float, default=0.0, help="share of calls failing (0-1)")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--list-style", choices=LIST_STYLES, default="example")
    parser.add_argument("--error-style", choices=ERROR_STYLES, default="http")
    parser.add_argument(
        "--mailbox", metavar="DIR", default=None, help="write each accepted message to DIR as .eml"
    )
    parser.add_argument(
        "--smtp-ca", metavar="FILE", default=None, help="write the relay's CA certificate (PEM)"
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="log requests to stderr")
    return parser


def _describe(sandbox: Sandbox, mailbox: str | None) -> None:
    where = f", written to {mailbox}" if mailbox else " (in memory only)"
    print(
        f"sandbox: serving {len(sandbox.users())} SMTP users for owner_id "
        f"{sandbox.owner_id!r}; SMTP relay with STARTTLS on port {sandbox.smtp_port} and "
        f"implicit TLS on port {sandbox.smtp_tls_port}, messages kept{where}; "
        "stop with Ctrl+C",
        file=sys.stderr,
        flush=True,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not args.allow_remote and not is_loopback(args.host):
        print(
            f"refusing to listen on {args.host}: the sandbox accepts a demo token and "
            "returns passwords, so it only listens on loopback unless --allow-remote is given",
            file=sys.stderr,
        )
        return 2
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    token = args.token if args.token is not None else os.environ.get(TOKEN_ENV, "demo-token")
    try:
        sandbox = Sandbox(
            host=args.host,
            port=args.port,
            owner_id=args.owner_id,
            token=token,
            users=args.users,
            latency=args.latency,
            fail_rate=args.fail_rate,
            seed=args.seed,
            list_style=args.list_style,
            error_style=args.error_style,
            mailbox_dir=args.mailbox,
        )
        sandbox.set_request_logging(args.verbose)
        sandbox.start()
    except (OSError, ValueError) as error:
        print(f"cannot start the sandbox: {error}", file=sys.stderr)
        return 1
    try:
        print(sandbox.base_url, flush=True)
        try:
            sandbox.wait_smtp_ready()
            if args.smtp_ca is not None:
                Path(args.smtp_ca).write_text(sandbox.smtp_ca_pem, encoding="ascii")
        except (OSError, RuntimeError) as error:
            print(f"cannot start the sandbox's SMTP relay: {error}", file=sys.stderr)
            return 1
        print(sandbox.smtp_url, flush=True)
        _describe(sandbox, args.mailbox)
        while not stop.wait(0.5):
            pass
    finally:
        sandbox.stop()
    print("sandbox: stopped", file=sys.stderr, flush=True)
    return 0
