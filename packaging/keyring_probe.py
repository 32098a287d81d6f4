"""``sendclean-keyring-probe``: a console executable built into the same bundle as the app.

It proves that the frozen bundle carries ``keyring``, its entry points and its backends,
through the app's own store, :class:`app.core.token_store.KeyringTokenStore`, with the
backend the keyring library picks, exactly as the app does. Each run prints one JSON
line and exits 0 on success, 1 otherwise (the JSON then has ``"error"``)::

    sendclean-keyring-probe                  # set, get and delete a random token
    sendclean-keyring-probe set ACCOUNT      # store $SENDCLEAN_PROBE_TOKEN for ACCOUNT
    sendclean-keyring-probe get ACCOUNT      # read it: {"found": true, "sha256": "..."}
    sendclean-keyring-probe delete ACCOUNT

``set``/``get``/``delete`` use the app's keyring service name unless ``--service`` is
given. Tokens are never printed, only their SHA-256. Used by ``tests/test_packaging_deb.py``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import secrets
import sys
from importlib import metadata
from typing import Any

from app.core.token_store import SERVICE_NAME, KeyringTokenStore, TokenStoreError

TOKEN_ENV = "SENDCLEAN_PROBE_TOKEN"


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _describe(store: KeyringTokenStore) -> dict[str, Any]:
    backend = store._resolved  # the backend the store really used
    return {
        "backend": getattr(backend, "name", None),
        "backend_class": (
            f"{type(backend).__module__}.{type(backend).__qualname__}" if backend else None
        ),
    }


def _base_report() -> dict[str, Any]:
    import keyring

    chosen = keyring.get_keyring()
    return {
        "ok": False,
        "frozen": bool(getattr(sys, "frozen", False)),
        "entry_points": sorted(ep.value for ep in metadata.entry_points(group="keyring.backends")),
        "default_backend": f"{type(chosen).__module__}.{type(chosen).__qualname__}",
    }


def round_trip(report: dict[str, Any]) -> None:
    account = "sendclean-keyring-probe"
    store = KeyringTokenStore(service=f"{account}-{secrets.token_hex(4)}")
    token = f"probe-{secrets.token_hex(16)}"
    store.set(account, token)
    read_back = store.get(account)
    store.delete(account)
    gone = store.get(account) is None
    report.update(_describe(store), round_trip=read_back == token, deleted=gone)
    report["ok"] = read_back == token and gone


def one_operation(report: dict[str, Any], operation: str, account: str, service: str) -> None:
    store = KeyringTokenStore(service=service)
    if operation == "set":
        token = os.environ.get(TOKEN_ENV, "")
        if not token:
            report["error"] = f"set: ${TOKEN_ENV} is empty"
            return
        store.set(account, token)
        report["sha256"] = _sha256(token)
    elif operation == "get":
        value = store.get(account)
        report["found"] = value is not None
        report["sha256"] = None if value is None else _sha256(value)
    else:
        store.delete(account)
    report.update(_describe(store), ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sendclean-keyring-probe", description=__doc__)
    parser.add_argument("operation", nargs="?", choices=("set", "get", "delete"))
    parser.add_argument("account", nargs="?")
    parser.add_argument("--service", default=SERVICE_NAME)
    options = parser.parse_args(argv)
    if options.operation and not options.account:
        parser.error(f"{options.operation} needs an ACCOUNT")
    report = _base_report()
    try:
        if options.operation is None:
            round_trip(report)
        else:
            one_operation(report, options.operation, options.account, options.service)
    except TokenStoreError as exc:
        report["error"] = f"{exc.kind}: {exc}"
    print(json.dumps(report, sort_keys=True), flush=True)
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
