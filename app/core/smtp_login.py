"""Check that an SMTP user can log in to the relay, without sending a message.

Qt-free and blocking: the app's worker thread calls :func:`test_smtp_login`, which never
raises for network, TLS or SMTP problems and instead returns a :class:`SmtpLoginResult`
saying how far the session got and why it stopped.

Defaults and rules:

* TLS is mandatory. On port 465 the connection starts with TLS ("implicit TLS",
  :class:`smtplib.SMTP_SSL`); on every other port (587, 25, 2525, ...) the client says
  EHLO, then STARTTLS, then EHLO again. If the server does not offer STARTTLS the check
  stops there and the password is **not** sent.
* The server certificate and host name are verified with
  :func:`ssl.create_default_context` (the system's trusted CAs) unless ``context`` is given.
* ``timeout`` (15 s by default) is the deadline of the whole check: connection,
  greeting, EHLO, TLS, AUTH and QUIT together. A relay that answers byte by byte or
  sends endless ``250-`` continuation lines ends the check with a clear timeout at the
  deadline (a watchdog shuts the socket down then). A reply longer than
  :data:`MAX_REPLY_LINES` lines is refused.
* The password is sent at most once per check: the best mechanism both sides support
  (CRAM-MD5, then PLAIN, then LOGIN) is tried once, so a wrong password counts as one
  failed login at the relay (:meth:`smtplib.SMTP.login` would try the next mechanism).
* The session always ends with QUIT (when the connection is still usable) and a close.
* The password is registered with :data:`app.core.redaction.SECRETS` so that logs mask it,
  and removed from every message this module returns, even if the server echoes it.
"""

from __future__ import annotations

import base64
import contextlib
import re
import smtplib
import socket
import ssl
import threading
from dataclasses import dataclass, field
from typing import Literal

from app.api.problem import ParamValue, Problem, ProblemKind

from .redaction import SECRETS
from .smtp_settings import IMPLICIT_TLS_PORTS

__all__ = [
    "DEFAULT_LOGIN_TIMEOUT",
    "SmtpLoginResult",
    "SmtpLoginStage",
    "check_smtp_login",
    "test_smtp_login",
]

#: Seconds the whole check may take.
DEFAULT_LOGIN_TIMEOUT = 15.0
#: Most lines one server reply may have (an EHLO answer has a dozen).
MAX_REPLY_LINES = 256
#: Mechanisms tried, best first; only the first one the server offers is used.
PREFERRED_MECHANISMS = ("CRAM-MD5", "PLAIN", "LOGIN")
_MAX_LINE = 8192

SmtpLoginStage = Literal["connect", "tls", "auth", "done"]

_REDACTED = "[redacted]"
# Shorter passwords are redacted only as whole words, so that "p" does not garble "empty".
_MIN_SUBSTRING_SECRET = 4


@dataclass(frozen=True, slots=True)
class SmtpLoginResult:
    """How a login check ended.

    ``stage`` is where it stopped: ``"connect"`` (TCP connection, greeting, first EHLO),
    ``"tls"`` (STARTTLS or the implicit-TLS handshake), ``"auth"`` (AUTH) or ``"done"``
    (logged in; ``ok`` is then True). ``message`` is a sentence for the user or the
    server's exact answer (e.g. ``"535 5.7.8 Authentication credentials invalid"``); it
    never contains the password.
    """

    ok: bool
    stage: SmtpLoginStage
    message: str
    #: Why it failed, as data for the window (None when it worked; not compared).
    problem: Problem | None = field(default=None, compare=False)


class _Failure(Exception):
    """A failure this module detected itself (not an exception of smtplib or ssl)."""

    def __init__(
        self, message: str, kind: ProblemKind, params: dict[str, ParamValue] | None = None
    ) -> None:
        super().__init__(message)
        self.problem = Problem(kind, params or {}, message)


