"""Qt-free client for the SendClean SMTP-user API.

Public names: :class:`SendCleanClient`, :class:`SmtpUser`, :class:`SmtpCredentials`
and the exception tree rooted at :class:`SendCleanError`.
"""

from .client import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    SendCleanClient,
    base_url_for_domain,
    is_loopback_host,
    normalize_base_url,
)
from .errors import (
    ApiError,
    AuthenticationError,
    GeneralError,
    ProtocolError,
    SendCleanError,
    TransportError,
    ValidationError,
)
from .models import SmtpCredentials, SmtpUser

__all__ = [
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "ApiError",
    "AuthenticationError",
    "GeneralError",
    "ProtocolError",
    "SendCleanClient",
    "SendCleanError",
    "SmtpCredentials",
    "SmtpUser",
    "TransportError",
    "ValidationError",
    "base_url_for_domain",
    "is_loopback_host",
    "normalize_base_url",
]
