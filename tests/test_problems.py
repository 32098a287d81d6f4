"""Failures of the core carry what happened as data: a kind, its parameters, the detail.

The window words them (``app/ui/views/problem_text.py``); here the data itself is
checked against real servers on loopback, a real keyring backend, real files and a real
database. ``str(error)`` stays the English sentence for logs.
"""

from __future__ import annotations

import errno
import socket
from pathlib import Path
from typing import Any

import pytest

from app.api import (
    AddressError,
    ApiError,
    AuthenticationError,
    ProtocolError,
    SendCleanClient,
    TransportError,
    normalize_base_url,
)
from app.api.problem import Problem, ProblemKind, problem_of
from app.core.file_problem import file_problem
from app.core.local_store import LabelFileError, LocalStore
from app.core.local_store.labels_file import parse_labels
from app.core.smtp_login import check_smtp_login
from app.core.smtp_message import TestMessage, check_test_message
from app.core.token_store import KeyringTokenStore, TokenStoreError
from tests.raw_server import Request, answer_once, http_answer, json_answer, serving

TOKEN = "tok-problem-9876"


def _client(url: str, **kw: Any) -> SendCleanClient:
    return SendCleanClient(url, "owner-1", TOKEN, **kw)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _no_secret(problem: Problem) -> None:
    assert TOKEN not in problem.detail
    assert all(TOKEN not in str(value) for value in problem.params.values())


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("AuthenticationError", ProblemKind.API_AUTHENTICATION),
        ("Invalid_Key", ProblemKind.API_AUTHENTICATION),
        ("ValidationError", ProblemKind.API_VALIDATION),
        ("GeneralError", ProblemKind.API_GENERAL),
        ("SomethingNew", ProblemKind.API_UNKNOWN),
    ],
)
def test_an_api_error_keeps_the_servers_words_as_a_parameter(name: str, kind: ProblemKind) -> None:
    denied = {"status": "error", "name": name, "message": "Token MissMatch", "code": -1}
    answer = json_answer(denied, status="401 Unauthorized")
    with serving(answer_once(answer)) as server, _client(server.base_url) as api:
        with pytest.raises(ApiError) as raised:
            api.list_users()
    problem = raised.value.problem
    assert problem.kind is kind
    assert dict(problem.params) == {"server_message": "Token MissMatch"}
    assert name in problem.detail and "HTTP 401" in problem.detail and "code: -1" in problem.detail
    assert "listSmtp" in problem.detail
    _no_secret(problem)
    assert "Token MissMatch" in str(raised.value)  # the log line stays a full sentence


def test_an_authentication_error_is_still_the_english_sentence_for_logs() -> None:
    error = AuthenticationError("AuthenticationError", "Token MissMatch", http_status=401)
    assert str(error).startswith("SendClean rejected the owner ID or token")
    assert problem_of(error) == error.problem


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        (http_answer(b"<html><body>502</body></html>", status="502 Bad Gateway",
                     content_type="text/html"), ProblemKind.PROTOCOL_HTML),
        (http_answer(b"", content_type="application/json"), ProblemKind.PROTOCOL_EMPTY),
        (http_answer(b"{]", content_type="application/json"), ProblemKind.PROTOCOL_UNEXPECTED),
        (json_answer({"status": "success"}, status="302 Found",
                     headers=("Location: https://elsewhere.example/",)),
         ProblemKind.PROTOCOL_REDIRECT),
    ],
    ids=["html", "empty", "not-json", "redirect"],
)  # fmt: skip
def test_an_answer_of_the_wrong_shape_names_its_kind_and_status(
    answer: bytes, kind: ProblemKind
) -> None:
    with serving(answer_once(answer)) as server, _client(server.base_url) as api:
        with pytest.raises(ProtocolError) as raised:
            api.list_users()
    problem = raised.value.problem
    assert problem.kind is kind
    assert problem.params["http_status"] == raised.value.http_status
    assert problem.detail.startswith("ProtocolError: the server answered HTTP")


def test_a_refused_connection_was_not_sent() -> None:
    port = _free_port()
    with _client(f"http://127.0.0.1:{port}/v1.0/") as api, pytest.raises(TransportError) as raised:
        api.list_users()
    problem = raised.value.problem
    assert problem.kind is ProblemKind.TRANSPORT_REFUSED
    assert problem.params["host"] == "127.0.0.1"
    assert not raised.value.request_sent and "was not sent" in problem.detail


