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
* ``timeout`` (15 s by default) applies to the connection and to every single read or
  write, so a silent server ends the check after about ``timeout`` seconds per step.
* Login uses :meth:`smtplib.SMTP.login`, which tries the mechanisms both sides support
  (CRAM-MD5, PLAIN, LOGIN, in that order) and reports the last server answer.
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
from dataclasses import dataclass
from typing import Literal

from .redaction import SECRETS
from .smtp_settings import IMPLICIT_TLS_PORTS

__all__ = [
    "DEFAULT_LOGIN_TIMEOUT",
    "SmtpLoginResult",
    "SmtpLoginStage",
    "check_smtp_login",
    "test_smtp_login",
]

#: Seconds to wait for the connection and for each answer of the server.
DEFAULT_LOGIN_TIMEOUT = 15.0

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


class _Failure(Exception):
    """A failure this module detected itself (not an exception of smtplib or ssl)."""


class _SMTP(smtplib.SMTP):
    # smtplib sets _host only when the constructor connects; STARTTLS uses it as the
    # TLS server name, so it is set here before connect().
    _host: str


class _ImplicitTlsSMTP(smtplib.SMTP_SSL):
    """SMTP_SSL that records when the TCP connection is up, before the TLS handshake."""

    _host: str
    tcp_connected = False

    def _get_socket(self, host: str, port: int, timeout: float) -> ssl.SSLSocket:
        sock = socket.create_connection((host, port), timeout, self.source_address)
        self.tcp_connected = True
        try:
            return self.context.wrap_socket(sock, server_hostname=host)
        except BaseException:
            sock.close()
            raise


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
    smtp: smtplib.SMTP | None = None
    usable = False  # True while the session is in a state where QUIT can be sent
    try:
        try:
            if implicit_tls:
                implicit = _ImplicitTlsSMTP(
                    local_hostname=local_hostname, timeout=timeout, context=context
                )
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
                        "be encrypted; the password was NOT sent"
                    )
                usable = False  # a failed handshake leaves the socket unusable
                smtp.starttls(context=context)
                usable = True
                _check_reply(*smtp.ehlo())
            stage = "auth"
            try:
                smtp.login(user_name, password)
            except UnicodeEncodeError:
                raise _Failure(
                    "the user name or password contains characters that cannot be sent "
                    "with this server's login mechanisms (only ASCII is supported)"
                ) from None
            stage = "done"
            return SmtpLoginResult(
                True, "done", f"logged in to {_address(host, port)} as {user_name}"
            )
        except _Failure as failure:
            return SmtpLoginResult(False, stage, _redact(str(failure), secrets))
        except smtplib.SMTPResponseException as error:
            usable = True  # the server answered a command: the session can still QUIT
            return SmtpLoginResult(False, stage, _redact(_server_answer(error), secrets))
        except (smtplib.SMTPException, OSError, UnicodeError) as error:
            usable = False
            message = _describe(error, host, port, timeout)
            return SmtpLoginResult(False, stage, _redact(message, secrets))
    finally:
        if smtp is not None:
            _close(smtp, quit_first=usable)


# pytest would collect the function as a test wherever it is imported into a test module.
test_smtp_login.__test__ = False  # type: ignore[attr-defined]

#: The same function under a name that test collectors ignore.
check_smtp_login = test_smtp_login


def _check_reply(code: int, answer: bytes) -> None:
    if not 200 <= code <= 299:
        raise smtplib.SMTPResponseException(code, answer)


def _server_answer(error: smtplib.SMTPResponseException) -> str:
    answer = error.smtp_error
    text = answer.decode("utf-8", "replace") if isinstance(answer, bytes) else str(answer)
    # A multi-line answer arrives joined with newlines: keep it on one line.
    text = " ".join(part.strip() for part in text.splitlines() if part.strip())
    if error.smtp_code == -1:
        return text or "the server sent an answer that is not SMTP"
    return f"{error.smtp_code} {text}".rstrip()


def _address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _describe(error: BaseException, host: str, port: int, timeout: float) -> str:
    """A sentence for a network, TLS or local SMTP error (the whole cause chain is searched)."""
    address = _address(host, port)
    chain = _cause_chain(error)
    for item in chain:
        if isinstance(item, TimeoutError):
            return f"the server did not answer within {timeout:g} s"
    for item in chain:
        if isinstance(item, ssl.SSLCertVerificationError):
            reason = item.verify_message or item.reason or "verification failed"
            return f"the TLS certificate of {host} could not be verified ({reason})"
        if isinstance(item, ssl.CertificateError):
            return f"the TLS certificate of {host} could not be verified ({item})"
    for item in chain:
        if isinstance(item, ssl.SSLError):
            reason = item.reason or str(item)
            if reason == "WRONG_VERSION_NUMBER":
                reason += "; the server did not answer in TLS: is this a STARTTLS port?"
            return f"the TLS handshake with {address} failed ({reason})"
        if isinstance(item, ConnectionRefusedError):
            return f"connection refused by {address}"
        if isinstance(item, UnicodeError):  # the IDNA codec rejected the host name
            return f"the host name {host} is not valid"
        if isinstance(item, socket.gaierror):
            return f"the host name {host} could not be resolved ({item.strerror or item})"
    for item in chain:
        if isinstance(item, smtplib.SMTPServerDisconnected):
            return f"{address} closed the connection unexpectedly"
        if isinstance(item, smtplib.SMTPNotSupportedError):
            return f"{address} does not offer {_unsupported_feature(item)}"
        if isinstance(item, ConnectionError):
            return f"the connection to {address} was lost ({item.strerror or item})"
        if isinstance(item, OSError):
            return f"could not talk to {address} ({item.strerror or item})"
    return f"SMTP error with {address} ({error})"


def _unsupported_feature(error: smtplib.SMTPNotSupportedError) -> str:
    text = str(error).lower()
    if "auth" in text:
        return "SMTP AUTH (login)"
    if "starttls" in text:
        return "STARTTLS"
    return f"a required feature ({error})"


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