class _Watchdog:
    """Shuts the session's socket down when the deadline passes (a blocked read then
    returns), so that no pace of the server can stretch the check."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def start(self) -> None:
        self._timer.start()

    def watch(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
            expired = self.expired
        if expired:
            _shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()

    def _fire(self) -> None:
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError, ValueError):
        sock.shutdown(socket.SHUT_RDWR)


class _Guarded(smtplib.SMTP):
    """Replies of at most MAX_REPLY_LINES lines; every socket shown to the watchdog."""

    watchdog: _Watchdog

    def getreply(self) -> tuple[int, bytes]:
        lines: list[bytes] = []
        if self.file is None:
            if self.sock is None:
                raise smtplib.SMTPServerDisconnected("please run connect() first")
            self.file = self.sock.makefile("rb")
        while True:
            try:
                line = self.file.readline(_MAX_LINE + 1)
            except OSError as error:
                self.close()
                raise smtplib.SMTPServerDisconnected(f"connection lost: {error}") from None
            if not line:
                self.close()
                raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
            if len(line) > _MAX_LINE:
                self.close()
                raise smtplib.SMTPResponseException(500, b"Line too long.")
            lines.append(line[4:].strip(b" \t\r\n"))
            if len(lines) > MAX_REPLY_LINES:
                self.close()
                raise _Failure(
                    f"the server sent a reply of more than {MAX_REPLY_LINES} lines; "
                    "the check was stopped",
                    ProblemKind.SMTP_TOO_LONG,
                    {"lines": MAX_REPLY_LINES},
                )
            try:
                code = int(line[:3])
            except ValueError:
                code = -1
                break
            if line[3:4] != b"-":
                break
        return code, b"\n".join(lines)

    def starttls(  # type: ignore[override]
        self, *, context: ssl.SSLContext | None = None
    ) -> tuple[int, bytes]:
        reply = super().starttls(context=context)
        self.watchdog.watch(self.sock)
        return reply


class _SMTP(_Guarded):
    # smtplib sets _host only when the constructor connects; STARTTLS uses it as the
    # TLS server name, so it is set here before connect().
    _host: str

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        sock = super()._get_socket(host, port, timeout)  # type: ignore[misc]
        self.watchdog.watch(sock)
        return sock  # type: ignore[no-any-return]


class _ImplicitTlsSMTP(_Guarded, smtplib.SMTP_SSL):
    """SMTP_SSL that records when the TCP connection is up, before the TLS handshake."""

    _host: str
    tcp_connected = False

    def _get_socket(self, host: str, port: int, timeout: float) -> ssl.SSLSocket:
        sock = socket.create_connection((host, port), timeout, self.source_address)
        self.watchdog.watch(sock)
        self.tcp_connected = True
        try:
            tls = self.context.wrap_socket(sock, server_hostname=host)
        except BaseException:
            sock.close()
            raise
        self.watchdog.watch(tls)
        return tls


def test_smtp_login(
    host: str,
    port: int,
    user_name: str,
    password: str,
    *,
    timeout: float = DEFAULT_LOGIN_TIMEOUT,
    context: ssl.SSLContext | None = None,
    local_hostname: str | None = None,
) -> SmtpLoginResult:
    """Log in to ``host:port`` as ``user_name`` over TLS, then QUIT; send no message.

    ``context`` replaces the default verifying TLS context (tests pass one that trusts a
    test CA). ``local_hostname`` is the name given in EHLO (default: smtplib's, the
    local fully qualified domain name).

    Never raises for network, TLS or SMTP problems: they become a failed result.
    Raises :class:`ValueError` only for invalid arguments: an empty host or one with spaces
    or control characters, a port outside 1..65535, a non-positive timeout.
    """
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        raise ValueError(f"SMTP port must be an integer in 1..65535, got {port!r}")
    if not timeout > 0:
        raise ValueError(f"timeout must be positive, got {timeout!r}")
    host = host.strip()
    if not host or any(ch.isspace() or not ch.isprintable() for ch in host):
        raise ValueError("SMTP host must be a non-empty name without spaces")
    SECRETS.add(password)
    secrets = _secret_forms(user_name, password)
    if context is None:
        context = ssl.create_default_context()
    implicit_tls = port in IMPLICIT_TLS_PORTS
    stage: SmtpLoginStage = "connect"
    smtp: _Guarded | None = None
    usable = False  # True while the session is in a state where QUIT can be sent
    watchdog = _Watchdog(timeout)
    watchdog.start()
    try:
        try:
            if implicit_tls:
                implicit = _ImplicitTlsSMTP(
                    local_hostname=local_hostname, timeout=timeout, context=context
                )
                implicit.watchdog = watchdog
                smtp = implicit
                implicit._host = host
                try:
                    code, answer = implicit.connect(host, port)
                except BaseException:
                    if implicit.tcp_connected:
                        stage = "tls"
                    raise
            else:
                plain = _SMTP(local_hostname=local_hostname, timeout=timeout)
                plain.watchdog = watchdog
                smtp = plain
                plain._host = host
                code, answer = plain.connect(host, port)
            if code != 220:
                raise smtplib.SMTPConnectError(code, answer)
            usable = True
            _check_reply(*smtp.ehlo())
            if not implicit_tls:
                stage = "tls"
                if not smtp.has_extn("starttls"):
                    raise _Failure(
                        f"{_address(host, port)} does not offer STARTTLS, so the connection cannot "
                        "be encrypted; the password was NOT sent",
                        ProblemKind.SMTP_NO_ENCRYPTION,
                        {"address": _address(host, port)},
                    )
                usable = False  # a failed handshake leaves the socket unusable
                smtp.starttls(context=context)
                usable = True
                _check_reply(*smtp.ehlo())
            stage = "auth"
            try:
                _login_once(smtp, user_name, password)
            except UnicodeEncodeError:
                raise _Failure(
                    "the user name or password contains characters that cannot be sent "
                    "with this server's login mechanisms (only ASCII is supported)",
                    ProblemKind.SMTP_NOT_ASCII,
                ) from None
            stage = "done"
            return SmtpLoginResult(
                True, "done", f"logged in to {_address(host, port)} as {user_name}"
            )
        except _Failure as failure:
            return _failed(stage, failure.problem, secrets)
        except smtplib.SMTPResponseException as error:
            if watchdog.expired:
                return _failed(stage, _deadline_problem(timeout), secrets)
            usable = True  # the server answered a command: the session can still QUIT
            return _failed(stage, answer_problem(error), secrets)
        except (smtplib.SMTPException, OSError, ValueError) as error:  # ValueError: closed file
            usable = False
            if watchdog.expired:
                return _failed(stage, _deadline_problem(timeout), secrets)
            return _failed(stage, _describe(error, host, port, timeout), secrets)
    finally:
        if smtp is not None:
            _close(smtp, quit_first=usable and not watchdog.expired)
        watchdog.cancel()


# pytest would collect the function as a test wherever it is imported into a test module.
test_smtp_login.__test__ = False  # type: ignore[attr-defined]

#: The same function under a name that test collectors ignore.
check_smtp_login = test_smtp_login


def _login_once(smtp: smtplib.SMTP, user_name: str, password: str) -> None:
    """AUTH with the best mechanism the server offers, once: the password is sent at
    most once, so a wrong one counts as a single failed login at the relay."""
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    offered = smtp.esmtp_features["auth"].upper().split()
    mechanism = next((m for m in PREFERRED_MECHANISMS if m in offered), None)
    if mechanism is None:
        shown = ", ".join(offered)[:200] or "none"
        raise _Failure(
            f"the server offers no login mechanism this app supports (it offers {shown}; "
            f"supported: {', '.join(PREFERRED_MECHANISMS)}); the password was NOT sent",
            ProblemKind.SMTP_NO_MECHANISM,
            {"offered": shown, "supported": ", ".join(PREFERRED_MECHANISMS)},
        )
    smtp.user, smtp.password = user_name, password
    method = getattr(smtp, "auth_" + mechanism.lower().replace("-", "_"))
    smtp.auth(mechanism, method, initial_response_ok=True)


def _deadline_problem(timeout: float) -> Problem:
    """The check's deadline passed (the same words as a silent server's timeout)."""
    text = f"the server did not answer within {timeout:g} s"
    return Problem(ProblemKind.SMTP_TIMEOUT, {"seconds": timeout}, text)


def _failed(stage: SmtpLoginStage, problem: Problem, secrets: list[str]) -> SmtpLoginResult:
    """A failed result whose texts, parameters included, never hold the password."""
    params = {
        key: _redact(value, secrets) if isinstance(value, str) else value
        for key, value in problem.params.items()
    }
    clean = Problem(problem.kind, params, _redact(problem.detail, secrets))
    return SmtpLoginResult(False, stage, clean.detail, clean)


def _check_reply(code: int, answer: bytes) -> None:
    if not 200 <= code <= 299:
        raise smtplib.SMTPResponseException(code, answer)


def answer_problem(error: smtplib.SMTPResponseException) -> Problem:
    """The server's answer that stopped the session (its own words are the parameter)."""
    text = _server_answer(error)
    if error.smtp_code == -1 and text == _NOT_SMTP:
        return Problem(ProblemKind.SMTP_NOT_SMTP, {}, text)
    return Problem(ProblemKind.SMTP_SERVER_ANSWER, {"answer": text}, text)


