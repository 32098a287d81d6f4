"""Send one test message through an SMTP relay as an SMTP user, recording the dialogue.

Qt-free and blocking: the app's worker thread calls :func:`send_test_message`, which
never raises for network, TLS or SMTP problems (nor for an invalid message) and returns a
:class:`SmtpSendResult` with the transcript and the relay's final answer instead.

Rules, as for the login test (:mod:`app.core.smtp_login`):

* TLS is mandatory and verified (:meth:`SmtpEndpoint.tls_context`). Without STARTTLS on
  a STARTTLS endpoint the session stops before AUTH: the password is never sent in clear.
* One AUTH attempt with one mechanism: PLAIN if offered, else LOGIN.
* ``deadline`` bounds the whole session (connection, every answer, the message); when it
  runs out the session ends with ``timed_out``.
* ``cancel`` (a :class:`threading.Event`, set from any thread) stops the session at once:
  the connection is shut down and nothing more is sent. A cancel during the TCP connection
  or the name lookup takes effect when those return (within the deadline).
* Nothing is sent unless every recipient was accepted (RCPT); then the message is sent.
* The password never appears in the transcript, the messages or the logs.
"""

from __future__ import annotations

import contextlib
import smtplib
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from app.api import SmtpCredentials
from app.api.problem import ParamValue, Problem, ProblemKind

from .redaction import SECRETS
from .smtp_endpoint import SmtpEndpoint
from .smtp_login import _describe, _server_answer, answer_problem
from .smtp_message import TestMessage, build_message, check_test_message, envelope_address
from .smtp_transcript import Transcript, TranscriptLine

__all__ = [
    "DEFAULT_SEND_DEADLINE",
    "SmtpSendResult",
    "SmtpSendStage",
    "send_test_message",
]

#: Seconds for the whole session.
DEFAULT_SEND_DEADLINE = 30.0
_CANCEL_POLL_SECONDS = 0.05

SmtpSendStage = Literal["validate", "connect", "tls", "auth", "send", "done"]


@dataclass(frozen=True, slots=True)
class SmtpSendResult:
    """How a test send ended.

    ``stage``: where it stopped (``"done"`` with ``ok`` when the relay accepted the
    message). ``message``: a sentence for the user or the relay's answer that stopped it.
    ``final_answer``: the relay's answer to the message (``"250 2.0.0 Ok: queued as …"``),
    or "" when the message was not sent. ``message_sent``: the whole message went out
    (with ``ok`` False, e.g. a cancel before the answer, it may have been delivered).
    None of them contains the password.
    """

    ok: bool
    stage: SmtpSendStage
    message: str
    final_answer: str
    transcript: tuple[TranscriptLine, ...]
    message_sent: bool = False
    cancelled: bool = False
    timed_out: bool = False
    #: Why it failed, as data for the window (None when it worked; not compared).
    problem: Problem | None = field(default=None, compare=False)

    @property
    def transcript_text(self) -> str:
        return "\n".join(str(line) for line in self.transcript)


@dataclass(frozen=True, slots=True)
class _Ending:
    ok: bool
    message: str
    cancelled: bool = False
    timed_out: bool = False
    problem: Problem | None = None


class _Stop(Exception):
    """The session stops here for a reason this module found itself."""

    def __init__(
        self,
        message: str,
        kind: ProblemKind,
        params: dict[str, ParamValue] | None = None,
        *,
        cancelled: bool = False,
        timed_out: bool = False,
    ):
        super().__init__(message)
        self.problem = Problem(kind, params or {}, message)
        self.cancelled = cancelled
        self.timed_out = timed_out


