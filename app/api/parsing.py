"""Turn raw answers into values or typed errors. Pure functions, no I/O.

Accepts every contradiction of the reference (see the project's README):
password under ``password`` or ``smtp_password``; status as "Enable"/"Disable" in
any case, 1/0 or "1"/"0"; limits as integers or digit strings, missing as ``None``;
errors named by ``name`` or ``type``, on HTTP 200 or on 4xx/5xx.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .errors import ProtocolError, api_error_for
from .models import SmtpCredentials, SmtpUser

Redactor = Callable[[str], str]

_ENABLED = {
    "enable": True,
    "enabled": True,
    "1": True,
    "disable": False,
    "disabled": False,
    "0": False,
}
_MAX_LIMIT_DIGITS = 18


def _no_redaction(text: str) -> str:
    return text


def _looks_like_html(content_type: str, body: bytes) -> bool:
    if "html" in content_type.lower():
        return True
    head = body[:256].lstrip().lower()
    return head.startswith((b"<!doctype", b"<html", b"<head", b"<body", b"<"))


def decode_answer(
    call: str,
    http_status: int,
    content_type: str,
    body: bytes,
    redact: Redactor = _no_redaction,
) -> dict[str, Any]:
    """Return the JSON object of a success answer, or raise a typed error."""
    where = f"the server answered HTTP {http_status}"
    if not body.strip():
        raise ProtocolError(f"{where} with an empty body", http_status=http_status)
    if _looks_like_html(content_type, body):
        raise ProtocolError(f"{where} with an HTML page instead of JSON", http_status=http_status)
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        raise ProtocolError(
            f"{where} with a body that is not JSON", http_status=http_status
        ) from None
    if not isinstance(payload, dict):
        raise ProtocolError(f"{where} with JSON that is not an object", http_status=http_status)
    status = payload.get("status")
    status_text = status.lower() if isinstance(status, str) else None
    kind = payload.get("name")
    if not isinstance(kind, str) or not kind:
        kind = payload.get("type")
    if status_text == "error" or (http_status >= 400 and isinstance(kind, str) and kind):
        message = payload.get("message")
        code = payload.get("code")
        raise api_error_for(
            kind if isinstance(kind, str) and kind else "UnknownError",
            redact(message) if isinstance(message, str) else "",
            code if isinstance(code, int) and not isinstance(code, bool) else None,
            http_status=http_status,
            call=call,
        )
    if http_status >= 400:
        raise ProtocolError(
            f"{where} with JSON that is not a SendClean error", http_status=http_status
        )
    if status_text != "success":
        raise ProtocolError(f'{where} without the status "success"', http_status=http_status)
    return payload


def parse_limit(value: object, field_name: str) -> int | None:
    """A limit as sent: int, digit string, or missing (``None``)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ProtocolError(f"{field_name} is a boolean, not a number")
    if isinstance(value, int):
        if value < 0:
            raise ProtocolError(f"{field_name} is negative")
        return value
    if isinstance(value, float) and value.is_integer() and value >= 0:
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit() and len(text) <= _MAX_LIMIT_DIGITS:
            return int(text)
    raise ProtocolError(f"{field_name} is not a whole number")


def parse_enabled(value: object) -> bool:
    """A status as sent: "Enable"/"Disable" in any case, 1/0, "1"/"0" (or a boolean)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return value == 1
    if isinstance(value, str):
        found = _ENABLED.get(value.strip().lower())
        if found is not None:
            return found
    raise ProtocolError("status is neither Enable nor Disable")


def _password_of(item: dict[str, Any]) -> str | None:
    for key in ("password", "smtp_password"):
        value = item.get(key)
        if isinstance(value, str) and value:
            return value
        if value is not None and not isinstance(value, str):
            raise ProtocolError(f"{key} is not text")
    return None


def parse_user(item: object) -> SmtpUser:
    """One entry of ``smtp_list``."""
    if not isinstance(item, dict):
        raise ProtocolError("an entry of smtp_list is not an object")
    name = item.get("smtp_user_name")
    if not isinstance(name, str) or not name:
        raise ProtocolError("an entry of smtp_list has no smtp_user_name")
    return SmtpUser(
        user_name=name,
        password=_password_of(item),
        enabled=parse_enabled(item.get("status")),
        total_limit=parse_limit(item.get("total_limit"), "total_limit"),
        hourly_limit=parse_limit(item.get("hourly_limit"), "hourly_limit"),
    )


def parse_user_list(payload: dict[str, Any]) -> list[SmtpUser]:
    """The users of a ``listSmtp`` success answer."""
    items = payload.get("smtp_list")
    if items is None:
        return []
    if not isinstance(items, list):
        raise ProtocolError("smtp_list is not a list")
    users = [parse_user(item) for item in items]
    return users


def parse_credentials(payload: dict[str, Any], expected_user: str | None = None) -> SmtpCredentials:
    """The user name and password of an ``addSmtp`` or ``resetSmtpPassword`` answer."""
    name = payload.get("smtp_user_name", expected_user)
    if not isinstance(name, str) or not name:
        raise ProtocolError("the answer has no smtp_user_name")
    password = payload.get("smtp_password", payload.get("password"))
    if not isinstance(password, str) or not password:
        raise ProtocolError("the answer has no smtp_password")
    return SmtpCredentials(user_name=name, password=password)
