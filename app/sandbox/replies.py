"""What the HTTP layer sends back: a plain reply, or a special transport behaviour."""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass

JSON_CONTENT_TYPE = "application/json"

#: ``http``: 4xx/5xx, body with both ``name`` and ``type``; ``name_on_200``: HTTP 200, body
#: with ``name`` only; ``type_on_4xx``: 4xx/5xx, body with ``type`` only.
ERROR_STYLES: tuple[str, ...] = ("http", "name_on_200", "type_on_4xx")


@dataclass(frozen=True, slots=True)
class Reply:
    """A complete HTTP answer.

    ``declared_length`` overrides Content-Length (the ``truncated`` fault declares more
    than it sends); ``close`` ends the connection after the answer.
    """

    status: int
    body: bytes
    content_type: str = JSON_CONTENT_TYPE
    declared_length: int | None = None
    close: bool = False
    extra_headers: tuple[tuple[str, str], ...] = ()


class Special(enum.Enum):
    """Answers that are not a complete HTTP response."""

    DROP = "drop"  # close the connection without answering
    ENDLESS = "endless"  # stream a never-ending JSON body


Answer = Reply | Special


def encode_json(payload: Mapping[str, object]) -> bytes:
    return json.dumps(payload, separators=(",", ":")).encode("utf-8")


def json_reply(payload: Mapping[str, object], status: int = 200) -> Reply:
    return Reply(status=status, body=encode_json(payload))


def error_reply(
    kind: str,
    message: str,
    http_status: int,
    style: str,
    *,
    keep_status: bool = False,
    close: bool = False,
) -> Reply:
    """An error answer shaped by ``style`` (one of ERROR_STYLES).

    ``keep_status`` keeps the real HTTP status even for ``name_on_200`` (used for
    transport-level errors such as 404/405/413, which are not API answers).
    """
    payload: dict[str, object] = {"status": "error", "code": -1}
    if style != "type_on_4xx":
        payload["name"] = kind
    if style != "name_on_200":
        payload["type"] = kind
    payload["message"] = message
    status = http_status
    if style == "name_on_200" and not keep_status:
        status = 200
    return Reply(status=status, body=encode_json(payload), close=close)
