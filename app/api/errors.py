"""The one exception tree that leaves :mod:`app.api`.

Every failure of a call is one of these, whatever the server does:

- :class:`ApiError` — SendClean answered with an error (subclasses by kind);
- :class:`TransportError` — no usable answer arrived (connect, DNS, TLS, timeout, drop);
- :class:`ProtocolError` — an answer arrived but is not the documented shape.

``str()`` of each is an English sentence (for logs); ``problem`` says the same as data
(:class:`~app.api.problem.Problem`: a kind, its parameters, the technical detail), which
the window words in the user's language. Neither ever contains the token or a password.
Every text a server sent is redacted and capped (:data:`app.api.text.MAX_SERVER_TEXT`
characters, then "…" and the full length) before it enters an exception.
"""

from __future__ import annotations

from collections.abc import Mapping

from .problem import ParamValue, Problem, ProblemKind
from .text import MAX_KIND_TEXT, MAX_SERVER_TEXT, cap_text

#: Longest message of an exception: a sentence around one capped server text.
MAX_MESSAGE_TEXT = MAX_SERVER_TEXT + 500


class SendCleanError(Exception):
    """Base class of every error raised by :class:`app.api.SendCleanClient`."""

    def __init__(self, message: str) -> None:
        message = cap_text(message, MAX_MESSAGE_TEXT)
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    @property
    def problem(self) -> Problem:
        """What happened, as data for the window (``str()`` stays the English sentence)."""
        return Problem(ProblemKind.UNEXPECTED, {}, self._detail())

    def _detail(self) -> str:
        return f"{type(self).__name__}: {self.message}"


class ApiError(SendCleanError):
    """The service answered with an error body.

    ``kind`` is the error name as sent (``name`` or ``type``), ``message`` the
    service's own text, ``code`` its numeric code, ``http_status`` the HTTP status.
    """

    def __init__(
        self,
        kind: str,
        message: str,
        code: int | None = None,
        *,
        http_status: int = 200,
        call: str = "",
    ) -> None:
        self.kind = cap_text(kind, MAX_KIND_TEXT)
        self.code = code
        self.http_status = http_status
        self.call = call
        super().__init__(message)
        # ``message`` is the service's text (capped); str() is the sentence for people.

    def __str__(self) -> str:
        return f"{self._lead()} ({self.kind}: {self.message})"

    def _lead(self) -> str:
        return "SendClean answered with an error"

    #: The kind of :attr:`problem`; the service's own words are its ``server_message``.
    _problem_kind = ProblemKind.API_UNKNOWN

    @property
    def problem(self) -> Problem:
        params: dict[str, ParamValue] = {"server_message": self.message}
        return Problem(self._problem_kind, params, self._detail())

    def _detail(self) -> str:
        parts = [type(self).__name__, f"server kind: {self.kind}"]
        if self.code is not None:
            parts.append(f"code: {self.code}")
        parts.append(f"HTTP {self.http_status}")
        if self.call:
            parts.append(f"call: {self.call}")
        return "; ".join(parts)

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(kind={self.kind!r}, message={self.message!r}, code={self.code!r})"


class AuthenticationError(ApiError):
    """The owner ID and token do not match (also ``Invalid_Key``)."""

    _problem_kind = ProblemKind.API_AUTHENTICATION

    def _lead(self) -> str:
        return "SendClean rejected the owner ID or token"


class ValidationError(ApiError):
    """A parameter was missing or invalid."""

    _problem_kind = ProblemKind.API_VALIDATION

    def _lead(self) -> str:
        return "SendClean refused the request as invalid"


class GeneralError(ApiError):
    """SendClean failed on its side."""

    _problem_kind = ProblemKind.API_GENERAL

    def _lead(self) -> str:
        return "SendClean failed to process the request; try again later"


class TransportError(SendCleanError):
    """No usable answer: connection refused or dropped, DNS, TLS failure, timeout.

    ``request_sent`` tells whether the request may have reached the server: when it
    is true, a call that changes state (add, reset) may have been carried out.
    """

    def __init__(
        self,
        message: str,
        *,
        request_sent: bool = True,
        kind: ProblemKind = ProblemKind.TRANSPORT_FAILED,
        params: Mapping[str, ParamValue] | None = None,
    ) -> None:
        super().__init__(message)
        self.request_sent = request_sent
        self.problem_kind = kind
        self.params: Mapping[str, ParamValue] = dict(params or {})

    @property
    def problem(self) -> Problem:
        sent = "may have reached the server" if self.request_sent else "was not sent"
        return Problem(self.problem_kind, self.params, f"{self._detail()} (the request {sent})")


class ProtocolError(SendCleanError):
    """An answer that is not the documented shape; the message names the HTTP status."""

    def __init__(
        self,
        message: str,
        *,
        http_status: int | None = None,
        kind: ProblemKind = ProblemKind.PROTOCOL_UNEXPECTED,
        params: Mapping[str, ParamValue] | None = None,
    ) -> None:
        super().__init__(message)
        self.http_status = http_status
        self.problem_kind = kind
        self.params: Mapping[str, ParamValue] = dict(params or {})

    @property
    def problem(self) -> Problem:
        params = dict(self.params)
        params.setdefault("http_status", self.http_status if self.http_status is not None else 0)
        return Problem(self.problem_kind, params, self._detail())


class AddressError(ValueError):
    """An API address or app domain the client refuses (before any call)."""

    def __init__(
        self, message: str, kind: ProblemKind, params: Mapping[str, ParamValue] | None = None
    ) -> None:
        super().__init__(message)
        self.problem = Problem(kind, params or {}, message)


ERROR_KINDS: dict[str, type[ApiError]] = {
    "AuthenticationError": AuthenticationError,
    "Invalid_Key": AuthenticationError,
    "ValidationError": ValidationError,
    "GeneralError": GeneralError,
}


def api_error_for(
    kind: str, message: str, code: int | None, *, http_status: int, call: str
) -> ApiError:
    """Build the :class:`ApiError` subclass that matches ``kind``."""
    cls = ERROR_KINDS.get(kind, ApiError)
    return cls(kind, message, code, http_status=http_status, call=call)
