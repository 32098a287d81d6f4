"""send_test_message and its parts (endpoint, message, transcript) against the sandbox's
own relay on 127.0.0.1: validation, redaction, cancel, loopback-only sandbox endpoints."""

from __future__ import annotations

import base64
import dataclasses
import socket
import ssl
import threading
import time
from collections.abc import Iterator

import pytest

from app.api import SmtpCredentials
from app.core.redaction import SECRETS
from app.core.smtp_endpoint import SmtpEndpoint, client_tls_context
from app.core.smtp_message import (
    MAX_RECIPIENTS,
    build_message,
    check_test_message,
    default_test_message,
    envelope_address,
    parse_recipients,
)
from app.core.smtp_send import send_test_message
from app.core.smtp_settings import DEFAULT_SMTP_HOST
from app.core.smtp_transcript import REDACTED, Transcript
from app.sandbox import Sandbox, SandboxUser

pytestmark = pytest.mark.timeout(60)

TIMEOUT = 10.0
USER = SandboxUser("smtp300001", "pw0send0test", total_limit=100, hourly_limit=100)
CREDENTIALS = SmtpCredentials(USER.user_name, USER.password)
GOOD = default_test_message(USER.user_name, "Me <me@example.test>", "you@example.test")


@pytest.fixture(scope="module")
def relay() -> Iterator[Sandbox]:
    with Sandbox(users=0) as sandbox:
        sandbox.set_users([USER])
        sandbox.wait_smtp_ready(TIMEOUT)
        yield sandbox


@pytest.fixture
def clean_relay(relay: Sandbox) -> Sandbox:
    relay.clear_faults()
    relay.mailbox.clear()
    relay.set_users([USER])
    return relay


def endpoint(sandbox: Sandbox) -> SmtpEndpoint:
    return SmtpEndpoint.sandbox(sandbox.smtp_host, sandbox.smtp_port, sandbox.smtp_ca_pem)


def secret_forms(user: str, password: str) -> list[str]:
    return [
        password,
        base64.b64encode(password.encode()).decode(),
        base64.b64encode(f"\0{user}\0{password}".encode()).decode(),
    ]


# -- sending ------------------------------------------------------------------------------


def test_send_reports_the_final_answer_and_a_redacted_transcript(clean_relay: Sandbox) -> None:
    result = send_test_message(endpoint(clean_relay), CREDENTIALS, GOOD, deadline=TIMEOUT)
    assert result.ok and result.stage == "done" and result.message_sent
    (captured,) = clean_relay.messages
    assert result.final_answer == f"250 2.0.0 Ok: queued as {captured.queue_id}"
    text = result.transcript_text
    assert "C: AUTH PLAIN [redacted]" in text
    assert "C: ehlo localhost" in text  # no lookup of this computer's name for loopback
    assert "S: 235 2.7.0 Authentication successful" in text
    assert "*  TLS started (TLSv1." in text
    assert text.splitlines()[-2:] == ["C: quit", "S: 221 Bye"]
    everything = text + result.message + result.final_answer + repr(result)
    for secret in secret_forms(USER.user_name, USER.password):
        assert secret not in everything
    assert SECRETS.redact(USER.password) == REDACTED


def test_send_over_implicit_tls(clean_relay: Sandbox) -> None:
    implicit = SmtpEndpoint.sandbox(
        clean_relay.smtp_host, clean_relay.smtp_tls_port, clean_relay.smtp_ca_pem, "tls"
    )
    assert implicit.implicit_tls
    result = send_test_message(implicit, CREDENTIALS, GOOD, deadline=TIMEOUT)
    assert result.ok, result.message
    assert "STARTTLS" not in result.transcript_text


def test_invalid_message_sends_nothing(clean_relay: Sandbox) -> None:
    bad = dataclasses.replace(GOOD, recipients=("not an address",))
    result = send_test_message(endpoint(clean_relay), CREDENTIALS, bad)
    assert (result.ok, result.stage, result.transcript) == (False, "validate", ())
    assert "not a valid address" in result.message
    assert clean_relay.messages == []


