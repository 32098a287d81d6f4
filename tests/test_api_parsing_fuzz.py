"""Fuzz the response parsing: every body yields a valid result or a typed error."""

from __future__ import annotations

import json
import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.api import ApiError, ProtocolError, SmtpCredentials, SmtpUser
from app.api.parsing import decode_answer, parse_credentials, parse_user_list

FUZZ_EXAMPLES = 10_000 if os.environ.get("CI") == "true" else 2_000
fuzz_settings = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
status_values = st.sampled_from(
    [
        *("Enable", "Disable", "enable", "DISABLE", 1, 0, "1", "0", "on", None, 2, True, ""),
        *([], "Suspended", "enabled", 1.0, {}),
    ]
)
limit_values = st.one_of(
    st.integers(min_value=-5, max_value=10**20),
    st.text(alphabet="0123456789 -x", max_size=22),
    st.text(alphabet="0123456789.e+-_", max_size=8),  # "100.0", "1e3", "1_0"...
    st.sampled_from(["100.0", "1e3", "-5", "nan", "inf", "1e400", "١٢"]),
    st.none(),
    st.floats(),
    st.booleans(),
)
user_items = st.fixed_dictionaries(
    {},
    optional={
        "smtp_user_name": st.one_of(st.text(max_size=10), st.integers(), st.none()),
        "password": st.one_of(st.text(max_size=10), st.none(), st.integers()),
        "smtp_password": st.one_of(st.text(max_size=10), st.none()),
        "status": status_values,
        "total_limit": limit_values,
        "hourly_limit": limit_values,
    },
)
envelopes = st.fixed_dictionaries(
    {},
    optional={
        "status": st.sampled_from(["success", "error", "Success", "ERROR", "", None, 1]),
        "smtp_list": st.one_of(st.lists(user_items | json_values, max_size=5), json_values),
        "name": st.one_of(st.sampled_from(["AuthenticationError", "ValidationError"]), json_values),
        "type": st.one_of(st.sampled_from(["GeneralError", "Invalid_Key", "Other"]), json_values),
        "message": json_values,
        "code": json_values,
        "smtp_user_name": json_values,
        "smtp_password": json_values,
    },
)
http_statuses = st.sampled_from([200, 200, 200, 201, 301, 302, 400, 401, 404, 500, 502, 503])
content_types = st.sampled_from(
    [
        "application/json",
        "application/json; charset=utf-8",
        "text/html",
        "text/html; charset=UTF-8",
        "text/plain",
        "",
    ]
)


def _parse_everything(http_status: int, content_type: str, body: bytes) -> None:
    try:
        payload: dict[str, Any] = decode_answer("listSmtp", http_status, content_type, body)
    except (ApiError, ProtocolError):
        return
    assert not 300 <= http_status <= 399, "a redirect is never a success"
    try:
        users = parse_user_list(payload)
    except ProtocolError:
        assert not isinstance(payload.get("smtp_list"), list | None)
    else:
        entries = payload.get("smtp_list") or []
        assert all(isinstance(u, SmtpUser) for u in users)
        assert len(users) + users.hidden_entries == len(entries)  # nothing silently lost
        assert users.hidden_entries <= users.odd_entries <= len(entries)
        for user in users:
            assert isinstance(user.enabled, bool) and isinstance(user.status_known, bool)
            assert user.status_known or not user.enabled
            assert user.user_name and isinstance(user.user_name, str)
            for limit in (user.total_limit, user.hourly_limit):
                assert limit is None or (type(limit) is int and limit >= 0)
    try:
        credentials = parse_credentials(payload)
    except ProtocolError:
        pass
    else:
        assert isinstance(credentials, SmtpCredentials)
        assert credentials.password and credentials.user_name


@fuzz_settings
@given(http_statuses, content_types, envelopes)
def test_structured_bodies_give_a_value_or_a_typed_error(
    http_status: int, content_type: str, envelope: dict[str, Any]
) -> None:
    _parse_everything(http_status, content_type, json.dumps(envelope).encode())


@settings(max_examples=FUZZ_EXAMPLES // 4, deadline=None, database=None)
@given(http_statuses, content_types, st.binary(max_size=200))
def test_arbitrary_bytes_give_a_typed_error(
    http_status: int, content_type: str, body: bytes
) -> None:
    _parse_everything(http_status, content_type, body)


def test_contradictions_of_the_reference_are_accepted() -> None:
    body = {
        "status": "success",
        "message": "ok",
        "smtp_list": [
            {
                "smtp_user_name": "smtp1",
                "password": "a",
                "status": "Enable",
                "total_limit": 5,
                "hourly_limit": 1,
            },
            {"smtp_user_name": "smtp2", "smtp_password": "b", "status": 0, "total_limit": "200"},
            {"smtp_user_name": "smtp3", "status": "DISABLE", "hourly_limit": "30"},
            {"smtp_user_name": "smtp4", "status": "1"},
        ],
    }
    users = parse_user_list(
        decode_answer("listSmtp", 200, "application/json", json.dumps(body).encode())
    )
    assert [(u.user_name, u.password, u.enabled, u.total_limit, u.hourly_limit) for u in users] == [
        ("smtp1", "a", True, 5, 1),
        ("smtp2", "b", False, 200, None),
        ("smtp3", None, False, None, 30),
        ("smtp4", None, True, None, None),
    ]


@fuzz_settings
@given(content_types, envelopes)
def test_json_is_json_whatever_the_label(content_type: str, envelope: dict[str, Any]) -> None:
    body = json.dumps(envelope).encode()

    def outcome(label: str) -> tuple[str, object]:
        try:
            return "ok", parse_user_list(decode_answer("listSmtp", 200, label, body))
        except (ApiError, ProtocolError) as exc:
            return type(exc).__name__, getattr(exc, "kind", str(exc))

    assert outcome(content_type) == outcome("application/json")


def test_odd_entries_are_kept_and_counted() -> None:
    body = {
        "status": "success",
        "smtp_list": [
            {"smtp_user_name": "a", "status": "Enable", "total_limit": "100.0"},
            {"smtp_user_name": "b", "status": "Suspended", "total_limit": True},
            {"smtp_user_name": "c", "status": None, "hourly_limit": -5},
            {"smtp_user_name": "a", "status": 1, "total_limit": "1e3"},
            {"status": "Enable"},
        ],
    }
    users = parse_user_list(decode_answer("listSmtp", 200, "text/html", json.dumps(body).encode()))
    assert [(u.user_name, u.status_known, u.total_limit) for u in users] == [
        ("a", True, 100),
        ("b", False, None),
        ("c", False, None),
        ("a", True, 1000),
    ]
    assert (users.odd_entries, users.hidden_entries) == (3, 1)
