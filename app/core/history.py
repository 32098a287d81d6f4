"""An append-only local record of the changes the app made to SMTP users.

Qt-free and thread-safe. Records are JSON Lines (one JSON object per line, ASCII only) in
``<directory>/history.jsonl``; when a record would make that file larger than
``max_bytes`` it is rotated like :class:`logging.handlers.RotatingFileHandler` does
(``history.jsonl`` -> ``history.jsonl.1`` -> ... -> ``history.jsonl.<backups>``, the
oldest dropped). Nothing is created before the first :meth:`ChangeHistory.append`.

A record never holds a secret: change keys containing "password", "passwd", "secret" or
"token" (any case) are dropped when a :class:`ChangeRecord` is made, so they can be neither
written nor read back. Values are plain JSON scalars (text, numbers, booleans, null).

The lock is per :class:`ChangeHistory` object: use one object per directory in a process.
Several processes appending at once do not corrupt lines (each record is one ``O_APPEND``
write) but may rotate at the same time and lose the oldest file.
"""

from __future__ import annotations

import json
import math
import os
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, get_args

from .csv_export import write_csv_atomic

if TYPE_CHECKING:
    from app.api import SmtpUser

__all__ = [
    "ACTIONS",
    "HISTORY_CSV_HEADER",
    "HISTORY_FILE_NAME",
    "Action",
    "ChangeHistory",
    "ChangeRecord",
    "ChangeValue",
    "HistoryRecords",
    "user_changes",
    "utc_now",
]

Action = Literal["add", "edit", "reset_password", "enable", "disable", "seen_elsewhere"]
#: Allowed actions, in no particular order.
ACTIONS: frozenset[str] = frozenset(get_args(Action))

ChangeValue: TypeAlias = str | int | float | bool | None

HISTORY_FILE_NAME = "history.jsonl"
#: Columns of :meth:`ChangeHistory.export_csv`.
HISTORY_CSV_HEADER = ("time", "account", "user_name", "action", "changes")

_SECRET_WORDS = ("password", "passwd", "secret", "token")


def _is_secret_key(key: str) -> bool:
    lowered = key.lower()
    return any(word in lowered for word in _SECRET_WORDS)


