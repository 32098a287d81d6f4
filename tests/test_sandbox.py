"""Tests of app.sandbox: the local SendClean SMTP-user API server.

Only the standard library talks to the sandbox here (http.client and raw sockets), always
on 127.0.0.1, every wait bounded by a timeout.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.sandbox import (
    CALLS,
    ERROR_STYLES,
    FAULTS,
    LIST_STYLES,
    RecordedRequest,
    Sandbox,
    SandboxUser,
    format_base_url,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LOCALHOST = "127.0.0.1"
TIMEOUT = 10.0
NAME_RE = re.compile(r"^smtp\d+$")
PASSWORD_RE = re.compile(r"^[a-z0-9]{10,12}$")
MiB = 1024 * 1024


# -- helpers ------------------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def credentials(sandbox: Sandbox) -> dict[str, str]:
    return {"owner_id": sandbox.owner_id, "token": sandbox.token}


def connect(sandbox: Sandbox, timeout: float = TIMEOUT) -> http.client.HTTPConnection:
    return http.client.HTTPConnection(LOCALHOST, sandbox.port, timeout=timeout)


def send(
    conn: http.client.HTTPConnection,
    path: str,
    body: bytes | None,
    method: str = "POST",
    headers: dict[str, str] | None = None,
) -> Answer:
    conn.request(method, path, body, {"Content-Type": "application/json", **(headers or {})})
    response = conn.getresponse()
    data = response.read()
    return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, data)


def call(
    sandbox: Sandbox,
    name: str,
    params: dict[str, Any] | None = None,
    *,
    auth: bool = True,
    conn: http.client.HTTPConnection | None = None,
) -> Answer:
    body = {**(credentials(sandbox) if auth else {}), **(params or {})}
    own = conn is None
    connection = connect(sandbox) if conn is None else conn
    try:
        return send(connection, f"/v1.0/settings/{name}", json.dumps(body).encode())
    finally:
        if own:
            connection.close()


def raw_request(sandbox: Sandbox, name: str, params: dict[str, Any] | None = None) -> bytes:
    body = json.dumps({**credentials(sandbox), **(params or {})}).encode()
    head = (
        f"POST /v1.0/settings/{name} HTTP/1.1\r\nHost: {LOCALHOST}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def read_until_eof(sock: socket.socket, limit: int = 16 * MiB) -> bytes:
    data = bytearray()
    for _ in range(100_000):
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
        if len(data) > limit:
            break
    return bytes(data)


def split_response(raw: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        key, _, value = line.partition(":")
        headers[key.strip().lower()] = value.strip()
    return status, headers, body


def is_error(body: Any, kind: str) -> bool:
    return (
        body.get("status") == "error"
        and body.get("code") == -1
        and kind in (body.get("name"), body.get("type"))
        and isinstance(body.get("message"), str)
        and body["message"] != ""
    )


def decode_item(item: dict[str, Any]) -> tuple[str, str, bool, int | None, int | None]:
    """What a tolerant client makes of one listSmtp item of any style."""
    password = str(item.get("password", item.get("smtp_password")))
    status = item["status"]
    enabled = str(status).lower() in ("enable", "1")
    assert str(status).lower() in ("enable", "disable", "1", "0")
    total = item.get("total_limit")
    hourly = item.get("hourly_limit")
    return (
        item["smtp_user_name"],
        password,
        enabled,
        None if total is None else int(total),
        None if hourly is None else int(hourly),
    )


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


@pytest.fixture
def empty_sandbox() -> Iterator[Sandbox]:
    with Sandbox(users=0) as running:
        yield running


# -- success shapes -----------------------------------------------------------------------


def test_list_example_shape(sandbox: Sandbox) -> None:
    answer = call(sandbox, "listSmtp")
    assert answer.status == 200
    assert answer.headers["content-type"] == "application/json"
    body = answer.json()
    assert body["status"] == "success"
    assert "message" not in body
    users = sandbox.users()
    assert len(body["smtp_list"]) == len(users)
    for item, user in zip(body["smtp_list"], users, strict=True):
        assert set(item) == {"smtp_user_name", "password", "status", "total_limit", "hourly_limit"}
        assert item == {
            "smtp_user_name": user.user_name,
            "password": user.password,
            "status": "Enable" if user.enabled else "Disable",
            "total_limit": user.total_limit,
            "hourly_limit": user.hourly_limit,
        }


def test_add_creates_enabled_user(empty_sandbox: Sandbox) -> None:
    answer = call(empty_sandbox, "addSmtp", {"total_limit": 100, "hourly_limit": 10})
    assert answer.status == 200
    body = answer.json()
    assert set(body) == {"status", "message", "smtp_user_name", "smtp_password"}
    assert body["status"] == "success"
    assert body["message"] == "SMTP User Created"
    assert NAME_RE.match(body["smtp_user_name"])
    assert PASSWORD_RE.match(body["smtp_password"])
    assert empty_sandbox.users() == [
        SandboxUser(body["smtp_user_name"], body["smtp_password"], True, 100, 10)
    ]
    listed = call(empty_sandbox, "listSmtp").json()["smtp_list"]
    assert listed == [
        {
            "smtp_user_name": body["smtp_user_name"],
            "password": body["smtp_password"],
            "status": "Enable",
            "total_limit": 100,
            "hourly_limit": 10,
        }
    ]


def test_add_accepts_digit_strings(empty_sandbox: Sandbox) -> None:
    answer = call(empty_sandbox, "addSmtp", {"total_limit": "250", "hourly_limit": "25"})
    assert answer.status == 200
    (user,) = empty_sandbox.users()
    assert (user.total_limit, user.hourly_limit) == (250, 25)


def test_added_users_keep_insertion_order(empty_sandbox: Sandbox) -> None:
    names = [
        call(empty_sandbox, "addSmtp", {"total_limit": i, "hourly_limit": 1}).json()[
            "smtp_user_name"
        ]
        for i in range(1, 6)
    ]
    listed = call(empty_sandbox, "listSmtp").json()["smtp_list"]
    assert [item["smtp_user_name"] for item in listed] == names
    assert [item["total_limit"] for item in listed] == [1, 2, 3, 4, 5]


def test_edit_changes_only_given_fields(sandbox: Sandbox) -> None:
    before = sandbox.users()
    target = before[0]
    answer = call(sandbox, "editSmtp", {"smtp_user_name": target.user_name, "total_limit": 777})
    assert answer.status == 200
    assert answer.json() == {"status": "success", "message": "SMTP User Updated"}
    after = sandbox.users()
    assert after[0] == SandboxUser(
        target.user_name, target.password, target.enabled, 777, target.hourly_limit
    )
    assert after[1:] == before[1:]

    answer = call(
        sandbox,
        "editSmtp",
        {"smtp_user_name": target.user_name, "hourly_limit": "33", "status": "Disable"},
    )
    assert answer.status == 200
    assert sandbox.users()[0] == SandboxUser(target.user_name, target.password, False, 777, 33)
    answer = call(sandbox, "editSmtp", {"smtp_user_name": target.user_name, "status": "enable"})
    assert answer.status == 200
    assert sandbox.users()[0].enabled is True
    answer = call(sandbox, "editSmtp", {"smtp_user_name": target.user_name, "status": "DISABLE"})
    assert answer.status == 200
    assert sandbox.users()[0].enabled is False


def test_edit_without_changes_succeeds(sandbox: Sandbox) -> None:
    before = sandbox.users()
    answer = call(sandbox, "editSmtp", {"smtp_user_name": before[3].user_name})
    assert answer.status == 200
    assert sandbox.users() == before


def test_reset_password(sandbox: Sandbox) -> None:
    target = sandbox.users()[2]
    answer = call(sandbox, "resetSmtpPassword", {"smtp_user_name": target.user_name})
    assert answer.status == 200
    body = answer.json()
    assert set(body) == {"status", "message", "smtp_user_name", "smtp_password"}
    assert body["status"] == "success"
    assert body["message"] == "password reseted"
    assert body["smtp_user_name"] == target.user_name
    assert PASSWORD_RE.match(body["smtp_password"])
    assert body["smtp_password"] != target.password
    assert sandbox.users()[2].password == body["smtp_password"]
    listed = call(sandbox, "listSmtp").json()["smtp_list"]
    assert listed[2]["password"] == body["smtp_password"]


# -- validation ---------------------------------------------------------------------------

BAD_LIMITS: list[Any] = [0, -5, "0", "-3", "abc", "", " 5", "1e3", 1.5, 100.0, True, False, [], {}]


@pytest.mark.parametrize("field", ["total_limit", "hourly_limit"])
@pytest.mark.parametrize("value", BAD_LIMITS, ids=repr)
def test_add_rejects_bad_limit(empty_sandbox: Sandbox, field: str, value: Any) -> None:
    params: dict[str, Any] = {"total_limit": 100, "hourly_limit": 10, field: value}
    answer = call(empty_sandbox, "addSmtp", params)
    assert answer.status == 400
    body = answer.json()
    assert is_error(body, "ValidationError")
    assert body["name"] == body["type"] == "ValidationError"
    assert body["message"] == f"{field} must be a positive integer"
    assert empty_sandbox.users() == []


@pytest.mark.parametrize("field", ["total_limit", "hourly_limit"])
@pytest.mark.parametrize("missing", ["absent", "null"])
def test_add_requires_both_limits(empty_sandbox: Sandbox, field: str, missing: str) -> None:
    params: dict[str, Any] = {"total_limit": 100, "hourly_limit": 10}
    if missing == "absent":
        del params[field]
    else:
        params[field] = None
    answer = call(empty_sandbox, "addSmtp", params)
    assert answer.status == 400
    assert is_error(answer.json(), "ValidationError")
    assert answer.json()["message"] == f"{field} is required"
    assert empty_sandbox.users() == []


def test_add_rejects_huge_limit(empty_sandbox: Sandbox) -> None:
    answer = call(empty_sandbox, "addSmtp", {"total_limit": 10**20, "hourly_limit": 10})
    assert answer.status == 400
    assert is_error(answer.json(), "ValidationError")


@pytest.mark.parametrize("field", ["total_limit", "hourly_limit"])
@pytest.mark.parametrize("value", BAD_LIMITS, ids=repr)
def test_edit_rejects_bad_limit(sandbox: Sandbox, field: str, value: Any) -> None:
    before = sandbox.users()
    params = {"smtp_user_name": before[0].user_name, field: value}
    answer = call(sandbox, "editSmtp", params)
    assert answer.status == 400
    assert is_error(answer.json(), "ValidationError")
    assert answer.json()["message"] == f"{field} must be a positive integer"
    assert sandbox.users() == before


@pytest.mark.parametrize("value", ["Paused", "Enabled", "", 1, 0, True, ["Enable"]], ids=repr)
def test_edit_rejects_bad_status(sandbox: Sandbox, value: Any) -> None:
    before = sandbox.users()
    params = {"smtp_user_name": before[0].user_name, "status": value}
    answer = call(sandbox, "editSmtp", params)
    assert answer.status == 400
    assert is_error(answer.json(), "ValidationError")
    assert "status" in answer.json()["message"]
    assert sandbox.users() == before


def test_edit_null_fields_mean_not_given(sandbox: Sandbox) -> None:
    before = sandbox.users()
    params = {"smtp_user_name": before[0].user_name, "status": None, "total_limit": None}
    assert call(sandbox, "editSmtp", params).status == 200
    assert sandbox.users() == before


@pytest.mark.parametrize("name", ["editSmtp", "resetSmtpPassword"])
def test_unknown_user(sandbox: Sandbox, name: str) -> None:
    before = sandbox.users()
    answer = call(sandbox, name, {"smtp_user_name": "smtp12345", "total_limit": 5})
    assert answer.status == 400
    body = answer.json()
    assert is_error(body, "ValidationError")
    assert body["message"] == "SMTP user smtp12345 does not exist"
    assert sandbox.users() == before


@pytest.mark.parametrize("name", ["editSmtp", "resetSmtpPassword"])
@pytest.mark.parametrize("value", ["absent", None, "", 123])
def test_missing_user_name(sandbox: Sandbox, name: str, value: Any) -> None:
    params: dict[str, Any] = {"total_limit": 5}
    if value != "absent":
        params["smtp_user_name"] = value
    answer = call(sandbox, name, params)
    assert answer.status == 400
    body = answer.json()
    assert is_error(body, "ValidationError")
    assert "smtp_user_name" in body["message"]


@pytest.mark.parametrize("raw", [b"", b"[]", b'"x"', b"null", b"42", b"not json", b"\xff\xfe{"])
def test_body_must_be_json_object(sandbox: Sandbox, raw: bytes) -> None:
    conn = connect(sandbox)
    try:
        answer = send(conn, "/v1.0/settings/listSmtp", raw)
    finally:
        conn.close()
    assert answer.status == 400
    assert is_error(answer.json(), "ValidationError")


# -- authentication -----------------------------------------------------------------------

TOKEN_MISMATCH = {
    "status": "error",
    "code": -1,
    "name": "AuthenticationError",
    "type": "AuthenticationError",
    "message": "Token MissMatch",
}


@pytest.mark.parametrize("name", CALLS)
@pytest.mark.parametrize(
    "creds",
    [
        {"owner_id": "demo-owner", "token": "wrong"},
        {"owner_id": "someone-else", "token": "demo-token"},
        {"owner_id": "demo-owner"},
        {"token": "demo-token"},
        {},
        {"owner_id": "demo-owner", "token": 12345},
        {"owner_id": "demo-owner", "token": "démo-token"},
    ],
    ids=["bad-token", "bad-owner", "no-token", "no-owner", "none", "int-token", "non-ascii"],
)
def test_auth_mismatch(sandbox: Sandbox, name: str, creds: dict[str, Any]) -> None:
    before = sandbox.users()
    params = {"total_limit": 5, "hourly_limit": 5, "smtp_user_name": before[0].user_name}
    answer = call(sandbox, name, {**creds, **params}, auth=False)
    assert answer.status == 401
    assert answer.json() == TOKEN_MISMATCH
    assert sandbox.users() == before


def test_set_token_revokes_old_token(sandbox: Sandbox) -> None:
    old = credentials(sandbox)
    sandbox.set_token("fresh-token")
    assert sandbox.token == "fresh-token"
    assert call(sandbox, "listSmtp", old, auth=False).status == 401
    assert call(sandbox, "listSmtp").status == 200


def test_custom_credentials() -> None:
    with Sandbox(owner_id="acme", token="t0k3n", users=2) as sandbox:
        assert (
            call(sandbox, "listSmtp", {"owner_id": "acme", "token": "t0k3n"}, auth=False).status
            == 200
        )
        assert (
            call(
                sandbox, "listSmtp", {"owner_id": "demo-owner", "token": "demo-token"}, auth=False
            ).status
            == 401
        )


# -- transport-level errors -----------------------------------------------------------------


def test_unknown_path_is_404_json(sandbox: Sandbox) -> None:
    for path in ["/v1.0/settings/deleteSmtp", "/v1.0/listSmtp", "/", "/v1.0/settings/listSmtp/"]:
        conn = connect(sandbox)
        try:
            answer = send(conn, path, json.dumps(credentials(sandbox)).encode())
        finally:
            conn.close()
        assert answer.status == 404, path
        assert answer.headers["content-type"] == "application/json"
        assert answer.json()["status"] == "error"


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_other_methods_are_405_json(sandbox: Sandbox, method: str) -> None:
    conn = connect(sandbox)
    try:
        answer = send(conn, "/v1.0/settings/listSmtp", b"{}", method=method)
        assert answer.status == 405
        assert answer.headers["allow"] == "POST"
        assert answer.json()["status"] == "error"
        # the connection stays usable
        assert (
            send(conn, "/v1.0/settings/listSmtp", json.dumps(credentials(sandbox)).encode()).status
            == 200
        )
    finally:
        conn.close()


def test_head_is_405_without_body(sandbox: Sandbox) -> None:
    conn = connect(sandbox)
    try:
        conn.request("HEAD", "/v1.0/settings/listSmtp")
        response = conn.getresponse()
        assert response.status == 405
        assert response.read() == b""
    finally:
        conn.close()


def test_chunked_request_body(sandbox: Sandbox) -> None:
    conn = connect(sandbox)
    try:
        body = json.dumps(credentials(sandbox)).encode()
        conn.request(
            "POST",
            "/v1.0/settings/listSmtp",
            iter([body[:5], body[5:]]),
            {"Content-Type": "application/json", "Transfer-Encoding": "chunked"},
            encode_chunked=True,
        )
        response = conn.getresponse()
        assert response.status == 200
        assert json.loads(response.read())["status"] == "success"
    finally:
        conn.close()


def test_oversized_body_is_refused(sandbox: Sandbox) -> None:
    with socket.create_connection((LOCALHOST, sandbox.port), timeout=TIMEOUT) as sock:
        sock.sendall(
            b"POST /v1.0/settings/listSmtp HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n"
        )
        status, headers, body = split_response(read_until_eof(sock))
    assert status == 413
    assert headers["connection"] == "close"
    assert json.loads(body)["status"] == "error"


# -- response styles ------------------------------------------------------------------------


def test_error_style_name_on_200() -> None:
    with Sandbox(error_style="name_on_200", users=1) as sandbox:
        answer = call(sandbox, "listSmtp", {"token": "nope"})
        assert answer.status == 200
        assert answer.json() == {
            "status": "error",
            "code": -1,
            "name": "AuthenticationError",
            "message": "Token MissMatch",
        }
        answer = call(sandbox, "addSmtp", {"total_limit": 0, "hourly_limit": 1})
        assert answer.status == 200
        body = answer.json()
        assert body["name"] == "ValidationError" and "type" not in body


def test_error_style_type_on_4xx() -> None:
    with Sandbox(error_style="type_on_4xx", users=1) as sandbox:
        answer = call(sandbox, "listSmtp", {"token": "nope"})
        assert answer.status == 401
        assert answer.json() == {
            "status": "error",
            "code": -1,
            "type": "AuthenticationError",
            "message": "Token MissMatch",
        }
        answer = call(sandbox, "resetSmtpPassword", {"smtp_user_name": "smtp1"})
        assert answer.status == 400
        body = answer.json()
        assert body["type"] == "ValidationError" and "name" not in body


def test_error_style_settable_at_run_time(sandbox: Sandbox) -> None:
    assert ERROR_STYLES == ("http", "name_on_200", "type_on_4xx")
    sandbox.error_style = "name_on_200"
    assert call(sandbox, "listSmtp", {"token": "x"}).status == 200
    sandbox.error_style = "http"
    assert call(sandbox, "listSmtp", {"token": "x"}).json() == TOKEN_MISMATCH
    with pytest.raises(ValueError):
        sandbox.error_style = "bogus"


def test_list_style_table() -> None:
    with Sandbox(list_style="table") as sandbox:
        body = call(sandbox, "listSmtp").json()
        assert body["status"] == "success"
        assert isinstance(body["message"], str)
        for item, user in zip(body["smtp_list"], sandbox.users(), strict=True):
            assert item == {
                "smtp_user_name": user.user_name,
                "smtp_password": user.password,
                "status": 1 if user.enabled else 0,
                "total_limit": str(user.total_limit),
                "hourly_limit": str(user.hourly_limit),
            }


def test_list_style_mixed() -> None:
    with Sandbox(list_style="mixed") as sandbox:
        body = call(sandbox, "listSmtp").json()
        items = body["smtp_list"]
        users = sandbox.users()
        assert len(items) == len(users)
        assert any("password" in item for item in items)
        assert any("smtp_password" in item for item in items)
        assert any("total_limit" not in item for item in items)
        assert any("hourly_limit" not in item for item in items)
        statuses = {repr(item["status"]) for item in items}
        assert any(isinstance(item["status"], int) for item in items)
        assert any(isinstance(item["status"], str) for item in items)
        assert len(statuses) >= 5
        assert any(isinstance(item.get("total_limit"), str) for item in items)
        assert any(isinstance(item.get("total_limit"), int) for item in items)
        for item, user in zip(items, users, strict=True):
            name, password, enabled, total, hourly = decode_item(item)
            assert (name, password, enabled) == (user.user_name, user.password, user.enabled)
            assert total in (None, user.total_limit)
            assert hourly in (None, user.hourly_limit)


def test_list_style_settable_at_run_time(sandbox: Sandbox) -> None:
    assert LIST_STYLES == ("example", "table", "mixed")
    first = call(sandbox, "listSmtp").json()["smtp_list"][0]
    sandbox.list_style = "table"
    assert "smtp_password" in call(sandbox, "listSmtp").json()["smtp_list"][0]
    sandbox.list_style = "example"
    assert call(sandbox, "listSmtp").json()["smtp_list"][0] == first
    with pytest.raises(ValueError):
        sandbox.list_style = "bogus"


def test_list_cache_follows_changes(sandbox: Sandbox) -> None:
    assert len(call(sandbox, "listSmtp").json()["smtp_list"]) == 36
    call(sandbox, "addSmtp", {"total_limit": 1, "hourly_limit": 1})
    assert len(call(sandbox, "listSmtp").json()["smtp_list"]) == 37
    sandbox.set_users([SandboxUser("smtp1", "pw", False, 3, 2)])
    assert call(sandbox, "listSmtp").json()["smtp_list"] == [
        {
            "smtp_user_name": "smtp1",
            "password": "pw",
            "status": "Disable",
            "total_limit": 3,
            "hourly_limit": 2,
        }
    ]


# -- failures and faults ------------------------------------------------------------------


def test_fail_rate_one_always_fails() -> None:
    with Sandbox(fail_rate=1.0, users=0) as sandbox:
        for name in CALLS:
            answer = call(sandbox, name, {"total_limit": 1, "hourly_limit": 1})
            assert answer.status == 500
            assert answer.json() == {
                "status": "error",
                "code": -1,
                "name": "GeneralError",
                "type": "GeneralError",
                "message": "Simulated server failure",
            }
        assert sandbox.users() == []
        sandbox.fail_rate = 0.0
        assert call(sandbox, "listSmtp").status == 200


def test_fail_rate_is_seeded() -> None:
    def outcomes() -> list[int]:
        with Sandbox(fail_rate=0.5, seed=7, users=1) as sandbox:
            conn = connect(sandbox)
            try:
                return [call(sandbox, "listSmtp", conn=conn).status for _ in range(40)]
            finally:
                conn.close()

    first = outcomes()
    assert set(first) == {200, 500}
    assert outcomes() == first


def test_settings_are_validated() -> None:
    for kwargs in [
        {"latency": -1.0},
        {"fail_rate": 1.5},
        {"fail_rate": -0.1},
        {"list_style": "nope"},
        {"error_style": "nope"},
        {"users": -1},
        {"port": 70000},
    ]:
        with pytest.raises(ValueError):
            Sandbox(**kwargs)  # type: ignore[arg-type]


def test_fault_names() -> None:
    assert set(FAULTS) == {
        "html_502",
        "garbage",
        "truncated",
        "drop",
        "drop_after_work",
        "endless",
        "wrong_types",
        "delay",
    }


def test_inject_validates(sandbox: Sandbox) -> None:
    for bad_call, bad_fault in [
        ("deleteSmtp", "drop"),
        ("listSmtp", "explode"),
        ("*", "delay:x"),
        ("*", "drop:3"),
        ("*", "delay:-1"),
    ]:
        with pytest.raises(ValueError):
            sandbox.inject(bad_call, bad_fault)
    with pytest.raises(ValueError):
        sandbox.inject("listSmtp", "drop", times=0)
    assert sandbox.pending_faults() == []


def test_fault_html_502(sandbox: Sandbox) -> None:
    sandbox.inject("listSmtp", "html_502")
    conn = connect(sandbox)
    try:
        answer = call(sandbox, "listSmtp", conn=conn)
        assert answer.status == 502
        assert answer.headers["content-type"].startswith("text/html")
        assert b"502 Bad Gateway" in answer.body
        assert b"nginx" in answer.body
        assert call(sandbox, "listSmtp", conn=conn).status == 200  # used once, keep-alive
    finally:
        conn.close()


def test_fault_garbage(sandbox: Sandbox) -> None:
    sandbox.inject("listSmtp", "garbage")
    answer = call(sandbox, "listSmtp")
    assert answer.status == 200
    assert answer.headers["content-type"] == "application/json"
    assert answer.body
    with pytest.raises(ValueError):
        json.loads(answer.body)


def test_fault_truncated_raw(sandbox: Sandbox) -> None:
    sandbox.inject("listSmtp", "truncated")
    with socket.create_connection((LOCALHOST, sandbox.port), timeout=TIMEOUT) as sock:
        sock.sendall(raw_request(sandbox, "listSmtp"))
        status, headers, body = split_response(read_until_eof(sock))
    assert status == 200
    assert int(headers["content-length"]) > len(body) > 0
    assert body.startswith(b'{"status":"success"')
    with pytest.raises(ValueError):
        json.loads(body)


def test_fault_truncated_http_client(empty_sandbox: Sandbox) -> None:
    empty_sandbox.inject("addSmtp", "truncated")
    conn = connect(empty_sandbox)
    try:
        with pytest.raises(http.client.IncompleteRead):
            call(empty_sandbox, "addSmtp", {"total_limit": 1, "hourly_limit": 1}, conn=conn)
    finally:
        conn.close()
    assert len(empty_sandbox.users()) == 1  # the call took effect, the answer was cut


def test_fault_drop(empty_sandbox: Sandbox) -> None:
    empty_sandbox.inject("addSmtp", "drop")
    with socket.create_connection((LOCALHOST, empty_sandbox.port), timeout=TIMEOUT) as sock:
        sock.sendall(raw_request(empty_sandbox, "addSmtp", {"total_limit": 1, "hourly_limit": 1}))
        assert read_until_eof(sock) == b""
    assert empty_sandbox.users() == []  # no effect
    assert call(empty_sandbox, "addSmtp", {"total_limit": 1, "hourly_limit": 1}).status == 200


def test_fault_drop_http_client(sandbox: Sandbox) -> None:
    sandbox.inject("*", "drop")
    conn = connect(sandbox)
    try:
        with pytest.raises(http.client.RemoteDisconnected):
            call(sandbox, "listSmtp", conn=conn)
    finally:
        conn.close()


def test_fault_drop_after_work_adds_user(empty_sandbox: Sandbox) -> None:
    empty_sandbox.inject("addSmtp", "drop_after_work")
    with socket.create_connection((LOCALHOST, empty_sandbox.port), timeout=TIMEOUT) as sock:
        sock.sendall(raw_request(empty_sandbox, "addSmtp", {"total_limit": 9, "hourly_limit": 3}))
        assert read_until_eof(sock) == b""
    (user,) = empty_sandbox.users()
    assert (user.total_limit, user.hourly_limit, user.enabled) == (9, 3, True)


def test_fault_drop_after_work_resets_password(sandbox: Sandbox) -> None:
    target = sandbox.users()[0]
    sandbox.inject("resetSmtpPassword", "drop_after_work")
    with pytest.raises(http.client.RemoteDisconnected):
        call(sandbox, "resetSmtpPassword", {"smtp_user_name": target.user_name})
    assert sandbox.users()[0].password != target.password


@pytest.mark.parametrize("name", CALLS)
def test_fault_wrong_types(sandbox: Sandbox, name: str) -> None:
    before = sandbox.users()
    sandbox.inject(name, "wrong_types")
    answer = call(
        sandbox, name, {"smtp_user_name": before[0].user_name, "total_limit": 5, "hourly_limit": 5}
    )
    assert answer.status == 200
    body = answer.json()
    assert isinstance(body, dict)
    if name == "listSmtp":
        assert body["status"] == "success"
        assert isinstance(body["smtp_list"], str)
    elif name == "editSmtp":
        assert body["status"] != "success"
    else:
        assert not isinstance(body["smtp_user_name"], str)
        assert not isinstance(body["smtp_password"], str)
    assert sandbox.users() == before


def test_fault_delay(sandbox: Sandbox) -> None:
    sandbox.inject("listSmtp", "delay:0.3")
    started = time.monotonic()
    answer = call(sandbox, "listSmtp")
    assert time.monotonic() - started >= 0.3
    assert answer.status == 200
    assert answer.json()["status"] == "success"


def test_fault_endless_streams_and_stop_is_prompt() -> None:
    sandbox = Sandbox(users=1).start()
    try:
        sandbox.inject("listSmtp", "endless")
        with socket.create_connection((LOCALHOST, sandbox.port), timeout=TIMEOUT) as sock:
            sock.sendall(raw_request(sandbox, "listSmtp"))
            received = bytearray()
            for _ in range(100_000):
                chunk = sock.recv(65536)
                assert chunk, "the endless answer ended early"
                received += chunk
                if len(received) > 2 * MiB:
                    break
            status, headers, body = split_response(bytes(received))
        assert status == 200
        assert "content-length" not in headers
        assert headers["connection"] == "close"
        assert body.startswith(b'{"status":"success","smtp_list":[')
        assert len(body) > MiB
    finally:
        started = time.monotonic()
        sandbox.stop()
        assert time.monotonic() - started < 1.5


def test_stop_cuts_an_endless_stream_to_a_stalled_client() -> None:
    sandbox = Sandbox(users=1).start()
    sock = socket.create_connection((LOCALHOST, sandbox.port), timeout=TIMEOUT)
    try:
        sandbox.inject("*", "endless")
        sock.sendall(raw_request(sandbox, "listSmtp"))
        assert sock.recv(1024).startswith(b"HTTP/1.1 200")
        # the client stops reading: the server is soon blocked writing
        started = time.monotonic()
        sandbox.stop()
        assert time.monotonic() - started < 1.5
        read_until_eof(sock, limit=512 * MiB)  # ends: the server cut the connection
    finally:
        sock.close()


def test_fault_times(sandbox: Sandbox) -> None:
    sandbox.inject("listSmtp", "html_502", times=2)
    assert sandbox.pending_faults() == [("listSmtp", "html_502", 2)]
    assert call(sandbox, "addSmtp", {"total_limit": 1, "hourly_limit": 1}).status == 200
    assert [call(sandbox, "listSmtp").status for _ in range(3)] == [502, 502, 200]
    assert sandbox.pending_faults() == []

    sandbox.inject("*", "html_502", times=None)
    assert [call(sandbox, name).status for name in CALLS] == [502] * 4
    assert call(sandbox, "listSmtp").status == 502
    sandbox.clear_faults()
    assert call(sandbox, "listSmtp").status == 200


def test_faults_apply_in_injection_order(sandbox: Sandbox) -> None:
    sandbox.inject("listSmtp", "garbage")
    sandbox.inject("*", "html_502")
    assert call(sandbox, "listSmtp").status == 200  # garbage first
    assert call(sandbox, "listSmtp").status == 502
    assert call(sandbox, "listSmtp").json()["status"] == "success"


# -- observation ----------------------------------------------------------------------------


def test_requests_are_recorded_without_credentials() -> None:
    secret = "s3cr3t-T0KEN-value"
    with Sandbox(token=secret, owner_id="owner-42", users=1) as sandbox:
        name = sandbox.users()[0].user_name
        call(sandbox, "listSmtp")
        call(sandbox, "editSmtp", {"smtp_user_name": name, "status": "Disable"})
        call(sandbox, "listSmtp", {"token": "wrong"})
        conn = connect(sandbox)
        try:
            send(conn, "/v1.0/settings/listSmtp", b"[1, 2]")
            send(conn, "/elsewhere", json.dumps(credentials(sandbox)).encode())
        finally:
            conn.close()
        records = sandbox.requests
        assert records == [
            RecordedRequest("listSmtp", {}),
            RecordedRequest("editSmtp", {"smtp_user_name": name, "status": "Disable"}),
            RecordedRequest("listSmtp", {}),
            RecordedRequest("listSmtp", {}),
            RecordedRequest("/elsewhere", {}),
        ]
        assert records[0].path == "/v1.0/settings/listSmtp"
        assert records[0].method == "POST"
        for text in (repr(records), repr(sandbox), str(sandbox)):
            assert secret not in text
            assert "token" not in text
        sandbox.clear_requests()
        assert sandbox.requests == []


def test_keep_alive_uses_one_connection(sandbox: Sandbox) -> None:
    conn = connect(sandbox)
    try:
        for index in range(20):
            name = CALLS[index % 2]
            answer = call(sandbox, name, {"total_limit": 1, "hourly_limit": 1}, conn=conn)
            assert answer.status == 200
            assert answer.headers.get("connection", "").lower() != "close"
            assert int(answer.headers["content-length"]) == len(answer.body)
    finally:
        conn.close()
    assert sandbox.connection_count == 1
    assert len(sandbox.requests) == 20


def test_concurrent_adds_are_thread_safe(empty_sandbox: Sandbox) -> None:
    names: queue.Queue[str] = queue.Queue()
    failures: queue.Queue[BaseException] = queue.Queue()

    def worker() -> None:
        conn = connect(empty_sandbox)
        try:
            for _ in range(25):
                answer = call(
                    empty_sandbox, "addSmtp", {"total_limit": 10, "hourly_limit": 1}, conn=conn
                )
                names.put(answer.json()["smtp_user_name"])
        except BaseException as error:
            failures.put(error)
        finally:
            conn.close()

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(TIMEOUT * 3)
        assert not thread.is_alive()
    assert failures.empty(), failures.get()
    added = [names.get_nowait() for _ in range(names.qsize())]
    assert len(added) == 200
    assert len(set(added)) == 200
    assert {user.user_name for user in empty_sandbox.users()} == set(added)
    assert len(call(empty_sandbox, "listSmtp").json()["smtp_list"]) == 200
    assert empty_sandbox.connection_count == 8 + 1


# -- lifecycle ----------------------------------------------------------------------------


def test_stop_is_prompt_while_a_request_sleeps_in_latency() -> None:
    sandbox = Sandbox(users=1, latency=30.0).start()
    outcome: queue.Queue[object] = queue.Queue()

    def client() -> None:
        try:
            outcome.put(call(sandbox, "listSmtp"))
        except (OSError, http.client.HTTPException) as error:
            outcome.put(error)

    thread = threading.Thread(target=client, daemon=True)
    thread.start()
    assert sandbox.wait_for_requests(1, timeout=TIMEOUT)
    started = time.monotonic()
    sandbox.stop()
    assert time.monotonic() - started < 1.5
    thread.join(TIMEOUT)
    assert not thread.is_alive()
    assert isinstance(outcome.get(timeout=1), (OSError, http.client.HTTPException))


def test_latency_is_applied(sandbox: Sandbox) -> None:
    sandbox.latency = 0.2
    started = time.monotonic()
    assert call(sandbox, "listSmtp").status == 200
    assert time.monotonic() - started >= 0.2


def test_lifecycle() -> None:
    sandbox = Sandbox(users=0)
    assert "not started" in repr(sandbox)
    with pytest.raises(RuntimeError):
        _ = sandbox.base_url
    sandbox.start()
    assert sandbox.start() is sandbox
    assert sandbox.running
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/v1\.0/", sandbox.base_url)
    assert sandbox.base_url == f"http://127.0.0.1:{sandbox.port}/v1.0/"
    port = sandbox.port
    sandbox.stop()
    sandbox.stop()
    assert not sandbox.running
    with pytest.raises(RuntimeError):
        sandbox.start()
    with pytest.raises(OSError), socket.create_connection((LOCALHOST, port), timeout=TIMEOUT):
        pass


def test_format_base_url() -> None:
    assert format_base_url("127.0.0.1", 8080) == "http://127.0.0.1:8080/v1.0/"
    assert format_base_url("::1", 8080) == "http://[::1]:8080/v1.0/"
    assert format_base_url("localhost", 1) == "http://localhost:1/v1.0/"


# -- data ---------------------------------------------------------------------------------


def test_demo_data_is_realistic_and_deterministic() -> None:
    first = Sandbox().users()
    assert Sandbox().users() == first
    assert Sandbox(seed=1).users() != first
    assert 30 <= len(first) <= 40
    assert len({user.user_name for user in first}) == len(first)
    assert all(re.fullmatch(r"smtp\d{6}", user.user_name) for user in first)
    assert all(PASSWORD_RE.match(user.password) for user in first)
    disabled = sum(not user.enabled for user in first)
    assert 0.1 * len(first) <= disabled <= 0.3 * len(first)
    assert all(100 <= user.total_limit <= 100_000 for user in first)
    assert all(10 <= user.hourly_limit <= 5000 for user in first)
    assert len({user.total_limit for user in first}) > 3


def test_users_snapshot_and_set_users(sandbox: Sandbox) -> None:
    snapshot = sandbox.users()
    call(sandbox, "addSmtp", {"total_limit": 1, "hourly_limit": 1})
    assert len(snapshot) == 36
    assert len(sandbox.users()) == 37
    replacement = [SandboxUser("smtp2", "b", True, 5, 1), SandboxUser("smtp1", "a", False, 9, 2)]
    sandbox.set_users(replacement)
    assert sandbox.users() == replacement
    with pytest.raises(ValueError):
        sandbox.set_users([SandboxUser("smtp1", "a"), SandboxUser("smtp1", "b")])
    assert sandbox.users() == replacement


def test_hundred_thousand_users() -> None:
    with Sandbox(users=100_000) as sandbox:
        assert len(sandbox.users()) == 100_000
        conn = connect(sandbox, timeout=60)
        try:
            for _ in range(2):  # the second answer comes from the cache
                items = call(sandbox, "listSmtp", conn=conn).json()["smtp_list"]
                assert len(items) == 100_000
                assert len({item["smtp_user_name"] for item in items}) == 100_000
        finally:
            conn.close()


# -- command line -------------------------------------------------------------------------


def _start_cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "app.sandbox", *args],
        cwd=PROJECT_ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _first_line(process: subprocess.Popen[str]) -> str:
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout
    reader = threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True)
    reader.start()
    return lines.get(timeout=TIMEOUT)


@contextlib.contextmanager
def running_cli(*args: str) -> Iterator[subprocess.Popen[str]]:
    """``python -m app.sandbox ARGS``, killed on the way out if it is still running."""
    process = _start_cli(*args)
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=TIMEOUT)


def stop_cli(process: subprocess.Popen[str], stop_signal: int = signal.SIGTERM) -> str:
    """Stop the CLI with a signal, check that it exited cleanly; its stdout and stderr."""
    process.send_signal(stop_signal)
    out, err = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 0, err
    assert "Traceback" not in err
    return out + err


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM], ids=["INT", "TERM"])
def test_cli_prints_url_and_exits_cleanly(stop_signal: signal.Signals) -> None:
    with running_cli("--port", "0", "--token", "cli-secret-token", "--users", "3", "-v") as process:
        line = _first_line(process).strip()
        match = re.fullmatch(r"http://127\.0\.0\.1:(\d+)/v1\.0/", line)
        assert match, line
        conn = http.client.HTTPConnection(LOCALHOST, int(match.group(1)), timeout=TIMEOUT)
        try:
            body = json.dumps({"owner_id": "demo-owner", "token": "cli-secret-token"}).encode()
            answer = send(conn, "/v1.0/settings/listSmtp", body)
        finally:
            conn.close()
        assert answer.status == 200
        assert len(answer.json()["smtp_list"]) == 3
        output = stop_cli(process, stop_signal)
    assert "cli-secret-token" not in output
    assert "/v1.0/settings/listSmtp" in output  # -v logs the request line, nothing more
    for user_line in answer.json()["smtp_list"]:
        assert user_line["password"] not in output


def test_cli_refuses_remote_host() -> None:
    process = _start_cli("--host", "0.0.0.0", "--port", "0")
    try:
        out, err = process.communicate(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=TIMEOUT)
    assert process.returncode != 0
    assert out == ""
    assert "--allow-remote" in err
