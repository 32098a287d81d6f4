"""The client against hostile servers: raw sockets on loopback that stall, flood or fool."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import zlib
from typing import Any

import pytest

from app.api import (
    AuthenticationError,
    GeneralError,
    ProtocolError,
    SendCleanClient,
    TransportError,
    UserList,
)
from tests.raw_server import Request, answer_once, http_answer, json_answer, serving

TOKEN = "tok-hostile-1234"


def client(url: str, **kw: Any) -> SendCleanClient:
    return SendCleanClient(url, "owner-1", TOKEN, **kw)


# -- time ------------------------------------------------------------------------------


def _trickle_body(conn: socket.socket, request: Request | None, stopped: Any) -> None:
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9999\r\n\r\n"
    )
    while not stopped.wait(0.3):
        conn.sendall(b" ")


def _trickle_head(conn: socket.socket, request: Request | None, stopped: Any) -> None:
    for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 10_000:
        if stopped.wait(0.3):
            return
        conn.sendall(bytes([byte]))


@pytest.mark.parametrize("trickle", [_trickle_body, _trickle_head])
def test_a_trickling_server_is_stopped_at_the_deadline_and_not_retried(trickle: Any) -> None:
    holder: list[Any] = []

    def script(conn: socket.socket, request: Request | None) -> None:
        trickle(conn, request, holder[0].stopped)

    with serving(script) as server:
        holder.append(server)
        with client(server.base_url, timeout=1.0, deadline=2.0) as api:
            started = time.monotonic()
            with pytest.raises(TransportError) as caught:
                api.list_users()  # a call that may be retried once
            elapsed = time.monotonic() - started
        assert server.connections == 1 and len(server.requests) == 1  # not retried
    assert elapsed < 2.0 + 1.0
    assert "2 s deadline" in str(caught.value)


def test_an_answer_that_started_then_broke_is_not_retried() -> None:
    def script(conn: socket.socket, request: Request | None) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-")  # then the connection closes

    with serving(script) as server, client(server.base_url) as api:
        with pytest.raises(TransportError):
            api.list_users()
        assert len(server.requests) == 1


def test_the_deadline_is_configurable_and_documented() -> None:
    from app.api import DEFAULT_DEADLINE

    assert client("http://127.0.0.1:9/").deadline == DEFAULT_DEADLINE
    assert client("http://127.0.0.1:9/", deadline=5).deadline == 5
    with pytest.raises(ValueError):
        client("http://127.0.0.1:9/", deadline=0)
    assert "total deadline" in (sys.modules["app.api.client"].__doc__ or "")


# -- size ------------------------------------------------------------------------------


def _bomb(wbits: int, gibibytes: int) -> bytes:
    """A compressed stream of zeros that expands to ``gibibytes`` GiB, made in ms:
    full-flush blocks of 1 MiB of zeros are identical, so one is repeated."""
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    chunk = bytes(1 << 20)
    first = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    return first + block * (gibibytes * 1024 - 1)


def _gzip(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    return packer.compress(data) + packer.flush()


_MEASURE = """
import json, resource, sys
from app.api import SendCleanClient, SendCleanError
cap = int(sys.argv[2])
api = SendCleanClient(sys.argv[1], "o", "t", max_response_bytes=cap)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    api.list_users()
    outcome = ["ok", ""]