def test_a_dropped_connection_may_have_been_sent() -> None:
    def drop(conn: socket.socket, request: Request | None) -> None:
        conn.close()

    with serving(drop) as server, _client(server.base_url) as api:
        with pytest.raises(TransportError) as raised:
            api.list_users()
    problem = raised.value.problem
    assert problem.kind is ProblemKind.TRANSPORT_DROPPED
    assert raised.value.request_sent and "may have reached the server" in problem.detail


def test_a_stalled_server_reports_its_deadline_in_seconds() -> None:
    def stall(conn: socket.socket, request: Request | None) -> None:
        conn.recv(1)  # and never answer

    with serving(stall) as server, _client(server.base_url, timeout=5, deadline=0.5) as api:
        with pytest.raises(TransportError) as raised:
            api.list_users()
    problem = raised.value.problem
    assert problem.kind is ProblemKind.TRANSPORT_DEADLINE
    assert problem.params == {"host": "127.0.0.1", "seconds": 0.5}


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("ftp://api.example.test/", ProblemKind.ADDRESS_SCHEME),
        ("http://api.example.test/", ProblemKind.ADDRESS_PLAIN_HTTP),
        ("https://user@api.example.test/", ProblemKind.ADDRESS_EXTRAS),
    ],
)
def test_a_refused_address_says_why(address: str, kind: ProblemKind) -> None:
    with pytest.raises(AddressError) as raised:
        normalize_base_url(address)
    assert raised.value.problem.kind is kind
    assert isinstance(raised.value, ValueError)


def test_no_keyring_is_data_and_the_bus_variable_stays_in_the_detail() -> None:
    with pytest.raises(TokenStoreError) as raised:
        KeyringTokenStore().get("owner-1")  # the test run's keyring is the "fail" backend
    problem = raised.value.problem
    assert problem.kind is ProblemKind.KEYRING_NO_BACKEND
    assert dict(problem.params) == {"account": "owner-1", "operation": "get"}
    assert "DBUS_SESSION_BUS_ADDRESS" in problem.detail


def test_a_failed_smtp_login_carries_its_kind() -> None:
    port = _free_port()
    result = check_smtp_login("127.0.0.1", port, "smtp1", "pw-secret-1", timeout=5)
    assert not result.ok and result.problem is not None
    assert result.problem.kind is ProblemKind.SMTP_REFUSED
    assert result.problem.params["address"] == f"127.0.0.1:{port}"
    assert result.message == result.problem.detail  # the English sentence, as before


def test_a_test_message_problem_names_the_address() -> None:
    message = TestMessage(sender="not an address", recipients=("a@example.test",), subject="s",
                          body="b")  # fmt: skip
    problem = check_test_message(message)
    assert problem is not None and problem.kind is ProblemKind.MESSAGE_BAD_SENDER
    assert problem.params["sender"] == "not an address"


def test_file_problems_tell_a_missing_folder_from_a_full_disk(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "users.csv"
    with pytest.raises(OSError) as raised:
        target.write_text("x")
    problem = file_problem(target, raised.value, writing=True)
    assert problem.kind is ProblemKind.FILE_NO_FOLDER and problem.params["path"] == str(target)
    assert "FileNotFoundError" in problem.detail
    full = file_problem(target, OSError(errno.ENOSPC, "No space left on device"), writing=True)
    assert full.kind is ProblemKind.FILE_FULL
    reading = file_problem(target, FileNotFoundError(target), writing=False)
    assert reading.kind is ProblemKind.FILE_MISSING


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"{not json", ProblemKind.LABELS_NOT_JSON),
        (b'{"format": "other"}', ProblemKind.LABELS_NOT_LABELS),
        (b'{"format": "sendclean-smtp-labels", "version": 99, "users": []}',
         ProblemKind.LABELS_NEWER),
    ],
)  # fmt: skip
def test_a_labels_file_problem_names_its_kind(data: bytes, kind: ProblemKind) -> None:
    with pytest.raises(LabelFileError) as raised:
        parse_labels(data)
    assert raised.value.problem.kind is kind


def test_a_damaged_database_is_a_store_problem_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "local.sqlite3"
    path.write_bytes(b"this is not a database\n" * 200)
    store = LocalStore.open(path)
    assert store.failure is not None and store.failure.kind is ProblemKind.STORE_DAMAGED
    assert store.failure.params["path"] == str(path)
    assert store.problem is not None and "is damaged" in store.problem
