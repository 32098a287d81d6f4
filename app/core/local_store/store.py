"""The local store: what the app knows beyond the API, in one SQLite file.

Qt-free and thread-safe: one re-entrant lock serialises every use of the one connection
(opened with ``check_same_thread=False``), so any thread may call any method; the app
calls it from its local worker so that the UI thread never waits on the disk.

Failures never raise. :meth:`LocalStore.open` returns a *disabled* store when the file
is damaged, locked by another process, made by a newer version or cannot be created; a
write or read that fails later (disk full, locked, damaged) disables it the same way.
A disabled store says why in :attr:`LocalStore.problem`; its reads return empty results
and its writes do nothing. Invalid arguments (a label too long, an empty user name) are
the caller's mistake and raise :class:`ValueError` before anything is touched.

Nothing secret can be stored: snapshots keep four fields of a user (see
:class:`UserState`), the rest is labels, notes, dates and flags. The file is created
0600 in a directory created 0700; SQLite gives its ``-wal`` and ``-shm`` files the same
mode as the database.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from sqlite3 import Connection
from types import TracebackType
from typing import Any, TypeVar

from app.api import SmtpUser
from app.api.gc_pause import gc_paused
from app.api.problem import Problem

from ..csv_export import atomic_writer
from . import snapshots
from .labels_file import dump_labels, read_labels_file
from .notes import LabelImport, annotate, merge
from .problems import DamagedError, describe
from .records import Annotation, Drift, OwnChange, UserState, from_iso, storable, to_iso
from .schema import NewerSchemaError, migrate
from .text import clean_label, clean_note

__all__ = ["DB_FILE_NAME", "OWN_CHANGE_TTL", "LocalStore"]

T = TypeVar("T")
log = logging.getLogger(__name__)
DB_FILE_NAME = "local.sqlite3"
#: How long an own change still explains what a refresh shows.
OWN_CHANGE_TTL = timedelta(hours=1)
_FAILURES = (sqlite3.Error, OSError, NewerSchemaError, DamagedError)


def _now(moment: datetime | None) -> datetime:
    return datetime.now(UTC) if moment is None else moment


def _check(value: object, what: str) -> str:
    if not isinstance(value, str) or not value or storable(value) != value:
        raise ValueError(f"{what} must be non-empty text without lone surrogates")
    return value


class LocalStore:
    """One SQLite file of labels, notes, snapshots, own changes, drifts, rotation dates
    and retired flags, per account id. Make one with :meth:`open`."""

    def __init__(
        self,
        path: Path,
        db: sqlite3.Connection | None,
        failure: Problem | None = None,
        on_problem: Callable[[str], None] | None = None,
    ) -> None:
        self.path = path
        self._db = db
        self._failure = failure
        self._on_problem = on_problem
        self._lock = threading.RLock()

    # --- life -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        busy_timeout: float = 2.0,
        on_problem: Callable[[str], None] | None = None,
    ) -> LocalStore:
        """Open (creating and migrating) the database at ``path``; never raises.

        ``busy_timeout`` is how long to wait for another process's lock (seconds).
        ``on_problem(reason)`` is called, on the calling thread and outside the lock, when
        a store that was working is disabled later (not when :meth:`open` returns a
        disabled store: check :attr:`problem` then).
        """
        path = Path(path)
        db: sqlite3.Connection | None = None
        try:
            _create_private(path)
            db = sqlite3.connect(
                path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
            )
            _prepare(db)
        except _FAILURES as error:
            if db is not None:
                with contextlib.suppress(sqlite3.Error):
                    db.close()
            log.warning("local store off at open: %s", type(error).__name__)
            return cls(path, None, describe(path, error), on_problem)
        return cls(path, db, None, on_problem)

    @property
    def problem(self) -> str | None:
        """Why the store is off (an English sentence, for logs), or None while it works."""
        return None if self._failure is None else self._failure.detail

    @property
    def failure(self) -> Problem | None:
        """Why the store is off, as data for the window, or None while it works."""
        return self._failure

    @property
    def available(self) -> bool:
        """True while the store works (not disabled, not closed)."""
        return self._db is not None

    def close(self) -> None:
        """Close the file (the store then acts as disabled, without a problem)."""
        with self._lock:
            db, self._db = self._db, None
            if db is not None:
                with contextlib.suppress(sqlite3.Error):
                    db.close()

    def __enter__(self) -> LocalStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- labels and notes ---------------------------------------------------------------

    def annotate(
        self, account: str, user_name: str, *, label: str | None = None, note: str | None = None
    ) -> None:
        """Set the label and/or the note of a user (None leaves it, "" clears it).

        Labels are one line of at most 80 characters, notes at most 4000 (see
        :mod:`.text`); longer raises :class:`ValueError`.
        """
        _check(account, "account")
        _check(user_name, "user_name")
        label = None if label is None else clean_label(label)
        note = None if note is None else clean_note(note)
        if label is None and note is None:
            return
        self._write(
            account, lambda db, key: annotate(db, key, user_name, label, note, _stamp()), None
        )

    def annotations(self, account: str) -> dict[str, Annotation]:
        """``{user_name: Annotation(label, note)}`` of every user with either."""
        rows = self._select("SELECT user_name, label, note FROM note WHERE account = ?", account)
        return {name: Annotation(label, note) for name, label, note in rows}

    def export_labels(self, account: str, path: Path) -> int:
        """Write the labels file of ``account`` to ``path`` atomically; return the count.

        Raises :class:`OSError` when ``path`` cannot be written (the user's choice of
        file); a disabled store writes nothing and returns 0.
        """
        if not self.available:
            return 0
        notes = self.annotations(account)
        with atomic_writer(Path(path)) as stream:
            stream.write(dump_labels(notes, _stamp()))
        return len(notes)

    def import_labels(self, account: str, path: Path) -> LabelImport:
        """Merge the labels file at ``path`` into ``account``, by user name.

        A label or note in the file replaces the one here; an empty or absent one leaves
        it (an import never deletes). Raises :class:`~.labels_file.LabelFileError` for a
        file that is not a valid labels file and :class:`OSError` when it cannot be read.
        """
        _check(account, "account")
        entries, skipped = read_labels_file(Path(path))
        result = self._write(
            account, lambda db, key: merge(db, key, entries, skipped, _stamp()), None
        )
        return result or LabelImport(skipped=skipped, problem=self.problem, failure=self._failure)

    # --- snapshots, own changes and drifts ----------------------------------------------

    def snapshot(self, account: str) -> dict[str, UserState] | None:
        """The last list seen for ``account`` (None if none; also when disabled)."""
        return self._read(account, snapshots.load_snapshot, None)

    def replace_snapshot(
        self,
        account: str,
        users: Iterable[SmtpUser | UserState],
        *,
        now: datetime | None = None,
    ) -> int:
        """Make ``users`` the last list seen for ``account`` (no diff); return the count."""
        _check(account, "account")
        states = [UserState.of(user) for user in users]
        taken = to_iso(_now(now))
        return self._write(
            account, lambda db, key: snapshots.replace_snapshot(db, key, states, taken), 0
        )

    def expect(self, account: str, change: OwnChange, *, now: datetime | None = None) -> None:
        """Record a change this app is about to send (call it *before* sending)."""
        _check(account, "account")
        _check(change.user_name, "user_name")
        at = to_iso(_now(now))
        self._write(account, lambda db, key: snapshots.add_expectation(db, key, change, at), None)

    def expect_all(
        self, account: str, changes: Iterable[OwnChange], *, now: datetime | None = None
    ) -> None:
        """:meth:`expect` for changes sent one after another (a bulk run), in one write."""
        _check(account, "account")
        listed = list(changes)
        for change in listed:
            _check(change.user_name, "user_name")
        at = to_iso(_now(now))

        def work(db: Connection, key: int) -> None:
            for change in listed:
                snapshots.add_expectation(db, key, change, at)

        self._write(account, work, None)

    def withdraw(self, account: str, changes: Iterable[OwnChange]) -> None:
        """Forget expectations of changes that were announced and then never sent."""
        _check(account, "account")
        listed = list(changes)

        def work(db: Connection, key: int) -> None:
            for change in listed:
                snapshots.withdraw_expectation(db, key, change)

        self._write(account, work, None)

    def refresh(
        self,
        account: str,
        users: Iterable[SmtpUser | UserState],
        *,
        now: datetime | None = None,
        own_change_ttl: timedelta = OWN_CHANGE_TTL,
    ) -> list[Drift]:
        """Compare a fresh list with the last one, keep and return the new drifts, and make
        it the last one; one transaction. The first list of an account reports nothing.
        Own changes recorded within ``own_change_ttl`` before ``now`` are not drifts."""
        _check(account, "account")
        moment = _now(now)
        seen, since = to_iso(moment), to_iso(moment - own_change_ttl)
        states = map(UserState.of, users)  # one at a time, into SQLite (see snapshots)
        # The rows made on the way make no cyclic garbage, but 100 000 of them would set
        # off full collections of the whole heap, each holding the GIL (and the UI).
        with gc_paused():
            drifts: list[Drift] = self._write(
                account, lambda db, key: snapshots.refresh(db, key, states, seen, since), []
            )
        self._shrink_cache()
        return drifts

    def drifts(self, account: str) -> list[Drift]:
        """Changes made elsewhere and not acknowledged yet, oldest first."""
        return self._read(account, snapshots.load_drifts, [])

    def acknowledge(self, account: str, user_name: str | None = None) -> None:
        """Forget the drifts of ``user_name`` (of every user when None)."""
        self._write(account, _delete("drift", user_name), None)

    # --- rotation ---------------------------------------------------------------------

    def mark_password_set(
        self, account: str, user_name: str, *, now: datetime | None = None
    ) -> None:
        """Record that this app created the user or reset its password at ``now``."""
        self._put("INSERT OR REPLACE INTO password_set", account, user_name, _now(now))

    def password_set_times(self, account: str) -> dict[str, datetime]:
        """When this app last set each password; a user missing here has an unknown age."""
        rows = self._select("SELECT user_name, set_at FROM password_set WHERE account = ?", account)
        return {name: from_iso(at) for name, at in rows}

    def password_age(
        self, account: str, user_name: str, *, now: datetime | None = None
    ) -> timedelta | None:
        """How old the password is, or None if this app never set it."""
        at = self.password_set_times(account).get(user_name)
        return None if at is None else _now(now) - at

    def due_for_rotation(
        self, account: str, max_age_days: float, *, now: datetime | None = None
    ) -> list[str]:
        """Users whose password this app set more than ``max_age_days`` ago, oldest first.
        Users of unknown age are not listed (see :meth:`password_set_times`)."""
        cutoff = _now(now) - timedelta(days=max_age_days)
        times = self.password_set_times(account)
        return sorted((n for n, at in times.items() if at < cutoff), key=times.__getitem__)

    # --- retiring ---------------------------------------------------------------------

    def set_retired(self, account: str, user_name: str, retired: bool = True) -> None:
        """Mark a user retired, or not."""
        if retired:
            self._put("INSERT OR IGNORE INTO retired", account, user_name, datetime.now(UTC))
        else:
            _check(user_name, "user_name")
            self._write(account, _delete("retired", user_name), None)

    def retired(self, account: str) -> frozenset[str]:
        """The names of the retired users of ``account``."""
        rows = self._select("SELECT user_name FROM retired WHERE account = ?", account)
        return frozenset(name for (name,) in rows)

    def forget_account(self, account: str) -> None:
        """Delete everything kept for ``account`` (when it is removed from the app)."""
        self._write(account, _forget, None)

    # --- plumbing ---------------------------------------------------------------------

    def _put(self, insert: str, account: str, user_name: str, at: datetime) -> None:
        """``insert`` (``INSERT ... INTO table``) one row of account, user name and time."""
        _check(account, "account")
        _check(user_name, "user_name")
        row = (user_name, to_iso(at))
        sql = f"{insert} VALUES (?, ?, ?)"
        self._write(account, lambda db, key: db.execute(sql, (key, *row)), None)

    def _read(self, account: str, query: Callable[[Connection, int], T], default: T) -> T:
        """``query(db, key)`` for the account's key; ``default`` for an unknown account."""
        return self._run(account, query, default, write=False)

    def _select(self, sql: str, account: str) -> list[tuple[Any, ...]]:
        return self._read(account, lambda db, key: db.execute(sql, (key,)).fetchall(), [])

    def _shrink_cache(self) -> None:
        """Give back the page cache a big list filled: SQLite keeps it for as long as the
        connection lives (a few MiB with 100 000 users) unless told."""
        with self._lock:
            if self._db is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("PRAGMA shrink_memory")

    def _write(self, account: str, work: Callable[[Connection, int], T], default: T) -> T:
        """Run ``work(db, key)`` in one ``BEGIN IMMEDIATE`` transaction (one writer)."""
        return self._run(account, work, default, write=True)

    def _run(
        self, account: str, work: Callable[[Connection, int], T], default: T, *, write: bool
    ) -> T:
        with self._lock:
            db = self._db
            if db is None:
                return default
            try:
                if not write:
                    key = snapshots.account_key(db, account, create=False)
                    return default if key is None else work(db, key)
                with _transaction(db):
                    return work(db, snapshots.account_key(db, account, create=True) or 0)
            except _FAILURES as error:
                problem = self._disable(error)
        self._announce(problem)
        return default

    def _disable(self, error: BaseException) -> str:
        """Turn the store off (the lock is held)."""
        self._failure = describe(self.path, error)
        log.warning("local store off: %s", type(error).__name__)
        self.close()
        return self._failure.detail

    def _announce(self, problem: str) -> None:
        """Tell ``on_problem``, outside the lock so that it may call the store."""
        if self._on_problem is not None:
            self._on_problem(problem)