except SendCleanError as exc:
    outcome = [type(exc).__name__, str(exc)]
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps(outcome + [before, after]))
"""


@pytest.mark.parametrize(("encoding", "inner_wbits"), [("gzip, gzip", 31), ("deflate, gzip", 15)])
def test_a_nested_compression_bomb_fails_within_the_cap(encoding: str, inner_wbits: int) -> None:
    body = _gzip(_bomb(inner_wbits, 10))  # about 24 KB that expand to 10 GiB
    assert len(body) < 64 * 1024
    answer = http_answer(body, headers=(f"Content-Encoding: {encoding}",))
    cap = 8 * 1024 * 1024
    with serving(answer_once(answer)) as server:
        run = subprocess.run(
            [sys.executable, "-c", _MEASURE, server.base_url, str(cap)],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    kind, message, before_kib, after_kib = json.loads(run.stdout)
    assert kind == "ProtocolError" and "limit once decoded" in message
    assert (after_kib - before_kib) * 1024 < cap + 64 * 1024 * 1024


def test_an_unknown_content_encoding_is_a_protocol_error() -> None:
    answer = http_answer(b"xx", headers=("Content-Encoding: br",))
    with serving(answer_once(answer)) as server, client(server.base_url) as api:
        with pytest.raises(ProtocolError, match="not supported"):
            api.list_users()


def test_compressed_answers_still_work() -> None:
    payload = json.dumps({"status": "success", "smtp_list": []}).encode()
    answer = http_answer(_gzip(_gzip(payload)), headers=("Content-Encoding: gzip, gzip",))
    with serving(answer_once(answer)) as server, client(server.base_url) as api:
        assert api.list_users() == []


def test_a_huge_error_message_is_capped_quickly_even_with_many_known_passwords() -> None:
    users = [
        {"smtp_user_name": f"smtp{n}", "password": f"pw{n:08d}", "status": "Enable"}
        for n in range(20_000)
    ]
    listing = json_answer({"status": "success", "smtp_list": users})
    message = ("x" * 4_000_000) + " pw00000007"
    failure = json_answer(
        {"status": "error", "name": "GeneralError", "message": "pw00000042 " + message}
    )
    answers = iter([listing, failure])

    def script(conn: socket.socket, request: Request | None) -> None:
        conn.sendall(next(answers))

    with serving(script) as server, client(server.base_url) as api:
        assert len(api.list_users()) == 20_000
        started = time.perf_counter()
        with pytest.raises(GeneralError) as caught:
            api.list_users()
        text = str(caught.value) + repr(caught.value)
        assert time.perf_counter() - started < 1.0  # well under 100 ms when measured
    assert "pw00000042" not in text and "[redacted]" in text
    assert len(caught.value.message) < 2_100
    assert "4,000,022 characters in all" in caught.value.message


# -- shape -----------------------------------------------------------------------------


def test_json_labelled_text_html_is_read_as_json() -> None:
    users = {"status": "success", "smtp_list": [{"smtp_user_name": "smtp1", "status": 1}]}
    denied = {"status": "error", "name": "AuthenticationError", "message": "Token MissMatch"}
    answers = iter(
        [
            json_answer(users, content_type="text/html; charset=UTF-8"),
            json_answer(denied, status="401 Unauthorized", content_type="text/html"),
            http_answer(b"<html><body>502</body></html>", content_type="text/html"),
        ]
    )

    def script(conn: socket.socket, request: Request | None) -> None:
        conn.sendall(next(answers))

    with serving(script) as server, client(server.base_url) as api:
        assert [u.user_name for u in api.list_users()] == ["smtp1"]
        with pytest.raises(AuthenticationError):
            api.list_users()
        with pytest.raises(ProtocolError, match="HTML page"):
            api.list_users()


@pytest.mark.parametrize("call", ["list", "reset"])
def test_a_redirect_is_never_a_success(call: str) -> None:
    body = {"status": "success", "smtp_list": [], "smtp_user_name": "u", "smtp_password": "p"}
    answer = json_answer(
        body, status="302 Found", headers=("Location: https://elsewhere.example/v1.0/",)
    )
    with serving(answer_once(answer)) as server, client(server.base_url) as api:
        with pytest.raises(ProtocolError) as caught:
            api.list_users() if call == "list" else api.reset_password("u")
        assert server.connections == 1
    assert "HTTP 302" in str(caught.value) and "elsewhere.example" in str(caught.value)


def test_a_reset_answer_naming_another_user_is_refused() -> None:
    answer = json_answer(
        {"status": "success", "smtp_user_name": "smtp-other", "smtp_password": "Other-Pass-1"}
    )
    with serving(answer_once(answer)) as server, client(server.base_url) as api:
        with pytest.raises(ProtocolError) as caught:
            api.reset_password("smtp-mine")
    assert "smtp-other" in str(caught.value) and "Other-Pass-1" not in str(caught.value)


ODD_VALUES: list[tuple[str, Any]] = [
    ("total_limit", "100.0"),
    ("total_limit", True),
    ("total_limit", -5),
    ("hourly_limit", "1e3"),
    ("status", None),
    ("status", "Suspended"),
    ("password", 12345),
]


def test_odd_entries_do_not_hide_the_account() -> None:
    good = [
        {"smtp_user_name": f"smtp{n}", "password": "p", "status": "Enable", "total_limit": 5}
        for n in range(49)
    ]
    odd = [
        {"smtp_user_name": f"odd-{key}-{n}", "status": "Disable", key: value}
        for n, (key, value) in enumerate(ODD_VALUES)
    ]
    hidden: list[Any] = [{"smtp_user_name": ""}, {"status": "Enable"}, "smtp9", None]
    duplicate = [dict(good[0])]
    payload = {"status": "success", "smtp_list": good + odd + hidden + duplicate}
    with serving(answer_once(json_answer(payload))) as server, client(server.base_url) as api:
        users = api.list_users()
    assert isinstance(users, UserList)
    names = [u.user_name for u in users]
    assert names == [e["smtp_user_name"] for e in good + odd + duplicate]  # duplicates kept
    by_name = {u.user_name: u for u in users}
    assert by_name["odd-total_limit-0"].total_limit == 100  # read: a whole-number text
    assert by_name["odd-hourly_limit-3"].hourly_limit == 1000
    assert by_name["odd-total_limit-1"].total_limit is None
    assert by_name["odd-total_limit-2"].total_limit is None
    assert not by_name["odd-status-4"].status_known
    assert not by_name["odd-status-5"].status_known
    assert "status=unknown" in repr(by_name["odd-status-5"])
    assert by_name["odd-password-6"].password is None
    assert by_name["smtp0"].status_known and by_name["smtp0"].enabled
    # 100.0 and 1e3 were read fully; True, -5, null, "Suspended", 12345 were not.
    assert users.odd_entries == 5 + len(hidden)
    assert users.hidden_entries == len(hidden)


# -- secrets ---------------------------------------------------------------------------

NASTY_TOKENS = ['tok"quote', "tok\\back\\slash", "tok\nnew\tline", "tök-ñ-日本-\u2028x"]


@pytest.mark.parametrize("token", NASTY_TOKENS)
def test_the_token_is_redacted_in_every_form_and_every_field(
    token: str, caplog: pytest.LogCaptureFixture
) -> None:
    from urllib.parse import quote

    def script(conn: socket.socket, request: Request | None) -> None:
        assert request is not None
        sent = request.json()["token"]
        escaped = json.dumps(sent)[1:-1]
        echoed = {
            "status": "error",
            "name": f"Bad{sent}",
            "type": "x",
            "message": f"raw {sent} json {escaped} ascii {json.dumps(sent, ensure_ascii=False)}"
            f" percent {quote(sent, safe='')} slash {escaped.replace('/', chr(92) + '/')}",
        }
        conn.sendall(json_answer(echoed, status="401 Unauthorized"))

    caplog.set_level("DEBUG")
    with serving(script) as server:
        with SendCleanClient(server.base_url, "o", token) as api:
            with pytest.raises(Exception) as caught:
                api.list_users()
    error = caught.value
    blob = "\n".join(
        [str(error), repr(error), getattr(error, "kind", ""), getattr(error, "message", "")]
        + [r.getMessage() for r in caplog.records]
    )
    escaped = json.dumps(token)[1:-1]
    for form in {
        token,
        escaped,
        json.dumps(token, ensure_ascii=False)[1:-1],
        quote(token, safe=""),
    }:
        assert form not in blob
    assert "[redacted]" in getattr(error, "kind", "")


# -- addresses and trust ---------------------------------------------------------------


def test_only_exact_localhost_and_loopback_addresses_may_use_plain_http(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    looked_up: list[object] = []

    def no_lookup(*args: object, **kw: object) -> Any:
        looked_up.append(args)
        raise OSError("no name lookup in this test")

    monkeypatch.setattr(socket, "getaddrinfo", no_lookup)
    for refused in (
        "http://api.localhost/v1.0/",
        "http://localhost.localhost:9/",
        "http://x.localhost./",
        "http://localhost.example/",
        "http://127.0.0.1.nip.io/",
    ):
        with pytest.raises(ValueError):
            client(refused)
    for allowed in ("http://localhost:9/", "http://127.8.9.10:9/", "http://[::1]:9/"):
        client(allowed).close()
    assert looked_up == []


def _trust_via(variable: str, ca: Any, tmp_path: Any) -> str:
    """A place only ``variable`` names, holding the test CA: a file, or an OpenSSL hashed
    directory (``<subject hash>.0``)."""
    bundle = tmp_path / "company-ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    if variable == "SSL_CERT_FILE":
        return str(bundle)
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command names the hashed file of SSL_CERT_DIR")
    digest = subprocess.run(
        ["openssl", "x509", "-hash", "-noout", "-in", str(bundle)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    directory = tmp_path / "certs"
    directory.mkdir()
    (directory / f"{digest}.0").write_bytes(bundle.read_bytes())
    return str(directory)


@pytest.mark.parametrize("variable", ["SSL_CERT_FILE", "SSL_CERT_DIR"])
def test_the_system_trust_store_is_used_and_its_variables_honoured(
    variable: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    import ssl

    import trustme

    ca = trustme.CA()
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(server_ctx)
    payload = json_answer({"status": "success", "smtp_list": []})
    with serving(answer_once(payload), tls=server_ctx) as server:
        url = f"https://localhost:{server.port}/v1.0/"
        with client(url) as api, pytest.raises(TransportError, match="certificate"):
            api.list_users()  # a CA nobody installed
        monkeypatch.setenv(variable, _trust_via(variable, ca, tmp_path))
        with client(url) as api:
            assert api.list_users() == []
            pool = api._http._transport._pool  # type: ignore[attr-defined]
            assert type(pool._ssl_context).__module__.startswith("truststore")


def test_the_deadline_also_guards_connections_through_a_proxy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.api.deadline import DeadlineBackend

    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")  # never contacted here
    remote = SendCleanClient.for_domain("us1-mta1.sendclean.net", "o", "t")
    pools = [remote._http._transport, *remote._http._mounts.values()]
    try:
        assert len(pools) >= 2
        for transport in pools:
            backend = transport._pool._network_backend  # type: ignore[union-attr]
            assert isinstance(backend, DeadlineBackend)
    finally:
        remote.close()


@pytest.mark.parametrize("size", [40, 20_000])  # the general path and the fast path
def test_a_repeated_or_changed_list_reuses_users_and_keeps_every_password_redacted(
    size: int,
) -> None:
    def entry(n: int, password: str) -> dict[str, object]:
        return {"smtp_user_name": f"smtp{n}", "password": password, "status": "Enable"}

    first = [entry(n, f"pw{n:08d}") for n in range(size)]
    changed = [entry(n, f"pw{n:08d}") for n in range(size) if n != 3]  # smtp3 left
    changed[5] = entry(6, "pwNEW00006")  # smtp6 has a new password
    echoed = "pw00000003 pw00000006 pwNEW00006 pw00000009"
    answers = iter(
        [
            json_answer({"status": "success", "smtp_list": first}),
            json_answer({"status": "success", "smtp_list": first}),
            json_answer({"status": "success", "smtp_list": changed}),
            json_answer({"status": "error", "name": "GeneralError", "message": echoed}),
        ]
    )

    def script(conn: socket.socket, request: Request | None) -> None:
        conn.sendall(next(answers))

    with serving(script) as server, client(server.base_url) as api:
        listed = api.list_users()
        again = api.list_users()
        assert again == listed and again is not listed
        assert all(map(lambda a, b: a is b, again, listed))  # the same users, not decoded
        after = api.list_users()
        with pytest.raises(GeneralError) as caught:
            api.list_users()
    assert [u.user_name for u in after] == [e["smtp_user_name"] for e in changed]
    assert after[5].password == "pwNEW00006"
    if size > 1_000:  # the fast path keeps the users that did not change
        assert after[0] is listed[0] and after[5] is not listed[6]
    text = str(caught.value) + repr(caught.value)
    assert not any(secret in text for secret in echoed.split())


def test_every_call_posts_json_to_its_own_address_with_the_credentials() -> None:
    seen: list[Request] = []

    def script(conn: socket.socket, request: Request | None) -> None:
        assert request is not None
        seen.append(request)
        conn.sendall(json_answer({"status": "success", "smtp_list": []}))

    with serving(script) as server, client(server.base_url) as api:
        api.list_users()
        api.edit_user("smtp1", hourly_limit=3)
        api.edit_user("smtp2", total_limit=4)
    lines = [r.head.split(b"\r\n") for r in seen]
    assert [line[0] for line in lines] == [
        b"POST /v1.0/settings/listSmtp HTTP/1.1",
        b"POST /v1.0/settings/editSmtp HTTP/1.1",
        b"POST /v1.0/settings/editSmtp HTTP/1.1",
    ]
    assert all(b"content-type: application/json" in r.head.lower() for r in seen)
    assert [r.json() for r in seen][1:] == [
        {"owner_id": "owner-1", "token": TOKEN, "smtp_user_name": "smtp1", "hourly_limit": 3},
        {"owner_id": "owner-1", "token": TOKEN, "smtp_user_name": "smtp2", "total_limit": 4},
    ]
