"""The local store on real SQLite files: labels and notes, rotation dates, retired flags,
accounts kept apart, file modes, threads, and no secret ever in the file."""

from __future__ import annotations

import stat
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from app.api import SmtpUser
from app.core.change_journal import PendingChange
from app.core.local_store import (
    MAX_LABEL_CHARS,
    MAX_NOTE_CHARS,
    Annotation,
    LocalStore,
    OwnChange,
    UserState,
)
from tests.local_store_support import ACCOUNT, NOW, open_store


def test_file_is_private_in_a_private_folder(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        store.annotate(ACCOUNT, "a", label="x")  # WAL and SHM files now exist
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in store.path.parent.iterdir()}
        assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700
    assert modes == {"local.sqlite3": 0o600, "local.sqlite3-wal": 0o600, "local.sqlite3-shm": 0o600}


def test_a_copied_file_is_made_private_again(tmp_path: Path) -> None:
    open_store(tmp_path).close()
    path = tmp_path / "data" / "local.sqlite3"
    path.chmod(0o644)
    open_store(tmp_path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_wal_mode_and_schema_version(tmp_path: Path) -> None:
    import sqlite3

    open_store(tmp_path).close()
    db = sqlite3.connect(tmp_path / "data" / "local.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    db.close()


def test_labels_and_notes(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        assert store.annotations(ACCOUNT) == {}
        store.annotate(ACCOUNT, "a@x", label="  Billing\nteam ")
        store.annotate(ACCOUNT, "a@x", note="Line 1\r\nLine 2\x00")
        store.annotate(ACCOUNT, "b@x", note="only a note")
        store.annotate("other", "a@x", label="elsewhere")
        notes = store.annotations(ACCOUNT)
        assert notes == {
            "a@x": Annotation("Billing team", "Line 1\nLine 2"),
            "b@x": Annotation("", "only a note"),
        }
        label, note = notes["a@x"]
        assert (label, note) == ("Billing team", "Line 1\nLine 2")
        assert notes["a@x"].search_text == "billing team\nline 1\nline 2"
        store.annotate(ACCOUNT, "b@x", note="")  # nothing left: the row goes
        assert set(store.annotations(ACCOUNT)) == {"a@x"}
    with LocalStore.open(tmp_path / "data" / "local.sqlite3") as again:
        assert again.annotations(ACCOUNT)["a@x"].label == "Billing team"
        assert again.annotations("other") == {"a@x": Annotation("elsewhere", "")}


def test_label_and_note_limits_raise_before_anything_is_written(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        store.annotate(ACCOUNT, "a", label="x" * MAX_LABEL_CHARS, note="y" * MAX_NOTE_CHARS)
        with pytest.raises(ValueError, match="label"):
            store.annotate(ACCOUNT, "a", label="x" * (MAX_LABEL_CHARS + 1), note="new")
        with pytest.raises(ValueError, match="note"):
            store.annotate(ACCOUNT, "a", note="y" * (MAX_NOTE_CHARS + 1))
        with pytest.raises(ValueError, match="user_name"):
            store.annotate(ACCOUNT, "", label="x")
        with pytest.raises(ValueError, match="account"):
            store.set_retired("", "a")
        assert store.annotations(ACCOUNT)["a"] == ("x" * MAX_LABEL_CHARS, "y" * MAX_NOTE_CHARS)
        assert store.problem is None


def test_rotation_dates(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        store.mark_password_set(ACCOUNT, "old", now=NOW - timedelta(days=100))
        store.mark_password_set(ACCOUNT, "older", now=NOW - timedelta(days=200))
        store.mark_password_set(ACCOUNT, "new", now=NOW - timedelta(days=100))
        store.mark_password_set(ACCOUNT, "new", now=NOW - timedelta(days=1))  # reset again
        assert store.password_age(ACCOUNT, "new", now=NOW) == timedelta(days=1)
        assert store.password_age(ACCOUNT, "never", now=NOW) is None
        assert store.due_for_rotation(ACCOUNT, 90, now=NOW) == ["older", "old"]
        assert store.due_for_rotation(ACCOUNT, 150, now=NOW) == ["older"]
        assert store.due_for_rotation("other", 0, now=NOW) == []
        assert store.password_set_times(ACCOUNT)["old"] == NOW - timedelta(days=100)


def test_retired_flags(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        store.set_retired(ACCOUNT, "a")
        store.set_retired(ACCOUNT, "a")
        store.set_retired(ACCOUNT, "b")
        store.set_retired(ACCOUNT, "b", False)
        store.set_retired(ACCOUNT, "never", False)
        assert store.retired(ACCOUNT) == frozenset({"a"})
        assert store.retired("other") == frozenset()


def test_forget_account_keeps_the_others(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        for account in (ACCOUNT, "other"):
            store.annotate(account, "a", label="x")
            store.set_retired(account, "a")
            store.mark_password_set(account, "a")
            store.refresh(account, [UserState("a", True, 1, 1)])
        store.forget_account(ACCOUNT)
        assert store.annotations(ACCOUNT) == {}
        assert store.retired(ACCOUNT) == frozenset()
        assert store.password_set_times(ACCOUNT) == {}
        assert store.snapshot(ACCOUNT) is None
        assert store.annotations("other") == {"a": Annotation("x", "")}
        assert store.snapshot("other") == {"a": UserState("a", True, 1, 1)}


def test_closed_store_is_quiet(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.close()
    store.close()
    store.annotate(ACCOUNT, "a", label="x")
    assert store.annotations(ACCOUNT) == {}
    assert not store.available and store.problem is None


def test_many_threads_one_store(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def work(number: int) -> None:
        try:
            start.wait()
            for i in range(50):
                store.annotate(ACCOUNT, f"u{number}-{i}", label=str(i))
                store.mark_password_set(ACCOUNT, f"u{number}-{i}")
                store.annotations(ACCOUNT)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(store.annotations(ACCOUNT)) == 200
    assert len(store.password_set_times(ACCOUNT)) == 200
    assert store.problem is None
    store.close()


PASSWORDS = [f"Pw-{n}-Zq8x!Secret" for n in range(5)]
TOKEN = "tok_9f8e7d6c5b4a39281706f5e4d3c2b1a0"


def test_no_password_or_token_in_any_file(tmp_path: Path) -> None:
    users = [SmtpUser(f"u{n}@x", pw, n % 2 == 0, 100 + n, 10) for n, pw in enumerate(PASSWORDS)]
    store = open_store(tmp_path)
    store.refresh(ACCOUNT, users)
    store.replace_snapshot("second", users)
    for user in users:
        store.annotate(ACCOUNT, user.user_name, label="team", note="a note")
        store.mark_password_set(ACCOUNT, user.user_name)
        store.set_retired(ACCOUNT, user.user_name)
        change = PendingChange.of(ACCOUNT, "reset_password", user, user)
        store.expect(ACCOUNT, OwnChange.of_pending(change))
        store.expect(ACCOUNT, OwnChange.of_pending(PendingChange.of(ACCOUNT, "add", None, user)))
    changed = [SmtpUser(u.user_name, u.password, not u.enabled, 1, None) for u in users]
    assert store.refresh(ACCOUNT, changed)
    files = sorted(store.path.parent.iterdir())
    assert {p.name for p in files} >= {"local.sqlite3", "local.sqlite3-wal"}
    _assert_absent(files)
    store.close()
    _assert_absent(sorted(store.path.parent.iterdir()))


def test_only_the_four_fields_can_reach_a_snapshot(tmp_path: Path) -> None:
    # Whatever an object holds, a snapshot keeps a name, a bool and two 64-bit ints.
    odd = UserState("a", PASSWORDS[0], PASSWORDS[1], 2**70)  # type: ignore[arg-type]
    assert UserState.of(odd) == UserState("a", None, None, None)
    with pytest.raises(ValueError, match="user name"):
        UserState.of(UserState(b"a", True, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="enabled"):
        OwnChange("a", {"enabled": PASSWORDS[0]})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="total_limit"):
        OwnChange("a", {"total_limit": True})
    with open_store(tmp_path) as store:
        store.replace_snapshot(ACCOUNT, [odd])
        assert store.snapshot(ACCOUNT) == {"a": UserState("a", None, None, None)}
        _assert_absent(sorted(store.path.parent.iterdir()), "a")


def test_lone_surrogates_never_reach_sqlite(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        store.refresh(ACCOUNT, [UserState("bad\udc80name", True, 1, 1)])
        assert set(store.snapshot(ACCOUNT) or {}) == {"bad\ufffdname"}
        store.annotate(ACCOUNT, "a", label="x\ud800y", note="n\udfffo")
        assert store.annotations(ACCOUNT)["a"] == ("x y", "no")
        with pytest.raises(ValueError, match="surrogates"):
            store.set_retired(ACCOUNT, "bad\udc80name")
        assert store.problem is None


def _assert_absent(files: list[Path], user_name: str = "u0@x") -> None:
    assert any(user_name.encode() in path.read_bytes() for path in files)  # data is there
    for path in files:
        data = path.read_bytes()
        for secret in [*PASSWORDS, TOKEN]:
            for encoded in (secret.encode("utf-8"), secret.encode("utf-16-le")):
                assert encoded not in data, f"{secret} in {path.name}"


def test_a_refresh_gives_back_the_page_cache_it_filled(tmp_path: Path) -> None:
    """SQLite keeps the pages a big comparison read for as long as the connection lives."""
    users = [SmtpUser(f"u{n:06d}", None, n % 2 == 0, n, 1) for n in range(2_000)]
    with open_store(tmp_path) as store:
        store.refresh(ACCOUNT, users, now=NOW)
        statements: list[str] = []
        assert store._db is not None
        store._db.set_trace_callback(statements.append)
        store.refresh(ACCOUNT, users, now=NOW)
        store._db.set_trace_callback(None)
    assert statements[-1] == "PRAGMA shrink_memory"
