"""The SendClean SMTP-user API client.

A :class:`SendCleanClient` belongs to one thread at a time: in the app, the API
worker thread owns it. It keeps one HTTP connection alive across calls, verifies
TLS always, and raises only :class:`~app.api.errors.SendCleanError` subclasses.

Defaults: read timeout 30 s (``timeout``), connect timeout 10 s
(``connect_timeout``), answers larger than 64 MiB (``max_response_bytes``) are
refused while they stream in.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import socket
import ssl
import time
from collections.abc import Callable
from itertools import filterfalse
from operator import attrgetter
from types import TracebackType
from typing import Any, Final, Self, TypeVar

import httpx

from app import __version__

from .errors import ProtocolError, SendCleanError, TransportError
from .models import SmtpCredentials, SmtpUser
from .parsing import decode_answer, fast_user_list, parse_credentials, parse_user_list

log = logging.getLogger(__name__)
_T = TypeVar("_T")
#: Turns (call, HTTP status, content type, body) into the call's value or a typed error.
_Decoder = Callable[[str, int, str, bytes], _T]

DEFAULT_TIMEOUT: Final = 30.0
DEFAULT_CONNECT_TIMEOUT: Final = 10.0
DEFAULT_MAX_RESPONSE_BYTES: Final = 64 * 1024 * 1024
USER_AGENT: Final = f"SendCleanSMTPManager/{__version__} httpx/{httpx.__version__}"
_REDACTED: Final = "[redacted]"
_password_of: Final = attrgetter("password")
#: Passwords added to the redaction set per step when a list arrives.
_SECRETS_SLICE: Final = 8192


def is_loopback_host(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalize_base_url(base_url: str) -> str:
    """Check a base URL and return it ending in ``/``; raise ``ValueError`` if unusable."""
    text = base_url.strip()
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ValueError(f"not a usable URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError("the API address must start with https:// and name a host")
    if url.scheme == "http" and not is_loopback_host(url.host):
        raise ValueError(
            "plain http:// is refused because it would send the token unencrypted; "
            "use https:// (http is allowed only for a local server on this computer)"
        )
    if url.userinfo or url.query or url.fragment:
        raise ValueError("the API address must not carry a user name, a query or a fragment")
    return text if text.endswith("/") else text + "/"


def base_url_for_domain(app_domain: str) -> str:
    """``https://api.<app_domain>/v1.0/`` for an account's app domain."""
    domain = app_domain.strip().strip(".").lower()
    if domain.startswith("api."):
        domain = domain[4:]
    if not domain or "/" in domain or ":" in domain or " " in domain or "." not in domain:
        raise ValueError(
            f"{app_domain!r} is not an app domain; expected something like us1-mta1.sendclean.net"
        )
    return f"https://api.{domain}/v1.0/"


class _Retryable(Exception):
    """The connection failed before any byte of the answer arrived."""

    def __init__(self, error: TransportError) -> None:
        super().__init__(str(error))
        self.error = error