def test_cancel_before_the_start_sends_nothing(clean_relay: Sandbox) -> None:
    cancel = threading.Event()
    cancel.set()
    result = send_test_message(endpoint(clean_relay), CREDENTIALS, GOOD, cancel=cancel)
    assert result.cancelled and not result.ok and not result.message_sent
    assert result.message == "cancelled; the message was not sent"
    assert clean_relay.messages == []


def test_cancel_during_a_slow_relay_is_prompt(clean_relay: Sandbox) -> None:
    clean_relay.inject_smtp("delay:20")
    cancel = threading.Event()
    timer = threading.Timer(0.3, cancel.set)  # the stimulus: Cancel pressed mid-session
    timer.start()
    started = time.monotonic()
    try:
        result = send_test_message(
            endpoint(clean_relay), CREDENTIALS, GOOD, deadline=30.0, cancel=cancel
        )
    finally:
        timer.cancel()
    assert time.monotonic() - started < 5.0
    assert result.cancelled and not result.timed_out and not result.ok
    assert clean_relay.messages == []


def test_cancel_after_the_message_went_out_says_it_may_be_delivered(
    clean_relay: Sandbox,
) -> None:
    clean_relay.inject_smtp("delay:0.3")  # every answer, the one after the message too
    cancel = threading.Event()

    def arrived(captured: object) -> None:  # Cancel pressed once the message is there
        cancel.set()

    clean_relay.mailbox.add_listener(arrived)
    try:
        result = send_test_message(
            endpoint(clean_relay), CREDENTIALS, GOOD, deadline=30.0, cancel=cancel
        )
    finally:
        clean_relay.mailbox.remove_listener(arrived)
    assert result.cancelled and result.message_sent and not result.ok
    assert result.message == "cancelled after the message was sent: it may have been delivered"
    assert result.final_answer == ""
    assert len(clean_relay.messages) == 1


def test_connection_refused(clean_relay: Sandbox) -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    closed = SmtpEndpoint.sandbox("127.0.0.1", port, clean_relay.smtp_ca_pem)
    result = send_test_message(closed, CREDENTIALS, GOOD, deadline=TIMEOUT)
    assert (result.ok, result.stage) == (False, "connect")
    assert "refused" in result.message


def test_non_ascii_password_is_not_sent(clean_relay: Sandbox) -> None:
    clean_relay.set_users([USER, SandboxUser("smtp300002", "pässwort-1")])
    result = send_test_message(
        endpoint(clean_relay), SmtpCredentials("smtp300002", "pässwort-1"), GOOD
    )
    assert (result.ok, result.stage) == (False, "auth")
    assert "only ASCII" in result.message
    assert "pässwort-1" not in result.transcript_text


def test_deadline_must_be_positive(relay: Sandbox) -> None:
    with pytest.raises(ValueError, match="deadline"):
        send_test_message(endpoint(relay), CREDENTIALS, GOOD, deadline=0)


# -- the endpoint -------------------------------------------------------------------------


def test_sandbox_endpoint_is_loopback_only(relay: Sandbox) -> None:
    sandbox_endpoint = endpoint(relay)
    assert sandbox_endpoint.loopback_only
    for host in (DEFAULT_SMTP_HOST, "192.168.1.10", "10.0.0.1", "0.0.0.0", "example.test"):
        with pytest.raises(ValueError, match="loopback"):
            SmtpEndpoint.sandbox(host, relay.smtp_port, relay.smtp_ca_pem)
        with pytest.raises(ValueError, match="loopback"):
            dataclasses.replace(sandbox_endpoint, host=host)
    for host in ("127.0.0.1", "localhost", "::1"):
        assert SmtpEndpoint.sandbox(host, 2525, relay.smtp_ca_pem).host == host


def test_sandbox_endpoint_trusts_only_the_relay_ca(relay: Sandbox) -> None:
    context = endpoint(relay).tls_context()
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert len(context.get_ca_certs()) == 1
    assert "PEM" not in repr(endpoint(relay)) and relay.smtp_ca_pem not in repr(endpoint(relay))


def test_default_context_verifies() -> None:
    context = client_tls_context()
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2


