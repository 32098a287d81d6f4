"""SQL for list snapshots, own changes and drifts, on a connection the caller locks.

Every function here runs inside the caller's transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping

from .drift import Expectations, StoredState, carry_known, diff
from .records import FIELDS, Drift, DriftKind, FieldChange, FieldValue, OwnChange, UserState

__all__ = [
    "MAX_DRIFTS",
    "account_key",
    "add_expectation",
    "load_drifts",
    "load_snapshot",
    "refresh",
    "replace_snapshot",
]

#: Unacknowledged drifts kept per account; the oldest go first.
MAX_DRIFTS = 10_000

_ADDED = "added"
_INSERT = (
    "INSERT OR REPLACE INTO snapshot (account, user_name, enabled, total_limit,"
    " hourly_limit) VALUES (?, ?, ?, ?, ?)"
)


def account_key(db: sqlite3.Connection, account: str, *, create: bool) -> int | None:
    """The number that stands for ``account`` in the other tables (made on first write)."""
    if create:
        db.execute("INSERT OR IGNORE INTO account (account_id) VALUES (?)", (account,))
    row = db.execute("SELECT id FROM account WHERE account_id = ?", (account,)).fetchone()
    return None if row is None else int(row[0])


def load_snapshot(db: sqlite3.Connection, account: int) -> dict[str, UserState] | None:
    """The last list this app saw for ``account``, or None if it never saw one."""
    rows = _load_rows(db, account)
    if rows is None:
        return None
    return {
        name: UserState(name, None if enabled is None else enabled == 1, total, hourly)
        for name, enabled, total, hourly in rows.values()
    }


def _load_rows(db: sqlite3.Connection, account: int) -> dict[str, StoredState] | None:
    """:func:`load_snapshot` as plain rows (see :data:`StoredState`): a third of the time."""
    taken = db.execute("SELECT 1 FROM snapshot_taken WHERE account = ?", (account,))
    if taken.fetchone() is None:
        return None
    rows = db.execute(
        "SELECT user_name, enabled, total_limit, hourly_limit FROM snapshot WHERE account = ?",
        (account,),
    )
    return {row[0]: row for row in rows}


def _row(account: int, user: UserState) -> tuple[int, str, int | None, int | None, int | None]:
    enabled = None if user.enabled is None else int(user.enabled)
    return (account, user.user_name, enabled, user.total_limit, user.hourly_limit)


def _mark_taken(db: sqlite3.Connection, account: int, taken_at: str, users: int) -> None:
    db.execute(
        "INSERT OR REPLACE INTO snapshot_taken (account, taken_at, users) VALUES (?, ?, ?)",
        (account, taken_at, users),
    )


def replace_snapshot(
    db: sqlite3.Connection, account: int, users: Iterable[UserState], taken_at: str
) -> int:
    """Make ``users`` the snapshot of ``account``; return how many were stored."""
    db.execute("DELETE FROM snapshot WHERE account = ?", (account,))
    by_name = {user.user_name: user for user in users}
    db.executemany(_INSERT, (_row(account, user) for user in by_name.values()))
    _mark_taken(db, account, taken_at, len(by_name))
    return len(by_name)


def add_expectation(
    db: sqlite3.Connection, account: int, change: OwnChange, recorded_at: str
) -> None:
    rows: list[tuple[str, FieldValue]] = [(_ADDED, 1)] if change.added else []
    rows += [(name, value) for name, value in change.expected.items()]
    db.executemany(
        "INSERT INTO own_change (account, user_name, field, value, recorded_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [(account, change.user_name, name, _int(value), recorded_at) for name, value in rows],
    )


def _int(value: FieldValue) -> int | None:
    return None if value is None else int(value)


def _expectations(
    db: sqlite3.Connection, account: int, since: str
) -> tuple[Expectations, list[tuple[int, str, str, int | None]]]:
    db.execute("DELETE FROM own_change WHERE account = ? AND recorded_at < ?", (account, since))
    rows = db.execute(
        "SELECT id, user_name, field, value FROM own_change WHERE account = ?", (account,)
    ).fetchall()
    expected = Expectations()
    for _id, user_name, name, value in rows:
        if name == _ADDED:
            expected.added.add(user_name)
        elif name in FIELDS:
            expected.values.setdefault((user_name, name), set()).add(_typed(name, value))
    return expected, rows


def refresh(
    db: sqlite3.Connection,
    account: int,
    users: Iterable[UserState],
    seen_at: str,
    expectations_since: str,
) -> list[Drift]:
    """Compare ``users`` with the snapshot, keep the new drifts, update the snapshot.

    Only rows that differ are written. Own changes older than ``expectations_since`` are
    dropped, and so are those the list now shows (they have been seen).
    """
    previous = _load_rows(db, account)
    expected, own_rows = _expectations(db, account, expectations_since)
    current = {u.user_name: carry_known(previous, u) if None in u else u for u in users}
    drifts = diff(previous, current.values(), expected, seen_at=seen_at)
    _store_drifts(db, account, drifts)
    old = previous or {}
    db.executemany(
        "DELETE FROM snapshot WHERE account = ? AND user_name = ?",
        ((account, name) for name in old.keys() - current.keys()),
    )
    db.executemany(_INSERT, (_row(account, u) for name, u in current.items() if old.get(name) != u))
    _mark_taken(db, account, seen_at, len(current))
    db.executemany("DELETE FROM own_change WHERE id = ?", _used_up(current, own_rows))
    return drifts


def _used_up(
    current: Mapping[str, UserState], own_rows: list[tuple[int, str, str, int | None]]
) -> list[tuple[int]]:
    """The own changes the list shows, and the earlier ones to the same field of the same
    user (a later change replaced them)."""
    last_seen: dict[tuple[str, str], int] = {}
    for row_id, user_name, name, value in own_rows:
        if _seen(current, user_name, name, value):
            key = (user_name, name)
            last_seen[key] = max(row_id, last_seen.get(key, row_id))
    return [
        (row_id,)
        for row_id, user_name, name, _value in own_rows
        if row_id <= last_seen.get((user_name, name), -1)
    ]


def _seen(current: Mapping[str, UserState], user_name: str, name: str, value: int | None) -> bool:
    user = current.get(user_name)
    if user is None:
        return False
    if name == _ADDED:
        return True
    return name in FIELDS and _int(user.value(name)) == value


def _store_drifts(db: sqlite3.Connection, account: int, drifts: list[Drift]) -> None:
    if not drifts:
        return
    db.executemany(
        "INSERT INTO drift (account, user_name, kind, changes, seen_at) VALUES (?, ?, ?, ?, ?)",
        (
            (account, d.user_name, d.kind, json.dumps([list(c) for c in d.changes]), d.seen_at)
            for d in drifts
        ),
    )
    db.execute(
        "DELETE FROM drift WHERE account = ? AND id NOT IN"
        " (SELECT id FROM drift WHERE account = ? ORDER BY id DESC LIMIT ?)",
        (account, account, MAX_DRIFTS),
    )


def load_drifts(db: sqlite3.Connection, account: int) -> list[Drift]:
    """The unacknowledged drifts of ``account``, oldest first."""
    rows = db.execute(
        "SELECT user_name, kind, changes, seen_at FROM drift WHERE account = ? ORDER BY id",
        (account,),
    )
    return [_drift(*row) for row in rows]


def _drift(user_name: str, kind: DriftKind, changes: str, seen_at: str) -> Drift:
    parsed = tuple(
        FieldChange(name, _typed(name, old), _typed(name, new))
        for name, old, new in json.loads(changes)
    )
    return Drift(user_name, kind, parsed, seen_at)


def _typed(name: str, value: FieldValue) -> FieldValue:
    return bool(value) if name == "enabled" and value is not None else value