class SendCleanClient:
    """Calls the four SMTP-user calls of one SendClean account."""

    def __init__(
        self,
        base_url: str,
        owner_id: str,
        token: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._base_url = normalize_base_url(base_url)
        if not owner_id or not token:
            raise ValueError("an owner ID and a token are both required")
        self._owner_id = owner_id
        self._token = token
        self._max_response_bytes = max_response_bytes
        self._timeout = timeout
        self._connect_timeout = connect_timeout
        # A remote server is reached the way the system says: HTTPS_PROXY / NO_PROXY and
        # SSL_CERT_FILE / SSL_CERT_DIR (a company's proxy or CA). A server on this
        # computer is always reached directly.
        remote = not is_loopback_host(httpx.URL(self._base_url).host)
        self._http = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(connect_timeout, timeout)),
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            verify=True,
            follow_redirects=False,
            trust_env=remote,
            transport=transport,
        )
        # Redacted from every message: the token, the passwords the client has seen
        # (_secrets), and those of the latest list (_listed). A new list replaces _listed
        # rather than adding to one set: kept there, the previous list's password
        # strings would pin most of its memory (about 25 MB for 100 000 users);
        # passwords that left the list move to _secrets.
        self._secrets: set[str] = {token}
        self._listed: set[str] = set()

    @classmethod
    def for_domain(cls, app_domain: str, owner_id: str, token: str, **kw: Any) -> SendCleanClient:
        """A client for ``https://api.<app_domain>/v1.0/``."""
        return cls(base_url_for_domain(app_domain), owner_id, token, **kw)

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def owner_id(self) -> str:
        return self._owner_id

    def __repr__(self) -> str:
        return f"SendCleanClient(base_url={self._base_url!r}, owner_id={self._owner_id!r})"

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def set_timeout(self, timeout: float) -> None:
        """Use ``timeout`` from the next call on (the connection stays open)."""
        self._timeout = timeout
        self._http.timeout = httpx.Timeout(timeout, connect=min(self._connect_timeout, timeout))

    # -- the four calls -------------------------------------------------------

    def list_users(self) -> list[SmtpUser]:
        users = self._call("listSmtp", {}, retry_once=True, decode=self._decode_user_list)
        listed: set[str] = set()
        for start in range(0, len(users), _SECRETS_SLICE):  # short GIL holds, even for 100k
            listed.update(filter(None, map(_password_of, users[start : start + _SECRETS_SLICE])))
        previous = list(self._listed)  # those that left the list stay redacted
        for start in range(0, len(previous), _SECRETS_SLICE):
            self._secrets.update(
                filterfalse(listed.__contains__, previous[start : start + _SECRETS_SLICE])
            )
        self._listed = listed
        return users

    def add_user(self, total_limit: int, hourly_limit: int) -> SmtpCredentials:
        params = {"total_limit": total_limit, "hourly_limit": hourly_limit}
        payload = self._call("addSmtp", params, retry_once=False, decode=self._decode_payload)
        credentials = self._parsed(payload, parse_credentials)
        self._secrets.add(credentials.password)
        return credentials

    def edit_user(
        self,
        user_name: str,
        *,
        total_limit: int | None = None,
        hourly_limit: int | None = None,
        enabled: bool | None = None,
    ) -> None:
        params: dict[str, Any] = {"smtp_user_name": user_name}
        if total_limit is not None:
            params["total_limit"] = total_limit
        if hourly_limit is not None:
            params["hourly_limit"] = hourly_limit
        if enabled is not None:
            params["status"] = "Enable" if enabled else "Disable"
        self._call("editSmtp", params, retry_once=True, decode=self._decode_payload)

    def reset_password(self, user_name: str) -> SmtpCredentials:
        payload = self._call(
            "resetSmtpPassword",
            {"smtp_user_name": user_name},
            retry_once=False,
            decode=self._decode_payload,
        )
        credentials = self._parsed(payload, lambda p: parse_credentials(p, user_name))
        self._secrets.add(credentials.password)
        return credentials

    # -- plumbing -------------------------------------------------------------

    def _redact(self, text: str) -> str:
        for secrets in (self._secrets, self._listed):
            for secret in secrets:
                if secret and secret in text:
                    text = text.replace(secret, _REDACTED)
        return text

    def _decode_payload(
        self, call: str, status: int, content_type: str, body: bytes
    ) -> dict[str, Any]:
        return decode_answer(call, status, content_type, body, self._redact)

    def _decode_user_list(
        self, call: str, status: int, content_type: str, body: bytes
    ) -> list[SmtpUser]:
        """The fast decoder for well-formed lists; the general path for everything else."""
        users = fast_user_list(status, content_type, body)
        if users is not None:
            return users
        payload = decode_answer(call, status, content_type, body, self._redact)
        return self._parsed(payload, parse_user_list)

    def _parsed(self, payload: dict[str, Any], parse: Callable[[dict[str, Any]], _T]) -> _T:
        try:
            return parse(payload)
        except ProtocolError as exc:
            raise ProtocolError(
                f"the server answered HTTP 200 with an unexpected shape: {exc.message}",
                http_status=200,
            ) from None

    def _call(
        self, call: str, params: dict[str, Any], *, retry_once: bool, decode: _Decoder[_T]
    ) -> _T:
        attempts = 2 if retry_once else 1
        for attempt in range(1, attempts + 1):
            try:
                return self._call_once(call, params, decode)
            except _Retryable as failure:
                if attempt == attempts:
                    raise failure.error from None
                log.info("%s: connection failed before an answer; retrying once", call)
            except SendCleanError:
                raise
            except Exception as exc:  # anything unforeseen still leaves typed
                raise TransportError(
                    f"unexpected failure while talking to the server ({type(exc).__name__})"
                ) from None
        raise AssertionError("unreachable")

    def _call_once(self, call: str, params: dict[str, Any], decode: _Decoder[_T]) -> _T:
        body = json.dumps({"owner_id": self._owner_id, "token": self._token, **params})
        request = self._http.build_request(
            "POST",
            self._base_url + "settings/" + call,
            content=body.encode("utf-8"),
            headers={"Content-Type": "application/json"},
        )
        started = time.perf_counter()
        try:
            response = self._http.send(request, stream=True)
        except httpx.HTTPError as exc:
            error = self._transport_error(exc, before_answer=True)
            if isinstance(
                exc,
                httpx.ConnectError | httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError,
            ):
                raise _Retryable(error) from None
            raise error from None
        try:
            data = self._read_body(response)
        finally:
            response.close()
        log.debug(
            "POST settings/%s -> HTTP %d, %d bytes in %.0f ms",
            call,
            response.status_code,
            len(data),
            (time.perf_counter() - started) * 1000,
        )
        content_type = response.headers.get("content-type", "")
        return decode(call, response.status_code, content_type, data)

    def _read_body(self, response: httpx.Response) -> bytes:
        status = response.status_code
        cap = self._max_response_bytes
        declared = response.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > cap:
            raise ProtocolError(
                f"the server answered HTTP {status} with a body of {int(declared)} bytes, "
                f"over the {cap // (1024 * 1024)} MiB limit",
                http_status=status,
            )
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > cap:
                    raise ProtocolError(
                        f"the server answered HTTP {status} with a body over the "
                        f"{cap // (1024 * 1024)} MiB limit",
                        http_status=status,
                    )
                chunks.append(chunk)
        except httpx.TimeoutException:
            raise TransportError(
                f"the server stopped sending its answer (HTTP {status}) for more than "
                f"{self._timeout:g} s"
            ) from None
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.DecodingError):
            raise ProtocolError(
                f"the server answered HTTP {status} but the body was cut off after {size} bytes",
                http_status=status,
            ) from None
        return b"".join(chunks)

    def _transport_error(self, exc: httpx.HTTPError, *, before_answer: bool) -> TransportError:
        host = self._http.base_url.host or httpx.URL(self._base_url).host
        chain = _exception_chain(exc)
        if isinstance(exc, httpx.ConnectTimeout):
            text = f"could not connect to {host} within the connect timeout"
            sent = False
        elif isinstance(exc, httpx.TimeoutException):
            text = f"{host} did not answer within {self._timeout:g} s"
            sent = True
        elif any(isinstance(e, ssl.SSLCertVerificationError) for e in chain):
            text = (
                f"the TLS certificate of {host} could not be verified; the connection was refused"
            )
            sent = False
        elif any(isinstance(e, ssl.SSLError) for e in chain):
            text = f"a secure (TLS) connection to {host} could not be established"
            sent = False
        elif any(isinstance(e, socket.gaierror) for e in chain):
            text = f"the server name {host} could not be found (DNS); check the app domain"
            sent = False
        elif isinstance(exc, httpx.ConnectError):
            text = f"could not connect to {host}: the connection was refused or unreachable"
            sent = False
        elif isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError):
            text = f"{host} closed the connection without answering"
            sent = True
        else:
            text = f"the request to {host} failed ({type(exc).__name__})"
            sent = True
        return TransportError(self._redact(text), request_sent=sent)


def _exception_chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(seen) < 16:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen
