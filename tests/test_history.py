"""The local change history: JSON Lines, rotation, corrupt lines, secrets, threads, CSV."""

from __future__ import annotations

import csv
import json
import stat
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.api import SmtpUser
from app.core.history import (
    ACTIONS,
    HISTORY_CSV_HEADER,
    ChangeHistory,
    ChangeRecord,
    user_changes,
    utc_now,
)

SECRET = "Sup3r-Secret-Pa55"


def record(number: int, action: str = "edit", **kwargs: object) -> ChangeRecord:
    fields: dict[str, object] = {
        "account": "Main account",
        "user_name": f"user{number}@example.com",
        "action": action,
        "changes": {"total_limit": (number, number + 1)},
    }
    fields.update(kwargs)
    return ChangeRecord(**fields)  # type: ignore[arg-type]


def names(records: list[ChangeRecord]) -> list[str]:
    return [r.user_name for r in records]


# --- ChangeRecord ---------------------------------------------------------------------


def test_record_defaults_to_now_in_utc() -> None:
    before = datetime.now(UTC) - timedelta(seconds=1)
    item = record(1)
    assert item.time.endswith("Z")
    parsed = datetime.fromisoformat(item.time.replace("Z", "+00:00"))
    assert parsed.utcoffset() == timedelta(0)
    assert before <= parsed <= datetime.now(UTC) + timedelta(seconds=1)
    assert datetime.fromisoformat(utc_now().replace("Z", "+00:00")).tzinfo is not None


def test_record_validation() -> None:
    assert {"add", "edit", "reset_password", "enable", "disable", "seen_elsewhere"} == ACTIONS
    with pytest.raises(ValueError, match="unknown action"):
        record(1, action="delete")
    with pytest.raises(ValueError, match="ISO 8601"):
        record(1, time="yesterday")
    with pytest.raises(ValueError, match="UTC offset"):
        record(1, time="2025-01-01T10:00:00")
    with pytest.raises(ValueError, match="pair"):
        record(1, changes={"total_limit": (1, 2, 3)})
    with pytest.raises(ValueError, match="non-scalar"):
        record(1, changes={"total_limit": ({"a": 1}, 2)})
    with pytest.raises(ValueError, match="non-finite"):
        record(1, changes={"total_limit": (float("nan"), 2)})


def test_record_drops_secret_keys() -> None:
    item = record(
        1,
        changes={
            "password": ("old", SECRET),
            "new_Password": (None, SECRET),
            "api_token": ("a", SECRET),
            "TOKEN": ("b", SECRET),
            "smtp_passwd": ("c", SECRET),
            "client_secret": ("d", SECRET),
            "status": ("Enabled", "Disabled"),
        },
    )
    assert dict(item.changes) == {"status": ("Enabled", "Disabled")}
    assert SECRET not in item.to_json()


def test_record_json_round_trip() -> None:
    item = record(7, changes={"status": ("Enabled", "Disabled"), "hourly_limit": (None, 50)})
    line = item.to_json()
    assert "\n" not in line and line.isascii()
    assert ChangeRecord.from_json(line) == item


def test_user_changes() -> None:
    before = SmtpUser("a@example.com", SECRET, True, 100, None)
    after = SmtpUser("a@example.com", "Other-" + SECRET, False, 100, 10)
    assert user_changes(before, after) == {
        "status": ("Enabled", "Disabled"),
        "hourly_limit": (None, 10),
    }
    assert user_changes(None, before) == {
        "status": (None, "Enabled"),
        "total_limit": (None, 100),
        "hourly_limit": (None, None),
    }
    assert user_changes(before, before) == {}


# --- ChangeHistory --------------------------------------------------------------------