class _Session:
    """The deadline, the cancel event and the transcript of one send; the smtplib
    subclasses below report every command and answer to it."""

    def __init__(
        self, transcript: Transcript, deadline: float, cancel: threading.Event | None
    ) -> None:
        self.transcript = transcript
        self.seconds = deadline
        self.ends = time.monotonic() + deadline
        self.cancel = cancel
        self.sock: socket.socket | None = None
        self.finished = threading.Event()
        self.message_sent = False  # every byte of the message went out

    def remaining(self) -> float:
        """Seconds left; raises _Stop when the session is cancelled or out of time."""
        if self.cancel is not None and self.cancel.is_set():
            raise _Stop("cancelled", ProblemKind.SMTP_CANCELLED, cancelled=True)
        left = self.ends - time.monotonic()
        if left <= 0:
            raise _Stop(
                f"the relay did not finish within {self.seconds:g} s",
                ProblemKind.SMTP_TIMEOUT,
                {"seconds": self.seconds},
                timed_out=True,
            )
        return left

    def arm(self, sock: socket.socket) -> None:
        self.sock = sock
        sock.settimeout(self.remaining())

    def watch_cancel(self) -> threading.Thread | None:
        """A thread that shuts the connection down when ``cancel`` is set."""
        cancel = self.cancel
        if cancel is None:
            return None

        def watch() -> None:
            # Bounded: the session ends by its deadline, and then ``finished`` is set.
            while not self.finished.is_set():
                if cancel.wait(_CANCEL_POLL_SECONDS):
                    sock = self.sock
                    if sock is not None:
                        with contextlib.suppress(OSError):
                            sock.shutdown(socket.SHUT_RDWR)
                    return

        thread = threading.Thread(target=watch, name="smtp-send-cancel", daemon=True)
        thread.start()
        return thread


class _RecordingSMTP(smtplib.SMTP):
    """smtplib.SMTP that applies the deadline to every step and records the dialogue."""

    _host: str
    session: _Session

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        sock = socket.create_connection((host, port), self.session.remaining(), self.source_address)
        self.session.arm(sock)
        return sock

    def send(self, s: str | bytes) -> None:  # type: ignore[override]
        if self.sock is not None:
            self.sock.settimeout(self.session.remaining())
        if isinstance(s, bytes):  # the message after DATA
            self.session.transcript.payload(len(s) - 3, s.count(b"\r\n") - 1)
            super().send(s)
            self.session.message_sent = True
            return
        self.session.transcript.client(s.rstrip("\r\n"))
        super().send(s)

    def getreply(self) -> tuple[int, bytes]:
        if self.sock is not None:
            self.sock.settimeout(self.session.remaining())
        try:
            code, answer = super().getreply()
        except smtplib.SMTPServerDisconnected:
            self.session.transcript.note("the connection was closed")
            raise
        self.session.transcript.server(code, answer.decode("utf-8", "replace"))
        return code, answer


class _ImplicitTlsSMTP(_RecordingSMTP):
    """TLS from the first byte (port 465 style), verified with ``context``."""

    context: ssl.SSLContext
    tcp_connected = False
    tls_started = False

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        sock = super()._get_socket(host, port, timeout)
        self.tcp_connected = True
        wrapped = self.context.wrap_socket(sock, server_hostname=host)
        self.tls_started = True
        self.session.arm(wrapped)
        self.session.transcript.note(f"TLS started ({wrapped.version()})")
        return wrapped


def send_test_message(
    endpoint: SmtpEndpoint,
    credentials: SmtpCredentials,
    message: TestMessage,
    *,
    deadline: float = DEFAULT_SEND_DEADLINE,
    cancel: threading.Event | None = None,
    local_hostname: str | None = None,
) -> SmtpSendResult:
    """Send ``message`` through ``endpoint`` as ``credentials`` over verified TLS.

    ``deadline``: seconds for the whole session. ``cancel``: set it to stop at once.
    ``local_hostname``: the EHLO name (default: "localhost" for a loopback-only endpoint,
    else smtplib's, the local fully qualified domain name).
    Raises ValueError only for a deadline that is not positive.
    """
    if not deadline > 0:
        raise ValueError(f"deadline must be positive, got {deadline!r}")
    SECRETS.add(credentials.password)
    transcript = Transcript(credentials.user_name, credentials.password)
    problem = check_test_message(message)
    if problem is not None:
        return SmtpSendResult(False, "validate", problem.detail, "", (), problem=problem)
    session = _Session(transcript, deadline, cancel)
    watcher = session.watch_cancel()
    try:
        return _Dialogue(endpoint, credentials, message, session, local_hostname).run()
    finally:
        session.finished.set()
        if watcher is not None:
            watcher.join(1.0)


