"""Constants of the SendClean SMTP-user wire protocol, shared by the sandbox modules."""

from __future__ import annotations

API_PREFIX = "/v1.0/"
SETTINGS_PREFIX = "/v1.0/settings/"

#: The four calls of the SMTP-user API, in the order of the reference page.
CALLS: tuple[str, ...] = ("listSmtp", "addSmtp", "editSmtp", "resetSmtpPassword")

VALIDATION_ERROR = "ValidationError"
AUTHENTICATION_ERROR = "AuthenticationError"
GENERAL_ERROR = "GeneralError"

TOKEN_MISMATCH = "Token MissMatch"

#: Request keys that carry credentials: never recorded, never logged.
SECRET_KEYS: frozenset[str] = frozenset({"owner_id", "token"})


class CallError(Exception):
    """An API error answer: its kind (``name``/``type``), message and HTTP status."""

    def __init__(self, kind: str, message: str, http_status: int) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.http_status = http_status


def invalid(message: str) -> CallError:
    """A ValidationError (HTTP 400) with ``message``."""
    return CallError(VALIDATION_ERROR, message, 400)


def call_from_path(path: str) -> str | None:
    """The call name for a request path such as ``/v1.0/settings/listSmtp``, else None."""
    if not path.startswith(SETTINGS_PREFIX):
        return None
    name = path[len(SETTINGS_PREFIX) :]
    return name if name in CALLS else None
