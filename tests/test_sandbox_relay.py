"""The sandbox's SMTP relay (aiosmtpd) over real loopback sockets: TLS, AUTH against the
sandbox users, SendClean's limits, faults, the mailbox and the CLI's second line.

Clients are smtplib and the app's own sender; everything stays on 127.0.0.1.
"""

from __future__ import annotations

import base64
import email
import email.policy
import queue
import re
import smtplib
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.api import SendCleanClient, SmtpCredentials
from app.core.smtp_endpoint import SmtpEndpoint, client_tls_context
from app.core.smtp_message import TestMessage, default_test_message
from app.core.smtp_send import SmtpSendResult, send_test_message
from app.sandbox import SMTP_FAULTS, Sandbox, SandboxUser
from app.sandbox.loopback import is_loopback, relay_host
from tests.test_sandbox import _first_line, running_cli, stop_cli

pytestmark = pytest.mark.timeout(60)

TIMEOUT = 10.0
INVALID = "535 5.7.8 Authentication credentials invalid"
USER = SandboxUser("smtp100001", "pw0relay0one", total_limit=100, hourly_limit=50)
OTHER = SandboxUser("smtp100002", "pw0relay0two", total_limit=100, hourly_limit=50)


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[Sandbox]:
    with Sandbox(users=0, mailbox_dir=tmp_path / "mailbox") as sandbox:
        sandbox.set_users([USER, OTHER])
        sandbox.wait_smtp_ready(TIMEOUT)
        yield sandbox


def trusted(sandbox: Sandbox) -> ssl.SSLContext:
    return client_tls_context(sandbox.smtp_ca_pem)


def endpoint(sandbox: Sandbox, *, implicit: bool = False) -> SmtpEndpoint:
    if implicit:
        return SmtpEndpoint.sandbox(
            sandbox.smtp_host, sandbox.smtp_tls_port, sandbox.smtp_ca_pem, "tls"
        )
    return SmtpEndpoint.sandbox(sandbox.smtp_host, sandbox.smtp_port, sandbox.smtp_ca_pem)


def message(subject: str = "Relay check") -> TestMessage:
    return TestMessage(
        "Sender <sender@example.test>",
        ("rcpt@example.test", "Other Rcpt <other@example.test>"),
        subject,
        "First line.\nSecond line.\n",
    )


def send(
    sandbox: Sandbox, user: SandboxUser, *, password: str | None = None, implicit: bool = False
) -> SmtpSendResult:
    credentials = SmtpCredentials(user.user_name, user.password if password is None else password)
    return send_test_message(
        endpoint(sandbox, implicit=implicit),
        credentials,
        message(),
        deadline=TIMEOUT,
        local_hostname="client.example.test",
    )


def starttls_session(sandbox: Sandbox) -> smtplib.SMTP:
    smtp = smtplib.SMTP(sandbox.smtp_host, sandbox.smtp_port, "client.test", timeout=TIMEOUT)
    smtp.starttls(context=trusted(sandbox))
    smtp.ehlo()
    return smtp


def api(sandbox: Sandbox) -> SendCleanClient:
    return SendCleanClient(sandbox.base_url, sandbox.owner_id, sandbox.token)


# -- addresses and certificate ----------------------------------------------------------


def test_relay_is_on_loopback_with_two_ports(relay: Sandbox) -> None:
    assert relay.smtp_host == "127.0.0.1"
    assert relay.smtp_url == f"smtp://127.0.0.1:{relay.smtp_port}"
    assert relay.smtp_port != relay.smtp_tls_port
    assert relay.smtp_ca_pem.startswith("-----BEGIN CERTIFICATE-----")
    assert "PRIVATE KEY" not in relay.smtp_ca_pem


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "127.0.0.2", "::1", "0.0.0.0",
                                  "192.168.1.10", "smtp.sendclean.net", "[::]"])  # fmt: skip
def test_relay_host_is_always_loopback(host: str) -> None:
    assert is_loopback(relay_host(host))


