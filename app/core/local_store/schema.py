"""The schema, versioned in ``PRAGMA user_version``, and the steps that build it.

``MIGRATIONS[n]`` turns version ``n`` into ``n + 1``; adding version 2 is appending one
function. :func:`migrate` runs inside the caller's transaction, so a failed step leaves
the file as it was. A file of a version newer than ``len(MIGRATIONS)`` is refused.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import TypeAlias

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Migration", "NewerSchemaError", "migrate"]

Migration: TypeAlias = Callable[[sqlite3.Connection], None]


class NewerSchemaError(Exception):
    """The file was made by a newer version of the app."""

    def __init__(self, found: int, known: int) -> None:
        super().__init__(f"schema version {found}; this version knows up to {known}")
        self.found = found


def _v1(db: sqlite3.Connection) -> None:
    """Labels and notes, list snapshots, own changes, drifts, rotation dates, retired.

    Rows name their account by a small integer (``account.id``): 100k snapshot rows are
    then half the size and written twice as fast as with the account id text in each.
    """
    key = "account INTEGER NOT NULL, user_name TEXT NOT NULL"
    pk = "PRIMARY KEY (account, user_name)"
    for statement in (
        "CREATE TABLE account (id INTEGER PRIMARY KEY, account_id TEXT NOT NULL UNIQUE)",
        f"CREATE TABLE note ({key}, label TEXT NOT NULL, note TEXT NOT NULL,"
        f" updated_at TEXT NOT NULL, {pk}) WITHOUT ROWID",
        f"CREATE TABLE snapshot ({key}, enabled INTEGER, total_limit INTEGER,"
        f" hourly_limit INTEGER, {pk}) WITHOUT ROWID",
        "CREATE TABLE snapshot_taken (account INTEGER PRIMARY KEY, taken_at TEXT NOT NULL,"
        " users INTEGER NOT NULL)",
        # field is "added" or a snapshot field; value the expected value.
        f"CREATE TABLE own_change (id INTEGER PRIMARY KEY, {key}, field TEXT NOT NULL,"
        " value INTEGER, recorded_at TEXT NOT NULL)",
        "CREATE INDEX own_change_by_account ON own_change (account, recorded_at)",
        # changes: JSON list of [field, old, new].
        f"CREATE TABLE drift (id INTEGER PRIMARY KEY, {key}, kind TEXT NOT NULL,"
        " changes TEXT NOT NULL, seen_at TEXT NOT NULL)",
        "CREATE INDEX drift_by_user ON drift (account, user_name)",
        f"CREATE TABLE password_set ({key}, set_at TEXT NOT NULL, {pk}) WITHOUT ROWID",
        f"CREATE TABLE retired ({key}, retired_at TEXT NOT NULL, {pk}) WITHOUT ROWID",
    ):
        db.execute(statement)


MIGRATIONS: tuple[Migration, ...] = (_v1,)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: sqlite3.Connection, steps: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the open file to version ``len(steps)``; return the version it had.

    Raises :class:`NewerSchemaError` for a newer file; the caller holds the transaction.
    """
    found = int(db.execute("PRAGMA user_version").fetchone()[0])
    if found > len(steps):
        raise NewerSchemaError(found, len(steps))
    for step in steps[found:]:
        step(db)
    if found != len(steps):
        db.execute(f"PRAGMA user_version = {len(steps):d}")
    return found