def test_nothing_is_created_before_the_first_append(tmp_path: Path) -> None:
    directory = tmp_path / "state" / "history"
    history = ChangeHistory(directory)
    assert history.read() == []
    assert not (tmp_path / "state").exists()

    history.append(record(1))

    assert history.path == directory / "history.jsonl"
    assert history.path.is_file()
    assert stat.S_IMODE(history.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700


def test_importing_the_module_writes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", "import app.core.history"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 0, result.stderr
    assert list(home.iterdir()) == []


def test_append_and_read_newest_first(tmp_path: Path) -> None:
    history = ChangeHistory(tmp_path)
    for number in range(5):
        history.append(record(number))

    assert names(history.read()) == [f"user{n}@example.com" for n in (4, 3, 2, 1, 0)]
    assert names(history.read(limit=2)) == ["user4@example.com", "user3@example.com"]
    assert history.read(limit=0) == []
    lines = history.path.read_bytes().split(b"\n")
    assert lines[-1] == b"" and len(lines) == 6
    assert all(json.loads(line)["account"] == "Main account" for line in lines[:-1])
    assert history.read()[0] == record(4, time=history.read()[0].time)


def test_rotation_keeps_backups_files(tmp_path: Path) -> None:
    line_size = len(record(10).to_json()) + 1
    history = ChangeHistory(tmp_path, max_bytes=line_size * 3, backups=2)
    for number in range(10, 40):
        history.append(record(number))

    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["history.jsonl", "history.jsonl.1", "history.jsonl.2"]
    assert history.files() == [
        tmp_path / "history.jsonl",
        tmp_path / "history.jsonl.1",
        tmp_path / "history.jsonl.2",
    ]
    for path in history.files():
        assert path.stat().st_size <= line_size * 3
    kept = names(history.read())
    assert kept == [f"user{n}@example.com" for n in range(39, 39 - len(kept), -1)]
    assert len(kept) == 9  # three full files of three records
    assert names(history.read(limit=4)) == [f"user{n}@example.com" for n in (39, 38, 37, 36)]


def test_rotation_without_backups_starts_over(tmp_path: Path) -> None:
    line_size = len(record(10).to_json()) + 1
    history = ChangeHistory(tmp_path, max_bytes=line_size * 2, backups=0)
    for number in range(10, 15):
        history.append(record(number))
    assert [p.name for p in tmp_path.iterdir()] == ["history.jsonl"]
    assert names(history.read()) == ["user14@example.com"]


def test_a_record_larger_than_max_bytes_is_still_written(tmp_path: Path) -> None:
    history = ChangeHistory(tmp_path, max_bytes=10, backups=1)
    history.append(record(1))
    history.append(record(2))
    assert names(history.read()) == ["user2@example.com", "user1@example.com"]


def test_invalid_settings() -> None:
    with pytest.raises(ValueError):
        ChangeHistory(Path("x"), max_bytes=0)
    with pytest.raises(ValueError):
        ChangeHistory(Path("x"), backups=-1)


def test_corrupt_lines_are_skipped(tmp_path: Path) -> None:
    history = ChangeHistory(tmp_path, backups=1)
    history.append(record(1))
    backup = tmp_path / "history.jsonl.1"
    backup.write_bytes(
        record(0).to_json().encode()
        + b"\nnot json at all\n"
        + b'{"time": "2025-01-01T00:00:00Z"}\n'  # incomplete
        + record(0, action="add").to_json().replace('"add"', '"drop_table"').encode()
        + b"\n\xff\xfe\x00 invalid utf-8\n"
        + b'["a", "list"]\n'
        + record(0).to_json().replace("[0,1]", '"01"').encode()  # change not a pair
        + b"\n\n   \n"
    )
    with history.path.open("ab") as stream:
        stream.write(b'{"time": "2025-01-01T00:00:00Z", "acc')  # torn write
    history.append(record(2))  # must not be glued to the torn line

    assert names(history.read()) == [
        "user2@example.com",
        "user1@example.com",
        "user0@example.com",
    ]


def test_secrets_are_never_written(tmp_path: Path) -> None:
    history = ChangeHistory(tmp_path)
    history.append(
        record(
            1,
            action="reset_password",
            changes={"password": ("old-" + SECRET, SECRET), "token": (None, SECRET)},
        )
    )
    history.append(record(2, changes={"Password": (None, SECRET), "status": ("a", "b")}))

    data = history.path.read_bytes()
    assert SECRET.encode() not in data
    assert b"password" not in data.lower().replace(b"reset_password", b"")
    assert [dict(r.changes) for r in history.read()] == [{"status": ("a", "b")}, {}]


def test_secret_keys_in_the_file_are_dropped_when_read(tmp_path: Path) -> None:
    history = ChangeHistory(tmp_path)
    tmp_path.joinpath("history.jsonl").write_text(
        json.dumps(
            {
                "time": "2025-01-01T00:00:00Z",
                "account": "a",
                "user_name": "u",
                "action": "edit",
                "changes": {"password": ["x", SECRET], "total_limit": [1, 2]},
            }
        )
        + "\n"
    )
    [item] = history.read()
    assert dict(item.changes) == {"total_limit": (1, 2)}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("max_bytes", [1_000_000, 2_000])
def test_concurrent_appends_from_four_threads(tmp_path: Path, max_bytes: int) -> None:
    history = ChangeHistory(tmp_path, max_bytes=max_bytes, backups=200)
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def worker(thread: int) -> None:
        try:
            start.wait(timeout=30)
            for number in range(50):
                history.append(record(number, user_name=f"t{thread}-{number}"))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert errors == []
    records = history.read()
    assert sorted(names(records)) == sorted(f"t{t}-{n}" for t in range(4) for n in range(50))
    for t in range(4):  # each thread's records keep their order (newest first)
        mine = [r.user_name for r in records if r.user_name.startswith(f"t{t}-")]
        assert mine == [f"t{t}-{n}" for n in range(49, -1, -1)]
    raw_lines = b"".join(p.read_bytes() for p in history.files()).split(b"\n")
    assert len([line for line in raw_lines if line]) == 200


def test_export_csv(tmp_path: Path) -> None:
    history = ChangeHistory(tmp_path / "history")
    history.append(record(1, action="add", changes={"status": (None, "Enabled")}))
    history.append(
        record(
            2,
            user_name="=HYPERLINK(1)",
            changes={"total_limit": (100, 200), "hourly_limit": (None, 5)},
        )
    )
    target = tmp_path / "history.csv"

    assert history.export_csv(target) == 2

    with target.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == list(HISTORY_CSV_HEADER)
    assert rows[1][1:] == [
        "Main account",
        "'=HYPERLINK(1)",
        "edit",
        "total_limit: 100 -> 200; hourly_limit: (none) -> 5",
    ]
    assert rows[2][1:] == ["Main account", "user1@example.com", "add", "status: (none) -> Enabled"]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_export_csv_of_an_empty_history(tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    assert ChangeHistory(tmp_path / "none").export_csv(target) == 0
    assert target.read_text(encoding="utf-8").splitlines() == [",".join(HISTORY_CSV_HEADER)]
    assert not (tmp_path / "none").exists()


def test_any_malformed_line_is_skipped_and_counted(tmp_path: Path) -> None:
    history = ChangeHistory(tmp_path)
    history.append(record(1))
    bad_lines = [
        b"garbage \x00\xff",
        record(9).to_json().encode()[:40],  # truncated
        b"[" * 100_000,  # nested too deeply for json
        b'{"time": 5, "account": [], "user_name": {}, "action": "edit"}',  # wrong types
        b'{"time": "2025-01-01T00:00:00Z", "account": "a", "user_name": "u", '
        b'"action": ["edit"], "changes": {}}',
        b'{"time": "2025-01-01T00:00:00Z", "account": "a", "user_name": "u", '
        b'"action": "edit", "changes": {"k": [{"x": 1}, 2]}}',
        b"1e999999",
    ]
    with history.path.open("ab") as stream:
        stream.write(b"\n".join(bad_lines) + b"\n")
    history.append(record(2))

    records = history.read()
    assert names(records) == ["user2@example.com", "user1@example.com"]
    assert records.skipped == len(bad_lines)
    assert history.read(limit=1).skipped == 0


def test_two_instances_share_one_history_and_its_rotation(tmp_path: Path) -> None:
    """Another window rotating or a person removing the file: the next record goes to
    the current file (the file held open is checked before each record)."""
    line_size = len(record(10).to_json()) + 1
    first = ChangeHistory(tmp_path, max_bytes=line_size * 3, backups=5)
    second = ChangeHistory(tmp_path, max_bytes=line_size * 3, backups=5)
    for number in range(10, 22):
        (first if number % 2 else second).append(record(number))
    assert names(first.read()) == [f"user{n}@example.com" for n in range(21, 9, -1)]
    assert all(len(path.read_bytes()) <= line_size * 3 for path in first.files())
    first.path.unlink()
    second.append(record(30))
    first.append(record(31))
    assert first.path.read_bytes().count(b"\n") == 2
    first.close()
    second.close()


def test_a_torn_line_left_by_another_writer_is_not_joined_to_the_next(tmp_path: Path) -> None:
    history = ChangeHistory(tmp_path)
    history.append(record(1))
    with history.path.open("ab") as other:
        other.write(b'{"time": "2026-')  # another writer stopped mid-line
    history.append(record(2))
    assert names(history.read()) == ["user2@example.com", "user1@example.com"]
    assert history.read().skipped == 1