@pytest.mark.parametrize(
    ("port", "security", "implicit"),
    [(465, None, True), (587, None, False), (2525, "tls", True), (465, "starttls", False)],
)
def test_security_by_port_unless_given(port: int, security: str | None, implicit: bool) -> None:
    assert SmtpEndpoint("smtp.example.test", port, security).implicit_tls is implicit  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("host", "port"), [("", 587), ("a b", 587), ("h", 0), ("h", 65536), ("h", True)]
)
def test_endpoint_rejects_bad_values(host: str, port: int) -> None:
    with pytest.raises(ValueError):
        SmtpEndpoint(host, port)


def test_endpoint_address() -> None:
    assert SmtpEndpoint("::1", 25).address == "[::1]:25"
    assert SmtpEndpoint("smtp.example.test", 587).address == "smtp.example.test:587"


# -- the message --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("a@example.test", "a@example.test"),
        ("Ann <a@example.test>", "a@example.test"),
        ('"Ann B" <a.b+tag@sub.example.test>', "a.b+tag@sub.example.test"),
        ("a@example.test c@example.test", None),
        ("a@@example.test", None),
        ("a..b@example.test", None),
        ("a@-example.test", None),
        ("a@example.test\r\nBcc: x@example.test", None),
        ("ä@example.test", None),
        ("", None),
    ],
)
def test_envelope_address(text: str, address: str | None) -> None:
    assert envelope_address(text) == address


def test_parse_recipients() -> None:
    assert parse_recipients(" a@x.test, b@x.test;\nc@x.test ,, ") == (
        "a@x.test",
        "b@x.test",
        "c@x.test",
    )


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"sender": ""}, "sender"),
        ({"recipients": ()}, "at least one recipient"),
        ({"recipients": ("a@x.test",) * (MAX_RECIPIENTS + 1)}, "at most"),
        ({"subject": "one\r\nBcc: evil@x.test"}, "single line"),
        ({"subject": "s" * 201}, "longer"),
        ({"body": "b" * 10_001}, "longer"),
        ({"body": "nul\0"}, "NUL"),
    ],
)
def test_check_test_message(change: dict[str, object], problem: str) -> None:
    message = dataclasses.replace(GOOD, **change)  # type: ignore[arg-type]
    found = check_test_message(message)
    assert found is not None and problem in found.detail
    with pytest.raises(ValueError):
        build_message(message)


def test_default_message_is_valid_once_addressed() -> None:
    assert check_test_message(GOOD) is None
    assert check_test_message(default_test_message(USER.user_name)) is not None  # no sender
    assert USER.user_name in GOOD.subject and USER.user_name in GOOD.body


def test_built_message_headers() -> None:
    raw = build_message(GOOD)
    head, _, body = raw.partition(b"\r\n\r\n")
    names = [line.split(b":")[0] for line in head.split(b"\r\n") if not line[:1].isspace()]
    assert {b"From", b"To", b"Subject", b"Date", b"Message-ID", b"X-Mailer"} <= set(names)
    assert b"Bcc" not in names
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert body.endswith(b"\r\n")


# -- the transcript -----------------------------------------------------------------------


def test_transcript_redacts_auth_login_and_echoes() -> None:
    user, password = "smtp1", "hunter2-secret"
    transcript = Transcript(user, password)
    transcript.client("AUTH LOGIN " + base64.b64encode(user.encode()).decode())
    transcript.server(334, "UGFzc3dvcmQ6")
    transcript.client(base64.b64encode(password.encode()).decode())
    transcript.server(535, f"5.7.8 bad password {password}")
    transcript.client("mail FROM:<a@x.test>")
    assert [str(line) for line in transcript.lines()] == [
        "C: AUTH LOGIN [redacted]",
        "S: 334 UGFzc3dvcmQ6",
        "C: [redacted]",
        "S: 535 5.7.8 bad password [redacted]",
        "C: mail FROM:<a@x.test>",
    ]


def test_transcript_multiline_answers_and_bound() -> None:
    transcript = Transcript("u", "longpassword")
    transcript.server(250, "first\nsecond\nlast")
    assert transcript.text() == "S: 250-first\nS: 250-second\nS: 250 last"
    for _ in range(600):
        transcript.note("x")
    lines = transcript.lines()
    assert len(lines) == 501 and "more lines left out" in lines[-1].text
