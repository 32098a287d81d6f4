"""Qt-free client for the SendClean SMTP-user API.

Public names: :class:`SendCleanClient`, :class:`SmtpUser`, :class:`SmtpCredentials`,
:class:`UserList` (what ``list_users`` returns, with ``odd_entries`` and
``hidden_entries``), the exception tree rooted at :class:`SendCleanError`, and the text
helpers :func:`cap_text` (server text for the window) and :func:`redact`/:class:`SecretSet`.
"""

from .client import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    SendCleanClient,
    base_url_for_domain,
    is_loopback_host,
    normalize_base_url,
)
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
from .models import SmtpCredentials, SmtpUser, UserList
from .problem import Problem, ProblemKind, problem_of
from .redact import SecretSet, echo_forms, redact
from .text import MAX_SERVER_TEXT, cap_text

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
]
