"""The API client against the real sandbox over HTTP on loopback."""

from __future__ import annotations

import http.server
import json
import logging
import socket
import threading
from collections.abc import Iterator
from typing import ClassVar

import pytest

from app.api import (
    ApiError,
    AuthenticationError,
    GeneralError,
    ProtocolError,
    SendCleanClient,
    SendCleanError,
    SmtpCredentials,
    SmtpUser,
    TransportError,
    ValidationError,
)
from app.sandbox import Sandbox


def client_for(sandbox: Sandbox, **kw: object) -> SendCleanClient:
    return SendCleanClient(sandbox.base_url, sandbox.owner_id, sandbox.token, **kw)  # type: ignore[arg-type]


def test_every_call_round_trips(sandbox: Sandbox) -> None:
    with client_for(sandbox) as client:
        before = client.list_users()
        assert len(before) == len(sandbox.users()) > 10
        created = client.add_user(500, 50)
        assert isinstance(created, SmtpCredentials) and created.user_name.startswith("smtp")
        client.edit_user(created.user_name, total_limit=800, hourly_limit=15, enabled=False)
        reset = client.reset_password(created.user_name)
        assert reset.user_name == created.user_name and reset.password != created.password
        after = {u.user_name: u for u in client.list_users()}
    assert after[created.user_name] == SmtpUser(created.user_name, reset.password, False, 800, 15)


def test_edit_sends_only_the_fields_given(sandbox: Sandbox) -> None:
    name = sandbox.users()[0].user_name
    with client_for(sandbox) as client:
        client.edit_user(name, hourly_limit=7)
        client.edit_user(name, enabled=True)
    assert [r.params for r in sandbox.requests[-2:]] == [
        {"smtp_user_name": name, "hourly_limit": 7},
        {"smtp_user_name": name, "status": "Enable"},
    ]


@pytest.mark.parametrize("style", ["example", "table", "mixed"])
def test_every_list_style_is_understood(style: str) -> None:
    with Sandbox(users=40, list_style=style, seed=3) as server, client_for(server) as client:
        users = client.list_users()
        expected = server.users()
    assert [u.user_name for u in users] == [u.user_name for u in expected]
    for got, want in zip(users, expected, strict=True):
        assert got.enabled == want.enabled
        assert got.password in (want.password, None)
        assert got.total_limit in (want.total_limit, None)
        assert got.hourly_limit in (want.hourly_limit, None)
    if style == "mixed":
        assert any(u.total_limit is None or u.hourly_limit is None for u in users)


@pytest.mark.parametrize("style", ["http", "name_on_200", "type_on_4xx"])
def test_every_error_style_becomes_a_typed_error(style: str) -> None:
    with Sandbox(users=3, error_style=style) as server:
        with SendCleanClient(server.base_url, server.owner_id, "wrong-token") as client:
            with pytest.raises(AuthenticationError) as caught:
                client.list_users()
        assert caught.value.kind == "AuthenticationError"
        assert caught.value.message == "Token MissMatch"
        assert str(caught.value) == (
            "SendClean rejected the owner ID or token (AuthenticationError: Token MissMatch)"
        )
        assert "wrong-token" not in str(caught.value) + repr(caught.value)
        with client_for(server) as client, pytest.raises(ValidationError) as invalid:
            client.add_user(0, 10)
        assert "total_limit" in invalid.value.message


def test_validation_cases(sandbox: Sandbox) -> None:
    with client_for(sandbox) as client:
        with pytest.raises(ValidationError):
            client.add_user(-1, 10)
        with pytest.raises(ValidationError):
            client.edit_user("smtp-no-such-user", total_limit=5)
        with pytest.raises(ValidationError):
            client.reset_password("smtp-no-such-user")


def test_fail_rate_gives_general_errors() -> None:
    with Sandbox(users=2, fail_rate=1.0) as server, client_for(server) as client:
        with pytest.raises(GeneralError) as caught:
            client.list_users()
    assert isinstance(caught.value, ApiError) and caught.value.http_status == 500


