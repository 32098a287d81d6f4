"""Differential check of the msgspec fast path for user lists (app/api/parsing.py).

    uv run python benchmarks/fast_path_check.py [EXAMPLES]

Whenever ``fast_user_list`` returns a list, it must equal what the general path
(``parse_user_list(decode_answer(...))``) returns for the same answer, and the general
path must not raise; when the fast path declines (``None``), the general path decides.
Fuzzes answer envelopes, near-valid entries, byte mutations and junk in fields, then
checks large lists across slices and the switch between the two struct shapes. With the
size floor lifted (``FAST_MIN_BYTES = 0``) so that small bodies take the fast path too.
Not a pytest module (the tests live in tests/); a proposal for tests/ is in the report.
"""

from __future__ import annotations

import gc
import json
import sys
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import app.api.parsing as parsing
from app.api import ApiError, ProtocolError, SmtpUser

parsing.FAST_MIN_BYTES = 0  # type: ignore[misc]
EXAMPLES = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
CHECK = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
answered = [0, 0]  # declined, answered


def general(status: int, content_type: str, body: bytes) -> tuple[str, Any]:
    try:
        payload = parsing.decode_answer("listSmtp", status, content_type, body)
        return "ok", parsing.parse_user_list(payload)
    except (ApiError, ProtocolError) as error:
        return "error", f"{type(error).__name__}: {error}"


def check(status: int, content_type: str, body: bytes) -> bool:
    fast = parsing.fast_user_list(status, content_type, body)
    answered[fast is not None] += 1
    if fast is None:
        return False
    outcome, users = general(status, content_type, body)
    assert outcome == "ok", (body[:300], users)
    assert users == fast, body[:300]
    for mine, theirs in zip(fast, users, strict=True):
        assert type(mine.enabled) is bool and type(mine.total_limit) is type(theirs.total_limit)
    return True


statuses = st.sampled_from(["Enable", "Disable", "enable", 1, 0, "1", "0"]) | st.sampled_from(
    ["DISABLE", " Enable", "enabled", "0 ", "on", "", True, None, 2, 1.0]
)
limits = st.one_of(  # mostly values the general path takes, so that both paths answer
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=0, max_value=10**6).map(str),
    st.none(),
    st.integers(min_value=-3, max_value=10**20),
    st.text(alphabet="0123456789 -+x_٣", max_size=21),
    st.sampled_from([5.0, -0.0, True, ""]),
)
names = st.text(min_size=1, max_size=6)
entries = st.fixed_dictionaries(
    {"smtp_user_name": st.one_of(names, names, names, st.sampled_from(["", None, 5]))},
    optional={
        "password": st.one_of(st.text(max_size=5), st.text(max_size=5), st.none(), st.integers()),
        "smtp_password": st.one_of(st.text(max_size=5), st.none()),
        "status": statuses,
        "total_limit": limits,
        "hourly_limit": limits,
        "other": st.one_of(st.none(), st.lists(st.integers(), max_size=2)),
    },
)
junk = st.text(
    alphabet=st.sampled_from(list(' \t\n\r\x0b[]{}",:0123456789+-.eEtrufalsnINy\\/u\x00\x7f'))
    | st.sampled_from(["é", "\ud800", "😀"]),
    max_size=12,
)


@CHECK
@given(
    st.sampled_from([200, 200, 200, 201, 302, 400, 500]),
    st.sampled_from(["application/json", "application/json", "", "text/html"]),
    st.sampled_from(["success", "success", "SUCCESS", "error", " success", 1, None]),
    st.lists(entries, max_size=6),
    st.booleans(),
)
def near_valid_answers(
    status: int, content_type: str, state: object, items: list[Any], ascii_only: bool
) -> None:
    body = json.dumps({"status": state, "smtp_list": items}, ensure_ascii=ascii_only)
    check(status, content_type, body.encode("utf-8", "surrogatepass"))


valid_limits = st.one_of(
    st.integers(min_value=0, max_value=10**18),
    st.integers(min_value=0, max_value=10**18 - 1).map(str),
    st.integers(min_value=0, max_value=999).map(lambda n: f" {n} "),
    st.sampled_from([None, ""]),
)
valid_entries = st.fixed_dictionaries(
    {"smtp_user_name": names},
    optional={
        "password": st.one_of(st.text(max_size=5), st.none()),
        "smtp_password": st.one_of(st.text(max_size=5), st.none()),
        "status": st.sampled_from(["Enable", "disable", " ENABLED ", 1, 0, "1", "0", True]),
        "total_limit": valid_limits,
        "hourly_limit": valid_limits,
    },
).filter(lambda entry: "status" in entry)


@CHECK
@given(st.lists(valid_entries, max_size=8), st.booleans())
def valid_answers(items: list[Any], ascii_only: bool) -> None:
    body = json.dumps({"status": "success", "smtp_list": items}, ensure_ascii=ascii_only)
    assert check(200, "application/json", body.encode("utf-8", "surrogatepass")), items


@CHECK
@given(st.lists(entries, min_size=1, max_size=4), st.binary(max_size=3), st.integers(0, 10**4))
def byte_mutations(items: list[Any], noise: bytes, where: int) -> None:
    body = bytearray(json.dumps({"status": "success", "smtp_list": items}).encode())
    at = where % (len(body) + 1)
    body[at : at + (where % 3)] = noise
    check(200, "application/json", bytes(body))


@CHECK
@given(junk, st.sampled_from(["zz", "status", "smtp_list", "password", "total_limit"]))
def junk_in_fields(text: str, key: str) -> None:
    value = text.encode("utf-8", "surrogatepass")
    inner = b'{"smtp_user_name": "a", "' + key.encode() + b'": ' + value + b"}"
    check(200, "", b'{"status": "success", "smtp_list": [' + inner + b"]}")
    check(200, "", b'{"status": "success", "' + key.encode() + b'": ' + value + b"}")


def large_lists() -> None:
    base = [
        {
            "smtp_user_name": f"user{i:06d}",
            "password": f"pw{i}",
            "status": ["Enable", "Disable", "enable", 1, 0, True][i % 6],
            "total_limit": i,
            "hourly_limit": 3,
        }
        for i in range(40_000)
    ]
    changes: list[tuple[str, object] | None] = [
        None,
        ("total_limit", "17"),
        ("smtp_password", "zz"),
        ("password", ""),
        ("status", " DISABLED "),
        ("status", "nope"),
        ("total_limit", -3),
        ("hourly_limit", None),
        ("smtp_user_name", ""),
    ]
    for change in changes:
        items = [dict(item) for item in base]
        if change is not None:
            items[30_000][change[0]] = change[1]
        body = json.dumps({"status": "success", "smtp_list": items}).encode()
        assert len(body) > parsing.FAST_WHOLE_BYTES
        fast = parsing.fast_user_list(200, "application/json", body)
        outcome, users = general(200, "application/json", body)
        if fast is None:  # the general path lists the odd entry and counts it
            assert outcome == "error" or users.odd_entries == 1, change
        else:
            assert outcome == "ok" and users == fast and len(fast) == 40_000, change
            assert all(type(user) is SmtpUser for user in fast)
    assert gc.isenabled()


def main() -> int:
    for name, run in (
        ("valid answers (all taken by the fast path)", valid_answers),
        ("near-valid answers", near_valid_answers),
        ("byte mutations", byte_mutations),
        ("junk in fields", junk_in_fields),
        ("large lists across slices", large_lists),
    ):
        run()
        print(f"ok: {name}")
    print(f"fast path answered {answered[1]} bodies, declined {answered[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
