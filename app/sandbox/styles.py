"""The three shapes of a listSmtp answer (the reference contradicts itself)."""

from __future__ import annotations

import json

from app.sandbox.state import SandboxUser

#: ``example``: as the reference example (``password``, "Enable"/"Disable", int limits);
#: ``table``: as the reference field table (``smtp_password``, status 1/0, limits as
#: digit strings, a ``message``); ``mixed``: varies per user (see ``mixed_item``).
LIST_STYLES: tuple[str, ...] = ("example", "table", "mixed")

LIST_MESSAGE = "SMTP User List"

_ENABLED_SPELLINGS: tuple[object, ...] = ("Enable", "enable", "ENABLE", 1, "1")
_DISABLED_SPELLINGS: tuple[object, ...] = ("Disable", "disable", "DISABLE", 0, "0")


def example_item(user: SandboxUser) -> dict[str, object]:
    return {
        "smtp_user_name": user.user_name,
        "password": user.password,
        "status": "Enable" if user.enabled else "Disable",
        "total_limit": user.total_limit,
        "hourly_limit": user.hourly_limit,
    }


def table_item(user: SandboxUser) -> dict[str, object]:
    return {
        "smtp_user_name": user.user_name,
        "smtp_password": user.password,
        "status": 1 if user.enabled else 0,
        "total_limit": str(user.total_limit),
        "hourly_limit": str(user.hourly_limit),
    }


def mixed_item(index: int, user: SandboxUser) -> dict[str, object]:
    """Deterministic per position: password key alternates, status spelling cycles
    (Enable/enable/ENABLE/1/"1" and the Disable equivalents), every third user lacks
    ``total_limit``, every fourth lacks ``hourly_limit``, limits alternate int/string."""
    item: dict[str, object] = {"smtp_user_name": user.user_name}
    item["password" if index % 2 == 0 else "smtp_password"] = user.password
    spellings = _ENABLED_SPELLINGS if user.enabled else _DISABLED_SPELLINGS
    item["status"] = spellings[index % len(spellings)]
    if index % 3 != 1:
        item["total_limit"] = user.total_limit if index % 2 else str(user.total_limit)
    if index % 4 != 2:
        item["hourly_limit"] = str(user.hourly_limit) if index % 2 else user.hourly_limit
    return item


def render_list_body(users: list[SandboxUser], style: str) -> bytes:
    """The serialized listSmtp success body in ``style``."""
    payload: dict[str, object] = {"status": "success"}
    if style == "example":
        payload["smtp_list"] = [example_item(user) for user in users]
    elif style == "table":
        payload["message"] = LIST_MESSAGE
        payload["smtp_list"] = [table_item(user) for user in users]
    elif style == "mixed":
        payload["message"] = LIST_MESSAGE
        payload["smtp_list"] = [mixed_item(i, user) for i, user in enumerate(users)]
    else:
        raise ValueError(f"unknown list style {style!r}")
    return json.dumps(payload, separators=(",", ":")).encode("utf-8")
