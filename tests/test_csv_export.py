"""CSV export of SMTP users: content, atomic replacement, file modes, formula injection."""

from __future__ import annotations

import csv
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.api import SmtpUser
from app.core import csv_export
from app.core.csv_export import (
    atomic_writer,
    csv_safe_cell,
    export_users_csv,
    write_csv_atomic,
)

USERS = [
    SmtpUser("alice@example.com", "Alice-Secret-1", True, 10000, 500),
    SmtpUser("bob@example.com", "Bob-Secret-2", False, None, None),
    SmtpUser('carol, "the" admin\nsecond line', None, True, 0, 25),
]
ORIGINAL = b"previous export, keep me\r\n"


def read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream))


def leftovers(directory: Path, keep: Path) -> list[Path]:
    return [p for p in directory.iterdir() if p != keep]


def test_content_without_passwords(tmp_path: Path) -> None:
    target = tmp_path / "users.csv"

    assert export_users_csv(target, USERS) == 3

    assert read_rows(target) == [
        ["user_name", "status", "total_limit", "hourly_limit"],
        ["alice@example.com", "Enabled", "10000", "500"],
        ["bob@example.com", "Disabled", "", ""],
        ['carol, "the" admin\nsecond line', "Enabled", "0", "25"],
    ]
    data = target.read_bytes()
    assert b"Secret" not in data, "passwords are exported only on request"
    assert data.startswith(b"user_name,status,total_limit,hourly_limit\r\n")
    assert leftovers(tmp_path, target) == []


def test_content_with_passwords_is_private(tmp_path: Path) -> None:
    target = tmp_path / "users.csv"

    assert export_users_csv(target, USERS, include_passwords=True) == 3

    rows = read_rows(target)
    assert rows[0] == ["user_name", "status", "total_limit", "hourly_limit", "password"]
    assert [row[4] for row in rows[1:]] == ["Alice-Secret-1", "Bob-Secret-2", ""]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_passwords_tighten_an_existing_file_mode(tmp_path: Path) -> None:
    target = tmp_path / "users.csv"
    target.write_bytes(ORIGINAL)
    target.chmod(0o644)

    export_users_csv(target, USERS, include_passwords=True)

    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_without_passwords_a_new_file_follows_the_umask(tmp_path: Path) -> None:
    target = tmp_path / "users.csv"
    old = os.umask(0o027)
    try:
        export_users_csv(target, USERS)
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_without_passwords_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "users.csv"
    target.write_bytes(ORIGINAL)
    target.chmod(0o604)

    export_users_csv(target, USERS)

    assert stat.S_IMODE(target.stat().st_mode) == 0o604


def test_empty_export_has_only_the_header(tmp_path: Path) -> None:
    target = tmp_path / "users.csv"
    assert export_users_csv(target, []) == 0
    assert read_rows(target) == [["user_name", "status", "total_limit", "hourly_limit"]]


def test_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "users.csv"
    target.write_bytes(ORIGINAL)

    export_users_csv(target, USERS[:1])

    assert read_rows(target)[1][0] == "alice@example.com"
    assert leftovers(tmp_path, target) == []


# --- atomicity ------------------------------------------------------------------------


class FailingUsers(list[SmtpUser]):
    """Yields some users, then fails like a disk error in the middle of the export."""

    def __iter__(self) -> Iterator[SmtpUser]:
        yield from super().__iter__()
        raise OSError(28, "No space left on device")


def test_failure_mid_write_keeps_the_original_and_removes_the_temp(tmp_path: Path) -> None:
    target = tmp_path / "users.csv"
    target.write_bytes(ORIGINAL)
    seen: list[Path] = []
    real_fdopen = os.fdopen

    def spying_fdopen(fd: int, *args: object, **kwargs: object) -> io.TextIOWrapper:
        seen.extend(leftovers(tmp_path, target))  # the temp file, while it exists
        return real_fdopen(fd, *args, **kwargs)  # type: ignore[call-overload, no-any-return]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(csv_export.os, "fdopen", spying_fdopen)
        with pytest.raises(OSError, match="No space left"):
            export_users_csv(target, FailingUsers(USERS), include_passwords=True)

    assert target.read_bytes() == ORIGINAL
    assert len(seen) == 1 and seen[0].parent == tmp_path, "the temp lives beside the target"
    assert not seen[0].exists()
    assert leftovers(tmp_path, target) == []


def test_failure_with_no_previous_file_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "users.csv"
    with pytest.raises(OSError):
        export_users_csv(target, FailingUsers(USERS))
    assert list(tmp_path.iterdir()) == []


class ExplodingUser:
    """Duck-typed user whose status cannot be read."""

    user_name = "mallory@example.com"
    password = "Mallory-Secret"
    total_limit = 1
    hourly_limit = 1

    @property
    def enabled(self) -> bool:
        raise RuntimeError("attribute exploded")


