"""A damaged, locked, newer or unwritable database never stops the app: the store is off
and says why. Migrations from an empty file and to a next version."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.core.local_store import MIGRATIONS, LocalStore, UserState
from app.core.local_store.schema import migrate

ACCOUNT = "owner-1"


def db_path(tmp_path: Path) -> Path:
    return tmp_path / "local.sqlite3"


def assert_disabled(store: LocalStore, words: str) -> None:
    assert not store.available
    assert store.problem is not None and words in store.problem, store.problem
    assert str(store.path) in store.problem
    # Every method is quiet: empty reads, no-op writes.
    store.annotate(ACCOUNT, "a", label="x")
    store.mark_password_set(ACCOUNT, "a")
    store.set_retired(ACCOUNT, "a")
    store.acknowledge(ACCOUNT)
    assert store.refresh(ACCOUNT, [UserState("a", True, 1, 1)]) == []
    assert store.replace_snapshot(ACCOUNT, []) == 0
    assert store.annotations(ACCOUNT) == {}
    assert store.snapshot(ACCOUNT) is None
    assert store.drifts(ACCOUNT) == []
    assert store.retired(ACCOUNT) == frozenset()
    assert store.password_set_times(ACCOUNT) == {}
    assert store.due_for_rotation(ACCOUNT, 0) == []
    store.close()


def filled(tmp_path: Path) -> Path:
    with LocalStore.open(db_path(tmp_path)) as store:
        store.refresh(ACCOUNT, [UserState(f"user{n}", True, n, n) for n in range(3000)])
        for n in range(300):
            store.annotate(ACCOUNT, f"user{n}", label="label", note="note " * 50)
    return db_path(tmp_path)


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all, just text\n" * 200, bytes(range(256)) * 64],
    ids=["text", "garbage"],
)
def test_not_a_database(tmp_path: Path, content: bytes) -> None:
    db_path(tmp_path).write_bytes(content)
    assert_disabled(LocalStore.open(db_path(tmp_path)), "is damaged")
    assert db_path(tmp_path).read_bytes() == content  # never overwritten


def test_truncated_database(tmp_path: Path) -> None:
    path = filled(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert_disabled(LocalStore.open(path), "is damaged")


def test_damaged_page_in_the_middle(tmp_path: Path) -> None:
    path = filled(tmp_path)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    assert_disabled(LocalStore.open(path), "is damaged")


def test_newer_version_is_refused_and_left_alone(tmp_path: Path) -> None:
    LocalStore.open(db_path(tmp_path)).close()
    db = sqlite3.connect(db_path(tmp_path))
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.close()
    store = LocalStore.open(db_path(tmp_path))
    assert_disabled(store, "made by a newer version")
    db = sqlite3.connect(db_path(tmp_path))
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) + 1
    db.close()


def test_empty_file_is_migrated(tmp_path: Path) -> None:
    db_path(tmp_path).write_bytes(b"")
    with LocalStore.open(db_path(tmp_path)) as store:
        assert store.problem is None
        store.annotate(ACCOUNT, "a", label="x")
        assert store.annotations(ACCOUNT)["a"].label == "x"


def test_a_next_version_is_one_more_function(tmp_path: Path) -> None:
    LocalStore.open(db_path(tmp_path)).close()

    def v2(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE note ADD COLUMN colour TEXT")

    db = sqlite3.connect(db_path(tmp_path), isolation_level=None)
    assert migrate(db, [*MIGRATIONS, v2]) == 1
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2
    assert "colour" in [row[1] for row in db.execute("PRAGMA table_info(note)")]
    assert migrate(db, [*MIGRATIONS, v2]) == 2  # nothing left to do
    db.close()


def test_a_failed_migration_changes_nothing(tmp_path: Path) -> None:
    db_path(tmp_path).write_bytes(b"")

    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half (x)")
        raise sqlite3.OperationalError("step failed")

    db = sqlite3.connect(db_path(tmp_path), isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.OperationalError):
        migrate(db, [*MIGRATIONS, broken])
    db.execute("ROLLBACK")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    db.close()


_LOCKER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
db.execute("ROLLBACK")
"""


@contextmanager
def locked_by_another_process(path: Path) -> Iterator[None]:
    """A real second process holds ``BEGIN EXCLUSIVE`` until its stdin closes."""
    child = subprocess.Popen(
        [sys.executable, "-c", _LOCKER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline() == "locked\n"
        yield
    finally:
        assert child.stdin is not None
        child.stdin.close()
        assert child.wait(timeout=30) == 0


def test_locked_new_file(tmp_path: Path) -> None:
    with locked_by_another_process(db_path(tmp_path)):
        assert_disabled(LocalStore.open(db_path(tmp_path), busy_timeout=0.05), "locked")
    with LocalStore.open(db_path(tmp_path)) as store:  # free again: works
        assert store.problem is None


def test_locked_existing_wal_file(tmp_path: Path) -> None:
    path = filled(tmp_path)
    with locked_by_another_process(path):
        assert_disabled(LocalStore.open(path, busy_timeout=0.05), "locked")


def test_a_lock_taken_later_disables_on_the_next_write(tmp_path: Path) -> None:
    problems: list[str] = []
    store = LocalStore.open(db_path(tmp_path), busy_timeout=0.05, on_problem=problems.append)
    store.annotate(ACCOUNT, "a", label="before")
    with locked_by_another_process(db_path(tmp_path)):
        store.annotate(ACCOUNT, "a", label="during")  # does not raise
        assert store.problem is not None and "locked" in store.problem
        assert problems == [store.problem]
        assert_disabled(store, "locked")
    with LocalStore.open(db_path(tmp_path)) as again:
        assert again.annotations(ACCOUNT)["a"].label == "before"


def test_on_problem_may_use_the_store(tmp_path: Path) -> None:
    seen: list[object] = []

    def on_problem(reason: str) -> None:
        seen.append((reason, store.annotations(ACCOUNT), store.available))

    store = LocalStore.open(db_path(tmp_path), busy_timeout=0.05, on_problem=on_problem)
    with locked_by_another_process(db_path(tmp_path)):
        store.mark_password_set(ACCOUNT, "a")
    assert seen == [(store.problem, {}, False)]


def test_a_full_disk_disables_instead_of_raising(tmp_path: Path) -> None:
    store = LocalStore.open(db_path(tmp_path))
    assert store._db is not None
    # SQLite's own page limit stands in for a full disk: the same SQLITE_FULL error.
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages}")
    store.replace_snapshot(ACCOUNT, [UserState(f"user{n}", True, n, n) for n in range(10_000)])
    assert_disabled(store, "disk is full")


def test_an_unusable_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert_disabled(LocalStore.open(blocker / "local.sqlite3"), "cannot be used")