_NOT_SMTP = "the server sent an answer that is not SMTP"


def _server_answer(error: smtplib.SMTPResponseException) -> str:
    answer = error.smtp_error
    text = answer.decode("utf-8", "replace") if isinstance(answer, bytes) else str(answer)
    # A multi-line answer arrives joined with newlines: keep it on one line.
    text = " ".join(part.strip() for part in text.splitlines() if part.strip())
    if error.smtp_code == -1:
        return text or _NOT_SMTP
    return f"{error.smtp_code} {text}".rstrip()


def _address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _describe(error: BaseException, host: str, port: int, timeout: float) -> Problem:
    """What a network, TLS or local SMTP error means (the whole cause chain is searched)."""
    kind, params, text = _classify(error, host, port, timeout)
    return Problem(kind, {"host": host, "address": _address(host, port), **params}, text)


_Classified = tuple[ProblemKind, dict[str, ParamValue], str]


def _classify(error: BaseException, host: str, port: int, timeout: float) -> _Classified:
    address = _address(host, port)
    chain = _cause_chain(error)
    for item in chain:
        if isinstance(item, TimeoutError):
            text = f"the server did not answer within {timeout:g} s"
            return ProblemKind.SMTP_TIMEOUT, {"seconds": timeout}, text
    for item in chain:
        if isinstance(item, ssl.SSLCertVerificationError):
            reason = item.verify_message or item.reason or "verification failed"
            text = f"the TLS certificate of {host} could not be verified ({reason})"
            return ProblemKind.SMTP_CERTIFICATE, {}, text
        if isinstance(item, ssl.CertificateError):
            text = f"the TLS certificate of {host} could not be verified ({item})"
            return ProblemKind.SMTP_CERTIFICATE, {}, text
    for item in chain:
        if isinstance(item, ssl.SSLError):
            reason = item.reason or str(item)
            if reason == "WRONG_VERSION_NUMBER":
                text = (
                    f"the TLS handshake with {address} failed ({reason}; the server did not "
                    "answer in TLS: is this a STARTTLS port?)"
                )
                return ProblemKind.SMTP_NOT_TLS, {}, text
            return ProblemKind.SMTP_TLS, {}, f"the TLS handshake with {address} failed ({reason})"
        if isinstance(item, ConnectionRefusedError):
            return ProblemKind.SMTP_REFUSED, {}, f"connection refused by {address}"
        if isinstance(item, UnicodeError):  # the IDNA codec rejected the host name
            return ProblemKind.SMTP_BAD_HOST, {}, f"the host name {host} is not valid"
        if isinstance(item, socket.gaierror):
            text = f"the host name {host} could not be resolved ({item.strerror or item})"
            return ProblemKind.SMTP_DNS, {}, text
    for item in chain:
        if isinstance(item, smtplib.SMTPServerDisconnected):
            return (
                ProblemKind.SMTP_DISCONNECTED,
                {},
                f"{address} closed the connection unexpectedly",
            )
        if isinstance(item, smtplib.SMTPNotSupportedError):
            kind, feature = _unsupported_feature(item)
            return kind, {}, f"{address} does not offer {feature}"
        if isinstance(item, ConnectionError):
            text = f"the connection to {address} was lost ({item.strerror or item})"
            return ProblemKind.SMTP_CONNECTION_LOST, {}, text
        if isinstance(item, OSError):
            return ProblemKind.SMTP_IO, {}, f"could not talk to {address} ({item.strerror or item})"
    return ProblemKind.SMTP_FAILED, {}, f"SMTP error with {address} ({error})"