# pytest would collect the function as a test wherever it is imported into a test module.
send_test_message.__test__ = False  # type: ignore[attr-defined]


class _Dialogue:
    def __init__(
        self,
        endpoint: SmtpEndpoint,
        credentials: SmtpCredentials,
        message: TestMessage,
        session: _Session,
        local_hostname: str | None,
    ) -> None:
        self.endpoint = endpoint
        self.credentials = credentials
        self.message = message
        self.session = session
        self.local_hostname = local_hostname
        self.stage: SmtpSendStage = "connect"
        self.final_answer = ""
        self.smtp: _RecordingSMTP | None = None
        self.usable = False  # True while QUIT can be sent

    def run(self) -> SmtpSendResult:
        # The result is made after the session closed, so the transcript ends with QUIT.
        ending = self._attempt()
        self._close()
        return self._result(ending)

    def _attempt(self) -> _Ending:
        try:
            self._connect()
            self._secure()
            self._login()
            self._send()
            self.stage = "done"
            return _Ending(True, f"sent to {', '.join(self.message.recipients)}")
        except _Stop as stop:
            problem = self._stopped(stop.problem)
            return _Ending(False, problem.detail, stop.cancelled, stop.timed_out, problem)
        except smtplib.SMTPResponseException as error:
            self.usable = True  # the relay answered: the session can still QUIT
            problem = answer_problem(error)
            return _Ending(False, problem.detail, problem=problem)
        except (smtplib.SMTPException, OSError, UnicodeError) as error:
            self.usable = False
            return self._failure(error)

    # -- the steps ------------------------------------------------------------------------

    def _connect(self) -> None:
        endpoint = self.endpoint
        kind = _ImplicitTlsSMTP if endpoint.implicit_tls else _RecordingSMTP
        # On loopback, no lookup of this computer's own name (smtplib's default EHLO name).
        name = self.local_hostname or ("localhost" if endpoint.loopback_only else None)
        smtp = kind(local_hostname=name, timeout=self.session.seconds)
        if isinstance(smtp, _ImplicitTlsSMTP):
            smtp.context = endpoint.tls_context()
        self.smtp = smtp
        smtp.session = self.session
        smtp._host = endpoint.host
        self.session.transcript.note(f"connecting to {endpoint.address}")
        try:
            code, answer = smtp.connect(endpoint.host, endpoint.port)
        except BaseException:
            if isinstance(smtp, _ImplicitTlsSMTP) and smtp.tcp_connected:
                self.stage = "connect" if smtp.tls_started else "tls"
            raise
        if code != 220:
            raise smtplib.SMTPConnectError(code, answer)
        self.usable = True
        _check(*smtp.ehlo())

    def _secure(self) -> None:
        smtp = self._smtp()
        if self.endpoint.implicit_tls:
            return
        self.stage = "tls"
        if not smtp.has_extn("starttls"):
            raise _Stop(
                f"{self.endpoint.address} does not offer STARTTLS, so the connection cannot "
                "be encrypted; the password was NOT sent",
                ProblemKind.SMTP_NO_ENCRYPTION,
                {"address": self.endpoint.address},
            )
        self.usable = False  # a failed handshake leaves the socket unusable
        smtp.starttls(context=self.endpoint.tls_context())
        assert isinstance(smtp.sock, ssl.SSLSocket)
        self.session.arm(smtp.sock)  # the cancel watcher now shuts the TLS socket down
        self.session.transcript.note(f"TLS started ({smtp.sock.version()})")
        self.usable = True
        _check(*smtp.ehlo())

    def _login(self) -> None:
        smtp = self._smtp()
        self.stage = "auth"
        offered = smtp.esmtp_features.get("auth", "").upper().split()
        mechanism = next((m for m in ("PLAIN", "LOGIN") if m in offered), None)
        if mechanism is None:
            raise _Stop(
                f"{self.endpoint.address} offers no AUTH PLAIN or LOGIN",
                ProblemKind.SMTP_NO_MECHANISM,
                {"offered": ", ".join(offered) or "none", "supported": "PLAIN, LOGIN"},
            )
        smtp.user, smtp.password = self.credentials.user_name, self.credentials.password
        method = smtp.auth_plain if mechanism == "PLAIN" else smtp.auth_login
        try:
            smtp.auth(mechanism, method)
        except UnicodeEncodeError:
            raise _Stop(
                "the user name or password contains characters that cannot be sent "
                "with this server's login mechanisms (only ASCII is supported)",
                ProblemKind.SMTP_NOT_ASCII,
            ) from None
        finally:
            smtp.password = ""

    def _send(self) -> None:
        smtp = self._smtp()
        self.stage = "send"
        sender = envelope_address(self.message.sender)
        recipients = [envelope_address(r) for r in self.message.recipients]
        assert sender is not None and None not in recipients
        raw = build_message(self.message)
        _check(*smtp.mail(sender))
        for recipient in recipients:
            code, answer = smtp.rcpt(str(recipient))
            if code not in (250, 251):
                with contextlib.suppress(smtplib.SMTPException, OSError):
                    smtp.rset()
                raise smtplib.SMTPResponseException(code, answer)
        code, answer = smtp.data(raw)
        self.final_answer = _server_answer(smtplib.SMTPResponseException(code, answer))
        if code != 250:
            raise smtplib.SMTPResponseException(code, answer)

    # -- endings --------------------------------------------------------------------------

    def _smtp(self) -> _RecordingSMTP:
        assert self.smtp is not None
        return self.smtp

    def _stopped(self, problem: Problem) -> Problem:
        if problem.kind is not ProblemKind.SMTP_CANCELLED:
            return problem
        if self.session.message_sent:
            text = "cancelled after the message was sent: it may have been delivered"
            return Problem(ProblemKind.SMTP_CANCELLED_AFTER_DATA, {}, text)
        return Problem(ProblemKind.SMTP_CANCELLED, {}, "cancelled; the message was not sent")

    def _failure(self, error: BaseException) -> _Ending:
        session = self.session
        if self._cancelled():
            problem = self._stopped(Problem(ProblemKind.SMTP_CANCELLED))
            return _Ending(False, problem.detail, cancelled=True, problem=problem)
        if time.monotonic() >= session.ends:
            reason = f"the relay did not finish within {session.seconds:g} s"
            problem = Problem(ProblemKind.SMTP_TIMEOUT, {"seconds": session.seconds}, reason)
            return _Ending(False, reason, timed_out=True, problem=problem)
        problem = _describe(error, self.endpoint.host, self.endpoint.port, session.seconds)
        return _Ending(False, problem.detail, problem=problem)

    def _result(self, ending: _Ending) -> SmtpSendResult:
        clean = self.session.transcript.clean
        return SmtpSendResult(
            ending.ok,
            self.stage,
            clean(ending.message),
            clean(self.final_answer),
            self.session.transcript.lines(),
            message_sent=self.session.message_sent,
            cancelled=ending.cancelled,
            timed_out=ending.timed_out,
            problem=_cleaned(ending.problem, clean),
        )

    def _close(self) -> None:
        smtp = self.smtp
        if smtp is None:
            return
        if self.usable and smtp.sock is not None and not self._cancelled():
            with contextlib.suppress(smtplib.SMTPException, OSError, _Stop):
                smtp.quit()
        with contextlib.suppress(OSError):
            smtp.close()

    def _cancelled(self) -> bool:
        return self.session.cancel is not None and self.session.cancel.is_set()


def _check(code: int, answer: bytes) -> None:
    if not 200 <= code <= 299:
        raise smtplib.SMTPResponseException(code, answer)


def _cleaned(problem: Problem | None, clean: Callable[[str], str]) -> Problem | None:
    """``problem`` with the password removed from its texts, however the relay echoed it."""
    if problem is None:
        return None
    params = {k: clean(v) if isinstance(v, str) else v for k, v in problem.params.items()}
    return Problem(problem.kind, params, clean(problem.detail))
