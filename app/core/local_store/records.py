"""The values the local store keeps and returns: none of them can hold a password.

:class:`UserState` is all a snapshot keeps of an SMTP user; it is built from an
:class:`~app.api.SmtpUser` by copying four named fields, so a password has no way in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal, NamedTuple, TypeAlias, get_args

from ..change_journal import PendingChange

if TYPE_CHECKING:
    from app.api import SmtpUser

__all__ = [
    "FIELDS",
    "Annotation",
    "Drift",
    "DriftKind",
    "Field",
    "FieldChange",
    "FieldValue",
    "OwnChange",
    "UserState",
    "from_iso",
    "storable",
    "to_iso",
]

#: A field of a snapshot that can change elsewhere.
Field = Literal["enabled", "total_limit", "hourly_limit"]
FIELDS: tuple[Field, ...] = get_args(Field)
#: ``enabled`` is a bool (None: status unknown); limits are ints (None: unknown).
FieldValue: TypeAlias = bool | int | None
DriftKind = Literal["appeared", "vanished", "changed"]


def to_iso(moment: datetime) -> str:
    """``moment`` as ISO 8601 UTC with milliseconds and ``Z`` (sorts as text)."""
    if moment.tzinfo is None:
        raise ValueError("a time must carry a UTC offset")
    text = moment.astimezone(UTC).isoformat(timespec="milliseconds")
    return text.replace("+00:00", "Z")


def from_iso(text: str) -> datetime:
    """The inverse of :func:`to_iso` (any ISO 8601 time with an offset)."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


class UserState(NamedTuple):
    """What a snapshot keeps of one SMTP user: never the password.

    A tuple, so that 100k of them are cheap to build and compare.
    """

    user_name: str
    enabled: bool | None
    total_limit: int | None
    hourly_limit: int | None

    @classmethod
    def of(cls, user: SmtpUser | UserState) -> UserState:
        """Copy the four fields of ``user``, checked: anything but a bool ``enabled`` or an
        int limit (within SQLite's 64 bits) is unknown, so no text can slip in there.

        A name SQLite cannot store (a lone surrogate from a hostile server) gets U+FFFD in
        its place. Raises :class:`ValueError` when the name is not non-empty text.
        """
        name, enabled = user.user_name, user.enabled
        if type(name) is not str or not name:
            raise ValueError("a user name must be non-empty text")
        if not name.isascii():
            name = storable(name)
        return cls(
            name,
            enabled if enabled is True or enabled is False else None,
            _int(user.total_limit),
            _int(user.hourly_limit),
        )

    def value(self, name: Field) -> FieldValue:
        value: FieldValue = getattr(self, name)
        return value


def storable(text: str) -> str:
    """``text`` with any lone surrogate (which UTF-8 cannot hold) replaced by U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
    return text


_INT_RANGE = range(-(2**63), 2**63)


def _int(value: object) -> int | None:
    return value if type(value) is int and value in _INT_RANGE else None


class FieldChange(NamedTuple):
    """One field of one user that changed elsewhere, from ``old`` to ``new``."""

    field: Field
    old: FieldValue
    new: FieldValue


@dataclass(frozen=True, slots=True)
class Drift:
    """A change to one user that this app did not make, seen at a refresh.

    ``changes`` is empty for ``appeared`` and ``vanished``. ``seen_at`` is ISO 8601 UTC.
    """

    user_name: str
    kind: DriftKind
    changes: tuple[FieldChange, ...] = ()
    seen_at: str = ""

    def describe(self) -> str:
        """E.g. ``changed: total_limit 100 -> 200; enabled True -> False``."""
        if not self.changes:
            return self.kind
        parts = [f"{c.field} {_show(c.old)} -> {_show(c.new)}" for c in self.changes]
        return f"{self.kind}: " + "; ".join(parts)


def _show(value: FieldValue) -> str:
    return "unknown" if value is None else str(value)


@dataclass(frozen=True, slots=True)
class OwnChange:
    """A change this app is about to send: what it expects to see at the next refresh.

    Record it *before* sending, so an answer that never comes still counts as this app's.
    ``expected`` holds only the fields the change sets; ``added`` says the user is new.
    """

    user_name: str
    expected: Mapping[Field, FieldValue] = field(default_factory=dict)
    added: bool = False

    def __post_init__(self) -> None:
        if type(self.user_name) is not str or not self.user_name:
            raise ValueError("a user name must be non-empty text")
        unknown = set(self.expected) - set(FIELDS)
        if unknown:
            raise ValueError(f"unknown fields {sorted(unknown)}; expected some of {FIELDS}")
        for name, value in self.expected.items():
            wrong = type(value) is not bool if name == "enabled" else _int(value) != value
            if value is not None and wrong:
                raise ValueError(f"{name} cannot be {type(value).__name__}")
        object.__setattr__(self, "expected", dict(self.expected))

    @classmethod
    def of_pending(cls, change: PendingChange) -> OwnChange:
        """The expectation of a :class:`PendingChange` (its ``status`` becomes ``enabled``)."""
        expected: dict[Field, FieldValue] = {}
        changes = change.changes
        status = {"Enabled": True, "Disabled": False}.get(str(changes.get("status", (0, 0))[1]))
        if status is not None:
            expected["enabled"] = status
        for name in ("total_limit", "hourly_limit"):
            if name in changes:
                expected[name] = _int(changes[name][1])
        if change.action in ("enable", "disable"):
            expected["enabled"] = change.action == "enable"
        return cls(change.user_name, expected, added=change.action == "add")


class Annotation(NamedTuple):
    """The label and note of one user; ``search_text`` is what the filter matches."""

    label: str
    note: str

    @property
    def search_text(self) -> str:
        """Label and note, casefolded, on two lines."""
        return f"{self.label}\n{self.note}".casefold()
