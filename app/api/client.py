"""The SendClean SMTP-user API client.

A :class:`SendCleanClient` belongs to one thread at a time: in the app, the API
worker thread owns it. It keeps one HTTP connection alive across calls, verifies
TLS always, and raises only :class:`~app.api.errors.SendCleanError` subclasses.

Defaults: read timeout 30 s (``timeout``), connect timeout 10 s
(``connect_timeout``), and a total deadline of 120 s per call (``deadline``: connect,
send and the whole answer, whatever the server does; a call ends with
:class:`TransportError` at most about a second after it). Answers larger than 64 MiB
(``max_response_bytes``) are refused while they stream in; the cap counts the decoded
bytes across every layer of ``Content-Encoding``. A call whose answer had started is
never retried. A redirect (3xx) is never followed and never a success.

TLS is always verified, against the operating system's trust store (:mod:`truststore`;
on Linux the OpenSSL default paths, which honour ``SSL_CERT_FILE`` and ``SSL_CERT_DIR``).
Plain ``http://`` is allowed only for 127.0.0.0/8, ``::1`` and the exact name
``localhost``, decided without any name lookup.
"""

from __future__ import annotations

import json
import logging
import socket
import ssl
import time
import zlib
from collections.abc import Callable
from itertools import compress
from operator import attrgetter, is_, not_
from types import TracebackType
from typing import Any, Final, Self, TypedDict, TypeVar

import httpx
import truststore

from app import __version__

from .content_decoding import ACCEPT_ENCODING, ContentDecoder, UnsupportedEncoding
from .deadline import CallClock, DeadlineBackend, install_backend
from .errors import ProtocolError, SendCleanError, TransportError
from .models import SmtpCredentials, UserList
from .parsing import decode_answer, fast_user_list, parse_credentials, parse_user_list
from .problem import ParamValue, ProblemKind
from .redact import SecretSet, echo_forms, redact
from .text import MAX_KIND_TEXT, MAX_SERVER_TEXT
from .urls import base_url_for_domain, is_loopback_host, normalize_base_url

log = logging.getLogger(__name__)
_T = TypeVar("_T")
#: Turns (call, HTTP status, content type, body) into the call's value or a typed error.
_Decoder = Callable[[str, int, str, bytes], _T]

DEFAULT_TIMEOUT: Final = 30.0
DEFAULT_CONNECT_TIMEOUT: Final = 10.0
DEFAULT_DEADLINE: Final = 120.0
DEFAULT_MAX_RESPONSE_BYTES: Final = 64 * 1024 * 1024
USER_AGENT: Final = f"SendCleanSMTPManager/{__version__} httpx/{httpx.__version__}"
_password_of: Final = attrgetter("password")
#: Passwords added to the redaction set per step when a list arrives.
_SECRETS_SLICE: Final = 8192


