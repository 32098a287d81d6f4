"""The provider's official Python client against ours, on the same sandboxes.

Run by ``benchmarks/run.py`` as ``uv run --with requests python
benchmarks/official_probe.py`` (``requests``, which the official client needs, is then
installed for this run only, never as a dependency of the app), with a JSON spec on
stdin::

    {"client": "/path/to/SendClean.py", "runs": 11, "count": 100,
     "list": {"url": ..., "owner_id": ..., "token": ...},    # e.g. 100k users
     "edits": {"url": ..., "owner_id": ..., "token": ...}}   # a small sandbox

The official client (``SendClean.py``, loaded from its path; it states no licence, so
it is never copied into the project) builds ``http://api.<domain>/v1.0/`` roots: its
``root`` attribute is pointed at the sandbox's base URL, and its requests session is
kept off any proxy (``trust_env = False``: loopback only) and given a timeout per
request (it sets none). The file is not changed.

Measured, interleaved (the order alternates from run to run), median of each:

- list: ``settings.listSmtp()`` (one POST, ``json.loads`` of the body) against
  ``app.api.SendCleanClient.list_users()`` (the list parsed into ``SmtpUser`` objects;
  an answer byte for byte the same as the client's last one gives its users again);
- first list (reported, no budget): the same with a new client of each per run, so
  that ours decodes an answer it has not seen;
- edits: ``count`` sequential ``settings.editSmtp(smtp_user_name=…, hourly_limit=…)``
  against as many ``SendCleanClient.edit_user(…, hourly_limit=…)``.

Both clients are made once and warmed up (one call each) first, so both reuse one open
connection. Prints one ``BENCH-RESULT`` line; ``{"skipped": "why"}`` when the official
client or ``requests`` cannot be loaded.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from benchlib import emit_result, median

#: The official client wants a domain; its root is replaced before any call.
PLACEHOLDER_DOMAIN = "sandbox.invalid"
#: The official client sets no timeout: every request of its session gets this one.
REQUEST_TIMEOUT_S = 60.0


def load_official(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("sendclean_official_client", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def interleaved(
    runs: int, official: Callable[[int], object], ours: Callable[[int], object]
) -> dict[str, float]:
    official(-1)  # warm: connection open, server answer cached
    ours(-1)
    official_ms: list[float] = []
    ours_ms: list[float] = []
    for run in range(runs):
        if run % 2 == 0:
            official_ms.append(timed(lambda r=run: official(r)))
            ours_ms.append(timed(lambda r=run: ours(r)))
        else:
            ours_ms.append(timed(lambda r=run: ours(r)))
            official_ms.append(timed(lambda r=run: official(r)))
    return {
        "official_ms": median(official_ms),
        "ours_ms": median(ours_ms),
        "ratio": median(official_ms) / median(ours_ms),
    }


def main() -> int:
    spec = json.loads(sys.stdin.read())
    path = Path(spec["client"])
    try:
        import requests
    except ImportError as exc:
        emit_result({"skipped": f"requests is not importable ({exc})"})
        return 0
    try:
        module = load_official(path)
    except (OSError, ImportError, SyntaxError) as exc:
        emit_result({"skipped": f"cannot load the official client {path}: {exc}"})
        return 0

    from app.api import SendCleanClient

    runs = int(spec["runs"])
    count = int(spec["count"])

    def official_client(server: dict[str, str]) -> Any:
        client = module.SendClean(
            owner_id=server["owner_id"], apikey=server["token"], appDomain=PLACEHOLDER_DOMAIN
        )
        client.root = server["url"]  # http://127.0.0.1:<port>/v1.0/, not api.<domain>
        session = client.session
        session.trust_env = False  # loopback only: no proxy from the environment
        send = session.request

        def bounded(method: str, url: str, **kwargs: Any) -> Any:
            kwargs.setdefault("timeout", REQUEST_TIMEOUT_S)  # no call waits forever
            return send(method, url, **kwargs)

        session.request = bounded
        return client

    result: dict[str, Any] = {"requests": requests.__version__}
    listing, edits = spec["list"], spec["edits"]
    theirs = official_client(listing)
    with SendCleanClient(listing["url"], listing["owner_id"], listing["token"]) as ours:
        expected = len(ours.list_users())

        def official_list(_run: int) -> None:
            answer = theirs.settings.listSmtp()
            if answer.get("status") != "success":
                raise RuntimeError(f"official listSmtp: {str(answer)[:200]}")

        def our_list(_run: int) -> None:
            if len(ours.list_users()) != expected:
                raise RuntimeError("our list_users returned another number of users")

        result["list"] = {**interleaved(runs, official_list, our_list), "users": expected}
    theirs.session.close()

    # Reported, no budget: the first list of a new client of each, which ours cannot
    # recognise as the answer it already decoded (a new connection for both).
    def official_first(_run: int) -> None:
        fresh = official_client(listing)
        try:
            if fresh.settings.listSmtp().get("status") != "success":
                raise RuntimeError("official listSmtp failed")
        finally:
            fresh.session.close()

    def our_first(_run: int) -> None:
        with SendCleanClient(listing["url"], listing["owner_id"], listing["token"]) as fresh:
            if len(fresh.list_users()) != expected:
                raise RuntimeError("our list_users returned another number of users")

    result["first_list"] = interleaved(runs, official_first, our_first)

    theirs = official_client(edits)
    with SendCleanClient(edits["url"], edits["owner_id"], edits["token"]) as ours:
        name = ours.list_users()[0].user_name

        def official_edits(run: int) -> None:
            for index in range(count):
                answer = theirs.settings.editSmtp(
                    smtp_user_name=name, hourly_limit=1 + (run * count + index) % 50
                )
                if answer.get("status") != "success":
                    raise RuntimeError(f"official editSmtp: {str(answer)[:200]}")

        def our_edits(run: int) -> None:
            for index in range(count):
                ours.edit_user(name, hourly_limit=1 + (run * count + index) % 50)

        result["edits"] = {**interleaved(runs, official_edits, our_edits), "count": count}
    theirs.session.close()
    emit_result(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
