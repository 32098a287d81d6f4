"""What went wrong, as data: a kind, its parameters and the technical detail.

The Qt-free layers report a failure as a :class:`Problem`; the window turns its
``kind`` into a sentence in the user's language and fills in ``params``. ``detail`` is
for the expandable "Details" of a message and for logs: exception class, server kind
and code, HTTP status, call. It never holds a token or a password.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

#: A parameter's value: user data, a number, or the server's own words.
ParamValue = str | int | float

_NO_PARAMS: Mapping[str, ParamValue] = MappingProxyType({})


class ProblemKind(StrEnum):
    """Every kind of failure the window can explain."""

    #: Nothing the app knows: the details name the exception.
    UNEXPECTED = "unexpected"
    # An API address or app domain the app refuses
    ADDRESS_NOT_URL = "address.not_url"
    ADDRESS_SCHEME = "address.scheme"
    ADDRESS_PLAIN_HTTP = "address.plain_http"
    ADDRESS_EXTRAS = "address.extras"
    ADDRESS_DOMAIN = "address.domain"
    # SendClean answered with an error (server_message: the service's own words)
    API_AUTHENTICATION = "api.authentication"
    API_VALIDATION = "api.validation"
    API_GENERAL = "api.general"
    API_UNKNOWN = "api.unknown"
    # No usable answer (host, seconds)
    TRANSPORT_DEADLINE = "transport.deadline"
    TRANSPORT_CONNECT_TIMEOUT = "transport.connect_timeout"
    TRANSPORT_TIMEOUT = "transport.timeout"
    TRANSPORT_STALLED = "transport.stalled"
    TRANSPORT_CERTIFICATE = "transport.certificate"
    TRANSPORT_TLS = "transport.tls"
    TRANSPORT_DNS = "transport.dns"
    TRANSPORT_REFUSED = "transport.refused"
    TRANSPORT_DROPPED = "transport.dropped"
    TRANSPORT_FAILED = "transport.failed"
    # An answer that is not the documented shape (http_status)
    PROTOCOL_REDIRECT = "protocol.redirect"
    PROTOCOL_EMPTY = "protocol.empty"
    PROTOCOL_HTML = "protocol.html"
    PROTOCOL_TOO_LARGE = "protocol.too_large"
    PROTOCOL_CUT_OFF = "protocol.cut_off"
    PROTOCOL_ENCODING = "protocol.encoding"
    PROTOCOL_UNEXPECTED = "protocol.unexpected"
    # The system keyring (account, operation: get, set or delete)
    KEYRING_NO_BACKEND = "keyring.no_backend"
    KEYRING_INSECURE = "keyring.insecure"
    KEYRING_LOCKED = "keyring.locked"
    KEYRING_UNAVAILABLE = "keyring.unavailable"
    KEYRING_FAILED = "keyring.failed"
    # An SMTP login or test message (address, host, seconds, answer)
    SMTP_SERVER_ANSWER = "smtp.server_answer"
    SMTP_NOT_SMTP = "smtp.not_smtp"
    SMTP_TOO_LONG = "smtp.too_long"
    SMTP_TIMEOUT = "smtp.timeout"
    SMTP_CERTIFICATE = "smtp.certificate"
    SMTP_TLS = "smtp.tls"
    SMTP_NOT_TLS = "smtp.not_tls"
    SMTP_REFUSED = "smtp.refused"
    SMTP_BAD_HOST = "smtp.bad_host"
    SMTP_DNS = "smtp.dns"
    SMTP_DISCONNECTED = "smtp.disconnected"
    SMTP_NO_AUTH = "smtp.no_auth"
    SMTP_NO_STARTTLS = "smtp.no_starttls"
    SMTP_UNSUPPORTED = "smtp.unsupported"
    SMTP_CONNECTION_LOST = "smtp.connection_lost"
    SMTP_IO = "smtp.io"
    SMTP_FAILED = "smtp.failed"
    SMTP_NO_MECHANISM = "smtp.no_mechanism"
    SMTP_NOT_ASCII = "smtp.not_ascii"
    SMTP_NO_ENCRYPTION = "smtp.no_encryption"
    SMTP_CANCELLED = "smtp.cancelled"
    SMTP_CANCELLED_AFTER_DATA = "smtp.cancelled_after_data"
    # A test message the user wrote
    MESSAGE_BAD_SENDER = "message.bad_sender"
    MESSAGE_NO_RECIPIENT = "message.no_recipient"
    MESSAGE_TOO_MANY = "message.too_many"
    MESSAGE_BAD_RECIPIENT = "message.bad_recipient"
    MESSAGE_SUBJECT_LINES = "message.subject_lines"
    MESSAGE_SUBJECT_LONG = "message.subject_long"
    MESSAGE_BODY_LONG = "message.body_long"
    MESSAGE_BODY_NUL = "message.body_nul"
    # Files the user picked (path)
    FILE_WRITE = "file.write"
    FILE_READ = "file.read"
    FILE_DENIED = "file.denied"
    FILE_FULL = "file.full"
    FILE_MISSING = "file.missing"
    FILE_NO_FOLDER = "file.no_folder"
    LABELS_TOO_LARGE = "labels.too_large"
    LABELS_NOT_JSON = "labels.not_json"
    LABELS_NOT_LABELS = "labels.not_labels"
    LABELS_NEWER = "labels.newer"
    LABELS_TOO_MANY = "labels.too_many"
    # The local database of labels, notes and change tracking (path)
    STORE_NEWER = "store.newer"
    STORE_DAMAGED = "store.damaged"
    STORE_LOCKED = "store.locked"
    STORE_FULL = "store.full"
    STORE_READ_ONLY = "store.read_only"
    STORE_FAILED = "store.failed"


@dataclass(frozen=True, slots=True)
class Problem:
    """One failure: ``kind`` says what happened, ``params`` fill in its sentence."""

    kind: ProblemKind
    params: Mapping[str, ParamValue] = field(default_factory=lambda: _NO_PARAMS)
    detail: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))


def problem_of(error: BaseException) -> Problem | None:
    """The :class:`Problem` an exception carries, if it is one of the app's own."""
    found = getattr(error, "problem", None)
    return found if isinstance(found, Problem) else None
