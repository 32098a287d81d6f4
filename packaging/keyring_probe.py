"""``sendclean-keyring-probe``: a console executable built into the same bundle as the app.

It proves that the frozen bundle carries ``keyring``, its entry points and its backends:
it stores a token through :class:`app.core.token_store.KeyringTokenStore` (the app's own
store, with the keyring backend the keyring library picks, exactly as the app does), reads
it back, deletes it and prints one JSON line::

    {"ok": true, "backend": "...", "backend_class": "keyring.backends....", "entry_points": [...]}

Exit status 0 when the round trip worked, 1 otherwise (the JSON then has ``"error"``).
The token is random and never printed. Used by ``tests/test_packaging_deb.py``.
"""

from __future__ import annotations

import json
import secrets
import sys
from importlib import metadata
from typing import Any

from app.core.token_store import KeyringTokenStore, TokenStoreError

ACCOUNT = "sendclean-keyring-probe"


def _entry_points() -> list[str]:
    return sorted(ep.value for ep in metadata.entry_points(group="keyring.backends"))


def probe() -> dict[str, Any]:
    import keyring

    chosen = keyring.get_keyring()
    report: dict[str, Any] = {
        "ok": False,
        "frozen": bool(getattr(sys, "frozen", False)),
        "entry_points": _entry_points(),
        "default_backend": f"{type(chosen).__module__}.{type(chosen).__qualname__}",
    }
    store = KeyringTokenStore(service=f"{ACCOUNT}-{secrets.token_hex(4)}")
    token = f"probe-{secrets.token_hex(16)}"
    try:
        store.set(ACCOUNT, token)
        read_back = store.get(ACCOUNT)
        store.delete(ACCOUNT)
        gone = store.get(ACCOUNT) is None
    except TokenStoreError as exc:
        report["error"] = f"{exc.kind}: {exc}"
        return report
    backend = store._resolved  # the backend the store really used
    report["backend"] = getattr(backend, "name", repr(backend))
    report["backend_class"] = f"{type(backend).__module__}.{type(backend).__qualname__}"
    report["round_trip"] = read_back == token
    report["deleted"] = gone
    report["ok"] = read_back == token and gone
    return report


def main() -> int:
    report = probe()
    print(json.dumps(report, sort_keys=True), flush=True)
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
