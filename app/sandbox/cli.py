"""``python -m app.sandbox``: serve the sandbox API until SIGINT/SIGTERM."""

from __future__ import annotations

import argparse
import ipaddress
import os
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from app.sandbox.faults import FAULTS
from app.sandbox.replies import ERROR_STYLES
from app.sandbox.sandbox import Sandbox
from app.sandbox.styles import LIST_STYLES

TOKEN_ENV = "SENDCLEAN_SANDBOX_TOKEN"


def is_loopback(host: str) -> bool:
    bare = host.strip("[]")
    if bare.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(bare).is_loopback
    except ValueError:
        return False


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m app.sandbox",
        description="Local server speaking the SendClean SMTP-user API. Prints its base "
        "URL as the first line of stdout, then serves until SIGINT/SIGTERM.",
        epilog=f"Faults (Python API only): {', '.join(FAULTS)}.",
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
    parser.add_argument("--verbose", "-v", action="store_true", help="log requests to stderr")
    return parser


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
        )
        sandbox.set_request_logging(args.verbose)
        sandbox.start()
    except (OSError, ValueError) as error:
        print(f"cannot start the sandbox: {error}", file=sys.stderr)
        return 1
    try:
        print(sandbox.base_url, flush=True)
        print(
            f"sandbox: serving {len(sandbox.users())} SMTP users for owner_id "
            f"{sandbox.owner_id!r}; stop with Ctrl+C",
            file=sys.stderr,
            flush=True,
        )
        while not stop.wait(0.5):
            pass
    finally:
        sandbox.stop()
    print("sandbox: stopped", file=sys.stderr, flush=True)
    return 0