def tls_context() -> ssl.SSLContext:
    """A verifying TLS context on the operating system's trust store (read at each
    handshake, so a CA installed while the app runs is trusted from the next call)."""
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def _no_tls() -> ssl.SSLContext:
    """For an ``http://`` root, which never uses TLS: a context that verifies and trusts
    nothing (anything sent over TLS through it fails). Making the trust-store context
    reads the system's certificates, ~25 ms the local sandbox's first list waited for."""
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class _ProblemArgs(TypedDict):
    kind: ProblemKind
    params: dict[str, ParamValue]


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
        deadline: float = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._base_url = normalize_base_url(base_url)
        if not owner_id or not token:
            raise ValueError("an owner ID and a token are both required")
        self._owner_id = owner_id
        self._token = token
        self._max_response_bytes = max_response_bytes
        if not deadline > 0:
            raise ValueError("the deadline must be positive")
        self._timeout = timeout
        self._connect_timeout = connect_timeout
        self._deadline = deadline
        # A remote server is reached the way the system says: HTTPS_PROXY / NO_PROXY (a
        # company's proxy) and the system's trust store. A server on this computer is
        # always reached directly.
        remote = not is_loopback_host(httpx.URL(self._base_url).host)
        self._http = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(connect_timeout, timeout)),
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "application/json",
                "Content-Type": "application/json",  # every call posts JSON
                "Accept-Encoding": ACCEPT_ENCODING,
            },
            verify=tls_context() if self._base_url.startswith("https://") else _no_tls(),
            follow_redirects=False,
            trust_env=remote,
            transport=transport,
        )
        self._clock = CallClock()
        self._urls: dict[str, httpx.URL] = {}
        if transport is None:
            pools = [self._http._transport, *self._http._mounts.values()]
            if not install_backend(pools, DeadlineBackend(self._clock)):
                raise RuntimeError("this httpx cannot take the call deadline")
        # Redacted from every message: the token in the forms a server may echo it and
        # the passwords the client has seen (_secrets), and those of the latest list
        # (_listed). A new list replaces _listed rather than adding to one set: kept
        # there, the previous list's password strings would pin most of its memory
        # (about 25 MB for 100 000 users); passwords that left the list move to _secrets.
        self._secrets = SecretSet(echo_forms(token))
        self._listed = SecretSet()
        #: The latest list, whose unchanged users the next list reuses, and its answer's
        #: status, content type, size and hash (keyed per process: a server cannot aim
        #: at it). Python's bytes hash takes ~3 ms for 100 000 users; decoding ~70 ms.
        self._last_list: UserList = UserList()
        self._last_answer: tuple[int, str, int, int] | None = None

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

    @property
    def deadline(self) -> float:
        """Seconds a call may take in all (connect, send, the whole answer)."""
        return self._deadline

    def list_users(self) -> UserList:
        """The account's users; see :class:`UserList` for the entries not read fully.

        An answer byte for byte the same as the last one gives the last list's users
        again without decoding it; a changed answer reuses the users that did not change
        (see :func:`fast_user_list`).
        """
        last = self._last_list
        users = self._call("listSmtp", {}, retry_once=True, decode=self._decode_user_list)
        self._note_listed_passwords(last, users)
        self._last_list = users
        return users

    def _note_listed_passwords(self, last: UserList, users: UserList) -> None:
        """Make ``_listed`` the passwords of ``users``; those that left go to ``_secrets``.

        Users kept from the last list (the same objects) are not looked at again: a
        refresh of 100 000 unchanged users then costs no set work at all.
        """
        same = list(map(is_, users, last))
        if len(same) == len(users) == len(last) and all(same):
            return
        changed = list(map(not_, same))
        arrived = [*compress(users, changed), *users[len(same) :]]
        left = [*compress(last, changed), *last[len(same) :]]
        if len(arrived) > len(users) // 2:  # mostly new: one new set, built in steps
            listed: set[str] = set()
            for start in range(0, len(users), _SECRETS_SLICE):  # short GIL holds
                chunk = users[start : start + _SECRETS_SLICE]
                listed.update(filter(None, map(_password_of, chunk)))
            self._secrets.update(self._listed.difference(listed))  # left: stay redacted
            self._listed = SecretSet.adopt(listed)
            return
        gone = set(filter(None, map(_password_of, left)))
        self._secrets.update(gone)  # those that left stay redacted
        self._listed.discard_all(gone)
        self._listed.update(filter(None, map(_password_of, arrived)))

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

    def _redact(self, text: str, limit: int = MAX_SERVER_TEXT) -> str:
        return redact(text, self._secrets, self._listed, limit=limit)

    def _decode_payload(
        self, call: str, status: int, content_type: str, body: bytes
    ) -> dict[str, Any]:
        return decode_answer(call, status, content_type, body, self._redact)

    def _decode_user_list(self, call: str, status: int, content_type: str, body: bytes) -> UserList:
        """The fast decoder for well-formed lists; the general path for everything else."""
        answer = (status, content_type, len(body), hash(body))
        last = self._last_list
        if answer == self._last_answer:
            return last.copy_of_list()
        users = fast_user_list(status, content_type, body, last)
        if users is None:
            payload = decode_answer(call, status, content_type, body, self._redact)
            users = self._parsed(payload, parse_user_list)
        self._last_answer = answer
        return users

    def _parsed(self, payload: dict[str, Any], parse: Callable[[dict[str, Any]], _T]) -> _T:
        try:
            return parse(payload)
        except ProtocolError as exc:
            raise ProtocolError(
                "the server answered HTTP 200 with an unexpected shape: "
                + self._redact(exc.message),
                http_status=200,
            ) from None

    def _call(
        self, call: str, params: dict[str, Any], *, retry_once: bool, decode: _Decoder[_T]
    ) -> _T:
        attempts = 2 if retry_once else 1
        for attempt in range(1, attempts + 1):
            self._clock.start(self._deadline)
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
                    f"unexpected failure while talking to the server ({type(exc).__name__})",
                    params={"host": self._host()},
                ) from None
            finally:
                self._clock.stop()
        raise AssertionError("unreachable")

    def _call_once(self, call: str, params: dict[str, Any], decode: _Decoder[_T]) -> _T:
        body = json.dumps({"owner_id": self._owner_id, "token": self._token, **params})
        url = self._urls.get(call)
        if url is None:  # parsed once per call: a bulk run of edits posts to one address
            url = self._urls[call] = httpx.URL(self._base_url + "settings/" + call)
        request = self._http.build_request("POST", url, content=body.encode("utf-8"))
        started = time.perf_counter()
        try:
            response = self._http.send(request, stream=True)
        except httpx.HTTPError as exc:
            error = self._transport_error(exc)
            if self._clock.received == 0 and isinstance(
                exc,
                httpx.ConnectError | httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError,
            ):
                raise _Retryable(error) from None
            raise error from None
        try:
            if 300 <= response.status_code <= 399:
                raise self._redirect_error(response)
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

    def _redirect_error(self, response: httpx.Response) -> ProtocolError:
        status = response.status_code
        location = response.headers.get("location", "")
        try:
            target = httpx.URL(self._base_url).join(location).host if location else ""
        except (httpx.InvalidURL, TypeError, ValueError):
            target = ""
        where = f"to {self._redact(target, MAX_KIND_TEXT)}" if target else "without a target"
        return ProtocolError(
            f"the server answered HTTP {status}, a redirect {where}; redirects are not "
            "followed, so the call did not succeed",
            http_status=status,
            kind=ProblemKind.PROTOCOL_REDIRECT,
        )

    def _read_body(self, response: httpx.Response) -> bytes:
        status = response.status_code
        cap = self._max_response_bytes
        declared = response.headers.get("content-length")
        over = (
            f"the server answered HTTP {status} with a body over the "
            f"{cap // (1024 * 1024)} MiB limit"
        )
        too_large: _ProblemArgs = {
            "kind": ProblemKind.PROTOCOL_TOO_LARGE,
            "params": {"limit_mib": cap // (1024 * 1024)},
        }
        if declared is not None and declared.isdigit() and int(declared) > cap:
            raise ProtocolError(f"{over} ({int(declared)} bytes)", http_status=status, **too_large)
        try:
            decoder = ContentDecoder(response.headers.get("content-encoding", ""))
        except UnsupportedEncoding as exc:
            raise ProtocolError(
                f"the server answered HTTP {status} but {exc}",
                http_status=status,
                kind=ProblemKind.PROTOCOL_ENCODING,
            ) from None
        chunks: list[bytes] = []
        size = raw_size = 0
        try:
            for raw in response.iter_raw():
                raw_size += len(raw)
                for chunk in decoder.decode(raw):
                    size += len(chunk)
                    if size > cap or raw_size > cap:
                        raise ProtocolError(
                            over + (" once decoded" if decoder.layers else ""),
                            http_status=status,
                            **too_large,
                        )
                    chunks.append(chunk)
            for chunk in decoder.finish():
                size += len(chunk)
                if size > cap:
                    raise ProtocolError(over + " once decoded", http_status=status, **too_large)
                chunks.append(chunk)
        except httpx.TimeoutException:
            if self._clock.expired:
                raise self._deadline_error(sent=True) from None
            raise TransportError(
                f"the server stopped sending its answer (HTTP {status}) for more than "
                f"{self._timeout:g} s",
                kind=ProblemKind.TRANSPORT_STALLED,
                params={"host": self._host(), "seconds": self._timeout},
            ) from None
        except (httpx.RemoteProtocolError, httpx.ReadError):
            raise ProtocolError(
                f"the server answered HTTP {status} but the body was cut off after {size} bytes",
                http_status=status,
                kind=ProblemKind.PROTOCOL_CUT_OFF,
            ) from None
        except zlib.error:
            raise ProtocolError(
                f"the server answered HTTP {status} with a compressed body that does not "
                "decompress",
                http_status=status,
                kind=ProblemKind.PROTOCOL_ENCODING,
            ) from None
        return b"".join(chunks)

    def _host(self) -> str:
        return self._redact(httpx.URL(self._base_url).host, MAX_KIND_TEXT)

    def _deadline_error(self, *, sent: bool) -> TransportError:
        host = httpx.URL(self._base_url).host
        text = (
            f"{host} did not finish answering within the {self._deadline:g} s deadline; "
            "the call was stopped"
        )
        return TransportError(
            self._redact(text),
            request_sent=sent,
            kind=ProblemKind.TRANSPORT_DEADLINE,
            params={"host": self._host(), "seconds": self._deadline or 0},
        )

    def _transport_error(self, exc: httpx.HTTPError) -> TransportError:
        host = self._http.base_url.host or httpx.URL(self._base_url).host
        chain = _exception_chain(exc)
        kind = ProblemKind.TRANSPORT_FAILED
        if isinstance(exc, httpx.TimeoutException) and self._clock.expired:
            return self._deadline_error(sent=not isinstance(exc, httpx.ConnectTimeout))
        elif isinstance(exc, httpx.ConnectTimeout):
            text = f"could not connect to {host} within the connect timeout"
            sent, kind = False, ProblemKind.TRANSPORT_CONNECT_TIMEOUT
        elif isinstance(exc, httpx.TimeoutException):
            text = f"{host} did not answer within {self._timeout:g} s"
            sent, kind = True, ProblemKind.TRANSPORT_TIMEOUT
        elif any(isinstance(e, ssl.SSLCertVerificationError) for e in chain):
            text = (
                f"the TLS certificate of {host} could not be verified; the connection was refused"
            )
            sent, kind = False, ProblemKind.TRANSPORT_CERTIFICATE
        elif any(isinstance(e, ssl.SSLError) for e in chain):
            text = f"a secure (TLS) connection to {host} could not be established"
            sent, kind = False, ProblemKind.TRANSPORT_TLS
        elif any(isinstance(e, socket.gaierror) for e in chain):
            text = f"the server name {host} could not be found (DNS); check the app domain"
            sent, kind = False, ProblemKind.TRANSPORT_DNS
        elif isinstance(exc, httpx.ConnectError):
            text = f"could not connect to {host}: the connection was refused or unreachable"
            sent, kind = False, ProblemKind.TRANSPORT_REFUSED
        elif isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError):
            text = f"{host} closed the connection without answering"
            sent, kind = True, ProblemKind.TRANSPORT_DROPPED
        else:
            text = f"the request to {host} failed ({type(exc).__name__})"
            sent = True
        params: dict[str, ParamValue] = {"host": self._redact(host, MAX_KIND_TEXT)}
        params["seconds"] = self._timeout
        return TransportError(self._redact(text), request_sent=sent, kind=kind, params=params)


def _exception_chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(seen) < 16:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen
