"""test_smtp_login against real local SMTP servers (aiosmtpd) on 127.0.0.1 with a test CA."""

from __future__ import annotations

import base64
import contextlib
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from app.core import smtp_login
from app.core.redaction import SECRETS
from app.core.smtp_login import MAX_REPLY_LINES, SmtpLoginResult
from tests.raw_server import RawServer, Request

pytestmark = pytest.mark.timeout(60)

HOST = "127.0.0.1"
USER = "relay-user@example.test"
PASSWORD = "c0rrect-Horse'\"\\$"
WRONG_PASSWORD = "wrong-Password-42"
INVALID = "535 5.7.8 Authentication credentials invalid"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Recorder:
    """What a server saw: every byte after TLS decryption, and the AUTH commands."""

    raw: bytearray = field(default_factory=bytearray)
    auth_commands: list[str] = field(default_factory=list)
    messages: list[Envelope] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def raw_bytes(self) -> bytes:
        with self.lock:
            return bytes(self.raw)


class RecordingSMTP(SMTP):
    def __init__(self, handler: Any, *, recorder: Recorder, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self._recorder = recorder

    def data_received(self, data: bytes) -> None:
        with self._recorder.lock:
            self._recorder.raw.extend(data)
        super().data_received(data)

    async def smtp_AUTH(self, arg: str) -> None:
        with self._recorder.lock:
            self._recorder.auth_commands.append(arg.split()[0] if arg else "")
        await super().smtp_AUTH(arg)


class RecordingController(Controller):
    def __init__(self, handler: Any, *, recorder: Recorder, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self.recorder = recorder

    def factory(self) -> SMTP:
        return RecordingSMTP(self.handler, recorder=self.recorder, **self.SMTP_kwargs)


class AcceptingHandler:
    def __init__(self, recorder: Recorder) -> None:
        self._recorder = recorder

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self._recorder.messages.append(envelope)
        return "250 2.0.0 OK: queued"


Authenticator = Callable[[SMTP, Session, Envelope, str, Any], AuthResult]


def accept_only(user: str, password: str) -> Authenticator:
    def authenticator(
        server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == user.encode()
            and auth_data.password == password.encode()
        )
        return AuthResult(success=ok, handled=False)

    return authenticator


@dataclass
class LocalSmtp:
    port: int
    recorder: Recorder


@dataclass
class Certs:
    ca: trustme.CA
    server_context: ssl.SSLContext
    client_context: ssl.SSLContext


def make_certs(*identities: str) -> Certs:
    ca = trustme.CA()
    cert = ca.issue_cert(*(identities or (HOST, "localhost")))
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(server_context)
    client_context = ssl.create_default_context()
    ca.configure_trust(client_context)
    return Certs(ca, server_context, client_context)


@pytest.fixture(scope="module")
def certs() -> Certs:
    return make_certs()


StartServer = Callable[..., LocalSmtp]


@pytest.fixture
def start_server() -> Iterator[StartServer]:
    with smtp_servers() as start:
        yield start


@contextlib.contextmanager
def smtp_servers() -> Iterator[StartServer]:
    """Start aiosmtpd servers on 127.0.0.1; all are stopped on exit.

    ``starttls_context`` offers STARTTLS (and then requires it before AUTH);
    ``implicit_context`` makes it a port-465-style server (TLS from the first byte).
    """
    controllers: list[Controller] = []

    def start(
        *,
        starttls_context: ssl.SSLContext | None = None,
        implicit_context: ssl.SSLContext | None = None,
        authenticator: Authenticator | None = None,
    ) -> LocalSmtp:
        recorder = Recorder()
        kwargs: dict[str, Any] = {
            "authenticator": authenticator or accept_only(USER, PASSWORD),
            "server_hostname": "smtp.test",
        }
        if starttls_context is not None:
            kwargs.update(
                tls_context=starttls_context, require_starttls=True, auth_require_tls=True
            )
        elif implicit_context is not None:
            # aiosmtpd only counts STARTTLS as TLS for auth_require_tls; the whole
            # connection is TLS here anyway.
            kwargs.update(ssl_context=implicit_context, auth_require_tls=False)
        else:
            kwargs.update(auth_require_tls=False)  # offers AUTH in clear text
        port = free_port()
        controller = RecordingController(
            AcceptingHandler(recorder),
            recorder=recorder,
            hostname=HOST,
            port=port,
            ready_timeout=10,
            **kwargs,
        )
        controller.start()
        controllers.append(controller)
        return LocalSmtp(port, recorder)

    try:
        yield start
    finally:
        for controller in controllers:
            controller.stop()


def login(port: int, password: str = PASSWORD, **kwargs: Any) -> SmtpLoginResult:
    return smtp_login.test_smtp_login(HOST, port, USER, password, **kwargs)


def secret_forms(password: str) -> list[bytes]:
    return [
        password.encode(),
        base64.b64encode(password.encode()),
        base64.b64encode(f"\0{USER}\0{password}".encode()),
    ]


# --- STARTTLS (587-style) -------------------------------------------------------------


def test_good_password_logs_in_over_starttls(start_server: StartServer, certs: Certs) -> None:
    server = start_server(starttls_context=certs.server_context)

    result = login(server.port, context=certs.client_context)

    assert result == SmtpLoginResult(True, "done", result.message)
    assert result.ok and result.stage == "done"
    assert USER in result.message and PASSWORD not in result.message
    raw = server.recorder.raw_bytes()
    assert raw.index(b"STARTTLS") < raw.index(b"AUTH")
    assert raw.rstrip().upper().endswith(b"QUIT"), "the session must end with QUIT"
    assert server.recorder.messages == [], "a login check sends no message"


def test_wrong_password_fails_at_auth_with_the_servers_exact_answer(
    start_server: StartServer, certs: Certs
) -> None:
    server = start_server(starttls_context=certs.server_context)

    result = login(server.port, WRONG_PASSWORD, context=certs.client_context)

    assert result == SmtpLoginResult(False, "auth", INVALID)
    assert b"QUIT" in server.recorder.raw_bytes().upper()


def test_unknown_user_fails_at_auth(start_server: StartServer, certs: Certs) -> None:
    server = start_server(starttls_context=certs.server_context)

    result = smtp_login.test_smtp_login(
        HOST, server.port, "nobody", PASSWORD, context=certs.client_context
    )

    assert result == SmtpLoginResult(False, "auth", INVALID)


def test_server_without_starttls_never_receives_the_password(start_server: StartServer) -> None:
    server = start_server()  # AUTH offered in clear text, no STARTTLS

    result = login(server.port)

    assert not result.ok
    assert result.stage == "tls"
    assert "does not offer STARTTLS" in result.message
    assert "NOT sent" in result.message
    assert server.recorder.auth_commands == [], "AUTH must never be sent in clear text"
    raw = server.recorder.raw_bytes()
    assert b"AUTH" not in raw.upper()
    for form in secret_forms(PASSWORD):
        assert form not in raw
    assert raw.rstrip().upper().endswith(b"QUIT")


def test_certificate_from_an_unknown_ca_is_rejected_by_default(
    start_server: StartServer, certs: Certs
) -> None:
    server = start_server(starttls_context=certs.server_context)

    result = login(server.port)  # default context: system CAs only

    assert not result.ok
    assert result.stage == "tls"
    assert f"the TLS certificate of {HOST} could not be verified" in result.message
    assert server.recorder.auth_commands == []


def test_certificate_for_another_host_name_is_rejected(start_server: StartServer) -> None:
    other = make_certs("mail.example.test")
    server = start_server(starttls_context=other.server_context)

    result = login(server.port, context=other.client_context)

    assert (result.ok, result.stage) == (False, "tls")
    assert "could not be verified" in result.message
    assert server.recorder.auth_commands == []


def test_password_echoed_by_the_server_is_redacted(start_server: StartServer, certs: Certs) -> None:
    def echoing(
        server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        password = auth_data.password.decode()
        encoded = base64.b64encode(password.encode()).decode()
        return AuthResult(
            success=False, handled=False, message=f"535 5.7.8 bad password {password} {encoded}"
        )

    server = start_server(starttls_context=certs.server_context, authenticator=echoing)

    result = login(server.port, WRONG_PASSWORD, context=certs.client_context)

    assert (result.ok, result.stage) == (False, "auth")
    assert result.message == "535 5.7.8 bad password [redacted] [redacted]"


def test_password_is_registered_for_log_redaction(start_server: StartServer, certs: Certs) -> None:
    server = start_server(starttls_context=certs.server_context)
    password = "only-in-this-test-9317"

    login(server.port, password, context=certs.client_context)

    assert password not in SECRETS.redact(f"log line with {password}")


def test_non_ascii_password_fails_at_auth_without_raising(
    start_server: StartServer, certs: Certs
) -> None:
    server = start_server(starttls_context=certs.server_context)

    result = login(server.port, "pässwörd-€", context=certs.client_context)

    assert (result.ok, result.stage) == (False, "auth")
    assert "ASCII" in result.message
    assert "pässwörd" not in result.message


# --- implicit TLS (465-style) ---------------------------------------------------------


@pytest.fixture
def implicit_tls_port(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], None]:
    """Make a random test port behave like 465 (binding 465 itself may be impossible)."""

    def use(port: int) -> None:
        monkeypatch.setattr(smtp_login, "IMPLICIT_TLS_PORTS", frozenset({465, port}))

    return use


def test_implicit_tls_good_password(
    start_server: StartServer, certs: Certs, implicit_tls_port: Callable[[int], None]
) -> None:
    server = start_server(implicit_context=certs.server_context)
    implicit_tls_port(server.port)

    result = login(server.port, context=certs.client_context)

    assert (result.ok, result.stage) == (True, "done"), result.message
    raw = server.recorder.raw_bytes()
    assert b"STARTTLS" not in raw
    assert b"AUTH" in raw and raw.rstrip().upper().endswith(b"QUIT")


def test_implicit_tls_wrong_password(
    start_server: StartServer, certs: Certs, implicit_tls_port: Callable[[int], None]
) -> None:
    server = start_server(implicit_context=certs.server_context)
    implicit_tls_port(server.port)

    result = login(server.port, WRONG_PASSWORD, context=certs.client_context)

    assert result == SmtpLoginResult(False, "auth", INVALID)


def test_implicit_tls_unverified_certificate_fails_at_tls(
    start_server: StartServer, certs: Certs, implicit_tls_port: Callable[[int], None]
) -> None:
    server = start_server(implicit_context=certs.server_context)
    implicit_tls_port(server.port)

    result = login(server.port)  # default context

    assert (result.ok, result.stage) == (False, "tls")
    assert "could not be verified" in result.message
    assert server.recorder.auth_commands == []


def test_implicit_tls_against_a_plain_text_server_fails_at_tls(
    start_server: StartServer, implicit_tls_port: Callable[[int], None]
) -> None:
    server = start_server()  # speaks plain SMTP: the TLS handshake gets a 220 banner
    implicit_tls_port(server.port)

    result = login(server.port, timeout=5)

    assert (result.ok, result.stage) == (False, "tls")
    assert "TLS" in result.message
    assert server.recorder.auth_commands == []


# --- network failures -----------------------------------------------------------------


def test_silent_server_times_out() -> None:
    # The kernel completes the TCP handshake from the backlog; nobody ever writes.
    with socket.create_server((HOST, 0)) as listener:
        port = listener.getsockname()[1]
        started = time.monotonic()
        result = login(port, timeout=0.5)
        elapsed = time.monotonic() - started

    assert (result.ok, result.stage) == (False, "connect")
    assert result.message == "the server did not answer within 0.5 s"
    assert elapsed < 10


def test_silent_implicit_tls_server_times_out_in_the_handshake(
    implicit_tls_port: Callable[[int], None],
) -> None:
    with socket.create_server((HOST, 0)) as listener:
        port = listener.getsockname()[1]
        implicit_tls_port(port)
        result = login(port, timeout=0.5)

    assert (result.ok, result.stage) == (False, "tls")
    assert result.message == "the server did not answer within 0.5 s"


def test_refused_connection() -> None:
    port = free_port()  # nothing listens there any more

    result = login(port, timeout=5)

    assert result == SmtpLoginResult(False, "connect", f"connection refused by {HOST}:{port}")


def test_server_that_hangs_up_at_once() -> None:
    with socket.create_server((HOST, 0)) as listener:
        listener.settimeout(10)
        port = listener.getsockname()[1]

        def hang_up() -> None:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            connection.close()

        thread = threading.Thread(target=hang_up, daemon=True)
        thread.start()
        result = login(port, timeout=5)
        thread.join(10)

    assert (result.ok, result.stage) == (False, "connect")
    assert "closed the connection" in result.message


def test_server_that_refuses_service_in_its_greeting() -> None:
    with socket.create_server((HOST, 0)) as listener:
        listener.settimeout(10)
        port = listener.getsockname()[1]
        received: list[bytes] = []

        def refuse() -> None:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            with connection:
                connection.settimeout(5)
                connection.sendall(b"554 5.7.1 No SMTP service here\r\n")
                try:
                    data = connection.recv(1024)
                    received.append(data)
                    if data.upper().startswith(b"QUIT"):
                        connection.sendall(b"221 Bye\r\n")
                except OSError:
                    pass

        thread = threading.Thread(target=refuse, daemon=True)
        thread.start()
        result = login(port, timeout=5)
        thread.join(10)

    assert result == SmtpLoginResult(False, "connect", "554 5.7.1 No SMTP service here")
    assert [data.upper() for data in received] == [b"QUIT\r\n"]


def test_invalid_arguments_raise_value_error() -> None:
    with pytest.raises(ValueError):
        smtp_login.test_smtp_login(HOST, 0, USER, PASSWORD)
    with pytest.raises(ValueError):
        smtp_login.test_smtp_login(HOST, 587, USER, PASSWORD, timeout=0)


def test_function_is_not_collected_as_a_test() -> None:
    assert smtp_login.test_smtp_login.__test__ is False  # type: ignore[attr-defined]
    assert smtp_login.check_smtp_login is smtp_login.test_smtp_login


def test_invalid_host_name_is_a_failed_result_not_an_exception() -> None:
    # The IDNA codec rejects the name before any lookup: no traffic leaves the machine.
    result = smtp_login.test_smtp_login("a" * 64 + ".example", 587, USER, "p", timeout=2)

    assert result == SmtpLoginResult(
        False, "connect", f"the host name {'a' * 64}.example is not valid"
    )
    with pytest.raises(ValueError):
        smtp_login.test_smtp_login("bad host", 587, USER, PASSWORD)
    with pytest.raises(ValueError):
        smtp_login.test_smtp_login(" ", 587, USER, PASSWORD)


def test_short_passwords_are_redacted_only_as_whole_words(
    start_server: StartServer, certs: Certs
) -> None:
    def echoing(
        server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        password = auth_data.password.decode()
        return AuthResult(
            success=False, handled=False, message=f"535 5.7.8 empty or bad: {password} "
        )

    server = start_server(starttls_context=certs.server_context, authenticator=echoing)

    result = login(server.port, "p", context=certs.client_context)

    assert result == SmtpLoginResult(False, "auth", "535 5.7.8 empty or bad: [redacted]")


# --- relays that stall or flood; one AUTH per check ---------------------------------------


def _relay(script: object) -> RawServer:
    return RawServer(script, read_request=False)  # type: ignore[arg-type]


def test_a_greeting_sent_byte_by_byte_ends_at_the_deadline() -> None:
    holder: list[RawServer] = []

    def script(conn: socket.socket, request: Request | None) -> None:
        for byte in b"220 " + b"s" * 10_000 + b"\r\n":
            if holder[0].stopped.wait(0.2):
                return
            conn.sendall(bytes([byte]))

    with _relay(script) as server:
        holder.append(server)
        started = time.monotonic()
        result = smtp_login.test_smtp_login("127.0.0.1", server.port, USER, "pw", timeout=1.0)
        elapsed = time.monotonic() - started
    assert (result.ok, result.stage) == (False, "connect")
    assert result.message == "the server did not answer within 1 s"
    assert elapsed < 1.0 + 1.0


@pytest.mark.parametrize("pace", [0.05, 0.0])
def test_endless_ehlo_continuation_lines_end_the_check(pace: float) -> None:
    holder: list[RawServer] = []

    def script(conn: socket.socket, request: Request | None) -> None:
        conn.sendall(b"220 relay ready\r\n")
        conn.recv(1024)  # EHLO
        for _ in range(100_000):
            if holder[0].stopped.wait(pace) if pace else holder[0].stopped.is_set():
                return
            conn.sendall(b"250-PIPELINING\r\n")

    with _relay(script) as server:
        holder.append(server)
        started = time.monotonic()
        result = smtp_login.test_smtp_login("127.0.0.1", server.port, USER, "pw", timeout=1.0)
        elapsed = time.monotonic() - started
    assert not result.ok and result.stage == "connect"
    if pace:  # 256 lines would take 12.8 s: the deadline comes first
        assert result.message == "the server did not answer within 1 s"
    else:
        assert f"more than {MAX_REPLY_LINES} lines" in result.message
    assert elapsed < 1.0 + 1.0


def test_a_wrong_password_is_sent_once_with_the_best_mechanism(
    start_server: StartServer, certs: Certs
) -> None:
    server = start_server(starttls_context=certs.server_context)

    result = login(server.port, WRONG_PASSWORD, context=certs.client_context)

    assert not result.ok and result.stage == "auth"
    assert server.recorder.auth_commands == ["PLAIN"]  # smtplib.login tried PLAIN, then LOGIN