def test_sandbox_relay_is_loopback_for_every_loopback_api_host() -> None:
    with Sandbox(host="localhost", users=0) as sandbox:
        assert sandbox.smtp_host == "127.0.0.1"
        assert is_loopback(sandbox.smtp_host)


def test_certificate_passes_strict_verification(relay: Sandbox) -> None:
    context = trusted(relay)
    context.verify_flags |= ssl.VERIFY_X509_STRICT
    with smtplib.SMTP_SSL(
        relay.smtp_host, relay.smtp_tls_port, context=context, timeout=TIMEOUT
    ) as smtp:
        assert smtp.noop()[0] == 250


def test_system_cas_do_not_trust_the_relay_and_the_password_stays(relay: Sandbox) -> None:
    public = SmtpEndpoint(relay.smtp_host, relay.smtp_port)  # system CAs only
    result = send_test_message(public, SmtpCredentials(USER.user_name, USER.password), message())
    assert not result.ok and result.stage == "tls"
    assert "could not be verified" in result.message
    assert not any(line.text.startswith("AUTH") for line in result.transcript)
    assert relay.messages == []


def test_each_sandbox_has_its_own_certificate() -> None:
    with Sandbox(users=0) as first, Sandbox(users=0) as second:
        assert first.smtp_ca_pem != second.smtp_ca_pem
        wrong = SmtpEndpoint.sandbox(first.smtp_host, first.smtp_port, second.smtp_ca_pem)
        result = send_test_message(wrong, SmtpCredentials("smtp1", "whatever1"), message())
        assert not result.ok and result.stage == "tls"


# -- AUTH -----------------------------------------------------------------------------


@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
def test_login_works_with_plain_and_login(relay: Sandbox, mechanism: str) -> None:
    with starttls_session(relay) as smtp:
        assert smtp.esmtp_features["auth"].split() == ["LOGIN", "PLAIN"]
        smtp.user, smtp.password = USER.user_name, USER.password
        method = smtp.auth_plain if mechanism == "PLAIN" else smtp.auth_login
        code, _ = smtp.auth(mechanism, method)
        assert code == 235


def test_login_on_the_implicit_tls_port(relay: Sandbox) -> None:
    with smtplib.SMTP_SSL(
        relay.smtp_host, relay.smtp_tls_port, context=trusted(relay), timeout=TIMEOUT
    ) as smtp:
        smtp.ehlo()
        assert not smtp.has_extn("starttls")
        assert smtp.login(USER.user_name, USER.password)[0] == 235


def test_no_auth_and_no_mail_before_starttls(relay: Sandbox) -> None:
    with smtplib.SMTP(relay.smtp_host, relay.smtp_port, "client.test", timeout=TIMEOUT) as smtp:
        smtp.ehlo()
        assert "auth" not in smtp.esmtp_features
        assert smtp.has_extn("starttls")
        code, _ = smtp.docmd("AUTH", "PLAIN " + base64.b64encode(b"\0a\0b").decode())
        assert code == 530
        assert smtp.mail("a@example.test")[0] == 530


def test_mail_needs_auth(relay: Sandbox) -> None:
    with starttls_session(relay) as smtp:
        assert smtp.mail("a@example.test") == (530, b"5.7.0 Authentication required")


def test_wrong_password_is_535(relay: Sandbox) -> None:
    result = send(relay, USER, password="not-the-password")
    assert not result.ok and result.stage == "auth"
    assert result.message == INVALID
    assert relay.messages == []


def test_unknown_user_is_535(relay: Sandbox) -> None:
    stranger = SandboxUser("smtp999999", USER.password)
    assert send(relay, stranger).message == INVALID


def test_disabled_user_is_535(relay: Sandbox) -> None:
    with api(relay) as client:
        client.edit_user(USER.user_name, enabled=False)
    result = send(relay, USER)
    assert (result.ok, result.stage, result.message) == (False, "auth", INVALID)
    with api(relay) as client:
        client.edit_user(USER.user_name, enabled=True)
    assert send(relay, USER).ok


