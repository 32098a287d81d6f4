"""The msgspec fast path for large lists gives exactly what the general path gives."""

from __future__ import annotations

import json
import os
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings

import app.api.parsing as parsing
from app.api import ApiError, ProtocolError, SendCleanClient
from app.sandbox import Sandbox
from tests.test_api_parsing_fuzz import content_types, envelopes, http_statuses

EXAMPLES = 5_000 if os.environ.get("CI") == "true" else 1_000


def general(status: int, content_type: str, body: bytes) -> tuple[str, Any]:
    try:
        return "users", parsing.parse_user_list(
            parsing.decode_answer("listSmtp", status, content_type, body)
        )
    except (ApiError, ProtocolError) as exc:
        return "error", type(exc)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(http_statuses, content_types, envelopes)
def test_fast_path_agrees_with_the_general_path(
    status: int, content_type: str, envelope: dict[str, Any]
) -> None:
    body = json.dumps(envelope).encode()
    original = parsing.FAST_MIN_BYTES
    parsing.FAST_MIN_BYTES = 0  # type: ignore[misc]
    try:
        fast = parsing.fast_user_list(status, content_type, body)
    finally:
        parsing.FAST_MIN_BYTES = original  # type: ignore[misc]
    if fast is not None:
        outcome, users = general(status, content_type, body)
        assert (outcome, users) == ("users", fast)
        assert users.odd_entries == users.hidden_entries == fast.odd_entries == 0
        assert [u.status_known for u in fast] == [u.status_known for u in users]


@pytest.mark.parametrize("style", ["example", "table", "mixed"])
def test_large_lists_from_the_sandbox_take_the_fast_path(style: str) -> None:
    with Sandbox(users=30_000, list_style=style, seed=9) as server:
        raw = httpx.post(
            server.base_url + "settings/listSmtp",
            json={"owner_id": server.owner_id, "token": server.token},
            timeout=30,
        )
        assert len(raw.content) > 2 * 1024 * 1024  # large enough to be decoded in slices
        fast = parsing.fast_user_list(200, "application/json", raw.content)
        assert fast is not None
        assert fast == general(200, "application/json", raw.content)[1]
        with SendCleanClient(server.base_url, server.owner_id, server.token) as client:
            assert client.list_users() == fast


def test_a_new_list_keeps_the_last_lists_objects_for_unchanged_users() -> None:
    """Most users are unchanged from one list to the next: their objects are reused, so
    that the last list's memory is not freed only once the new list is complete."""
    with (
        Sandbox(users=30_000, seed=4) as server,
        SendCleanClient(server.base_url, server.owner_id, server.token) as client,
    ):
        first = client.list_users()
        edited, disabled = first[10].user_name, first[20_000].user_name
        client.edit_user(edited, total_limit=(first[10].total_limit or 0) + 7)
        client.edit_user(disabled, enabled=not first[20_000].enabled)
        added = client.add_user(total_limit=5, hourly_limit=1).user_name
        second = client.list_users()
        raw = httpx.post(
            server.base_url + "settings/listSmtp",
            json={"owner_id": server.owner_id, "token": server.token},
            timeout=30,
        )
    assert second == general(200, "application/json", raw.content)[1]
    changed = {edited, disabled, added}
    by_name = {user.user_name: user for user in first}
    for user in second:
        old = by_name.get(user.user_name)
        if user.user_name in changed:
            assert old is None or (user != old and user is not old)
        else:
            assert user is old
    assert second[10].total_limit == (first[10].total_limit or 0) + 7