def test_html_error_page(sandbox: Sandbox) -> None:
    sandbox.inject("listSmtp", "html_502")
    with client_for(sandbox) as client, pytest.raises(ProtocolError) as caught:
        client.list_users()
    assert str(caught.value) == "the server answered HTTP 502 with an HTML page instead of JSON"


@pytest.mark.parametrize("fault", ["garbage", "truncated", "wrong_types"])
def test_malformed_answers_are_protocol_errors(sandbox: Sandbox, fault: str) -> None:
    sandbox.inject("listSmtp", fault)
    with client_for(sandbox) as client:
        with pytest.raises(ProtocolError) as caught:
            client.list_users()
        assert "HTTP 200" in str(caught.value)
        assert len(client.list_users()) == len(sandbox.users())  # the client still works


def test_endless_body_stops_at_the_cap(sandbox: Sandbox) -> None:
    sandbox.inject("listSmtp", "endless")
    with client_for(sandbox, max_response_bytes=2 * 1024 * 1024) as client:
        with pytest.raises(ProtocolError) as caught:
            client.list_users()
    assert "limit" in str(caught.value) and "HTTP 200" in str(caught.value)


def test_default_cap_is_at_least_64_mib(sandbox: Sandbox) -> None:
    from app.api import DEFAULT_MAX_RESPONSE_BYTES

    assert DEFAULT_MAX_RESPONSE_BYTES >= 64 * 1024 * 1024


def test_list_and_edit_retry_once_after_a_dropped_connection(sandbox: Sandbox) -> None:
    name = sandbox.users()[0].user_name
    with client_for(sandbox) as client:
        sandbox.inject("listSmtp", "drop", times=1)
        assert len(client.list_users()) == len(sandbox.users())
        sandbox.inject("editSmtp", "drop", times=1)
        client.edit_user(name, total_limit=99)
        sandbox.inject("listSmtp", "drop", times=2)
        with pytest.raises(TransportError):
            client.list_users()
    assert sandbox.users()[0].total_limit == 99


@pytest.mark.parametrize("call", ["addSmtp", "resetSmtpPassword"])
def test_add_and_reset_are_never_retried(sandbox: Sandbox, call: str) -> None:
    name = sandbox.users()[0].user_name
    users_before = len(sandbox.users())
    sandbox.inject(call, "drop_after_work", times=1)
    sandbox.clear_requests()
    with client_for(sandbox) as client, pytest.raises(TransportError) as caught:
        if call == "addSmtp":
            client.add_user(10, 1)
        else:
            client.reset_password(name)
    assert caught.value.request_sent
    assert [r.call for r in sandbox.requests] == [call]
    if call == "addSmtp":
        assert len(sandbox.users()) == users_before + 1  # the server did the work


def test_read_timeout_is_a_transport_error(sandbox: Sandbox) -> None:
    sandbox.inject("listSmtp", "delay:3")
    with client_for(sandbox, timeout=0.3) as client, pytest.raises(TransportError) as caught:
        client.list_users()
    assert "did not answer within 0.3 s" in str(caught.value)


def test_connection_refused_is_a_transport_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with SendCleanClient(f"http://127.0.0.1:{port}/v1.0/", "o", "t") as client:
        with pytest.raises(TransportError) as caught:
            client.list_users()
    assert not caught.value.request_sent
    assert "refused" in str(caught.value)


def test_a_session_of_calls_uses_one_connection(sandbox: Sandbox) -> None:
    name = sandbox.users()[0].user_name
    with client_for(sandbox) as client:
        for limit in range(1, 101):
            client.edit_user(name, hourly_limit=limit)
    assert sandbox.connection_count == 1


