"""Changes made elsewhere: the pure diff, own changes (also unconfirmed ones), unknown
values, and drifts kept by the store until acknowledged."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.api import SmtpUser
from app.core.change_journal import PendingChange
from app.core.local_store import (
    Drift,
    FieldChange,
    OwnChange,
    UserState,
    carry_known,
    diff,
)
from app.core.local_store.snapshots import MAX_DRIFTS
from tests.local_store_support import ACCOUNT, NOW, open_store

A = UserState("a", True, 100, 10)
B = UserState("b", False, None, None)


def snapshot(*users: UserState) -> dict[str, UserState]:
    return {user.user_name: user for user in users}


# --- the pure diff ----------------------------------------------------------------------


def test_first_list_reports_nothing() -> None:
    assert diff(None, [A, B]) == []


def test_appeared_vanished_changed_sorted_by_name() -> None:
    current = [UserState("c", True, 1, 1), A._replace(total_limit=200, enabled=False)]
    assert diff(snapshot(A, B), current, seen_at="t") == [
        Drift(
            "a",
            "changed",
            (FieldChange("enabled", True, False), FieldChange("total_limit", 100, 200)),
            "t",
        ),
        Drift("b", "vanished", (), "t"),
        Drift("c", "appeared", (), "t"),
    ]
    assert diff(snapshot(A, B), [A, B]) == []


def test_smtp_users_are_compared_without_their_password() -> None:
    users = [SmtpUser("a", "secret-1", True, 100, 10), SmtpUser("b", "other", False, None, None)]
    assert diff(snapshot(A, B), users) == []


def test_unknown_values_are_never_a_change() -> None:
    current = [A._replace(enabled=None, total_limit=None), B._replace(total_limit=5)]
    assert diff(snapshot(A, B), current) == []


def test_carry_known_keeps_the_last_known_value() -> None:
    previous = snapshot(A)
    unknown = A._replace(enabled=None, hourly_limit=None)
    assert carry_known(previous, unknown) == A
    assert carry_known(previous, B) is B
    assert carry_known(None, unknown) is unknown


def test_own_changes_are_not_drifts() -> None:
    own = [
        OwnChange("a", {"total_limit": 200}),
        OwnChange("a", {"total_limit": 300}),  # two edits in flight: either may land
        OwnChange("c", {"enabled": True}, added=True),
    ]
    current = [A._replace(total_limit=300, hourly_limit=20), UserState("c", True, 1, 1)]
    assert diff(snapshot(A), current, own) == [
        Drift("a", "changed", (FieldChange("hourly_limit", 10, 20),)),
    ]
    # A value this app did not ask for is someone else's.
    assert diff(snapshot(A), [A._replace(total_limit=250)], own) == [
        Drift("a", "changed", (FieldChange("total_limit", 100, 250),)),
    ]


def test_own_change_from_a_pending_change() -> None:
    before = SmtpUser("a", "pw", True, 100, 10)
    after = SmtpUser("a", "pw", False, 200, 10)
    edit = OwnChange.of_pending(PendingChange.of(ACCOUNT, "edit", before, after))
    assert edit == OwnChange("a", {"enabled": False, "total_limit": 200})
    disable = PendingChange(ACCOUNT, "a", "disable")
    assert OwnChange.of_pending(disable) == OwnChange("a", {"enabled": False})
    add = OwnChange.of_pending(PendingChange.of(ACCOUNT, "add", None, after))
    assert add.added and add.expected == {"enabled": False, "total_limit": 200, "hourly_limit": 10}
    reset = PendingChange.of(ACCOUNT, "reset_password", before, before)
    assert OwnChange.of_pending(reset) == OwnChange("a")
    with pytest.raises(ValueError, match="unknown fields"):
        OwnChange("a", {"password": "x"})  # type: ignore[dict-item]


def test_describe() -> None:
    drift = Drift("a", "changed", (FieldChange("enabled", True, None),))
    assert drift.describe() == "changed: enabled True -> unknown"
    assert Drift("a", "vanished").describe() == "vanished"


# --- drifts kept by the store -------------------------------------------------------------


def test_refresh_keeps_drifts_until_acknowledged(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        assert store.refresh(ACCOUNT, [A, B], now=NOW) == []
        assert store.snapshot(ACCOUNT) == snapshot(A, B)
        later = NOW + timedelta(minutes=5)
        changed = [A._replace(hourly_limit=11)]
        new = store.refresh(ACCOUNT, changed, now=later)
        assert [(d.user_name, d.kind) for d in new] == [("a", "changed"), ("b", "vanished")]
        assert new[0].seen_at == "2026-06-01T12:05:00.000Z"
        assert store.refresh(ACCOUNT, changed, now=later) == []  # nothing new...
        assert store.drifts(ACCOUNT) == new  # ...but still there
        store.acknowledge(ACCOUNT, "a")
        assert store.drifts(ACCOUNT) == new[1:]
        store.acknowledge(ACCOUNT)
        assert store.drifts(ACCOUNT) == []
        store.refresh(ACCOUNT, [A], now=later)
    with open_store(tmp_path) as again:  # drifts outlive the app
        assert again.snapshot(ACCOUNT) == snapshot(A)
        assert [d.describe() for d in again.drifts(ACCOUNT)] == ["changed: hourly_limit 11 -> 10"]


def test_a_lost_answer_is_still_this_apps_change(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        store.refresh(ACCOUNT, [A, B], now=NOW)
        # Recorded before sending; the answer never came, SendClean made the change.
        store.expect(ACCOUNT, OwnChange("a", {"total_limit": 500}), now=NOW)
        store.expect(ACCOUNT, OwnChange("new", {}, added=True), now=NOW)
        # A refresh that ran before the change landed shows nothing and keeps the expectation.
        assert store.refresh(ACCOUNT, [A, B], now=NOW + timedelta(seconds=1)) == []
        landed = [A._replace(total_limit=500), B, UserState("new", True, 1, 1)]
        assert store.refresh(ACCOUNT, landed, now=NOW + timedelta(seconds=2)) == []
        # Seen once, the expectation is used up: the same value again later is elsewhere's.
        store.refresh(ACCOUNT, [A, B, UserState("new", True, 1, 1)], now=NOW)
        again = store.refresh(ACCOUNT, landed, now=NOW + timedelta(seconds=3))
        assert [d.changes for d in again] == [(FieldChange("total_limit", 100, 500),)]


def test_a_later_own_change_seen_uses_up_the_earlier_ones(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        store.refresh(ACCOUNT, [A], now=NOW)
        store.expect(ACCOUNT, OwnChange("a", {"total_limit": 200}), now=NOW)
        store.expect(ACCOUNT, OwnChange("a", {"total_limit": 300, "hourly_limit": 5}), now=NOW)
        assert store.refresh(ACCOUNT, [A._replace(total_limit=300)], now=NOW) == []
        # 200 was replaced by 300: someone setting 200 now is someone else.
        drifts = store.refresh(ACCOUNT, [A._replace(total_limit=200, hourly_limit=5)], now=NOW)
        assert [d.changes for d in drifts] == [(FieldChange("total_limit", 300, 200),)]


def test_own_changes_expire(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        store.refresh(ACCOUNT, [A], now=NOW)
        store.expect(ACCOUNT, OwnChange("a", {"enabled": False}), now=NOW)
        late = NOW + timedelta(hours=2)
        drifts = store.refresh(ACCOUNT, [A._replace(enabled=False)], now=late)
        assert [d.changes for d in drifts] == [(FieldChange("enabled", True, False),)]


def test_unknown_status_keeps_the_last_known_one(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        store.refresh(ACCOUNT, [A], now=NOW)
        assert store.refresh(ACCOUNT, [A._replace(enabled=None)], now=NOW) == []
        assert store.snapshot(ACCOUNT) == snapshot(A)
        drifts = store.refresh(ACCOUNT, [A._replace(enabled=False)], now=NOW)
        assert drifts[0].changes == (FieldChange("enabled", True, False),)
        assert type(drifts[0].changes[0].old) is bool
        assert store.drifts(ACCOUNT)[0].changes == (FieldChange("enabled", True, False),)


def test_replace_snapshot_does_not_diff(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        assert store.replace_snapshot(ACCOUNT, [A, B, A]) == 2
        assert store.replace_snapshot(ACCOUNT, [B]) == 1
        assert store.drifts(ACCOUNT) == []
        assert store.snapshot(ACCOUNT) == snapshot(B)
        assert store.refresh(ACCOUNT, [B, A], now=NOW)[0].kind == "appeared"


def test_an_empty_list_is_a_list(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        store.refresh(ACCOUNT, [], now=NOW)
        assert store.snapshot(ACCOUNT) == {}
        assert [d.kind for d in store.refresh(ACCOUNT, [A], now=NOW)] == ["appeared"]


def test_unacknowledged_drifts_are_capped(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        store.refresh(ACCOUNT, [], now=NOW)
        many = [UserState(f"u{n:05}", True, 1, 1) for n in range(MAX_DRIFTS + 5)]
        assert len(store.refresh(ACCOUNT, many, now=NOW)) == MAX_DRIFTS + 5
        store.refresh(ACCOUNT, many[:-1], now=NOW + timedelta(seconds=1))
        kept = store.drifts(ACCOUNT)
        assert len(kept) == MAX_DRIFTS
        assert kept[-1] == Drift(many[-1].user_name, "vanished", (), "2026-06-01T12:00:01.000Z")
        assert kept[0].user_name == "u00006"  # the oldest went first


def test_large_lists(tmp_path: Path) -> None:
    users = [UserState(f"user{n}@example.com", n % 3 != 0, n, 10) for n in range(100_000)]
    with open_store(tmp_path) as store:
        assert store.replace_snapshot(ACCOUNT, users) == 100_000
        users[42] = users[42]._replace(total_limit=-1)
        drifts = store.refresh(ACCOUNT, users[:-1], now=NOW)
        assert [(d.user_name, d.kind) for d in drifts] == [
            ("user42@example.com", "changed"),
            ("user99999@example.com", "vanished"),
        ]
        assert len(store.snapshot(ACCOUNT) or {}) == 99_999
