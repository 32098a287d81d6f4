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


def withdraw_expectation(db: sqlite3.Connection, account: int, change: OwnChange) -> None:
    """Forget the newest recording of ``change`` (announced, then never sent)."""
    rows: list[tuple[str, FieldValue]] = [(_ADDED, 1)] if change.added else []
    rows += [(name, value) for name, value in change.expected.items()]
    db.executemany(
        "DELETE FROM own_change WHERE id = (SELECT id FROM own_change WHERE account = ?"
        " AND user_name = ? AND field = ? AND value IS ? ORDER BY id DESC LIMIT 1)",
        [(account, change.user_name, name, _int(value)) for name, value in rows],
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


#: The list being compared, in the connection's temporary database (emptied after use).
_FRESH = "fresh_list"
_FRESH_TABLE = (
    f"CREATE TEMP TABLE IF NOT EXISTS {_FRESH} (user_name TEXT PRIMARY KEY, enabled INTEGER,"
    " total_limit INTEGER, hourly_limit INTEGER) WITHOUT ROWID"
)
#: A field differs when the new value is known and not the stored one (unknown is not a
#: change: the stored value is kept, see carry_known).
_DIFFERS = " OR ".join(
    f"(f.{name} IS NOT NULL AND f.{name} IS NOT s.{name})"
    for name in ("enabled", "total_limit", "hourly_limit")
)
_CHANGED = (
    "SELECT f.user_name, f.enabled, f.total_limit, f.hourly_limit,"
    " s.user_name, s.enabled, s.total_limit, s.hourly_limit"
    f" FROM {_FRESH} f JOIN snapshot s ON s.account = ? AND s.user_name = f.user_name"
    f" WHERE {_DIFFERS}"
)
_APPEARED = (
    f"SELECT user_name, enabled, total_limit, hourly_limit FROM {_FRESH} f WHERE NOT EXISTS"
    " (SELECT 1 FROM snapshot s WHERE s.account = ? AND s.user_name = f.user_name)"
)
_VANISHED = (
    "SELECT user_name, enabled, total_limit, hourly_limit FROM snapshot s"
    f" WHERE s.account = ? AND NOT EXISTS (SELECT 1 FROM {_FRESH} f"
    " WHERE f.user_name = s.user_name)"
)


def refresh(
    db: sqlite3.Connection,
    account: int,
    users: Iterable[UserState],
    seen_at: str,
    expectations_since: str,
) -> list[Drift]:
    """Compare ``users`` with the snapshot, keep the new drifts, update the snapshot.

    The list goes into a temporary table and SQLite finds the users that appeared,
    vanished or changed: only those become Python objects (100 000 users in the snapshot
    and in the list would otherwise be two dictionaries of rows, tens of megabytes that
    stay resident). Only rows that differ are written. Own changes older than
    ``expectations_since`` are dropped, and so are those the list now shows.
    """
    db.execute(_FRESH_TABLE)
    db.execute(f"DELETE FROM {_FRESH}")
    try:
        db.executemany(
            f"INSERT OR REPLACE INTO {_FRESH} VALUES (?, ?, ?, ?)", map(_fresh_row, users)
        )
        return _compare(db, account, seen_at, expectations_since)
    finally:
        db.execute(f"DELETE FROM {_FRESH}")


def _fresh_row(user: UserState) -> tuple[str, int | None, int | None, int | None]:
    enabled = None if user.enabled is None else int(user.enabled)
    return (user.user_name, enabled, user.total_limit, user.hourly_limit)


def _compare(db: sqlite3.Connection, account: int, seen_at: str, since: str) -> list[Drift]:
    expected, own_rows = _expectations(db, account, since)
    count = int(db.execute(f"SELECT COUNT(*) FROM {_FRESH}").fetchone()[0])
    taken = db.execute("SELECT 1 FROM snapshot_taken WHERE account = ?", (account,))
    if taken.fetchone() is None:  # the first list of this account: nothing to report
        db.execute("DELETE FROM snapshot WHERE account = ?", (account,))
        db.execute(
            "INSERT INTO snapshot (account, user_name, enabled, total_limit, hourly_limit)"
            f" SELECT ?, user_name, enabled, total_limit, hourly_limit FROM {_FRESH}",
            (account,),
        )
        current = _own_users(db, account, own_rows, {})
        drifts: list[Drift] = []
    else:
        previous: dict[str, StoredState] = {}
        fresh: list[UserState] = []
        for row in db.execute(_CHANGED, (account,)):
            fresh.append(_state(row[:4]))
            previous[row[0]] = row[4:]
        fresh += map(_state, db.execute(_APPEARED, (account,)))
        vanished = db.execute(_VANISHED, (account,)).fetchall()
        previous.update((row[0], row) for row in vanished)
        changed = {u.user_name: carry_known(previous, u) if None in u else u for u in fresh}
        drifts = diff(previous, changed.values(), expected, seen_at=seen_at)
        current = _own_users(db, account, own_rows, changed)
        _store_drifts(db, account, drifts)
        db.executemany(
            "DELETE FROM snapshot WHERE account = ? AND user_name = ?",
            ((account, row[0]) for row in vanished),
        )
        db.executemany(_INSERT, (_row(account, u) for u in changed.values()))
    _mark_taken(db, account, seen_at, count)
    db.executemany("DELETE FROM own_change WHERE id = ?", _used_up(current, own_rows))
    return drifts


def _state(row: tuple[str, int | None, int | None, int | None]) -> UserState:
    return UserState(row[0], None if row[1] is None else row[1] == 1, row[2], row[3])


def _own_users(
    db: sqlite3.Connection,
    account: int,
    own_rows: list[tuple[int, str, str, int | None]],
    changed: Mapping[str, UserState],
) -> dict[str, UserState]:
    """The list's users that own changes name, as the snapshot will hold them."""
    found: dict[str, UserState] = {}
    for name in {row[1] for row in own_rows}:
        if name in changed:
            found[name] = changed[name]
            continue
        row = db.execute(
            f"SELECT user_name, enabled, total_limit, hourly_limit FROM {_FRESH}"
            " WHERE user_name = ?",
            (name,),
        ).fetchone()
        if row is None:
            continue
        user = _state(row)
        if None in user:  # unchanged but partly unknown: the stored values stand
            stored = db.execute(
                "SELECT user_name, enabled, total_limit, hourly_limit FROM snapshot"
                " WHERE account = ? AND user_name = ?",
                (account, name),
            ).fetchone()
            user = carry_known({name: stored} if stored else None, user)
        found[name] = user
    return found


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