def test_a_user_that_raises_keeps_the_original(tmp_path: Path) -> None:
    target = tmp_path / "users.csv"
    target.write_bytes(ORIGINAL)
    users = [*USERS, ExplodingUser()]

    with pytest.raises(RuntimeError, match="exploded"):
        export_users_csv(target, users)  # type: ignore[arg-type]

    assert target.read_bytes() == ORIGINAL
    assert leftovers(tmp_path, target) == []


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_fsync_or_rename_failure_keeps_the_original(tmp_path: Path, failing: str) -> None:
    target = tmp_path / "users.csv"
    target.write_bytes(ORIGINAL)

    def fail(*args: object) -> None:
        raise OSError(5, f"{failing} failed")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(csv_export.os, failing, fail)
        with pytest.raises(OSError, match=f"{failing} failed"):
            export_users_csv(target, USERS)

    assert target.read_bytes() == ORIGINAL
    assert leftovers(tmp_path, target) == []


def test_the_target_is_replaced_only_after_fsync(tmp_path: Path) -> None:
    target = tmp_path / "users.csv"
    target.write_bytes(ORIGINAL)
    order: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        order.append("fsync")
        real_fsync(fd)

    def replace(src: str | Path, dst: str | Path) -> None:
        order.append("replace")
        assert Path(dst).read_bytes() == ORIGINAL, "target changed before the rename"
        real_replace(src, dst)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(csv_export.os, "fsync", fsync)
        patch.setattr(csv_export.os, "replace", replace)
        export_users_csv(target, USERS)

    assert order[:2] == ["fsync", "replace"]
    assert read_rows(target)[1][0] == "alice@example.com"


def test_atomic_writer_direct_use(tmp_path: Path) -> None:
    target = tmp_path / "note.txt"
    with atomic_writer(target) as stream:
        stream.write("hello\n")
        assert not target.exists(), "nothing visible before the block ends"
    assert target.read_text(encoding="utf-8") == "hello\n"
    with pytest.raises(ValueError), atomic_writer(target) as stream:
        stream.write("half")
        raise ValueError("stop")
    assert target.read_text(encoding="utf-8") == "hello\n"
    assert leftovers(tmp_path, target) == []


def test_missing_directory_raises_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        export_users_csv(tmp_path / "missing" / "users.csv", USERS)
    assert list(tmp_path.iterdir()) == []


# --- formula injection ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("safe=value", "safe=value"),
        ("'already", "'already"),
        ("", ""),
        (None, ""),
        (-5, "-5"),
        (0, "0"),
    ],
)
def test_csv_safe_cell(value: object, expected: str) -> None:
    assert csv_safe_cell(value) == expected


def test_injection_guard_in_the_file(tmp_path: Path) -> None:
    target = tmp_path / "users.csv"
    users = [
        SmtpUser("=cmd|' /C calc'!A0", "-Secret+1", True, 1, 2),
        SmtpUser("@evil", "=1+1", False, -1, None),
    ]

    export_users_csv(target, users, include_passwords=True)

    rows = read_rows(target)[1:]
    assert rows == [
        ["'=cmd|' /C calc'!A0", "Enabled", "1", "2", "'-Secret+1"],
        ["'@evil", "Disabled", "-1", "", "'=1+1"],
    ]


def test_write_csv_atomic_counts_rows(tmp_path: Path) -> None:
    target = tmp_path / "any.csv"
    count = write_csv_atomic(target, ["a", "b"], iter([["=x", 1], ["y", None]]))
    assert count == 2
    assert read_rows(target) == [["a", "b"], ["'=x", "1"], ["y", ""]]


def test_odd_user_names_never_fail_the_export(tmp_path: Path) -> None:
    odd = [
        SmtpUser("lone\ud800surrogate", None, True, 1, 1),
        SmtpUser("nul\x00byte", None, True, 1, 1),
        SmtpUser("rtl\u202eexe.txt", None, True, 1, 1),
        SmtpUser("esc\x1b[31mred", None, True, 1, 1),
        SmtpUser("two\nlines", None, True, 1, 1),  # quoted CSV carries it as it is
        SmtpUser("unknown-status", None, False, None, None, status_known=False),
    ]
    target = tmp_path / "users.csv"

    result = csv_export.export_users(target, [*USERS, *odd])

    assert result == csv_export.UserExport(rows=len(USERS) + len(odd), altered_names=4)
    rows = read_rows(target)
    assert [row[0] for row in rows[-len(odd) :]] == [
        "lone<U+D800>surrogate",
        "nul<U+0000>byte",
        "rtl<U+202E>exe.txt",
        "esc<U+001B>[31mred",
        "two\nlines",
        "unknown-status",
    ]
    assert rows[-1][1] == "Unknown"
    assert export_users_csv(target, odd) == len(odd)