def _stamp() -> str:
    return to_iso(datetime.now(UTC))


def _create_private(path: Path) -> None:
    """Create the directory 0700 and the file 0600 if missing (SQLite keeps the mode)."""
    directory = path.parent
    if not directory.is_dir():
        directory.mkdir(parents=True, mode=0o700)
        os.chmod(directory, 0o700)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        if stat.S_IMODE(path.stat().st_mode) & 0o077:
            os.chmod(path, 0o600)  # e.g. copied from a backup: tighten it again
        return
    try:
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def _prepare(db: sqlite3.Connection) -> None:
    """WAL mode, a check of the file, and the migrations in one write transaction (which
    also fails early when another process holds a lock)."""
    db.execute("PRAGMA journal_mode = WAL").fetchone()
    db.execute("PRAGMA synchronous = NORMAL")
    check = db.execute("PRAGMA quick_check(1)").fetchone()[0]
    if check != "ok":
        lines = [line.strip() for line in str(check).splitlines()]
        raise DamagedError(" ".join(line for line in lines if line and "***" not in line))
    with _transaction(db):
        migrate(db)


@contextlib.contextmanager
def _transaction(db: Connection) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` (the write lock, at once) ... ``COMMIT``, or ``ROLLBACK``."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
        raise


_TABLES = ("note", "snapshot", "snapshot_taken", "own_change", "drift", "password_set", "retired")


def _delete(table: str, user_name: str | None) -> Callable[[Connection, int], object]:
    """Delete the rows of one user (or of every user, for None) of the account."""
    if user_name is None:
        return lambda db, key: db.execute(f"DELETE FROM {table} WHERE account = ?", (key,))
    sql = f"DELETE FROM {table} WHERE account = ? AND user_name = ?"
    return lambda db, key: db.execute(sql, (key, user_name))


def _forget(db: Connection, key: int) -> None:
    for table in _TABLES:
        _delete(table, None)(db, key)
    db.execute("DELETE FROM account WHERE id = ?", (key,))