def test_reset_refuses_the_old_password_at_once(relay: Sandbox) -> None:
    with starttls_session(relay) as before_reset:
        assert before_reset.login(USER.user_name, USER.password)[0] == 235
        with api(relay) as client:
            fresh = client.reset_password(USER.user_name)
        assert fresh.password != USER.password
        # A session that logged in with the old password cannot send any more...
        assert before_reset.mail("sender@example.test") == (535, INVALID[4:].encode())
    # ...new sessions with it fail AUTH, and the new password works.
    assert send(relay, USER).message == INVALID
    assert send(relay, USER, password=fresh.password).ok


def test_disable_stops_a_session_that_logged_in_before(relay: Sandbox) -> None:
    with starttls_session(relay) as smtp:
        smtp.login(USER.user_name, USER.password)
        with api(relay) as client:
            client.edit_user(USER.user_name, enabled=False)
        assert smtp.mail("sender@example.test")[0] == 535


# -- limits -----------------------------------------------------------------------------


def test_hourly_limit_answers_4xx_once_used_up(relay: Sandbox) -> None:
    relay.set_users([SandboxUser("smtp200001", "pw0hourly01", total_limit=10, hourly_limit=2)])
    user = relay.users()[0]
    assert send(relay, user).ok
    assert send(relay, user, implicit=True).ok
    refused = send(relay, user)
    assert not refused.ok and refused.stage == "send"
    assert refused.message.startswith("451 4.7.1 Hourly sending limit of 2 messages")
    assert refused.final_answer == "" and not refused.message_sent
    assert relay.smtp_sent(user.user_name) == (2, 2)
    assert len(relay.messages) == 2


def test_total_limit_answers_5xx_once_used_up(relay: Sandbox) -> None:
    relay.set_users([SandboxUser("smtp200002", "pw0total001", total_limit=1, hourly_limit=5)])
    user = relay.users()[0]
    assert send(relay, user).ok
    refused = send(relay, user)
    assert not refused.ok
    assert refused.message.startswith("550 5.7.1 Total sending limit of 1 messages")
    with api(relay) as client:  # raising the limit lets the user send again
        client.edit_user(user.user_name, total_limit=2)
    assert send(relay, user).ok


def test_limit_is_checked_again_at_the_end_of_data(relay: Sandbox) -> None:
    relay.set_users([SandboxUser("smtp200003", "pw0race0001", total_limit=1, hourly_limit=5)])
    user = relay.users()[0]
    first, second = starttls_session(relay), starttls_session(relay)
    try:
        for smtp in (first, second):
            smtp.login(user.user_name, user.password)
            assert smtp.mail("a@example.test")[0] == 250
            assert smtp.rcpt("b@example.test")[0] == 250
        assert first.data(b"Subject: one\r\n\r\none\r\n")[0] == 250
        code, answer = second.data(b"Subject: two\r\n\r\ntwo\r\n")
        assert code == 550 and b"Total sending limit" in answer
    finally:
        first.quit()
        second.quit()
    assert [m.subject for m in relay.messages] == ["one"]


# -- the mailbox ------------------------------------------------------------------------


def test_captured_message_matches_what_was_sent(relay: Sandbox) -> None:
    sent = TestMessage(
        "Zoë Sender <zoe@example.test>",
        ("rcpt@example.test", "second@example.test"),
        "Grüße from the relay test",
        "Hällo,\n.a line that starts with a dot\n\nbye\n",
    )
    result = send_test_message(
        endpoint(relay), SmtpCredentials(USER.user_name, USER.password), sent, deadline=TIMEOUT
    )
    assert result.ok, result.message
    assert relay.mailbox.wait_for(1, TIMEOUT)
    (captured,) = relay.messages
    assert result.final_answer == f"250 2.0.0 Ok: queued as {captured.queue_id}"
    assert captured.user_name == USER.user_name
    assert captured.mail_from == "zoe@example.test"
    assert captured.rcpt_tos == ("rcpt@example.test", "second@example.test")
    assert captured.subject == sent.subject
    assert captured.size == len(captured.raw)
    parsed = email.message_from_bytes(captured.raw, policy=email.policy.default)
    assert parsed["From"] == sent.sender
    assert parsed["To"] == "rcpt@example.test, second@example.test"
    assert parsed["Subject"] == sent.subject
    assert parsed["Message-ID"].endswith("@example.test>")
    content = parsed.get_content()  # type: ignore[attr-defined]
    assert content.replace("\r\n", "\n") == sent.body


