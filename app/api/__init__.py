"""Qt-free client for the SendClean SMTP-user API.

Public names: :class:`SendCleanClient`, :class:`SmtpUser`, :class:`SmtpCredentials`,
:class:`UserList` (what ``list_users`` returns, with ``odd_entries`` and
``hidden_entries``), the exception tree rooted at :class:`SendCleanError`, and the text
helpers :func:`cap_text` (server text for the window) and :func:`redact`/:class:`SecretSet`.

The client and its defaults are loaded on first use: importing the models or the errors
does not import httpx, so a window can paint before the network stack is loaded.
"""

from typing import TYPE_CHECKING

from .errors import (
    ApiError,
    AuthenticationError,
    GeneralError,
    ProtocolError,
    SendCleanError,
    TransportError,
    ValidationError,
)
from .models import SmtpCredentials, SmtpUser, UserList
from .redact import SecretSet, echo_forms, redact
from .text import MAX_SERVER_TEXT, cap_text
from .urls import base_url_for_domain, is_loopback_host, normalize_base_url

if TYPE_CHECKING:
    from .client import (
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_DEADLINE,
        DEFAULT_MAX_RESPONSE_BYTES,
        DEFAULT_TIMEOUT,
        SendCleanClient,
    )

_FROM_CLIENT = frozenset(
    {
        "DEFAULT_CONNECT_TIMEOUT",
        "DEFAULT_DEADLINE",
        "DEFAULT_MAX_RESPONSE_BYTES",
        "DEFAULT_TIMEOUT",
        "SendCleanClient",
    }
)


def __getattr__(name: str) -> object:
    if name in _FROM_CLIENT:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "MAX_SERVER_TEXT",
    "ApiError",
    "AuthenticationError",
    "GeneralError",
    "ProtocolError",
    "SecretSet",
    "SendCleanClient",
    "SendCleanError",
    "SmtpCredentials",
    "SmtpUser",
    "TransportError",
    "UserList",
    "ValidationError",
    "base_url_for_domain",
    "cap_text",
    "echo_forms",
    "is_loopback_host",
    "normalize_base_url",
    "redact",
]