def test_base_url_rules() -> None:
    assert (
        SendCleanClient("http://127.0.0.1:9/v1.0", "o", "t").base_url == "http://127.0.0.1:9/v1.0/"
    )
    assert SendCleanClient("http://[::1]:9/v1.0/", "o", "t").base_url.endswith("/")
    assert SendCleanClient("http://localhost:9/v1.0/", "o", "t").base_url.startswith("http://")
    for refused in (
        "http://api.example.com/v1.0/",
        "http://10.0.0.1/v1.0/",
        "ftp://x/",
        "nonsense",
    ):
        with pytest.raises(ValueError):
            SendCleanClient(refused, "o", "t")
    client = SendCleanClient.for_domain("us1-mta1.sendclean.net", "o", "t")
    assert client.base_url == "https://api.us1-mta1.sendclean.net/v1.0/"
    with pytest.raises(ValueError):
        SendCleanClient.for_domain("https://x/", "o", "t")


def test_secrets_never_reach_reprs_errors_or_debug_logs(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    with client_for(sandbox) as client:
        users = client.list_users()
        created = client.add_user(10, 1)
        reset = client.reset_password(created.user_name)
        texts += [repr(client), str(client), repr(users), str(users[0]), repr(created), str(reset)]
        sandbox.inject("listSmtp", "html_502")
        sandbox.inject("addSmtp", "garbage")
        for call in (client.list_users, lambda: client.add_user(0, 0)):
            with pytest.raises(SendCleanError) as caught:
                call()
            texts += [str(caught.value), repr(caught.value)]
    with SendCleanClient(sandbox.base_url, sandbox.owner_id, "bad-" + sandbox.token) as bad:
        with pytest.raises(AuthenticationError) as denied:
            bad.list_users()
        texts += [str(denied.value), repr(denied.value), repr(bad)]
    texts += [record.getMessage() for record in caplog.records]
    secrets = [sandbox.token, created.password, reset.password] + [
        u.password for u in users if u.password
    ]
    blob = "\n".join(texts)
    assert caplog.records, "DEBUG logging produced nothing to check"
    for secret in secrets:
        assert secret not in blob


class _HeaderRecorder(http.server.BaseHTTPRequestHandler):
    seen: ClassVar[list[dict[str, str]]] = []

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length))
        _HeaderRecorder.seen.append(
            {**dict(self.headers.items()), "_body_keys": ",".join(sorted(body))}
        )
        payload = json.dumps({"status": "success", "smtp_list": []}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def header_server() -> Iterator[str]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _HeaderRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1.0/"
    server.shutdown()
    server.server_close()


def test_requests_are_json_posts_with_credentials_in_the_body(header_server: str) -> None:
    _HeaderRecorder.seen.clear()
    with SendCleanClient(header_server, "owner-1", "tok-1") as client:
        assert client.list_users() == []
    headers = {k.lower(): v for k, v in _HeaderRecorder.seen[0].items()}
    assert headers["content-type"] == "application/json"
    assert headers["user-agent"].startswith("SendCleanSMTPManager/")
    assert headers["_body_keys"] == "owner_id,token"
    assert "authorization" not in headers


def test_a_local_server_is_reached_directly_even_with_a_proxy_configured(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as probe:  # a loopback port where nothing listens
        probe.bind(("127.0.0.1", 0))
        dead_proxy = f"http://127.0.0.1:{probe.getsockname()[1]}"
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, dead_proxy)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with client_for(sandbox) as client:
        assert len(client.list_users()) == len(sandbox.users())
    remote = SendCleanClient.for_domain("us1-mta1.sendclean.net", "o", "t")  # no request made
    assert remote._http.trust_env  # a remote server follows the system's proxy and CA settings
    remote.close()


def test_a_client_for_a_local_http_server_reads_no_trust_store() -> None:
    """``http://`` never uses TLS: the client makes a context that trusts nothing rather
    than reading the system's certificates (the sandbox's first list waited for that)."""
    with (
        Sandbox(users=1) as server,
        SendCleanClient(server.base_url, server.owner_id, server.token) as client,
    ):
        assert len(client.list_users()) == 1
        context = client._http._transport._pool._ssl_context  # type: ignore[attr-defined]
    assert context is not None and context.cert_store_stats()["x509_ca"] == 0
    assert context.verify_mode.name == "CERT_REQUIRED" and context.check_hostname