def test_eml_file_holds_the_message_and_no_credentials(relay: Sandbox) -> None:
    result = send(relay, USER)
    assert result.ok
    (captured,) = relay.messages
    directory = relay.mailbox.directory
    assert directory is not None
    (path,) = directory.glob("*.eml")
    assert path.name == captured.file_name
    content = path.read_bytes()
    assert content == captured.raw
    assert b"Subject: Relay check" in content and b"First line." in content
    plain = base64.b64encode(f"\0{USER.user_name}\0{USER.password}".encode())
    for secret in (USER.password.encode(), plain, base64.b64encode(USER.password.encode())):
        assert secret not in content
    assert b"AUTH" not in content


def test_mailbox_listener_and_clear(relay: Sandbox) -> None:
    seen: queue.Queue[str] = queue.Queue()
    relay.mailbox.add_listener(lambda captured: seen.put(captured.queue_id))
    result = send(relay, USER)
    assert result.final_answer.endswith(seen.get(timeout=TIMEOUT))
    relay.mailbox.clear()
    assert relay.messages == [] and len(relay.mailbox) == 0
    assert not relay.mailbox.wait_for(1, 0.0)


def test_a_failing_listener_does_not_fail_the_send(relay: Sandbox) -> None:
    def broken(captured: object) -> None:
        raise RuntimeError("listener bug")

    relay.mailbox.add_listener(broken)
    try:
        assert send(relay, USER).ok
    finally:
        relay.mailbox.remove_listener(broken)
    assert len(relay.messages) == 1


def test_message_repr_leaves_out_the_content(relay: Sandbox) -> None:
    send(relay, USER)
    text = repr(relay.messages[0])
    assert "First line" not in text and USER.password not in text
    assert "Mailbox(1 messages" in repr(relay.mailbox)


# -- faults ------------------------------------------------------------------------------


def test_fault_names() -> None:
    assert SMTP_FAULTS == ("drop", "no_starttls", "delay")
    with Sandbox(users=0) as sandbox:
        with pytest.raises(ValueError, match="unknown fault"):
            sandbox.inject_smtp("html_502")


def test_fault_drop(relay: Sandbox) -> None:
    relay.inject_smtp("drop")
    result = send(relay, USER)
    assert not result.ok and result.stage == "connect"
    assert "closed the connection" in result.message
    assert str(result.transcript[-1]) == "*  the connection was closed"
    assert send(relay, USER).ok  # only once


def test_fault_no_starttls_keeps_the_password(relay: Sandbox) -> None:
    relay.inject_smtp("no_starttls")
    result = send(relay, USER)
    assert not result.ok and result.stage == "tls"
    assert "does not offer STARTTLS" in result.message and "NOT sent" in result.message
    assert not any("AUTH" in line.text for line in result.transcript if line.side == "client")


def test_fault_no_starttls_refuses_the_command(relay: Sandbox) -> None:
    relay.inject_smtp("no_starttls")
    with smtplib.SMTP(relay.smtp_host, relay.smtp_port, "client.test", timeout=TIMEOUT) as smtp:
        smtp.ehlo()
        assert not smtp.has_extn("starttls")
        assert smtp.docmd("STARTTLS")[0] == 454


def test_fault_delay_runs_into_the_deadline(relay: Sandbox) -> None:
    relay.inject_smtp("delay:5")
    started = time.monotonic()
    result = send_test_message(
        endpoint(relay), SmtpCredentials(USER.user_name, USER.password), message(), deadline=0.5
    )
    assert time.monotonic() - started < 3.0
    assert not result.ok and result.timed_out and result.stage == "connect"
    assert "within 0.5 s" in result.message
    assert relay.messages == []