def _unsupported_feature(error: smtplib.SMTPNotSupportedError) -> tuple[ProblemKind, str]:
    text = str(error).lower()
    if "auth" in text:
        return ProblemKind.SMTP_NO_AUTH, "SMTP AUTH (login)"
    if "starttls" in text:
        return ProblemKind.SMTP_NO_STARTTLS, "STARTTLS"
    return ProblemKind.SMTP_UNSUPPORTED, f"a required feature ({error})"


def _cause_chain(error: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _secret_forms(user_name: str, password: str) -> list[str]:
    """The password as text and in the base64 forms AUTH PLAIN and LOGIN send it."""
    if not password:
        return []
    forms = {password}
    for raw in (password, f"\0{user_name}\0{password}"):
        forms.add(base64.b64encode(raw.encode("utf-8")).decode("ascii"))
    return sorted(forms, key=len, reverse=True)


def _redact(message: str, secrets: list[str]) -> str:
    for secret in secrets:
        if len(secret) >= _MIN_SUBSTRING_SECRET:
            message = message.replace(secret, _REDACTED)
        else:  # a very short password: only where it stands as a word of its own
            pattern = rf"(?<!\S){re.escape(secret)}(?!\S)"
            message = re.sub(pattern, _REDACTED, message)
    return message


def _close(smtp: smtplib.SMTP, *, quit_first: bool) -> None:
    if quit_first and smtp.sock is not None:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            smtp.quit()  # closes the socket too
    with contextlib.suppress(OSError):
        smtp.close()