def utc_now() -> str:
    """The current time as ISO 8601 UTC with milliseconds, e.g. 2025-01-31T12:00:00.000Z."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True, kw_only=True)
class ChangeRecord:
    """One change made to one SMTP user.

    ``changes`` maps a field (e.g. ``"status"``, ``"total_limit"``) to ``(old, new)``;
    keys that look like secrets are dropped, values must be JSON scalars. ``time``
    defaults to now (ISO 8601, UTC). Raises :class:`ValueError` for an unknown action,
    an unparsable time or a value that is not a scalar pair.
    """

    time: str = field(default_factory=utc_now)
    account: str
    user_name: str
    action: Action
    changes: Mapping[str, tuple[ChangeValue, ChangeValue]] = field(default_factory=dict)
    #: False when the change was sent but its answer never came (lost, or the app quit):
    #: SendClean may or may not have made it.
    confirmed: bool = True

    def __post_init__(self) -> None:
        if not isinstance(self.confirmed, bool):
            raise ValueError("confirmed must be true or false")
        if self.action not in ACTIONS:
            raise ValueError(f"unknown action {self.action!r}; expected one of {sorted(ACTIONS)}")
        for name in ("time", "account", "user_name"):
            if not isinstance(getattr(self, name), str):
                raise ValueError(f"{name} must be text")
        try:
            parsed = datetime.fromisoformat(self.time.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"time must be ISO 8601, got {self.time!r}") from None
        if parsed.tzinfo is None:
            raise ValueError(f"time must carry a UTC offset, got {self.time!r}")
        clean: dict[str, tuple[ChangeValue, ChangeValue]] = {}
        for key, pair in dict(self.changes).items():
            if not isinstance(key, str):
                raise ValueError(f"change keys must be text, got {key!r}")
            if _is_secret_key(key):
                continue
            if not isinstance(pair, (list, tuple)) or len(pair) != 2:
                raise ValueError(f"change {key!r} must be an (old, new) pair")
            old, new = pair
            for value in (old, new):
                if value is not None and not isinstance(value, (str, int, float, bool)):
                    raise ValueError(f"change {key!r} holds a non-scalar value")
                if isinstance(value, float) and not math.isfinite(value):
                    raise ValueError(f"change {key!r} holds a non-finite number")
            clean[key] = (old, new)
        object.__setattr__(self, "changes", clean)

    def to_json(self) -> str:
        """One line of JSON (ASCII, no line break)."""
        fields: dict[str, object] = {
            "time": self.time,
            "account": self.account,
            "user_name": self.user_name,
            "action": self.action,
            "changes": {key: list(pair) for key, pair in self.changes.items()},
        }
        if not self.confirmed:
            fields["confirmed"] = False
        return json.dumps(
            fields,
            ensure_ascii=True,
            separators=(",", ":"),
            allow_nan=False,
        )

    @classmethod
    def from_json(cls, line: str) -> ChangeRecord:
        """Parse one line; raises :class:`ValueError` if it is not a valid record."""
        data = json.loads(line)
        if not isinstance(data, dict):
            raise ValueError("a record is a JSON object")
        changes = data.get("changes", {})
        if not isinstance(changes, dict):
            raise ValueError("changes must be an object")
        try:
            return cls(
                time=data["time"],
                account=data["account"],
                user_name=data["user_name"],
                action=data["action"],
                changes={key: _pair(pair) for key, pair in changes.items()},
                confirmed=data.get("confirmed", True),
            )
        except (KeyError, TypeError) as error:
            raise ValueError(f"incomplete record: {error}") from None

    def describe_changes(self) -> str:
        """``field: old -> new`` for each change, joined with ``; `` (empty for none);
        an unconfirmed change says so first."""
        parts = [] if self.confirmed else ["unconfirmed: no answer came"]
        parts += [
            f"{key}: {_show(old)} -> {_show(new)}" for key, (old, new) in self.changes.items()
        ]
        return "; ".join(parts)


def _pair(value: Any) -> tuple[Any, Any]:
    if not isinstance(value, list) or len(value) != 2:
        raise ValueError("a change is an [old, new] list")
    return (value[0], value[1])


def _show(value: ChangeValue) -> str:
    return "(none)" if value is None else str(value)


def user_changes(
    before: SmtpUser | None, after: SmtpUser
) -> dict[str, tuple[ChangeValue, ChangeValue]]:
    """The status and limit changes from ``before`` (None for a new user) to ``after``.

    Status is ``"Enabled"``/``"Disabled"`` (``"Unknown"`` when not known); unchanged fields
    are left out; passwords are never compared or included.
    """
    changes: dict[str, tuple[ChangeValue, ChangeValue]] = {}
    fields: list[tuple[str, ChangeValue, ChangeValue]] = [
        (
            "status",
            None if before is None else _status(before),
            _status(after),
        ),
        ("total_limit", None if before is None else before.total_limit, after.total_limit),
        ("hourly_limit", None if before is None else before.hourly_limit, after.hourly_limit),
    ]
    for name, old, new in fields:
        if before is None or old != new:
            changes[name] = (old, new)
    return changes


def _status(user: SmtpUser) -> str:
    if not user.status_known:
        return "Unknown"
    return "Enabled" if user.enabled else "Disabled"


class HistoryRecords(list[ChangeRecord]):
    """Records read back, newest first; ``skipped`` counts the lines that were not valid
    records (garbage, truncated or deeply nested JSON, wrong types) and were left out."""

    __slots__ = ("skipped",)

    def __init__(self) -> None:
        super().__init__()
        self.skipped = 0


#: Windows cannot rename a file another handle holds open: there, rotation by another
#: instance of the app must not find this one's handle.
_CLOSE_AFTER_EACH_RECORD = os.name == "nt"


class ChangeHistory:
    """The change record in ``directory`` (see the module documentation)."""

    def __init__(self, directory: Path, *, max_bytes: int = 1_000_000, backups: int = 5) -> None:
        if max_bytes <= 0:
            raise ValueError("max_bytes must be positive")
        if backups < 0:
            raise ValueError("backups must not be negative")
        self.directory = Path(directory)
        self.max_bytes = max_bytes
        self.backups = backups
        self._lock = threading.Lock()
        #: The current file while held open: its descriptor and (device, inode).
        self._file: tuple[int, tuple[int, int]] | None = None
        #: The size the file had after this object's last record (-1: unknown).
        self._written_to = -1

    @property
    def path(self) -> Path:
        """The current file, ``<directory>/history.jsonl``."""
        return self.directory / HISTORY_FILE_NAME

    def files(self) -> list[Path]:
        """The current file and its backups that exist, newest first."""
        candidates = [self.path] + [self._backup(n) for n in range(1, self.backups + 1)]
        return [p for p in candidates if p.is_file()]

    def append(self, record: ChangeRecord) -> None:
        """Add ``record`` as one line (creating the directory on first use), rotating first
        if the line would push the current file past ``max_bytes``.

        The file stays open between records (a bulk change writes one per call): each
        record costs a ``stat`` and one ``O_APPEND`` write. The ``stat`` notices a file
        that another instance rotated or someone removed, which is then opened anew.
        """
        data = (record.to_json() + "\n").encode("ascii")
        with self._lock:
            size = self._current_size()
            if size > 0 and size + len(data) > self.max_bytes:
                self._close_file()
                self._rotate()
                size = self._current_size()
            if size > 0 and size != self._written_to and not self._ends_with_newline(size):
                data = b"\n" + data  # after a torn write, keep the new record whole
            assert self._file is not None
            os.write(self._file[0], data)
            self._written_to = size + len(data)
            if _CLOSE_AFTER_EACH_RECORD:
                self._close_file()

    def close(self) -> None:
        """Close the file kept open for the next record (reopened when one comes)."""
        with self._lock:
            self._close_file()

    def _current_size(self) -> int:
        """The current file's size, opening it first when it is not the one held open."""
        try:
            found = os.stat(self.path)
        except FileNotFoundError:
            found = None
        held = self._file
        if held is not None and found is not None and (found.st_dev, found.st_ino) == held[1]:
            return found.st_size
        self._close_file()
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
        fd = os.open(self.path, flags, 0o600)
        opened = os.fstat(fd)
        self._file = (fd, (opened.st_dev, opened.st_ino))
        return opened.st_size

    def _close_file(self) -> None:
        held, self._file = self._file, None
        self._written_to = -1
        if held is not None:
            os.close(held[0])

    def read(self, limit: int | None = None) -> HistoryRecords:
        """Records newest first across the rotated files, at most ``limit`` of them.

        Lines that are not valid records (corrupt, truncated, hand-edited, nested too
        deeply, wrong types) are skipped and counted in :attr:`HistoryRecords.skipped`
        (those met before ``limit`` was reached); one bad line never hides the others.
        """
        records = HistoryRecords()
        if limit is not None and limit <= 0:
            return records
        for record in self._newest_first():
            if record is None:
                records.skipped += 1
                continue
            records.append(record)
            if limit is not None and len(records) >= limit:
                break
        return records

    def export_csv(self, path: Path) -> int:
        """Write every record, newest first, to ``path`` as CSV (atomically); return the count.

        Columns: :data:`HISTORY_CSV_HEADER`; ``changes`` as ``field: old -> new; ...``.
        """
        rows = (
            (r.time, r.account, r.user_name, r.action, r.describe_changes()) for r in self.read()
        )
        return write_csv_atomic(path, HISTORY_CSV_HEADER, rows)

    def _newest_first(self) -> Iterator[ChangeRecord | None]:
        """Each non-blank line's record, newest first; None for a line that is not one."""
        with self._lock:
            contents = []
            for path in self.files():
                try:
                    contents.append(path.read_bytes())
                except OSError:
                    continue
        for content in contents:
            for raw in reversed(content.split(b"\n")):
                if raw.strip():
                    yield _parse(raw)

    def _ends_with_newline(self, size: int) -> bool:
        try:
            with self.path.open("rb") as stream:
                stream.seek(size - 1)
                return stream.read(1) == b"\n"
        except OSError:
            return True

    def _backup(self, number: int) -> Path:
        return self.directory / f"{HISTORY_FILE_NAME}.{number}"

    def _rotate(self) -> None:
        if self.backups == 0:
            self.path.unlink(missing_ok=True)
            return
        for number in range(self.backups - 1, 0, -1):
            source = self._backup(number)
            if source.exists():
                os.replace(source, self._backup(number + 1))
        os.replace(self.path, self._backup(1))


def _parse(raw: bytes) -> ChangeRecord | None:
    try:
        return ChangeRecord.from_json(raw.strip().decode("utf-8"))
    except (ValueError, TypeError, RecursionError, AttributeError):
        # ValueError includes UnicodeDecodeError and JSONDecodeError; RecursionError is
        # JSON nested too deeply ("[[[[..."); the others are values of the wrong type.
        return None