def test_faults_last_for_times_and_clear(relay: Sandbox) -> None:
    relay.inject_smtp("drop", times=None)
    assert not send(relay, USER).ok
    assert not send(relay, USER, implicit=True).ok
    relay.clear_faults()
    assert send(relay, USER).ok


# -- lifecycle ---------------------------------------------------------------------------


def test_stop_closes_open_relay_connections() -> None:
    sandbox = Sandbox(users=0).start()
    sandbox.wait_smtp_ready(TIMEOUT)
    smtp = smtplib.SMTP(sandbox.smtp_host, sandbox.smtp_port, "client.test", timeout=TIMEOUT)
    started = time.monotonic()
    sandbox.stop()
    assert time.monotonic() - started < 3.0
    with pytest.raises((smtplib.SMTPServerDisconnected, OSError)):
        smtp.noop()
    smtp.close()


def test_stop_right_after_start_is_prompt() -> None:
    started = time.monotonic()
    with Sandbox(users=0) as sandbox:
        assert sandbox.smtp_port > 0
    assert time.monotonic() - started < 3.0


def test_clients_may_connect_before_the_relay_is_ready() -> None:
    with Sandbox(users=0) as sandbox:
        # No wait_smtp_ready(): the port is bound, the greeting comes once the relay runs.
        with smtplib.SMTP(sandbox.smtp_host, sandbox.smtp_port, "c.test", timeout=TIMEOUT) as smtp:
            assert smtp.noop()[0] == 250


def test_sandbox_without_relay() -> None:
    with Sandbox(users=0, smtp=False) as sandbox:
        with pytest.raises(RuntimeError, match="smtp=False"):
            _ = sandbox.smtp_port
        assert sandbox.messages == []


def test_relay_addresses_need_a_started_sandbox() -> None:
    sandbox = Sandbox(users=0)
    with pytest.raises(RuntimeError, match="not been started"):
        _ = sandbox.smtp_port
    sandbox.stop()


def test_concurrent_sends_are_all_captured(relay: Sandbox) -> None:
    results: queue.Queue[SmtpSendResult] = queue.Queue()
    threads = [
        threading.Thread(target=lambda: results.put(send(relay, USER)), daemon=True)
        for _ in range(5)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(TIMEOUT)
    answers = [results.get_nowait() for _ in threads]
    assert all(result.ok for result in answers)
    assert relay.mailbox.wait_for(5, TIMEOUT)
    assert len({m.queue_id for m in relay.messages}) == 5


# -- python -m app.sandbox ---------------------------------------------------------------


def test_cli_prints_the_relay_on_its_second_line(tmp_path: Path) -> None:
    mailbox, ca_file = tmp_path / "mail", tmp_path / "relay-ca.pem"
    args = ("--users", "1", "--mailbox", str(mailbox), "--smtp-ca", str(ca_file))
    with running_cli(*args) as process:
        api_line = _first_line(process).strip()
        smtp_line = _first_line(process).strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/v1\.0/", api_line), api_line
        match = re.fullmatch(r"smtp://127\.0\.0\.1:(\d+)", smtp_line)
        assert match, smtp_line
        with SendCleanClient(api_line, "demo-owner", "demo-token") as client:
            (user,) = client.list_users()
        assert user.password is not None
        relay = SmtpEndpoint.sandbox("127.0.0.1", int(match.group(1)), ca_file.read_text())
        credentials = SmtpCredentials(user.user_name, user.password)
        test = default_test_message(user.user_name, "me@example.test", "you@example.test")
        result = send_test_message(relay, credentials, test, deadline=TIMEOUT)
        assert result.ok, result.message
        (eml,) = mailbox.glob("*.eml")
        assert b"SendClean test message from" in eml.read_bytes()
        output = stop_cli(process)
    assert user.password not in output
    assert "implicit TLS on port" in output
