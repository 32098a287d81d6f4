"""Qt-free client for the SendClean SMTP-user API.

Public names: :class:`SendCleanClient`, :class:`SmtpUser`, :class:`SmtpCredentials`,
:class:`UserList` (what ``list_users`` returns, with ``odd_entries`` and
``hidden_entries``), the exception tree rooted at :class:`SendCleanError`, and the text
helpers :func:`cap_text` (server text for the window) and :func:`redact`/:class:`SecretSet`.

The client (httpx) and the models (msgspec) are loaded on first use: importing the
errors or the address helpers loads neither, so a window can paint before them.
"""

from typing import TYPE_CHECKING

# Not lazy: ``redact`` is also the name of its module, which would shadow the function
# once anything imported ``app.api.redact`` (the import sets the package's attribute).
from .redact import SecretSet, echo_forms, redact

if TYPE_CHECKING:
    from .client import (
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_DEADLINE,
        DEFAULT_MAX_RESPONSE_BYTES,
        DEFAULT_TIMEOUT,
        SendCleanClient,
    )
    from .credentials import SmtpCredentials
    from .errors import (
        AddressError,
        ApiError,
        AuthenticationError,
        GeneralError,
        ProtocolError,
        SendCleanError,
        TransportError,
        ValidationError,
    )
    from .models import SmtpUser, UserList, replace_user
    from .problem import Problem, ProblemKind, problem_of
    from .text import MAX_SERVER_TEXT, cap_text
    from .urls import base_url_for_domain, is_loopback_host, normalize_base_url

#: Every public name, by the module it comes from (each loaded on first use: a module
#: importing one submodule, say the text helpers, does not load the others).
_LAZY = {
    "DEFAULT_CONNECT_TIMEOUT": "client",
    "DEFAULT_DEADLINE": "client",
    "DEFAULT_MAX_RESPONSE_BYTES": "client",
    "DEFAULT_TIMEOUT": "client",
    "SendCleanClient": "client",
    "SmtpCredentials": "credentials",
    "AddressError": "errors",
    "ApiError": "errors",
    "AuthenticationError": "errors",
    "GeneralError": "errors",
    "ProtocolError": "errors",
    "SendCleanError": "errors",
    "TransportError": "errors",
    "ValidationError": "errors",
    "SmtpUser": "models",
    "UserList": "models",
    "replace_user": "models",
    "Problem": "problem",
    "ProblemKind": "problem",
    "problem_of": "problem",
    "MAX_SERVER_TEXT": "text",
    "cap_text": "text",
    "base_url_for_domain": "urls",
    "is_loopback_host": "urls",
    "normalize_base_url": "urls",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is not None:
        import importlib

        return getattr(importlib.import_module(f".{module}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "MAX_SERVER_TEXT",
    "AddressError",
    "ApiError",
    "AuthenticationError",
    "GeneralError",
    "Problem",
    "ProblemKind",
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
    "problem_of",
    "redact",
    "replace_user",
]
