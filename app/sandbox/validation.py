"""Checks of call parameters; each failure is a ValidationError (HTTP 400).

Limits: a JSON integer (not a bool) or a string of ASCII digits such as ``"100"``;
1 <= value <= MAX_LIMIT. Floats (even ``100.0``) are refused. ``null`` counts as absent.
Status: the strings "Enable"/"Disable", any letter case. Anything else is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.sandbox.protocol import invalid

MAX_LIMIT = 2_147_483_647
_MAX_NAME_ECHO = 80


def required_limit(params: Mapping[str, Any], key: str) -> int:
    """The positive integer under ``key``, which must be present."""
    number = optional_limit(params, key)
    if number is None:
        raise invalid(f"{key} is required")
    return number


def optional_limit(params: Mapping[str, Any], key: str) -> int | None:
    """The positive integer under ``key``; None when absent (or null)."""
    value = params.get(key)
    if value is None:
        return None
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 12:
        number = int(value)
    if number is None or number <= 0:
        raise invalid(f"{key} must be a positive integer")
    if number > MAX_LIMIT:
        raise invalid(f"{key} must be a positive integer no larger than {MAX_LIMIT}")
    return number


def parse_user_name(params: Mapping[str, Any]) -> str:
    value = params.get("smtp_user_name")
    if value is None or value == "":
        raise invalid("smtp_user_name is required")
    if not isinstance(value, str):
        raise invalid("smtp_user_name must be a string")
    return value


def unknown_user_message(user_name: str) -> str:
    shown = user_name if len(user_name) <= _MAX_NAME_ECHO else user_name[:_MAX_NAME_ECHO] + "..."
    return f"SMTP user {shown} does not exist"


def parse_status(params: Mapping[str, Any]) -> bool | None:
    """True for Enable, False for Disable, None when absent."""
    value = params.get("status")
    if value is None:
        return None
    if isinstance(value, str):
        folded = value.lower()
        if folded == "enable":
            return True
        if folded == "disable":
            return False
    raise invalid("status must be either 'Enable' or 'Disable'")
